import { beforeAll, describe, expect, it } from "vitest";
import { createProduct, createSupplier, ensureCategories } from "../../../tests/factories/procurement.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import { buildOpenApiDocument, organisationsApiPart } from "../identity/index.server.ts";
import {
  ApiFrameworkList,
  ApiProductDetail,
  ApiProductList,
  apiGetProduct,
  apiListFrameworks,
  apiSearchProducts,
  parseProductListParams,
  procurementApiPart,
} from "./index.server.ts";

const params = (query: string) => new URLSearchParams(query);

describe("parseProductListParams", () => {
  it("reads every parameter", () => {
    const parsed = parseProductListParams(
      params(
        "q=laptop&category=laptop&brand=Dell&brand=HP&priceMin=250&priceMax=999.99&maxLeadTime=5&inStock=true&sort=price&page=2&pageSize=10&spec.ram_gb=16&spec.ram_gb=32&spec.storage_gb=256-",
      ),
    );
    expect(parsed).toEqual({
      ok: true,
      query: {
        q: "laptop",
        category: "laptop",
        brands: ["Dell", "HP"],
        priceMin: 250,
        priceMax: 999.99,
        maxLeadTime: 5,
        inStock: true,
        specs: { ram_gb: ["16", "32"], storage_gb: { min: 256, max: undefined } },
        sort: "price",
        page: 2,
        pageSize: 10,
      },
    });
  });

  it("defaults when nothing is given, and empty values count as not given", () => {
    const parsed = parseProductListParams(params("q=&page=&inStock="));
    expect(parsed.ok && parsed.query).toMatchObject({
      q: "",
      brands: [],
      inStock: false,
      sort: "relevance",
      page: 1,
      pageSize: 24,
    });
  });

  it.each([
    ["page=0", "page"],
    ["page=abc", "page"],
    ["page=401", "page"],
    ["pageSize=101", "pageSize"],
    ["priceMin=-5", "priceMin"],
    ["priceMax=veel", "priceMax"],
    ["priceMin=500&priceMax=100", "priceMin"],
    ["inStock=ja", "inStock"],
    ["sort=cheapest", "sort"],
    ["maxLeadTime=400", "maxLeadTime"],
    ["category=Laptops!", "category"],
    [`q=${"a".repeat(201)}`, "q"],
    ["brand=", "brand"],
    ["category=laptop&spec.Bad-Key=1", "spec.Bad-Key"],
    ["spec.ram_gb=16", "category"],
  ])("refuses %s with a 400 naming %s", (query, parameter) => {
    const parsed = parseProductListParams(params(query));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.status).toBe(400);
    expect(parsed.body.error.code).toBe("invalid_parameter");
    expect(parsed.body.error.parameter).toBe(parameter);
    expect(parsed.body.error.message.length).toBeGreaterThan(10);
  });
});

describe("the public catalogue API", () => {
  let database: DatabaseHandle;
  let dell: string;
  let hp: string;
  let supplierName: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await ensureCategories(db);
    const supplier = await createSupplier(db, { name: "API Leverancier NV" });
    supplierName = supplier.name;
    dell = (
      await createProduct(db, { manufacturer: "Dell", name: "Dell Latitude 5450 <b>laptop</b>", specs: { ram_gb: 16 } }, [
        { supplierId: supplier.id, priceCents: 99_900, leadTimeDays: 3, stock: 4 },
      ])
    ).id;
    hp = (
      await createProduct(db, { manufacturer: "HP", name: "HP EliteBook 840 laptop", specs: { ram_gb: 32 } }, [
        { supplierId: supplier.id, priceCents: 129_900, leadTimeDays: 1, stock: 0 },
      ])
    ).id;
  });

  it("searches with facets and answers in the documented shape", async () => {
    const result = await apiSearchProducts(database.db, params("q=laptops&category=laptop&brand=Dell"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const body = ApiProductList.parse(result.body);
    expect(body.items.map((item) => item.id)).toEqual([dell]);
    expect(body.total).toBe(1);
    // Disjunctive: the brand facet still counts HP.
    expect(body.facets.brands.find((b) => b.value === "HP")?.count).toBe(1);
    expect(body.facets.specs.find((s) => s.key === "ram_gb")?.values.map((v) => v.value)).toEqual([16]);
  });

  it("refuses a bad parameter with 400", async () => {
    const result = await apiSearchProducts(database.db, params("pageSize=1000"));
    expect(result).toMatchObject({ ok: false, status: 400, body: { error: { parameter: "pageSize" } } });
  });

  it("gives a product with its offers, 404 for an unknown id and 400 for a malformed one", async () => {
    const result = await apiGetProduct(database.db, hp);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const body = ApiProductDetail.parse(result.body);
    expect(body.offers).toHaveLength(1);
    expect(body.offers[0]).toMatchObject({
      priceCents: 129_900,
      priceInclVatCents: 157_179,
      bestPrice: true,
      bestLeadTime: true,
    });
    expect(body.offers[0]!.supplier.name).toBe(supplierName);
    expect(body.specs).toContainEqual({ key: "ram_gb", labelNl: "Werkgeheugen", labelEn: "Memory", unit: "GB", value: 32 });
    expect(await apiGetProduct(database.db, "00000000-0000-4000-8000-000000000000")).toMatchObject({ ok: false, status: 404 });
    expect(await apiGetProduct(database.db, "niet-een-id")).toMatchObject({ ok: false, status: 400 });
  });

  it("lists the framework register", async () => {
    const result = await apiListFrameworks(database.db);
    expect(result.ok && ApiFrameworkList.parse(result.body).items).toEqual([]);
  });

  it("joins the OpenAPI document, and every reference resolves", () => {
    const doc = buildOpenApiDocument("http://x", [organisationsApiPart, procurementApiPart]);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/products", "/api/v1/products/{id}", "/api/v1/frameworks", "/api/v1/organisations"]),
    );
    const refs = [...JSON.stringify(doc).matchAll(/"#\/components\/schemas\/([A-Za-z]+)"/g)].map((m) => m[1]!);
    expect(refs).toContain("ProductList");
    for (const name of refs) expect(doc.components.schemas, name).toHaveProperty(name);
  });
});
