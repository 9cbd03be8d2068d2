// The outlines of the 285 Flemish municipalities (1 January 2025) as SVG path data, drawn once per
// process from data/flanders-municipalities.topo.json: no map tiles, no network.
import fs from "node:fs";
import path from "node:path";
import { geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { referenceDataFolder } from "../../paths.server.ts";

/** One municipality on the map: its 2025 NIS code, name, outline and a point inside it. */
export type MunicipalityShape = {
  nis: string;
  name: string;
  province: string;
  arrondissement: string;
  /** SVG path data in map units, relative commands, one decimal. */
  d: string;
  /** The projected centroid, for a marker. */
  cx: number;
  cy: number;
  /** The bounding box in map units: [x0, y0, x1, y1]. */
  box: [number, number, number, number];
};

export type FlandersGeometry = {
  width: number;
  height: number;
  shapes: MunicipalityShape[];
  byNis: ReadonlyMap<string, MunicipalityShape>;
  /** The borders between provinces, as one path. */
  provinceBorders: string;
  /** Pre-2025 NIS codes of merged municipalities → the 2025 code (Antwerpen kept its own). */
  oldToNew: ReadonlyMap<string, string>;
};

export const MAP_WIDTH = 800;

type Props2025 = { nis: string; name: string; province: string; arrondissement: string };
type PropsPre2025 = { nis: string; name: string; nis_2025: string };
type FlandersTopology = Topology<{
  municipalities2025: GeometryCollection<Props2025>;
  municipalitiesPre2025: GeometryCollection<PropsPre2025>;
}>;

/**
 * A d3 path context that writes compact SVG path data: coordinates rounded to one decimal,
 * relative moves, and points that fall together after rounding left out. Rounding happens on
 * absolute positions (in tenths), so a border shared by two municipalities is drawn identically
 * in both and no slivers open between them.
 */
class CompactPath {
  private out = "";
  private x = 0;
  private y = 0;
  /** Where the current ring started: after "z" the pen is back there. */
  private startX = 0;
  private startY = 0;
  /** Whether the last command written was a line, so that further points can follow it bare. */
  private inLine = false;

  private static num(tenths: number): string {
    const abs = Math.abs(tenths);
    const whole = Math.floor(abs / 10);
    const rest = abs % 10;
    const digits = rest === 0 ? `${whole}` : whole === 0 ? `.${rest}` : `${whole}.${rest}`;
    return tenths < 0 ? `-${digits}` : digits;
  }

  /** Appends numbers, with a space only where the next one does not start with a minus sign. */
  private push(...numbers: number[]): void {
    for (const n of numbers) {
      const text = CompactPath.num(n);
      const last = this.out.at(-1);
      this.out += text.startsWith("-") || last === undefined || /[A-Za-z]/.test(last) ? text : ` ${text}`;
    }
  }

  moveTo(px: number, py: number): void {
    const x = Math.round(px * 10);
    const y = Math.round(py * 10);
    if (this.out === "") {
      this.out = "M";
      this.push(x, y);
    } else {
      this.out += "m";
      this.push(x - this.x, y - this.y);
    }
    this.inLine = false;
    this.x = this.startX = x;
    this.y = this.startY = y;
  }

  lineTo(px: number, py: number): void {
    const x = Math.round(px * 10);
    const y = Math.round(py * 10);
    if (x === this.x && y === this.y) return;
    if (!this.inLine) this.out += "l";
    this.push(x - this.x, y - this.y);
    this.inLine = true;
    this.x = x;
    this.y = y;
  }

  closePath(): void {
    this.out += "z";
    this.inLine = false;
    this.x = this.startX;
    this.y = this.startY;
  }

  arc(): void {}

  result(): string {
    const text = this.out;
    this.out = "";
    this.x = 0;
    this.y = 0;
    this.inLine = false;
    return text;
  }
}

function readTopology(): FlandersTopology {
  const file = path.join(referenceDataFolder(), "flanders-municipalities.topo.json");
  return JSON.parse(fs.readFileSync(file, "utf8")) as FlandersTopology;
}

/**
 * The 2025 municipalities as GeoJSON features. The topology carries merged 2025 geometries; should
 * a 2025 code lack one, it is built by merging the pre-2025 parts that became it.
 */
export function municipalities2025(topology: FlandersTopology): Feature<Polygon | MultiPolygon, Props2025>[] {
  const current = feature(topology, topology.objects.municipalities2025) as FeatureCollection<Polygon | MultiPolygon, Props2025>;
  const present = new Set(current.features.map((f) => f.properties.nis));
  const pre = topology.objects.municipalitiesPre2025.geometries;
  const missing = new Map<string, typeof pre>();
  for (const geometry of pre) {
    const code = (geometry.properties as PropsPre2025 | undefined)?.nis_2025;
    if (code && !present.has(code)) missing.set(code, [...(missing.get(code) ?? []), geometry]);
  }
  const merged = [...missing].map(([code, parts]) => ({
    type: "Feature" as const,
    properties: {
      nis: code,
      name: parts.map((p) => (p.properties as PropsPre2025 | undefined)?.name).join(" + "),
      province: "",
      arrondissement: "",
    },
    geometry: merge(topology, parts as never) as MultiPolygon,
  }));
  return [...current.features, ...merged];
}

function oldToNewCodes(topology: FlandersTopology): Map<string, string> {
  const map = new Map<string, string>();
  for (const geometry of topology.objects.municipalitiesPre2025.geometries) {
    const p = geometry.properties as PropsPre2025 | undefined;
    if (p && p.nis !== p.nis_2025) map.set(p.nis, p.nis_2025);
  }
  return map;
}

/** Distance from point p to the segment a–b, in map units. */
function segmentDistance(p: number[], a: number[], b: number[]): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas–Peucker: the points of a line that matter at this tolerance (both ends always kept). */
export function simplifyLine(points: number[][], tolerance: number): number[][] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const distance = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (distance > worst) {
        worst = distance;
        index = i;
      }
    }
    if (index >= 0 && worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * A closed arc (an island, an enclave) keeps at least a triangle: it is split at its point
 * farthest from the start and each half is simplified on its own.
 */
function simplifyArc(points: number[][], tolerance: number): number[][] {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (points.length > 3 && first[0] === last[0] && first[1] === last[1]) {
    let far = 1;
    let worst = -1;
    points.forEach((p, i) => {
      const distance = Math.hypot(p[0]! - first[0]!, p[1]! - first[1]!);
      if (distance > worst) {
        worst = distance;
        far = i;
      }
    });
    const a = simplifyLine(points.slice(0, far + 1), tolerance);
    const b = simplifyLine(points.slice(far), tolerance);
    const ring = [...a, ...b.slice(1)];
    if (ring.length >= 4) return ring;
    return [first, points[Math.max(1, Math.floor(far / 2))]!, points[far]!, first];
  }
  return simplifyLine(points, tolerance);
}

/** Map units (SVG pixels at full width) below which a bend in a border is left out. */
const SIMPLIFY_TOLERANCE = 0.35;

/**
 * Projects the topology's arcs to map units and simplifies each arc once. Because neighbours
 * share arcs, a border stays one line for both: simplification opens no gaps between them.
 */
function projectTopology(
  topology: FlandersTopology,
  project: (lonLat: [number, number]) => [number, number] | null,
): FlandersTopology {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx, dy]) => {
      if (topology.transform) {
        x += dx!;
        y += dy!;
      } else {
        x = dx!;
        y = dy!;
      }
      return project([x * sx + tx, y * sy + ty]) ?? [0, 0];
    });
    return simplifyArc(points, SIMPLIFY_TOLERANCE);
  });
  return { ...topology, transform: undefined, arcs } as unknown as FlandersTopology;
}

