// Municipalities and other organisations NoITS refers to, read through the identity module
// (its registry holds the 285 municipalities with their centroids and neighbours).
import type { Db } from "../../db/client.server.ts";
import { findByNisCode, getOrganisation, listOrganisations, namesByIds } from "../identity/index.server.ts";
import type { OrganisationType } from "../identity/shared.ts";

export type Place = { id: string; nisCode: string; name: string };
export type PlaceFacts = Place & {
  lat: number | null;
  lon: number | null;
  arrondissement: string | null;
  province: string | null;
  neighbours: { id: string; name: string }[];
};

const CACHE_MS = 60_000;
const caches = new WeakMap<object, Map<string, { at: number; value: unknown }>>();

async function cachedFor<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value as T;
  const value = await load();
  cache.set(key, { at: Date.now(), value });
  return value;
}

async function allOfType(db: Db, type: OrganisationType) {
  const out: { id: string; nisCode: string | null; name: string; type: string }[] = [];
  for (let page = 1; ; page++) {
    const result = await listOrganisations(db, { type, page, pageSize: 100 });
    out.push(...result.items);
    if (out.length >= result.total || result.items.length === 0) return out;
  }
}

/** The municipalities (with NIS code), by name. */
export function listMunicipalities(db: Db): Promise<Place[]> {
  return cachedFor(db, "municipalities", async () =>
    (await allOfType(db, "gemeente"))
      .filter((o): o is typeof o & { nisCode: string } => Boolean(o.nisCode))
      .map((o) => ({ id: o.id, nisCode: o.nisCode, name: o.name })),
  );
}

/** The ids of a province's municipalities. */
export function municipalityIdsIn(db: Db, province: string): Promise<string[]> {
  return cachedFor(db, `province:${province}`, async () => {
    const out: string[] = [];
    for (let page = 1; ; page++) {
      const result = await listOrganisations(db, { type: "gemeente", province, page, pageSize: 100 });
      out.push(...result.items.map((o) => o.id));
      if (out.length >= result.total || result.items.length === 0) return out;
    }
  });
}

const HIDEABLE_TYPES: OrganisationType[] = ["gemeente", "ocmw", "agb", "politiezone", "intergemeentelijk", "provincie"];

/** Local governments a professional may hide a profile from, by name. */
export function listHideableOrganisations(db: Db): Promise<{ id: string; name: string }[]> {
  return cachedFor(db, "hideable", async () => {
    const lists = await Promise.all(HIDEABLE_TYPES.map((type) => allOfType(db, type)));
    return lists
      .flat()
      .map((o) => ({ id: o.id, name: o.name }))
      .sort((a, b) => a.name.localeCompare(b.name, "nl"));
  });
}

/** A municipality by NIS code with its centroid and neighbours; null when there is none. */
export async function municipalityByNis(db: Db, nisCode: string): Promise<PlaceFacts | null> {
  const found = await findByNisCode(db, nisCode);
  if (found?.organisation.type !== "gemeente" || !found.organisation.nisCode) return null;
  const o = found.organisation;
  return {
    id: o.id,
    nisCode: o.nisCode!,
    name: o.name,
    lat: o.lat,
    lon: o.lon,
    arrondissement: o.arrondissement,
    province: o.province,
    neighbours: found.neighbours.map((n) => ({ id: n.id, name: n.name })),
  };
}

/** An organisation's name, NIS code and region. */
export async function organisationFacts(db: Db, id: string) {
  const o = await getOrganisation(db, id);
  if (!o) return null;
  return {
    id: o.id,
    name: o.name,
    type: o.type,
    nisCode: o.nisCode,
    arrondissement: o.arrondissement,
    province: o.province,
    lat: o.lat,
    lon: o.lon,
  };
}

export async function organisationNames(db: Db, ids: string[]): Promise<Record<string, string>> {
  return (await namesByIds(db, [], ids)).organisations;
}

/** Great-circle distance in km between two centroids (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}
