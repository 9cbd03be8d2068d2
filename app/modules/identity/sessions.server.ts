import { and, desc, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";
import { people, sessions } from "./schema.ts";
import { newSecret, sha256 } from "./tokens.server.ts";

/** A session ends after this long without activity … */
export const IDLE_SECONDS = { normal: 2 * 3600, remember: 30 * 24 * 3600 };
/** … and in any case this long after login. */
export const ABSOLUTE_SECONDS = { normal: 12 * 3600, remember: 90 * 24 * 3600 };
/** lastSeen is written at most this often, not on every request. */
const TOUCH_EVERY_SECONDS = 60;

export type NewSession = { remember?: boolean; ip?: string; userAgent?: string; activeOrganisationId?: string | null };

/** Starts a session and returns the secret for the cookie. */
export async function createSession(
  db: DbOrTx,
  personId: string,
  options: NewSession = {},
): Promise<{ secret: string; id: string }> {
  const secret = newSecret();
  const remember = Boolean(options.remember);
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: sha256(secret),
      personId,
      remember,
      ip: options.ip ?? null,
      userAgent: options.userAgent?.slice(0, 300) ?? null,
      activeOrganisationId: options.activeOrganisationId ?? null,
      expiresAt: new Date(Date.now() + (remember ? IDLE_SECONDS.remember : IDLE_SECONDS.normal) * 1000),
    })
    .returning({ id: sessions.id });
  return { secret, id: row!.id };
}

export type SessionWithPerson = {
  session: typeof sessions.$inferSelect;
  person: typeof people.$inferSelect;
};

/** The live session behind a cookie secret, or null; extends its idle expiry when used. */
export async function findSession(db: DbOrTx, secret: string | null | undefined): Promise<SessionWithPerson | null> {
  if (!secret || secret.length > 100) return null;
  const [row] = await db
    .select({ session: sessions, person: people })
    .from(sessions)
    .innerJoin(people, eq(people.id, sessions.personId))
    .where(eq(sessions.tokenHash, sha256(secret)));
  if (!row || row.person.erasedAt) return null;
  const now = Date.now();
  const absolute = (row.session.remember ? ABSOLUTE_SECONDS.remember : ABSOLUTE_SECONDS.normal) * 1000;
  if (row.session.expiresAt.getTime() <= now || row.session.createdAt.getTime() + absolute <= now) {
    await db.delete(sessions).where(eq(sessions.id, row.session.id));
    return null;
  }
  if (now - row.session.lastSeenAt.getTime() > TOUCH_EVERY_SECONDS * 1000) {
    const idle = (row.session.remember ? IDLE_SECONDS.remember : IDLE_SECONDS.normal) * 1000;
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(now), expiresAt: new Date(now + idle) })
      .where(eq(sessions.id, row.session.id));
  }
  return row;
}

export async function endSession(db: DbOrTx, personId: string, sessionId: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return false;
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.id, sessionId), eq(sessions.personId, personId)))
    .returning({ id: sessions.id });
  return deleted.length > 0;
}

export async function endAllSessions(db: DbOrTx, personId: string, exceptSessionId?: string): Promise<number> {
  const condition = exceptSessionId
    ? and(eq(sessions.personId, personId), ne(sessions.id, exceptSessionId))
    : eq(sessions.personId, personId);
  return (await db.delete(sessions).where(condition).returning({ id: sessions.id })).length;
}

export async function listSessions(db: DbOrTx, personId: string) {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
      remember: sessions.remember,
    })
    .from(sessions)
    .where(eq(sessions.personId, personId))
    .orderBy(desc(sessions.lastSeenAt));
}

export async function setActiveOrganisation(db: DbOrTx, sessionId: string, organisationId: string | null): Promise<void> {
  await db.update(sessions).set({ activeOrganisationId: organisationId }).where(eq(sessions.id, sessionId));
}
