// The framework agreements register beyond its core: form validation (dates, the four-year
// limit, amounts), admin changes (unique reference, lots, approved suppliers only, value used),
// and the decision to join (only permitted members of a local government, for that government).
import { beforeAll, describe, expect, it } from "vitest";
import { createMembership, createOrganisation, createPerson } from "../../../tests/factories/identity.ts";
import { createSupplier } from "../../../tests/factories/procurement.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import type { Actor } from "../identity/index.server.ts";
import { type OrganisationType, permissionsOf } from "../identity/shared.ts";
import {
  accessionOf,
  addLot,
  createFrameworkEntry,
  getFramework,
  hasJoinedFramework,
  joinFramework,
  listAccessionsOf,
  listFrameworkRegister,
  mayJoinFor,
  setLotSuppliers,
  setUsedValue,
  updateFramework,
} from "./index.server.ts";
import {
  accessionFormSchema,
  DECISION_BODIES,
  euroToCents,
  FRAMEWORK_FORM_CONSTANTS,
  FRAMEWORK_MAX_YEARS,
  frameworkFilterFrom,
  frameworkFormSchema,
  lotFormSchema,
  ORDER_METHODS,
  usagePercent,
} from "./shared.ts";

let database: DatabaseHandle;
beforeAll(async () => {
  database = await createTestDatabase();
});

let counter = 0;
const form = (overrides: Record<string, string> = {}) => ({
  reference: `RO-TEST-${Date.now()}-${++counter}`,
  title: "Raamovereenkomst laptops",
  description: "",
  centralPurchasingBody: "Testaankoopcentrale",
  legalBasis: "art. 47 wet van 17 juni 2016",
  startsOn: "2026-01-01",
  endsOn: "2029-12-31",
  maxValue: "2.500.000,00",
  orderMethod: "direct",
  ...overrides,
});
const parsed = (overrides: Record<string, string> = {}) => frameworkFormSchema.parse(form(overrides));
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

function actorFor(
  personId: string,
  memberships: { organisationId: string; type: OrganisationType; roles: string[] }[],
  activeOrganisationId = memberships[0]?.organisationId ?? null,
): Actor {
  return {
    personId,
    name: "Test",
    email: null,
    locale: "nl",
    isPortalAdmin: false,
    sessionId: "s",
    activeOrganisationId,
    memberships: memberships.map((m) => ({
      organisationId: m.organisationId,
      organisationName: "Org",
      organisationType: m.type,
      organisationStatus: "active",
      roles: m.roles,
      permissions: [...permissionsOf(m.type, m.roles)],
    })),
  };
}

