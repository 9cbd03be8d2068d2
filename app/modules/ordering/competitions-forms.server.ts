// Reading the forms of quote requests and mini-competitions: the buyer's request (lines, criteria
// and weights, deadline), a supplier's answer and the buyer's scores. Errors are message keys,
// keyed by the field name so the page shows them next to the field.
import { weightsAddUp } from "./competitions-ranking.server.ts";

export type FieldErrors = Record<string, string>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const MAX_LINES = 30;
export const MAX_OTHER_CRITERIA = 3;
export const MAX_LINE_QUANTITY = 10_000;
/** A deadline further away than this is a typing error. */
const MAX_DEADLINE_DAYS = 365;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

/** The offset of Brussels time from UTC at that moment, in minutes (60 in winter, 120 in summer). */
function brusselsOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Brussels",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((local - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** A day ("2026-12-01") and a time ("14:00", "14.00" or "14u00") in Brussels as a moment; undefined if invalid. */
export function brusselsMoment(day: string, time: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^([01]?\d|2[0-3])[:.uh]([0-5]\d)$/.exec(time.replace(/\s/g, ""));
  if (!d || !t) return undefined;
  const [year, month, date] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const check = new Date(Date.UTC(year, month - 1, date));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return undefined;
  const wall = Date.UTC(year, month - 1, date, Number(t[1]), Number(t[2]));
  let moment = wall - brusselsOffsetMinutes(new Date(wall)) * 60_000;
  const corrected = wall - brusselsOffsetMinutes(new Date(moment)) * 60_000;
  if (corrected !== moment) moment = corrected;
  return new Date(moment);
}

/** "899,50", "899.50", "1.299,00" or "1299" euro → cents; undefined if not a positive amount. */
export function euroToCents(value: string): number | undefined {
  const cleaned = value.replace(/[€\s]/g, "");
  let normal: string;
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(cleaned)) normal = cleaned.replace(/\./g, "").replace(",", ".");
  else if (/^\d+([.,]\d{1,2})?$/.test(cleaned)) normal = cleaned.replace(",", ".");
  else return undefined;
  const cents = Math.round(Number(normal) * 100);
  return Number.isSafeInteger(cents) && cents > 0 ? cents : undefined;
}

/** Cents as the amount a Dutch form shows ("899,50"). */
export function centsToEuroText(cents: number): string {
  return (cents / 100).toFixed(2).replace(".", ",");
}

function wholeNumber(value: string): number | undefined {
  return /^\d{1,6}$/.test(value) ? Number(value) : undefined;
}

export type RequestLineInput = { description: string; quantity: number; unit: string; productId?: string };
export type CriterionInput = { kind: "price" | "lead_time" | "other"; name: string; weight: number };

export type CompetitionRequestInput = {
  title: string;
  deliveryWishes: string;
  deadline: Date;
  lines: RequestLineInput[];
  criteria: CriterionInput[];
  lotId?: string;
  supplierIds: string[];
  /** The product category of what is bought. */
  categoryId: number;
};

/** How many line rows the form has (hidden field `rows`), within bounds. */
export function lineRowCount(form: FormData, fallback = 3): number {
  const rows = wholeNumber(text(form, "rows"));
  return Math.min(MAX_LINES, Math.max(1, rows ?? fallback));
}

function readLines(form: FormData, errors: FieldErrors): RequestLineInput[] {
  const lines: RequestLineInput[] = [];
  const rows = lineRowCount(form);
  for (let row = 1; row <= rows; row++) {
    const description = text(form, `description_${row}`);
    const quantityText = text(form, `quantity_${row}`);
    const unit = text(form, `unit_${row}`) || "stuk";
    const product = text(form, `product_${row}`);
    // A row left empty is skipped; a row half filled in is an error.
    if (!description && !quantityText) continue;
    if (description.length < 3 || description.length > 500) errors[`description_${row}`] = "competitions.validation.description";
    const quantity = wholeNumber(quantityText);
    if (quantity === undefined || quantity < 1) errors[`quantity_${row}`] = "competitions.validation.quantity";
    else if (quantity > MAX_LINE_QUANTITY) errors[`quantity_${row}`] = "competitions.validation.quantityTooLarge";
    if (unit.length > 20) errors[`unit_${row}`] = "competitions.validation.unit";
    lines.push({ description, quantity: quantity ?? 0, unit, productId: isUuid(product) ? product : undefined });
  }
  if (lines.length === 0 && !errors.description_1) errors.description_1 = "competitions.validation.noLines";
  return lines;
}

