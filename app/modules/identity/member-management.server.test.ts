import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createMembership, createOrganisation, createPerson } from "../../../tests/factories/identity.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { IdentityContext } from "./context.ts";
import { decideMembership, endMembership, invite, membersOf, requestMembership, setRoles } from "./memberships.server.ts";
import { memberships } from "./schema.ts";

const database = await createTestDatabase();
const db = database.db;
const ctx: IdentityContext = { database, baseUrl: "http://portal.test", ip: "10.9.8.7", locale: "nl" };

const membership = async (id: string) => (await db.select().from(memberships).where(eq(memberships.id, id)))[0]!;
const auditActions = async (organisationId: string) =>
  (
    await database.query<{ action: string }>("SELECT action FROM platform.audit_log WHERE organisation_id = $1 ORDER BY id", [
      organisationId,
    ])
  ).map((row) => row.action);

/** Two municipalities, each with an admin; a person who asked to join the first, one who asked the second. */
async function twoMunicipalities() {
  const ours = await createOrganisation(db);
  const theirs = await createOrganisation(db);
  const admin = await createPerson(db);
  const otherAdmin = await createPerson(db);
  await createMembership(db, admin.id, ours.id, ["beheerder", "medewerker"]);
  await createMembership(db, otherAdmin.id, theirs.id, ["beheerder"]);
  const applicant = await createPerson(db);
  const foreignApplicant = await createPerson(db);
  expect(await requestMembership(ctx, applicant.id, ours.id, "Dienst ICT")).toEqual({ ok: true });
  expect(await requestMembership(ctx, foreignApplicant.id, theirs.id)).toEqual({ ok: true });
  const rows = await membersOf(db, ours.id);
  const request = rows.find((row) => row.personId === applicant.id)!;
  const foreignRequest = (await membersOf(db, theirs.id)).find((row) => row.personId === foreignApplicant.id)!;
  const adminMembership = rows.find((row) => row.personId === admin.id)!;
  const otherAdminMembership = (await membersOf(db, theirs.id)).find((row) => row.personId === otherAdmin.id)!;
  return { ours, theirs, admin, applicant, request, foreignRequest, adminMembership, otherAdminMembership };
}

describe("an organisation admin manages members", () => {
  it("approves a request with roles; the member then has them, is mailed, and it is audited", async () => {
    const { ours, admin, applicant, request } = await twoMunicipalities();
    expect(request).toMatchObject({ status: "requested", message: "Dienst ICT" });
    const result = await decideMembership(ctx, admin.id, ours.id, request.id, {
      approve: true,
      roles: ["aankoper", "medewerker"],
    });
    expect(result).toEqual({ ok: true });
    expect(await membership(request.id)).toMatchObject({
      status: "active",
      roles: ["aankoper", "medewerker"],
      decidedBy: admin.id,
    });
    const [mail] = await database.query<{ template: string }>(
      "SELECT template FROM platform.outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1",
      [applicant.email],
    );
    expect(mail?.template).toBe("membership_decided");
    expect(await auditActions(ours.id)).toContain("membership.approved");
  });

  it("refuses approval without a valid role of the organisation type", async () => {
    const { ours, admin, request } = await twoMunicipalities();
    expect(await decideMembership(ctx, admin.id, ours.id, request.id, { approve: true, roles: [] })).toMatchObject({
      ok: false,
      error: "validation.roles.required",
    });
    expect(await decideMembership(ctx, admin.id, ours.id, request.id, { approve: true, roles: ["verkoper"] })).toMatchObject({
      ok: false,
      error: "validation.roles.required",
    });
    expect((await membership(request.id)).status).toBe("requested");
  });

  it("refuses a request", async () => {
    const { ours, admin, request } = await twoMunicipalities();
    expect(await decideMembership(ctx, admin.id, ours.id, request.id, { approve: false })).toEqual({ ok: true });
    expect((await membership(request.id)).status).toBe("refused");
    expect(await auditActions(ours.id)).toContain("membership.refused");
  });

  it("refuses a membership id of another organisation in every action, and changes nothing", async () => {
    const { ours, theirs, admin, foreignRequest, otherAdminMembership } = await twoMunicipalities();
    const before = [await membership(foreignRequest.id), await membership(otherAdminMembership.id)];
    const notFound = { ok: false, error: "membership.notFound" };
    expect(
      await decideMembership(ctx, admin.id, ours.id, foreignRequest.id, { approve: true, roles: ["beheerder"] }),
    ).toMatchObject(notFound);
    expect(await decideMembership(ctx, admin.id, ours.id, foreignRequest.id, { approve: false })).toMatchObject(notFound);
    expect(await setRoles(ctx, admin.id, ours.id, otherAdminMembership.id, ["medewerker"])).toMatchObject(notFound);
    expect(await endMembership(ctx, admin.id, ours.id, otherAdminMembership.id)).toMatchObject(notFound);
    expect([await membership(foreignRequest.id), await membership(otherAdminMembership.id)]).toEqual(before);
    expect(await auditActions(theirs.id)).not.toContain("membership.approved");
    expect(await auditActions(theirs.id)).not.toContain("membership.ended");
  });

  it("changes roles, but never takes the role away from the last admin or removes them", async () => {
    const { ours, admin, request, adminMembership } = await twoMunicipalities();
    await decideMembership(ctx, admin.id, ours.id, request.id, { approve: true, roles: ["medewerker"] });
    expect(await setRoles(ctx, admin.id, ours.id, request.id, ["hr", "medewerker"])).toEqual({ ok: true });
    expect((await membership(request.id)).roles).toEqual(["hr", "medewerker"]);
    expect(await setRoles(ctx, admin.id, ours.id, adminMembership.id, ["medewerker"])).toMatchObject({
      ok: false,
      error: "membership.lastAdmin",
    });
    expect(await endMembership(ctx, admin.id, ours.id, adminMembership.id)).toMatchObject({
      ok: false,
      error: "membership.lastAdmin",
    });
    expect(await membership(adminMembership.id)).toMatchObject({ status: "active", roles: ["beheerder", "medewerker"] });
    // With a second admin, the first may step down.
    expect(await setRoles(ctx, admin.id, ours.id, request.id, ["beheerder"])).toEqual({ ok: true });
    expect(await setRoles(ctx, admin.id, ours.id, adminMembership.id, ["medewerker"])).toEqual({ ok: true });
  });

  it("removes a member", async () => {
    const { ours, admin, request } = await twoMunicipalities();
    await decideMembership(ctx, admin.id, ours.id, request.id, { approve: true, roles: ["medewerker"] });
    expect(await endMembership(ctx, admin.id, ours.id, request.id)).toEqual({ ok: true });
    expect((await membership(request.id)).status).toBe("ended");
    expect((await membersOf(db, ours.id)).map((row) => row.id)).not.toContain(request.id);
  });

  it("invites by e-mail with valid roles only", async () => {
    const { ours, admin } = await twoMunicipalities();
    const email = `invitee-${Date.now()}@example.be`;
    expect(await invite(ctx, admin.id, ours.id, email, ["ict_coordinator"])).toEqual({ ok: true });
    const [mail] = await database.query<{ template: string }>("SELECT template FROM platform.outbox WHERE to_address = $1", [
      email,
    ]);
    expect(mail?.template).toBe("invitation");
    expect(await invite(ctx, admin.id, ours.id, "x@example.be", ["koning"])).toMatchObject({ ok: false, field: "roles" });
  });
});
