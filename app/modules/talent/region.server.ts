// The regional view of NoITS: the open demand of an organisation's neighbours — per municipality,
// per role profile and per e-CF competence — in a region drawn around its municipality (border
// neighbours, a radius, the arrondissement, the province or all of Flanders). Only published,
// open vacancies count (public data); the organisation's own vacancies are left out.
import { and, eq, gte, sql } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { loadEcf } from "./ecf.server.ts";
import { listMunicipalities, organisationFacts } from "./places.server.ts";
import {
  DEFAULT_RADIUS_KM,
  geography,
  RADIUS_CHOICES_KM,
  REGION_SCOPES,
  type RegionScope,
  type RegionScopeKind,
  regionAround,
} from "./region-geography.server.ts";
import { vacancies, vacancyCompetences } from "./schema.ts";
import { fail, type Failure, isUuid, todayInBrussels } from "./util.server.ts";

export { REGION_SCOPES, RADIUS_CHOICES_KM, DEFAULT_RADIUS_KM, type RegionScope, type RegionScopeKind };

/** What the regional view was asked for, read from the page's query string (GET form). */
export type RegionQuery = { scope: RegionScope; roleProfileId: number | null; nis: string | null };

export function regionQueryFrom(params: URLSearchParams): RegionQuery {
  const kind = params.get("bereik") ?? "";
  const km = Number(params.get("km"));
  const scope: RegionScope = (REGION_SCOPES as readonly string[]).includes(kind)
    ? kind === "radius"
      ? { kind: "radius", km: (RADIUS_CHOICES_KM as readonly number[]).includes(km) ? km : DEFAULT_RADIUS_KM }
      : { kind: kind as Exclude<RegionScopeKind, "radius"> }
    : { kind: "neighbours" };
  const profile = Number(params.get("rolprofiel"));
  const roleProfileId = Number.isInteger(profile) && loadEcf().roleProfiles.some((p) => p.id === profile) ? profile : null;
  const nis = params.get("gemeente") ?? "";
  return { scope, roleProfileId, nis: geography().byNis.has(nis) ? nis : null };
}

