// Buy IT Public ordering: thresholds (dated configuration), the organisation's shared cart,
// orders split per supplier with their lines, events, approvals and notifications, and each
// organisation's approval rules, budget codes, delegations and purchase-order numbering.
//
// Organisations, people, offers and frameworks belong to other modules: their foreign keys are
// added in hand-written SQL (db/migrations/ordering, "ordering_constraints"), because this file
// may not import other modules' internals.
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
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
import type { DocumentRoute } from "./documents/types.ts";
import { APPROVING_BODIES, ORDER_ROUTES, ORDER_STATUSES, THRESHOLD_KINDS } from "./shared.ts";

export const ordering = pgSchema("ordering");

/**
 * Legal thresholds as dated configuration: the check uses the row of its kind valid on the
 * check date. Amounts exclude VAT. Every row names its source.
 */
export const orderingThresholds = ordering.table(
  "thresholds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: THRESHOLD_KINDS }).notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    validFrom: date("valid_from").notNull(),
    /** Inclusive; null while no end is known. */
    validTo: date("valid_to"),
    sourceText: text("source_text").notNull(),
    sourceUrl: text("source_url"),
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("thresholds_kind_from_key").on(t.kind, t.validFrom),
    check("thresholds_amount_check", sql`${t.amountCents} > 0`),
    check("thresholds_period_check", sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** The organisation's cart, shared by its buyers: one line per offer, priced when added. */
export const cartLines = ordering.table(
  "cart_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    offerId: uuid("offer_id").notNull(),
    quantity: integer("quantity").notNull(),
    /** The offer's price excl. VAT (cents) and VAT rate when the line was added or re-priced. */
    unitPriceCents: integer("unit_price_cents").notNull(),
    vatRate: integer("vat_rate").notNull(),
    addedBy: uuid("added_by"),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("cart_lines_org_offer_key").on(t.organisationId, t.offerId),
    check("cart_lines_quantity_check", sql`${t.quantity} > 0 AND ${t.quantity} <= 10000`),
  ],
);

/** One submission of a cart, keyed by the idempotency key its form carried. */
export const orderSubmissions = ordering.table(
  "submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    submittedBy: uuid("submitted_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("submissions_org_key").on(t.organisationId, t.idempotencyKey)],
);

/** An order to one supplier (one group of the cart). Amounts in euro cents. */
export const orders = ordering.table(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The portal's own reference, e.g. "BST-2026-000042". */
    reference: text("reference").notNull().unique(),
    organisationId: uuid("organisation_id").notNull(),
    supplierId: uuid("supplier_id").notNull(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => orderSubmissions.id),
    status: text("status", { enum: ORDER_STATUSES }).notNull().default("submitted"),
    route: text("route", { enum: ORDER_ROUTES }).notNull(),
    /** The legal check as shown when submitting (for the procurement file). */
    routeDetails: jsonb("route_details").$type<DocumentRoute>().notNull(),
    frameworkId: uuid("framework_id"),
    /** The organisation's purchase-order number, issued at approval. */
    poNumber: text("po_number"),
    approvingBody: text("approving_body", { enum: APPROVING_BODIES }).notNull(),
    budgetCodeId: uuid("budget_code_id"),
    totalExclCents: bigint("total_excl_cents", { mode: "number" }).notNull(),
    totalVatCents: bigint("total_vat_cents", { mode: "number" }).notNull(),
    /** Raised by every change of the order's content; an approval names the version it saw. */
    version: integer("version").notNull().default(1),
    deliveryAddress: text("delivery_address").notNull().default(""),
    requestedDeliveryDate: date("requested_delivery_date"),
    note: text("note").notNull().default(""),
    supplierNote: text("supplier_note").notNull().default(""),
    /** The catalogue offers of the same products compared when the order was submitted (evidence for the file). */
    offersConsulted: jsonb("offers_consulted")
      .$type<{ supplier: string; totalCents: number; leadTimeDays?: number; chosen: boolean; note?: string }[]>()
      .notNull()
      .default([]),
    invoiceNumber: text("invoice_number"),
    submittedBy: uuid("submitted_by"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    lastReminderAt: timestamp("last_reminder_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("orders_org_po_number_key").on(t.organisationId, t.poNumber),
    index("orders_org_status_idx").on(t.organisationId, t.status),
    index("orders_org_supplier_idx").on(t.organisationId, t.supplierId, t.submittedAt),
    index("orders_supplier_status_idx").on(t.supplierId, t.status),
    index("orders_framework_idx").on(t.frameworkId),
    check("orders_totals_check", sql`${t.totalExclCents} >= 0 AND ${t.totalVatCents} >= 0`),
  ],
);

/** A line of an order: a copy of the product and offer as ordered. */
export const orderLines = ordering.table(
  "order_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    lineNumber: integer("line_number").notNull(),
    offerId: uuid("offer_id"),
    productId: uuid("product_id"),
    categoryId: integer("category_id").notNull(),
    frameworkLotId: uuid("framework_lot_id"),
    description: text("description").notNull(),
    manufacturer: text("manufacturer").notNull().default(""),
    partNumber: text("part_number").notNull().default(""),
    gtin: text("gtin"),
    unspsc: text("unspsc"),
    supplierSku: text("supplier_sku"),
    quantity: integer("quantity").notNull(),
    /** Set by the supplier's answer (partial acceptance); null until answered. */
    acceptedQuantity: integer("accepted_quantity"),
    unitPriceCents: integer("unit_price_cents").notNull(),
    vatRate: integer("vat_rate").notNull(),
  },
  (t) => [
    uniqueIndex("order_lines_number_key").on(t.orderId, t.lineNumber),
    index("order_lines_category_idx").on(t.categoryId),
    check("order_lines_quantity_check", sql`${t.quantity} > 0 AND ${t.quantity} <= 10000`),
    check(
      "order_lines_accepted_check",
      sql`${t.acceptedQuantity} IS NULL OR (${t.acceptedQuantity} >= 0 AND ${t.acceptedQuantity} <= ${t.quantity})`,
    ),
  ],
);

