// Vacancies (demand): written by an organisation's HR, public once open.
import { and, asc, count, desc, eq, gte, inArray, type SQL, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { loadEcf } from "./ecf.server.ts";
import { municipalityByNis, municipalityIdsIn, organisationNames } from "./places.server.ts";
import { roleProfiles, vacancies, vacancyCompetences } from "./schema.ts";
import type { CompetenceRow, Contract, VacancyInput, VacancyStatus } from "./shared.ts";
import { fail, type Failure, isoDay, isUuid, type TalentActor, todayInBrussels } from "./util.server.ts";

export type Vacancy = {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  description: string;
  roleProfile: { id: number; nameNl: string; nameEn: string } | null;
  ftePercent: number;
  contract: Contract;
  grade: string;
  salaryMin: number;
  salaryMax: number;
  scaleCode: string;
  placeMunicipalityId: string;
  placeName: string;
  lat: number | null;
  lon: number | null;
  teleworkPercent: number;
  startsOn: string | null;
  closesOn: string;
  openToSharing: boolean;
  status: VacancyStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  required: CompetenceRow[];
  optional: CompetenceRow[];
};

type VacancyRow = typeof vacancies.$inferSelect;

/** Vacancies with their competences, role profile and organisation name, in the order given. */
async function hydrate(db: Db, rows: VacancyRow[]): Promise<Vacancy[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const competences = await db.select().from(vacancyCompetences).where(inArray(vacancyCompetences.vacancyId, ids));
  const profiles = await db.select().from(roleProfiles);
  const names = await organisationNames(db, [...new Set(rows.map((r) => r.organisationId))]);
  const order = new Map(loadEcf().competences.map((c, i) => [c.code, i]));
  const byOrder = (a: CompetenceRow, b: CompetenceRow) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0);
  return rows.map((row) => {
    const own = competences.filter((c) => c.vacancyId === row.id);
    const profile = profiles.find((p) => p.id === row.roleProfileId);
    return {
      id: row.id,
      organisationId: row.organisationId,
      organisationName: names[row.organisationId] ?? "",
      title: row.title,
      description: row.description,
      roleProfile: profile ? { id: profile.id, nameNl: profile.nameNl, nameEn: profile.nameEn } : null,
      ftePercent: row.ftePercent,
      contract: row.contract as Contract,
      grade: row.grade,
      salaryMin: row.salaryMin,
      salaryMax: row.salaryMax,
      scaleCode: row.scaleCode,
      placeMunicipalityId: row.placeMunicipalityId,
      placeName: row.placeName,
      lat: row.lat,
      lon: row.lon,
      teleworkPercent: row.teleworkPercent,
      startsOn: isoDay(row.startsOn),
      closesOn: isoDay(row.closesOn)!,
      openToSharing: row.openToSharing,
      status: row.status as VacancyStatus,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      required: own
        .filter((c) => c.required)
        .map((c) => ({ code: c.competenceCode, level: c.level }))
        .sort(byOrder),
      optional: own
        .filter((c) => !c.required)
        .map((c) => ({ code: c.competenceCode, level: c.level }))
        .sort(byOrder),
    };
  });
}

async function placeOf(db: Db, input: VacancyInput) {
  return municipalityByNis(db, input.placeNisCode);
}

function columnsOf(input: VacancyInput, place: { id: string; name: string; lat: number | null; lon: number | null }) {
  return {
    title: input.title,
    description: input.description,
    roleProfileId: input.roleProfileId,
    ftePercent: input.ftePercent,
    contract: input.contract,
    grade: input.grade,
    salaryMin: input.salaryMin,
    salaryMax: input.salaryMax,
    scaleCode: input.scaleCode,
    placeMunicipalityId: place.id,
    placeName: place.name,
    lat: place.lat,
    lon: place.lon,
    teleworkPercent: input.teleworkPercent,
    startsOn: input.startsOn,
    closesOn: input.closesOn,
    openToSharing: input.openToSharing,
  };
}

