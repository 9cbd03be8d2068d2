import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { referenceDataFolder } from "../../paths.server.ts";
import { queueMail, recordAudit } from "../platform/index.server.ts";
import { fail, type Failure, type IdentityContext, isUuid } from "./context.ts";
import { defaultPeppolId, vatNumberOf } from "./kbo.ts";
import { mailTemplates } from "./mail-templates.server.ts";
import { memberships, neighbours, nisAliases, organisations } from "./schema.ts";
import type { FLEMISH_PROVINCES, OrganisationType } from "./types.ts";

export type Organisation = typeof organisations.$inferSelect;

/** NIS codes of the five Flemish provinces. */
const PROVINCE_NIS: Record<(typeof FLEMISH_PROVINCES)[number], string> = {
  Antwerpen: "10000",
  "Vlaams-Brabant": "20001",
  "West-Vlaanderen": "30000",
  "Oost-Vlaanderen": "40000",
  Limburg: "70000",
};

type MunicipalityRow = {
  nis_code: string;
  name: string;
  province: string;
  arrondissement: string;
  population: string;
  lat: string;
  lon: string;
  neighbours: string;
};
type MergerRow = { new_nis_code: string; old_nis_codes: string; old_names: string };

function readCsv<T>(file: string): T[] {
  return parse(fs.readFileSync(path.join(referenceDataFolder(), file), "utf8"), { columns: true, skip_empty_lines: true }) as T[];
}

/**
 * Loads the registry of local governments: the 285 Flemish municipalities of 1 January 2025
 * with their neighbours, the five provinces, and the old NIS codes of the 2025 mergers.
 * Idempotent: existing rows are updated, nothing is duplicated.
 */
export async function seedRegistry(db: DbOrTx): Promise<{ municipalities: number; aliases: number }> {
  const rows = readCsv<MunicipalityRow>("flemish-municipalities.csv");
  const mergers = readCsv<MergerRow>("flemish-mergers-2025.csv");
  const values = rows.map((row) => ({
    type: "gemeente" as const,
    name: row.name,
    nisCode: row.nis_code,
    province: row.province,
    arrondissement: row.arrondissement,
    population: Number(row.population) || null,
    lat: Number(row.lat) || null,
    lon: Number(row.lon) || null,
  }));
  for (const [province, nisCode] of Object.entries(PROVINCE_NIS)) {
    values.push({
      type: "provincie" as never,
      name: `Provincie ${province}`,
      nisCode,
      province,
      arrondissement: "",
      population: null,
      lat: null,
      lon: null,
    });
  }
  await db
    .insert(organisations)
    .values(values)
    .onConflictDoUpdate({
      target: organisations.nisCode,
      set: {
        name: sql`excluded.name`,
        province: sql`excluded.province`,
        arrondissement: sql`excluded.arrondissement`,
        population: sql`excluded.population`,
      },
    });
  const ids = new Map(
    (
      await db
        .select({ id: organisations.id, nis: organisations.nisCode })
        .from(organisations)
        .where(sql`${organisations.nisCode} IS NOT NULL`)
    ).map((r) => [r.nis!, r.id]),
  );
  const pairs: { organisationId: string; neighbourId: string }[] = [];
  for (const row of rows) {
    for (const other of row.neighbours.split(";").filter(Boolean)) {
      const a = ids.get(row.nis_code);
      const b = ids.get(other);
      if (a && b) pairs.push({ organisationId: a, neighbourId: b }, { organisationId: b, neighbourId: a });
    }
  }
  if (pairs.length) await db.insert(neighbours).values(pairs).onConflictDoNothing();
  const aliases: { oldNisCode: string; oldName: string; organisationId: string }[] = [];
  for (const merger of mergers) {
    const target = ids.get(merger.new_nis_code);
    const names = merger.old_names.split(";");
    merger.old_nis_codes.split(";").forEach((code, index) => {
      // Antwerpen kept its own code: that one is not an alias.
      if (target && code !== merger.new_nis_code)
        aliases.push({ oldNisCode: code, oldName: names[index] ?? code, organisationId: target });
    });
  }
  if (aliases.length) await db.insert(nisAliases).values(aliases).onConflictDoNothing();
  return { municipalities: rows.length, aliases: aliases.length };
}

