import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { clearRateLimit, checkRateLimit, queueMail, RATE_LIMITS, recordAttempt, recordAudit } from "../platform/index.server.ts";
import { fail, type Failure, type IdentityContext } from "./context.ts";
import { mailTemplates } from "./mail-templates.server.ts";
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from "./passwords.server.ts";
import { externalIdentities, memberships, people, sessions } from "./schema.ts";
import { createSession, endAllSessions } from "./sessions.server.ts";
import { consumeToken, createToken, peekToken } from "./tokens.server.ts";
import type { RegisterInput } from "./validation.ts";

export type Person = typeof people.$inferSelect;

export async function findPersonByEmail(db: Db, email: string): Promise<Person | undefined> {
  const [person] = await db.select().from(people).where(sql`lower(${people.email}) = ${email.toLowerCase()}`);
  return person;
}

export async function findPerson(db: Db, id: string): Promise<Person | undefined> {
  const [person] = await db.select().from(people).where(eq(people.id, id));
  return person;
}

/**
 * Registers a person and mails a verification link. When the address is already taken, the
 * answer is the same and the owner of the address gets a notice instead, so that registration
 * never tells whether an address has an account.
 */
export async function registerPerson(ctx: IdentityContext, input: RegisterInput): Promise<{ ok: true } | Failure> {
  const limit = await recordAttempt(ctx.database, `register:ip:${ctx.ip ?? "?"}`, RATE_LIMITS.registerPerIp);
  if (!limit.allowed) return { ok: false, error: "auth.rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const problem = passwordProblem(input.password, { email: input.email, name: input.name });
  if (problem) return fail(problem, "password");
  const passwordHash = await hashPassword(input.password);
  const { db } = ctx.database;
  await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: people.id }).from(people).where(sql`lower(${people.email}) = ${input.email}`);
    if (existing) {
      const mail = mailTemplates.alreadyRegistered(ctx.locale, `${ctx.baseUrl}/wachtwoord-vergeten`);
      await queueMail(tx, { to: input.email, ...mail, locale: ctx.locale, template: "already_registered" });
      return;
    }
    const [person] = await tx
      .insert(people)
      .values({ email: input.email, name: input.name, passwordHash, locale: ctx.locale, privacyAcceptedAt: new Date() })
      .returning();
    const secret = await createToken(tx, "verify_email", { personId: person!.id, email: input.email });
    const mail = mailTemplates.verifyEmail(ctx.locale, input.name, `${ctx.baseUrl}/e-mail-bevestigen/${secret}`);
    await queueMail(tx, { to: input.email, ...mail, locale: ctx.locale, template: "verify_email" });
    await recordAudit(tx, {
      actorId: person!.id,
      ip: ctx.ip,
      action: "person.registered",
      targetType: "person",
      targetId: person!.id,
    });
  });
  return { ok: true };
}

/** Sends a fresh verification link to an unverified account (same answer either way). */
export async function resendVerification(ctx: IdentityContext, email: string): Promise<void> {
  const limit = await recordAttempt(ctx.database, `reset:account:${email}`, RATE_LIMITS.resetPerAccount);
  if (!limit.allowed) return;
  const { db } = ctx.database;
  const person = await findPersonByEmail(db, email);
  if (!person || person.emailVerifiedAt || person.erasedAt) return;
  await db.transaction(async (tx) => {
    const secret = await createToken(tx, "verify_email", { personId: person.id, email: person.email });
    const mail = mailTemplates.verifyEmail(ctx.locale, person.name, `${ctx.baseUrl}/e-mail-bevestigen/${secret}`);
    await queueMail(tx, { to: person.email!, ...mail, locale: ctx.locale, template: "verify_email" });
  });
}