async function writeCompetences(tx: DbOrTx, vacancyId: string, input: VacancyInput) {
  await tx.delete(vacancyCompetences).where(eq(vacancyCompetences.vacancyId, vacancyId));
  const rows = [
    ...input.required.map((r) => ({ vacancyId, competenceCode: r.code, level: r.level, required: true })),
    ...input.optional.map((r) => ({ vacancyId, competenceCode: r.code, level: r.level, required: false })),
  ];
  if (rows.length) await tx.insert(vacancyCompetences).values(rows);
}

async function checkRoleProfile(db: Db, input: VacancyInput): Promise<Failure | null> {
  if (input.roleProfileId == null) return null;
  const [profile] = await db.select({ id: roleProfiles.id }).from(roleProfiles).where(eq(roleProfiles.id, input.roleProfileId));
  return profile ? null : fail("talent.validation.roleProfile", "roleProfileId");
}

/** A new vacancy of the organisation, as a concept. */
export async function createVacancy(
  db: Db,
  organisationId: string,
  input: VacancyInput,
  actor: TalentActor,
): Promise<{ ok: true; id: string } | Failure> {
  const place = await placeOf(db, input);
  if (!place) return fail("talent.validation.municipality", "place");
  const badProfile = await checkRoleProfile(db, input);
  if (badProfile) return badProfile;
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(vacancies)
      .values({ organisationId, ...columnsOf(input, place), status: "concept", createdBy: actor.personId })
      .returning({ id: vacancies.id });
    await writeCompetences(tx, row!.id, input);
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId,
      ip: actor.ip ?? null,
      action: "talent.vacancy.created",
      targetType: "vacancy",
      targetId: row!.id,
      details: { title: input.title },
    });
    return row!.id;
  });
  return { ok: true, id };
}

/** Changes a vacancy of the organisation (a vacancy of another organisation is "not found"). */
export async function updateVacancy(
  db: Db,
  organisationId: string,
  vacancyId: string,
  input: VacancyInput,
  actor: TalentActor,
): Promise<{ ok: true } | Failure> {
  const existing = await getVacancyOf(db, organisationId, vacancyId);
  if (!existing) return fail("talent.vacancy.notFound");
  const place = await placeOf(db, input);
  if (!place) return fail("talent.validation.municipality", "place");
  const badProfile = await checkRoleProfile(db, input);
  if (badProfile) return badProfile;
  await db.transaction(async (tx) => {
    await tx
      .update(vacancies)
      .set({ ...columnsOf(input, place), updatedAt: new Date() })
      .where(and(eq(vacancies.id, vacancyId), eq(vacancies.organisationId, organisationId)));
    await writeCompetences(tx, vacancyId, input);
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId,
      ip: actor.ip ?? null,
      action: "talent.vacancy.updated",
      targetType: "vacancy",
      targetId: vacancyId,
      details: { title: input.title },
    });
  });
  return { ok: true };
}

/** Which status may follow which: concept → open (publish) → filled or closed; open again from closed. */
const TRANSITIONS: Record<VacancyStatus, readonly VacancyStatus[]> = {
  concept: ["open", "closed"],
  open: ["filled", "closed"],
  filled: ["open"],
  closed: ["open"],
};

export async function setVacancyStatus(
  db: Db,
  organisationId: string,
  vacancyId: string,
  status: VacancyStatus,
  actor: TalentActor,
  now: Date = new Date(),
): Promise<{ ok: true } | Failure> {
  const existing = await getVacancyOf(db, organisationId, vacancyId);
  if (!existing) return fail("talent.vacancy.notFound");
  if (!TRANSITIONS[existing.status].includes(status)) return fail("talent.vacancy.badTransition");
  if (status === "open" && existing.closesOn < todayInBrussels(now)) return fail("talent.validation.closesOnPast", "closesOn");
  await db.transaction(async (tx) => {
    await tx
      .update(vacancies)
      .set({ status, updatedAt: now, ...(status === "open" ? { publishedAt: now } : {}) })
      .where(and(eq(vacancies.id, vacancyId), eq(vacancies.organisationId, organisationId)));
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId,
      ip: actor.ip ?? null,
      action: `talent.vacancy.${status === "open" ? "published" : status}`,
      targetType: "vacancy",
      targetId: vacancyId,
      details: { title: existing.title, from: existing.status, to: status },
    });
  });
  return { ok: true };
}

