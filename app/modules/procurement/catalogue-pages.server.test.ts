import { beforeAll, describe, expect, it } from "vitest";
import { createProduct, createSupplier, ensureCategories } from "../../../tests/factories/procurement.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import {
  compareIdsFrom,
  compareProducts,
  keySpecsOf,
  productPage,
  searchCataloguePage,
  searchParamsOfPage,
} from "./index.server.ts";

describe("URL helpers", () => {
  it("turns a price band into prijsMin/prijsMax, unless those are given", () => {
    expect(Object.fromEntries(searchParamsOfPage(new URLSearchParams("prijs=250-500")))).toEqual({
      prijsMin: "250",
      prijsMax: "500",
    });
    expect(Object.fromEntries(searchParamsOfPage(new URLSearchParams("prijs=gte2000")))).toEqual({ prijsMin: "2000" });
    expect(Object.fromEntries(searchParamsOfPage(new URLSearchParams("prijs=250-500&prijsMin=10")))).toEqual({ prijsMin: "10" });
    expect(Object.fromEntries(searchParamsOfPage(new URLSearchParams("prijs=onzin")))).toEqual({});
  });

  it("reads comparison ids as a list or repeated, without duplicates", () => {
    expect(compareIdsFrom(new URLSearchParams("ids=A,b,,c&ids=d&ids=a"))).toEqual(["a", "b", "c", "d"]);
  });

  it("labels the first specifications in attribute order", () => {
    expect(keySpecsOf("laptop", { ram_gb: 16, processor: "Intel Core i5", nonsense: 1 }, 2)).toEqual([
      expect.objectContaining({ key: "processor", value: "Intel Core i5" }),
      expect.objectContaining({ key: "ram_gb", labelNl: "Werkgeheugen", unit: "GB", value: 16 }),
    ]);
    expect(keySpecsOf("onbekend", { ram_gb: 16 })).toEqual([]);
  });
});

describe("catalogue pages", () => {
  let database: DatabaseHandle;
  const ids: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await ensureCategories(db);
    const a = await createSupplier(db, { name: "Snelle Levering BV" });
    const b = await createSupplier(db, { name: "Goedkoop NV" });
    ids.push(
      (
        await createProduct(db, { manufacturer: "Lenovo", name: "Lenovo ThinkPad T14", specs: { ram_gb: 16, weight_kg: 1.4 } }, [
          { supplierId: a.id, priceCents: 110_000, leadTimeDays: 1 },
          { supplierId: b.id, priceCents: 101_000, leadTimeDays: 5 },
        ])
      ).id,
    );
    ids.push(
      (
        await createProduct(db, { manufacturer: "Dell", name: "Dell Latitude 5450", specs: { ram_gb: 32, weight_kg: 1.4 } }, [
          { supplierId: a.id, priceCents: 90_000, leadTimeDays: 2 },
        ])
      ).id,
    );
    ids.push(
      (
        await createProduct(
          db,
          { manufacturer: "HP", name: "HP 27 inch beeldscherm", category: "monitor", specs: { size_inch: 27 } },
          [{ supplierId: b.id, priceCents: 20_000, leadTimeDays: 3 }],
        )
      ).id,
    );
  });

  it("searches from page parameters, price band included", async () => {
    const page = await searchCataloguePage(database.db, new URLSearchParams("q=laptops&prijs=500-1000"));
    expect(page.result.items.map((item) => item.id)).toEqual([ids[1]]);
    expect(page.result.facets.priceBands.find((band) => band.value === "500-1000")?.selected).toBe(true);
    expect(page.result.items[0]!.keySpecs.map((s) => s.key)).toContain("ram_gb");
    expect(page.categories.length).toBeGreaterThan(5);
  });

  it("marks the cheapest and the fastest offer of a product", async () => {
    const product = await productPage(database.db, ids[0]!);
    expect(product?.cheapestOffer?.supplierName).toBe("Goedkoop NV");
    expect(product?.fastestOffer?.supplierName).toBe("Snelle Levering BV");
    expect(product?.specs.map((s) => s.key)).toEqual(["ram_gb", "weight_kg"]);
    expect(await productPage(database.db, "00000000-0000-4000-8000-000000000000")).toBeUndefined();
    expect(await productPage(database.db, "<script>")).toBeUndefined();
  });

  it("compares products: rows that differ, best price, and what was left out", async () => {
    const comparison = await compareProducts(database.db, [ids[0]!, ids[1]!]);
    expect(comparison.products.map((p) => p.id)).toEqual([ids[0], ids[1]]);
    const ram = comparison.rows.find((row) => row.key === "ram_gb")!;
    const weight = comparison.rows.find((row) => row.key === "weight_kg")!;
    expect(ram).toMatchObject({ values: [16, 32], differs: true });
    expect(weight).toMatchObject({ values: [1.4, 1.4], differs: false });
    expect(comparison.products.map((p) => p.cheapest)).toEqual([false, true]);
    expect(comparison.products.map((p) => p.fastest)).toEqual([true, false]);
    expect(comparison).toMatchObject({ tooMany: false, missing: 0 });

    const mixed = await compareProducts(database.db, [ids[0]!, ids[2]!, "00000000-0000-4000-8000-000000000000", "x", ids[1]!]);
    expect(mixed).toMatchObject({ requested: 5, tooMany: true, missing: 2 });
    expect(mixed.products.map((p) => p.id)).toEqual([ids[0], ids[2]]);
    // A laptop and a monitor: each attribute one of them lacks differs.
    expect(mixed.rows.find((row) => row.key === "size_inch")).toMatchObject({ values: [null, 27], differs: true });
  });
});
