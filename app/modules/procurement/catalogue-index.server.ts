// The in-process search index: for every product (by its compact `ord`) the values search filters
// and counts on — category, brand, best price, best lead time, stock, whether it has a valid
// offer, and its specifications — in typed arrays.
//
// Why: counting facets in SQL costs a hash-aggregate step per matched row and facet; a word like
// "laptops" matches a whole category (tens of thousands of products at 150,000) and the grouped
// query alone then takes far longer than a search may. The database still decides which products
// match the words (GIN on the stored tsvector); this index filters, counts and sorts those
// matches in a few milliseconds.
//
// Freshness: every product write and offer-summary change notes its transaction (xid8) in
// procurement.catalogue_changes. The index remembers the oldest transaction that was running when
// it last read (the snapshot's xmin) and, before each search, reads the rows changed by any
// transaction from there on. A change committed late by a long transaction is therefore never
// missed, and several application instances each keep their own index in step with PostgreSQL.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";
import { rowsOf } from "./db-util.server.ts";
import { PRICE_BANDS, type SearchSort, type SpecFilter } from "./shared.ts";

export type SpecValue = string | number | boolean;

/** Counts behind the facets, produced by either search path. */
export type FacetCounts = {
  /** Matches that pass every filter. */
  total: number;
  /** Products that match the words (or the browsed category), before filters. */
  matched: number;
  categories: Map<number, number>;
  brands: Map<string, number>;
  priceBands: number[];
  leadTimes: Map<number, number>;
  inStock: number;
  /** Per spec column alias: value (as JSON) → value and count. */
  specs: Map<string, Map<string, { value: unknown; count: number }>>;
};

type SpecColumn = { codes: Int16Array; values: SpecValue[]; lookup: Map<string, number> };

const LOAD_CHUNK = 5000;
/** More changed rows than this and the index reloads instead of patching. */
const DELTA_LIMIT = 20_000;
const NO_CODE = -1;

/** A key for a spec value that compares the way jsonb equality does (16 equals 16.0). */
export const specKey = (value: unknown) =>
  typeof value === "number" ? `n:${value}` : typeof value === "boolean" ? `b:${value}` : `s:${String(value)}`;

type ProductRow = {
  ord: number;
  category_id: number | null;
  manufacturer: string | null;
  specs: string | Record<string, unknown> | null;
  best_price_cents: number | null;
  best_lead_time_days: number | null;
  in_stock: boolean | null;
  offer_count: number | null;
};

export class CatalogueIndex {
  capacity = 0;
  alive = new Uint8Array(0);
  category = new Int16Array(0);
  brand = new Int32Array(0);
  price = new Int32Array(0);
  lead = new Int16Array(0);
  stock = new Uint8Array(0);
  brands: string[] = [];
  private brandCodes = new Map<string, number>();
  specs = new Map<string, SpecColumn>();
  /** xid8 (as text) from which changes have not been read yet; null before the first load. */
  watermark: string | null = null;
  private pending: Promise<void> | null = null;
  /** Goes up whenever the index takes in a change: what a cached search page was rendered at. */
  version = 0;
  /** How often the index was read whole and patched, for the benchmark and operations. */
  loads = 0;
  patches = 0;
  patchedRows = 0;

  /** Makes sure changes up to now are in; `changed` is the probe's answer (null: unknown). */
  async sync(db: DbOrTx, changed: boolean | null): Promise<void> {
    // A read in progress finishes first: the index is never used half-read.
    if (this.pending) await this.pending;
    if (this.watermark !== null && changed === false) return;
    if (!this.pending) {
      this.pending = (this.watermark === null ? this.load(db) : this.patch(db)).finally(() => {
        this.pending = null;
      });
    }
    await this.pending;
  }

