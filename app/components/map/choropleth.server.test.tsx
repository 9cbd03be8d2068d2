import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { referenceDataFolder } from "../../paths.server.ts";
import { ChoroplethMap, type ChoroplethLabels } from "./choropleth-map.tsx";
import { bandBounds, bandOf, choroplethModel } from "./choropleth.server.ts";
import { geoPath } from "d3-geo";
import { flandersGeometry, municipalities2025, simplifyLine } from "./flanders-geometry.server.ts";

const labels: ChoroplethLabels = {
  summary: "Kaart van de open vraag",
  legend: "Legende",
  area: (area) => `${area.name}: ${area.value === null ? "buiten de regio" : `${area.value} VTE`}`,
  band: (band) => `${band.from} tot ${band.to} VTE`,
  none: "geen open vraag",
  outside: "buiten de regio",
  highlight: (name) => `${name} (uw organisatie)`,
};

function registryCodes(): string[] {
  const csv = fs.readFileSync(path.join(referenceDataFolder(), "flemish-municipalities.csv"), "utf8");
  return csv
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",")[0]!);
}

describe("the geometry of Flanders", () => {
  it("has one outline for each of the 285 municipalities of the registry, under their 2025 NIS codes", () => {
    const geometry = flandersGeometry();
    expect(geometry.shapes).toHaveLength(285);
    expect(geometry.shapes.map((s) => s.nis).sort()).toEqual(registryCodes().sort());
    // Merged municipalities are drawn once, under the new code; the old codes are not on the map.
    expect(geometry.byNis.get("46030")?.name).toMatch(/Beveren/);
    expect(geometry.byNis.has("46003")).toBe(false);
    expect(geometry.byNis.has("11007")).toBe(false);
    expect(geometry.oldToNew.get("11007")).toBe("11002"); // Borsbeek → Antwerpen
    expect(geometry.oldToNew.get("73040")).toBe("71072"); // Kortessem → Hasselt
  });

  it("is drawn once per process and stays small (one decimal, simplified)", () => {
    expect(flandersGeometry()).toBe(flandersGeometry());
    const geometry = flandersGeometry();
    const bytes = geometry.shapes.reduce((n, s) => n + s.d.length, 0);
    expect(bytes).toBeLessThan(80_000);
    for (const shape of geometry.shapes) {
      expect(shape.d).toMatch(/^M[\d.]+ [\d.]+l/);
      expect(shape.d).not.toMatch(/\d\.\d\d/); // never more than one decimal
      expect(shape.cx).toBeGreaterThanOrEqual(0);
      expect(shape.cx).toBeLessThanOrEqual(geometry.width);
      expect(shape.cy).toBeGreaterThanOrEqual(0);
      expect(shape.cy).toBeLessThanOrEqual(geometry.height);
    }
    // West to east: De Panne (38014) lies left of Voeren (73109); Antwerpen above Leuven.
    expect(geometry.byNis.get("38014")!.cx).toBeLessThan(geometry.byNis.get("73109")!.cx);
    expect(geometry.byNis.get("11002")!.cy).toBeLessThan(geometry.byNis.get("24062")!.cy);
  });

  it("builds a 2025 municipality from its pre-2025 parts when the topology lacks its merged outline", () => {
    const topology = JSON.parse(fs.readFileSync(path.join(referenceDataFolder(), "flanders-municipalities.topo.json"), "utf8"));
    const full = municipalities2025(topology).find((f) => f.properties.nis === "46030")!;
    topology.objects.municipalities2025.geometries = topology.objects.municipalities2025.geometries.filter(
      (g: { properties: { nis: string } }) => g.properties.nis !== "46030",
    );
    const rebuilt = municipalities2025(topology).filter((f) => f.properties.nis === "46030");
    expect(rebuilt).toHaveLength(1);
    expect(rebuilt[0]!.properties.name).toMatch(/Beveren.*Kruibeke.*Zwijndrecht|Zwijndrecht.*Beveren|Kruibeke/);
    // The same area as the merged outline of the file (compared in the plane of the quantised data).
    const area = (f: typeof full) => geoPath().area(f);
    expect(area(rebuilt[0]!)).toBeCloseTo(area(full), 8);
  });

  it("simplifies a line but keeps its ends and its real bends", () => {
    const wiggly = [
      [0, 0],
      [1, 0.1],
      [2, -0.1],
      [3, 0],
      [3, 5],
      [6, 5],
    ];
    expect(simplifyLine(wiggly, 0.35)).toEqual([
      [0, 0],
      [3, 0],
      [3, 5],
      [6, 5],
    ]);
  });
});

