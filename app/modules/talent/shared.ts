// NoITS, client-safe: constants, form schemas (error messages are message keys of
// app/i18n/talent.*.ts) and small formatting helpers. Anything that touches the database is in
// index.server.ts.
import { z } from "zod";

export const CONTRACTS = ["statutair", "contractueel", "interim", "freelance", "detachering"] as const;
export type Contract = (typeof CONTRACTS)[number];
export const GRADES = ["A", "B", "C", "D", "E"] as const;
export const VACANCY_STATUSES = ["concept", "open", "filled", "closed"] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];
export const LANGUAGES = ["nl", "fr", "en", "de"] as const;
export const CONTACT_STATUSES = ["pending", "accepted", "declined"] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
export const SAVED_SEARCH_KINDS = ["vacancies", "profiles"] as const;
export type SavedSearchKind = (typeof SAVED_SEARCH_KINDS)[number];
export const ECF_LEVELS = [1, 2, 3, 4, 5] as const;

/** Rows of competences shown in a form (empty ones are ignored). */
export const REQUIRED_ROWS = 6;
export const OPTIONAL_ROWS = 4;
export const PROFILE_ROWS_MIN = 8;
export const PROFILE_ROWS_MAX = 41;
/** A profile that was not saved or confirmed for this long expires; a warning goes one month before. */
export const PROFILE_EXPIRY_MONTHS = 12;
export const MAX_TRAVEL_KM = 300;

/** A competence's span of proficiency levels, as the form validation needs it. */
export type CompetenceSpans = ReadonlyMap<string, readonly [number, number]>;

/** "e-3" for a level. */
export const levelLabel = (level: number) => `e-${level}`;

/** Parses "0,4", "0.4" or "40 %" style decimals; NaN when it is not a number. */
export function parseDecimal(value: unknown): number {
  if (typeof value !== "string") return Number.NaN;
  const text = value.trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(text)) return Number.NaN;
  return Number(text);
}

/** "0,4" (nl) or "0.4" (en) for an FTE stored in hundredths. */
export function formatFte(percent: number, locale: "nl" | "en"): string {
  const text = (percent / 100).toFixed(2).replace(/0$/, "").replace(/\.0$/, "");
  return locale === "nl" ? text.replace(".", ",") : text;
}

const text = (max: number, required = "talent.validation.required") =>
  z.string({ error: required }).trim().min(1, required).max(max, "validation.text.tooLong");
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim().max(max, "validation.text.tooLong"));
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

const wholeNumber = (min: number, max: number, key: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN),
    z.number({ error: key }).int(key).min(min, key).max(max, key),
  );
const optionalWholeNumber = (min: number, max: number, key: string) =>
  z.preprocess(
    (v) => (typeof v !== "string" || v.trim() === "" ? undefined : /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN),
    z.number({ error: key }).int(key).min(min, key).max(max, key).optional(),
  );
/** An FTE fraction 0.1–1.0 typed as "0,4", stored as hundredths (40). */
const fte = z.preprocess(
  (v) => {
    const n = parseDecimal(v);
    return Number.isNaN(n) ? n : Math.round(n * 100);
  },
  z.number({ error: "talent.validation.fte" }).min(10, "talent.validation.fte").max(100, "talent.validation.fte"),
);
const nisCode = z.string({ error: "talent.validation.municipality" }).regex(/^\d{5}$/, "talent.validation.municipality");

export type CompetenceRow = { code: string; level: number; evidence?: string };

/**
 * Reads numbered competence rows (`<prefix>_code_<i>`, `<prefix>_level_<i>`) of a form object,
 * checking each code is known and each level within the competence's span; errors on the row's
 * fields. Rows without a code are skipped.
 */
function readRows(
  raw: Record<string, unknown>,
  prefix: string,
  rows: number,
  spans: CompetenceSpans,
  ctx: z.RefinementCtx,
  withEvidence = false,
): CompetenceRow[] {
  const out: CompetenceRow[] = [];
  for (let i = 0; i < rows; i++) {
    const code = typeof raw[`${prefix}_code_${i}`] === "string" ? String(raw[`${prefix}_code_${i}`]).trim() : "";
    if (!code) continue;
    const span = spans.get(code);
    if (!span) {
      ctx.addIssue({ code: "custom", path: [`${prefix}_code_${i}`], message: "talent.validation.unknownCompetence" });
      continue;
    }
    const levelText = String(raw[`${prefix}_level_${i}`] ?? "");
    const level = /^[1-5]$/.test(levelText) ? Number(levelText) : Number.NaN;
    if (Number.isNaN(level)) {
      ctx.addIssue({ code: "custom", path: [`${prefix}_level_${i}`], message: "talent.validation.level" });
      continue;
    }
    if (level < span[0] || level > span[1]) {
      ctx.addIssue({ code: "custom", path: [`${prefix}_level_${i}`], message: "talent.validation.levelOutsideSpan" });
      continue;
    }
    const evidence = withEvidence ? String(raw[`${prefix}_evidence_${i}`] ?? "").trim() : undefined;
    if (evidence && evidence.length > 500) {
      ctx.addIssue({ code: "custom", path: [`${prefix}_evidence_${i}`], message: "validation.text.tooLong" });
      continue;
    }
    if (out.some((row) => row.code === code)) {
      ctx.addIssue({ code: "custom", path: [`${prefix}_code_${i}`], message: "talent.validation.duplicateCompetence" });
      continue;
    }
    out.push(withEvidence ? { code, level, evidence: evidence ?? "" } : { code, level });
  }
  return out;
}