  private grow(capacity: number) {
    if (capacity <= this.capacity) return;
    const size = Math.max(capacity, Math.ceil(this.capacity * 1.5), 1024);
    const extend = <T extends Uint8Array | Int16Array | Int32Array>(old: T, make: (n: number) => T, fill = 0): T => {
      const next = make(size);
      if (fill) next.fill(fill);
      next.set(old);
      return next;
    };
    this.alive = extend(this.alive, (n) => new Uint8Array(n));
    this.category = extend(this.category, (n) => new Int16Array(n));
    this.brand = extend(this.brand, (n) => new Int32Array(n), NO_CODE);
    this.price = extend(this.price, (n) => new Int32Array(n));
    this.lead = extend(this.lead, (n) => new Int16Array(n));
    this.stock = extend(this.stock, (n) => new Uint8Array(n));
    for (const column of this.specs.values()) column.codes = extend(column.codes, (n) => new Int16Array(n), NO_CODE);
    this.capacity = size;
  }

  private specColumn(key: string): SpecColumn {
    let column = this.specs.get(key);
    if (!column) {
      const codes = new Int16Array(this.capacity);
      codes.fill(NO_CODE);
      column = { codes, values: [], lookup: new Map() };
      this.specs.set(key, column);
    }
    return column;
  }

  private apply(row: ProductRow) {
    const o = row.ord;
    this.grow(o + 1);
    // Clear the product's old spec values: a spec may have been removed.
    for (const column of this.specs.values()) column.codes[o] = NO_CODE;
    if (row.category_id === null || row.manufacturer === null) {
      this.alive[o] = 0;
      return;
    }
    this.alive[o] = (row.offer_count ?? 0) > 0 ? 1 : 0;
    this.category[o] = row.category_id;
    let code = this.brandCodes.get(row.manufacturer);
    if (code === undefined) {
      code = this.brands.length;
      this.brands.push(row.manufacturer);
      this.brandCodes.set(row.manufacturer, code);
    }
    this.brand[o] = code;
    this.price[o] = row.best_price_cents ?? 0;
    this.lead[o] = row.best_lead_time_days ?? 0;
    this.stock[o] = row.in_stock ? 1 : 0;
    const specs = (typeof row.specs === "string" ? JSON.parse(row.specs) : row.specs) as Record<string, unknown> | null;
    for (const [key, value] of Object.entries(specs ?? {})) {
      if (value === null || typeof value === "object") continue;
      const column = this.specColumn(key);
      const k = specKey(value);
      let valueCode = column.lookup.get(k);
      if (valueCode === undefined) {
        // Int16 codes: a key with more than 32,767 distinct values keeps counting the first ones only.
        if (column.values.length >= 32_767) continue;
        valueCode = column.values.length;
        column.values.push(value as SpecValue);
        column.lookup.set(k, valueCode);
      }
      column.codes[o] = valueCode;
    }
  }

  private static readonly columns = sql`p.category_id, p.manufacturer, p.specs::text AS specs, s.best_price_cents,
    s.best_lead_time_days, s.in_stock, s.offer_count`;

  /** Reads every product, in chunks (bounded memory). */
  private async load(db: DbOrTx) {
    const [snapshot] = await rowsOf<{ xmin: string }>(db, sql`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`);
    // Read into a new index and swap at the end, so searches meanwhile keep using the old one.
    const next = new CatalogueIndex();
    let after = 0;
    for (;;) {
      const rows = await rowsOf<ProductRow>(
        db,
        sql`SELECT p.ord, ${CatalogueIndex.columns}
              FROM procurement.products p
              LEFT JOIN procurement.product_offer_summaries s ON s.product_id = p.id
             WHERE p.ord > ${after}
             ORDER BY p.ord
             LIMIT ${LOAD_CHUNK}`,
      );
      for (const row of rows) next.apply(row);
      if (rows.length < LOAD_CHUNK) break;
      after = rows.at(-1)!.ord;
    }
    this.capacity = next.capacity;
    this.alive = next.alive;
    this.category = next.category;
    this.brand = next.brand;
    this.price = next.price;
    this.lead = next.lead;
    this.stock = next.stock;
    this.brands = next.brands;
    this.brandCodes = next.brandCodes;
    this.specs = next.specs;
    this.loads++;
    this.version++;
    this.watermark = snapshot!.xmin;
  }

