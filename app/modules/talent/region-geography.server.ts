// The geography behind NoITS's regional view: the 285 Flemish municipalities of 1 January 2025
// with province, arrondissement, centroid and border neighbours. Read once per process from the
// same file the identity registry is seeded from (data/flemish-municipalities.csv); the link to
// the registry's organisation ids goes through the NIS code.
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { referenceDataFolder } from "../../paths.server.ts";
import { distanceKm } from "./places.server.ts";

export type Municipality = {
  nis: string;
  name: string;
  province: string;
  arrondissement: string;
  lat: number;
  lon: number;
  /** NIS codes of the Flemish municipalities it shares a border with. */
  neighbours: readonly string[];
};

export type Geography = {
  municipalities: readonly Municipality[];
  byNis: ReadonlyMap<string, Municipality>;
};

let cached: Geography | undefined;

export function geography(): Geography {
  if (cached) return cached;
  const rows = parse(fs.readFileSync(path.join(referenceDataFolder(), "flemish-municipalities.csv"), "utf8"), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  const municipalities = rows.map((row) => ({
    nis: row.nis_code!,
    name: row.name!,
    province: row.province!,
    arrondissement: row.arrondissement!,
    lat: Number(row.lat),
    lon: Number(row.lon),
    neighbours: (row.neighbours ?? "").split(";").filter(Boolean),
  }));
  cached = { municipalities, byNis: new Map(municipalities.map((m) => [m.nis, m])) };
  return cached;
}

/** The ways to draw a region around a municipality. */
export const REGION_SCOPES = ["neighbours", "radius", "arrondissement", "province", "flanders"] as const;
export type RegionScopeKind = (typeof REGION_SCOPES)[number];
export const RADIUS_CHOICES_KM = [10, 15, 20, 30, 50] as const;
export const DEFAULT_RADIUS_KM = 20;

export type RegionScope = { kind: Exclude<RegionScopeKind, "radius"> } | { kind: "radius"; km: number };

/**
 * The municipalities of the region around `center` (itself included), each with its distance in
 * km between centroids. Border neighbours are the municipalities sharing a border; the radius
 * counts from centroid to centroid.
 */
export function regionAround(center: Municipality, scope: RegionScope): Map<string, number> {
  const { municipalities, byNis } = geography();
  const distance = (m: Municipality) => Math.round(distanceKm(center.lat, center.lon, m.lat, m.lon) * 10) / 10;
  let members: Municipality[];
  switch (scope.kind) {
    case "neighbours":
      members = [center, ...center.neighbours.map((nis) => byNis.get(nis)).filter((m): m is Municipality => Boolean(m))];
      break;
    case "radius":
      members = municipalities.filter((m) => m === center || distance(m) <= scope.km);
      break;
    case "arrondissement":
      members = municipalities.filter((m) => m.arrondissement === center.arrondissement);
      break;
    case "province":
      members = municipalities.filter((m) => m.province === center.province);
      break;
    case "flanders":
      members = [...municipalities];
      break;
  }
  return new Map(members.map((m) => [m.nis, distance(m)]));
}

/** Whether two municipalities border each other (or are the same one). */
export function adjacent(a: string, b: string): boolean {
  if (a === b) return true;
  return geography().byNis.get(a)?.neighbours.includes(b) ?? false;
}
