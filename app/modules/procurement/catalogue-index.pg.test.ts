// Only meaningful on PostgreSQL, where transactions really run at the same time: this file runs
// in `npm run test:pg` (vitest.config.ts includes *.pg.test.ts when TEST_DATABASE_URL is set).
import { beforeAll, describe, expect, it } from "vitest";
import { createProduct, createSupplier, ensureCategories } from "../../../tests/factories/procurement.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import { searchProducts } from "./index.server.ts";

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureCategories(database.db);
});

describe("the in-process search index on PostgreSQL", () => {
  it("does not miss a change that a long transaction commits after the index read", async () => {
    const db = database.db;
    const supplier = await createSupplier(db);
    await searchProducts(db, { q: "laptop" });
    await database.rawTransaction(async (query) => {
      const [product] = await query<{ id: string }>(
        `INSERT INTO procurement.products (manufacturer, part_number, name, category_id)
         SELECT 'Laat', 'LATE-1', 'Laat vastgelegde laptop', id FROM procurement.categories WHERE slug = 'laptop' RETURNING id`,
      );
      await query(
        "INSERT INTO procurement.offers (product_id, supplier_id, price_cents, lead_time_days) VALUES ($1, $2, 1000, 1)",
        [product!.id, supplier.id],
      );
      // Meanwhile another transaction commits and a search reads the index forward.
      await createProduct(db, { manufacturer: "Vroeg", name: "Vroeg vastgelegde laptop" });
      expect((await searchProducts(db, { q: "vastgelegde" })).items.map((i) => i.manufacturer)).toEqual(["Vroeg"]);
    });
    const after = await searchProducts(db, { q: "vastgelegde", brands: ["Laat"] });
    expect(after.items.map((i) => i.manufacturer)).toEqual(["Laat"]);
  });
});
