// Login through an external OpenID Connect provider (ACM/IDM, itsme, any IdP). The route does the
// protocol (app/oidc.server.ts); this use case decides which person the external identity is.
//
// Rules: an identity (issuer, subject) that is already linked logs in as its person. Otherwise it
// links ONLY by an e-mail address the provider says it has verified: to the person who holds that
// address, or to a new person when nobody does. An unverified or missing e-mail never links and
// never creates. An erased person is never revived (erasure removes the e-mail and the links).
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { startSession } from "./accounts.server.ts";
import { fail, type Failure, type IdentityContext } from "./context.ts";
import { externalIdentities, people } from "./schema.ts";
import { endAllSessions } from "./sessions.server.ts";

export type ExternalIdentity = {
  /** The provider's issuer identifier (from its discovery document). */
  issuer: string;
  /** The provider's stable id for the person (`sub`). */
  subject: string;
  email?: string | null;
  /** Only `true` counts: the provider vouches that the person controls the address. */
  emailVerified?: boolean | null;
  name?: string | null;
};

/** How the person was found: an existing link, a new link to an existing account, or a new account. */
export type ExternalLoginOutcome = "existing" | "linked" | "created";

export type ExternalLoginResult =
  | { ok: true; personId: string; name: string; secret: string; outcome: ExternalLoginOutcome }
  | Failure;

type Resolved = { ok: true; person: { id: string; name: string }; outcome: ExternalLoginOutcome } | Failure;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function cleanName(name: string | null | undefined, email: string): string {
  const trimmed = (name ?? "").replace(/\s+/g, " ").trim().slice(0, 200);
  return trimmed || email.split("@")[0]!;
}

async function resolve(ctx: IdentityContext, identity: ExternalIdentity, tx: DbOrTx): Promise<Resolved> {
  const { issuer, subject } = identity;
  const [link] = await tx
    .select({ id: people.id, name: people.name, erasedAt: people.erasedAt })
    .from(externalIdentities)
    .innerJoin(people, eq(people.id, externalIdentities.personId))
    .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)));
  if (link) {
    if (link.erasedAt) return fail("oidc.error.accountClosed");
    return { ok: true, person: { id: link.id, name: link.name }, outcome: "existing" };
  }

  const email = identity.email?.trim().toLowerCase() ?? "";
  if (!email || !EMAIL.test(email)) return fail("oidc.error.noEmail");
  if (identity.emailVerified !== true) return fail("oidc.error.unverified");

  const [holder] = await tx.select().from(people).where(sql`lower(${people.email}) = ${email}`);
  if (holder) {
    // Erasure clears the address, so a match is never an erased person; checked all the same.
    if (holder.erasedAt) return fail("oidc.error.accountClosed");
    const changes: Partial<typeof people.$inferInsert> = {};
    let passwordCleared = false;
    if (!holder.emailVerifiedAt) {
      // The account was registered with this address but the link was never clicked: whoever
      // registered it never proved the address was theirs. The provider now proves it for this
      // person, so the unproven password is dropped (no pre-registered account takeover).
      changes.emailVerifiedAt = new Date();
      if (holder.passwordHash) {
        changes.passwordHash = null;
        passwordCleared = true;
      }
    }
    if (Object.keys(changes).length > 0) {
      await tx.update(people).set(changes).where(eq(people.id, holder.id));
      if (passwordCleared) await endAllSessions(tx, holder.id);
    }
    await tx.insert(externalIdentities).values({ issuer, subject, personId: holder.id });
    await recordAudit(tx, {
      actorId: holder.id,
      ip: ctx.ip,
      action: "external_identity.linked",
      targetType: "person",
      targetId: holder.id,
      details: { issuer, by: "verified_email", ...(passwordCleared ? { unprovenPasswordRemoved: true } : {}) },
    });
    return { ok: true, person: { id: holder.id, name: holder.name }, outcome: "linked" };
  }

  const [created] = await tx
    .insert(people)
    // The login page says that logging in through the provider accepts the privacy statement.
    .values({
      email,
      name: cleanName(identity.name, email),
      passwordHash: null,
      emailVerifiedAt: new Date(),
      privacyAcceptedAt: new Date(),
      locale: ctx.locale,
    })
    .returning({ id: people.id, name: people.name });
  const person = created!;
  await tx.insert(externalIdentities).values({ issuer, subject, personId: person.id });
  await recordAudit(tx, {
    actorId: person.id,
    ip: ctx.ip,
    action: "person.registered",
    targetType: "person",
    targetId: person.id,
    details: { method: "oidc", issuer },
  });
  await recordAudit(tx, {
    actorId: person.id,
    ip: ctx.ip,
    action: "external_identity.linked",
    targetType: "person",
    targetId: person.id,
    details: { issuer, by: "new_account" },
  });
  return { ok: true, person, outcome: "created" };
}

function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/**
 * Finds (or links, or creates) the person behind an external identity and starts a session.
 * Refusals are recorded in the audit log as failed logins.
 */
export async function loginWithExternalIdentity(ctx: IdentityContext, identity: ExternalIdentity): Promise<ExternalLoginResult> {
  if (!identity.issuer || !identity.subject) return fail("oidc.error.failed");
  const { db } = ctx.database;
  let resolved: Resolved | undefined;
  // Two callbacks for the same new identity at once: the loser of the race meets a unique
  // violation, and on a second try finds what the winner made.
  for (let attempt = 0; attempt < 2 && !resolved; attempt++) {
    try {
      resolved = await db.transaction((tx) => resolve(ctx, identity, tx));
    } catch (err) {
      if (attempt > 0 || !isUniqueViolation(err)) throw err;
    }
  }
  if (!resolved) throw new Error("external login could not be resolved");
  if (!resolved.ok) {
    await recordAudit(db, {
      actorId: null,
      ip: ctx.ip,
      action: "login.failed",
      details: { method: "oidc", issuer: identity.issuer, reason: resolved.error },
    });
    return resolved;
  }
  const session = await startSession(ctx, resolved.person, false, "oidc");
  return { ...session, outcome: resolved.outcome };
}
