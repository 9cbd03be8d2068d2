// Use cases behind the account pages: a person manages their own sessions, memberships and
// account. Every function acts only on the person's own rows: an id that belongs to someone else
// finds nothing and changes nothing.
import { and, eq, ne, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { erasePerson, exportPersonData, findPerson } from "./accounts.server.ts";
import { fail, type Failure, type IdentityContext } from "./context.ts";
import { endMembership } from "./memberships.server.ts";
import { countOrganisations, organisationMatches, organisationsPage } from "./organisations.server.ts";
import { verifyPassword } from "./passwords.server.ts";
import { memberships, organisations } from "./schema.ts";
import { endAllSessions, endSession } from "./sessions.server.ts";
import type { OrganisationType } from "./types.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

/** Whether the person can log in with a password (an OpenID Connect-only account cannot). */
export async function accountOverview(db: Db, personId: string) {
  const person = await findPerson(db, personId);
  if (!person || person.erasedAt) return null;
  return {
    name: person.name,
    email: person.email,
    emailVerified: Boolean(person.emailVerifiedAt),
    hasPassword: Boolean(person.passwordHash),
    createdAt: person.createdAt,
  };
}

/** Ends one of the person's other sessions (another device). The current one ends by logging out. */
export async function endOwnSession(
  ctx: IdentityContext,
  personId: string,
  currentSessionId: string,
  sessionId: unknown,
): Promise<{ ok: true } | Failure> {
  if (!isUuid(sessionId) || sessionId === currentSessionId) return fail("account.sessions.notFound");
  return ctx.database.db.transaction(async (tx) => {
    if (!(await endSession(tx, personId, sessionId))) return fail("account.sessions.notFound");
    await recordAudit(tx, {
      actorId: personId,
      ip: ctx.ip,
      action: "session.ended",
      targetType: "session",
      targetId: sessionId,
    });
    return { ok: true as const };
  });
}

/** Ends every session of the person except the one making the request; returns how many ended. */
export async function endOtherSessions(ctx: IdentityContext, personId: string, currentSessionId: string): Promise<number> {
  return ctx.database.db.transaction(async (tx) => {
    const ended = await endAllSessions(tx, personId, currentSessionId);
    await recordAudit(tx, {
      actorId: personId,
      ip: ctx.ip,
      action: "session.ended_others",
      targetType: "person",
      targetId: personId,
      details: { sessionsEnded: ended },
    });
    return ended;
  });
}

/**
 * The person leaves an organisation, or withdraws a request to join. Only the person's own
 * membership can be ended this way; the last beheerder of an organisation cannot leave.
 */
export async function leaveOrganisation(
  ctx: IdentityContext,
  personId: string,
  membershipId: unknown,
): Promise<{ ok: true; organisationName: string } | Failure> {
  if (!isUuid(membershipId)) return fail("membership.notFound");
  const [own] = await ctx.database.db
    .select({ organisationId: memberships.organisationId, organisationName: organisations.name })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.personId, personId)));
  if (!own) return fail("membership.notFound");
  const result = await endMembership(ctx, personId, own.organisationId, membershipId);
  return result.ok ? { ok: true, organisationName: own.organisationName } : result;
}

export type JoinableQuery = { q?: string; type?: OrganisationType | "local"; page?: number; pageSize?: number };

/** Shortest search text that lists organisations to join (a NIS code or part of a name). */
export const JOIN_SEARCH_MIN_LENGTH = 2;

/**
 * Organisations a person may ask to join: active local governments and associations, never
 * suppliers (a supplier's staff are invited by its admin). Without a search text, nothing.
 */
export async function searchJoinableOrganisations(db: Db, query: JoinableQuery) {
  const q = query.q?.trim() ?? "";
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const pageSize = Math.min(50, Math.max(1, query.pageSize ?? 20));
  if (q.length < JOIN_SEARCH_MIN_LENGTH) return { items: [], total: 0, page, pageSize };
  const parts: SQL[] = [eq(organisations.status, "active"), ne(organisations.type, "leverancier"), organisationMatches(q)];
  if (query.type && query.type !== "local") parts.push(eq(organisations.type, query.type));
  const where = and(...parts);
  const total = await countOrganisations(db, where);
  const items = await organisationsPage(db, where, page, pageSize);
  return { items, total, page, pageSize };
}

/**
 * Deletes the person's account after checking their current password (when they have one):
 * personal data is erased, records with legal weight stay under a pseudonym.
 */
export async function deleteAccount(ctx: IdentityContext, personId: string, password: string): Promise<{ ok: true } | Failure> {
  const person = await findPerson(ctx.database.db, personId);
  if (!person || person.erasedAt) return fail("account.delete.gone");
  if (person.passwordHash && !(await verifyPassword(person.passwordHash, password)))
    return fail("auth.wrongPassword", "password");
  await erasePerson(ctx, personId);
  return { ok: true };
}

/** The person's own data as JSON-ready object (GDPR access request); the download is audited. */
export async function exportOwnData(ctx: IdentityContext, personId: string) {
  const exported = await exportPersonData(ctx.database.db, personId);
  if (!exported) return null;
  await recordAudit(ctx.database.db, {
    actorId: personId,
    ip: ctx.ip,
    action: "person.data_exported",
    targetType: "person",
    targetId: personId,
  });
  return exported;
}
