// Client-safe form schemas of the framework agreements register (raamovereenkomsten): the
// admin forms (framework, lot, suppliers of a lot, value used), the decision to join, and the
// filter of the public list. Messages are message keys (app/i18n/frameworks.*.ts).
//
// shared.ts re-exports this file, so it cannot import shared.ts (a cycle): the three constants
// below repeat shared.ts's ORDER_METHODS, DECISION_BODIES and FRAMEWORK_MAX_YEARS, and
// framework-admin.server.test.ts checks that they stay equal.
import { z } from "zod";

const ORDER_METHODS = ["direct", "reopening"] as const;
const DECISION_BODIES = [
  "gemeenteraad",
  "college",
  "raad_maatschappelijk_welzijn",
  "vast_bureau",
  "algemeen_directeur",
  "provincieraad",
  "deputatie",
  "raad_van_bestuur",
  "andere",
] as const;
const FRAMEWORK_MAX_YEARS = 4;
/** The constants the form schemas use (the same as shared.ts's; compared in a test). */
export const FRAMEWORK_FORM_CONSTANTS = { ORDER_METHODS, DECISION_BODIES, FRAMEWORK_MAX_YEARS } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The organisation types that are local governments: only they join framework agreements. */
export const JOINING_ORGANISATION_TYPES = ["gemeente", "ocmw", "politiezone", "provincie", "intergemeentelijk", "agb"] as const;

export function canJoinAsType(type: string): boolean {
  return (JOINING_ORGANISATION_TYPES as readonly string[]).includes(type);
}

