// Buy IT Public: quote requests (offerteaanvragen) and mini-competitions (reopening of competition
// among the suppliers of a framework lot, art. 43 of the law of 17 June 2016). A buyer invites
// suppliers to price the same lines against the same weighted criteria before a deadline; the
// answers stay sealed until the deadline, then they are ranked, the buyer awards with a reason and
// the award report is kept for the procurement file.
//
// Organisations, people, frameworks and lots belong to other modules: their foreign keys are added
// in hand-written SQL (db/migrations/ordering, "competitions_constraints"), together with the
// trigger that refuses answers after the deadline.
import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, jsonb, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { DocumentCompetition } from "./documents/types.ts";
import { ordering, orders } from "./schema.ts";

/** A quote request to chosen suppliers, or a mini-competition among all suppliers of a framework lot. */
export const COMPETITION_KINDS = ["quote", "mini_competition"] as const;
/** open: invitations out (sealed until the deadline); awarded; ordered (the order exists); cancelled. */
export const COMPETITION_STATUSES = ["open", "awarded", "ordered", "cancelled"] as const;
/** Price and lead time are scored by formula; `other` criteria by the buyer (0–10) after the deadline. */
export const CRITERION_KINDS = ["price", "lead_time", "other"] as const;

export const competitions = ordering.table(
  "competitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** e.g. "MC-2026-4F1A9C" (mini-competition) or "OA-2026-0B77E2" (quote request). */
    reference: text("reference").notNull().unique(),
    kind: text("kind", { enum: COMPETITION_KINDS }).notNull(),
    /** The buying organisation. */
    organisationId: uuid("organisation_id").notNull(),
    title: text("title").notNull(),
    /** For a mini-competition: the framework agreement and its lot. */
    frameworkId: uuid("framework_id"),
    lotId: uuid("lot_id"),
    /** The product category of what is bought (for the order's lines, spend reports and the low-value check). */
    categoryId: integer("category_id"),
    deliveryWishes: text("delivery_wishes").notNull().default(""),
    deadline: timestamp("deadline", { withTimezone: true }).notNull(),
    status: text("status", { enum: COMPETITION_STATUSES }).notNull().default("open"),
    awardedSupplierId: uuid("awarded_supplier_id"),
    awardReason: text("award_reason"),
    awardedAt: timestamp("awarded_at", { withTimezone: true }),
    awardedBy: uuid("awarded_by"),
    /** Why the buyer stopped the competition (status cancelled), and when. */
    cancelReason: text("cancel_reason"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** The award report as kept for the procurement file. */
    awardReport: jsonb("award_report").$type<DocumentCompetition>(),
    /** The order placed with the winner at the awarded prices. */
    orderId: uuid("order_id").references(() => orders.id, { onDelete: "set null" }),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("competitions_org_created_idx").on(t.organisationId, t.createdAt),
    check("competitions_kind_check", sql`${t.kind} IN ('quote', 'mini_competition')`),
    check("competitions_status_check", sql`${t.status} IN ('open', 'awarded', 'ordered', 'cancelled')`),
    check("competitions_lot_check", sql`${t.kind} = 'quote' OR (${t.frameworkId} IS NOT NULL AND ${t.lotId} IS NOT NULL)`),
    check(
      "competitions_award_check",
      sql`${t.status} IN ('open', 'cancelled') OR (${t.awardedSupplierId} IS NOT NULL AND ${t.awardReason} IS NOT NULL AND ${t.awardedAt} IS NOT NULL)`,
    ),
  ],
);

/** The weighted award criteria; the weights of a competition add up to 100. */
export const competitionCriteria = ordering.table(
  "competition_criteria",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: CRITERION_KINDS }).notNull(),
    name: text("name").notNull(),
    weight: integer("weight").notNull(),
  },
  (t) => [
    uniqueIndex("competition_criteria_position_key").on(t.competitionId, t.position),
    check("competition_criteria_kind_check", sql`${t.kind} IN ('price', 'lead_time', 'other')`),
    check("competition_criteria_weight_check", sql`${t.weight} >= 1 AND ${t.weight} <= 100`),
  ],
);

/** What is asked: free lines with a quantity and unit, the same for every supplier. */
export const competitionLines = ordering.table(
  "competition_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    lineNumber: integer("line_number").notNull(),
    description: text("description").notNull(),
    quantity: integer("quantity").notNull(),
    unit: text("unit").notNull(),
    /** The catalogue product the line came from (a cart line), if any. */
    productId: uuid("product_id"),
  },
  (t) => [
    uniqueIndex("competition_lines_number_key").on(t.competitionId, t.lineNumber),
    check("competition_lines_quantity_check", sql`${t.quantity} > 0 AND ${t.quantity} <= 10000`),
  ],
);

/** The suppliers invited; only they may answer. */
export const competitionInvitations = ordering.table(
  "competition_invitations",
  {
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    supplierId: uuid("supplier_id").notNull(),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.competitionId, t.supplierId] }),
    index("competition_invitations_supplier_idx").on(t.supplierId),
  ],
);

/** An invited supplier's answer; it may be changed until the deadline (a trigger refuses later writes). */
export const competitionResponses = ordering.table(
  "competition_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    competitionId: uuid("competition_id").notNull(),
    supplierId: uuid("supplier_id").notNull(),
    note: text("note").notNull().default(""),
    submittedBy: uuid("submitted_by"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("competition_responses_supplier_key").on(t.competitionId, t.supplierId),
    // Only an invited supplier can have an answer.
    foreignKey({
      name: "competition_responses_invitation_fk",
      columns: [t.competitionId, t.supplierId],
      foreignColumns: [competitionInvitations.competitionId, competitionInvitations.supplierId],
    }).onDelete("cascade"),
  ],
);

/** The answer per line: unit price excl. VAT, lead time, note. */
export const competitionResponseLines = ordering.table(
  "competition_response_lines",
  {
    responseId: uuid("response_id")
      .notNull()
      .references(() => competitionResponses.id, { onDelete: "cascade" }),
    lineId: uuid("line_id")
      .notNull()
      .references(() => competitionLines.id, { onDelete: "cascade" }),
    unitPriceCents: integer("unit_price_cents").notNull(),
    leadTimeDays: integer("lead_time_days").notNull(),
    note: text("note").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.lineId] }),
    check("competition_response_lines_price_check", sql`${t.unitPriceCents} > 0 AND ${t.unitPriceCents} <= 100000000`),
    check("competition_response_lines_lead_time_check", sql`${t.leadTimeDays} >= 0 AND ${t.leadTimeDays} <= 365`),
  ],
);

/** The buyer's score (0–10) of a supplier's answer on an `other` criterion, given after the deadline. */
export const competitionScores = ordering.table(
  "competition_scores",
  {
    criterionId: uuid("criterion_id")
      .notNull()
      .references(() => competitionCriteria.id, { onDelete: "cascade" }),
    supplierId: uuid("supplier_id").notNull(),
    score: integer("score").notNull(),
    scoredBy: uuid("scored_by"),
    scoredAt: timestamp("scored_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.criterionId, t.supplierId] }),
    check("competition_scores_score_check", sql`${t.score} >= 0 AND ${t.score} <= 10`),
  ],
);
