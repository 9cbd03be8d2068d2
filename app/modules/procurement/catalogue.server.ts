// Writing the catalogue: categories (reference data), products and offers in bulk, and the
// search lexicon. Imports, the seed and the benchmark all load through these functions, in
// batches of multi-row statements (one JSON parameter per batch), so 150,000 rows stream through
// without building one huge statement.
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { namesByIds } from "../identity/index.server.ts";
import { CATEGORY_DEFINITIONS, SEARCH_SYNONYMS } from "./categories.ts";
import { chunks, rowsOf } from "./db-util.server.ts";
import {
  categoryAttributes,
  offers,
  productCategories,
  productOfferSummaries,
  productSearchSynonyms,
  products,
} from "./schema.ts";
import { type OfferInput, type ProductInput, offerInputSchema, productInputSchema } from "./shared.ts";

/** Rows per INSERT statement when loading products or offers. */
export const WRITE_BATCH_SIZE = 1000;

/**
 * Writes the categories, their attributes and the search synonyms from code
 * (categories.ts). Idempotent; when a category's names or keywords change, its products' search
 * vectors are recomputed.
 */
export async function syncCategories(db: DbOrTx): Promise<void> {
  const existing = await db.select().from(productCategories);
  const bySlug = new Map(existing.map((row) => [row.slug, row]));
  for (const [position, definition] of CATEGORY_DEFINITIONS.entries()) {
    const values = {
      slug: definition.slug,
      nameNl: definition.nameNl,
      nameEn: definition.nameEn,
      keywords: definition.keywords,
      unspsc: definition.unspsc,
      position,
    };
    const before = bySlug.get(definition.slug);
    let categoryId: number;
    if (!before) {
      const [row] = await db.insert(productCategories).values(values).returning({ id: productCategories.id });
      categoryId = row!.id;
    } else {
      categoryId = before.id;
      await db.update(productCategories).set(values).where(eq(productCategories.id, categoryId));
      const wordsChanged =
        before.nameNl !== values.nameNl || before.nameEn !== values.nameEn || before.keywords !== values.keywords;
      // Setting category_id fires the trigger that rebuilds the search vector.
      if (wordsChanged) await db.update(products).set({ categoryId }).where(eq(products.categoryId, categoryId));
    }
    await db.delete(categoryAttributes).where(eq(categoryAttributes.categoryId, categoryId));
    await db.insert(categoryAttributes).values(
      definition.attributes.map((attribute, index) => ({
        categoryId,
        key: attribute.key,
        labelNl: attribute.labelNl,
        labelEn: attribute.labelEn,
        type: attribute.type,
        unit: attribute.unit ?? null,
        facet: attribute.facet ?? false,
        options: [...(attribute.options ?? [])],
        position: index,
      })),
    );
  }
  await db.delete(productSearchSynonyms);
  await db.insert(productSearchSynonyms).values(SEARCH_SYNONYMS.map(([term, synonym]) => ({ term, synonym })));
  await db.execute(sql`SELECT procurement.add_reference_search_terms()`);
}

export type Category = { id: number; slug: string; nameNl: string; nameEn: string; unspsc: string | null };

export async function listCategories(db: DbOrTx): Promise<Category[]> {
  return db
    .select({
      id: productCategories.id,
      slug: productCategories.slug,
      nameNl: productCategories.nameNl,
      nameEn: productCategories.nameEn,
      unspsc: productCategories.unspsc,
    })
    .from(productCategories)
    .orderBy(asc(productCategories.position));
}

export type WriteStatus = "created" | "updated" | "unchanged";
export type ProductWriteResult = { id: string; manufacturer: string; partNumber: string; status: WriteStatus };

/**
 * Creates or updates products by (manufacturer, part number) and adds their words to the search
 * lexicon. Input must be valid (see productInputSchema; the import validates rows first and
 * reports errors per line): invalid input throws. A product listed twice keeps its last version.
 */