/** Whether any row of `prefix` has a competence chosen (valid or not). */
const anyRow = (raw: Record<string, unknown>, prefix: string) =>
  Object.entries(raw).some(
    ([key, value]) => key.startsWith(`${prefix}_code_`) && typeof value === "string" && value.trim() !== "",
  );

/**
 * A form schema that reports every problem at once: the fields of `base`, and the checks of the
 * competence rows (and other checks across fields) in `rows`, which run even when a field failed.
 */
function allAtOnce<B extends z.ZodType, R, T>(
  base: B,
  rows: (raw: Record<string, unknown>, ctx: z.RefinementCtx) => R,
  build: (value: z.output<B>, rows: R) => T,
) {
  return z.unknown().transform((input, ctx): T => {
    const raw = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
    const parsed = base.safeParse(raw);
    if (!parsed.success)
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
    const checked = rows(raw, ctx);
    return parsed.success ? build(parsed.data, checked) : z.NEVER;
  });
}

const digits = (value: unknown) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : null);

/** The vacancy form; `today` (YYYY-MM-DD, Brussels) bounds the closing date. */
export function vacancyFormSchema(spans: CompetenceSpans, today: string) {
  const base = z.looseObject({
    title: text(160),
    description: optionalText(4000),
    roleProfileId: z.preprocess(
      (v) => (v === "" || v == null ? undefined : Number(v)),
      z.number({ error: "talent.validation.roleProfile" }).int("talent.validation.roleProfile").min(1).max(999).optional(),
    ),
    fte,
    contract: z.enum(CONTRACTS, { error: "talent.validation.contract" }),
    grade: z.enum(GRADES, { error: "talent.validation.grade" }),
    salaryMin: wholeNumber(0, 50_000, "talent.validation.salaryMin"),
    salaryMax: wholeNumber(0, 50_000, "talent.validation.salaryMax"),
    scaleCode: optionalText(40),
    place: nisCode,
    teleworkPercent: wholeNumber(0, 100, "talent.validation.telework"),
    startsOn: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
      z.string().refine(isRealDate, "talent.validation.date").optional(),
    ),
    closesOn: z
      .string({ error: "talent.validation.closesOn" })
      .trim()
      .refine(isRealDate, "talent.validation.closesOn")
      .refine((value) => value >= today, "talent.validation.closesOnPast"),
    openToSharing: checkbox,
  });
  return allAtOnce(
    base,
    (raw, ctx) => {
      const min = digits(raw.salaryMin);
      const max = digits(raw.salaryMax);
      if (min !== null && max !== null && min > max)
        ctx.addIssue({ code: "custom", path: ["salaryMax"], message: "talent.validation.salaryOrder" });
      const required = readRows(raw, "req", REQUIRED_ROWS, spans, ctx);
      const optional = readRows(raw, "opt", OPTIONAL_ROWS, spans, ctx);
      if (!anyRow(raw, "req"))
        ctx.addIssue({ code: "custom", path: ["req_code_0"], message: "talent.validation.requiredCompetence" });
      for (const [i, row] of optional.entries())
        if (required.some((r) => r.code === row.code))
          ctx.addIssue({ code: "custom", path: [`opt_code_${i}`], message: "talent.validation.duplicateCompetence" });
      return { required, optional };
    },
    (value, { required, optional }) => ({
      title: value.title,
      description: value.description,
      roleProfileId: value.roleProfileId ?? null,
      ftePercent: value.fte,
      contract: value.contract,
      grade: value.grade,
      salaryMin: value.salaryMin,
      salaryMax: value.salaryMax,
      scaleCode: value.scaleCode,
      placeNisCode: value.place,
      teleworkPercent: value.teleworkPercent,
      startsOn: value.startsOn ?? null,
      closesOn: value.closesOn,
      openToSharing: value.openToSharing,
      required,
      optional,
    }),
  );
}
export type VacancyInput = z.output<ReturnType<typeof vacancyFormSchema>>;

