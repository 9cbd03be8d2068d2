// The account pages' use cases at module level: a person manages only their own sessions,
// memberships and account; GDPR export and erasure; joining and leaving organisations;
// confirming a new e-mail address and accepting an invitation.
import { describe, expect, it } from "vitest";
import { createMembership, createOrganisation, createPerson, TEST_PASSWORD } from "../../../tests/factories/identity.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import {
  accountOverview,
  deleteAccount,
  endOtherSessions,
  endOwnSession,
  exportOwnData,
  leaveOrganisation,
  searchJoinableOrganisations,
} from "./account.server.ts";
import { confirmEmailChange, findPerson, login, requestEmailChange } from "./accounts.server.ts";
import type { IdentityContext } from "./context.ts";
import { acceptInvitation, invite, membershipsOf, requestMembership } from "./memberships.server.ts";
import { createSession, listSessions } from "./sessions.server.ts";
import { createToken } from "./tokens.server.ts";

const database = await createTestDatabase();
const db = database.db;
const ctx = (): IdentityContext => ({
  database,
  baseUrl: "http://portal.test",
  ip: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  locale: "nl",
});

async function auditActions(actorId: string): Promise<string[]> {
  const rows = await database.query<{ action: string }>("SELECT action FROM platform.audit_log WHERE actor_id = $1 ORDER BY id", [
    actorId,
  ]);
  return rows.map((row) => row.action);
}

async function sessionIds(personId: string): Promise<string[]> {
  return (await listSessions(db, personId)).map((s) => s.id).sort();
}

async function lastMailTo(to: string) {
  const [row] = await database.query<{ text_body: string; template: string }>(
    "SELECT text_body, template FROM platform.outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1",
    [to],
  );
  return row;
}

describe("sessions on the account page", () => {
  it("ends one of the person's other sessions, and audits it", async () => {
    const person = await createPerson(db);
    const current = await createSession(db, person.id, { ip: "192.0.2.1", userAgent: "Firefox" });
    const other = await createSession(db, person.id, { ip: "192.0.2.2", userAgent: "Chrome" });
    expect(await endOwnSession(ctx(), person.id, current.id, other.id)).toEqual({ ok: true });
    expect(await sessionIds(person.id)).toEqual([current.id]);
    expect(await auditActions(person.id)).toContain("session.ended");
  });

  it("never ends another person's session, nor the current one, nor a malformed id", async () => {
    const person = await createPerson(db);
    const stranger = await createPerson(db);
    const current = await createSession(db, person.id);
    const strangers = await createSession(db, stranger.id);
    for (const id of [strangers.id, current.id, "not-a-uuid", "", null, "00000000-0000-0000-0000-000000000000"]) {
      expect(await endOwnSession(ctx(), person.id, current.id, id)).toEqual({
        ok: false,
        error: "account.sessions.notFound",
        field: undefined,
      });
    }
    expect(await sessionIds(stranger.id)).toEqual([strangers.id]);
    expect(await sessionIds(person.id)).toEqual([current.id]);
    expect(await auditActions(person.id)).not.toContain("session.ended");
  });

  it("ends all other sessions of the person only, keeping the current one", async () => {
    const person = await createPerson(db);
    const stranger = await createPerson(db);
    const current = await createSession(db, person.id);
    await createSession(db, person.id);
    await createSession(db, person.id);
    const strangers = await createSession(db, stranger.id);
    expect(await endOtherSessions(ctx(), person.id, current.id)).toBe(2);
    expect(await sessionIds(person.id)).toEqual([current.id]);
    expect(await sessionIds(stranger.id)).toEqual([strangers.id]);
  });
});