describe("choropleth classes", () => {
  it("gives each distinct value its own class when there are few", () => {
    expect(bandBounds([0, 0.5, 0.3, 0.5])).toEqual([0.3, 0.5]);
    expect(bandOf(0, [0.3, 0.5])).toBe(0);
    expect(bandOf(0.3, [0.3, 0.5])).toBe(1);
    expect(bandOf(0.4, [0.3, 0.5])).toBe(2);
  });

  it("splits many values into at most four classes by quantile, each class non-empty", () => {
    const values = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1, 2, 3, 9];
    const bounds = bandBounds(values);
    expect(bounds).toHaveLength(4);
    expect(bounds.at(-1)).toBe(9);
    for (let band = 1; band <= 4; band++) expect(values.some((v) => bandOf(v, bounds) === band)).toBe(true);
  });
});

describe("the map", () => {
  it("colours the region, greys the rest, folds old NIS codes into their 2025 municipality and outlines the own one", () => {
    const region = new Set(["11055", "11057", "11054", "11035", "11039", "11009"]);
    // 11007 (Borsbeek) is outside the region (it became Antwerpen): it may not colour anything in it.
    const model = choroplethModel({ values: { "11057": 0.4, "11054": 0.3, "11007": 2 }, region, highlight: "11055" });
    const byNis = new Map(model.areas.map((a) => [a.nis, a]));
    expect(byNis.get("11057")).toMatchObject({ value: 0.4 });
    expect(byNis.get("11054")).toMatchObject({ value: 0.3 });
    expect(byNis.get("11055")).toMatchObject({ value: 0, style: 0 });
    expect(byNis.get("11002")).toMatchObject({ value: null, style: null });
    expect(model.bands.map((b) => [b.from, b.to])).toEqual([
      [0.3, 0.3],
      [0.4, 0.4],
    ]);
    expect(model.highlight?.name).toBe("Zoersel");

    const folded = choroplethModel({ values: { "11002": 1, "11007": 0.5 } });
    expect(folded.areas.find((a) => a.nis === "11002")?.value).toBe(1.5);
  });

  it("renders an SVG with role img, a summary, a title per municipality, patterns and a legend", () => {
    const model = choroplethModel({
      values: { "11057": 0.4, "11054": 0.3 },
      region: new Set(["11055", "11057", "11054"]),
      highlight: "11055",
    });
    const html = renderToStaticMarkup(<ChoroplethMap model={model} labels={labels} idPrefix="t" />);
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Kaart van de open vraag"');
    expect(html.match(/<path [^>]*data-nis=/g)).toHaveLength(285);
    expect(html.match(/<title>/g)).toHaveLength(285);
    expect(html).toContain("<title>Malle: 0.4 VTE</title>");
    expect(html).toContain("<title>Gent: buiten de regio</title>");
    expect(html).toContain('data-highlight="11055"');
    expect(html).toContain("Zoersel (uw organisatie)");
    expect(html).toContain('id="t-s1"');
    // Colour is not the only cue: the two classes use two different patterns.
    const fillOf = (nis: string) => html.match(new RegExp(`<path d="[^"]+" fill="([^"]+)"[^>]*data-nis="${nis}"`))?.[1];
    expect(fillOf("11054")).toBe("url(#t-map-s1)");
    expect(fillOf("11057")).toBe("url(#t-map-s4)");
    expect(fillOf("44021")).toBe("url(#t-map-out)");
    expect(html).toContain('viewBox="0 0 800 ');
    const zoomed = choroplethModel({
      values: { "11057": 0.4 },
      region: new Set(["11055", "11057", "11054"]),
      highlight: "11055",
      zoom: true,
    });
    expect(zoomed.view).not.toBeNull();
    expect(zoomed.view!.scale).toBeGreaterThan(3);
    const zoomedHtml = renderToStaticMarkup(<ChoroplethMap model={zoomed} labels={labels} idPrefix="z" />);
    expect(zoomedHtml).toContain(`viewBox="${zoomed.view!.x} ${zoomed.view!.y} `);
    expect(zoomedHtml).not.toContain("style="); // the CSP forbids inline styles
    // …so the stylesheet keeps the borders' width when zoomed in.
    const css = fs.readFileSync(
      path.join(path.dirname(new URL(import.meta.url).pathname), "../../styles/talent-region.css"),
      "utf8",
    );
    expect(css).toMatch(/\.vvg-map__svg path \{ vector-effect: non-scaling-stroke; \}/);
    if (process.env.MAP_PREVIEW)
      fs.writeFileSync(
        `${process.env.MAP_PREVIEW}.zoom.html`,
        `<!doctype html><meta charset="utf-8"><body style="max-width:900px">${zoomedHtml}</body>`,
      );
    if (process.env.MAP_PREVIEW)
      fs.writeFileSync(
        process.env.MAP_PREVIEW,
        `<!doctype html><meta charset="utf-8"><body style="max-width:900px">${html}</body>`,
      );
  });
});