/** The 285 municipalities by name, for choosing the centre of the region. */
export function municipalityChoices(): { nis: string; name: string }[] {
  return geography()
    .municipalities.map((m) => ({ nis: m.nis, name: m.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

export type MunicipalityDemand = {
  nis: string;
  name: string;
  distanceKm: number;
  /** FTE in hundredths. */
  ftePercent: number;
  vacancies: number;
  organisations: number;
};

export type RoleProfileDemand = {
  id: number | null;
  nameNl: string;
  nameEn: string;
  ftePercent: number;
  vacancies: number;
  organisations: number;
  municipalities: number;
  /** Of those vacancies, how many are open to sharing with neighbours. */
  openToSharing: number;
};

export type CompetenceDemand = {
  code: string;
  titleNl: string;
  titleEn: string;
  /** Vacancies asking for the competence (required or optional) and their FTE together. */
  vacancies: number;
  required: number;
  ftePercent: number;
};

export type RegionalDemand = {
  reference: { nis: string; name: string; province: string; arrondissement: string };
  /** Whether the reference municipality is the organisation's own. */
  own: boolean;
  scope: RegionScope;
  roleProfileId: number | null;
  municipalities: MunicipalityDemand[];
  roleProfiles: RoleProfileDemand[];
  competences: CompetenceDemand[];
  totals: { ftePercent: number; vacancies: number; organisations: number; municipalities: number };
};

/** Open vacancies summed per place of work (NIS code), role profile, organisation and "open to sharing". */
type DemandRow = { place: string; role: number | null; organisation: string; sharing: boolean; n: number; fte: number };
/** The same per competence: how many ask for it, how many require it, and their FTE. */
type CompetenceRow = {
  place: string;
  role: number | null;
  organisation: string;
  code: string;
  n: number;
  required: number;
  fte: number;
};
type Snapshot = { key: string; rows: DemandRow[]; competences: CompetenceRow[] };

const snapshots = new WeakMap<object, Snapshot>();

/**
 * All open demand of Flanders, summed (a few thousand rows at most), kept per process and checked
 * on every call with one cheap statement: the day, how many vacancies there are, how many are open,
 * and the last change (every write of a vacancy sets updated_at). The regional view then only
 * filters and adds up in memory, whatever the region.
 */
async function openDemand(db: Db, today: string): Promise<Snapshot> {
  const [stamp] = await db
    .select({
      n: sql<number>`count(*)::int`,
      open: sql<number>`(count(*) FILTER (WHERE ${vacancies.status} = 'open'))::int`,
      last: sql<string | null>`max(${vacancies.updatedAt})::text`,
    })
    .from(vacancies);
  const key = `${today}|${stamp?.n}|${stamp?.open}|${stamp?.last}`;
  const hit = snapshots.get(db);
  if (hit?.key === key) return hit;

  const open = and(eq(vacancies.status, "open"), gte(vacancies.closesOn, today));
  const nisOf = new Map((await listMunicipalities(db)).map((p) => [p.id, p.nisCode]));
  const grouped = await db
    .select({
      place: vacancies.placeMunicipalityId,
      role: vacancies.roleProfileId,
      organisation: vacancies.organisationId,
      sharing: vacancies.openToSharing,
      n: sql<number>`count(*)::int`,
      fte: sql<number>`sum(${vacancies.ftePercent})::int`,
    })
    .from(vacancies)
    .where(open)
    .groupBy(vacancies.placeMunicipalityId, vacancies.roleProfileId, vacancies.organisationId, vacancies.openToSharing);
  const competences = await db
    .select({
      place: vacancies.placeMunicipalityId,
      role: vacancies.roleProfileId,
      organisation: vacancies.organisationId,
      code: vacancyCompetences.competenceCode,
      n: sql<number>`count(*)::int`,
      required: sql<number>`(count(*) FILTER (WHERE ${vacancyCompetences.required}))::int`,
      fte: sql<number>`sum(${vacancies.ftePercent})::int`,
    })
    .from(vacancyCompetences)
    .innerJoin(vacancies, eq(vacancies.id, vacancyCompetences.vacancyId))
    .where(open)
    .groupBy(vacancies.placeMunicipalityId, vacancies.roleProfileId, vacancies.organisationId, vacancyCompetences.competenceCode);
  // Places of work by NIS code; a place that is not a Flemish municipality cannot be on the map.
  const byNis = <T extends { place: string }>(list: T[]) =>
    list.flatMap((row) => {
      const nis = nisOf.get(row.place);
      return nis ? [{ ...row, place: nis }] : [];
    });
  const snapshot = { key, rows: byNis(grouped), competences: byNis(competences) };
  snapshots.set(db, snapshot);
  return snapshot;
}

/**
 * The open demand around an organisation. The reference municipality is the organisation's own;
 * an organisation without one (an association, a police zone) picks one (`referenceNis`).
 */
export async function regionalDemand(
  db: Db,
  organisationId: string,
  scope: RegionScope,
  options: { referenceNis?: string | null; roleProfileId?: number | null; now?: Date } = {},
): Promise<{ ok: true; value: RegionalDemand } | Failure> {
  if (!isUuid(organisationId)) return fail("talentRegion.error.noMunicipality");
  const { byNis } = geography();
  const organisation = await organisationFacts(db, organisationId);
  const ownNis = organisation?.nisCode && byNis.has(organisation.nisCode) ? organisation.nisCode : null;
  const referenceNis = options.referenceNis && byNis.has(options.referenceNis) ? options.referenceNis : ownNis;
  const center = referenceNis ? byNis.get(referenceNis) : undefined;
  if (!center) return fail("talentRegion.error.noMunicipality");

  const region = regionAround(center, scope);
  const snapshot = await openDemand(db, todayInBrussels(options.now));
  const inScope = (row: { place: string; role: number | null; organisation: string }) =>
    row.organisation !== organisationId &&
    region.has(row.place) &&
    (!options.roleProfileId || row.role === options.roleProfileId);
  const rows = snapshot.rows.filter(inScope);
  const perCompetence = new Map<string, { n: number; required: number; fte: number }>();
  for (const row of snapshot.competences) {
    if (!inScope(row)) continue;
    const sum = perCompetence.get(row.code) ?? { n: 0, required: 0, fte: 0 };
    sum.n += row.n;
    sum.required += row.required;
    sum.fte += row.fte;
    perCompetence.set(row.code, sum);
  }
  const competenceRows = [...perCompetence].map(([code, sum]) => ({ code, ...sum }));

  // Per municipality: every municipality of the region, with or without demand.
  const perPlace = new Map<string, { fte: number; n: number; organisations: Set<string> }>();
  const perRole = new Map<
    number | null,
    { fte: number; n: number; organisations: Set<string>; places: Set<string>; sharing: number }
  >();
  const organisations = new Set<string>();
  for (const row of rows) {
    const nis = row.place;
    const place = perPlace.get(nis) ?? { fte: 0, n: 0, organisations: new Set() };
    place.fte += row.fte;
    place.n += row.n;
    place.organisations.add(row.organisation);
    perPlace.set(nis, place);
    const role = perRole.get(row.role) ?? { fte: 0, n: 0, organisations: new Set(), places: new Set(), sharing: 0 };
    role.fte += row.fte;
    role.n += row.n;
    role.organisations.add(row.organisation);
    role.places.add(nis);
    if (row.sharing) role.sharing += row.n;
    perRole.set(row.role, role);
    organisations.add(row.organisation);
  }

  const ecf = loadEcf();
  const municipalities: MunicipalityDemand[] = [...region]
    .map(([nis, distance]) => {
      const place = perPlace.get(nis);
      return {
        nis,
        name: byNis.get(nis)!.name,
        distanceKm: distance,
        ftePercent: place?.fte ?? 0,
        vacancies: place?.n ?? 0,
        organisations: place?.organisations.size ?? 0,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const roleProfiles: RoleProfileDemand[] = [...perRole]
    .map(([id, role]) => {
      const profile = ecf.roleProfiles.find((p) => p.id === id);
      return {
        id,
        nameNl: profile?.nameNl ?? "",
        nameEn: profile?.nameEn ?? "",
        ftePercent: role.fte,
        vacancies: role.n,
        organisations: role.organisations.size,
        municipalities: role.places.size,
        openToSharing: role.sharing,
      };
    })
    .sort((a, b) => b.ftePercent - a.ftePercent || b.vacancies - a.vacancies || a.nameNl.localeCompare(b.nameNl, "nl"));
  const competences: CompetenceDemand[] = competenceRows
    .map((row) => {
      const competence = ecf.byCode.get(row.code);
      return {
        code: row.code,
        titleNl: competence?.titleNl ?? row.code,
        titleEn: competence?.titleEn ?? row.code,
        vacancies: row.n,
        required: row.required,
        ftePercent: row.fte,
      };
    })
    .sort((a, b) => b.ftePercent - a.ftePercent || b.vacancies - a.vacancies || a.code.localeCompare(b.code));

  return {
    ok: true,
    value: {
      reference: { nis: center.nis, name: center.name, province: center.province, arrondissement: center.arrondissement },
      own: center.nis === ownNis,
      scope,
      roleProfileId: options.roleProfileId ?? null,
      municipalities,
      roleProfiles,
      competences,
      totals: {
        ftePercent: municipalities.reduce((n, m) => n + m.ftePercent, 0),
        vacancies: municipalities.reduce((n, m) => n + m.vacancies, 0),
        organisations: organisations.size,
        municipalities: municipalities.filter((m) => m.vacancies > 0).length,
      },
    },
  };
}
