import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createMembership, createOrganisation, createPerson } from "../../../tests/factories/identity.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import { listAudit } from "../platform/index.server.ts";
import { erasePerson } from "./accounts.server.ts";
import {
  auditFilterFromQuery,
  brusselsDayStart,
  countsForDashboard,
  listAuditWithNames,
  listOrganisationsForAdmin,
  listPeople,
  setPortalAdmin,
} from "./admin.server.ts";
import type { IdentityContext } from "./context.ts";
import { appointAdmin } from "./memberships.server.ts";

const database = await createTestDatabase();
const { db } = database;
const ctx: IdentityContext = { database, baseUrl: "http://portal.test", ip: "192.0.2.7", locale: "nl" };
const tag = () => randomBytes(4).toString("hex");

describe("listPeople", () => {
  it("searches on name and e-mail, pages, counts active memberships and shows erased people by pseudonym", async () => {
    const t = tag();
    const anna = await createPerson(db, { name: `Anna Ëlsen ${t}`, email: `anna-${t}@gemeente.be` });
    const bert = await createPerson(db, { name: `Bert ${t}`, email: `bert-${t}@example.be`, verified: false });
    const gone = await createPerson(db, { name: `Geheim ${t}`, email: `geheim-${t}@example.be` });
    const org = await createOrganisation(db);
    const other = await createOrganisation(db);
    await createMembership(db, anna.id, org.id);
    await createMembership(db, anna.id, other.id);
    await createMembership(db, bert.id, org.id, [], "requested");
    await erasePerson(ctx, gone.id);

    const byName = await listPeople(db, { q: `anna ëlsen ${t}` });
    expect(byName.items.map((p) => p.id)).toEqual([anna.id]);
    expect(byName.items[0]?.memberships).toBe(2);
    // Accents do not matter.
    expect((await listPeople(db, { q: `Anna Elsen ${t}` })).items.map((p) => p.id)).toEqual([anna.id]);
    const byEmail = await listPeople(db, { q: `bert-${t}@EXAMPLE` });
    expect(byEmail.items).toHaveLength(1);
    expect(byEmail.items[0]).toMatchObject({ id: bert.id, emailVerifiedAt: null, memberships: 0 });
    // Nobody is found by the erased name or address; the row remains under its pseudonym.
    expect((await listPeople(db, { q: `geheim-${t}` })).total).toBe(0);
    const pseudonym = await listPeople(db, { q: gone.id.slice(0, 8) });
    expect(pseudonym.items.find((p) => p.id === gone.id)).toMatchObject({
      email: null,
      name: `Verwijderde gebruiker ${gone.id.slice(0, 8)}`,
    });
    expect(pseudonym.items.find((p) => p.id === gone.id)?.erasedAt).toBeInstanceOf(Date);

    const all = await listPeople(db, { q: t, pageSize: 2 });
    expect(all.total).toBe(2);
    expect(all.items.map((p) => p.id)).toEqual([anna.id, bert.id]);
    const page2 = await listPeople(db, { q: t, pageSize: 1, page: 2 });
    expect(page2.items.map((p) => p.id)).toEqual([bert.id]);
    // "%" is not a wildcard.
    expect((await listPeople(db, { q: `%${t}` })).total).toBe(0);
  });
});

describe("countsForDashboard", () => {
  it("counts people, organisations by type, pending suppliers and requests at organisations without admin", async () => {
    const before = await countsForDashboard(db);
    const person = await createPerson(db);
    const orphan = await createOrganisation(db, { type: "ocmw" });
    const managed = await createOrganisation(db);
    const admin = await createPerson(db);
    await createMembership(db, admin.id, managed.id, ["beheerder"]);
    await createMembership(db, person.id, orphan.id, [], "requested");
    await createMembership(db, person.id, managed.id, [], "requested");
    await createOrganisation(db, { type: "leverancier", status: "pending", name: `Leverancier ${tag()}` });
    await createOrganisation(db, { type: "gemeente", status: "refused" });
    const gone = await createPerson(db);
    await erasePerson(ctx, gone.id);

    const after = await countsForDashboard(db);
    expect(after.people).toBe(before.people + 2);
    expect(after.organisations.ocmw).toBe(before.organisations.ocmw + 1);
    expect(after.organisations.gemeente).toBe(before.organisations.gemeente + 1);
    expect(after.organisations.leverancier).toBe(before.organisations.leverancier);
    expect(after.pendingSuppliers).toBe(before.pendingSuppliers + 1);
    // Only the request at the organisation without beheerder waits for a portal admin.
    expect(after.requestsWithoutAdmin).toBe(before.requestsWithoutAdmin + 1);
  });
});