export async function upsertProducts(db: DbOrTx, inputs: readonly ProductInput[]): Promise<ProductWriteResult[]> {
  if (inputs.length === 0) return [];
  const byKey = new Map<string, ReturnType<typeof productInputSchema.parse>>();
  for (const input of inputs) {
    const product = productInputSchema.parse(input);
    byKey.set(`${product.manufacturer}\u0000${product.partNumber}`, product);
  }
  const slugs = [...new Set([...byKey.values()].map((p) => p.category))];
  const categoryRows = await db
    .select({ id: productCategories.id, slug: productCategories.slug, unspsc: productCategories.unspsc })
    .from(productCategories)
    .where(inArray(productCategories.slug, slugs));
  const categoryBySlug = new Map(categoryRows.map((row) => [row.slug, row]));
  const unknown = slugs.filter((slug) => !categoryBySlug.has(slug));
  if (unknown.length) throw new Error(`upsertProducts: unknown categories ${unknown.join(", ")}`);

  const results: ProductWriteResult[] = [];
  for (const batch of chunks([...byKey.values()], WRITE_BATCH_SIZE)) {
    const payload = batch.map((p) => {
      const category = categoryBySlug.get(p.category)!;
      return {
        manufacturer: p.manufacturer,
        part_number: p.partNumber,
        gtin: p.gtin ?? null,
        name: p.name,
        description: p.description,
        category_id: category.id,
        unspsc: p.unspsc ?? category.unspsc,
        specs: p.specs,
        images: p.images,
      };
    });
    const rows = await rowsOf<{ id: string; manufacturer: string; part_number: string; status: WriteStatus }>(
      db,
      sql`WITH input AS (
            SELECT * FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS r(
              manufacturer text, part_number text, gtin text, name text, description text,
              category_id integer, unspsc text, specs jsonb, images jsonb)
          ), written AS (
            INSERT INTO procurement.products AS p
                   (manufacturer, part_number, gtin, name, description, category_id, unspsc, specs, images)
            SELECT manufacturer, part_number, gtin, name, description, category_id, unspsc, specs, images FROM input
            ON CONFLICT (manufacturer, part_number) DO UPDATE
               SET gtin = excluded.gtin, name = excluded.name, description = excluded.description,
                   category_id = excluded.category_id, unspsc = excluded.unspsc, specs = excluded.specs,
                   images = excluded.images, updated_at = now()
             WHERE (p.gtin, p.name, p.description, p.category_id, p.unspsc, p.specs, p.images)
                   IS DISTINCT FROM
                   (excluded.gtin, excluded.name, excluded.description, excluded.category_id, excluded.unspsc,
                    excluded.specs, excluded.images)
            RETURNING p.id, p.manufacturer, p.part_number, CASE WHEN p.xmax = 0 THEN 'created' ELSE 'updated' END AS status
          )
          SELECT id, manufacturer, part_number, status FROM written
          UNION ALL
          SELECT p.id, p.manufacturer, p.part_number, 'unchanged'
            FROM input i
            JOIN procurement.products p ON p.manufacturer = i.manufacturer AND p.part_number = i.part_number
           WHERE NOT EXISTS (SELECT 1 FROM written w WHERE w.id = p.id)`,
    );
    const changedKeys = new Set(
      rows.filter((row) => row.status !== "unchanged").map((row) => `${row.manufacturer}\u0000${row.part_number}`),
    );
    await addSearchTerms(
      db,
      batch.filter((p) => changedKeys.has(`${p.manufacturer}\u0000${p.partNumber}`)),
    );
    for (const row of rows) {
      results.push({ id: row.id, manufacturer: row.manufacturer, partNumber: row.part_number, status: row.status });
    }
  }
  return results;
}

/**
 * Adds the words of these products' texts to the search lexicon, counted once per product.
 * Words are split here rather than in SQL (cheaper for bulk loads); like the database's
 * `simple` text-search parser they are unaccented and lower case, HTML tags are not words,
 * and only letters-only words of two letters or more are kept (procurement.add_search_terms
 * does the same in SQL for a full rebuild).
 */
