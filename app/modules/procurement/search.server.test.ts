import { beforeAll, describe, expect, it } from "vitest";
import { createProduct, createSupplier, ensureCategories, gtinFrom } from "../../../tests/factories/procurement.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import { getProduct, refreshDueOfferSummaries, searchProducts as search, upsertOffers } from "./index.server.ts";

/** Every search runs on the in-process index and on the SQL reference path; both must agree. */
async function searchProducts(db: Parameters<typeof search>[0], query: Parameters<typeof search>[1]) {
  const viaIndex = await search(db, query);
  const viaSql = await search(db, query, { engine: "sql" });
  expect(viaIndex, `index and SQL paths differ for ${JSON.stringify(query)}`).toEqual(viaSql);
  return viaIndex;
}

let database: DatabaseHandle;
const ids: Record<string, string> = {};
let supplierA: string;
let supplierB: string;

const idsOf = (result: { items: { id: string }[] }) => new Set(result.items.map((item) => item.id));

/** An ISO day relative to today in Brussels. */
function day(offset: number): string {
  const now = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(now);
}

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  await ensureCategories(db);
  supplierA = (await createSupplier(db, { name: "Leverancier A" })).id;
  supplierB = (await createSupplier(db, { name: "Leverancier B" })).id;
  const add = async (key: string, product: Parameters<typeof createProduct>[1], offers?: Parameters<typeof createProduct>[2]) => {
    ids[key] = (await createProduct(db, product, offers ?? [{ supplierId: supplierA }])).id;
  };
  await add(
    "thinkpad",
    {
      manufacturer: "Lenovo",
      partNumber: "20XW004UMH",
      gtin: gtinFrom("019589000000"),
      name: "Lenovo ThinkPad T14 Gen 5 laptop 14 inch",
      description: "Zakelijke laptop met 16 GB werkgeheugen en een snelle SSD.",
      category: "laptop",
      specs: { ram_gb: 16, storage_gb: 512, screen_inch: 14, os: "Windows 11 Pro", processor: "Intel Core Ultra 7" },
    },
    [
      { supplierId: supplierA, priceCents: 109_900, leadTimeDays: 2, stock: 5 },
      { supplierId: supplierB, priceCents: 104_900, leadTimeDays: 10, stock: 0 },
    ],
  );
  await add(
    "elitebook",
    {
      manufacturer: "HP",
      partNumber: "A26R0EA",
      name: "HP EliteBook 840 G11",
      description: "Lichte zakelijke notebook voor thuiswerk en vergaderingen.",
      category: "laptop",
      specs: { ram_gb: 32, storage_gb: 1024, screen_inch: 14, os: "Windows 11 Pro", processor: "Intel Core Ultra 5" },
    },
    [{ supplierId: supplierA, priceCents: 139_900, leadTimeDays: 3, stock: 2 }],
  );
  await add(
    "chromebook",
    {
      manufacturer: "Acer",
      partNumber: "NX.KHREH.001",
      name: "Acer Chromebook Plus 515 laptop",
      description: "Voordelige laptop voor onderwijs.",
      category: "laptop",
      specs: { ram_gb: 8, storage_gb: 256, screen_inch: 15.6, os: "ChromeOS", processor: "Intel Core i5" },
    },
    [{ supplierId: supplierB, priceCents: 44_900, leadTimeDays: 15, stock: 0 }],
  );
  await add("p2425h", {
    manufacturer: "Dell",
    partNumber: "DELL-P2425H",
    name: "Dell P2425H 24 inch Full HD-beeldscherm",
    description: "IPS-paneel, in hoogte verstelbaar.",
    category: "monitor",
    specs: { size_inch: 24, panel: "IPS", height_adjustable: true },
  });
  await add("prolite", {
    manufacturer: "iiyama",
    partNumber: "XUB2792QSU-B6",
    name: "iiyama ProLite 27 inch WQHD",
    description: "Kantoorscherm met USB-hub.",
    category: "monitor",
    specs: { size_inch: 27, panel: "IPS", height_adjustable: false },
  });
  await add("wd22", {
    manufacturer: "Dell",
    partNumber: "WD22TB4",
    name: "Dell WD22TB4 Thunderbolt dockingstation 130W",
    description: "",
    category: "docking-station",
  });
  await add("sd4842p", {
    manufacturer: "Kensington",
    partNumber: "K33480EU",
    name: "Kensington SD4842P USB-C docking station",
    description: "",
    category: "docking-station",
  });
  await add("filter", {
    manufacturer: "Kensington",
    partNumber: "K52126WW",
    name: "Kensington privacy filter voor 14 inch",
    description: "Beschermt wat op het scherm staat tegen meekijkers.",
    category: "peripherals",
  });
  await add("filter3m", {
    manufacturer: "3M",
    partNumber: "PF140W9B",
    name: "3M privacyfilter 14 inch breedbeeld",
    description: "",
    category: "peripherals",
  });
  await add("mouse", {
    manufacturer: "Logitech",
    partNumber: "910-006559",
    name: "Logitech MX Master 3S draadloze muis",
    description: "Stille klikken, oplaadbaar via USB-C.",
    category: "peripherals",
    specs: { device_type: "Muis", wireless: true },
  });
  await add("disk", {
    manufacturer: "Samsung",
    partNumber: "MU-PE2T0S/EU",
    name: "Samsung T7 externe harde schijf 2 TB",
    description: "Draagbare SSD.",
    category: "peripherals",
  });
  await add("html", {
    manufacturer: "Cherry",
    partNumber: "JK-8500BE-2",
    name: 'Cherry <b>KC 1000</b> toetsenbord "AZERTY"',
    description: '<script>alert("x")</script><p>Degelijk toetsenbord met <em>stille</em> toetsen.</p>',
    category: "peripherals",
  });
  await add(
    "expired",
    {
      manufacturer: "Lenovo",
      partNumber: "21MLEXPIRED",
      name: "Lenovo ThinkPad E14 laptop vervallen aanbod",
      category: "laptop",
    },
    [{ supplierId: supplierA, validFrom: day(-60), validTo: day(-1) }],
  );
});

