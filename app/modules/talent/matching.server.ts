// Matching that explains itself. A score of 0–100 from five parts, each of which the page shows:
//
//   required competences  60 × (met + ½ × one level short) / required   (missing counts 0)
//   optional competences  10 × (met + ½ × one level short) / optional   (10 when there are none)
//   distance              15 within the professional's maximum travel, 7 within 1.5 ×, else 0
//                         (7 when a centroid is unknown)
//   availability          10 × min(1, FTE available / FTE asked), halved when only available after the start
//   contract              5 when the vacancy's contract is one the professional accepts
//
// A profile "matches" a vacancy when it has at least half the required competences (one level
// short counting half). Ranking profiles for a vacancy is one SQL statement: one pass over the
// active profiles (each carries the level of all 41 competences in one array, kept up to date by a
// trigger), hidden ones left out, the score above computed in SQL and only the best `limit` read;
// their reasons are then computed here, with the same formula (tests check that both agree).
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { loadEcf } from "./ecf.server.ts";
import { distanceKm } from "./places.server.ts";
import { profileCompetences, profileHiddenFrom, profiles, vacancies, vacancyCompetences } from "./schema.ts";
import { type CompetenceCheck, type CompetenceRow, type MatchReasons, PROFILE_EXPIRY_MONTHS } from "./shared.ts";
import { isoDay, isUuid, rowsOf, todayInBrussels } from "./util.server.ts";

export const WEIGHTS = { required: 60, optional: 10, distance: 15, distanceNear: 7, availability: 10, contract: 5 } as const;
/** Share of the required competences (one level short counting half) a matching profile has. */
export const MATCH_THRESHOLD = 0.5;

/** What of a vacancy the score needs. */
export type Demand = {
  required: readonly CompetenceRow[];
  optional: readonly CompetenceRow[];
  ftePercent: number;
  contract: string;
  startsOn: string | null;
  lat: number | null;
  lon: number | null;
};

/** What of a profile the score needs. */
export type Supply = {
  competences: ReadonlyMap<string, number>;
  availableFtePercent: number;
  availableFrom: string | null;
  contracts: readonly string[];
  homeLat: number | null;
  homeLon: number | null;
  maxTravelKm: number;
};

const points = (offered: number | null, level: number) =>
  offered == null ? 0 : offered >= level ? 1 : offered === level - 1 ? 0.5 : 0;

/** The score and its reasons; pure, so that pages, digests and tests share it. */
export function explainMatch(demand: Demand, supply: Supply): MatchReasons {
  const check = (row: CompetenceRow, required: boolean): CompetenceCheck => {
    const offered = supply.competences.get(row.code) ?? null;
    const p = points(offered, row.level);
    return { code: row.code, required, level: row.level, offered, outcome: p === 1 ? "met" : p === 0.5 ? "short" : "missing" };
  };
  const required = demand.required.map((row) => check(row, true));
  const optional = demand.optional.map((row) => check(row, false));
  const sum = (list: CompetenceCheck[]) => list.reduce((acc, c) => acc + points(c.offered, c.level), 0);
  const requiredShare = required.length ? sum(required) / required.length : 1;
  const optionalShare = optional.length ? sum(optional) / optional.length : 1;
  const distance =
    demand.lat != null && demand.lon != null && supply.homeLat != null && supply.homeLon != null
      ? distanceKm(demand.lat, demand.lon, supply.homeLat, supply.homeLon)
      : null;
  const distancePoints =
    distance == null
      ? WEIGHTS.distanceNear
      : distance <= supply.maxTravelKm
        ? WEIGHTS.distance
        : distance <= supply.maxTravelKm * 1.5
          ? WEIGHTS.distanceNear
          : 0;
  const late = Boolean(supply.availableFrom && demand.startsOn && supply.availableFrom > demand.startsOn);
  const availability = WEIGHTS.availability * Math.min(1, supply.availableFtePercent / demand.ftePercent) * (late ? 0.5 : 1);
  const contractFits = supply.contracts.includes(demand.contract);
  const score =
    WEIGHTS.required * requiredShare +
    WEIGHTS.optional * optionalShare +
    distancePoints +
    availability +
    (contractFits ? WEIGHTS.contract : 0);
  return {
    score: Math.round(score),
    competences: [...required, ...optional],
    requiredMet: required.filter((c) => c.outcome === "met").length,
    requiredTotal: required.length,
    optionalMet: optional.filter((c) => c.outcome === "met").length,
    optionalTotal: optional.length,
    distanceKm: distance == null ? null : Math.round(distance),
    maxTravelKm: supply.maxTravelKm,
    withinTravel: distance == null ? null : distance <= supply.maxTravelKm,
    availableFtePercent: supply.availableFtePercent,
    askedFtePercent: demand.ftePercent,
    availableFrom: supply.availableFrom,
    startsOn: demand.startsOn,
    contract: demand.contract,
    contractFits,
  };
}

/** Whether the reasons make a match (enough of the required competences). */
export function isMatch(reasons: MatchReasons): boolean {
  if (reasons.requiredTotal === 0) return true;
  const got = reasons.competences
    .filter((c) => c.required)
    .reduce((acc, c) => acc + (c.outcome === "met" ? 1 : c.outcome === "short" ? 0.5 : 0), 0);
  return got / reasons.requiredTotal >= MATCH_THRESHOLD;
}