/** The trail of an order: every change of status (and reminders), who, when, why. */
export const orderEvents = ordering.table(
  "order_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    actorId: uuid("actor_id"),
    /** "buyer", "approver", "supplier" or "system". */
    side: text("side").notNull(),
    comment: text("comment").notNull().default(""),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("order_events_order_idx").on(t.orderId, t.id)],
);

/** An approver's decision on an order, bound to the version of the order it saw. */
export const orderApprovals = ordering.table(
  "order_approvals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    approverId: uuid("approver_id").notNull(),
    body: text("body", { enum: APPROVING_BODIES }).notNull(),
    delegationId: uuid("delegation_id"),
    decision: text("decision", { enum: ["approved", "rejected"] }).notNull(),
    orderVersion: integer("order_version").notNull(),
    comment: text("comment").notNull().default(""),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  // One decision per order: a second one (approving twice) cannot be stored.
  (t) => [uniqueIndex("order_approvals_order_key").on(t.orderId)],
);

/** Which body approves an order, by amount band (excl. VAT) — per organisation. */
export const approvalRules = ordering.table(
  "approval_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    /** Inclusive lower bound. */
    minCents: bigint("min_cents", { mode: "number" }).notNull(),
    /** Exclusive upper bound; null = no upper bound. */
    maxCents: bigint("max_cents", { mode: "number" }),
    body: text("body", { enum: APPROVING_BODIES }).notNull(),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("approval_rules_org_min_key").on(t.organisationId, t.minCents),
    check("approval_rules_band_check", sql`${t.minCents} >= 0 AND (${t.maxCents} IS NULL OR ${t.maxCents} > ${t.minCents})`),
  ],
);

/** Budget codes (budgetsleutels of the meerjarenplan) an order may be charged to. */
export const budgetCodes = ordering.table(
  "budget_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("budget_codes_org_code_key").on(t.organisationId, t.code)],
);

/** A person who may approve orders on behalf of a body, between two dates (inclusive). */
export const approvalDelegations = ordering.table(
  "approval_delegations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    personId: uuid("person_id").notNull(),
    body: text("body", { enum: APPROVING_BODIES }).notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to").notNull(),
    /** The decision that grants the delegation, e.g. "Gemeenteraad 24/02/2026, punt 12". */
    decisionReference: text("decision_reference").notNull().default(""),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    index("approval_delegations_org_person_idx").on(t.organisationId, t.personId),
    check("approval_delegations_period_check", sql`${t.validTo} >= ${t.validFrom}`),
  ],
);

/** Per organisation: its purchase-order number format and approval reminder delay. */
export const orderingSettings = ordering.table(
  "settings",
  {
    organisationId: uuid("organisation_id").primaryKey(),
    poNumberFormat: text("po_number_format").notNull().default("{YYYY}{SEQ:6}"),
    reminderDays: integer("reminder_days").notNull().default(3),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("settings_reminder_days_check", sql`${t.reminderDays} BETWEEN 1 AND 60`)],
);

/** The last purchase-order sequence number issued per organisation and year (gap-free). */
export const poSequences = ordering.table(
  "po_sequences",
  {
    organisationId: uuid("organisation_id").notNull(),
    year: integer("year").notNull(),
    lastValue: integer("last_value").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
);

/** In-portal notifications about orders, one per person told. */
export const orderNotifications = ordering.table(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    personId: uuid("person_id").notNull(),
    organisationId: uuid("organisation_id").notNull(),
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "cascade" }),
    /** Message key suffix, e.g. "submitted", "approved", "accepted". */
    kind: text("kind").notNull(),
    /** Where the link goes: the buyer's or the supplier's page of the order. */
    href: text("href").notNull(),
    vars: jsonb("vars").$type<Record<string, string | number>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_person_created_idx").on(t.personId, t.createdAt)],
);
