// Turns a value per municipality into what <ChoroplethMap> draws: each municipality's outline,
// its value and its class (band), the bands' ranges for the legend, and the outlined municipality.
import type { ChoroplethModel, MapArea, MapBand } from "./choropleth-map.tsx";
import { flandersGeometry } from "./flanders-geometry.server.ts";

/** At most this many classes with a value (band 0, "none", comes on top). */
export const MAX_BANDS = 4;

/**
 * The upper bounds of the classes, ascending, taken from the values themselves (quantiles of the
 * values above zero), so that every class holds at least one municipality. Few distinct values:
 * one class each.
 */
export function bandBounds(values: readonly number[], count = MAX_BANDS): number[] {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  const distinct = [...new Set(positive)];
  if (distinct.length <= count) return distinct;
  const bounds: number[] = [];
  for (let i = 1; i <= count; i++) {
    const bound = positive[Math.ceil((i / count) * positive.length) - 1]!;
    if (bounds.at(-1) !== bound) bounds.push(bound);
  }
  return bounds;
}

/** The class of a value: 0 for none, else 1 + the index of the first bound at or above it. */
export function bandOf(value: number, bounds: readonly number[]): number {
  if (!(value > 0)) return 0;
  const index = bounds.findIndex((bound) => value <= bound);
  return (index < 0 ? bounds.length - 1 : index) + 1;
}

/** Which of the four drawing styles a class gets, spread over the styles when there are fewer classes. */
function styleOf(band: number, bandCount: number): number {
  if (band === 0) return 0;
  if (bandCount <= 1) return 3;
  return Math.round(1 + ((band - 1) * (MAX_BANDS - 1)) / (bandCount - 1));
}

export type ChoroplethInput = {
  /** A value per NIS code; pre-2025 codes of merged municipalities are added to their 2025 code. */
  values: ReadonlyMap<string, number> | Record<string, number>;
  /** The municipalities of the chosen region; the others are drawn grey. All when left out. */
  region?: ReadonlySet<string>;
  /** The municipality to outline (the organisation's own). */
  highlight?: string | null;
  /** Zoom in on the region (with some of its surroundings) instead of showing all of Flanders. */
  zoom?: boolean;
};

/**
 * The part of the map to show: the region's bounding box with a margin, widened to the map's own
 * proportions, never beyond the map. Null for all of Flanders.
 */
function viewOf(boxes: [number, number, number, number][], width: number, height: number): ChoroplethModel["view"] {
  if (boxes.length === 0) return null;
  let x0 = Math.min(...boxes.map((b) => b[0]));
  let y0 = Math.min(...boxes.map((b) => b[1]));
  let x1 = Math.max(...boxes.map((b) => b[2]));
  let y1 = Math.max(...boxes.map((b) => b[3]));
  const margin = Math.max(x1 - x0, y1 - y0) * 0.15 + 10;
  x0 -= margin;
  y0 -= margin;
  x1 += margin;
  y1 += margin;
  // Keep the proportions of the full map, so that the picture does not jump in height.
  const ratio = width / height;
  let w = x1 - x0;
  let h = y1 - y0;
  if (w / h < ratio) w = h * ratio;
  else h = w / ratio;
  if (w >= width || h >= height) return null;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const x = Math.min(Math.max(0, cx - w / 2), width - w);
  const y = Math.min(Math.max(0, cy - h / 2), height - h);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { x: round(x), y: round(y), width: round(w), height: round(h), scale: round(width / w) };
}

export function choroplethModel(input: ChoroplethInput): ChoroplethModel {
  const geometry = flandersGeometry();
  const values = new Map<string, number>();
  const entries = input.values instanceof Map ? [...input.values] : Object.entries(input.values);
  for (const [code, value] of entries) {
    const nis = geometry.oldToNew.get(code) ?? code;
    if (!geometry.byNis.has(nis) || !Number.isFinite(value)) continue;
    values.set(nis, (values.get(nis) ?? 0) + value);
  }
  const inRegion = (nis: string) => !input.region || input.region.has(nis);
  const bounds = bandBounds(geometry.shapes.filter((s) => inRegion(s.nis)).map((s) => values.get(s.nis) ?? 0));
  const areas: MapArea[] = geometry.shapes.map((shape) => {
    const region = inRegion(shape.nis);
    const value = region ? (values.get(shape.nis) ?? 0) : null;
    const band = value === null ? null : bandOf(value, bounds);
    return {
      nis: shape.nis,
      name: shape.name,
      d: shape.d,
      value,
      style: band === null ? null : styleOf(band, bounds.length),
    };
  });
  const bands: MapBand[] = bounds.map((upper, index) => {
    const inBand = areas.filter((a) => a.value !== null && bandOf(a.value, bounds) === index + 1).map((a) => a.value!);
    return { style: styleOf(index + 1, bounds.length), from: Math.min(...inBand, upper), to: upper };
  });
  const own = input.highlight ? geometry.byNis.get(geometry.oldToNew.get(input.highlight) ?? input.highlight) : undefined;
  return {
    width: geometry.width,
    height: geometry.height,
    areas,
    provinceBorders: geometry.provinceBorders,
    bands,
    hasOutside: areas.some((a) => a.value === null),
    hasNone: areas.some((a) => a.value === 0),
    highlight: own ? { nis: own.nis, name: own.name, d: own.d } : null,
    view:
      input.zoom && input.region
        ? viewOf(
            geometry.shapes.filter((s) => input.region!.has(s.nis) || s.nis === own?.nis).map((s) => s.box),
            geometry.width,
            geometry.height,
          )
        : null,
  };
}