  /** Reads the products changed since the watermark (deleted ones come back without data). */
  private async patch(db: DbOrTx) {
    const [row] = await rowsOf<{ xmin: string; rows: ProductRow[] }>(
      db,
      sql`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
                 coalesce((SELECT json_agg(json_build_object(
                     'ord', c.ord, 'category_id', p.category_id, 'manufacturer', p.manufacturer, 'specs', p.specs,
                     'best_price_cents', s.best_price_cents, 'best_lead_time_days', s.best_lead_time_days,
                     'in_stock', s.in_stock, 'offer_count', s.offer_count))
                   FROM (SELECT ord FROM procurement.catalogue_changes WHERE xid >= ${this.watermark}::xid8
                          LIMIT ${DELTA_LIMIT + 1}) c
                   LEFT JOIN procurement.products p ON p.ord = c.ord
                   LEFT JOIN procurement.product_offer_summaries s ON s.product_id = p.id), '[]'::json) AS rows`,
    );
    if (row!.rows.length > DELTA_LIMIT) {
      await this.load(db);
      return;
    }
    for (const changed of row!.rows) this.apply(changed);
    if (row!.rows.length > 0) this.version++;
    this.patches++;
    this.patchedRows += row!.rows.length;
    this.watermark = row!.xmin;
  }

  /** The spec value code of a product, or -1. */
  specCode(key: string, ord: number): number {
    return this.specs.get(key)?.codes[ord] ?? NO_CODE;
  }
}

const indexes = new WeakMap<object, CatalogueIndex>();

/** How often the index of this database handle was read whole or patched. */
export function catalogueIndexStats(db: object) {
  const index = indexes.get(db);
  return index
    ? {
        products: index.alive.reduce((n, a) => n + a, 0),
        loads: index.loads,
        patches: index.patches,
        patchedRows: index.patchedRows,
      }
    : null;
}

/**
 * The catalogue version this process knows of for a database handle: it goes up each time a
 * search reads a change from the change log (0 before the first search).
 */
export function catalogueVersion(db: object): number {
  return indexes.get(db)?.version ?? 0;
}

/** The index of this database handle (one per process and database). */
export function indexFor(db: object): CatalogueIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new CatalogueIndex();
    indexes.set(db, index);
  }
  return index;
}

// --- Filtering, counting and ordering -------------------------------------------------------

export const BIT = { category: 1, brand: 2, price: 4, lead: 8, stock: 16 } as const;
export const specBit = (index: number) => 32 * 2 ** index;

export type IndexSpec = { key: string; alias: string; facet: boolean; filter?: SpecFilter; bit: number; type: string };

export type IndexSearch = {
  /** Matches from the database (ords and, for relevance, ranks), or null to browse. */
  matches: { ords: ArrayLike<number>; ranks: ArrayLike<number> | null } | null;
  /** Browsing: only this category (the words are absent). */
  hardCategoryId: number | null;
  /** Words present and a category chosen: the category is a facet filter. */
  softCategoryId: number | null;
  brands: string[];
  priceMinCents?: number;
  priceMaxCents?: number;
  maxLeadTime?: number;
  inStock: boolean;
  specs: IndexSpec[];
  sort: SearchSort;
  offset: number;
  limit: number;
};