/** The oldest last activity a profile may have and still count (12 months). */
export function activeSince(now: Date): Date {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - PROFILE_EXPIRY_MONTHS);
  return since;
}

type RankedRow = { id: string; score: number };

/**
 * The organisations whose hiding counts for a viewer: the one they act for and every other one
 * they belong to (someone who is HR elsewhere but works at the employer a profile hides from must
 * not see it either).
 */
export function hidingSet(organisationId: string, alsoHiddenFrom: readonly string[] = []): string[] {
  return [...new Set([organisationId, ...alsoHiddenFrom].filter(isUuid).map((id) => id.toLowerCase()))];
}

/** 1-based position of each competence in talent.profiles.competence_levels (the e-CF order). */
let positions: Map<string, number> | undefined;
const positionOf = (code: string) => {
  positions ??= new Map(loadEcf().competences.map((c, i) => [c.code, i + 1]));
  return positions.get(code);
};

/**
 * The points of one competence asked, in halves as integers (2 met, 1 one level short, 0 missing),
 * read from the profile's array of levels (see migration "talent_competence_levels").
 */
function pointsOf(row: CompetenceRow) {
  const position = positionOf(row.code);
  if (!position || !Number.isInteger(row.level)) return sql`0`;
  const level = sql.raw(`p.competence_levels[${position}]`);
  return row.level > 1
    ? sql`(CASE WHEN ${level} >= ${sql.raw(String(row.level))} THEN 2 WHEN ${level} = ${sql.raw(String(row.level - 1))} THEN 1 ELSE 0 END)`
    : sql`(CASE WHEN ${level} >= 1 THEN 2 ELSE 0 END)`;
}

/**
 * The SQL of the ranking: one pass over the active profiles not hidden from the viewer's
 * organisations, each carrying the level of every competence, so no join or aggregation per
 * competence; those with at least half the required points are scored as explainMatch does and
 * the best `limit` kept. `limit` null counts instead.
 */
export function rankingQuery(
  demand: Demand,
  organisationId: string,
  now: Date,
  limit: number | null,
  alsoHiddenFrom: readonly string[] = [],
) {
  const hiddenFrom = hidingSet(organisationId, alsoHiddenFrom);
  const requiredTotal = demand.required.length;
  const optionalTotal = demand.optional.length;
  const since = activeSince(now).toISOString();
  const hasPlace = demand.lat != null && demand.lon != null;
  const lat = demand.lat ?? 0;
  const lon = demand.lon ?? 0;
  const distance = sql`(2 * 6371 * asin(least(1, sqrt(
      power(sin(radians(p.home_lat - ${lat}::float8) / 2), 2)
      + cos(radians(${lat}::float8)) * cos(radians(p.home_lat)) * power(sin(radians(p.home_lon - ${lon}::float8) / 2), 2)))))`;
  const distancePoints = hasPlace
    ? sql`CASE WHEN p.home_lat IS NULL THEN ${WEIGHTS.distanceNear}
          WHEN ${distance} <= p.max_travel_km THEN ${WEIGHTS.distance}
          WHEN ${distance} <= p.max_travel_km * 1.5 THEN ${WEIGHTS.distanceNear} ELSE 0 END`
    : sql`${WEIGHTS.distanceNear}`;
  const late = demand.startsOn
    ? sql`(CASE WHEN p.available_from IS NOT NULL AND p.available_from > ${demand.startsOn}::date THEN 0.5 ELSE 1 END)`
    : sql`1`;
  const sum = (rows: readonly CompetenceRow[]) => (rows.length ? sql.join(rows.map(pointsOf), sql` + `) : sql`0`);
  const optionalPart =
    optionalTotal > 0
      ? sql`${WEIGHTS.optional} * (${sum(demand.optional)}) / ${2 * optionalTotal}::float8`
      : sql`${WEIGHTS.optional}`;
  const score = sql`(${WEIGHTS.required} * p.req_points / ${Math.max(1, 2 * requiredTotal)}::float8
      + ${optionalPart}
      + ${distancePoints}
      + ${WEIGHTS.availability} * least(1, p.available_fte_percent / ${demand.ftePercent}::float8) * ${late}
      + CASE WHEN ${demand.contract} = ANY(p.contracts) THEN ${WEIGHTS.contract} ELSE 0 END)`;
  const hidden = hiddenFrom.length
    ? sql.join(
        hiddenFrom.map((id) => sql`${id}::uuid`),
        sql`, `,
      )
    : sql`NULL`;
  const from = sql`
    FROM (
      SELECT p.id, p.home_lat, p.home_lon, p.max_travel_km, p.available_fte_percent, p.available_from, p.contracts,
             p.competence_levels, ${sum(demand.required)} AS req_points
        FROM talent.profiles p
       WHERE p.last_active_at >= ${since}::timestamptz
         AND p.id NOT IN (SELECT hf.profile_id FROM talent.profile_hidden_from hf WHERE hf.organisation_id IN (${hidden}))
      OFFSET 0
    ) p
    WHERE p.req_points >= ${Math.ceil(2 * requiredTotal * MATCH_THRESHOLD)}`;
  if (limit == null) return sql`SELECT count(*)::int AS n ${from}`;
  // The score once per candidate (optional points only for those that passed the required ones).
  return sql`SELECT s.id, round(s.score::numeric)::int AS score
    FROM (SELECT p.id, ${score} AS score ${from}) s
    ORDER BY s.score DESC, s.id LIMIT ${limit}`;
}