/** "2026-03-01" plus `years` years, as an ISO day (29 February becomes 28 February… or stays). */
export function addYearsIso(isoDay: string, years: number): string {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  return `${String(y + years).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const isoDay = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    }, message);

/**
 * An amount in euro as people type it ("1.250.000", "1 250 000,50", "2500000.5") in euro cents.
 * Null when it is not an amount.
 */
export function euroToCents(input: string): number | null {
  let text = input.trim().replace(/[€\s\u00a0]/g, "");
  if (text === "") return null;
  // A comma is the decimal separator (nl-BE); dots are then thousands separators.
  if (text.includes(",")) text = text.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  const cents = Math.round(Number(text) * 100);
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Euro cents as a plain amount for a form field: 125000050 → "1250000,50". */
export function centsToEuroInput(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(whole) : `${whole},${String(rest).padStart(2, "0")}`;
}

const amount = (message: string, { positive }: { positive: boolean }) =>
  z.string().transform((value, ctx) => {
    const cents = euroToCents(value);
    if (cents === null || (positive ? cents <= 0 : cents < 0) || cents > 1e15) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return cents;
  });

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value ?? "");

const validDay = (value: unknown) => typeof value === "string" && isoDay("x").safeParse(value).success;
const bothDatesValid = (value: unknown) => {
  const v = value as { startsOn?: unknown; endsOn?: unknown } | null;
  return Boolean(v) && validDay(v?.startsOn) && validDay(v?.endsOn);
};

/** The admin form of a framework agreement (create and edit). Amounts in euro, stored in cents. */
export const frameworkFormSchema = z
  .object({
    reference: z
      .string("frameworks.validation.reference")
      .trim()
      .min(1, "frameworks.validation.reference")
      .max(80, "frameworks.validation.referenceLong"),
    title: z
      .string("frameworks.validation.title")
      .trim()
      .min(1, "frameworks.validation.title")
      .max(300, "frameworks.validation.titleLong"),
    description: optionalText(5000, "frameworks.validation.descriptionLong"),
    centralPurchasingBody: z
      .string("frameworks.validation.purchasingBody")
      .trim()
      .min(1, "frameworks.validation.purchasingBody")
      .max(200, "frameworks.validation.purchasingBodyLong"),
    legalBasis: z
      .string("frameworks.validation.legalBasis")
      .trim()
      .min(1, "frameworks.validation.legalBasis")
      .max(300, "frameworks.validation.legalBasisLong"),
    startsOn: isoDay("frameworks.validation.startsOn"),
    endsOn: isoDay("frameworks.validation.endsOn"),
    maxValue: amount("frameworks.validation.maxValue", { positive: true }),
    orderMethod: z.enum(ORDER_METHODS, "frameworks.validation.orderMethod"),
  })
  // Checked whenever both dates are valid, even when another field has an error (Zod skips
  // object refinements after field errors otherwise), so every problem shows at once.
  .refine((f) => f.endsOn > f.startsOn, {
    path: ["endsOn"],
    message: "frameworks.validation.endBeforeStart",
    when: (payload) => bothDatesValid(payload.value),
  })
  .refine((f) => f.endsOn <= f.startsOn || f.endsOn <= addYearsIso(f.startsOn, FRAMEWORK_MAX_YEARS), {
    path: ["endsOn"],
    message: "frameworks.validation.tooLong",
    when: (payload) => bothDatesValid(payload.value),
  });
export type FrameworkForm = z.output<typeof frameworkFormSchema>;

/** A new lot (perceel) of a framework agreement. Field names are prefixed: the page has other titles. */
export const lotFormSchema = z
  .object({
    lotNumber: z
      .string("frameworks.validation.lotNumber")
      .trim()
      .regex(/^\d{1,3}$/, "frameworks.validation.lotNumber")
      .transform(Number)
      .pipe(z.number().int().min(1, "frameworks.validation.lotNumber").max(999, "frameworks.validation.lotNumber")),
    lotTitle: z
      .string("frameworks.validation.lotTitle")
      .trim()
      .min(1, "frameworks.validation.lotTitle")
      .max(300, "frameworks.validation.lotTitleLong"),
    lotDescription: optionalText(5000, "frameworks.validation.descriptionLong"),
  })
  .transform((lot) => ({ number: lot.lotNumber, title: lot.lotTitle, description: lot.lotDescription }));
export type LotForm = z.output<typeof lotFormSchema>;

/** The suppliers awarded a lot: at least one, each an organisation id. */
export const lotSuppliersFormSchema = z.object({
  supplierIds: z
    .array(z.string().regex(UUID, "frameworks.validation.supplier"))
    .min(1, "frameworks.validation.lotSuppliers")
    .max(200, "frameworks.validation.lotSuppliers"),
});

/** The value used so far under a framework agreement, in euro. */
export const usedValueFormSchema = z.object({
  usedValue: amount("frameworks.validation.usedValue", { positive: false }),
});

/** An organisation's decision to join a framework agreement, as the form sends it. */
export const accessionFormSchema = z.object({
  decisionBody: z.enum(DECISION_BODIES, "frameworks.validation.decisionBody"),
  decisionDate: isoDay("frameworks.validation.decisionDate"),
  decisionReference: z
    .string("frameworks.validation.decisionReference")
    .trim()
    .min(1, "frameworks.validation.decisionReference")
    .max(120, "frameworks.validation.decisionReferenceLong"),
  documentUrl: z
    .string()
    .trim()
    .max(1000, "frameworks.validation.documentUrl")
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), "frameworks.validation.documentUrl"),
});
export type AccessionForm = z.output<typeof accessionFormSchema>;

export const FRAMEWORK_STATUS_FILTERS = ["all", "active", "expired"] as const;
export type FrameworkStatusFilter = (typeof FRAMEWORK_STATUS_FILTERS)[number];
export type FrameworkFilter = { status: FrameworkStatusFilter; q: string };

/** The public list's GET filter (`?status=active&q=laptops`); unknown values fall back to all. */
export function frameworkFilterFrom(params: URLSearchParams): FrameworkFilter {
  const status = params.get("status");
  return {
    status: (FRAMEWORK_STATUS_FILTERS as readonly string[]).includes(status ?? "") ? (status as FrameworkStatusFilter) : "all",
    q: (params.get("q") ?? "").trim().slice(0, 100),
  };
}

/** Whether a framework agreement has run out on `today` (ISO day): it ends before today. */
export function isExpired(endsOn: string, today: string): boolean {
  return endsOn < today;
}

/** Whether a framework agreement runs on `today`: started and not yet ended. */
export function isRunning(startsOn: string, endsOn: string, today: string): boolean {
  return startsOn <= today && endsOn >= today;
}

/** Share of the maximum value used, 0–100 (rounded down to a tenth), never above 100 for the meter. */
export function usagePercent(usedCents: number, maxCents: number): number {
  if (maxCents <= 0) return 0;
  return Math.floor((usedCents / maxCents) * 1000) / 10;
}
