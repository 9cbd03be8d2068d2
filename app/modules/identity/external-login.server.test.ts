import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createPerson, TEST_PASSWORD } from "../../../tests/factories/identity.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import { listAudit } from "../platform/index.server.ts";
import { erasePerson, findPerson, login } from "./accounts.server.ts";
import { actorFromSession } from "./actor.server.ts";
import type { IdentityContext } from "./context.ts";
import { type ExternalIdentity, loginWithExternalIdentity } from "./external-login.server.ts";
import { externalIdentities, people } from "./schema.ts";

const database = await createTestDatabase();
const { db } = database;
const ctx: IdentityContext = { database, baseUrl: "http://portal.test", ip: "10.9.8.7", locale: "nl" };
const ISSUER = "https://idp.example.test";
const sub = () => `sub-${randomBytes(6).toString("hex")}`;
const email = () => `ext-${randomBytes(5).toString("hex")}@example.be`;

async function linksOf(personId: string) {
  return db.select().from(externalIdentities).where(eq(externalIdentities.personId, personId));
}
async function auditFor(personId: string, action: string) {
  // Oldest first; `action` is matched as a prefix, so compare it exactly.
  const { items } = await listAudit(db, { targetId: personId, action }, 1, 100);
  return items.filter((row) => row.action === action).reverse();
}
async function personCount() {
  return (await db.select({ id: people.id }).from(people)).length;
}