describe("framework form validation", () => {
  it("repeats shared.ts's constants exactly", () => {
    expect(FRAMEWORK_FORM_CONSTANTS).toEqual({ ORDER_METHODS, DECISION_BODIES, FRAMEWORK_MAX_YEARS });
  });

  it("accepts a valid framework and turns the amount into cents", () => {
    const value = parsed({ maxValue: "2.500.000,50" });
    expect(value.maxValue).toBe(250_000_050);
    expect(value.startsOn).toBe("2026-01-01");
  });

  it("refuses an end on or before the start", () => {
    expect(errorsOf(frameworkFormSchema.safeParse(form({ endsOn: "2026-01-01" })))).toEqual({
      endsOn: "frameworks.validation.endBeforeStart",
    });
    expect(errorsOf(frameworkFormSchema.safeParse(form({ endsOn: "2025-12-31" })))).toEqual({
      endsOn: "frameworks.validation.endBeforeStart",
    });
  });

  it("allows exactly four years and refuses a day more", () => {
    expect(frameworkFormSchema.safeParse(form({ startsOn: "2026-03-01", endsOn: "2030-03-01" })).success).toBe(true);
    expect(errorsOf(frameworkFormSchema.safeParse(form({ startsOn: "2026-03-01", endsOn: "2030-03-02" })))).toEqual({
      endsOn: "frameworks.validation.tooLong",
    });
  });

  it("reports the period together with other field errors", () => {
    expect(errorsOf(frameworkFormSchema.safeParse(form({ endsOn: "2031-01-01", maxValue: "0", title: "" })))).toEqual({
      endsOn: "frameworks.validation.tooLong",
      maxValue: "frameworks.validation.maxValue",
      title: "frameworks.validation.title",
    });
  });

  it("refuses impossible dates, a zero or negative maximum and missing fields", () => {
    const errors = errorsOf(
      frameworkFormSchema.safeParse(form({ startsOn: "2026-02-30", maxValue: "0", reference: " ", orderMethod: "x" })),
    );
    expect(errors).toMatchObject({
      startsOn: "frameworks.validation.startsOn",
      maxValue: "frameworks.validation.maxValue",
      reference: "frameworks.validation.reference",
      orderMethod: "frameworks.validation.orderMethod",
    });
    expect(errorsOf(frameworkFormSchema.safeParse(form({ maxValue: "-5" })))).toEqual({
      maxValue: "frameworks.validation.maxValue",
    });
    expect(errorsOf(frameworkFormSchema.safeParse({}))).toMatchObject({ title: "frameworks.validation.title" });
  });

  it("reads euro amounts as people type them", () => {
    expect(euroToCents("1250000")).toBe(125_000_000);
    expect(euroToCents("1.250.000")).toBe(125_000_000);
    expect(euroToCents("1 250 000,5")).toBe(125_000_050);
    expect(euroToCents("€ 99,99")).toBe(9_999);
    expect(euroToCents("12.5")).toBe(1_250);
    expect(euroToCents("abc")).toBeNull();
    expect(euroToCents("1,2,3")).toBeNull();
    expect(usagePercent(250, 1000)).toBe(25);
  });

  it("validates lots and decisions to join", () => {
    expect(lotFormSchema.parse({ lotNumber: "3", lotTitle: " Printers ", lotDescription: "" })).toEqual({
      number: 3,
      title: "Printers",
      description: "",
    });
    expect(errorsOf(lotFormSchema.safeParse({ lotNumber: "0", lotTitle: "" }))).toEqual({
      lotNumber: "frameworks.validation.lotNumber",
      lotTitle: "frameworks.validation.lotTitle",
    });
    expect(
      accessionFormSchema.parse({
        decisionBody: "college",
        decisionDate: "2026-02-09",
        decisionReference: "CBS/1",
        documentUrl: "",
      }),
    ).toMatchObject({ documentUrl: null });
    expect(
      errorsOf(
        accessionFormSchema.safeParse({
          decisionBody: "burgemeester",
          decisionDate: "9/2/2026",
          decisionReference: "",
          documentUrl: "javascript:alert(1)",
        }),
      ),
    ).toEqual({
      decisionBody: "frameworks.validation.decisionBody",
      decisionDate: "frameworks.validation.decisionDate",
      decisionReference: "frameworks.validation.decisionReference",
      documentUrl: "frameworks.validation.documentUrl",
    });
  });

  it("reads the list filter from the URL, dropping unknown values", () => {
    expect(frameworkFilterFrom(new URLSearchParams("status=expired&q=%20laptops%20"))).toEqual({
      status: "expired",
      q: "laptops",
    });
    expect(frameworkFilterFrom(new URLSearchParams("status=weird"))).toEqual({ status: "all", q: "" });
  });
});