/**
 * Matches an organisation by part of its name (case and accents ignored) or by its exact NIS code;
 * the search of the registry, the API and "join an organisation".
 */
export function organisationMatches(q: string): SQL {
  const like = `%${q.replace(/[%_\\]/g, "\\$&")}%`;
  return or(
    ilike(organisations.name, like),
    eq(organisations.nisCode, q),
    sql`unaccent(lower(${organisations.name})) LIKE unaccent(lower(${like}))`,
  )!;
}

/** The columns of an organisation shown in lists (registry page and API). */
const ORGANISATION_SUMMARY = {
  id: organisations.id,
  nisCode: organisations.nisCode,
  name: organisations.name,
  type: organisations.type,
  province: organisations.province,
  enterpriseNumber: organisations.enterpriseNumber,
};

export type OrganisationQuery = { type?: OrganisationType; province?: string; q?: string; page?: number; pageSize?: number };

/** The public registry: active organisations, filtered and paged, by name. */
export async function listOrganisations(db: Db, query: OrganisationQuery) {
  const page = Math.max(1, query.page ?? 1);
  const pageSize = Math.min(100, Math.max(1, query.pageSize ?? 25));
  const parts: SQL[] = [eq(organisations.status, "active")];
  if (query.type) parts.push(eq(organisations.type, query.type));
  if (query.province) parts.push(eq(organisations.province, query.province));
  const q = query.q?.trim();
  if (q) parts.push(organisationMatches(q));
  const where = and(...parts);
  const total = await countOrganisations(db, where);
  const items = await organisationsPage(db, where, page, pageSize);
  return { items, total, page, pageSize };
}

/** How many organisations meet the condition. */
export async function countOrganisations(db: Db, where: SQL | undefined): Promise<number> {
  const [counted] = await db.select({ n: count() }).from(organisations).where(where);
  return counted?.n ?? 0;
}

/** One page (from 1) of the organisations that meet the condition, by name, as summaries. */
export function organisationsPage(db: Db, where: SQL | undefined, page: number, pageSize: number) {
  return db
    .select(ORGANISATION_SUMMARY)
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

export async function getOrganisation(db: DbOrTx, id: string): Promise<Organisation | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

export async function neighboursOf(db: Db, organisationId: string) {
  return db
    .select({ id: organisations.id, nisCode: organisations.nisCode, name: organisations.name, province: organisations.province })
    .from(neighbours)
    .innerJoin(organisations, eq(organisations.id, neighbours.neighbourId))
    .where(eq(neighbours.organisationId, organisationId))
    .orderBy(asc(organisations.name));
}

/**
 * A municipality by NIS code. An old, pre-2025 code answers with the municipality it became,
 * saying so in `mergedFrom`.
 */
export async function findByNisCode(db: Db, nisCode: string) {
  if (!/^\d{5}$/.test(nisCode)) return null;
  let [organisation] = await db.select().from(organisations).where(eq(organisations.nisCode, nisCode));
  let mergedFrom: { nisCode: string; name: string } | undefined;
  if (!organisation) {
    const [alias] = await db.select().from(nisAliases).where(eq(nisAliases.oldNisCode, nisCode));
    if (!alias) return null;
    [organisation] = await db.select().from(organisations).where(eq(organisations.id, alias.organisationId));
    mergedFrom = { nisCode: alias.oldNisCode, name: alias.oldName };
  }
  if (!organisation) return null;
  const formerCodes = await db.select().from(nisAliases).where(eq(nisAliases.organisationId, organisation.id));
  return { organisation, neighbours: await neighboursOf(db, organisation.id), mergedFrom, formerCodes };
}

export type SupplierRegistration = {
  companyName: string;
  enterpriseNumber: string;
  street: string;
  postalCode: string;
  city: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string;
  peppolId?: string;
};

/** A supplier registers its company; it is "in behandeling" until a portal admin approves it. */
export async function registerSupplier(
  ctx: IdentityContext,
  personId: string,
  input: SupplierRegistration,
): Promise<{ ok: true; organisationId: string } | Failure> {
  const { db } = ctx.database;
  const [existing] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.enterpriseNumber, input.enterpriseNumber));
  if (existing) return fail("validation.kbo.taken", "enterpriseNumber");
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .insert(organisations)
      .values({
        type: "leverancier",
        name: input.companyName,
        enterpriseNumber: input.enterpriseNumber,
        vatNumber: vatNumberOf(input.enterpriseNumber),
        street: input.street,
        postalCode: input.postalCode,
        city: input.city,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone ?? null,
        peppolId: input.peppolId ?? defaultPeppolId(input.enterpriseNumber),
        status: "pending",
      })
      .onConflictDoNothing()
      .returning();
    if (!organisation) return fail("validation.kbo.taken", "enterpriseNumber");
    await tx
      .insert(memberships)
      .values({ personId, organisationId: organisation.id, status: "active", roles: ["beheerder"], decidedAt: new Date() });
    await recordAudit(tx, {
      actorId: personId,
      organisationId: organisation.id,
      ip: ctx.ip,
      action: "supplier.registered",
      targetType: "organisation",
      targetId: organisation.id,
      details: { enterpriseNumber: input.enterpriseNumber },
    });
    return { ok: true as const, organisationId: organisation.id };
  });
}