/** A vacancy of the organisation, in any status; undefined for a foreign or unknown id. */
export async function getVacancyOf(db: Db, organisationId: string, vacancyId: string): Promise<Vacancy | undefined> {
  if (!isUuid(vacancyId) || !isUuid(organisationId)) return undefined;
  const rows = await db
    .select()
    .from(vacancies)
    .where(and(eq(vacancies.id, vacancyId), eq(vacancies.organisationId, organisationId)));
  return (await hydrate(db, rows))[0];
}

/** Vacancies by id (any organisation, any status), for the matching of one profile. */
export async function vacanciesByIds(db: Db, ids: readonly string[]): Promise<Vacancy[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  return hydrate(db, await db.select().from(vacancies).where(inArray(vacancies.id, valid)));
}

/** The organisation's vacancies, newest first. */
export async function listVacanciesOf(db: Db, organisationId: string): Promise<Vacancy[]> {
  if (!isUuid(organisationId)) return [];
  const rows = await db
    .select()
    .from(vacancies)
    .where(eq(vacancies.organisationId, organisationId))
    .orderBy(desc(vacancies.createdAt));
  return hydrate(db, rows);
}

/** Open and not past its closing date: what the public sees. */
const isPublic = (today: string): SQL => and(eq(vacancies.status, "open"), gte(vacancies.closesOn, today))!;

/** A published vacancy (open, not past its closing date); undefined otherwise. */
export async function getPublicVacancy(db: Db, vacancyId: string, now: Date = new Date()): Promise<Vacancy | undefined> {
  if (!isUuid(vacancyId)) return undefined;
  const rows = await db
    .select()
    .from(vacancies)
    .where(and(eq(vacancies.id, vacancyId), isPublic(todayInBrussels(now))));
  return (await hydrate(db, rows))[0];
}

export type OpenVacancyQuery = {
  roleProfileId?: number;
  competence?: string;
  province?: string;
  organisationIds?: readonly string[];
  openToSharing?: boolean;
  page?: number;
  pageSize?: number;
};

/**
 * Published vacancies, newest first, with optional filters. Also the entry point for the regional
 * view and shared-post proposals (`organisationIds`, `openToSharing`).
 */
export async function listOpenVacancies(
  db: Db,
  query: OpenVacancyQuery = {},
  now: Date = new Date(),
): Promise<{ items: Vacancy[]; total: number; page: number; pageSize: number }> {
  const page = Math.max(1, query.page ?? 1);
  const pageSize = Math.min(500, Math.max(1, query.pageSize ?? 20));
  const parts: SQL[] = [isPublic(todayInBrussels(now))];
  if (query.roleProfileId) parts.push(eq(vacancies.roleProfileId, query.roleProfileId));
  if (query.openToSharing !== undefined) parts.push(eq(vacancies.openToSharing, query.openToSharing));
  if (query.organisationIds) {
    const ids = query.organisationIds.filter(isUuid);
    if (ids.length === 0) return { items: [], total: 0, page, pageSize };
    parts.push(inArray(vacancies.organisationId, ids));
  }
  if (query.competence)
    parts.push(
      sql`EXISTS (SELECT 1 FROM ${vacancyCompetences} vc WHERE vc.vacancy_id = ${vacancies.id} AND vc.competence_code = ${query.competence})`,
    );
  if (query.province) {
    const ids = await municipalityIdsIn(db, query.province);
    if (ids.length === 0) return { items: [], total: 0, page, pageSize };
    parts.push(inArray(vacancies.placeMunicipalityId, ids));
  }
  const where = and(...parts);
  const [total] = await db.select({ n: count() }).from(vacancies).where(where);
  const rows = await db
    .select()
    .from(vacancies)
    .where(where)
    .orderBy(desc(vacancies.publishedAt), asc(vacancies.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items: await hydrate(db, rows), total: total?.n ?? 0, page, pageSize };
}