describe("setPortalAdmin", () => {
  it("grants and withdraws the right with an audit entry, never on oneself or an erased person", async () => {
    const admin = await createPerson(db, { isPortalAdmin: true });
    const person = await createPerson(db);

    expect(await setPortalAdmin(ctx, admin.id, person.id, true)).toEqual({ ok: true, changed: true });
    expect((await listPeople(db, { q: person.email! })).items[0]?.isPortalAdmin).toBe(true);
    const granted = await listAudit(db, { targetId: person.id });
    expect(granted.items[0]).toMatchObject({ action: "person.portal_admin_granted", actorId: admin.id, ip: "192.0.2.7" });

    // Nothing changes, nothing is logged when the value is already so.
    expect(await setPortalAdmin(ctx, admin.id, person.id, true)).toEqual({ ok: true, changed: false });
    expect((await listAudit(db, { targetId: person.id })).total).toBe(1);

    expect(await setPortalAdmin(ctx, admin.id, person.id, false)).toEqual({ ok: true, changed: true });
    expect((await listAudit(db, { targetId: person.id })).items[0]?.action).toBe("person.portal_admin_revoked");

    expect(await setPortalAdmin(ctx, admin.id, admin.id, false)).toMatchObject({ ok: false, error: "admin.people.notSelf" });
    expect((await listPeople(db, { q: admin.email! })).items[0]?.isPortalAdmin).toBe(true);
    expect((await listAudit(db, { targetId: admin.id })).total).toBe(0);

    const gone = await createPerson(db);
    await erasePerson(ctx, gone.id);
    expect(await setPortalAdmin(ctx, admin.id, gone.id, true)).toMatchObject({ ok: false, error: "admin.people.notFound" });
    expect(await setPortalAdmin(ctx, admin.id, "not-a-uuid", true)).toMatchObject({ ok: false, error: "admin.people.notFound" });
    expect(await setPortalAdmin(ctx, admin.id, "00000000-0000-4000-8000-000000000000", true)).toMatchObject({ ok: false });
  });
});

describe("listOrganisationsForAdmin", () => {
  it("shows every status, whether an admin exists, and filters on it", async () => {
    const t = tag();
    const a = await createOrganisation(db, { name: `Adminloos ${t}` });
    const b = await createOrganisation(db, { name: `Beheerd ${t}` });
    const c = await createOrganisation(db, { name: `Cwachtend ${t}`, type: "leverancier", status: "pending" });
    const boss = await createPerson(db);
    await appointAdmin(ctx, boss.id, b.id, boss.id);
    const list = await listOrganisationsForAdmin(db, { q: t });
    expect(list.items.map((o) => [o.id, o.hasAdmin, o.members])).toEqual([
      [a.id, false, 0],
      [b.id, true, 1],
      [c.id, false, 0],
    ]);
    expect((await listOrganisationsForAdmin(db, { q: t, status: "pending" })).items.map((o) => o.id)).toEqual([c.id]);
    expect((await listOrganisationsForAdmin(db, { q: t, withoutAdmin: true })).items.map((o) => o.id)).toEqual([a.id, c.id]);
    expect((await listOrganisationsForAdmin(db, { q: t, type: "leverancier" })).total).toBe(1);
  });
});

describe("audit filter and names", () => {
  it("reads valid filters, resolves an actor's e-mail, and refuses bad dates and ids with message keys", async () => {
    const person = await createPerson(db);
    const good = await auditFilterFromQuery(
      db,
      new URLSearchParams({ action: "supplier.", actor: person.email!.toUpperCase(), from: "2025-03-30", to: "2025-03-30" }),
    );
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    expect(good.filter.action).toBe("supplier.");
    expect(good.filter.actorId).toBe(person.id);
    // Summer time starts on 30 March 2025 in Brussels: that day lasts 23 hours.
    expect(good.filter.from?.toISOString()).toBe("2025-03-29T23:00:00.000Z");
    expect(good.filter.to?.toISOString()).toBe("2025-03-30T22:00:00.000Z");

    const bad = await auditFilterFromQuery(
      db,
      new URLSearchParams({
        from: "2025-02-30",
        to: "gisteren",
        organisation: "123",
        actor: "nobody@nowhere.be",
        action: "x'; DROP",
      }),
    );
    expect(bad).toMatchObject({
      ok: false,
      errors: {
        from: "admin.audit.error.date",
        to: "admin.audit.error.date",
        organisation: "admin.audit.error.organisation",
        actor: "admin.audit.error.actorUnknown",
        action: "admin.audit.error.action",
      },
      values: { to: "gisteren" },
    });
    const reversed = await auditFilterFromQuery(db, new URLSearchParams({ from: "2025-05-02", to: "2025-05-01" }));
    expect(reversed).toMatchObject({ ok: false, errors: { to: "admin.audit.error.range" } });
    expect(brusselsDayStart("2025-01-15")?.toISOString()).toBe("2025-01-14T23:00:00.000Z");
    expect(brusselsDayStart("2025-1-15")).toBeNull();
  });

  it("names actors, organisations and targets, pseudonyms included", async () => {
    const admin = await createPerson(db, { isPortalAdmin: true, name: `Beheerder ${tag()}` });
    const person = await createPerson(db);
    const org = await createOrganisation(db);
    await appointAdmin(ctx, admin.id, org.id, person.id);
    await erasePerson(ctx, person.id);
    const page = await listAuditWithNames(db, { organisationId: org.id });
    expect(page.items[0]).toMatchObject({
      action: "membership.admin_appointed",
      actorName: admin.name,
      organisationName: org.name,
      targetName: `Verwijderde gebruiker ${person.id.slice(0, 8)}`,
      ip: "192.0.2.7",
    });
  });
});