async function addSearchTerms(
  db: DbOrTx,
  texts: readonly { manufacturer: string; name: string; description: string; specs: Record<string, unknown> }[],
) {
  if (texts.length === 0) return;
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = new Set(
      [text.manufacturer, text.name, text.description, ...Object.values(text.specs).filter((v) => typeof v === "string")]
        .join(" ")
        .replace(/<[^>]*>/g, " ")
        .normalize("NFKD")
        .replace(/\p{M}+/gu, "")
        .toLowerCase()
        .split(/[^a-z]+/),
    );
    for (const word of words) {
      if (word.length >= 2 && word.length <= 40) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  await db.execute(
    sql`INSERT INTO procurement.search_terms AS t (term, frequency)
        SELECT e.key, e.value::integer FROM jsonb_each_text(${JSON.stringify(Object.fromEntries(counts))}::jsonb) AS e
        ON CONFLICT (term) DO UPDATE SET frequency = t.frequency + excluded.frequency`,
  );
}

export type OfferWriteCounts = { created: number; updated: number; unchanged: number };

/**
 * Creates or updates offers by (product, supplier). Triggers recompute the products' offer
 * summaries (best price, best lead time, stock) in the same statement. Invalid input throws.
 */
export async function upsertOffers(db: DbOrTx, inputs: readonly OfferInput[]): Promise<OfferWriteCounts> {
  const counts: OfferWriteCounts = { created: 0, updated: 0, unchanged: 0 };
  if (inputs.length === 0) return counts;
  const byKey = new Map<string, ReturnType<typeof offerInputSchema.parse>>();
  for (const input of inputs) {
    const offer = offerInputSchema.parse(input);
    byKey.set(`${offer.productId}/${offer.supplierId}`, offer);
  }
  for (const batch of chunks([...byKey.values()], WRITE_BATCH_SIZE)) {
    const payload = batch.map((o) => ({
      product_id: o.productId,
      supplier_id: o.supplierId,
      supplier_sku: o.supplierSku ?? null,
      price_cents: o.priceCents,
      vat_rate: o.vatRate,
      stock: o.stock,
      lead_time_days: o.leadTimeDays,
      min_quantity: o.minQuantity,
      valid_from: o.validFrom ?? null,
      valid_to: o.validTo ?? null,
      framework_lot_id: o.frameworkLotId ?? null,
    }));
    const rows = await rowsOf<{ created: boolean }>(
      db,
      sql`WITH input AS (
            SELECT * FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS r(
              product_id uuid, supplier_id uuid, supplier_sku text, price_cents integer, vat_rate integer,
              stock integer, lead_time_days integer, min_quantity integer, valid_from date, valid_to date,
              framework_lot_id uuid)
          )
          INSERT INTO procurement.offers AS o
                 (product_id, supplier_id, supplier_sku, price_cents, vat_rate, stock, lead_time_days, min_quantity,
                  valid_from, valid_to, framework_lot_id)
          SELECT product_id, supplier_id, supplier_sku, price_cents, vat_rate, stock, lead_time_days, min_quantity,
                 coalesce(valid_from, procurement.today()), valid_to, framework_lot_id
            FROM input
          ON CONFLICT (product_id, supplier_id) DO UPDATE
             SET supplier_sku = excluded.supplier_sku, price_cents = excluded.price_cents, vat_rate = excluded.vat_rate,
                 stock = excluded.stock, lead_time_days = excluded.lead_time_days, min_quantity = excluded.min_quantity,
                 valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                 framework_lot_id = excluded.framework_lot_id, updated_at = now()
           WHERE (o.supplier_sku, o.price_cents, o.vat_rate, o.stock, o.lead_time_days, o.min_quantity, o.valid_from,
                  o.valid_to, o.framework_lot_id)
                 IS DISTINCT FROM
                 (excluded.supplier_sku, excluded.price_cents, excluded.vat_rate, excluded.stock, excluded.lead_time_days,
                  excluded.min_quantity, excluded.valid_from, excluded.valid_to, excluded.framework_lot_id)
          RETURNING o.xmax = 0 AS created`,
    );
    const created = rows.filter((row) => row.created).length;
    counts.created += created;
    counts.updated += rows.length - created;
    counts.unchanged += batch.length - rows.length;
  }
  return counts;
}

/** Rebuilds the search lexicon from every product, category and synonym (after bulk loads). */
export async function rebuildSearchTerms(db: DbOrTx): Promise<void> {
  await db.execute(sql`SELECT procurement.rebuild_search_terms()`);
}

/**
 * Recomputes the offer summaries of products whose offers started or stopped being valid since
 * (run daily, e.g. just after midnight Brussels time). Returns how many products changed.
 */
export async function refreshDueOfferSummaries(db: DbOrTx): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(db, sql`SELECT procurement.refresh_due_offer_summaries() AS n`);
  return row?.n ?? 0;
}