function build(): FlandersGeometry {
  const topology = readTopology();
  const collection: FeatureCollection<Polygon | MultiPolygon, Props2025> = {
    type: "FeatureCollection",
    features: municipalities2025(topology),
  };
  // Mercator fitted to the width; the height follows from Flanders' own proportions.
  const projection = geoMercator().fitWidth(MAP_WIDTH, collection);
  const bounds = geoPath(projection).bounds(collection);
  const height = Math.ceil(bounds[1][1] + bounds[0][1]);
  // From here on everything is planar, in map units.
  const planar = projectTopology(topology, (lonLat) => projection(lonLat));
  const features = municipalities2025(planar);
  const context = new CompactPath();
  const draw = geoPath(null, context as never);
  const measure = geoPath(null);
  const shapes = features
    .map((f) => {
      draw(f);
      const [cx, cy] = measure.centroid(f);
      const [[x0, y0], [x1, y1]] = measure.bounds(f);
      return {
        nis: f.properties.nis,
        name: f.properties.name,
        province: f.properties.province,
        arrondissement: f.properties.arrondissement,
        d: context.result(),
        cx: Math.round(cx * 10) / 10,
        cy: Math.round(cy * 10) / 10,
        box: [x0, y0, x1, y1] as [number, number, number, number],
      };
    })
    .sort((a, b) => a.nis.localeCompare(b.nis));
  const borders = mesh(
    planar,
    planar.objects.municipalities2025,
    (a, b) => a !== b && (a.properties as Props2025).province !== (b.properties as Props2025).province,
  );
  draw(borders);
  return {
    width: MAP_WIDTH,
    height,
    shapes,
    byNis: new Map(shapes.map((s) => [s.nis, s])),
    provinceBorders: context.result(),
    oldToNew: oldToNewCodes(topology),
  };
}

let cached: FlandersGeometry | undefined;

/** The map's geometry, computed on first use and kept for the life of the process. */
export function flandersGeometry(): FlandersGeometry {
  cached ??= build();
  return cached;
}
