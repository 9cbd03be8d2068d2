// Buy IT Public: framework agreements, the product catalogue and supplier offers.
//
// Suppliers, central purchasing bodies and joining organisations are identity organisations
// (the shared kernel). Their foreign keys to identity.organisations are added in hand-written
// SQL (db/migrations, "procurement_search"), because this file may not import identity's
// internals; the same migration adds the triggers that keep products' search columns and offer
// summaries up to date.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ATTRIBUTE_TYPES, DECISION_BODIES, IMPORT_FORMATS, IMPORT_STATUSES, ORDER_METHODS } from "./shared.ts";

export const procurement = pgSchema("procurement");

/** PostgreSQL's tsvector, filled by a trigger (see the module's migrations). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
/** A full (64-bit) transaction id. */
const xid8 = customType<{ data: string }>({ dataType: () => "xid8" });

/** A framework agreement (raamovereenkomst) that local governments may join and order under. */
export const frameworks = procurement.table(
  "frameworks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: text("reference").notNull().unique(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** Name of the central purchasing body (aankoopcentrale) that concluded it. */
    centralPurchasingBody: text("central_purchasing_body").notNull(),
    /** The body as an organisation of the portal, when it is one. */
    centralPurchasingBodyId: uuid("central_purchasing_body_id"),
    legalBasis: text("legal_basis").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    /** Every framework agreement must have a maximum value; usage is tracked against it. */
    maxValueCents: bigint("max_value_cents", { mode: "number" }).notNull(),
    usedValueCents: bigint("used_value_cents", { mode: "number" }).notNull().default(0),
    orderMethod: text("order_method", { enum: ORDER_METHODS }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("frameworks_order_method_check", sql`${t.orderMethod} IN ('direct', 'reopening')`),
    check("frameworks_period_check", sql`${t.endsOn} > ${t.startsOn} AND ${t.endsOn} <= ${t.startsOn} + interval '4 years'`),
    check("frameworks_value_check", sql`${t.maxValueCents} > 0 AND ${t.usedValueCents} >= 0`),
    index("frameworks_ends_on_idx").on(t.endsOn),
  ],
);

/** A lot (perceel) of a framework agreement. */
export const frameworkLots = procurement.table(
  "framework_lots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    frameworkId: uuid("framework_id")
      .notNull()
      .references(() => frameworks.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
  },
  (t) => [
    uniqueIndex("framework_lots_number_key").on(t.frameworkId, t.number),
    check("framework_lots_number_check", sql`${t.number} > 0`),
  ],
);

/** The suppliers (identity organisations of type leverancier) awarded a lot. */
export const frameworkLotSuppliers = procurement.table(
  "framework_lot_suppliers",
  {
    lotId: uuid("lot_id")
      .notNull()
      .references(() => frameworkLots.id, { onDelete: "cascade" }),
    supplierId: uuid("supplier_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.lotId, t.supplierId] }), index("framework_lot_suppliers_supplier_idx").on(t.supplierId)],
);

/** An organisation's decision to join a framework agreement; only members may order under it. */
export const frameworkAccessions = procurement.table(
  "framework_accessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    frameworkId: uuid("framework_id")
      .notNull()
      .references(() => frameworks.id),
    decisionBody: text("decision_body", { enum: DECISION_BODIES }).notNull(),
    decisionDate: date("decision_date").notNull(),
    decisionReference: text("decision_reference").notNull(),
    /** Link to (or storage key of) the decision document. */
    documentUrl: text("document_url"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("framework_accessions_org_framework_key").on(t.organisationId, t.frameworkId),
    index("framework_accessions_framework_idx").on(t.frameworkId),
  ],
);

/** Product categories; reference data kept in sync from code (categories.ts). */
export const productCategories = procurement.table("categories", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  slug: text("slug").notNull().unique(),
  nameNl: text("name_nl").notNull(),
  nameEn: text("name_en").notNull(),
  /** Extra words (synonyms, plurals) added to every product's search vector in this category. */
  keywords: text("keywords").notNull().default(""),
  /** Default UNSPSC commodity code for products of this category. */
  unspsc: text("unspsc"),
  position: integer("position").notNull().default(0),
});

/** The typed specification attributes of a category; `facet` ones are offered as search filters. */
export const categoryAttributes = procurement.table(
  "category_attributes",
  {
    categoryId: integer("category_id")
      .notNull()
      .references(() => productCategories.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    labelNl: text("label_nl").notNull(),
    labelEn: text("label_en").notNull(),
    type: text("type", { enum: ATTRIBUTE_TYPES }).notNull(),
    unit: text("unit"),
    facet: boolean("facet").notNull().default(false),
    /** Allowed values of an enum attribute. */
    options: text("options").array().notNull().default(sql`'{}'::text[]`),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.categoryId, t.key] })],
);

