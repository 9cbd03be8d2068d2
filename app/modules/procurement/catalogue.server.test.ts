import { beforeAll, describe, expect, it } from "vitest";
import { createProduct, createSupplier, ensureCategories } from "../../../tests/factories/procurement.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import { CATEGORY_DEFINITIONS, searchProducts, syncCategories, upsertOffers, upsertProducts } from "./index.server.ts";

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureCategories(database.db);
});

const part = () => `P-${Math.random().toString(36).slice(2, 10).toUpperCase()}`;

describe("writing the catalogue", () => {
  it("creates, updates or leaves products alone by manufacturer and part number", async () => {
    const db = database.db;
    const partNumber = part();
    const base = { manufacturer: "Dell", partNumber, name: "Dell Latitude 5450", category: "laptop" };
    expect((await upsertProducts(db, [base]))[0]?.status).toBe("created");
    expect((await upsertProducts(db, [{ ...base, partNumber: ` ${partNumber.toLowerCase()} ` }]))[0]?.status).toBe("unchanged");
    const [updated] = await upsertProducts(db, [{ ...base, name: "Dell Latitude 5450 laptop" }]);
    expect(updated?.status).toBe("updated");
    const rows = await database.query("SELECT name FROM procurement.products WHERE part_number = $1", [partNumber]);
    expect(rows).toEqual([{ name: "Dell Latitude 5450 laptop" }]);
  });

  it("keeps the last of two rows for the same product and refuses invalid or unknown input", async () => {
    const db = database.db;
    const partNumber = part();
    const written = await upsertProducts(db, [
      { manufacturer: "HP", partNumber, name: "Eerste", category: "printer" },
      { manufacturer: "HP", partNumber, name: "Tweede", category: "printer" },
    ]);
    expect(written).toHaveLength(1);
    expect((await database.query("SELECT name FROM procurement.products WHERE id = $1", [written[0]!.id]))[0]).toEqual({
      name: "Tweede",
    });
    await expect(
      upsertProducts(db, [{ manufacturer: "HP", partNumber: part(), name: "x", category: "koelkasten" }]),
    ).rejects.toThrow(/unknown categories koelkasten/);
    await expect(
      upsertProducts(db, [{ manufacturer: "HP", partNumber: part(), name: "x", category: "printer", gtin: "4006381333932" }]),
    ).rejects.toThrow(/procurement.validation.gtin/);
  });

  it("adds product words to the search lexicon, without HTML tags", async () => {
    await upsertProducts(database.db, [
      {
        manufacturer: "Zyxel",
        partNumber: part(),
        name: "Zyxel kwantumschakelaar",
        description: "<marquee>flitsend</marquee>",
        category: "network",
      },
    ]);
    const terms = await database.query<{ term: string }>(
      "SELECT term FROM procurement.search_terms WHERE term IN ('kwantumschakelaar', 'flitsend', 'marquee', 'zyxel') ORDER BY term",
    );
    expect(terms.map((t) => t.term)).toEqual(["flitsend", "kwantumschakelaar", "zyxel"]);
  });

  it("counts offers created, updated and unchanged", async () => {
    const db = database.db;
    const supplier = await createSupplier(db);
    const { id } = await createProduct(db, {}, [{ supplierId: supplier.id, priceCents: 10_000 }]);
    const offer = { productId: id, supplierId: supplier.id, priceCents: 10_000, leadTimeDays: 3, stock: 10 };
    expect(await upsertOffers(db, [offer])).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await upsertOffers(db, [{ ...offer, priceCents: 9_000 }])).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const other = await createSupplier(db);
    expect(await upsertOffers(db, [{ ...offer, supplierId: other.id }])).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });

  it("syncs categories idempotently and re-indexes products when a category's words change", async () => {
    const db = database.db;
    await syncCategories(db);
    await syncCategories(db);
    const [counts] = await database.query<{ c: number; a: number }>(
      "SELECT (SELECT count(*)::int FROM procurement.categories) AS c, (SELECT count(*)::int FROM procurement.category_attributes) AS a",
    );
    expect(counts).toEqual({
      c: CATEGORY_DEFINITIONS.length,
      a: CATEGORY_DEFINITIONS.reduce((n, c) => n + c.attributes.length, 0),
    });
    const { id } = await createProduct(db, { name: "Acme T1000", category: "tablet" });
    await database.query("UPDATE procurement.categories SET keywords = keywords || ' leesplankje' WHERE slug = 'tablet'");
    await database.query("UPDATE procurement.products SET category_id = category_id WHERE id = $1", [id]);
    expect((await searchProducts(db, { q: "leesplankje" })).items.map((i) => i.id)).toEqual([id]);
    await syncCategories(db); // restores the keywords from code, which re-indexes the category
    expect((await searchProducts(db, { q: "leesplankje" })).total).toBe(0);
    expect((await searchProducts(db, { q: "tablets acme" })).items.map((i) => i.id)).toEqual([id]);
  });
});

describe("the in-process search index", () => {
  it("sees renamed, re-priced, withdrawn and deleted products on the next search", async () => {
    const db = database.db;
    const supplier = await createSupplier(db);
    const { id, partNumber } = await createProduct(
      db,
      { manufacturer: "Nokia", name: "Nokia G42 smartphone", category: "smartphone" },
      [{ supplierId: supplier.id, priceCents: 20_000, leadTimeDays: 2 }],
    );
    expect((await searchProducts(db, { q: "nokia g42" })).items.map((i) => i.bestPriceCents)).toEqual([20_000]);

    await upsertProducts(db, [
      { manufacturer: "Nokia", partNumber, name: "Nokia XR21 robuuste smartphone", category: "smartphone" },
    ]);
    expect((await searchProducts(db, { q: "nokia g42" })).total).toBe(0);
    expect((await searchProducts(db, { q: "xr21" })).items.map((i) => i.id)).toEqual([id]);

    await upsertOffers(db, [{ productId: id, supplierId: supplier.id, priceCents: 18_000, leadTimeDays: 2 }]);
    const cheaper = await searchProducts(db, { q: "xr21", priceMax: 190 });
    expect(cheaper.items.map((i) => i.bestPriceCents)).toEqual([18_000]);

    await database.query("DELETE FROM procurement.offers WHERE product_id = $1", [id]);
    expect((await searchProducts(db, { q: "xr21" })).total).toBe(0);

    await upsertOffers(db, [{ productId: id, supplierId: supplier.id, priceCents: 18_000, leadTimeDays: 2 }]);
    const before = (await searchProducts(db, { category: "smartphone", brands: ["Nokia"] })).total;
    await database.query("DELETE FROM procurement.products WHERE id = $1", [id]);
    expect((await searchProducts(db, { category: "smartphone", brands: ["Nokia"] })).total).toBe(before - 1);
  });
});
