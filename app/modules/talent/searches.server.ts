// Saved searches with a daily e-mail digest: "vacancies" (anyone: new published vacancies asking
// one of the competences, near a municipality) and "profiles" (HR: new or updated profiles that
// have the competences, visible to the organisation).
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { findPerson, membershipsOf } from "../identity/index.server.ts";
import { permissionsOf } from "../identity/shared.ts";
import { sendTalentMail } from "./mails.server.ts";
import { type Demand, rankProfileIds, suppliesByIds } from "./matching.server.ts";
import { distanceKm, municipalityByNis } from "./places.server.ts";
import { savedSearches, vacancies, vacancyCompetences } from "./schema.ts";
import type { SavedSearchCriteria, SavedSearchInput, SavedSearchKind } from "./shared.ts";
import { fail, type Failure, isUuid, todayInBrussels } from "./util.server.ts";

export const MAX_SAVED_SEARCHES = 20;

export type SavedSearch = {
  id: string;
  kind: SavedSearchKind;
  name: string;
  organisationId: string | null;
  criteria: SavedSearchCriteria;
  lastDigestAt: Date;
};

const toSearch = (row: typeof savedSearches.$inferSelect): SavedSearch => ({
  id: row.id,
  kind: row.kind as SavedSearchKind,
  name: row.name,
  organisationId: row.organisationId,
  criteria: row.criteria as SavedSearchCriteria,
  lastDigestAt: row.lastDigestAt,
});

export async function listSavedSearches(db: Db, personId: string): Promise<SavedSearch[]> {
  const rows = await db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.personId, personId))
    .orderBy(asc(savedSearches.createdAt));
  return rows.map(toSearch);
}

/** Saves a search; a "profiles" search is for the organisation the person acts for as HR. */
export async function createSavedSearch(
  db: Db,
  personId: string,
  organisationId: string | null,
  input: SavedSearchInput,
): Promise<{ ok: true; id: string } | Failure> {
  if (input.kind === "profiles" && !organisationId) return fail("talent.searches.profilesNeedHr", "kind");
  if (input.criteria.near && !(await municipalityByNis(db, input.criteria.near)))
    return fail("talent.validation.municipality", "near");
  const existing = await db.select({ id: savedSearches.id }).from(savedSearches).where(eq(savedSearches.personId, personId));
  if (existing.length >= MAX_SAVED_SEARCHES) return fail("talent.searches.tooMany");
  const [row] = await db
    .insert(savedSearches)
    .values({
      personId,
      organisationId: input.kind === "profiles" ? organisationId : null,
      kind: input.kind,
      name: input.name,
      criteria: input.criteria,
    })
    .returning({ id: savedSearches.id });
  return { ok: true, id: row!.id };
}

export async function deleteSavedSearch(db: Db, personId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.personId, personId)))
    .returning({ id: savedSearches.id });
  return rows.length > 0;
}

export type SearchHit = { id: string; title: string; subtitle: string; href: string };

/** The results of a saved search, optionally only those new since `since`. */
export async function runSavedSearch(
  db: Db,
  search: SavedSearch,
  since?: Date,
  now: Date = new Date(),
  alsoHiddenFrom: readonly string[] = [],
): Promise<SearchHit[]> {
  const near = search.criteria.near ? await municipalityByNis(db, search.criteria.near) : null;
  const within = (lat: number | null, lon: number | null) =>
    !near || !search.criteria.radiusKm || near.lat == null || near.lon == null || lat == null || lon == null
      ? true
      : distanceKm(near.lat, near.lon, lat, lon) <= search.criteria.radiusKm;
  const codes = search.criteria.competences.map((c) => c.code);
  if (codes.length === 0) return [];
  if (search.kind === "vacancies") {
    const parts = [
      eq(vacancies.status, "open"),
      inArray(
        vacancies.id,
        db
          .select({ id: vacancyCompetences.vacancyId })
          .from(vacancyCompetences)
          .where(inArray(vacancyCompetences.competenceCode, codes)),
      ),
    ];
    if (since) parts.push(gt(vacancies.publishedAt, since));
    const rows = await db
      .select()
      .from(vacancies)
      .where(and(...parts))
      .orderBy(asc(vacancies.publishedAt))
      .limit(200);
    const today = todayInBrussels(now);
    return rows
      .filter((v) => String(v.closesOn) >= today && within(v.lat, v.lon))
      .map((v) => ({ id: v.id, title: v.title, subtitle: v.placeName, href: `/noits/vacatures/${v.id}` }));
  }
  if (!search.organisationId) return [];
  const demand: Demand = {
    required: search.criteria.competences,
    optional: [],
    ftePercent: 100,
    contract: "",
    startsOn: null,
    lat: near?.lat ?? null,
    lon: near?.lon ?? null,
  };
  const ranked = await rankProfileIds(db, demand, search.organisationId, 200, now, alsoHiddenFrom);
  const supplies = await suppliesByIds(
    db,
    ranked.map((r) => r.id),
  );
  return ranked.flatMap((r) => {
    const s = supplies.get(r.id);
    if (!s || (since && s.updatedAt <= since) || !within(s.homeLat, s.homeLon)) return [];
    return [{ id: s.id, title: s.headline, subtitle: "", href: `/noits/profielen/${s.id}` }];
  });
}

/**
 * The daily digest: per person one mail with what is new for each of their saved searches since
 * the last digest. A "profiles" search whose owner is no longer HR of its organisation is skipped.
 * Run daily (job "talent.saved-search-digest").
 */
export async function sendSavedSearchDigests(db: Db, now: Date = new Date(), baseUrl = ""): Promise<{ mails: number }> {
  const rows = await db.select().from(savedSearches).orderBy(asc(savedSearches.personId));
  const byPerson = new Map<string, SavedSearch[]>();
  for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), toSearch(row)]);
  let mails = 0;
  for (const [personId, searches] of byPerson) {
    const person = await findPerson(db, personId);
    if (!person || person.erasedAt) continue;
    const memberships = await membershipsOf(db, personId);
    const mayFor = (organisationId: string | null) =>
      memberships.some(
        (m) =>
          m.organisationId === organisationId &&
          m.status === "active" &&
          m.organisationStatus === "active" &&
          permissionsOf(m.organisationType, m.roles).has("talent.search_profiles"),
      );
    const lines: string[] = [];
    for (const search of searches) {
      if (search.kind === "profiles" && !mayFor(search.organisationId)) continue;
      const memberOf = memberships.filter((m) => m.status === "active").map((m) => m.organisationId);
      const hits = await runSavedSearch(db, search, search.lastDigestAt, now, memberOf);
      if (hits.length === 0) continue;
      lines.push(`${search.name}:`);
      for (const hit of hits.slice(0, 20))
        lines.push(`- ${hit.title}${hit.subtitle ? ` (${hit.subtitle})` : ""}: ${baseUrl}${hit.href}`);
      lines.push("");
    }
    await db.transaction(async (tx) => {
      if (lines.length) {
        await sendTalentMail(tx, person, "digest", { lines, url: `${baseUrl}/noits/zoekopdrachten` });
        mails++;
      }
      await tx
        .update(savedSearches)
        .set({ lastDigestAt: now })
        .where(
          inArray(
            savedSearches.id,
            searches.map((s) => s.id),
          ),
        );
    });
  }
  return { mails };
}
