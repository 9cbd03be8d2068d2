// What the portal admin console reads and changes: people, organisations with their admins,
// dashboard counts, portal-admin rights, and the audit log with names instead of bare ids.
import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { type AuditFilter, listAudit, recordAudit } from "../platform/index.server.ts";
import { fail, type Failure, type IdentityContext } from "./context.ts";
import { memberships, organisations, people } from "./schema.ts";
import { ORGANISATION_TYPES, type OrganisationType } from "./types.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

const likeOf = (q: string) => `%${q.replace(/[%_\\]/g, "\\$&")}%`;
const clampPage = (page?: number) => Math.max(1, Math.min(100_000, Math.floor(page ?? 1) || 1));
const clampSize = (size: number | undefined, fallback: number) => Math.min(200, Math.max(1, Math.floor(size ?? fallback)));

export type PeopleQuery = { q?: string; page?: number; pageSize?: number };

// Written out qualified: in a select list Drizzle leaves columns unqualified, which a subquery
// would bind to its own table.
const activeMembershipCount = sql<number>`(SELECT count(*)::int FROM identity.memberships m WHERE m.person_id = "people"."id" AND m.status = 'active')`;

/** Everyone with an account, searched on name or e-mail; erased people appear by pseudonym. */
export async function listPeople(db: Db, query: PeopleQuery = {}) {
  const page = clampPage(query.page);
  const pageSize = clampSize(query.pageSize, 25);
  const q = query.q?.trim();
  const where = q
    ? or(
        ilike(people.name, likeOf(q)),
        ilike(people.email, likeOf(q)),
        sql`unaccent(lower(${people.name})) LIKE unaccent(lower(${likeOf(q)}))`,
      )
    : undefined;
  const [total] = await db.select({ n: count() }).from(people).where(where);
  const items = await db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      emailVerifiedAt: people.emailVerifiedAt,
      isPortalAdmin: people.isPortalAdmin,
      createdAt: people.createdAt,
      erasedAt: people.erasedAt,
      memberships: activeMembershipCount,
    })
    .from(people)
    .where(where)
    .orderBy(sql`${people.erasedAt} IS NOT NULL`, asc(people.name), asc(people.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items, total: total?.n ?? 0, page, pageSize };
}

export type DashboardCounts = {
  people: number;
  portalAdmins: number;
  organisations: Record<OrganisationType, number>;
  pendingSuppliers: number;
  requestsWithoutAdmin: number;
};

/** The numbers on the admin dashboard (people that are not erased; active organisations by type). */
export async function countsForDashboard(db: Db): Promise<DashboardCounts> {
  const [peopleRow] = await db
    .select({ n: count(), admins: sql<number>`count(*) FILTER (WHERE ${people.isPortalAdmin})::int` })
    .from(people)
    .where(isNull(people.erasedAt));
  const byType = await db
    .select({ type: organisations.type, n: count() })
    .from(organisations)
    .where(eq(organisations.status, "active"))
    .groupBy(organisations.type);
  const [pending] = await db
    .select({ n: count() })
    .from(organisations)
    .where(and(eq(organisations.type, "leverancier"), eq(organisations.status, "pending")));
  const [requests] = await db
    .select({ n: count() })
    .from(memberships)
    .where(
      and(
        eq(memberships.status, "requested"),
        sql`NOT EXISTS (SELECT 1 FROM identity.memberships a WHERE a.organisation_id = ${memberships.organisationId} AND a.status = 'active' AND 'beheerder' = ANY(a.roles))`,
      ),
    );
  const organisationCounts = Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, 0])) as Record<OrganisationType, number>;
  for (const row of byType) organisationCounts[row.type] = row.n;
  return {
    people: peopleRow?.n ?? 0,
    portalAdmins: peopleRow?.admins ?? 0,
    organisations: organisationCounts,
    pendingSuppliers: pending?.n ?? 0,
    requestsWithoutAdmin: requests?.n ?? 0,
  };
}

/**
 * Grants or withdraws portal-admin rights, audited. An admin never changes their own rights
 * (so the console can never lose its last admin by accident), and erased people are left alone.
 */
