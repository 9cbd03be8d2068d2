// The procurement module's client-safe face: constants, GTIN check digits, the search query
// schema and its URL form. Anything that touches the database is in index.server.ts.
import { z } from "zod";

export * from "./framework-validation.ts";

/** How orders are placed under a framework agreement (lot). */
export const ORDER_METHODS = ["direct", "reopening"] as const;
export type OrderMethod = (typeof ORDER_METHODS)[number];

/** Bodies of a local government that can decide to join a framework agreement. */
export const DECISION_BODIES = [
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
export type DecisionBody = (typeof DECISION_BODIES)[number];

/** Types of a category's specification attributes. */
export const ATTRIBUTE_TYPES = ["number", "text", "boolean", "enum"] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export const IMPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export const IMPORT_STATUSES = ["uploaded", "validating", "preview", "applying", "applied", "failed", "cancelled"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Belgian VAT rates an offer may carry (percent). */
export const VAT_RATES = [0, 6, 12, 21] as const;

/** A framework agreement may run four years at most (art. 43 of the law of 17 June 2016). */
export const FRAMEWORK_MAX_YEARS = 4;
export const DEFAULT_LEGAL_BASIS = "art. 47 wet van 17 juni 2016 (aankoopcentrale)";

/** Keys of specification attributes. */
export const SPEC_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

// --- GTIN / EAN -----------------------------------------------------------------------------

/** Strips spaces and dashes; GTINs are 8, 12, 13 or 14 digits. */
export function normaliseGtin(input: string): string {
  return input.replace(/[\s-]/g, "");
}

/**
 * True when `input` is a GTIN-8, -12 (UPC), -13 (EAN) or -14 whose last digit is the GS1 check
 * digit: weights 3 and 1 alternate from the right (the check digit excluded), and the check
 * digit brings the weighted sum to a multiple of 10.
 */
export function isValidGtin(input: string): boolean {
  const gtin = normaliseGtin(input);
  if (!/^(\d{8}|\d{12,14})$/.test(gtin)) return false;
  return gtinCheckDigit(gtin.slice(0, -1)) === Number(gtin.at(-1));
}

/** The GS1 check digit for the digits of a GTIN without its check digit. */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body[body.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

// --- Catalogue rows ---------------------------------------------------------------------------

const collapse = (value: string) => value.trim().replace(/\s+/g, " ");
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "procurement.validation.date")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "procurement.validation.date");

/** One product as the catalogue writes it. Message keys: procurement.validation.*. */
export const productInputSchema = z.object({
  manufacturer: z.string().transform(collapse).pipe(z.string().min(1, "procurement.validation.manufacturer").max(100)),
  /** Normalised to upper case without surrounding spaces: "20xw004umh " is "20XW004UMH". */
  partNumber: z
    .string()
    .transform((value) => collapse(value).toUpperCase())
    .pipe(z.string().min(1, "procurement.validation.partNumber").max(80, "procurement.validation.partNumber")),
  gtin: z
    .string()
    .transform(normaliseGtin)
    .refine((value) => value === "" || isValidGtin(value), "procurement.validation.gtin")
    .transform((value) => value || null)
    .nullish(),
  name: z
    .string()
    .transform(collapse)
    .pipe(z.string().min(1, "procurement.validation.name").max(300, "procurement.validation.name")),
  /** Stored as given: HTML or script in it is text, shown escaped. */
  description: z.string().max(10_000, "procurement.validation.description").optional().default(""),
  category: z.string().regex(/^[a-z0-9-]{1,60}$/, "procurement.validation.category"),
  unspsc: z
    .string()
    .regex(/^\d{8}$/, "procurement.validation.unspsc")
    .nullish(),
  specs: z
    .record(z.string().regex(SPEC_KEY_PATTERN), z.union([z.string().max(200), z.number().finite(), z.boolean()]))
    .optional()
    .default({}),
  images: z
    .array(z.object({ url: z.string().url().max(1000), alt: z.string().max(300).optional() }))
    .max(10)
    .optional()
    .default([]),
});
export type ProductInput = z.input<typeof productInputSchema>;

/** One offer as the catalogue writes it; prices in euro cents excluding VAT. */
export const offerInputSchema = z
  .object({
    productId: z.string().uuid(),
    supplierId: z.string().uuid(),
    supplierSku: z.string().trim().max(80).nullish(),
    priceCents: z.number().int("procurement.validation.price").positive("procurement.validation.price").max(2_000_000_000),
    vatRate: z
      .number()
      .refine((rate) => (VAT_RATES as readonly number[]).includes(rate), "procurement.validation.vatRate")
      .optional()
      .default(21),
    stock: z.number().int().min(0, "procurement.validation.stock").optional().default(0),
    leadTimeDays: z.number().int().min(0, "procurement.validation.leadTime").max(365, "procurement.validation.leadTime"),
    minQuantity: z.number().int().min(1, "procurement.validation.minQuantity").optional().default(1),
    validFrom: isoDate.nullish(),
    validTo: isoDate.nullish(),
    frameworkLotId: z.string().uuid().nullish(),
  })
  .refine((offer) => !offer.validFrom || !offer.validTo || offer.validTo >= offer.validFrom, {
    message: "procurement.validation.validity",
    path: ["validTo"],
  });
export type OfferInput = z.input<typeof offerInputSchema>;

// --- Framework agreements ---------------------------------------------------------------------

const addYears = (isoDay: string, years: number) => {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  return `${String(y + years).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
};

/** A framework agreement with its lots and each lot's suppliers. Message keys: procurement.validation.*. */
export const frameworkInputSchema = z
  .object({
    reference: z.string().trim().min(1, "procurement.validation.reference").max(80, "procurement.validation.reference"),
    title: z.string().trim().min(1, "procurement.validation.title").max(300, "procurement.validation.title"),
    description: z.string().trim().max(5000).optional().default(""),
    centralPurchasingBody: z.string().trim().min(1, "procurement.validation.purchasingBody").max(200),
    centralPurchasingBodyId: z.string().uuid().nullish(),
    legalBasis: z.string().trim().min(1).max(300).optional().default(DEFAULT_LEGAL_BASIS),
    startsOn: isoDate,
    endsOn: isoDate,
    /** Euro cents excluding VAT; every framework agreement needs a maximum. */
    maxValueCents: z.number().int().positive("procurement.validation.maxValue"),
    orderMethod: z.enum(ORDER_METHODS),
    lots: z
      .array(
        z.object({
          number: z.number().int().positive(),
          title: z.string().trim().min(1, "procurement.validation.lotTitle").max(300),
          description: z.string().trim().max(5000).optional().default(""),
          supplierIds: z.array(z.string().uuid()).min(1, "procurement.validation.lotSuppliers"),
        }),
      )
      .min(1, "procurement.validation.lots")
      .refine((lots) => new Set(lots.map((lot) => lot.number)).size === lots.length, "procurement.validation.lotNumbers"),
  })
  .refine((f) => f.endsOn > f.startsOn, { message: "procurement.validation.period", path: ["endsOn"] })
  .refine((f) => f.endsOn <= addYears(f.startsOn, FRAMEWORK_MAX_YEARS), {
    message: "procurement.validation.periodTooLong",
    path: ["endsOn"],
  });
export type FrameworkInput = z.input<typeof frameworkInputSchema>;

/** An organisation's decision to join a framework agreement. */
export const accessionInputSchema = z.object({
  organisationId: z.string().uuid(),
  frameworkId: z.string().uuid(),
  decisionBody: z.enum(DECISION_BODIES, "procurement.validation.decisionBody"),
  decisionDate: isoDate,
  decisionReference: z.string().trim().min(1, "procurement.validation.decisionReference").max(120),
  documentUrl: z.string().trim().url("procurement.validation.documentUrl").max(1000).nullish(),
});
export type AccessionInput = z.input<typeof accessionInputSchema>;

// --- Search -----------------------------------------------------------------------------------

export const SEARCH_SORTS = ["relevance", "price", "leadtime"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const DEFAULT_PAGE_SIZE = 24;
export const MAX_PAGE_SIZE = 100;
/** Deep pages are refused: nobody reads page 500, and OFFSET cost grows with depth. */
export const MAX_PAGE = 400;
export const MAX_QUERY_LENGTH = 200;

/** Price bands of the price facet, in euro cents excluding VAT: [from, to) with an open end. */
export const PRICE_BANDS: readonly { key: string; min: number | null; max: number | null }[] = [
  { key: "lt250", min: null, max: 25_000 },
  { key: "250-500", min: 25_000, max: 50_000 },
  { key: "500-1000", min: 50_000, max: 100_000 },
  { key: "1000-2000", min: 100_000, max: 200_000 },
  { key: "gte2000", min: 200_000, max: null },
];

/** Lead-time facet: "delivered within N working days", cumulative. */
export const LEAD_TIME_BANDS = [1, 2, 5, 10, 20] as const;

const numberish = z.coerce.number().finite();

/** A filter on one specification attribute: a value, several values (any of them), or a range. */
export const specFilterSchema = z.union([
  z.string().max(100),
  z.number().finite(),
  z.boolean(),
  z.array(z.union([z.string().max(100), z.number().finite(), z.boolean()])).max(20),
  z
    .object({ min: numberish.optional(), max: numberish.optional() })
    .refine((range) => range.min !== undefined || range.max !== undefined, "procurement.validation.range"),
]);
export type SpecFilter = z.infer<typeof specFilterSchema>;

/** The product search: what `searchProducts` takes and the public API accepts. */
export const searchQuerySchema = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH).optional().default(""),
  category: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional(),
  brands: z.array(z.string().trim().min(1).max(100)).max(50).optional().default([]),
  /** Euro, excluding VAT. */
  priceMin: z.number().finite().min(0).optional(),
  priceMax: z.number().finite().min(0).optional(),
  /** Working days. */
  maxLeadTime: z.number().int().min(0).max(365).optional(),
  inStock: z.boolean().optional().default(false),
  specs: z
    .record(z.string().regex(SPEC_KEY_PATTERN), specFilterSchema)
    .optional()
    .default({})
    .refine((specs) => Object.keys(specs).length <= 20, "procurement.validation.tooManySpecs"),
  sort: z.enum(SEARCH_SORTS).optional().default("relevance"),
  page: z.number().int().min(1).max(MAX_PAGE).optional().default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).optional().default(DEFAULT_PAGE_SIZE),
});
export type SearchQueryInput = z.input<typeof searchQuerySchema>;
export type SearchQuery = z.output<typeof searchQuerySchema>;

const firstNumber = (value: string | null): number | undefined => {
  if (value === null || value.trim() === "") return undefined;
  const n = Number(value.replace(",", "."));
  return Number.isFinite(n) ? n : undefined;
};

/**
 * Reads a search from URL parameters (the GET search form and the public API):
 * `q`, `categorie`, `merk` (repeated), `prijsMin`, `prijsMax`, `levertijd`, `opVoorraad=1`,
 * `sortering`, `pagina`, `per`, and `spec.<key>` (repeated for several values, `a-b` or `a-` or
 * `-b` for a range of numbers). Unknown or malformed values are dropped, never an error: a
 * shared URL that is a little wrong still shows results.
 */
export function searchQueryFromParams(params: URLSearchParams): SearchQuery {
  const specs: Record<string, SpecFilter> = {};
  for (const [name, raw] of params) {
    if (!name.startsWith("spec.")) continue;
    const key = name.slice(5);
    const value = raw.trim();
    if (!SPEC_KEY_PATTERN.test(key) || value === "" || value.length > 100) continue;
    const range = /^(\d+(?:[.,]\d+)?)?-(\d+(?:[.,]\d+)?)?$/.exec(value);
    if (range && (range[1] || range[2])) {
      specs[key] = { min: firstNumber(range[1] ?? null), max: firstNumber(range[2] ?? null) };
      continue;
    }
    const existing = specs[key];
    if (existing === undefined) specs[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else if (typeof existing === "string") specs[key] = [existing, value];
  }
  const sort = params.get("sortering");
  const candidate = {
    q: (params.get("q") ?? "").slice(0, MAX_QUERY_LENGTH),
    category: params.get("categorie") || undefined,
    brands: params
      .getAll("merk")
      .map((b) => b.trim())
      .filter(Boolean)
      .slice(0, 50),
    priceMin: firstNumber(params.get("prijsMin")),
    priceMax: firstNumber(params.get("prijsMax")),
    maxLeadTime: firstNumber(params.get("levertijd")),
    inStock: params.get("opVoorraad") === "1" || params.get("opVoorraad") === "true",
    specs,
    sort: SEARCH_SORTS.includes(sort as SearchSort) ? (sort as SearchSort) : undefined,
    page: firstNumber(params.get("pagina")),
    pageSize: firstNumber(params.get("per")),
  };
  const parsed = searchQuerySchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  // Drop the fields that failed and keep the rest.
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const kept = Object.fromEntries(Object.entries(candidate).filter(([key]) => !bad.has(key)));
  return searchQuerySchema.parse(kept);
}