/** How many active profiles visible to the organisation match the demand (an anonymised count). */
export async function countMatchingProfiles(
  db: Db,
  demand: Demand,
  organisationId: string,
  now: Date = new Date(),
  alsoHiddenFrom: readonly string[] = [],
) {
  if (demand.required.length === 0 || !isUuid(organisationId)) return 0;
  const [row] = await rowsOf<{ n: number }>(db, rankingQuery(demand, organisationId, now, null, alsoHiddenFrom));
  return Number(row?.n ?? 0);
}

/** The ids and SQL scores of the best matching profiles (for the benchmark and the page). */
export async function rankProfileIds(
  db: Db,
  demand: Demand,
  organisationId: string,
  limit = 50,
  now: Date = new Date(),
  alsoHiddenFrom: readonly string[] = [],
) {
  if (demand.required.length === 0 || !isUuid(organisationId)) return [];
  const rows = await rowsOf<RankedRow>(db, rankingQuery(demand, organisationId, now, limit, alsoHiddenFrom));
  return rows.map((r) => ({ id: r.id, score: Number(r.score) }));
}

export type ProfileSupply = Supply & {
  id: string;
  headline: string;
  yearsExperience: number;
  homeMunicipalityId: string;
  updatedAt: Date;
};

/** Profiles with what the score needs, by id. */
export async function suppliesByIds(db: Db, ids: readonly string[]): Promise<Map<string, ProfileSupply>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(profiles)
    .where(inArray(profiles.id, [...ids]));
  const comps = await db
    .select()
    .from(profileCompetences)
    .where(inArray(profileCompetences.profileId, [...ids]));
  const out = new Map<string, ProfileSupply>();
  for (const p of rows) {
    out.set(p.id, {
      id: p.id,
      headline: p.headline,
      yearsExperience: p.yearsExperience,
      homeMunicipalityId: p.homeMunicipalityId,
      updatedAt: p.updatedAt,
      competences: new Map(comps.filter((c) => c.profileId === p.id).map((c) => [c.competenceCode, c.level])),
      availableFtePercent: p.availableFtePercent,
      availableFrom: isoDay(p.availableFrom),
      contracts: p.contracts,
      homeLat: p.homeLat,
      homeLon: p.homeLon,
      maxTravelKm: p.maxTravelKm,
    });
  }
  return out;
}

export type RankedProfile = { profileId: string; headline: string; yearsExperience: number; reasons: MatchReasons };

/** Vacancy → the best matching profiles visible to the organisation, with their reasons. */
export async function rankProfilesForDemand(
  db: Db,
  demand: Demand,
  organisationId: string,
  limit = 50,
  now: Date = new Date(),
  alsoHiddenFrom: readonly string[] = [],
): Promise<RankedProfile[]> {
  const ranked = await rankProfileIds(db, demand, organisationId, limit, now, alsoHiddenFrom);
  const supplies = await suppliesByIds(
    db,
    ranked.map((r) => r.id),
  );
  return ranked.flatMap((r) => {
    const supply = supplies.get(r.id);
    if (!supply) return [];
    return [
      {
        profileId: r.id,
        headline: supply.headline,
        yearsExperience: supply.yearsExperience,
        reasons: explainMatch(demand, supply),
      },
    ];
  });
}

/** Published vacancies' demand, for ranking vacancies for one profile. */
export async function openDemands(db: Db, codes: readonly string[], now: Date = new Date()) {
  if (codes.length === 0) return [];
  const today = todayInBrussels(now);
  const candidates = await db
    .selectDistinct({ id: vacancyCompetences.vacancyId })
    .from(vacancyCompetences)
    .innerJoin(vacancies, eq(vacancies.id, vacancyCompetences.vacancyId))
    .where(
      and(
        inArray(vacancyCompetences.competenceCode, [...codes]),
        eq(vacancyCompetences.required, true),
        eq(vacancies.status, "open"),
        gte(vacancies.closesOn, today),
      ),
    );
  return candidates.map((c) => c.id);
}

/** Whether a profile is hidden from an organisation. */
export async function isHiddenFrom(
  db: Db,
  profileId: string,
  organisationId: string,
  alsoHiddenFrom: readonly string[] = [],
): Promise<boolean> {
  const [row] = await db
    .select({ id: profileHiddenFrom.profileId })
    .from(profileHiddenFrom)
    .where(
      and(
        eq(profileHiddenFrom.profileId, profileId),
        inArray(profileHiddenFrom.organisationId, hidingSet(organisationId, alsoHiddenFrom)),
      ),
    )
    .limit(1);
  return Boolean(row);
}
