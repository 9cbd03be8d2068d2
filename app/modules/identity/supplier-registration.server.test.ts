import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createPerson } from "../../../tests/factories/identity.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { IdentityContext } from "./context.ts";
import { formatEnterpriseNumber, isValidEnterpriseNumber } from "./kbo.ts";
import { registerSupplier } from "./organisations.server.ts";
import { browseRegistry, organisationFacts } from "./registry.server.ts";
import { memberships, organisations } from "./schema.ts";
import { fieldErrors, SupplierRegistrationSchema } from "./validation.ts";

const database = await createTestDatabase();
const db = database.db;
const ctx: IdentityContext = { database, baseUrl: "http://portal.test", ip: "10.1.2.3", locale: "nl" };

/** A fresh, valid enterprise number: 0 + 7 random digits + the mod-97 check digits. */
function freshEnterpriseNumber(): string {
  const base = `0${String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0")}`;
  return `${base}${String(97 - (Number(base) % 97)).padStart(2, "0")}`;
}

const form = (overrides: Record<string, unknown> = {}) => ({
  companyName: "Testleverancier BV",
  enterpriseNumber: freshEnterpriseNumber(),
  street: "Kerkstraat 1",
  postalCode: "2980",
  city: "Zoersel",
  contactName: "Lies Leverancier",
  contactEmail: "Lies@Leverancier.example",
  contactPhone: "",
  peppolId: "",
  ...overrides,
});

describe("supplier registration form", () => {
  it("accepts a valid enterprise number written in any usual way, and normalises it", () => {
    expect(isValidEnterpriseNumber("0403123486")).toBe(true);
    for (const written of ["0403.123.486", "BE 0403 123 486", "be0403123486", "403123486"]) {
      const parsed = SupplierRegistrationSchema.safeParse(form({ enterpriseNumber: written }));
      expect(parsed.success, written).toBe(true);
      expect(parsed.data?.enterpriseNumber).toBe("0403123486");
    }
    expect(formatEnterpriseNumber("0403123486")).toBe("0403.123.486");
    const parsed = SupplierRegistrationSchema.parse(form());
    expect(parsed.peppolId).toBeUndefined();
    expect(parsed.contactEmail).toBe("lies@leverancier.example");
  });

  it.each([
    ["0403123487", "validation.kbo.checksum"],
    ["0403.123.485", "validation.kbo.checksum"],
    ["2403123486", "validation.kbo.checksum"],
    ["04031234", "validation.kbo.format"],
    ["ABC", "validation.kbo.format"],
    ["", "validation.kbo.required"],
  ])("refuses %s with %s", (enterpriseNumber, key) => {
    const parsed = SupplierRegistrationSchema.safeParse(form({ enterpriseNumber }));
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.error!).enterpriseNumber).toBe(key);
  });

  it("refuses a malformed Peppol id and a foreign postcode", () => {
    const parsed = SupplierRegistrationSchema.safeParse(form({ peppolId: "0208-0403123486", postalCode: "75001" }));
    expect(fieldErrors(parsed.error!)).toMatchObject({ peppolId: "validation.peppol", postalCode: "validation.postalCode" });
  });
});

describe("registerSupplier", () => {
  it("registers a pending supplier with its first admin, VAT and default Peppol id, and audits it", async () => {
    const person = await createPerson(db);
    const input = SupplierRegistrationSchema.parse(form());
    const result = await registerSupplier(ctx, person.id, input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [row] = await db.select().from(organisations).where(eq(organisations.id, result.organisationId));
    expect(row).toMatchObject({
      type: "leverancier",
      status: "pending",
      enterpriseNumber: input.enterpriseNumber,
      vatNumber: `BE${input.enterpriseNumber}`,
      peppolId: `0208:${input.enterpriseNumber}`,
    });
    const [membership] = await db.select().from(memberships).where(eq(memberships.organisationId, result.organisationId));
    expect(membership).toMatchObject({ personId: person.id, status: "active", roles: ["beheerder"] });
    const audit = await database.query<{ action: string }>("SELECT action FROM platform.audit_log WHERE target_id = $1", [
      result.organisationId,
    ]);
    expect(audit.map((entry) => entry.action)).toEqual(["supplier.registered"]);
    // Pending: not in the public registry, and its page exists only for its members.
    expect((await browseRegistry(db, { q: input.companyName, type: "leverancier" })).items).toEqual([]);
    expect(await organisationFacts(db, result.organisationId, { memberOf: false, isPortalAdmin: false })).toBeNull();
  });

  it("keeps a Peppol id that was given", async () => {
    const person = await createPerson(db);
    const result = await registerSupplier(
      ctx,
      person.id,
      SupplierRegistrationSchema.parse(form({ peppolId: "9925:BE0403123486" })),
    );
    if (!result.ok) throw new Error(result.error);
    const [row] = await db.select().from(organisations).where(eq(organisations.id, result.organisationId));
    expect(row?.peppolId).toBe("9925:BE0403123486");
  });

  it("refuses a duplicate enterprise number and stores nothing", async () => {
    const first = await createPerson(db);
    const second = await createPerson(db);
    const number = freshEnterpriseNumber();
    expect((await registerSupplier(ctx, first.id, SupplierRegistrationSchema.parse(form({ enterpriseNumber: number })))).ok).toBe(
      true,
    );
    const again = await registerSupplier(
      ctx,
      second.id,
      SupplierRegistrationSchema.parse(form({ enterpriseNumber: formatEnterpriseNumber(number), companyName: "Kopie BV" })),
    );
    expect(again).toEqual({ ok: false, error: "validation.kbo.taken", field: "enterpriseNumber" });
    expect(await db.select().from(organisations).where(eq(organisations.name, "Kopie BV"))).toEqual([]);
    expect(await db.select().from(memberships).where(eq(memberships.personId, second.id))).toEqual([]);
  });
});