describe("GDPR: download and delete", () => {
  it("exports the person's data without the password hash, and audits the download", async () => {
    const person = await createPerson(db);
    const organisation = await createOrganisation(db);
    await createMembership(db, person.id, organisation.id, ["aankoper"]);
    await createSession(db, person.id, { ip: "192.0.2.9", userAgent: "Export-Test" });
    const exported = await exportOwnData(ctx(), person.id);
    expect(exported).not.toBeNull();
    const json = JSON.stringify(exported);
    expect(person.passwordHash).toBeTruthy();
    expect(json).not.toContain(person.passwordHash!);
    expect(json).not.toMatch(/passwordHash/);
    expect(exported!.profile).toMatchObject({ email: person.email, name: person.name, hasPassword: true });
    expect(exported!.memberships).toHaveLength(1);
    expect(exported!.memberships[0]).toMatchObject({ organisationId: organisation.id, roles: ["aankoper"] });
    expect(exported!.sessions[0]).toMatchObject({ ip: "192.0.2.9", userAgent: "Export-Test" });
    expect(await auditActions(person.id)).toContain("person.data_exported");
  });

  it("refuses to delete with a wrong password and erases nothing", async () => {
    const person = await createPerson(db);
    await createSession(db, person.id);
    expect(await deleteAccount(ctx(), person.id, "wrong-password-123")).toMatchObject({
      ok: false,
      error: "auth.wrongPassword",
      field: "password",
    });
    const after = await findPerson(db, person.id);
    expect(after).toMatchObject({ email: person.email, name: person.name, erasedAt: null });
    expect(await sessionIds(person.id)).toHaveLength(1);
  });

  it("erases name, e-mail, password, sessions, links and memberships; audit rows stay", async () => {
    const person = await createPerson(db);
    const organisation = await createOrganisation(db);
    await createMembership(db, person.id, organisation.id, ["medewerker"]);
    await createSession(db, person.id);
    await createToken(db, "change_email", { personId: person.id, email: "nieuw@example.be" });
    const loggedIn = await login(ctx(), person.email!, TEST_PASSWORD, false);
    expect(loggedIn.ok).toBe(true);
    const before = await auditActions(person.id);
    expect(before).toContain("login.succeeded");

    expect(await deleteAccount(ctx(), person.id, TEST_PASSWORD)).toEqual({ ok: true });

    const after = await findPerson(db, person.id);
    expect(after?.email).toBeNull();
    expect(after?.passwordHash).toBeNull();
    expect(after?.name).not.toBe(person.name);
    expect(after?.name).toMatch(/^Verwijderde gebruiker /);
    expect(after?.erasedAt).toBeInstanceOf(Date);
    expect(await sessionIds(person.id)).toEqual([]);
    const tokens = await database.query("SELECT 1 FROM identity.tokens WHERE person_id = $1", [person.id]);
    expect(tokens).toHaveLength(0);
    expect((await membershipsOf(db, person.id)).map((m) => m.status)).toEqual(["ended"]);
    // Records with legal weight keep their rows, now pointing at the pseudonymous person.
    const audit = await auditActions(person.id);
    expect(audit.slice(0, before.length)).toEqual(before);
    expect(audit).toContain("person.erased");
    expect(await accountOverview(db, person.id)).toBeNull();
    expect((await login(ctx(), person.email!, TEST_PASSWORD, false)).ok).toBe(false);
    // A second attempt finds no account.
    expect(await deleteAccount(ctx(), person.id, TEST_PASSWORD)).toMatchObject({ ok: false, error: "account.delete.gone" });
  });
});