function readCriteria(form: FormData, errors: FieldErrors, kind: "quote" | "mini_competition"): CriterionInput[] {
  // A quote request is compared on price only.
  if (kind === "quote") return [{ kind: "price", name: "Prijs", weight: 100 }];
  const criteria: CriterionInput[] = [];
  const weightOf = (field: string, required: boolean) => {
    const raw = text(form, field);
    if (!raw && !required) return 0;
    const weight = wholeNumber(raw);
    if (weight === undefined || weight > 100 || (required && weight < 1)) {
      errors[field] = "competitions.validation.weight";
      return undefined;
    }
    return weight;
  };
  const price = weightOf("weightPrice", true);
  if (price) criteria.push({ kind: "price", name: "Prijs", weight: price });
  const lead = weightOf("weightLeadTime", false);
  if (lead) criteria.push({ kind: "lead_time", name: "Levertermijn", weight: lead });
  for (let i = 1; i <= MAX_OTHER_CRITERIA; i++) {
    const name = text(form, `otherName_${i}`);
    const weightText = text(form, `otherWeight_${i}`);
    if (!name && !weightText) continue;
    if (name.length < 3 || name.length > 120) errors[`otherName_${i}`] = "competitions.validation.criterionName";
    const weight = weightOf(`otherWeight_${i}`, true);
    if (weight) criteria.push({ kind: "other", name, weight });
  }
  const anyWeightError = Object.keys(errors).some((key) => /^(weight|otherWeight_)/.test(key));
  if (!anyWeightError && !weightsAddUp(criteria.map((c) => c.weight))) errors.weightPrice = "competitions.validation.weightsSum";
  return criteria;
}

/** The buyer's request form: a quote request (chosen suppliers) or a mini-competition (a lot). */
export function readRequestForm(
  form: FormData,
  kind: "quote" | "mini_competition",
  now: Date = new Date(),
): Parsed<CompetitionRequestInput> {
  const errors: FieldErrors = {};
  const title = text(form, "title");
  if (title.length < 3 || title.length > 200) errors.title = "competitions.validation.title";
  const deliveryWishes = text(form, "deliveryWishes");
  if (deliveryWishes.length > 2000) errors.deliveryWishes = "competitions.validation.deliveryWishes";
  const deadline = brusselsMoment(text(form, "deadlineDate"), text(form, "deadlineTime") || "12:00");
  if (!deadline) errors.deadlineDate = "competitions.validation.deadline";
  else if (deadline.getTime() <= now.getTime()) errors.deadlineDate = "competitions.validation.deadlinePast";
  else if (deadline.getTime() > now.getTime() + MAX_DEADLINE_DAYS * 86_400_000)
    errors.deadlineDate = "competitions.validation.deadlineFar";
  const categoryId = wholeNumber(text(form, "categoryId"));
  if (!categoryId) errors.categoryId = "competitions.validation.category";
  const lines = readLines(form, errors);
  const criteria = readCriteria(form, errors, kind);
  let lotId: string | undefined;
  const supplierIds: string[] = [];
  if (kind === "mini_competition") {
    const lot = text(form, "lotId");
    if (!isUuid(lot)) errors.lotId = "competitions.validation.lot";
    else lotId = lot;
  } else {
    for (const value of form.getAll("supplierIds")) if (isUuid(value) && !supplierIds.includes(value)) supplierIds.push(value);
    if (supplierIds.length === 0) errors.supplierIds = "competitions.validation.suppliers";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { title, deliveryWishes, deadline: deadline!, lines, criteria, lotId, supplierIds, categoryId: categoryId! },
  };
}

export type AnswerLineInput = { lineId: string; unitPriceCents: number; leadTimeDays: number; note: string };

/** A supplier's answer: for every line a unit price excl. VAT and a lead time (fields `price_<lineId>` …). */
export function readAnswerForm(form: FormData, lineIds: readonly string[]): Parsed<{ lines: AnswerLineInput[]; note: string }> {
  const errors: FieldErrors = {};
  const lines: AnswerLineInput[] = [];
  for (const lineId of lineIds) {
    const cents = euroToCents(text(form, `price_${lineId}`));
    if (cents === undefined) errors[`price_${lineId}`] = "competitions.validation.price";
    else if (cents > 100_000_000) errors[`price_${lineId}`] = "competitions.validation.priceTooHigh";
    const lead = wholeNumber(text(form, `leadTime_${lineId}`));
    if (lead === undefined || lead > 365) errors[`leadTime_${lineId}`] = "competitions.validation.leadTime";
    const note = text(form, `note_${lineId}`);
    if (note.length > 1000) errors[`note_${lineId}`] = "competitions.validation.note";
    lines.push({ lineId, unitPriceCents: cents ?? 0, leadTimeDays: lead ?? 0, note });
  }
  const note = text(form, "note");
  if (note.length > 2000) errors.note = "competitions.validation.note";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { lines, note } };
}

/** The buyer's scores (0–10) per `other` criterion and supplier (fields `score_<criterionId>_<supplierId>`). */
export function readScoresForm(
  form: FormData,
  criterionIds: readonly string[],
  supplierIds: readonly string[],
): Parsed<{ criterionId: string; supplierId: string; score: number }[]> {
  const errors: FieldErrors = {};
  const scores: { criterionId: string; supplierId: string; score: number }[] = [];
  for (const criterionId of criterionIds) {
    for (const supplierId of supplierIds) {
      const field = `score_${criterionId}_${supplierId}`;
      const score = wholeNumber(text(form, field));
      if (score === undefined || score > 10) errors[field] = "competitions.validation.score";
      else scores.push({ criterionId, supplierId, score });
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: scores };
}