describe("Dutch full-text search", () => {
  it("finds laptops for the plural 'laptops', also when the product text says notebook", async () => {
    const result = await searchProducts(database.db, { q: "laptops" });
    expect(idsOf(result)).toEqual(new Set([ids.thinkpad, ids.elitebook, ids.chromebook]));
    expect(result.mode).toBe("fulltext");
  });

  it("finds monitors for 'beeldschermen'", async () => {
    const result = await searchProducts(database.db, { q: "beeldschermen" });
    expect(idsOf(result)).toEqual(new Set([ids.p2425h, ids.prolite]));
  });

  it("finds both spellings of a docking station for 'dockingstation' and for 'docking station'", async () => {
    for (const q of ["dockingstation", "docking station", "dockingstations"]) {
      const result = await searchProducts(database.db, { q });
      expect(idsOf(result), q).toEqual(new Set([ids.wd22, ids.sd4842p]));
    }
  });

  it("splits and joins compounds that no category keyword covers", async () => {
    const split = await searchProducts(database.db, { q: "privacyfilter" });
    expect(idsOf(split)).toEqual(new Set([ids.filter, ids.filter3m]));
    const joined = await searchProducts(database.db, { q: "privacy filter" });
    expect(idsOf(joined)).toEqual(new Set([ids.filter, ids.filter3m]));
  });

  it("corrects the typo 'lapotp' and says so", async () => {
    const result = await searchProducts(database.db, { q: "lapotp" });
    expect(idsOf(result)).toEqual(new Set([ids.thinkpad, ids.elitebook, ids.chromebook]));
    expect(result.corrections).toEqual([{ from: "lapotp", to: ["laptop"] }]);
    const brand = await searchProducts(database.db, { q: "lenvoo thinkpda" });
    expect(idsOf(brand)).toEqual(new Set([ids.thinkpad]));
  });

  it("finds singular forms the Dutch stemmer misses: schijven → schijf, draadloos → draadloze, muizen → muis", async () => {
    expect(idsOf(await searchProducts(database.db, { q: "harde schijven" }))).toEqual(new Set([ids.disk]));
    expect(idsOf(await searchProducts(database.db, { q: "draadloos" }))).toEqual(new Set([ids.mouse]));
    expect(idsOf(await searchProducts(database.db, { q: "muizen" }))).toEqual(new Set([ids.mouse]));
  });

  it("matches prefixes, part numbers, GTINs and is indifferent to accents and case", async () => {
    expect(idsOf(await searchProducts(database.db, { q: "thinkp" }))).toEqual(new Set([ids.thinkpad]));
    expect(idsOf(await searchProducts(database.db, { q: "20xw004umh" }))).toEqual(new Set([ids.thinkpad]));
    expect(idsOf(await searchProducts(database.db, { q: gtinFrom("019589000000") }))).toEqual(new Set([ids.thinkpad]));
    expect(idsOf(await searchProducts(database.db, { q: "BEELDSCHÉRM" }))).toEqual(new Set([ids.p2425h, ids.prolite]));
  });

  it("supports exclusion, either-or and phrases", async () => {
    expect(idsOf(await searchProducts(database.db, { q: "laptop -chromebook" }))).toEqual(new Set([ids.thinkpad, ids.elitebook]));
    expect(idsOf(await searchProducts(database.db, { q: "dockingstation of beeldscherm" }))).toEqual(
      new Set([ids.wd22, ids.sd4842p, ids.p2425h, ids.prolite]),
    );
    expect(idsOf(await searchProducts(database.db, { q: '"harde schijf"' }))).toEqual(new Set([ids.disk]));
  });

  it("falls back to trigram matching for a piece of a part number", async () => {
    const result = await searchProducts(database.db, { q: "xw004" });
    expect(result.mode).toBe("fuzzy");
    expect(idsOf(result)).toEqual(new Set([ids.thinkpad]));
  });

  it("finds nothing, without error, for words that occur nowhere or only stop words", async () => {
    const none = await searchProducts(database.db, { q: "zwembadverwarming" });
    expect(none.total).toBe(0);
    expect(none.items).toEqual([]);
    const stop = await searchProducts(database.db, { q: "de het een" });
    expect(stop.mode).toBe("browse");
    const odd = await searchProducts(database.db, { q: `'"&|!:*()<-> \\ ; DROP TABLE x` });
    expect(odd.total).toBeGreaterThanOrEqual(0);
  });

  it("ranks a product named after the words above one that only mentions them", async () => {
    const result = await searchProducts(database.db, { q: "toetsenbord" });
    expect(result.items[0]?.id).toBe(ids.html);
  });
});