export async function verifyEmail(ctx: IdentityContext, secret: string): Promise<{ ok: true; personId: string } | Failure> {
  return ctx.database.db.transaction(async (tx) => {
    const check = await consumeToken(tx, "verify_email", secret);
    if (!check.ok) return fail(`token.${check.reason}`);
    const personId = check.token.personId!;
    await tx.update(people).set({ emailVerifiedAt: new Date() }).where(eq(people.id, personId));
    await recordAudit(tx, {
      actorId: personId,
      ip: ctx.ip,
      action: "person.email_verified",
      targetType: "person",
      targetId: personId,
    });
    return { ok: true as const, personId };
  });
}

export type LoginResult = { ok: true; personId: string; name: string; secret: string } | (Failure & { unverified?: boolean });

/**
 * Checks e-mail and password, with rate limits per IP and per account that grow their delay,
 * and starts a session. Unknown e-mail and wrong password give the same answer and take as long.
 */
export async function login(ctx: IdentityContext, email: string, password: string, remember: boolean): Promise<LoginResult> {
  const ipKey = `login:ip:${ctx.ip ?? "?"}`;
  const accountKey = `login:account:${email}`;
  for (const key of [ipKey, accountKey]) {
    const state = await checkRateLimit(ctx.database.db, key);
    if (!state.allowed) return { ok: false, error: "auth.rateLimited", retryAfterSeconds: state.retryAfterSeconds };
  }
  const { db } = ctx.database;
  const person = await findPersonByEmail(db, email);
  const valid = await verifyPassword(person?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!person || person.erasedAt || !person.passwordHash || !valid) {
    await recordAttempt(ctx.database, ipKey, RATE_LIMITS.loginPerIp);
    await recordAttempt(ctx.database, accountKey, RATE_LIMITS.loginPerAccount);
    await recordAudit(db, {
      actorId: person?.id ?? null,
      ip: ctx.ip,
      action: "login.failed",
      details: { reason: "credentials" },
    });
    return fail("auth.invalidCredentials");
  }
  if (!person.emailVerifiedAt) return { ...fail("auth.unverified"), unverified: true };
  await clearRateLimit(db, accountKey);
  return startSession(ctx, person, remember, "password");
}

/** Starts a session after a successful login (password or OpenID Connect). */
export async function startSession(
  ctx: IdentityContext,
  person: { id: string; name: string },
  remember: boolean,
  method: string,
) {
  const { db } = ctx.database;
  const personId = person.id;
  const { secret } = await db.transaction(async (tx) => {
    const created = await createSession(tx, personId, { remember, ip: ctx.ip, userAgent: ctx.userAgent });
    await recordAudit(tx, {
      actorId: personId,
      ip: ctx.ip,
      action: "login.succeeded",
      targetType: "person",
      targetId: personId,
      details: { method },
    });
    return created;
  });
  return { ok: true as const, personId, name: person.name, secret };
}

export async function logout(ctx: IdentityContext, personId: string, sessionId: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, sessionId));
    await recordAudit(tx, { actorId: personId, ip: ctx.ip, action: "logout", targetType: "person", targetId: personId });
  });
}

/** Mails a reset link if the account exists; the answer is the same either way. */
export async function requestPasswordReset(ctx: IdentityContext, email: string): Promise<{ ok: true } | Failure> {
  for (const [key, rule] of [
    [`reset:ip:${ctx.ip ?? "?"}`, RATE_LIMITS.resetPerIp],
    [`reset:account:${email}`, RATE_LIMITS.resetPerAccount],
  ] as const) {
    const state = await recordAttempt(ctx.database, key, rule);
    if (!state.allowed) return { ok: false, error: "auth.rateLimited", retryAfterSeconds: state.retryAfterSeconds };
  }
  const { db } = ctx.database;
  const person = await findPersonByEmail(db, email);
  if (!person || person.erasedAt) return { ok: true };
  await db.transaction(async (tx) => {
    const secret = await createToken(tx, "reset_password", { personId: person.id });
    const mail = mailTemplates.resetPassword(ctx.locale, person.name, `${ctx.baseUrl}/wachtwoord-herstellen/${secret}`);
    await queueMail(tx, { to: person.email!, ...mail, locale: ctx.locale, template: "reset_password" });
    await recordAudit(tx, {
      actorId: person.id,
      ip: ctx.ip,
      action: "password.reset_requested",
      targetType: "person",
      targetId: person.id,
    });
  });
  return { ok: true };
}

