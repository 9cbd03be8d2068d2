// Procurement factories shared by the seed (db/seed/procurement.ts), the benchmark and the tests.
// Every call makes uniquely keyed data unless told otherwise.
import { randomBytes, randomInt } from "node:crypto";
import type { DbOrTx } from "../../app/db/client.server.ts";
import {
  createFramework as createFrameworkRecord,
  syncCategories,
  upsertOffers,
  upsertProducts,
} from "../../app/modules/procurement/index.server.ts";
import { type FrameworkInput, gtinCheckDigit, type OfferInput, type ProductInput } from "../../app/modules/procurement/shared.ts";
import { createOrganisation } from "./identity.ts";

const unique = () => randomBytes(5).toString("hex");

/** A valid Belgian enterprise number from eight digits: the last two make it a multiple of 97. */
export function enterpriseNumberFrom(base: number): string {
  const body = String(base % 100_000_000).padStart(8, "0");
  const check = 97 - (Number(body) % 97);
  return `${body}${String(check).padStart(2, "0")}`;
}

/** A valid GTIN-13 from up to twelve digits. */
export function gtinFrom(base: number | string): string {
  const body = String(base).padStart(12, "0").slice(-12);
  return `${body}${gtinCheckDigit(body)}`;
}

const synced = new WeakSet<object>();

/** Categories, attributes and synonyms exist (test databases are migrated, not seeded). */
export async function ensureCategories(db: DbOrTx): Promise<void> {
  if (synced.has(db)) return;
  await syncCategories(db);
  synced.add(db);
}

/** An active supplier organisation with a valid, random enterprise number. */
export function createSupplier(db: DbOrTx, overrides: Partial<Parameters<typeof createOrganisation>[1]> = {}) {
  const enterpriseNumber = enterpriseNumberFrom(randomInt(1_000_000, 99_999_999));
  return createOrganisation(db, {
    type: "leverancier",
    name: `Testleverancier ${unique()} BV`,
    nisCode: null,
    province: null,
    enterpriseNumber,
    vatNumber: `BE${enterpriseNumber}`,
    status: "active",
    ...overrides,
  });
}

export type TestOffer = Omit<OfferInput, "productId" | "supplierId" | "priceCents" | "leadTimeDays"> & {
  supplierId: string;
  priceCents?: number;
  leadTimeDays?: number;
};

/**
 * A product (in category `laptop` unless told) with the given offers; without offers it gets one
 * from a new supplier. Returns the product id.
 */
export async function createProduct(
  db: DbOrTx,
  overrides: Partial<ProductInput> = {},
  offers?: TestOffer[],
): Promise<{ id: string; partNumber: string }> {
  await ensureCategories(db);
  const partNumber = overrides.partNumber ?? `TP-${unique().toUpperCase()}`;
  const [written] = await upsertProducts(db, [
    {
      manufacturer: "Testmerk",
      name: `Testproduct ${partNumber}`,
      description: "",
      category: "laptop",
      ...overrides,
      partNumber,
    },
  ]);
  const list = offers ?? [{ supplierId: (await createSupplier(db)).id }];
  await upsertOffers(
    db,
    list.map((offer) => ({
      priceCents: 50_000,
      leadTimeDays: 3,
      stock: 10,
      ...offer,
      productId: written!.id,
    })),
  );
  return { id: written!.id, partNumber: written!.partNumber };
}

/** A framework agreement with one lot per given supplier list (defaults: one lot, one new supplier). */
export async function createFramework(db: DbOrTx, overrides: Partial<FrameworkInput> = {}) {
  const lots = overrides.lots ?? [{ number: 1, title: "Perceel 1: laptops", supplierIds: [(await createSupplier(db)).id] }];
  const result = await createFrameworkRecord(db, {
    reference: `RO-${unique().toUpperCase()}`,
    title: "Raamovereenkomst ICT-hardware (test)",
    centralPurchasingBody: "Testaankoopcentrale",
    startsOn: "2026-01-01",
    endsOn: "2029-12-31",
    maxValueCents: 500_000_000,
    orderMethod: "direct",
    ...overrides,
    lots,
  });
  if (!result.ok) throw new Error(`createFramework: ${result.error}`);
  return result;
}