export type ProductOffer = {
  id: string;
  supplierId: string;
  supplierName: string;
  supplierSku: string | null;
  priceCents: number;
  vatRate: number;
  stock: number;
  leadTimeDays: number;
  minQuantity: number;
  validFrom: string;
  validTo: string | null;
  framework: { id: string; reference: string; title: string; lotNumber: number; lotTitle: string } | null;
  bestPrice: boolean;
  bestLeadTime: boolean;
};

/**
 * A product with its category, specification attributes and its offers valid today, cheapest
 * first; the cheapest and the fastest offers are marked. Undefined for an unknown id.
 */
export async function getProduct(db: Db, id: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const [product] = await db
    .select({
      id: products.id,
      manufacturer: products.manufacturer,
      partNumber: products.partNumber,
      gtin: products.gtin,
      name: products.name,
      description: products.description,
      unspsc: products.unspsc,
      specs: products.specs,
      images: products.images,
      bestPriceCents: productOfferSummaries.bestPriceCents,
      bestLeadTimeDays: productOfferSummaries.bestLeadTimeDays,
      inStock: sql<boolean>`coalesce(${productOfferSummaries.inStock}, false)`,
      offerCount: sql<number>`coalesce(${productOfferSummaries.offerCount}, 0)`,
      category: {
        id: productCategories.id,
        slug: productCategories.slug,
        nameNl: productCategories.nameNl,
        nameEn: productCategories.nameEn,
      },
    })
    .from(products)
    .innerJoin(productCategories, eq(productCategories.id, products.categoryId))
    .leftJoin(productOfferSummaries, eq(productOfferSummaries.productId, products.id))
    .where(eq(products.id, id));
  if (!product) return undefined;
  const attributes = await db
    .select({
      key: categoryAttributes.key,
      labelNl: categoryAttributes.labelNl,
      labelEn: categoryAttributes.labelEn,
      type: categoryAttributes.type,
      unit: categoryAttributes.unit,
    })
    .from(categoryAttributes)
    .where(eq(categoryAttributes.categoryId, product.category.id))
    .orderBy(asc(categoryAttributes.position));
  const offerRows = await rowsOf<{
    id: string;
    supplier_id: string;
    supplier_sku: string | null;
    price_cents: number;
    vat_rate: number;
    stock: number;
    lead_time_days: number;
    min_quantity: number;
    valid_from: string;
    valid_to: string | null;
    framework: ProductOffer["framework"];
  }>(
    db,
    sql`SELECT o.id, o.supplier_id, o.supplier_sku, o.price_cents, o.vat_rate, o.stock, o.lead_time_days, o.min_quantity,
               o.valid_from::text AS valid_from, o.valid_to::text AS valid_to,
               CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object(
                 'id', f.id, 'reference', f.reference, 'title', f.title, 'lotNumber', l.number, 'lotTitle', l.title) END AS framework
          FROM ${offers} o
          LEFT JOIN procurement.framework_lots l ON l.id = o.framework_lot_id
          LEFT JOIN procurement.frameworks f ON f.id = l.framework_id
         WHERE o.product_id = ${id}
           AND o.valid_from <= procurement.today() AND (o.valid_to IS NULL OR o.valid_to >= procurement.today())
         ORDER BY o.price_cents, o.lead_time_days, o.id`,
  );
  const names = await namesByIds(
    db,
    [],
    offerRows.map((row) => row.supplier_id),
  );
  const bestPrice = Math.min(...offerRows.map((row) => row.price_cents));
  const bestLead = Math.min(...offerRows.map((row) => row.lead_time_days));
  const productOffers: ProductOffer[] = offerRows.map((row) => ({
    id: row.id,
    supplierId: row.supplier_id,
    supplierName: names.organisations[row.supplier_id] ?? "",
    supplierSku: row.supplier_sku,
    priceCents: row.price_cents,
    vatRate: row.vat_rate,
    stock: row.stock,
    leadTimeDays: row.lead_time_days,
    minQuantity: row.min_quantity,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    framework: row.framework,
    bestPrice: row.price_cents === bestPrice,
    bestLeadTime: row.lead_time_days === bestLead,
  }));
  return { ...product, attributes, offers: productOffers };
}
