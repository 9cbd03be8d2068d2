// The ordering module's client-safe face: statuses, routes, bodies, threshold kinds, the form
// schemas (messages are message keys) and the purchase-order number format.
import { z } from "zod";

export * from "./legal-check.ts";
import { THRESHOLD_KINDS } from "./legal-check.ts";

export const ORDER_STATUSES = [
  "submitted",
  "approved",
  "declined",
  "sent",
  "accepted",
  "partially_accepted",
  "rejected",
  "shipped",
  "delivered",
  "invoiced",
  "cancelled",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Statuses whose orders count as spend (committed money). */
export const SPEND_STATUSES: readonly OrderStatus[] = [
  "approved",
  "sent",
  "accepted",
  "partially_accepted",
  "shipped",
  "delivered",
  "invoiced",
];
/** Statuses that do not count towards the cumulative low-value check. */
export const VOID_STATUSES: readonly OrderStatus[] = ["declined", "rejected", "cancelled"];
/** The buyer may cancel until the supplier accepted. */
export const CANCELLABLE_STATUSES: readonly OrderStatus[] = ["submitted", "approved", "sent"];

/** The status machine: which status may follow which, and who moves it. */
export const TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  submitted: ["approved", "declined", "cancelled"],
  approved: ["sent", "cancelled"],
  declined: [],
  sent: ["accepted", "partially_accepted", "rejected", "cancelled"],
  accepted: ["shipped", "delivered"],
  partially_accepted: ["shipped", "delivered"],
  rejected: [],
  shipped: ["delivered"],
  delivered: ["invoiced"],
  invoiced: [],
  cancelled: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Who approves an order under the Decreet Lokaal Bestuur, from the lowest to the highest. */
export const APPROVING_BODIES = ["budgethouder", "algemeen_directeur", "college", "gemeenteraad"] as const;
export type ApprovingBody = (typeof APPROVING_BODIES)[number];

/** Most units of one line: more is a typing error, not an order. */
export const MAX_QUANTITY = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (key: string) => z.string().regex(UUID, key);
const trimmed = (max: number, key: string) => z.string().trim().max(max, key);
const isoDay = (key: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, key)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), key);
const optionalDay = (key: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(isoDay(key).optional());

/** A quantity typed by a person: a whole number from 1 to MAX_QUANTITY. */
export const quantitySchema = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/, "ordering.validation.quantity")
  .transform(Number)
  .pipe(z.number().int().min(1, "ordering.validation.quantity").max(MAX_QUANTITY, "ordering.validation.quantityTooLarge"));

export const addToCartSchema = z.object({
  offerId: uuid("ordering.validation.offer"),
  quantity: quantitySchema,
});

export const cartQuantitySchema = z.object({
  lineId: uuid("ordering.validation.line"),
  quantity: quantitySchema,
});

export const submitCartSchema = z.object({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "ordering.validation.idempotencyKey"),
  budgetCodeId: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .pipe(uuid("ordering.validation.budgetCode").optional()),
  deliveryAddress: trimmed(500, "ordering.validation.deliveryAddress").optional().default(""),
  requestedDeliveryDate: optionalDay("ordering.validation.date"),
  note: trimmed(2000, "ordering.validation.note").optional().default(""),
});
export type SubmitCartInput = z.infer<typeof submitCartSchema>;

export const approvalDecisionSchema = z
  .object({
    orderId: uuid("ordering.validation.order"),
    version: z
      .string()
      .regex(/^\d{1,9}$/, "ordering.validation.version")
      .transform(Number),
    decision: z.enum(["approved", "rejected"], "ordering.validation.decision"),
    comment: trimmed(2000, "ordering.validation.comment").optional().default(""),
  })
  .refine((value) => value.decision === "approved" || value.comment.length > 0, {
    message: "ordering.validation.rejectReason",
    path: ["comment"],
  });

export const supplierAnswerSchema = z
  .object({
    decision: z.enum(["accept", "reject", "partial"], "ordering.validation.decision"),
    reason: trimmed(2000, "ordering.validation.comment").optional().default(""),
  })
  .refine((value) => value.decision !== "reject" || value.reason.length > 0, {
    message: "ordering.validation.rejectReason",
    path: ["reason"],
  });

export const invoiceSchema = z.object({
  invoiceNumber: z.string().trim().min(1, "ordering.validation.invoiceNumber").max(60, "ordering.validation.invoiceNumber"),
});

