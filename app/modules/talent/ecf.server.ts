// e-CF 4.0 reference data: read from data/ecf.json (with our Dutch names), written to the talent
// tables by syncEcf at every start (idempotent), and the role profiles' typical competences that
// portal admins attach.
import fs from "node:fs";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { referenceDataFolder } from "../../paths.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { AREA_NAMES_NL, COMPETENCE_TITLES_NL, ROLE_PROFILE_NAMES_NL } from "./ecf-nl.ts";
import { ecfAreas, ecfCompetences, roleProfileCompetences, roleProfiles } from "./schema.ts";
import type { CompetenceRow, CompetenceSpans } from "./shared.ts";

const ecfFileSchema = z.object({
  framework: z.string(),
  areas: z.array(z.object({ code: z.string().regex(/^[A-E]$/), name: z.string() })).length(5),
  proficiencyLevels: z.array(z.object({ level: z.string(), eqf: z.array(z.number()), title: z.string() })).length(5),
  competences: z
    .array(
      z.object({
        code: z.string().regex(/^[A-E]\.\d{1,2}$/),
        area: z.string(),
        title: z.string(),
        minLevel: z.number().int().min(1).max(5),
        maxLevel: z.number().int().min(1).max(5),
        summary: z.string(),
      }),
    )
    .length(41),
  roleProfiles: z.object({
    profiles: z.array(z.object({ id: z.number().int(), name: z.string() })).length(30),
  }),
});

export type EcfArea = { code: string; nameEn: string; nameNl: string };
export type EcfCompetence = {
  code: string;
  areaCode: string;
  titleEn: string;
  titleNl: string;
  summaryEn: string;
  minLevel: number;
  maxLevel: number;
};
export type EcfLevel = { level: number; eqf: number[]; titleEn: string };
export type Ecf = {
  framework: string;
  areas: EcfArea[];
  competences: EcfCompetence[];
  levels: EcfLevel[];
  roleProfiles: { id: number; nameEn: string; nameNl: string }[];
  spans: CompetenceSpans;
  byCode: ReadonlyMap<string, EcfCompetence>;
};

let cached: Ecf | undefined;

/** The framework as shipped in data/ecf.json; throws when the file is not what we expect. */
export function loadEcf(): Ecf {
  if (cached) return cached;
  const raw = JSON.parse(fs.readFileSync(path.join(referenceDataFolder(), "ecf.json"), "utf8"));
  const file = ecfFileSchema.parse(raw);
  const competences = file.competences.map((c) => {
    const titleNl = COMPETENCE_TITLES_NL[c.code];
    if (!titleNl) throw new Error(`ecf.json: no Dutch title for ${c.code}`);
    if (c.minLevel > c.maxLevel) throw new Error(`ecf.json: ${c.code} has an empty span`);
    return {
      code: c.code,
      areaCode: c.area,
      titleEn: c.title,
      titleNl,
      summaryEn: c.summary,
      minLevel: c.minLevel,
      maxLevel: c.maxLevel,
    };
  });
  cached = {
    framework: file.framework,
    areas: file.areas.map((a) => ({ code: a.code, nameEn: a.name, nameNl: AREA_NAMES_NL[a.code] ?? a.name })),
    competences,
    levels: file.proficiencyLevels.map((l, i) => ({ level: i + 1, eqf: l.eqf, titleEn: l.title })),
    roleProfiles: file.roleProfiles.profiles.map((p) => ({
      id: p.id,
      nameEn: p.name,
      nameNl: ROLE_PROFILE_NAMES_NL[p.name] ?? p.name,
    })),
    spans: new Map(competences.map((c) => [c.code, [c.minLevel, c.maxLevel] as const])),
    byCode: new Map(competences.map((c) => [c.code, c])),
  };
  return cached;
}

/** The level span of every competence, for form validation. */
export const competenceSpans = (): CompetenceSpans => loadEcf().spans;

/**
 * Writes areas, competences and role profiles from data/ecf.json. Idempotent: names and spans are
 * brought up to date; typical competences attached by admins are kept (unless now out of span).
 */
