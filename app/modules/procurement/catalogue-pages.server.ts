// What the buyer-facing catalogue pages show: the search page (URL parameters → search with the
// key specifications of each result), a product with its specifications, and the comparison of up
// to four products with the rows that differ.
import type { Db } from "../../db/client.server.ts";
import { getProduct } from "./catalogue.server.ts";
import { CATEGORY_DEFINITIONS } from "./categories.ts";
import { searchProducts } from "./search.server.ts";
import { type AttributeType, PRICE_BANDS, searchQueryFromParams } from "./shared.ts";

type SpecValue = string | number | boolean;

/** A specification value with what it takes to show it: label, unit and type. */
export type LabelledSpec = {
  key: string;
  labelNl: string;
  labelEn: string;
  unit: string | null;
  type: AttributeType;
  value: SpecValue;
};

/** How many specifications a search result shows. */
export const KEY_SPEC_COUNT = 4;

const definitionBySlug = new Map(CATEGORY_DEFINITIONS.map((definition) => [definition.slug, definition]));

/** The first `limit` specifications of a product, in the order of its category's attributes. */
export function keySpecsOf(categorySlug: string, specs: Record<string, SpecValue>, limit = KEY_SPEC_COUNT): LabelledSpec[] {
  const definition = definitionBySlug.get(categorySlug);
  if (!definition) return [];
  const out: LabelledSpec[] = [];
  for (const attribute of definition.attributes) {
    const value = specs[attribute.key];
    if (value === undefined || value === null || value === "") continue;
    out.push({
      key: attribute.key,
      labelNl: attribute.labelNl,
      labelEn: attribute.labelEn,
      unit: attribute.unit ?? null,
      type: attribute.type,
      value,
    });
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The search parameters of the page: as `searchQueryFromParams` reads them, plus `prijs=<band>`
 * (the price facet's radio buttons) standing for `prijsMin`/`prijsMax` of that band when those
 * are not given.
 */
export function searchParamsOfPage(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  const band = PRICE_BANDS.find((b) => b.key === params.get("prijs"));
  if (band && !params.get("prijsMin") && !params.get("prijsMax")) {
    if (band.min !== null) out.set("prijsMin", String(band.min / 100));
    if (band.max !== null) out.set("prijsMax", String(band.max / 100));
  }
  out.delete("prijs");
  return out;
}

/** Results on one search page (unless the address asks for another number with `per`). */
export const SEARCH_PAGE_SIZE = 20;

/** How to show a key specification: its label, unit and type. */
export type SpecLabel = Omit<LabelledSpec, "key" | "value">;

/**
 * The search page: the query as understood, the result with each item's key specifications, and
 * all categories. Only what the page shows: it travels twice, as HTML and as the router's
 * hydration data. An item names its category by slug (names are in `categories`) and its key
 * specifications by key and value (labels, once per category and key, are in `specLabels`).
 */
export async function searchCataloguePage(db: Db, params: URLSearchParams) {
  const query = searchQueryFromParams(searchParamsOfPage(params));
  if (!params.get("per")) query.pageSize = SEARCH_PAGE_SIZE;
  const { items, categories, ...result } = await searchProducts(db, query);
  const specLabels: Record<string, Record<string, SpecLabel>> = {};
  const shown = items.map((item) => {
    const slug = item.category.slug;
    const keySpecs = keySpecsOf(slug, item.specs).map(({ key, value, ...label }) => {
      const labels = (specLabels[slug] ??= {});
      labels[key] ??= label;
      return { key, value };
    });
    return {
      id: item.id,
      name: item.name,
      manufacturer: item.manufacturer,
      partNumber: item.partNumber,
      category: slug,
      bestPriceCents: item.bestPriceCents,
      bestLeadTimeDays: item.bestLeadTimeDays,
      inStock: item.inStock,
      offerCount: item.offerCount,
      keySpecs,
    };
  });
  return {
    query,
    result: { ...result, items: shown },
    specLabels,
    categories: categories.map(({ slug, nameNl, nameEn }) => ({ slug, nameNl, nameEn })),
  };
}

/** A product page: the product, its offers, and its specifications labelled in attribute order. */
export async function productPage(db: Db, id: string) {
  const product = await getProduct(db, id);
  if (!product) return undefined;
  const specs: LabelledSpec[] = [];
  for (const attribute of product.attributes) {
    const value = (product.specs as Record<string, SpecValue>)[attribute.key];
    if (value === undefined || value === null || value === "") continue;
    specs.push({
      key: attribute.key,
      labelNl: attribute.labelNl,
      labelEn: attribute.labelEn,
      unit: attribute.unit,
      type: attribute.type as AttributeType,
      value,
    });
  }
  const fastest = product.offers.filter((offer) => offer.bestLeadTime);
  return {
    id: product.id,
    name: product.name,
    description: product.description,
    images: product.images.filter((image) => image.url.startsWith("https://")).slice(0, 10),
    manufacturer: product.manufacturer,
    partNumber: product.partNumber,
    gtin: product.gtin,
    unspsc: product.unspsc,
    category: { slug: product.category.slug, nameNl: product.category.nameNl, nameEn: product.category.nameEn },
    bestPriceCents: product.bestPriceCents,
    bestLeadTimeDays: product.bestLeadTimeDays,
    inStock: product.inStock,
    offerCount: product.offerCount,
    specs,
    offers: product.offers,
    cheapestOffer: product.offers[0] ?? null,
    fastestOffer: fastest.sort((a, b) => a.priceCents - b.priceCents)[0] ?? null,
  };
}

/** Most products one comparison shows. */
export const MAX_COMPARE = 4;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The product ids of a comparison URL: `ids=a,b,c` or `ids=a&ids=b` (what the search page's
 * checkboxes send), without duplicates, in the order given.
 */
export function compareIdsFrom(params: URLSearchParams): string[] {
  const ids = params
    .getAll("ids")
    .flatMap((value) => value.split(","))
    .map((value) => value.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(ids)].slice(0, 50);
}

export type CompareRow = {
  key: string;
  labelNl: string;
  labelEn: string;
  unit: string | null;
  type: AttributeType;
  /** One value per product, in column order; null when a product has none. */
  values: (SpecValue | null)[];
  /** The products do not all have the same value. */
  differs: boolean;
};

/**
 * Up to four products side by side. More ids than four: the first four are compared and
 * `tooMany` says how many were asked; ids that are malformed or name no product are counted in
 * `missing` and left out.
 */
export async function compareProducts(db: Db, ids: readonly string[]) {
  const requested = ids.length;
  const chosen = ids.slice(0, MAX_COMPARE);
  const found = await Promise.all(chosen.map((id) => (UUID.test(id) ? getProduct(db, id) : Promise.resolve(undefined))));
  const products = found.filter((product) => product !== undefined);
  const attributes = new Map<string, Omit<CompareRow, "values" | "differs">>();
  for (const product of products) {
    for (const attribute of product.attributes) {
      if (!attributes.has(attribute.key)) {
        attributes.set(attribute.key, {
          key: attribute.key,
          labelNl: attribute.labelNl,
          labelEn: attribute.labelEn,
          unit: attribute.unit,
          type: attribute.type as AttributeType,
        });
      }
    }
  }
  const rows: CompareRow[] = [];
  for (const attribute of attributes.values()) {
    const values = products.map((product) => {
      const value = (product.specs as Record<string, SpecValue>)[attribute.key];
      return value === undefined || value === "" ? null : value;
    });
    if (values.every((value) => value === null)) continue;
    rows.push({ ...attribute, values, differs: new Set(values.map((value) => JSON.stringify(value))).size > 1 });
  }
  const prices = products.map((p) => p.bestPriceCents).filter((price): price is number => price !== null);
  const leads = products.map((p) => p.bestLeadTimeDays).filter((lead): lead is number => lead !== null);
  const bestPrice = prices.length ? Math.min(...prices) : null;
  const bestLead = leads.length ? Math.min(...leads) : null;
  return {
    products: products.map((p) => ({
      id: p.id,
      name: p.name,
      manufacturer: p.manufacturer,
      partNumber: p.partNumber,
      category: { slug: p.category.slug, nameNl: p.category.nameNl, nameEn: p.category.nameEn },
      bestPriceCents: p.bestPriceCents,
      bestLeadTimeDays: p.bestLeadTimeDays,
      inStock: p.inStock,
      offerCount: p.offerCount,
      cheapest: products.length > 1 && bestPrice !== null && p.bestPriceCents === bestPrice,
      fastest: products.length > 1 && bestLead !== null && p.bestLeadTimeDays === bestLead,
    })),
    rows,
    requested,
    tooMany: requested > MAX_COMPARE,
    missing: chosen.length - products.length,
  };
}
