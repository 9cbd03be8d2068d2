import { describe, expect, it } from "vitest";
import { isValidGtin, productInputSchema } from "../../app/modules/procurement/shared.ts";
import { findByNisCode } from "../../app/modules/identity/index.server.ts";
import { getFramework, hasJoinedFramework, listFrameworks, searchProducts } from "../../app/modules/procurement/index.server.ts";
import { createTestDatabase } from "../../tests/setup/database.ts";
import { seedIfEmpty } from "./index.ts";
import { DEMO_CATALOGUE_SIZE, DEMO_FRAMEWORK_REFERENCE } from "./procurement.ts";
import { generateCatalogue } from "./procurement-catalogue.ts";

describe("catalogue generator", () => {
  it("makes the same catalogue from the same seed, with valid rows", () => {
    const first = [...generateCatalogue({ seed: 7, products: 300, suppliers: 5 })];
    const second = [...generateCatalogue({ seed: 7, products: 300, suppliers: 5 })];
    expect(second).toEqual(first);
    expect([...generateCatalogue({ seed: 8, products: 300, suppliers: 5 })]).not.toEqual(first);
    for (const { product, offers } of first) {
      expect(productInputSchema.safeParse(product).success, product.name).toBe(true);
      if (product.gtin) expect(isValidGtin(product.gtin)).toBe(true);
      expect(offers.length).toBeGreaterThan(0);
      expect(new Set(offers.map((o) => o.supplier)).size).toBe(offers.length);
      for (const offer of offers) expect(offer.priceCents).toBeGreaterThan(0);
    }
    expect(new Set(first.map((e) => e.product.category)).size).toBe(9);
    expect(new Set(first.map((e) => e.product.partNumber)).size).toBe(300);
  });
});

describe("demo catalogue seed", () => {
  it("adds suppliers, a framework joined by Zoersel and a searchable catalogue", async () => {
    const database = await createTestDatabase();
    const db = database.db;
    expect(await seedIfEmpty(db, { demo: true })).toBe(true);

    const [counts] = await database.query<{ products: number; offers: number; linked: number }>(
      `SELECT (SELECT count(*)::int FROM procurement.products) AS products,
              (SELECT count(*)::int FROM procurement.offers) AS offers,
              (SELECT count(*)::int FROM procurement.offers WHERE framework_lot_id IS NOT NULL) AS linked`,
    );
    expect(counts?.products).toBe(DEMO_CATALOGUE_SIZE);
    expect(counts?.offers).toBeGreaterThan(DEMO_CATALOGUE_SIZE);
    expect(counts?.linked).toBeGreaterThan(0);

    const [summary] = (await listFrameworks(db)).filter((f) => f.reference === DEMO_FRAMEWORK_REFERENCE);
    expect(summary).toMatchObject({ lots: 5, suppliers: 4, members: 1 });
    const framework = await getFramework(db, summary!.id);
    expect(framework?.lots.flatMap((lot) => lot.suppliers.map((s) => s.name))).toContain("Demo IT Supplies NV");
    const zoersel = await findByNisCode(db, "11055");
    expect(await hasJoinedFramework(db, zoersel!.organisation.id, summary!.id)).toBe(true);

    const laptops = await searchProducts(db, { q: "laptops" });
    expect(laptops.total).toBeGreaterThan(10);
    expect(laptops.facets.categories[0]).toMatchObject({ value: "laptop" });
    const docks = await searchProducts(db, { q: "dockingstation" });
    expect(docks.items.every((item) => item.category.slug === "docking-station")).toBe(true);
  });
});