/** A test on a spec value code for one filter, or undefined when the filter cannot apply. */
function specTest(index: CatalogueIndex, spec: IndexSpec): ((code: number) => boolean) | undefined {
  const column = index.specs.get(spec.key);
  const filter = spec.filter;
  if (filter === undefined) return undefined;
  if (typeof filter === "object" && !Array.isArray(filter)) {
    if (spec.type !== "number") return undefined;
    const { min, max } = filter;
    return (code) => {
      if (code < 0 || !column) return false;
      const value = column.values[code];
      return typeof value === "number" && (min === undefined || value >= min) && (max === undefined || value <= max);
    };
  }
  const wanted = new Set<string>();
  for (const v of Array.isArray(filter) ? filter : [filter]) {
    if (spec.type === "number") {
      const n = typeof v === "number" ? v : Number(String(v).replace(",", "."));
      if (Number.isFinite(n)) wanted.add(specKey(n));
    } else if (spec.type === "boolean") {
      if (v === true || v === "true" || v === "1" || v === "ja") wanted.add("b:true");
      else if (v === false || v === "false" || v === "0" || v === "nee") wanted.add("b:false");
    } else wanted.add(specKey(String(v)));
  }
  if (wanted.size === 0) return undefined;
  return (code) => code >= 0 && column !== undefined && wanted.has(specKey(column.values[code]));
}