describe("offers, filters, facets and sorting", () => {
  it("shows each product's best price and best lead time among its valid offers", async () => {
    const result = await searchProducts(database.db, { q: "thinkpad t14" });
    expect(result.items).toHaveLength(1);
    const [item] = result.items;
    expect(item).toMatchObject({ bestPriceCents: 104_900, bestLeadTimeDays: 2, inStock: true, offerCount: 2 });
  });

  it("leaves out products whose offers are no longer valid", async () => {
    const result = await searchProducts(database.db, { q: "thinkpad" });
    expect(idsOf(result).has(ids.expired!)).toBe(false);
  });

  it("counts facets over the matches: categories, brands, price bands, lead times, stock", async () => {
    const result = await searchProducts(database.db, { category: "laptop" });
    expect(result.total).toBe(3);
    expect(result.facets.categories.find((c) => c.value === "laptop")).toMatchObject({ count: 3, selected: true });
    expect(result.facets.brands).toEqual([
      { value: "Acer", count: 1, selected: false },
      { value: "HP", count: 1, selected: false },
      { value: "Lenovo", count: 1, selected: false },
    ]);
    const bands = Object.fromEntries(result.facets.priceBands.map((b) => [b.value, b.count]));
    expect(bands).toEqual({ lt250: 0, "250-500": 1, "500-1000": 0, "1000-2000": 2, gte2000: 0 });
    const lead = Object.fromEntries(result.facets.leadTimes.map((b) => [b.value, b.count]));
    expect(lead).toEqual({ 1: 0, 2: 1, 5: 2, 10: 2, 20: 3 });
    expect(result.facets.inStock.count).toBe(2);
    const ram = result.facets.specs.find((facet) => facet.key === "ram_gb");
    expect(ram?.values.map((v) => [v.value, v.count])).toEqual([
      [8, 1],
      [16, 1],
      [32, 1],
    ]);
  });

  it("counts categories across the matches of words", async () => {
    const result = await searchProducts(database.db, { q: "kensington" });
    const counts = Object.fromEntries(result.facets.categories.map((c) => [c.value, c.count]));
    expect(counts).toEqual({ "docking-station": 1, peripherals: 1 });
    // Choosing one keeps the other's count visible.
    const chosen = await searchProducts(database.db, { q: "kensington", category: "peripherals" });
    expect(chosen.total).toBe(1);
    expect(Object.fromEntries(chosen.facets.categories.map((c) => [c.value, c.count]))).toEqual(counts);
  });

  it("keeps other values of a filtered facet visible (disjunctive facets)", async () => {
    const result = await searchProducts(database.db, { category: "laptop", brands: ["lenovo"] });
    expect(idsOf(result)).toEqual(new Set([ids.thinkpad]));
    expect(result.facets.brands.find((b) => b.value === "HP")).toMatchObject({ count: 1, selected: false });
    expect(result.facets.brands.find((b) => b.value === "Lenovo")).toMatchObject({ count: 1, selected: true });
    // Other facets do apply the brand filter.
    expect(result.facets.specs.find((f) => f.key === "ram_gb")?.values.map((v) => v.value)).toEqual([16]);
  });

  it("filters on price, lead time, stock and specifications", async () => {
    const db = database.db;
    expect(idsOf(await searchProducts(db, { category: "laptop", priceMax: 1_100 }))).toEqual(
      new Set([ids.thinkpad, ids.chromebook]),
    );
    expect(idsOf(await searchProducts(db, { category: "laptop", priceMin: 1_100 }))).toEqual(new Set([ids.elitebook]));
    expect(idsOf(await searchProducts(db, { category: "laptop", maxLeadTime: 5 }))).toEqual(
      new Set([ids.thinkpad, ids.elitebook]),
    );
    expect(idsOf(await searchProducts(db, { category: "laptop", inStock: true }))).toEqual(
      new Set([ids.thinkpad, ids.elitebook]),
    );
    expect(idsOf(await searchProducts(db, { category: "laptop", specs: { ram_gb: "32" } }))).toEqual(new Set([ids.elitebook]));
    expect(idsOf(await searchProducts(db, { category: "laptop", specs: { ram_gb: [8, 32] } }))).toEqual(
      new Set([ids.elitebook, ids.chromebook]),
    );
    expect(idsOf(await searchProducts(db, { category: "laptop", specs: { ram_gb: { min: 10, max: 20 } } }))).toEqual(
      new Set([ids.thinkpad]),
    );
    expect(idsOf(await searchProducts(db, { category: "laptop", specs: { os: "ChromeOS" } }))).toEqual(new Set([ids.chromebook]));
    expect(idsOf(await searchProducts(db, { category: "monitor", specs: { height_adjustable: "true" } }))).toEqual(
      new Set([ids.p2425h]),
    );
    // Unknown attributes and unknown categories are ignored or find nothing, never an error.
    expect((await searchProducts(db, { category: "laptop", specs: { colour: "rood" } })).total).toBe(3);
    expect((await searchProducts(db, { category: "bestaat-niet" })).total).toBe(0);
  });

  it("sorts by price and by lead time, and pages", async () => {
    const db = database.db;
    const byPrice = await searchProducts(db, { category: "laptop", sort: "price" });
    expect(byPrice.items.map((i) => i.id)).toEqual([ids.chromebook, ids.thinkpad, ids.elitebook]);
    const byLead = await searchProducts(db, { category: "laptop", sort: "leadtime" });
    expect(byLead.items.map((i) => i.id)).toEqual([ids.thinkpad, ids.elitebook, ids.chromebook]);
    const page2 = await searchProducts(db, { category: "laptop", sort: "price", pageSize: 1, page: 2 });
    expect(page2.items.map((i) => i.id)).toEqual([ids.thinkpad]);
    expect(page2.total).toBe(3);
  });

  it("updates the summary when offers change, and after validity dates pass", async () => {
    const db = database.db;
    const { id } = await createProduct(
      db,
      { manufacturer: "Fairphone", name: "Fairphone 5 smartphone", category: "smartphone" },
      [{ supplierId: supplierA, priceCents: 60_000, leadTimeDays: 4, stock: 0 }],
    );
    await upsertOffers(db, [{ productId: id, supplierId: supplierB, priceCents: 55_000, leadTimeDays: 1, stock: 3 }]);
    let [item] = (await searchProducts(db, { q: "fairphone" })).items;
    expect(item).toMatchObject({ bestPriceCents: 55_000, bestLeadTimeDays: 1, inStock: true, offerCount: 2 });
    // An offer that starts tomorrow does not count yet, and the product is due for a refresh then.
    await upsertOffers(db, [
      { productId: id, supplierId: supplierB, priceCents: 55_000, leadTimeDays: 1, stock: 3, validFrom: day(1) },
    ]);
    [item] = (await searchProducts(db, { q: "fairphone" })).items;
    expect(item).toMatchObject({ bestPriceCents: 60_000, bestLeadTimeDays: 4, inStock: false, offerCount: 1 });
    const due = await database.query<{ d: string }>(
      "SELECT refresh_on::text AS d FROM procurement.product_offer_summaries WHERE product_id = $1",
      [id],
    );
    expect(due[0]?.d).toBe(day(1));
    // Nothing is due today.
    expect(await refreshDueOfferSummaries(db)).toBe(0);
  });
});

describe("product text", () => {
  it("stores HTML and script in names and descriptions as text", async () => {
    const product = await getProduct(database.db, ids.html!);
    expect(product?.name).toBe('Cherry <b>KC 1000</b> toetsenbord "AZERTY"');
    expect(product?.description).toBe('<script>alert("x")</script><p>Degelijk toetsenbord met <em>stille</em> toetsen.</p>');
    // Tags are not words: searching "script" finds nothing.
    expect((await searchProducts(database.db, { q: "script" })).total).toBe(0);
  });

  it("lists a product's valid offers with the cheapest and the fastest marked", async () => {
    const product = await getProduct(database.db, ids.thinkpad!);
    expect(product?.offers.map((o) => [o.supplierName, o.priceCents, o.bestPrice, o.bestLeadTime])).toEqual([
      ["Leverancier B", 104_900, true, false],
      ["Leverancier A", 109_900, false, true],
    ]);
    expect(product?.attributes.map((a) => a.key)).toContain("ram_gb");
    expect(await getProduct(database.db, "not-a-uuid")).toBeUndefined();
    expect(await getProduct(database.db, "00000000-0000-4000-8000-000000000000")).toBeUndefined();
  });
});