/**
 * A product, identified by manufacturer and manufacturer part number; several suppliers may
 * offer it. `ord` is a compact number for the search index. `search_vector` (all text, weighted)
 * and `search_text` (short normalised text for trigram matching) are set by a trigger, which
 * also keeps procurement.product_search and procurement.catalogue_changes up to date.
 */
export const products = procurement.table(
  "products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ord: integer("ord").notNull().unique().generatedAlwaysAsIdentity(),
    manufacturer: text("manufacturer").notNull(),
    partNumber: text("part_number").notNull(),
    gtin: text("gtin"),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    categoryId: integer("category_id")
      .notNull()
      .references(() => productCategories.id),
    unspsc: text("unspsc"),
    specs: jsonb("specs").$type<Record<string, string | number | boolean>>().notNull().default({}),
    images: jsonb("images").$type<{ url: string; alt?: string }[]>().notNull().default([]),
    searchVector: tsvector("search_vector").notNull().default(sql`''::tsvector`),
    searchText: text("search_text").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("products_manufacturer_part_key").on(t.manufacturer, t.partNumber),
    index("products_search_vector_idx").using("gin", t.searchVector),
    index("products_search_text_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("products_category_idx").on(t.categoryId),
    index("products_gtin_idx").on(t.gtin),
    check("products_gtin_check", sql`${t.gtin} ~ '^([0-9]{8}|[0-9]{12,14})$'`),
    check("products_unspsc_check", sql`${t.unspsc} ~ '^[0-9]{8}$'`),
  ],
);

/**
 * The narrow copy of each product's title words (name, manufacturer, the category's names and
 * keywords, textual specification values: the A and C weights of its search vector) that search
 * matches first. Kept small so that a word matching a whole category reads few pages.
 * Maintained by triggers.
 */
export const productSearch = procurement.table(
  "product_search",
  {
    ord: integer("ord")
      .primaryKey()
      .references(() => products.ord, { onDelete: "cascade" }),
    vector: tsvector("vector").notNull(),
  },
  (t) => [index("product_search_vector_idx").using("gin", t.vector)],
);

/**
 * What a product's offers valid today add up to: best price, best lead time, stock, how many,
 * and the next day on which one starts or stops being valid. Kept apart from the wide products
 * row because prices and stock change daily. Maintained by triggers on offers.
 */
export const productOfferSummaries = procurement.table("product_offer_summaries", {
  productId: uuid("product_id")
    .primaryKey()
    .references(() => products.id, { onDelete: "cascade" }),
  bestPriceCents: integer("best_price_cents"),
  bestLeadTimeDays: integer("best_lead_time_days"),
  inStock: boolean("in_stock").notNull().default(false),
  offerCount: integer("offer_count").notNull().default(0),
  refreshOn: date("refresh_on"),
});

/**
 * The transaction (xid8) that last changed each product or its offer summary. The in-process
 * search index reads the rows changed since the oldest transaction that was still running when
 * it last looked, so it never misses a change committed late.
 */
export const catalogueChanges = procurement.table(
  "catalogue_changes",
  {
    ord: integer("ord").primaryKey(),
    xid: xid8("xid").notNull(),
  },
  (t) => [index("catalogue_changes_xid_idx").on(t.xid)],
);

