import { beforeAll, describe, expect, it } from "vitest";
import { createOrganisation } from "../../../tests/factories/identity.ts";
import { createFramework, createSupplier } from "../../../tests/factories/procurement.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import { getFramework, hasJoinedFramework, listFrameworks, recordAccession } from "./index.server.ts";

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
});

describe("framework agreements", () => {
  it("registers a framework with lots and their suppliers, audited", async () => {
    const db = database.db;
    const a = await createSupplier(db, { name: "Aleverancier NV" });
    const b = await createSupplier(db, { name: "Bleverancier BV" });
    const created = await createFramework(db, {
      reference: "RO-2026-LAPTOPS",
      title: "Raamovereenkomst laptops",
      maxValueCents: 120_000_000,
      orderMethod: "reopening",
      lots: [
        { number: 2, title: "Beeldschermen", supplierIds: [b.id] },
        { number: 1, title: "Laptops", supplierIds: [a.id, b.id] },
      ],
    });
    const framework = await getFramework(db, created.id);
    expect(framework).toMatchObject({ reference: "RO-2026-LAPTOPS", maxValueCents: 120_000_000, usedValueCents: 0 });
    expect(framework?.lots.map((lot) => [lot.number, lot.suppliers.map((s) => s.name)])).toEqual([
      [1, ["Aleverancier NV", "Bleverancier BV"]],
      [2, ["Bleverancier BV"]],
    ]);
    const listed = (await listFrameworks(db)).find((f) => f.id === created.id);
    expect(listed).toMatchObject({ lots: 2, suppliers: 2, members: 0, orderMethod: "reopening" });
    const audit = await database.query("SELECT action FROM platform.audit_log WHERE target_id = $1", [created.id]);
    expect(audit.map((row) => row.action)).toEqual(["procurement.framework.created"]);
  });

  it("refuses a reference that is taken", async () => {
    const db = database.db;
    const first = await createFramework(db);
    const framework = await getFramework(db, first.id);
    await expect(createFramework(db, { reference: framework!.reference })).rejects.toThrow(
      "procurement.validation.referenceTaken",
    );
  });

  it("records an organisation's decision to join, once, and only then may it order under it", async () => {
    const db = database.db;
    const framework = await createFramework(db);
    const municipality = await createOrganisation(db);
    expect(await hasJoinedFramework(db, municipality.id, framework.id)).toBe(false);
    const decision = {
      organisationId: municipality.id,
      frameworkId: framework.id,
      decisionBody: "college",
      decisionDate: "2026-02-09",
      decisionReference: "CBS/2026/0142",
    } as const;
    expect(await recordAccession(db, decision)).toMatchObject({ ok: true });
    expect(await hasJoinedFramework(db, municipality.id, framework.id)).toBe(true);
    expect(await recordAccession(db, decision)).toEqual({
      ok: false,
      error: "procurement.validation.alreadyJoined",
      field: "frameworkId",
    });
    const shown = await getFramework(db, framework.id);
    expect(shown?.accessions.map((a) => [a.organisationName, a.decisionBody, a.decisionReference])).toEqual([
      [municipality.name, "college", "CBS/2026/0142"],
    ]);
    const audit = await database.query(
      "SELECT action, organisation_id FROM platform.audit_log WHERE action = 'procurement.framework.joined'",
    );
    expect(audit).toContainEqual({ action: "procurement.framework.joined", organisation_id: municipality.id });
  });

  it("refuses an unknown framework and answers undefined for bad ids", async () => {
    const municipality = await createOrganisation(database.db);
    const result = await recordAccession(database.db, {
      organisationId: municipality.id,
      frameworkId: "00000000-0000-4000-8000-000000000000",
      decisionBody: "gemeenteraad",
      decisionDate: "2026-01-20",
      decisionReference: "GR/2026/7",
    });
    expect(result).toEqual({ ok: false, error: "procurement.validation.framework", field: "frameworkId" });
    expect(await getFramework(database.db, "nope")).toBeUndefined();
  });

  it("lets the database refuse a framework longer than four years or without a maximum", async () => {
    const insert = (ends: string, max: number) =>
      database.query(
        `INSERT INTO procurement.frameworks (reference, title, central_purchasing_body, legal_basis, starts_on, ends_on, max_value_cents, order_method)
         VALUES ($1, 't', 'c', 'l', '2026-01-01', $2, $3, 'direct')`,
        [`DB-${ends}-${max}`, ends, max],
      );
    await expect(insert("2030-01-02", 1000)).rejects.toThrow(/frameworks_period_check/);
    await expect(insert("2029-12-31", 0)).rejects.toThrow(/frameworks_value_check/);
    await expect(insert("2029-12-31", 1000)).resolves.toBeDefined();
  });
});