export async function setPortalAdmin(
  ctx: IdentityContext,
  adminId: string,
  personId: string,
  value: boolean,
): Promise<{ ok: true; changed: boolean } | Failure> {
  if (adminId === personId) return fail("admin.people.notSelf");
  if (!isUuid(personId)) return fail("admin.people.notFound");
  return ctx.database.db.transaction(async (tx) => {
    const [person] = await tx.select().from(people).where(eq(people.id, personId)).for("update");
    if (!person || person.erasedAt) return fail("admin.people.notFound");
    if (person.isPortalAdmin === value) return { ok: true as const, changed: false };
    await tx.update(people).set({ isPortalAdmin: value }).where(eq(people.id, personId));
    await recordAudit(tx, {
      actorId: adminId,
      ip: ctx.ip,
      action: value ? "person.portal_admin_granted" : "person.portal_admin_revoked",
      targetType: "person",
      targetId: personId,
    });
    return { ok: true as const, changed: true };
  });
}

export const ORGANISATION_STATUSES = ["active", "pending", "refused"] as const;
export type AdminOrganisationQuery = {
  q?: string;
  type?: OrganisationType;
  status?: (typeof ORGANISATION_STATUSES)[number];
  /** Only organisations without an active beheerder. */
  withoutAdmin?: boolean;
  page?: number;
  pageSize?: number;
};

const hasAdminSql = sql<boolean>`EXISTS (SELECT 1 FROM identity.memberships a WHERE a.organisation_id = "organisations"."id" AND a.status = 'active' AND 'beheerder' = ANY(a.roles))`;

/** Every organisation whatever its status, with whether it has an admin and how many members. */
export async function listOrganisationsForAdmin(db: Db, query: AdminOrganisationQuery = {}) {
  const page = clampPage(query.page);
  const pageSize = clampSize(query.pageSize, 25);
  const parts: SQL[] = [];
  if (query.type) parts.push(eq(organisations.type, query.type));
  if (query.status) parts.push(eq(organisations.status, query.status));
  if (query.withoutAdmin) parts.push(sql`NOT ${hasAdminSql}`);
  const q = query.q?.trim();
  if (q) {
    parts.push(
      or(
        ilike(organisations.name, likeOf(q)),
        eq(organisations.nisCode, q),
        eq(organisations.enterpriseNumber, q.replace(/[\s.]/g, "")),
        sql`unaccent(lower(${organisations.name})) LIKE unaccent(lower(${likeOf(q)}))`,
      )!,
    );
  }
  const where = parts.length ? and(...parts) : undefined;
  const [total] = await db.select({ n: count() }).from(organisations).where(where);
  const items = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      type: organisations.type,
      status: organisations.status,
      nisCode: organisations.nisCode,
      enterpriseNumber: organisations.enterpriseNumber,
      province: organisations.province,
      city: organisations.city,
      hasAdmin: hasAdminSql,
      members: sql<number>`(SELECT count(*)::int FROM identity.memberships m WHERE m.organisation_id = "organisations"."id" AND m.status = 'active')`,
    })
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items, total: total?.n ?? 0, page, pageSize };
}

/** Names of people (pseudonyms for erased ones) and organisations, by id. */
export async function namesByIds(db: Db, personIds: string[], organisationIds: string[]) {
  const pIds = [...new Set(personIds.filter(isUuid))];
  const oIds = [...new Set(organisationIds.filter(isUuid))];
  const personRows = pIds.length
    ? await db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, pIds))
    : [];
  const organisationRows = oIds.length
    ? await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, oIds))
    : [];
  return {
    people: Object.fromEntries(personRows.map((row) => [row.id, row.name])) as Record<string, string>,
    organisations: Object.fromEntries(organisationRows.map((row) => [row.id, row.name])) as Record<string, string>,
  };
}