/** Sets a new password through a reset link and ends every session of the person. */
export async function resetPassword(ctx: IdentityContext, secret: string, password: string): Promise<{ ok: true } | Failure> {
  const { db } = ctx.database;
  const peek = await peekToken(db, "reset_password", secret);
  if (!peek.ok) return fail(`token.${peek.reason}`);
  const person = await findPerson(db, peek.token.personId!);
  if (!person || person.erasedAt) return fail("token.invalid");
  // A weak password keeps the link usable: it is checked before the link is used up.
  const problem = passwordProblem(password, { email: person.email ?? undefined, name: person.name });
  if (problem) return fail(problem, "password");
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const check = await consumeToken(tx, "reset_password", secret);
    if (!check.ok) return fail(`token.${check.reason}`);
    await tx
      .update(people)
      .set({ passwordHash, emailVerifiedAt: person.emailVerifiedAt ?? new Date() })
      .where(eq(people.id, person.id));
    const ended = await endAllSessions(tx, person.id);
    await recordAudit(tx, {
      actorId: person.id,
      ip: ctx.ip,
      action: "password.reset",
      targetType: "person",
      targetId: person.id,
      details: { sessionsEnded: ended },
    });
    return { ok: true as const };
  });
}

/**
 * Checks a logged-in person's own password before a sensitive change. Failures count against
 * the same per-account limit as logins, so a stolen session cannot guess the password either.
 */
async function checkOwnPassword(ctx: IdentityContext, person: Person, password: string): Promise<boolean> {
  const key = `login:account:${person.email ?? person.id}`;
  if (!(await checkRateLimit(ctx.database.db, key)).allowed) return false;
  const valid = await verifyPassword(person.passwordHash, password);
  if (!valid) await recordAttempt(ctx.database, key, RATE_LIMITS.loginPerAccount);
  return valid;
}

export async function changePassword(
  ctx: IdentityContext,
  personId: string,
  sessionId: string,
  currentPassword: string,
  password: string,
): Promise<{ ok: true } | Failure> {
  const { db } = ctx.database;
  const person = await findPerson(db, personId);
  if (!person || !(await checkOwnPassword(ctx, person, currentPassword))) return fail("auth.wrongPassword", "currentPassword");
  const problem = passwordProblem(password, { email: person.email ?? undefined, name: person.name });
  if (problem) return fail(problem, "password");
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.update(people).set({ passwordHash: hash }).where(eq(people.id, personId));
    await endAllSessions(tx, personId, sessionId);
    await recordAudit(tx, {
      actorId: personId,
      ip: ctx.ip,
      action: "password.changed",
      targetType: "person",
      targetId: personId,
    });
  });
  return { ok: true };
}

/** Starts a change of e-mail: a link to the new address, a notice to the old one. */
export async function requestEmailChange(
  ctx: IdentityContext,
  personId: string,
  newEmail: string,
  password: string,
): Promise<{ ok: true } | Failure> {
  const { db } = ctx.database;
  const person = await findPerson(db, personId);
  if (!person?.email) return fail("auth.wrongPassword", "password");
  if (person.passwordHash && !(await checkOwnPassword(ctx, person, password))) return fail("auth.wrongPassword", "password");
  if (newEmail === person.email.toLowerCase()) return fail("validation.email.same", "email");
  await db.transaction(async (tx) => {
    const taken = await tx.select({ id: people.id }).from(people).where(sql`lower(${people.email}) = ${newEmail}`);
    if (taken.length > 0) {
      // Same answer as a free address; the owner of that address is told, nothing else happens.
      const mail = mailTemplates.alreadyRegistered(ctx.locale, `${ctx.baseUrl}/wachtwoord-vergeten`);
      await queueMail(tx, { to: newEmail, ...mail, locale: ctx.locale, template: "already_registered" });
      return;
    }
    const secret = await createToken(tx, "change_email", { personId, email: newEmail });
    const confirm = mailTemplates.changeEmail(ctx.locale, person.name, `${ctx.baseUrl}/e-mail-wijzigen/${secret}`);
    await queueMail(tx, { to: newEmail, ...confirm, locale: ctx.locale, template: "change_email" });
    const notice = mailTemplates.emailChangeNotice(ctx.locale, person.name);
    await queueMail(tx, { to: person.email!, ...notice, locale: ctx.locale, template: "email_change_notice" });
    await recordAudit(tx, {
      actorId: personId,
      ip: ctx.ip,
      action: "person.email_change_requested",
      targetType: "person",
      targetId: personId,
    });
  });
  return { ok: true };
}

