// Product search with facets.
//
//  1. One statement asks the lexicon which query words occur in product texts, which are stop
//     words, their synonyms and, for unknown words, the nearest known words (trigram KNN on
//     procurement.search_terms); it also returns the categories, the chosen category's attributes
//     and whether the catalogue changed since the in-process index last looked.
//  2. The words become a tsquery (query-terms.ts) and are matched in tiers until something
//     matches: the title words of each product (narrow product_search table, GIN), then all its
//     text including the description (products.search_vector, GIN), then trigram similarity on
//     the short normalised text (products.search_text, GIN).
//  3. Filters, facet counts and ordering run over the matches in the in-process index
//     (catalogue-index.server.ts), and one statement fetches the page of products.
//
// The same search also exists as SQL alone (`engine: "sql"`): one statement that keeps the matches
// in a materialised CTE, counts every facet in one GROUPING SETS pass and returns the page. It is
// the reference the index path is tested against, the benchmark's baseline, and what runs inside
// a transaction (which must see its own uncommitted writes).
//
// Facets are disjunctive: a facet's counts ignore its own filter (choosing Dell still shows how
// many HP products there are) and apply all the others. Each match carries a bit mask of the
// filters it fails; a facet counts the matches whose mask has no bit other than its own.
import { type SQL, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client.server.ts";
import { BIT, type FacetCounts, type IndexSpec, indexFor, searchIndex, specBit, specKey } from "./catalogue-index.server.ts";
import { rowsOf } from "./db-util.server.ts";
import {
  type Clause,
  type Correction,
  type Lexicon,
  allowedEdits,
  buildTsQuery,
  lexiconCandidates,
  normaliseText,
  parseQuery,
} from "./query-terms.ts";
import {
  type AttributeType,
  LEAD_TIME_BANDS,
  PRICE_BANDS,
  type SearchQuery,
  type SearchQueryInput,
  type SpecFilter,
  searchQuerySchema,
} from "./shared.ts";

export type CategoryRef = { id: number; slug: string; nameNl: string; nameEn: string };
type AttributeRow = { key: string; labelNl: string; labelEn: string; type: AttributeType; unit: string | null; facet: boolean };

export type SearchItem = {
  id: string;
  name: string;
  manufacturer: string;
  partNumber: string;
  gtin: string | null;
  category: { slug: string; nameNl: string; nameEn: string };
  image: { url: string; alt?: string } | null;
  specs: Record<string, string | number | boolean>;
  bestPriceCents: number;
  bestLeadTimeDays: number;
  inStock: boolean;
  offerCount: number;
};

export type FacetValue<T> = { value: T; count: number; selected: boolean };

export type SearchFacets = {
  categories: (FacetValue<string> & { nameNl: string; nameEn: string })[];
  brands: FacetValue<string>[];
  priceBands: (FacetValue<string> & { min: number | null; max: number | null })[];
  leadTimes: FacetValue<number>[];
  inStock: { count: number; selected: boolean };
  specs: {
    key: string;
    labelNl: string;
    labelEn: string;
    type: AttributeType;
    unit: string | null;
    values: FacetValue<string | number | boolean>[];
  }[];
};

export type SearchResult = {
  items: SearchItem[];
  total: number;
  page: number;
  pageSize: number;
  facets: SearchFacets;
  /** How the words were understood: full text, trigram fallback, or no words (browsing). */
  mode: "fulltext" | "fuzzy" | "browse";
  /** Words the search corrected ("lapotp" → "laptop"). */
  corrections: Correction[];
  /** The chosen category, when it exists. */
  category: CategoryRef | null;
  /** Every category, in catalogue order (read with the lexicon, in the same statement). */
  categories: CategoryRef[];
};

export type SearchOptions = {
  /** "index" (default outside transactions) or "sql" (the reference path). */
  engine?: "index" | "sql";
};

/** Most brand values a facet lists (selected brands are always listed). */
export const BRAND_FACET_LIMIT = 30;
const SPEC_VALUES_LIMIT = 30;

type PreRow = {
  stopwords: string[];
  known: string[];
  prefixes: string[];
  synonyms: [string, string][];
  neighbours: { token: string; term: string; frequency: number }[];
  categories: CategoryRef[];
  attributes: AttributeRow[];
  changed: boolean | null;
};

/** Step 1: what the lexicon, the categories and the change log say, in one statement. */
async function lookUp(db: DbOrTx, clauses: Clause[], categorySlug: string | undefined, watermark: string | null) {
  const { tokens, candidates } = lexiconCandidates(clauses);
  // Words that might be typos: letters only and long enough to correct.
  const correctable = tokens.filter((token) => /^[a-z]+$/.test(token) && allowedEdits(token.length) > 0);
  const [row] = await rowsOf<PreRow>(
    db,
    sql`SELECT
      (SELECT coalesce(json_agg(t), '[]'::json) FROM unnest(${sql.param(tokens)}::text[]) AS t
        WHERE to_tsvector('pg_catalog.dutch', t) = ''::tsvector) AS stopwords,
      (SELECT coalesce(json_agg(term), '[]'::json) FROM procurement.search_terms
        WHERE term = ANY(${sql.param(candidates)}::text[])) AS known,
      (SELECT coalesce(json_agg(t), '[]'::json) FROM unnest(${sql.param(tokens)}::text[]) AS t
        WHERE length(t) >= 3 AND EXISTS (
          SELECT 1 FROM procurement.search_terms s WHERE s.term ~>=~ t AND s.term ~<~ (t || '{') AND s.term <> t)) AS prefixes,
      (SELECT coalesce(json_agg(json_build_array(term, synonym)), '[]'::json) FROM procurement.search_synonyms
        WHERE term = ANY(${sql.param(tokens)}::text[])) AS synonyms,
      (SELECT coalesce(json_agg(json_build_object('token', t, 'term', n.term, 'frequency', n.frequency)), '[]'::json)
         FROM unnest(${sql.param(correctable)}::text[]) AS t
        CROSS JOIN LATERAL (
          SELECT s.term, s.frequency FROM procurement.search_terms s ORDER BY s.term <-> t LIMIT 8) AS n
        WHERE NOT EXISTS (SELECT 1 FROM procurement.search_terms s WHERE s.term ~>=~ t AND s.term ~<~ (t || '{'))) AS neighbours,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'slug', slug, 'nameNl', name_nl, 'nameEn', name_en) ORDER BY position), '[]'::json)
         FROM procurement.categories) AS categories,
      (SELECT coalesce(json_agg(json_build_object('key', a.key, 'labelNl', a.label_nl, 'labelEn', a.label_en, 'type', a.type,
                                                  'unit', a.unit, 'facet', a.facet) ORDER BY a.position), '[]'::json)
         FROM procurement.category_attributes a JOIN procurement.categories c ON c.id = a.category_id
        WHERE c.slug = ${categorySlug ?? null}::text) AS attributes,
      ${
        watermark === null
          ? sql`NULL::boolean`
          : sql`EXISTS (SELECT 1 FROM procurement.catalogue_changes WHERE xid >= ${watermark}::xid8)`
      } AS changed`,
  );
  return row!;
}

type Match =
  | { kind: "title"; tsquery: string }
  | { kind: "all"; tsquery: string }
  | { kind: "fuzzy"; text: string; words: string[] }
  | { kind: "none" };

/**
 * FROM/WHERE and rank of a match, over products p (and product_search t for titles). `narrow` is
 * the smallest FROM that yields the matching ords, with `ord` naming them (the index path needs
 * nothing else).
 */
function matchSql(match: Match, withRank: boolean): { from: SQL; where: SQL[]; rank: SQL; narrow: SQL; ord: SQL } {
  const none = sql`0::real`;
  switch (match.kind) {
    case "title": {
      const q = sql`to_tsquery('pg_catalog.dutch', ${match.tsquery}::text)`;
      return {
        from: sql`procurement.product_search t JOIN procurement.products p ON p.ord = t.ord`,
        where: [sql`t.vector @@ ${q}`],
        rank: withRank ? sql`ts_rank(t.vector, ${q})` : none,
        narrow: sql`procurement.product_search t`,
        ord: sql`t.ord`,
      };
    }
    case "all": {
      const q = sql`to_tsquery('pg_catalog.dutch', ${match.tsquery}::text)`;
      return {
        from: sql`procurement.products p`,
        where: [sql`p.search_vector @@ ${q}`],
        rank: withRank ? sql`ts_rank(p.search_vector, ${q})` : none,
        narrow: sql`procurement.products p`,
        ord: sql`p.ord`,
      };
    }
    case "fuzzy": {
      // Every word must be similar to a word of the text, or (a piece of a part number, with a
      // digit) occur inside it.
      const each = match.words.map((word) =>
        /\d/.test(word) && word.length >= 4
          ? sql`(${word}::text <% p.search_text OR p.search_text LIKE ${`%${word}%`}::text)`
          : sql`${word}::text <% p.search_text`,
      );
      return {
        from: sql`procurement.products p`,
        where: [sql.join(each, sql` AND `)],
        rank: withRank ? sql`word_similarity(${match.text}::text, p.search_text)` : none,
        narrow: sql`procurement.products p`,
        ord: sql`p.ord`,
      };
    }
    case "none":
      return { from: sql`procurement.products p`, where: [], rank: none, narrow: sql`procurement.products p`, ord: sql`p.ord` };
  }
}

/** The spec filter as SQL over `p.specs`, typed by the attribute; undefined when it cannot apply. */
function specCondition(spec: IndexSpec): SQL | undefined {
  const filter = spec.filter;
  if (filter === undefined) return undefined;
  const value = sql`p.specs -> ${spec.key}::text`;
  if (typeof filter === "object" && !Array.isArray(filter)) {
    if (spec.type !== "number") return undefined;
    const parts: SQL[] = [sql`jsonb_typeof(${value}) = 'number'`];
    if (filter.min !== undefined) parts.push(sql`${value} >= to_jsonb(${filter.min}::numeric)`);
    if (filter.max !== undefined) parts.push(sql`${value} <= to_jsonb(${filter.max}::numeric)`);
    return sql.join(parts, sql` AND `);
  }
  const wanted = (Array.isArray(filter) ? filter : [filter])
    .map((v) => {
      if (spec.type === "number") {
        const n = typeof v === "number" ? v : Number(String(v).replace(",", "."));
        return Number.isFinite(n) ? JSON.stringify(n) : undefined;
      }
      if (spec.type === "boolean") {
        if (v === true || v === "true" || v === "1" || v === "ja") return "true";
        if (v === false || v === "false" || v === "0" || v === "nee") return "false";
        return undefined;
      }
      return JSON.stringify(String(v));
    })
    .filter((v): v is string => v !== undefined);
  if (wanted.length === 0) return undefined;
  return sql`${value} = ANY(${sql.param(wanted)}::jsonb[])`;
}

type Plan = {
  query: SearchQuery;
  category: CategoryRef | null;
  specs: IndexSpec[];
};

const orderOf = (query: SearchQuery, hasText: boolean) =>
  ({
    relevance: hasText ? ["rank DESC", "in_stock DESC", "price", "ord"] : ["in_stock DESC", "price", "ord"],
    price: ["price", "lead", "ord"],
    leadtime: ["lead", "price", "ord"],
  })[query.sort];

const itemJson = sql`json_build_object(
  'id', p.id, 'name', p.name, 'manufacturer', p.manufacturer, 'partNumber', p.part_number, 'gtin', p.gtin,
  'category', json_build_object('slug', c.slug, 'nameNl', c.name_nl, 'nameEn', c.name_en),
  'images', p.images, 'specs', p.specs, 'bestPriceCents', s.best_price_cents,
  'bestLeadTimeDays', s.best_lead_time_days, 'inStock', s.in_stock, 'offerCount', s.offer_count)`;

type ItemRow = Omit<SearchItem, "image"> & { images: { url: string; alt?: string }[] };
type FacetRow = { f: string; v: unknown; miss: number; n: number };

/** The SQL path: matches, facets and one page of items in one statement. */
export function sqlSearchStatement(plan: Plan, match: Match): SQL {
  const { query, category, specs } = plan;
  const hasText = match.kind !== "none";
  const { from, where, rank } = matchSql(match, query.sort === "relevance");
  const conditions = [...where, sql`s.offer_count > 0`];
  const softCategory = hasText && category !== null;
  if (category && !softCategory) conditions.push(sql`p.category_id = ${category.id}`);
  if (query.category && !category) conditions.push(sql`false`);

  const misses: SQL[] = [];
  const bit = (n: number) => sql.raw(String(n));
  if (softCategory) misses.push(sql`CASE WHEN p.category_id = ${category!.id} THEN 0 ELSE ${bit(BIT.category)} END`);
  if (query.brands.length) {
    const brands = query.brands.map((b) => b.toLowerCase());
    misses.push(sql`CASE WHEN lower(p.manufacturer) = ANY(${sql.param(brands)}::text[]) THEN 0 ELSE ${bit(BIT.brand)} END`);
  }
  if (query.priceMin !== undefined || query.priceMax !== undefined) {
    const parts: SQL[] = [];
    if (query.priceMin !== undefined) parts.push(sql`s.best_price_cents >= ${Math.round(query.priceMin * 100)}`);
    if (query.priceMax !== undefined) parts.push(sql`s.best_price_cents < ${Math.round(query.priceMax * 100)}`);
    misses.push(sql`CASE WHEN ${sql.join(parts, sql` AND `)} THEN 0 ELSE ${bit(BIT.price)} END`);
  }
  if (query.maxLeadTime !== undefined) {
    misses.push(sql`CASE WHEN s.best_lead_time_days <= ${query.maxLeadTime} THEN 0 ELSE ${bit(BIT.lead)} END`);
  }
  if (query.inStock) misses.push(sql`CASE WHEN s.in_stock THEN 0 ELSE ${bit(BIT.stock)} END`);
  for (const spec of specs) {
    const condition = specCondition(spec);
    if (condition) misses.push(sql`CASE WHEN ${condition} THEN 0 ELSE ${bit(spec.bit)} END`);
  }
  const miss = misses.length ? sql.join(misses, sql` + `) : sql`0`;

  const specSelect = specs.map((spec) => sql`, p.specs -> ${spec.key}::text AS ${sql.raw(spec.alias)}`);
  const facetColumns = [
    ["c", "category_id"],
    ["b", "manufacturer"],
    ["p", "price_band"],
    ["l", "lead"],
    ["s", "in_stock"],
    ...specs.filter((spec) => spec.facet).map((spec) => [spec.alias, spec.alias]),
  ] as const;
  const label = sql.raw(
    `CASE ${facetColumns.map(([name, column]) => `WHEN GROUPING(x.${column}) = 0 THEN '${name}'`).join(" ")} END`,
  );
  const value = sql.raw(`COALESCE(${facetColumns.map(([, column]) => `to_jsonb(x.${column})`).join(", ")})`);
  const sets = sql.raw(facetColumns.map(([, column]) => `(x.${column}, x.miss)`).join(", "));
  const bounds = PRICE_BANDS.slice(1).map((band) => band.min!);
  const order = orderOf(query, hasText);

  return sql`WITH m AS MATERIALIZED (
      SELECT p.ord, p.category_id, p.manufacturer, s.best_price_cents AS price, s.best_lead_time_days AS lead, s.in_stock,
             ${rank} AS rank, ${miss} AS miss ${sql.join(specSelect, sql``)}
        FROM ${from}
        JOIN procurement.product_offer_summaries s ON s.product_id = p.id
       WHERE ${sql.join(conditions, sql` AND `)}
    ), facets AS (
      SELECT ${label} AS f, ${value} AS v, x.miss, count(*)::int AS n
        FROM (SELECT m.*, width_bucket(m.price, ${sql.param(bounds)}::int[]) AS price_band FROM m) x
       GROUP BY GROUPING SETS (${sets})
    ), page AS (
      SELECT ord, rank, price, lead, in_stock FROM m WHERE miss = 0
       ORDER BY ${sql.raw(order.join(", "))} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
    )
    SELECT
      (SELECT coalesce(json_agg(json_build_object('f', f, 'v', v, 'miss', miss, 'n', n)), '[]'::json) FROM facets) AS facets,
      (SELECT coalesce(json_agg(${itemJson} ORDER BY ${sql.raw(order.map((part) => `i.${part}`).join(", "))}), '[]'::json)
         FROM page i
         JOIN procurement.products p ON p.ord = i.ord
         JOIN procurement.product_offer_summaries s ON s.product_id = p.id
         JOIN procurement.categories c ON c.id = p.category_id) AS items`;
}

/** Facet rows of the SQL path as counts: each facet counts rows failing no filter but its own. */
function countsFromRows(rows: FacetRow[], plan: Plan, softCategory: boolean): FacetCounts {
  const by = (facet: string, ownBit: number) => {
    const out = new Map<string, { value: unknown; count: number }>();
    for (const row of rows) {
      if (row.f !== facet || (row.miss & ~ownBit) !== 0) continue;
      const key = typeof row.v === "string" ? row.v : JSON.stringify(row.v);
      const entry = out.get(key) ?? { value: row.v, count: 0 };
      entry.count += row.n;
      out.set(key, entry);
    }
    return out;
  };
  const sum = (map: Map<string, { count: number }>) => [...map.values()].reduce((n, e) => n + e.count, 0);
  const counts: FacetCounts = {
    total: sum(by("c", 0)),
    matched: rows.filter((row) => row.f === "c").reduce((n, row) => n + row.n, 0),
    categories: new Map([...by("c", softCategory ? BIT.category : 0).values()].map((e) => [Number(e.value), e.count])),
    brands: new Map([...by("b", BIT.brand).values()].map((e) => [String(e.value), e.count])),
    priceBands: PRICE_BANDS.map(() => 0),
    leadTimes: new Map([...by("l", BIT.lead).values()].map((e) => [Number(e.value), e.count])),
    inStock: by("s", BIT.stock).get("true")?.count ?? 0,
    specs: new Map(),
  };
  for (const entry of by("p", BIT.price).values()) counts.priceBands[Number(entry.value)] = entry.count;
  for (const spec of plan.specs.filter((s) => s.facet)) {
    const values = new Map<string, { value: unknown; count: number }>();
    for (const entry of by(spec.alias, spec.bit).values()) {
      if (entry.value === null || entry.value === undefined) continue;
      values.set(specKey(entry.value), entry);
    }
    counts.specs.set(spec.alias, values);
  }
  return counts;
}

/** The facets as shown: names, selection flags, sorted values. */
function presentFacets(counts: FacetCounts, plan: Plan, categories: CategoryRef[]): SearchFacets {
  const { query, category, specs } = plan;
  const categoryFacet = categories
    .map((c) => ({
      value: c.slug,
      nameNl: c.nameNl,
      nameEn: c.nameEn,
      count: counts.categories.get(c.id) ?? 0,
      selected: category?.id === c.id,
    }))
    .filter((c) => c.count > 0 || c.selected);

  const selectedBrands = new Set(query.brands.map((b) => b.toLowerCase()));
  const brands = [...counts.brands]
    .map(([value, count]) => ({ value, count, selected: selectedBrands.has(value.toLowerCase()) }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const shownBrands = brands.filter((b, index) => index < BRAND_FACET_LIMIT || b.selected);
  for (const wanted of query.brands) {
    if (!shownBrands.some((b) => b.value.toLowerCase() === wanted.toLowerCase())) {
      shownBrands.push({ value: wanted, count: 0, selected: true });
    }
  }

  const priceBands = PRICE_BANDS.map((band, index) => ({
    value: band.key,
    min: band.min,
    max: band.max,
    count: counts.priceBands[index] ?? 0,
    selected:
      (query.priceMin !== undefined || query.priceMax !== undefined) &&
      Math.round((query.priceMin ?? 0) * 100) === (band.min ?? 0) &&
      (query.priceMax === undefined ? band.max === null : band.max !== null && Math.round(query.priceMax * 100) === band.max),
  }));

  const leadTimes = LEAD_TIME_BANDS.map((days) => ({
    value: days,
    count: [...counts.leadTimes].filter(([lead]) => lead <= days).reduce((n, [, count]) => n + count, 0),
    selected: query.maxLeadTime === days,
  }));

  const specFacets: SearchFacets["specs"] = specs
    .filter((spec) => spec.facet)
    .map((spec) => {
      const filter = spec.filter;
      const chosen =
        filter === undefined || (typeof filter === "object" && !Array.isArray(filter))
          ? []
          : Array.isArray(filter)
            ? filter
            : [filter];
      const selected = new Set(chosen.map((v) => String(v).toLowerCase()));
      const values = [...(counts.specs.get(spec.alias)?.values() ?? [])]
        .filter((entry) => entry.value !== null && typeof entry.value !== "object")
        .map((entry) => ({
          value: entry.value as string | number | boolean,
          count: entry.count,
          selected: selected.has(String(entry.value).toLowerCase()),
        }))
        .sort((a, b) =>
          typeof a.value === "number" && typeof b.value === "number"
            ? a.value - b.value
            : typeof a.value === "boolean" && typeof b.value === "boolean"
              ? Number(b.value) - Number(a.value)
              : b.count - a.count || String(a.value).localeCompare(String(b.value)),
        )
        .slice(0, SPEC_VALUES_LIMIT);
      const attribute = attributeOf.get(spec)!;
      return {
        key: spec.key,
        labelNl: attribute.labelNl,
        labelEn: attribute.labelEn,
        type: attribute.type,
        unit: attribute.unit,
        values,
      };
    })
    .filter((facet) => facet.values.length > 0);

  return {
    categories: categoryFacet,
    brands: shownBrands,
    priceBands,
    leadTimes,
    inStock: { count: counts.inStock, selected: query.inStock },
    specs: specFacets,
  };
}

const attributeOf = new WeakMap<IndexSpec, AttributeRow>();
const toItem = ({ images, ...item }: ItemRow): SearchItem => ({ ...item, image: images[0] ?? null });

type Outcome = { counts: FacetCounts; items: SearchItem[] };

async function runSql(db: DbOrTx, plan: Plan, match: Match): Promise<Outcome> {
  const [row] = await rowsOf<{ facets: FacetRow[]; items: ItemRow[] }>(db, sqlSearchStatement(plan, match));
  const softCategory = match.kind !== "none" && plan.category !== null;
  return { counts: countsFromRows(row!.facets, plan, softCategory), items: row!.items.map(toItem) };
}

function unpackMatches(bytes: Uint8Array | null, withRank: boolean): { ords: Int32Array; ranks: Float32Array | null } {
  const width = withRank ? 8 : 4;
  const n = bytes ? Math.floor(bytes.byteLength / width) : 0;
  const ords = new Int32Array(n);
  const ranks = withRank ? new Float32Array(n) : null;
  if (bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < n; i++) {
      ords[i] = view.getInt32(i * width);
      if (ranks) ranks[i] = view.getFloat32(i * width + 4);
    }
  }
  return { ords, ranks };
}

async function runIndex(db: DbOrTx, plan: Plan, match: Match): Promise<Outcome> {
  const { query, category } = plan;
  const index = indexFor(db);
  let matches: { ords: Int32Array; ranks: Float32Array | null } | null = null;
  if (match.kind !== "none") {
    const withRank = query.sort === "relevance";
    const { narrow, ord, where, rank } = matchSql(match, withRank);
    // Tens of thousands of matches travel as one bytea of big-endian int4 ords (and float4
    // ranks): far cheaper to send and decode than arrays or rows.
    const packed = withRank ? sql`int4send(${ord}) || float4send(${rank})` : sql`int4send(${ord})`;
    const [row] = await rowsOf<{ packed: Uint8Array | null }>(
      db,
      sql`SELECT string_agg(${packed}, ''::bytea) AS packed FROM ${narrow} WHERE ${sql.join(where, sql` AND `)}`,
    );
    matches = unpackMatches(row?.packed ?? null, withRank);
  }
  const hasText = match.kind !== "none";
  const { counts, pageOrds } = searchIndex(index, {
    matches,
    hardCategoryId: !hasText && category ? category.id : !hasText && query.category ? -1 : null,
    softCategoryId: hasText && category ? category.id : null,
    brands: query.brands,
    priceMinCents: query.priceMin === undefined ? undefined : Math.round(query.priceMin * 100),
    priceMaxCents: query.priceMax === undefined ? undefined : Math.round(query.priceMax * 100),
    maxLeadTime: query.maxLeadTime,
    inStock: query.inStock,
    specs: plan.specs,
    sort: query.sort,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  if (hasText && query.category && !category) {
    // An unknown category matches nothing, as in SQL.
    return {
      counts: {
        ...counts,
        total: 0,
        matched: 0,
        categories: new Map(),
        brands: new Map(),
        priceBands: counts.priceBands.map(() => 0),
        leadTimes: new Map(),
        inStock: 0,
        specs: new Map(),
      },
      items: [],
    };
  }
  if (pageOrds.length === 0) return { counts, items: [] };
  const rows = await rowsOf<{ items: (ItemRow & { ord: number })[] }>(
    db,
    sql`SELECT coalesce(json_agg(${itemJson}::jsonb || jsonb_build_object('ord', p.ord)), '[]'::json) AS items
          FROM procurement.products p
          JOIN procurement.product_offer_summaries s ON s.product_id = p.id
          JOIN procurement.categories c ON c.id = p.category_id
         WHERE p.ord = ANY(${sql.param(pageOrds)}::int[])`,
  );
  const byOrd = new Map(rows[0]!.items.map((item) => [item.ord, item]));
  const items = pageOrds
    .map((ord) => byOrd.get(ord))
    .filter((item): item is ItemRow & { ord: number } => item !== undefined)
    .map(({ ord: _ord, ...item }) => toItem(item));
  return { counts, items };
}

/**
 * Searches the catalogue: Dutch full text (stems, prefixes, plurals and compounds the stemmer
 * misses, synonyms, typo correction, trigram fallback), filters, facet counts, sorting and
 * paging. Only products with at least one offer valid today are found.
 */
export async function searchProducts(db: DbOrTx, input: SearchQueryInput, options: SearchOptions = {}): Promise<SearchResult> {
  const query = searchQuerySchema.parse(input);
  // A transaction may hold writes nobody else sees yet: it takes the SQL path.
  const engine = options.engine ?? (db instanceof PgTransaction ? "sql" : "index");
  const index = engine === "index" ? indexFor(db) : null;
  const clauses = parseQuery(query.q);
  const pre = await lookUp(db, clauses, query.category, index?.watermark ?? null);
  if (index) await index.sync(db, pre.changed);
  const category = pre.categories.find((c) => c.slug === query.category) ?? null;

  const lexicon: Lexicon = {
    known: new Set(pre.known),
    prefixes: new Set(pre.prefixes),
    stopwords: new Set(pre.stopwords),
    synonyms: new Map(),
    neighbours: new Map(),
  };
  for (const [term, synonym] of pre.synonyms) lexicon.synonyms.set(term, [...(lexicon.synonyms.get(term) ?? []), synonym]);
  for (const n of pre.neighbours) {
    lexicon.neighbours.set(n.token, [...(lexicon.neighbours.get(n.token) ?? []), { term: n.term, frequency: n.frequency }]);
  }
  const { tsquery, corrections } = buildTsQuery(clauses, lexicon);

  // Spec attributes exist within a category only: its facet attributes and the filtered ones.
  const specs: IndexSpec[] = [];
  if (category) {
    for (const attribute of pre.attributes) {
      const filter: SpecFilter | undefined = query.specs[attribute.key];
      if (!attribute.facet && filter === undefined) continue;
      const spec: IndexSpec = {
        key: attribute.key,
        alias: `s${specs.length}`,
        facet: attribute.facet,
        filter,
        bit: specBit(specs.length),
        type: attribute.type,
      };
      attributeOf.set(spec, attribute);
      specs.push(spec);
    }
  }
  const plan: Plan = { query, category, specs };
  const run = (match: Match) => (engine === "index" ? runIndex(db, plan, match) : runSql(db, plan, match));

  let mode: SearchResult["mode"] = "browse";
  let outcome: Outcome;
  if (!tsquery) {
    outcome = await run({ kind: "none" });
  } else {
    mode = "fulltext";
    // Title words first; the description only when no title matches; then trigrams.
    outcome = await run({ kind: "title", tsquery });
    if (outcome.counts.matched === 0) outcome = await run({ kind: "all", tsquery });
    const text = normaliseText(query.q)
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    const words = [...new Set(text.split(" ").filter((word) => word.length >= 3))].slice(0, 8);
    if (outcome.counts.matched === 0 && words.length) {
      const fuzzy = await run({ kind: "fuzzy", text, words });
      if (fuzzy.counts.matched > 0) {
        outcome = fuzzy;
        mode = "fuzzy";
      }
    }
  }
  return {
    items: outcome.items,
    total: outcome.counts.total,
    page: query.page,
    pageSize: query.pageSize,
    facets: presentFacets(outcome.counts, plan, pre.categories),
    mode,
    corrections,
    category,
    categories: pre.categories,
  };
}