describe("loginWithExternalIdentity", () => {
  it("links to the existing person by an e-mail the provider verified, and logs in", async () => {
    const person = await createPerson(db, { name: "Els Janssens" });
    const subject = sub();
    const result = await loginWithExternalIdentity(ctx, {
      issuer: ISSUER,
      subject,
      email: person.email!.toUpperCase(),
      emailVerified: true,
      name: "E. Janssens (IdP)",
    });
    expect(result).toMatchObject({ ok: true, personId: person.id, name: "Els Janssens", outcome: "linked" });
    if (!result.ok) return;
    expect(await linksOf(person.id)).toMatchObject([{ issuer: ISSUER, subject }]);
    const linked = await auditFor(person.id, "external_identity.linked");
    expect(linked).toHaveLength(1);
    expect(linked[0]!.details).toMatchObject({ issuer: ISSUER, by: "verified_email" });
    const actor = await actorFromSession(db, result.secret);
    expect(actor?.personId).toBe(person.id);
    const logins = await auditFor(person.id, "login.succeeded");
    expect(logins.at(-1)?.details).toMatchObject({ method: "oidc" });
    // The password still works: linking adds a way in, it does not take one away.
    expect((await login({ ...ctx, ip: "10.9.8.1" }, person.email!, TEST_PASSWORD, false)).ok).toBe(true);
  });

  it("refuses an unverified e-mail: no link, no new person, a failed login in the audit log", async () => {
    const person = await createPerson(db);
    const before = await personCount();
    for (const emailVerified of [false, null, undefined]) {
      const identity: ExternalIdentity = { issuer: ISSUER, subject: sub(), email: person.email, emailVerified, name: "X" };
      expect(await loginWithExternalIdentity(ctx, identity)).toEqual({ ok: false, error: "oidc.error.unverified" });
    }
    // Nor is anyone created for an unknown, unverified address.
    expect(
      await loginWithExternalIdentity(ctx, { issuer: ISSUER, subject: sub(), email: email(), emailVerified: false }),
    ).toEqual({ ok: false, error: "oidc.error.unverified" });
    expect(await linksOf(person.id)).toHaveLength(0);
    expect(await personCount()).toBe(before);
    const { items: failed } = await listAudit(db, { action: "login.failed" }, 1, 100);
    expect(failed.some((row) => (row.details as { reason?: string }).reason === "oidc.error.unverified")).toBe(true);
  });

  it("refuses an identity without an e-mail address", async () => {
    const before = await personCount();
    expect(await loginWithExternalIdentity(ctx, { issuer: ISSUER, subject: sub(), emailVerified: true })).toEqual({
      ok: false,
      error: "oidc.error.noEmail",
    });
    expect(await personCount()).toBe(before);
  });

  it("reuses an existing link, whatever the e-mail says now", async () => {
    const person = await createPerson(db, { name: "Wim Claes" });
    const subject = sub();
    const first = await loginWithExternalIdentity(ctx, { issuer: ISSUER, subject, email: person.email, emailVerified: true });
    expect(first).toMatchObject({ ok: true, outcome: "linked" });
    // The provider now reports another, unverified address: the link alone decides.
    const again = await loginWithExternalIdentity(ctx, { issuer: ISSUER, subject, email: email(), emailVerified: false });
    expect(again).toMatchObject({ ok: true, personId: person.id, outcome: "existing" });
    expect(await linksOf(person.id)).toHaveLength(1);
    expect(await auditFor(person.id, "external_identity.linked")).toHaveLength(1);
    // The same subject at another issuer is another identity.
    const other = await loginWithExternalIdentity(ctx, {
      issuer: "https://other-idp.example.test",
      subject,
      email: email(),
      emailVerified: false,
    });
    expect(other).toEqual({ ok: false, error: "oidc.error.unverified" });
  });

  it("creates a new verified person without a password for an unknown verified e-mail", async () => {
    const address = email();
    const subject = sub();
    const result = await loginWithExternalIdentity(
      { ...ctx, locale: "en" },
      { issuer: ISSUER, subject, email: address.toUpperCase(), emailVerified: true, name: "  Nina   De Smet " },
    );
    expect(result).toMatchObject({ ok: true, outcome: "created", name: "Nina De Smet" });
    if (!result.ok) return;
    const person = await findPerson(db, result.personId);
    expect(person).toMatchObject({ email: address, name: "Nina De Smet", passwordHash: null, locale: "en", erasedAt: null });
    expect(person?.emailVerifiedAt).toBeInstanceOf(Date);
    // The login page tells that logging in this way accepts the privacy statement.
    expect(person?.privacyAcceptedAt).toBeInstanceOf(Date);
    expect(await linksOf(result.personId)).toMatchObject([{ issuer: ISSUER, subject }]);
    expect(await auditFor(result.personId, "person.registered")).toHaveLength(1);
    expect(await auditFor(result.personId, "external_identity.linked")).toHaveLength(1);
    // The next login finds the link and creates no one.
    const before = await personCount();
    const again = await loginWithExternalIdentity(ctx, { issuer: ISSUER, subject, email: address, emailVerified: true });
    expect(again).toMatchObject({ ok: true, personId: result.personId, outcome: "existing" });
    expect(await personCount()).toBe(before);
  });

  it("names a new person after the address when the provider gives no name", async () => {
    const address = email();
    const result = await loginWithExternalIdentity(ctx, { issuer: ISSUER, subject: sub(), email: address, emailVerified: true });
    expect(result).toMatchObject({ ok: true, outcome: "created", name: address.split("@")[0] });
  });

  it("never revives an erased person", async () => {
    const person = await createPerson(db);
    const address = person.email!;
    const subject = sub();
    expect(await loginWithExternalIdentity(ctx, { issuer: ISSUER, subject, email: address, emailVerified: true })).toMatchObject({
      ok: true,
      personId: person.id,
    });
    await erasePerson(ctx, person.id);
    const after = await loginWithExternalIdentity(ctx, { issuer: ISSUER, subject, email: address, emailVerified: true });
    expect(after.ok).toBe(true);
    if (!after.ok) return;
    // The link went with the erasure; the same address now makes a fresh, separate account.
    expect(after.personId).not.toBe(person.id);
    expect(after.outcome).toBe("created");
    const erased = await findPerson(db, person.id);
    expect(erased?.erasedAt).toBeInstanceOf(Date);
    expect(erased?.email).toBeNull();
    expect(await linksOf(person.id)).toHaveLength(0);
  });

  it("refuses a link that still points at an erased person", async () => {
    const person = await createPerson(db);
    const subject = sub();
    await db.insert(externalIdentities).values({ issuer: ISSUER, subject, personId: person.id });
    await db.update(people).set({ erasedAt: new Date() }).where(eq(people.id, person.id));
    expect(await loginWithExternalIdentity(ctx, { issuer: ISSUER, subject, email: email(), emailVerified: true })).toEqual({
      ok: false,
      error: "oidc.error.accountClosed",
    });
  });

  it("drops the unproven password of an account whose address was never verified", async () => {
    // Someone registered this address (with a password) but never clicked the link.
    const person = await createPerson(db, { verified: false });
    const result = await loginWithExternalIdentity(ctx, {
      issuer: ISSUER,
      subject: sub(),
      email: person.email,
      emailVerified: true,
    });
    expect(result).toMatchObject({ ok: true, personId: person.id, outcome: "linked" });
    const after = await findPerson(db, person.id);
    expect(after?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(after?.passwordHash).toBeNull();
    expect((await login({ ...ctx, ip: "10.9.8.2" }, person.email!, TEST_PASSWORD, false)).ok).toBe(false);
    const [linked] = await auditFor(person.id, "external_identity.linked");
    expect(linked?.details).toMatchObject({ unprovenPasswordRemoved: true });
  });
});