/** A supplier's offer of a product. One offer per product and supplier. */
export const offers = procurement.table(
  "offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    supplierId: uuid("supplier_id").notNull(),
    /** The supplier's own article number. */
    supplierSku: text("supplier_sku"),
    /** Price per unit excluding VAT, euro cents. */
    priceCents: integer("price_cents").notNull(),
    vatRate: integer("vat_rate").notNull().default(21),
    stock: integer("stock").notNull().default(0),
    leadTimeDays: integer("lead_time_days").notNull(),
    minQuantity: integer("min_quantity").notNull().default(1),
    validFrom: date("valid_from").notNull().default(sql`CURRENT_DATE`),
    validTo: date("valid_to"),
    frameworkLotId: uuid("framework_lot_id").references(() => frameworkLots.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("offers_product_supplier_key").on(t.productId, t.supplierId),
    index("offers_supplier_idx").on(t.supplierId),
    index("offers_framework_lot_idx").on(t.frameworkLotId),
    check("offers_price_check", sql`${t.priceCents} > 0`),
    check("offers_vat_rate_check", sql`${t.vatRate} IN (0, 6, 12, 21)`),
    check("offers_stock_check", sql`${t.stock} >= 0`),
    check("offers_lead_time_check", sql`${t.leadTimeDays} >= 0 AND ${t.leadTimeDays} <= 365`),
    check("offers_min_quantity_check", sql`${t.minQuantity} >= 1`),
    check("offers_validity_check", sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** History of catalogue imports per supplier (the import itself runs as a job). */
export const catalogueImports = procurement.table(
  "imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    supplierId: uuid("supplier_id").notNull(),
    fileName: text("file_name").notNull(),
    format: text("format", { enum: IMPORT_FORMATS }).notNull(),
    status: text("status", { enum: IMPORT_STATUSES }).notNull().default("uploaded"),
    rowCount: integer("row_count").notNull().default(0),
    validCount: integer("valid_count").notNull().default(0),
    errorCount: integer("error_count").notNull().default(0),
    createdCount: integer("created_count").notNull().default(0),
    updatedCount: integer("updated_count").notNull().default(0),
    /** Row errors: line, column, message key, offending value (capped). */
    errors: jsonb("errors").$type<{ line: number; column?: string; error: string; value?: string }[]>().notNull().default([]),
    createdBy: uuid("created_by"),
    jobId: bigint("job_id", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("imports_supplier_created_idx").on(t.supplierId, t.createdAt)],
);

/**
 * The words that occur in product texts (unaccented, lower case, letters only), with the number
 * of products they occur in. Search uses it to correct typos and to split or join Dutch
 * compounds before it queries the products' search vectors.
 */
export const productSearchTerms = procurement.table(
  "search_terms",
  {
    term: text("term").primaryKey(),
    frequency: integer("frequency").notNull().default(0),
  },
  (t) => [
    index("search_terms_trgm_idx").using("gist", sql`${t.term} gist_trgm_ops`),
    index("search_terms_pattern_idx").on(sql`${t.term} text_pattern_ops`),
  ],
);

/** Query-side synonyms: a searched word also finds `synonym` (which may be several words). */
export const productSearchSynonyms = procurement.table(
  "search_synonyms",
  {
    term: text("term").notNull(),
    synonym: text("synonym").notNull(),
  },
  (t) => [primaryKey({ columns: [t.term, t.synonym] })],
);

/**
 * The working state of one catalogue import (the history row is procurement.imports): where the
 * uploaded file is stored, its header row, the column mapping chosen, progress, and what the
 * preview found (new or changed products and offers).
 */
export const importDetails = procurement.table("import_details", {
  importId: uuid("import_id")
    .primaryKey()
    .references(() => catalogueImports.id, { onDelete: "cascade" }),
  storagePath: text("storage_path"),
  fileSize: bigint("file_size", { mode: "number" }).notNull().default(0),
  headers: jsonb("headers").$type<string[]>().notNull().default([]),
  mapping: jsonb("mapping").$type<Record<string, string>>().notNull().default({}),
  processedBytes: bigint("processed_bytes", { mode: "number" }).notNull().default(0),
  processedRows: integer("processed_rows").notNull().default(0),
  newProducts: integer("new_products").notNull().default(0),
  changedProducts: integer("changed_products").notNull().default(0),
  newOffers: integer("new_offers").notNull().default(0),
  changedOffers: integer("changed_offers").notNull().default(0),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A supplier's API token for POST /api/v1/supplier/offers; only its SHA-256 hash is stored. */
export const supplierApiTokens = procurement.table(
  "supplier_api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    supplierId: uuid("supplier_id").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    /** The first characters, to recognise the token in the list. */
    prefix: text("prefix").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("supplier_api_tokens_supplier_idx").on(t.supplierId)],
);