/** A euro amount typed as "30000", "30.000", "30000,50" or "30.000,50": whole cents. */
export const euroAmountSchema = z
  .string()
  .trim()
  .transform((value) =>
    value
      .replace(/[€\s]/g, "")
      .replace(/\.(?=\d{3}(\D|$))/g, "")
      .replace(",", "."),
  )
  .pipe(z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, "ordering.validation.amount"))
  .transform((value) => Math.round(Number(value) * 100))
  .pipe(z.number().int().min(1, "ordering.validation.amount"));

export const thresholdFormSchema = z
  .object({
    kind: z.enum(THRESHOLD_KINDS, "ordering.validation.thresholdKind"),
    amount: euroAmountSchema,
    validFrom: isoDay("ordering.validation.date"),
    validTo: optionalDay("ordering.validation.date"),
    sourceText: z.string().trim().min(3, "ordering.validation.source").max(500, "ordering.validation.source"),
    sourceUrl: z
      .string()
      .trim()
      .max(1000)
      .optional()
      .transform((value) => value || undefined)
      .pipe(z.string().url("ordering.validation.url").startsWith("https://", "ordering.validation.url").optional()),
    note: trimmed(1000, "ordering.validation.note").optional().default(""),
  })
  .refine((value) => !value.validTo || value.validTo >= value.validFrom, {
    message: "ordering.validation.period",
    path: ["validTo"],
  });
export type ThresholdForm = z.infer<typeof thresholdFormSchema>;

export const approvalRuleFormSchema = z
  .object({
    min: euroAmountSchema.or(z.literal("0").transform(() => 0)),
    max: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || undefined)
      .pipe(euroAmountSchema.optional()),
    body: z.enum(APPROVING_BODIES, "ordering.validation.body"),
    note: trimmed(500, "ordering.validation.note").optional().default(""),
  })
  .refine((value) => value.max === undefined || value.max > value.min, {
    message: "ordering.validation.band",
    path: ["max"],
  });

export const budgetCodeFormSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9./ -]{1,40}$/, "ordering.validation.budgetCodeFormat"),
  label: z.string().trim().min(1, "ordering.validation.label").max(200, "ordering.validation.label"),
});

export const delegationFormSchema = z
  .object({
    personId: uuid("ordering.validation.person"),
    body: z.enum(APPROVING_BODIES, "ordering.validation.body"),
    validFrom: isoDay("ordering.validation.date"),
    validTo: isoDay("ordering.validation.date"),
    decisionReference: z
      .string()
      .trim()
      .min(1, "ordering.validation.decisionReference")
      .max(200, "ordering.validation.decisionReference"),
  })
  .refine((value) => value.validTo >= value.validFrom, { message: "ordering.validation.period", path: ["validTo"] });

/** "{YYYY}{SEQ:6}", "BB/{YY}/{SEQ:4}": a year token, exactly one sequence token, safe characters. */
export function isValidPoFormat(format: string): boolean {
  if (format.length < 6 || format.length > 40) return false;
  const seq = format.match(/\{SEQ:(\d{1,2})\}/g) ?? [];
  if (seq.length !== 1) return false;
  const width = Number(seq[0]!.slice(5, -1));
  if (width < 3 || width > 10) return false;
  if (!/\{YYYY\}|\{YY\}/.test(format)) return false;
  const literal = format.replace(/\{SEQ:\d{1,2}\}|\{YYYY\}|\{YY\}/g, "");
  return /^[A-Za-z0-9/._-]*$/.test(literal);
}

/** The purchase-order number for a year and sequence value: "{YYYY}{SEQ:6}", 2026, 123 → "2026000123". */
export function formatPoNumber(format: string, year: number, sequence: number): string {
  return format
    .replace("{YYYY}", String(year))
    .replace("{YY}", String(year % 100).padStart(2, "0"))
    .replace(/\{SEQ:(\d{1,2})\}/, (_, width: string) => String(sequence).padStart(Number(width), "0"));
}

export const settingsFormSchema = z.object({
  poNumberFormat: z
    .string()
    .trim()
    .refine((value) => isValidPoFormat(value), "ordering.validation.poFormat"),
  reminderDays: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, "ordering.validation.reminderDays")
    .transform(Number)
    .pipe(z.number().int().min(1, "ordering.validation.reminderDays").max(60, "ordering.validation.reminderDays")),
});

export const spendFilterSchema = z.object({
  year: z
    .string()
    .regex(/^20\d{2}$/)
    .transform(Number)
    .optional()
    .catch(undefined),
});
