// What the NoITS pages need, assembled from the use cases: matches in both directions, the
// anonymous profile with its reasons, and the form choices.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { loadEcf } from "./ecf.server.ts";
import {
  countMatchingProfiles,
  type Demand,
  explainMatch,
  isMatch,
  openDemands,
  rankProfilesForDemand,
  suppliesByIds,
} from "./matching.server.ts";
import { listHideableOrganisations, listMunicipalities } from "./places.server.ts";
import { getOwnProfile, getProfileForOrganisation } from "./profiles.server.ts";
import { profiles, vacancies } from "./schema.ts";
import type { MatchReasons } from "./shared.ts";
import { getVacancyOf, listOpenVacancies, type Vacancy, vacanciesByIds } from "./vacancies.server.ts";

export const demandOf = (
  v: Pick<Vacancy, "required" | "optional" | "ftePercent" | "contract" | "startsOn" | "lat" | "lon">,
): Demand => ({
  required: v.required,
  optional: v.optional,
  ftePercent: v.ftePercent,
  contract: v.contract,
  startsOn: v.startsOn,
  lat: v.lat,
  lon: v.lon,
});

/** The competences (with spans) and role profiles, for forms and pages. */
export function competenceChoices() {
  const ecf = loadEcf();
  return {
    areas: ecf.areas,
    competences: ecf.competences.map((c) => ({
      code: c.code,
      areaCode: c.areaCode,
      titleNl: c.titleNl,
      titleEn: c.titleEn,
      minLevel: c.minLevel,
      maxLevel: c.maxLevel,
    })),
    levels: ecf.levels,
  };
}

export async function placeChoices(db: Db) {
  return (await listMunicipalities(db)).map((m) => ({ nisCode: m.nisCode, name: m.name }));
}

export async function hideableChoices(db: Db) {
  return listHideableOrganisations(db);
}

/** A vacancy of the organisation with the anonymised count and ranked profiles (HR). */
export async function vacancyMatches(
  db: Db,
  organisationId: string,
  vacancy: Vacancy,
  limit = 50,
  alsoHiddenFrom: readonly string[] = [],
) {
  const demand = demandOf(vacancy);
  const now = new Date();
  const [count, ranked] = await Promise.all([
    countMatchingProfiles(db, demand, organisationId, now, alsoHiddenFrom),
    limit > 0 ? rankProfilesForDemand(db, demand, organisationId, limit, now, alsoHiddenFrom) : Promise.resolve([]),
  ]);
  return { count, ranked };
}

/** Profile → ranked open vacancies with reasons (for the professional). */
export async function matchesForPerson(db: Db, personId: string, limit = 50) {
  const own = await getOwnProfile(db, personId);
  if (!own) return null;
  const supply = (await suppliesByIds(db, [own.id])).get(own.id)!;
  const candidateIds = await openDemands(
    db,
    own.competences.map((c) => c.code),
  );
  const result: { vacancy: Vacancy; reasons: MatchReasons }[] = [];
  for (const vacancy of await vacanciesByIds(db, candidateIds)) {
    const reasons = explainMatch(demandOf(vacancy), supply);
    if (isMatch(reasons)) result.push({ vacancy, reasons });
  }
  result.sort((a, b) => b.reasons.score - a.reasons.score || a.vacancy.title.localeCompare(b.vacancy.title));
  return { profile: own, matches: result.slice(0, limit) };
}

/**
 * An anonymous profile as HR of the organisation sees it, with the reasons against one of the
 * organisation's vacancies when given; null when hidden or unknown.
 */
export async function profileForHr(
  db: Db,
  profileId: string,
  organisationId: string,
  vacancyId?: string | null,
  alsoHiddenFrom: readonly string[] = [],
) {
  const profile = await getProfileForOrganisation(db, profileId, organisationId, new Date(), alsoHiddenFrom);
  if (!profile) return null;
  const own = await listOwnOpenishVacancies(db, organisationId);
  let reasons: MatchReasons | null = null;
  let vacancy: Vacancy | undefined;
  if (vacancyId) {
    vacancy = await getVacancyOf(db, organisationId, vacancyId);
    if (vacancy) {
      const supply = (await suppliesByIds(db, [profileId])).get(profileId);
      if (supply) reasons = explainMatch(demandOf(vacancy), supply);
    }
  }
  return { profile, reasons, vacancy: vacancy ?? null, vacancies: own };
}

/** The organisation's concept and open vacancies, to pick one for a contact or a comparison. */
async function listOwnOpenishVacancies(db: Db, organisationId: string) {
  const rows = await db
    .select({ id: vacancies.id, title: vacancies.title, status: vacancies.status })
    .from(vacancies)
    .where(eq(vacancies.organisationId, organisationId));
  return rows.filter((r) => r.status === "open" || r.status === "concept").sort((a, b) => a.title.localeCompare(b.title, "nl"));
}

/** Whether the person has a profile. */
export async function hasProfile(db: Db, personId: string): Promise<boolean> {
  const [row] = await db.select({ id: profiles.id }).from(profiles).where(eq(profiles.personId, personId));
  return Boolean(row);
}

export { listOpenVacancies };