/** One page of the audit log with the names of actors, organisations and targets. */
export async function listAuditWithNames(db: Db, filter: AuditFilter, page = 1, pageSize = 50) {
  const result = await listAudit(db, filter, clampPage(page), clampSize(pageSize, 50));
  const personIds: string[] = [];
  const organisationIds: string[] = [];
  for (const entry of result.items) {
    if (entry.actorId) personIds.push(entry.actorId);
    if (entry.organisationId) organisationIds.push(entry.organisationId);
    if (entry.targetId && entry.targetType === "person") personIds.push(entry.targetId);
    if (entry.targetId && entry.targetType === "organisation") organisationIds.push(entry.targetId);
  }
  const names = await namesByIds(db, personIds, organisationIds);
  return {
    ...result,
    items: result.items.map((entry) => ({
      id: entry.id,
      at: entry.at,
      action: entry.action,
      actorId: entry.actorId,
      actorName: entry.actorId ? (names.people[entry.actorId] ?? null) : null,
      organisationId: entry.organisationId,
      organisationName: entry.organisationId ? (names.organisations[entry.organisationId] ?? null) : null,
      targetType: entry.targetType,
      targetId: entry.targetId,
      targetName:
        entry.targetId && entry.targetType === "person"
          ? (names.people[entry.targetId] ?? null)
          : entry.targetId && entry.targetType === "organisation"
            ? (names.organisations[entry.targetId] ?? null)
            : null,
      ip: entry.ip,
    })),
  };
}

export type AuditQueryValues = { action: string; organisation: string; actor: string; from: string; to: string };
export type AuditQueryResult =
  | { ok: true; filter: AuditFilter; values: AuditQueryValues }
  | { ok: false; errors: Partial<Record<keyof AuditQueryValues, string>>; values: AuditQueryValues };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of a calendar day in Brussels, or null for anything that is not a real date. */
export function brusselsDayStart(value: string): Date | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(y, m - 1, d));
  if (utc.getUTCFullYear() !== y || utc.getUTCMonth() !== m - 1 || utc.getUTCDate() !== d || y < 2000 || y > 2999) return null;
  // The offset of Brussels at that moment (+01:00 or +02:00), applied to UTC midnight.
  const offsetAt = (instant: Date) => {
    const name =
      new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Brussels", timeZoneName: "longOffset" })
        .formatToParts(instant)
        .find((part) => part.type === "timeZoneName")?.value ?? "GMT";
    const off = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return off ? (off[1] === "-" ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3])) : 0;
  };
  const guess = new Date(utc.getTime() - offsetAt(utc) * 60_000);
  return new Date(utc.getTime() - offsetAt(guess) * 60_000);
}

/**
 * Reads the audit filter of the admin console from a query string: action prefix, organisation
 * id, actor (id or e-mail address), and a from/to date (both days included, Brussels time).
 * Bad input gives message keys per field, never an exception.
 */
export async function auditFilterFromQuery(db: Db, params: URLSearchParams): Promise<AuditQueryResult> {
  const read = (key: string) => (params.get(key) ?? "").trim().slice(0, 200);
  const values: AuditQueryValues = {
    action: read("action"),
    organisation: read("organisation"),
    actor: read("actor"),
    from: read("from"),
    to: read("to"),
  };
  const errors: Partial<Record<keyof AuditQueryValues, string>> = {};
  const filter: AuditFilter = {};
  if (values.action) {
    if (/^[a-z_.]{1,60}$/i.test(values.action)) filter.action = values.action.toLowerCase();
    else errors.action = "admin.audit.error.action";
  }
  if (values.organisation) {
    if (isUuid(values.organisation)) filter.organisationId = values.organisation.toLowerCase();
    else errors.organisation = "admin.audit.error.organisation";
  }
  if (values.actor) {
    if (isUuid(values.actor)) filter.actorId = values.actor.toLowerCase();
    else if (values.actor.includes("@")) {
      const [person] = await db
        .select({ id: people.id })
        .from(people)
        .where(sql`lower(${people.email}) = ${values.actor.toLowerCase()}`);
      if (person) filter.actorId = person.id;
      else errors.actor = "admin.audit.error.actorUnknown";
    } else errors.actor = "admin.audit.error.actor";
  }
  if (values.from) {
    const from = brusselsDayStart(values.from);
    if (from) filter.from = from;
    else errors.from = "admin.audit.error.date";
  }
  if (values.to) {
    // The "to" day is included: the bound is the start of the next day.
    const next = brusselsDayStart(values.to) ? brusselsDayStart(nextDay(values.to)) : null;
    if (next) filter.to = next;
    else errors.to = "admin.audit.error.date";
  }
  if (filter.from && filter.to && filter.from >= filter.to) errors.to = "admin.audit.error.range";
  if (Object.keys(errors).length) return { ok: false, errors, values };
  return { ok: true, filter, values };
}

function nextDay(value: string): string {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