export async function confirmEmailChange(ctx: IdentityContext, secret: string): Promise<{ ok: true } | Failure> {
  const { db } = ctx.database;
  return db.transaction(async (tx) => {
    const check = await consumeToken(tx, "change_email", secret);
    if (!check.ok) return fail(`token.${check.reason}`);
    const email = check.token.email!;
    const taken = await tx.select({ id: people.id }).from(people).where(sql`lower(${people.email}) = ${email}`);
    if (taken.length > 0) return fail("validation.email.taken");
    await tx.update(people).set({ email, emailVerifiedAt: new Date() }).where(eq(people.id, check.token.personId!));
    await recordAudit(tx, {
      actorId: check.token.personId,
      ip: ctx.ip,
      action: "person.email_changed",
      targetType: "person",
      targetId: check.token.personId,
    });
    return { ok: true as const };
  });
}

/** Everything the portal holds about a person, for a GDPR access request (JSON). */
export async function exportPersonData(db: Db, personId: string) {
  const person = await findPerson(db, personId);
  if (!person) return null;
  const { passwordHash: _hash, ...profile } = person;
  const memberRows = await db.query.memberships.findMany({ where: eq(memberships.personId, personId) });
  const sessionRows = await db
    .select({ createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, ip: sessions.ip, userAgent: sessions.userAgent })
    .from(sessions)
    .where(eq(sessions.personId, personId));
  const external = await db.select().from(externalIdentities).where(eq(externalIdentities.personId, personId));
  const audit = await db.execute(
    sql`SELECT at, action, target_type, target_id, ip, details FROM platform.audit_log WHERE actor_id = ${personId} ORDER BY at`,
  );
  return {
    exportedAt: new Date().toISOString(),
    profile: { ...profile, hasPassword: Boolean(person.passwordHash) },
    memberships: memberRows,
    sessions: sessionRows,
    externalIdentities: external.map(({ issuer, subject, createdAt }) => ({ issuer, subject, createdAt })),
    auditLog: (audit as unknown as { rows: unknown[] }).rows ?? audit,
  };
}

/**
 * Erases a person's personal data: sessions, links and external logins go; the row stays with a
 * pseudonym so that records with legal weight (audit log, approvals, orders) keep their meaning.
 */
export async function erasePerson(ctx: IdentityContext, personId: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await endAllSessions(tx, personId);
    await tx.execute(sql`DELETE FROM identity.tokens WHERE person_id = ${personId}`);
    await tx.delete(externalIdentities).where(eq(externalIdentities.personId, personId));
    await tx
      .update(memberships)
      .set({ status: "ended", message: null, decidedAt: new Date() })
      .where(and(eq(memberships.personId, personId)));
    await tx
      .update(people)
      .set({
        email: null,
        name: `Verwijderde gebruiker ${personId.slice(0, 8)}`,
        passwordHash: null,
        isPortalAdmin: false,
        erasedAt: new Date(),
      })
      .where(and(eq(people.id, personId), isNull(people.erasedAt)));
    await recordAudit(tx, { actorId: personId, ip: ctx.ip, action: "person.erased", targetType: "person", targetId: personId });
  });
}