export async function listPendingSuppliers(db: Db) {
  return db
    .select()
    .from(organisations)
    .where(and(eq(organisations.type, "leverancier"), eq(organisations.status, "pending")))
    .orderBy(asc(organisations.createdAt));
}

/** A portal admin approves or refuses a supplier; the contact person is told by e-mail. */
export async function decideSupplier(
  ctx: IdentityContext,
  adminId: string,
  organisationId: string,
  approve: boolean,
): Promise<{ ok: true } | Failure> {
  if (!isUuid(organisationId)) return fail("admin.supplier.notPending");
  return ctx.database.db.transaction(async (tx) => {
    const [organisation] = await tx
      .update(organisations)
      .set({ status: approve ? "active" : "refused" })
      .where(
        and(eq(organisations.id, organisationId), eq(organisations.type, "leverancier"), eq(organisations.status, "pending")),
      )
      .returning();
    if (!organisation) return fail("admin.supplier.notPending");
    if (organisation.contactEmail) {
      const mail = mailTemplates.supplierDecided(ctx.locale, organisation.name, approve, ctx.baseUrl);
      await queueMail(tx, { to: organisation.contactEmail, ...mail, locale: ctx.locale, template: "supplier_decided" });
    }
    await recordAudit(tx, {
      actorId: adminId,
      organisationId,
      ip: ctx.ip,
      action: approve ? "supplier.approved" : "supplier.refused",
      targetType: "organisation",
      targetId: organisationId,
    });
    return { ok: true as const };
  });
}

export type LocalBodyInput = { type: string; name: string; enterpriseNumber?: string; province?: string; city?: string };

/** Portal admins add local bodies other than municipalities (OCMW, police zone, …) and associations. */
export async function createLocalBody(
  ctx: IdentityContext,
  adminId: string,
  input: LocalBodyInput,
): Promise<{ ok: true; organisationId: string } | Failure> {
  const { db } = ctx.database;
  if (input.enterpriseNumber) {
    const [taken] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.enterpriseNumber, input.enterpriseNumber));
    if (taken) return fail("validation.kbo.taken", "enterpriseNumber");
  }
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .insert(organisations)
      .values({
        type: input.type as OrganisationType,
        name: input.name,
        enterpriseNumber: input.enterpriseNumber ?? null,
        province: input.province ?? null,
        city: input.city ?? null,
        status: "active",
      })
      .returning();
    await recordAudit(tx, {
      actorId: adminId,
      organisationId: organisation!.id,
      ip: ctx.ip,
      action: "organisation.created",
      targetType: "organisation",
      targetId: organisation!.id,
      details: { type: input.type, name: input.name },
    });
    return { ok: true as const, organisationId: organisation!.id };
  });
}

export async function organisationsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(organisations).where(inArray(organisations.id, ids));
}