describe("memberships on the account page", () => {
  it("a join request is listed as requested; asking twice changes nothing", async () => {
    const person = await createPerson(db);
    const organisation = await createOrganisation(db, { name: `Zoersel-test ${Date.now()}` });
    expect(await requestMembership(ctx(), person.id, organisation.id, "Ik werk bij de ICT-dienst.")).toEqual({ ok: true });
    const mine = await membershipsOf(db, person.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ organisationId: organisation.id, status: "requested", roles: [] });
    expect(await requestMembership(ctx(), person.id, organisation.id)).toMatchObject({
      ok: false,
      error: "membership.alreadyRequested",
    });
    expect(await membershipsOf(db, person.id)).toHaveLength(1);
  });

  it("a tampered organisation id (unknown, or a supplier) is refused and stores nothing", async () => {
    const person = await createPerson(db);
    const supplier = await createOrganisation(db, { type: "leverancier", name: `Leverancier ${Date.now()}` });
    for (const id of ["00000000-0000-4000-8000-000000000000", supplier.id]) {
      expect(await requestMembership(ctx(), person.id, id)).toMatchObject({ ok: false, error: "membership.organisationUnknown" });
    }
    expect(await membershipsOf(db, person.id)).toEqual([]);
  });

  it("leaving works only for the person's own membership: a tampered id fails and changes nothing", async () => {
    const person = await createPerson(db);
    const stranger = await createPerson(db);
    const organisation = await createOrganisation(db);
    const admin = await createPerson(db);
    await createMembership(db, admin.id, organisation.id, ["beheerder"]);
    const mine = await createMembership(db, person.id, organisation.id, ["medewerker"]);
    const theirs = await createMembership(db, stranger.id, organisation.id, ["aankoper"]);

    for (const id of [theirs.id, "x' OR 1=1 --", undefined, "00000000-0000-4000-8000-000000000000"]) {
      expect(await leaveOrganisation(ctx(), person.id, id)).toMatchObject({ ok: false, error: "membership.notFound" });
    }
    expect((await membershipsOf(db, stranger.id))[0]).toMatchObject({ status: "active", roles: ["aankoper"] });
    expect((await membershipsOf(db, person.id))[0]?.status).toBe("active");

    expect(await leaveOrganisation(ctx(), person.id, mine.id)).toEqual({ ok: true, organisationName: organisation.name });
    expect((await membershipsOf(db, person.id))[0]?.status).toBe("ended");
    expect(await auditActions(person.id)).toContain("membership.ended");
    // An ended membership cannot be ended again.
    expect(await leaveOrganisation(ctx(), person.id, mine.id)).toMatchObject({ ok: false, error: "membership.notFound" });
  });

  it("the last admin cannot leave; with a second admin they can", async () => {
    const organisation = await createOrganisation(db);
    const first = await createPerson(db);
    const firstMembership = await createMembership(db, first.id, organisation.id, ["beheerder", "medewerker"]);
    expect(await leaveOrganisation(ctx(), first.id, firstMembership.id)).toMatchObject({
      ok: false,
      error: "membership.lastAdmin",
    });
    expect((await membershipsOf(db, first.id))[0]?.status).toBe("active");
    const second = await createPerson(db);
    await createMembership(db, second.id, organisation.id, ["beheerder"]);
    expect((await leaveOrganisation(ctx(), first.id, firstMembership.id)).ok).toBe(true);
  });

  it("withdrawing a request ends it, and the person may ask again", async () => {
    const person = await createPerson(db);
    const organisation = await createOrganisation(db);
    await requestMembership(ctx(), person.id, organisation.id);
    const [request] = await membershipsOf(db, person.id);
    expect((await leaveOrganisation(ctx(), person.id, request!.id)).ok).toBe(true);
    expect((await membershipsOf(db, person.id))[0]?.status).toBe("ended");
    expect(await requestMembership(ctx(), person.id, organisation.id)).toEqual({ ok: true });
    expect((await membershipsOf(db, person.id))[0]?.status).toBe("requested");
  });

  it("search lists local governments to join, never suppliers, and needs two characters", async () => {
    const tag = `Qwzx${Date.now()}`;
    const gemeente = await createOrganisation(db, { name: `${tag} gemeente` });
    const police = await createOrganisation(db, { name: `${tag} politiezone`, type: "politiezone" });
    await createOrganisation(db, { name: `${tag} leverancier`, type: "leverancier" });
    await createOrganisation(db, { name: `${tag} wachtend`, status: "pending" });
    const all = await searchJoinableOrganisations(db, { q: tag.toLowerCase() });
    expect(all.items.map((item) => item.id).sort()).toEqual([gemeente.id, police.id].sort());
    expect(all.total).toBe(2);
    const onlyGemeente = await searchJoinableOrganisations(db, { q: tag, type: "gemeente" });
    expect(onlyGemeente.items.map((item) => item.id)).toEqual([gemeente.id]);
    expect((await searchJoinableOrganisations(db, { q: "Q" })).items).toEqual([]);
    expect((await searchJoinableOrganisations(db, { q: "%_%" })).total).toBe(0);
  });
});

describe("links from e-mails", () => {
  it("changes the e-mail address through the link mailed to the new address", async () => {
    const person = await createPerson(db);
    const newEmail = `nieuw-${Date.now()}@example.be`;
    expect(await requestEmailChange(ctx(), person.id, newEmail, "wrong-password-123")).toMatchObject({
      ok: false,
      error: "auth.wrongPassword",
    });
    expect(await requestEmailChange(ctx(), person.id, newEmail, TEST_PASSWORD)).toEqual({ ok: true });
    const mail = await lastMailTo(newEmail);
    expect(mail?.template).toBe("change_email");
    const secret = mail!.text_body.match(/http:\/\/portal\.test\/e-mail-wijzigen\/([\w-]+)/)?.[1];
    expect(secret).toBeTruthy();
    expect((await findPerson(db, person.id))?.email).toBe(person.email);
    expect(await confirmEmailChange(ctx(), secret!)).toEqual({ ok: true });
    expect((await findPerson(db, person.id))?.email).toBe(newEmail);
    expect(await confirmEmailChange(ctx(), secret!)).toMatchObject({ ok: false, error: "token.used" });
  });

  it("an invitation is accepted only by the account of the invited address", async () => {
    const organisation = await createOrganisation(db);
    const admin = await createPerson(db);
    await createMembership(db, admin.id, organisation.id, ["beheerder"]);
    const invited = await createPerson(db);
    const other = await createPerson(db);
    expect(await invite(ctx(), admin.id, organisation.id, invited.email!, ["hr"])).toEqual({ ok: true });
    const mail = await lastMailTo(invited.email!);
    const secret = mail!.text_body.match(/http:\/\/portal\.test\/uitnodiging\/([\w-]+)/)?.[1];
    expect(secret).toBeTruthy();
    expect(await acceptInvitation(ctx(), other.id, secret!)).toMatchObject({
      ok: false,
      error: "membership.invitationOtherEmail",
    });
    expect(await membershipsOf(db, other.id)).toEqual([]);
    expect(await acceptInvitation(ctx(), invited.id, secret!)).toEqual({ ok: true, organisationId: organisation.id });
    expect((await membershipsOf(db, invited.id))[0]).toMatchObject({ status: "active", roles: ["hr"] });
  });
});