describe("managing the register", () => {
  it("creates a framework (audited) and refuses a duplicate reference", async () => {
    const input = parsed();
    const created = await createFrameworkEntry(database.db, input, { personId: null, ip: "127.0.0.1" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await getFramework(database.db, created.id)).toMatchObject({ reference: input.reference, maxValueCents: 250_000_000 });
    expect(await createFrameworkEntry(database.db, { ...parsed(), reference: input.reference })).toEqual({
      ok: false,
      error: "frameworks.validation.referenceTaken",
      field: "reference",
    });
    const audit = await database.query("SELECT action FROM platform.audit_log WHERE target_id = $1", [created.id]);
    expect(audit.map((row) => row.action)).toEqual(["procurement.framework.created"]);
  });

  it("updates a framework, refusing another's reference and a maximum below the value used", async () => {
    const a = await createFrameworkEntry(database.db, parsed());
    const b = await createFrameworkEntry(database.db, parsed());
    if (!a.ok || !b.ok) throw new Error("setup");
    const bRef = (await getFramework(database.db, b.id))!.reference;
    expect(await updateFramework(database.db, a.id, { ...parsed(), reference: bRef })).toMatchObject({
      error: "frameworks.validation.referenceTaken",
    });
    expect(await setUsedValue(database.db, a.id, 100_000_000)).toEqual({ ok: true });
    expect(await setUsedValue(database.db, a.id, 300_000_000)).toMatchObject({ error: "frameworks.validation.usedAboveMax" });
    expect(await updateFramework(database.db, a.id, parsed({ maxValue: "999999" }))).toMatchObject({
      error: "frameworks.validation.maxBelowUsed",
      field: "maxValue",
    });
    const renamed = parsed({ title: "Nieuwe titel" });
    expect(await updateFramework(database.db, a.id, renamed)).toEqual({ ok: true });
    const shown = await getFramework(database.db, a.id);
    expect(shown).toMatchObject({ title: "Nieuwe titel", usedValueCents: 100_000_000, reference: renamed.reference });
    expect(await updateFramework(database.db, "00000000-0000-4000-8000-000000000000", parsed())).toMatchObject({
      error: "frameworks.notFound",
    });
    const audit = await database.query("SELECT action FROM platform.audit_log WHERE target_id = $1 ORDER BY at", [a.id]);
    expect(audit.map((row) => row.action)).toContain("procurement.framework.updated");
    expect(audit.map((row) => row.action)).toContain("procurement.framework.usage_updated");
  });

  it("adds lots with unique numbers and assigns only approved suppliers", async () => {
    const created = await createFrameworkEntry(database.db, parsed());
    if (!created.ok) throw new Error("setup");
    const lot = await addLot(database.db, created.id, { number: 1, title: "Laptops", description: "" });
    expect(lot.ok).toBe(true);
    if (!lot.ok) return;
    expect(await addLot(database.db, created.id, { number: 1, title: "Dubbel", description: "" })).toMatchObject({
      error: "frameworks.validation.lotNumberTaken",
      field: "lotNumber",
    });
    const approved = await createSupplier(database.db, { name: "Goedgekeurd BV" });
    const pending = await createSupplier(database.db, { status: "pending" });
    const municipality = await createOrganisation(database.db);
    expect(await setLotSuppliers(database.db, created.id, lot.id, [approved.id, pending.id])).toMatchObject({
      error: "frameworks.validation.supplierNotApproved",
    });
    expect(await setLotSuppliers(database.db, created.id, lot.id, [municipality.id])).toMatchObject({
      error: "frameworks.validation.supplierNotApproved",
    });
    expect((await getFramework(database.db, created.id))!.lots[0]!.suppliers).toEqual([]);
    expect(await setLotSuppliers(database.db, created.id, lot.id, [approved.id])).toEqual({ ok: true });
    expect((await getFramework(database.db, created.id))!.lots[0]!.suppliers).toEqual([
      { id: approved.id, name: "Goedgekeurd BV" },
    ]);
    // A lot of another framework cannot be reached through this one.
    const other = await createFrameworkEntry(database.db, parsed());
    if (!other.ok) throw new Error("setup");
    expect(await setLotSuppliers(database.db, other.id, lot.id, [approved.id])).toMatchObject({
      error: "frameworks.lotNotFound",
    });
    const listed = (await listFrameworkRegister(database.db, { status: "all", q: "" })).find((f) => f.id === created.id);
    expect(listed).toMatchObject({ lots: 1, suppliers: 1 });
  });

  it("filters the public list on status and text", async () => {
    const old = await createFrameworkEntry(
      database.db,
      parsed({ title: "Oude printers", startsOn: "2020-01-01", endsOn: "2023-12-31" }),
    );
    if (!old.ok) throw new Error("setup");
    const today = "2026-06-01";
    const expired = await listFrameworkRegister(database.db, { status: "expired", q: "" }, today);
    expect(expired.map((f) => f.id)).toContain(old.id);
    expect(expired.every((f) => f.expired)).toBe(true);
    const active = await listFrameworkRegister(database.db, { status: "active", q: "" }, today);
    expect(active.map((f) => f.id)).not.toContain(old.id);
    expect(active.length).toBeGreaterThan(0);
    expect((await listFrameworkRegister(database.db, { status: "all", q: "OUDE print" }, today)).map((f) => f.id)).toEqual([
      old.id,
    ]);
  });
});

describe("joining a framework agreement", () => {
  const decision = {
    decisionBody: "college",
    decisionDate: "2026-02-09",
    decisionReference: "CBS/2026/0142",
    documentUrl: null,
  } as const;
  const today = "2026-06-01";

  async function setup() {
    const created = await createFrameworkEntry(database.db, parsed());
    if (!created.ok) throw new Error("setup");
    const municipality = await createOrganisation(database.db);
    const person = await createPerson(database.db);
    return { frameworkId: created.id, municipality, person };
  }

  it("lets a buyer of the municipality record it once, audited; then it may order", async () => {
    const { frameworkId, municipality, person } = await setup();
    await createMembership(database.db, person.id, municipality.id, ["aankoper"]);
    const actor = actorFor(person.id, [{ organisationId: municipality.id, type: "gemeente", roles: ["aankoper"] }]);
    expect(mayJoinFor(actor, municipality.id)).toBe(true);
    const input = { organisationId: municipality.id, frameworkId, ...decision };
    expect(await joinFramework(database.db, actor, input, "10.0.0.1", today)).toMatchObject({ ok: true });
    expect(await hasJoinedFramework(database.db, municipality.id, frameworkId)).toBe(true);
    expect(await accessionOf(database.db, municipality.id, frameworkId)).toMatchObject({ decisionReference: "CBS/2026/0142" });
    expect((await listAccessionsOf(database.db, municipality.id)).map((a) => a.frameworkId)).toEqual([frameworkId]);
    expect(await joinFramework(database.db, actor, input, null, today)).toMatchObject({ error: "frameworks.join.already" });
    const audit = await database.query(
      "SELECT action, actor_id, organisation_id FROM platform.audit_log WHERE target_id = $1 AND action LIKE '%joined'",
      [frameworkId],
    );
    expect(audit).toEqual([{ action: "procurement.framework.joined", actor_id: person.id, organisation_id: municipality.id }]);
  });

  it("lets an administrator (manage_members) join too", async () => {
    const { frameworkId, municipality, person } = await setup();
    const actor = actorFor(person.id, [{ organisationId: municipality.id, type: "gemeente", roles: ["beheerder"] }]);
    expect(
      await joinFramework(database.db, actor, { organisationId: municipality.id, frameworkId, ...decision }, null, today),
    ).toMatchObject({
      ok: true,
    });
  });

  it("refuses members without permission, suppliers and a foreign organisation id", async () => {
    const { frameworkId, municipality, person } = await setup();
    const other = await createOrganisation(database.db);
    const supplier = await createSupplier(database.db);
    const hr = actorFor(person.id, [{ organisationId: municipality.id, type: "gemeente", roles: ["hr", "medewerker"] }]);
    const buyer = actorFor(person.id, [{ organisationId: municipality.id, type: "gemeente", roles: ["aankoper"] }]);
    const supplierAdmin = actorFor(person.id, [{ organisationId: supplier.id, type: "leverancier", roles: ["beheerder"] }]);
    const attempts = [
      [hr, municipality.id],
      [buyer, other.id],
      [supplierAdmin, supplier.id],
    ] as const;
    for (const [actor, organisationId] of attempts) {
      expect(await joinFramework(database.db, actor, { organisationId, frameworkId, ...decision }, null, today)).toEqual({
        ok: false,
        error: "frameworks.join.forbidden",
        field: undefined,
      });
      expect(await hasJoinedFramework(database.db, organisationId, frameworkId)).toBe(false);
    }
    expect(mayJoinFor(null, municipality.id)).toBe(false);
  });

  it("refuses an expired framework, an unknown one and a decision dated in the future", async () => {
    const { municipality, person } = await setup();
    const actor = actorFor(person.id, [{ organisationId: municipality.id, type: "gemeente", roles: ["aankoper"] }]);
    const old = await createFrameworkEntry(database.db, parsed({ startsOn: "2020-01-01", endsOn: "2023-12-31" }));
    const current = await createFrameworkEntry(database.db, parsed());
    if (!old.ok || !current.ok) throw new Error("setup");
    const join = (frameworkId: string, decisionDate: string = decision.decisionDate) =>
      joinFramework(database.db, actor, { organisationId: municipality.id, frameworkId, ...decision, decisionDate }, null, today);
    expect(await join(old.id)).toMatchObject({ error: "frameworks.join.expired" });
    expect(await join("00000000-0000-4000-8000-000000000000")).toMatchObject({ error: "frameworks.notFound" });
    expect(await join("not-a-uuid")).toMatchObject({ error: "frameworks.notFound" });
    expect(await join(current.id, "2026-06-02")).toMatchObject({
      error: "frameworks.validation.decisionDateFuture",
      field: "decisionDate",
    });
    expect(await hasJoinedFramework(database.db, municipality.id, current.id)).toBe(false);
  });
});