/** The profile form. Hidden organisations are ids (checked against the registry by the use case). */
export function profileFormSchema(spans: CompetenceSpans) {
  const base = z.looseObject({
    headline: text(140),
    yearsExperience: wholeNumber(0, 60, "talent.validation.years"),
    availableFte: fte,
    availableFrom: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
      z.string().refine(isRealDate, "talent.validation.date").optional(),
    ),
    contracts: z.array(z.enum(CONTRACTS, { error: "talent.validation.contract" })).min(1, "talent.validation.contracts"),
    home: nisCode,
    maxTravelKm: wholeNumber(0, MAX_TRAVEL_KM, "talent.validation.travel"),
    salaryExpectation: optionalWholeNumber(0, 50_000, "talent.validation.salary"),
    languages: z.array(z.enum(LANGUAGES, { error: "talent.validation.languages" })).min(1, "talent.validation.languages"),
    hiddenFrom: z.array(z.string().regex(/^[0-9a-f-]{36}$/i, "talent.validation.organisation")).max(200),
    hideAdd: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
      z
        .string()
        .regex(/^[0-9a-f-]{36}$/i, "talent.validation.organisation")
        .optional(),
    ),
  });
  return allAtOnce(
    base,
    (raw, ctx) => {
      const competences = readRows(raw, "comp", PROFILE_ROWS_MAX, spans, ctx, true);
      if (!anyRow(raw, "comp"))
        ctx.addIssue({ code: "custom", path: ["comp_code_0"], message: "talent.validation.profileCompetence" });
      return competences;
    },
    (value, competences) => {
      const hidden = new Set(value.hiddenFrom.map((id) => id.toLowerCase()));
      if (value.hideAdd) hidden.add(value.hideAdd.toLowerCase());
      return {
        headline: value.headline,
        yearsExperience: value.yearsExperience,
        availableFtePercent: value.availableFte,
        availableFrom: value.availableFrom ?? null,
        contracts: [...new Set(value.contracts)],
        homeNisCode: value.home,
        maxTravelKm: value.maxTravelKm,
        salaryExpectation: value.salaryExpectation ?? null,
        languages: [...new Set(value.languages)],
        hiddenFrom: [...hidden],
        competences,
      };
    },
  );
}
export type ProfileInput = z.output<ReturnType<typeof profileFormSchema>>;
export const PROFILE_ARRAY_FIELDS = ["contracts", "languages", "hiddenFrom"];

export const contactRequestSchema = z.object({
  message: text(2000, "talent.validation.message"),
  vacancyId: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
    z
      .string()
      .regex(/^[0-9a-f-]{36}$/i, "talent.validation.vacancy")
      .optional(),
  ),
});

export const messageSchema = z.object({ body: text(4000, "talent.validation.message") });

/** A saved search: competences (code at minimum level), optionally near a municipality. */
export function savedSearchSchema(spans: CompetenceSpans) {
  const base = z.looseObject({
    name: text(100),
    kind: z.enum(SAVED_SEARCH_KINDS, { error: "talent.validation.kind" }),
    near: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
      z
        .string()
        .regex(/^\d{5}$/, "talent.validation.municipality")
        .optional(),
    ),
    radiusKm: optionalWholeNumber(1, MAX_TRAVEL_KM, "talent.validation.travel"),
  });
  return allAtOnce(
    base,
    (raw, ctx) => {
      const competences = readRows(raw, "s", 3, spans, ctx);
      if (!anyRow(raw, "s"))
        ctx.addIssue({ code: "custom", path: ["s_code_0"], message: "talent.validation.requiredCompetence" });
      return competences;
    },
    (value, competences) => ({
      name: value.name,
      kind: value.kind,
      criteria: { competences, near: value.near ?? null, radiusKm: value.radiusKm ?? null },
    }),
  );
}
export type SavedSearchInput = z.output<ReturnType<typeof savedSearchSchema>>;
export type SavedSearchCriteria = SavedSearchInput["criteria"];

/** The reasons of a match, as data the page turns into words. */
export type CompetenceCheck = {
  code: string;
  required: boolean;
  level: number;
  offered: number | null;
  outcome: "met" | "short" | "missing";
};
export type MatchReasons = {
  score: number;
  competences: CompetenceCheck[];
  requiredMet: number;
  requiredTotal: number;
  optionalMet: number;
  optionalTotal: number;
  distanceKm: number | null;
  maxTravelKm: number;
  withinTravel: boolean | null;
  availableFtePercent: number;
  askedFtePercent: number;
  availableFrom: string | null;
  startsOn: string | null;
  contract: string;
  contractFits: boolean;
};

export const ROLE_PROFILE_ROWS = 8;

/** Typical competences of a role profile (admin form). */
export function roleProfileCompetencesSchema(spans: CompetenceSpans) {
  return allAtOnce(
    z.looseObject({}),
    (raw, ctx) => readRows(raw, "rp", ROLE_PROFILE_ROWS, spans, ctx),
    (_value, rows) => rows,
  );
}