/** Filters, counts every facet (disjunctively) and picks one page of ords, like the SQL path. */
export function searchIndex(index: CatalogueIndex, search: IndexSearch): { counts: FacetCounts; pageOrds: number[] } {
  const brandWanted = new Uint8Array(index.brands.length);
  const lowered = new Set(search.brands.map((b) => b.toLowerCase()));
  index.brands.forEach((name, code) => {
    if (lowered.has(name.toLowerCase())) brandWanted[code] = 1;
  });
  const filters = search.specs
    .map((spec) => ({ spec, codes: index.specs.get(spec.key)?.codes, test: specTest(index, spec) }))
    .filter((f) => f.test !== undefined) as { spec: IndexSpec; codes: Int16Array | undefined; test: (code: number) => boolean }[];
  // A filter's verdict per value code, computed once rather than per product.
  const verdicts = filters.map((f) => {
    const values = index.specs.get(f.spec.key)?.values.length ?? 0;
    const pass = new Uint8Array(values);
    for (let code = 0; code < values; code++) pass[code] = f.test(code) ? 1 : 0;
    return { bit: f.spec.bit, codes: f.codes, pass };
  });
  const facetSpecs = search.specs
    .filter((spec) => spec.facet)
    .map((spec) => {
      const column = index.specs.get(spec.key);
      return { spec, codes: column?.codes, counts: new Int32Array(column?.values.length ?? 0) };
    });

  const categoryCounts = new Int32Array(32_768);
  const brandCounts = new Int32Array(index.brands.length);
  const leadCounts = new Int32Array(367);
  const priceBands = PRICE_BANDS.map(() => 0);
  const bandMins = PRICE_BANDS.slice(1).map((band) => band.min!);
  let total = 0;
  let matched = 0;
  let inStockCount = 0;

  const matches = search.matches;
  const ranks = matches?.ranks ?? null;
  const useRank = matches !== null && search.sort === "relevance" && ranks !== null;
  const { alive, category: categories, brand: brands, price: prices, lead: leads, stock: stocks } = index;
  // Sort keys: lower sorts first.
  const sortKey = (ord: number, rank: number): [number, number, number, number] => {
    switch (search.sort) {
      case "price":
        return [prices[ord]!, leads[ord]!, ord, 0];
      case "leadtime":
        return [leads[ord]!, prices[ord]!, ord, 0];
      default:
        return useRank ? [-rank, -stocks[ord]!, prices[ord]!, ord] : [-stocks[ord]!, prices[ord]!, ord, 0];
    }
  };
  const less = (a: [number, number, number, number], b: [number, number, number, number]) =>
    a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && (a[2] < b[2] || (a[2] === b[2] && a[3] < b[3])))));
  const want = search.offset + search.limit;
  // Deep pages: keep every passing row and sort once at the end.
  const collectAll = want > 1000;
  const top: { ord: number; key: [number, number, number, number] }[] = [];

  const hard = search.hardCategoryId;
  const soft = search.softCategoryId;
  const filterBrand = search.brands.length > 0;
  const { priceMinCents, priceMaxCents, maxLeadTime } = search;
  const inStockOnly = search.inStock;
  const count = matches ? matches.ords.length : index.capacity;

  for (let i = matches ? 0 : 1; i < count; i++) {
    const ord = matches ? matches.ords[i]! : i;
    if (ord >= index.capacity || alive[ord] !== 1) continue;
    const category = categories[ord]!;
    if (hard !== null && category !== hard) continue;
    matched++;
    let miss = 0;
    if (soft !== null && category !== soft) miss |= BIT.category;
    const brand = brands[ord]!;
    if (filterBrand && (brand < 0 || brandWanted[brand] !== 1)) miss |= BIT.brand;
    const price = prices[ord]!;
    if ((priceMinCents !== undefined && price < priceMinCents) || (priceMaxCents !== undefined && price > priceMaxCents)) {
      miss |= BIT.price;
    }
    const lead = leads[ord]!;
    if (maxLeadTime !== undefined && lead > maxLeadTime) miss |= BIT.lead;
    const stock = stocks[ord]!;
    if (inStockOnly && stock !== 1) miss |= BIT.stock;
    for (const verdict of verdicts) {
      const code = verdict.codes ? verdict.codes[ord]! : NO_CODE;
      if (code < 0 || verdict.pass[code] !== 1) miss |= verdict.bit;
    }

    if (miss === 0) {
      total++;
      if (collectAll) top.push({ ord, key: sortKey(ord, useRank ? ranks![i]! : 0) });
      else {
        const key = sortKey(ord, useRank ? ranks![i]! : 0);
        if (top.length < want || less(key, top[top.length - 1]!.key)) {
          let lo = 0;
          let hi = top.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (less(top[mid]!.key, key)) lo = mid + 1;
            else hi = mid;
          }
          top.splice(lo, 0, { ord, key });
          if (top.length > want) top.pop();
        }
      }
    }
    if ((miss & ~BIT.category) === 0) categoryCounts[category]!++;
    if ((miss & ~BIT.brand) === 0 && brand >= 0) brandCounts[brand]!++;
    if ((miss & ~BIT.price) === 0) {
      let band = 0;
      while (band < bandMins.length && price >= bandMins[band]!) band++;
      priceBands[band]!++;
    }
    if ((miss & ~BIT.lead) === 0) leadCounts[Math.min(lead, 366)]!++;
    if ((miss & ~BIT.stock) === 0 && stock === 1) inStockCount++;
    for (const facet of facetSpecs) {
      if ((miss & ~facet.spec.bit) !== 0 || !facet.codes) continue;
      const code = facet.codes[ord]!;
      if (code >= 0) facet.counts[code]!++;
    }
  }
  if (collectAll) top.sort((a, b) => (less(a.key, b.key) ? -1 : less(b.key, a.key) ? 1 : 0));

  const counts: FacetCounts = {
    total,
    matched,
    categories: new Map(),
    brands: new Map(),
    priceBands,
    leadTimes: new Map(),
    inStock: inStockCount,
    specs: new Map(),
  };
  categoryCounts.forEach((n, id) => {
    if (n > 0) counts.categories.set(id, n);
  });
  brandCounts.forEach((n, code) => {
    if (n > 0) counts.brands.set(index.brands[code]!, n);
  });
  leadCounts.forEach((n, days) => {
    if (n > 0) counts.leadTimes.set(days, n);
  });
  for (const facet of facetSpecs) {
    const values = new Map<string, { value: unknown; count: number }>();
    const column = index.specs.get(facet.spec.key);
    facet.counts.forEach((n, code) => {
      if (n === 0) return;
      const value = column!.values[code];
      values.set(specKey(value), { value, count: n });
    });
    counts.specs.set(facet.spec.alias, values);
  }
  return { counts, pageOrds: top.slice(search.offset).map((t) => t.ord) };
}