export async function syncEcf(db: DbOrTx): Promise<void> {
  const ecf = loadEcf();
  const before = await db.select({ code: ecfCompetences.code, position: ecfCompetences.position }).from(ecfCompetences);
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  await db
    .insert(ecfAreas)
    .values(ecf.areas)
    .onConflictDoUpdate({ target: ecfAreas.code, set: { nameEn: excluded("name_en"), nameNl: excluded("name_nl") } });
  await db
    .insert(ecfCompetences)
    .values(ecf.competences.map((c, position) => ({ ...c, position })))
    .onConflictDoUpdate({
      target: ecfCompetences.code,
      set: {
        areaCode: excluded("area_code"),
        titleEn: excluded("title_en"),
        titleNl: excluded("title_nl"),
        summaryEn: excluded("summary_en"),
        minLevel: excluded("min_level"),
        maxLevel: excluded("max_level"),
        position: excluded("position"),
      },
    });
  await db
    .insert(roleProfiles)
    .values(ecf.roleProfiles)
    .onConflictDoUpdate({ target: roleProfiles.id, set: { nameEn: excluded("name_en"), nameNl: excluded("name_nl") } });
  // Profiles keep their levels in an array in e-CF order (ranking): a new order rebuilds them.
  const moved =
    before.length > 0 && ecf.competences.some((c, position) => before.find((b) => b.code === c.code)?.position !== position);
  if (moved) await db.execute(sql`UPDATE talent.profiles SET competence_levels = talent.profile_levels(id)`);
  // A typical competence whose level fell outside a changed span is dropped.
  await db.execute(
    sql`DELETE FROM ${roleProfileCompetences} rpc USING ${ecfCompetences} c
         WHERE c.code = rpc.competence_code AND (rpc.level < c.min_level OR rpc.level > c.max_level)`,
  );
}

export type RoleProfile = {
  id: number;
  nameEn: string;
  nameNl: string;
  competences: { code: string; level: number }[];
};

/** The role profiles with their typical competences (as attached by admins), by id. */
export async function listRoleProfiles(db: DbOrTx): Promise<RoleProfile[]> {
  const profiles = await db.select().from(roleProfiles).orderBy(asc(roleProfiles.id));
  const links = await db.select().from(roleProfileCompetences);
  const order = new Map(loadEcf().competences.map((c, i) => [c.code, i]));
  return profiles.map((p) => ({
    ...p,
    competences: links
      .filter((l) => l.roleProfileId === p.id)
      .map((l) => ({ code: l.competenceCode, level: l.level }))
      .sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0)),
  }));
}

/** Replaces a role profile's typical competences (portal admin); audited. */
export async function setRoleProfileCompetences(
  db: Db,
  roleProfileId: number,
  rows: readonly CompetenceRow[],
  actor: { personId: string; ip?: string },
): Promise<{ ok: true } | { ok: false; error: string }> {
  const [profile] = await db.select().from(roleProfiles).where(eq(roleProfiles.id, roleProfileId));
  if (!profile) return { ok: false, error: "talent.roleProfiles.notFound" };
  const spans = competenceSpans();
  for (const row of rows) {
    const span = spans.get(row.code);
    if (!span || row.level < span[0] || row.level > span[1]) return { ok: false, error: "talent.validation.levelOutsideSpan" };
  }
  await db.transaction(async (tx) => {
    await tx.delete(roleProfileCompetences).where(eq(roleProfileCompetences.roleProfileId, roleProfileId));
    if (rows.length)
      await tx
        .insert(roleProfileCompetences)
        .values(rows.map((row) => ({ roleProfileId, competenceCode: row.code, level: row.level })));
    await recordAudit(tx, {
      actorId: actor.personId,
      ip: actor.ip ?? null,
      action: "talent.role_profile.competences",
      targetType: "role_profile",
      targetId: String(roleProfileId),
      details: { name: profile.nameEn, competences: rows.map((r) => `${r.code} e-${r.level}`) },
    });
  });
  return { ok: true };
}
