// A server-rendered SVG map of the Flemish municipalities, coloured by a value per municipality.
// Colour is never the only cue: every class also has its own pattern, the legend names the
// ranges, each municipality has a tooltip (<title>), and the page shows the same figures in a
// table, which is the map's accessible form. Works without JavaScript and prints.

/** One municipality as drawn: `value` null means outside the chosen region. */
export type MapArea = { nis: string; name: string; d: string; value: number | null; style: number | null };

/** A class of the legend: its drawing style (1–4) and the range of values in it. */
export type MapBand = { style: number; from: number; to: number };

export type ChoroplethModel = {
  width: number;
  height: number;
  areas: MapArea[];
  provinceBorders: string;
  bands: MapBand[];
  hasOutside: boolean;
  hasNone: boolean;
  highlight: { nis: string; name: string; d: string } | null;
  /** The part of the map shown when zoomed in on a region, and how much larger it is drawn. */
  view: { x: number; y: number; width: number; height: number; scale: number } | null;
};

export type ChoroplethLabels = {
  /** Read by screen readers instead of the picture: what the map shows, in one or two sentences. */
  summary: string;
  /** The legend's heading. */
  legend: string;
  /** The tooltip of one municipality. */
  area: (area: MapArea) => string;
  /** A class in the legend, e.g. "0,3 tot 0,5 VTE". */
  band: (band: MapBand) => string;
  none: string;
  outside: string;
  /** The outlined municipality, e.g. "Zoersel (uw organisatie)". */
  highlight?: (name: string) => string;
};

/** Fill colours of the styles: none, then light to dark blue (each with a pattern on top). */
const FILL = ["#ffffff", "#deebf7", "#9ecae1", "#3f86c0", "#08306b"] as const;
const OUTSIDE_FILL = "#e6e6e6";

/** The fills with a pattern; `scale` keeps the pattern's size on screen when the map is zoomed in. */
function Patterns({ prefix, scale = 1 }: { prefix: string; scale?: number }) {
  const shrink = scale === 1 ? "" : ` scale(${Math.round(1000 / scale) / 1000})`;
  return (
    <defs>
      {/* Style 1: dots. */}
      <pattern
        id={`${prefix}-s1`}
        width="5"
        height="5"
        patternUnits="userSpaceOnUse"
        patternTransform={shrink.trim() || undefined}
      >
        <rect width="5" height="5" fill={FILL[1]} />
        <circle cx="2.5" cy="2.5" r="0.8" fill="#08306b" />
      </pattern>
      {/* Style 2: diagonal lines. */}
      <pattern id={`${prefix}-s2`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform={`rotate(45)${shrink}`}>
        <rect width="4" height="4" fill={FILL[2]} />
        <rect width="1" height="4" fill="#08306b" />
      </pattern>
      {/* Style 3: cross-hatching. */}
      <pattern
        id={`${prefix}-s3`}
        width="4"
        height="4"
        patternUnits="userSpaceOnUse"
        patternTransform={shrink.trim() || undefined}
      >
        <rect width="4" height="4" fill={FILL[3]} />
        <rect width="0.8" height="4" fill="#ffffff" />
        <rect width="4" height="0.8" fill="#ffffff" />
      </pattern>
      {/* Style 4: solid dark. */}
      <pattern id={`${prefix}-s4`} width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" fill={FILL[4]} />
      </pattern>
      {/* Outside the region: light grey with sparse lines, clearly "not counted". */}
      <pattern id={`${prefix}-out`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={`rotate(-45)${shrink}`}>
        <rect width="6" height="6" fill={OUTSIDE_FILL} />
        <rect width="0.6" height="6" fill="#c4c4c4" />
      </pattern>
    </defs>
  );
}

function fillOf(prefix: string, style: number | null): string {
  if (style === null) return `url(#${prefix}-out)`;
  if (style === 0) return FILL[0];
  return `url(#${prefix}-s${style})`;
}

/** A small swatch for the legend, drawn with the same fill as the map. */
function Swatch({ prefix, style, own }: { prefix: string; style: number | null; own?: boolean }) {
  return (
    <svg className="vvg-map__swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
      {own ? (
        <>
          <rect x="2" y="2" width="24" height="14" fill="none" stroke="#000000" strokeWidth="3" />
          <rect x="2" y="2" width="24" height="14" fill="none" stroke="#ffe615" strokeWidth="1.2" />
        </>
      ) : (
        <rect x="1" y="1" width="26" height="16" fill={fillOf(prefix, style)} stroke="#595959" strokeWidth="1" />
      )}
    </svg>
  );
}

export function ChoroplethMap({
  model,
  labels,
  idPrefix = "map",
}: {
  model: ChoroplethModel;
  labels: ChoroplethLabels;
  idPrefix?: string;
}) {
  const legendId = `${idPrefix}-legend`;
  const view = model.view;
  return (
    <figure className="vvg-map">
      <svg
        className="vvg-map__svg"
        viewBox={view ? `${view.x} ${view.y} ${view.width} ${view.height}` : `0 0 ${model.width} ${model.height}`}
        role="img"
        aria-label={labels.summary}
        aria-describedby={legendId}
        preserveAspectRatio="xMidYMid meet"
      >
        <Patterns prefix={`${idPrefix}-map`} scale={view?.scale ?? 1} />
        {/* Strokes keep their width on screen whatever the zoom: "vector-effect: non-scaling-stroke"
            for every path comes from the stylesheet (talent-region.css), not from inline styles (CSP).
            Outside the region first, so that the region's borders are drawn on top. */}
        {[false, true].map((inRegion) => (
          <g
            key={String(inRegion)}
            stroke={inRegion ? "#4d4d4d" : "#a6a6a6"}
            strokeWidth={inRegion ? 0.7 : 0.4}
            strokeLinejoin="round"
          >
            {model.areas
              .filter((area) => (area.value !== null) === inRegion)
              .map((area) => (
                <path key={area.nis} d={area.d} fill={fillOf(`${idPrefix}-map`, area.style)} data-nis={area.nis}>
                  <title>{labels.area(area)}</title>
                </path>
              ))}
          </g>
        ))}
        <path d={model.provinceBorders} fill="none" stroke="#000000" strokeWidth="1.2" strokeLinejoin="round" />
        {model.highlight ? (
          <g fill="none" strokeLinejoin="round" data-highlight={model.highlight.nis}>
            <path d={model.highlight.d} stroke="#000000" strokeWidth="4" />
            <path d={model.highlight.d} stroke="#ffe615" strokeWidth="1.8" />
          </g>
        ) : null}
      </svg>
      <figcaption className="vvg-map__legend" id={legendId}>
        {/* The legend's swatches use the patterns at their normal size, whatever the map's zoom. */}
        <svg className="vvg-map__defs" width="0" height="0" aria-hidden="true" focusable="false">
          <Patterns prefix={idPrefix} />
        </svg>
        <span className="vvg-map__legend-title">{labels.legend}</span>
        <ul className="vvg-map__legend-list">
          {model.bands.map((band) => (
            <li key={band.style}>
              <Swatch prefix={idPrefix} style={band.style} /> {labels.band(band)}
            </li>
          ))}
          {model.hasNone ? (
            <li>
              <Swatch prefix={idPrefix} style={0} /> {labels.none}
            </li>
          ) : null}
          {model.hasOutside ? (
            <li>
              <Swatch prefix={idPrefix} style={null} /> {labels.outside}
            </li>
          ) : null}
          {model.highlight && labels.highlight ? (
            <li>
              <Swatch prefix={idPrefix} style={0} own /> {labels.highlight(model.highlight.name)}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}
