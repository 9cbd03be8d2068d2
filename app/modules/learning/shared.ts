// The learning module's client-safe face: constants, question shapes and form schemas (whose
// messages are message keys). Anything that touches the database is in index.server.ts.
import { z } from "zod";

export const COURSE_FORMATS = ["package", "single"] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];
export const TOPICS = ["cybersecurity", "fraud", "privacy", "digital", "management"] as const;
export type Topic = (typeof TOPICS)[number];
export const LEVELS = ["basic", "advanced", "expert"] as const;
export type Level = (typeof LEVELS)[number];
export const AUDIENCES = ["everyone", "management", "ict", "finance"] as const;
export type Audience = (typeof AUDIENCES)[number];
/** Duration filter of the catalogue: up to one hour, one to three hours, longer. */
export const DURATIONS = ["short", "medium", "long"] as const;
export type Duration = (typeof DURATIONS)[number];

export const VERSION_STATUSES = ["draft", "published", "superseded"] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];
export const LESSON_KINDS = ["text", "video", "file", "quiz", "scorm"] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];
export const QUESTION_KINDS = ["single", "multiple", "truefalse", "matching", "short"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const PROPOSAL_STATUSES = ["proposed", "accepted", "in_production", "published", "declined"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
/** The steps editors may take from each status. */
export const PROPOSAL_NEXT: Record<ProposalStatus, readonly ProposalStatus[]> = {
  proposed: ["accepted", "declined"],
  accepted: ["in_production", "declined"],
  in_production: ["published"],
  published: [],
  declined: [],
};

/** Where a member stands with a course, as the managers' dashboard shows it. */
export const PROGRESS_STATES = ["not_started", "assigned", "in_progress", "completed", "expired"] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

/** The five Flemish provinces, each with its knowledge circle. */
export const PROVINCES = [
  { slug: "antwerpen", province: "Antwerpen" },
  { slug: "limburg", province: "Limburg" },
  { slug: "oost-vlaanderen", province: "Oost-Vlaanderen" },
  { slug: "vlaams-brabant", province: "Vlaams-Brabant" },
  { slug: "west-vlaanderen", province: "West-Vlaanderen" },
] as const;

export type ChoiceOption = { id: string; text: string; correct: boolean; feedback?: string };
export type MatchingPair = { id: string; left: string; right: string };
/** What makes an answer right, per kind of question. Server-side only: never sent to learners. */
export type QuestionSpec =
  | { kind: "single" | "multiple"; options: ChoiceOption[] }
  | { kind: "truefalse"; answer: boolean; feedbackTrue?: string; feedbackFalse?: string }
  | { kind: "matching"; pairs: MatchingPair[] }
  | { kind: "short"; accepted: string[] };

/** A question as a learner sees it: no correct answers, no feedback. */
export type PublicQuestion = {
  id: string;
  kind: QuestionKind;
  prompt: string;
  options?: { id: string; text: string }[];
  /** Matching: the left items (each with an id) and the right items to choose from (shuffled by key). */
  left?: { id: string; text: string }[];
  right?: string[];
};

export const MAX_MARKDOWN = 50_000;
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
export const MAX_CSV_BYTES = 512 * 1024;

const trimmed = (max: number, key = "validation.required") =>
  z.string({ error: key }).trim().min(1, { error: key }).max(max, { error: "learning.validation.tooLong" });
const optionalInt = (min: number, max: number) =>
  z
    .union([z.literal(""), z.coerce.number({ error: "learning.validation.number" })])
    .transform((v) => (v === "" ? null : v))
    .pipe(
      z
        .number()
        .int({ error: "learning.validation.number" })
        .min(min, { error: "learning.validation.number" })
        .max(max, { error: "learning.validation.number" })
        .nullable(),
    );

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const CourseFormSchema = z.object({
  title: trimmed(200),
  slug: z
    .string({ error: "validation.required" })
    .trim()
    .min(3, { error: "learning.validation.slug" })
    .max(80, { error: "learning.validation.slug" })
    .regex(SLUG, { error: "learning.validation.slug" }),
  summary: z.string().trim().max(1000, { error: "learning.validation.tooLong" }).default(""),
  format: z.enum(COURSE_FORMATS, { error: "validation.required" }),
  topic: z.enum(TOPICS, { error: "validation.required" }),
  level: z.enum(LEVELS, { error: "validation.required" }),
  audience: z.enum(AUDIENCES, { error: "validation.required" }),
  durationMinutes: z.coerce
    .number({ error: "learning.validation.number" })
    .int({ error: "learning.validation.number" })
    .min(1, { error: "learning.validation.number" })
    .max(6000, { error: "learning.validation.number" }),
  validityMonths: optionalInt(1, 120),
});
export type CourseInput = z.infer<typeof CourseFormSchema>;

export const ModuleFormSchema = z.object({ title: trimmed(200) });

export const LessonFormSchema = z.object({
  title: trimmed(200),
  kind: z.enum(LESSON_KINDS, { error: "validation.required" }),
  required: z
    .union([z.literal("on"), z.literal("true"), z.literal(""), z.null(), z.undefined()])
    .transform((v) => v === "on" || v === "true"),
  durationMinutes: z.coerce
    .number({ error: "learning.validation.number" })
    .int({ error: "learning.validation.number" })
    .min(1, { error: "learning.validation.number" })
    .max(600, { error: "learning.validation.number" }),
  body: z.string().max(MAX_MARKDOWN, { error: "learning.validation.tooLong" }).default(""),
  videoUrl: z
    .string()
    .trim()
    .max(2000, { error: "learning.validation.tooLong" })
    .refine((v) => v === "" || /^https:\/\/[^\s]+$/i.test(v), { error: "learning.validation.httpsUrl" })
    .default(""),
  passMark: z.coerce
    .number({ error: "learning.validation.number" })
    .int({ error: "learning.validation.number" })
    .min(1, { error: "learning.validation.number" })
    .max(100, { error: "learning.validation.number" })
    .default(70),
  maxAttempts: optionalInt(1, 20),
});
export type LessonInput = z.infer<typeof LessonFormSchema>;

export const QuestionFormSchema = z.object({
  kind: z.enum(QUESTION_KINDS, { error: "validation.required" }),
  prompt: trimmed(1000),
  /** One line per option, pair or accepted answer (see parseQuestionLines). */
  lines: z.string().max(5000, { error: "learning.validation.tooLong" }).default(""),
  truefalse: z.enum(["true", "false", ""]).default(""),
  explanation: z.string().trim().max(2000, { error: "learning.validation.tooLong" }).default(""),
});
export type QuestionInput = z.infer<typeof QuestionFormSchema>;

/**
 * The author's lines as a question spec. Choice: one option a line, a correct one starts with
 * "*", feedback after " | ". Matching: "left = right". Short answer: one accepted answer a line.
 */
export function parseQuestionLines(
  input: Pick<QuestionInput, "kind" | "lines" | "truefalse">,
): { ok: true; spec: QuestionSpec } | { ok: false; error: string } {
  const lines = input.lines
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  switch (input.kind) {
    case "single":
    case "multiple": {
      const options = lines.map((line, i) => {
        const correct = line.startsWith("*");
        const [text, feedback] = line.replace(/^\*\s*/, "").split(/\s+\|\s+/, 2);
        return { id: `o${i + 1}`, text: (text ?? "").trim(), correct, feedback: feedback?.trim() || undefined };
      });
      const right = options.filter((o) => o.correct).length;
      if (options.length < 2 || options.some((o) => !o.text)) return { ok: false, error: "learning.question.needOptions" };
      if (right === 0 || (input.kind === "single" && right !== 1)) return { ok: false, error: "learning.question.needCorrect" };
      return { ok: true, spec: { kind: input.kind, options } };
    }
    case "truefalse":
      if (input.truefalse === "") return { ok: false, error: "learning.question.needTrueFalse" };
      return { ok: true, spec: { kind: "truefalse", answer: input.truefalse === "true" } };
    case "matching": {
      const pairs = lines.map((line, i) => {
        const [left, right] = line.split(/\s*=\s*/, 2);
        return { id: `p${i + 1}`, left: (left ?? "").trim(), right: (right ?? "").trim() };
      });
      if (pairs.length < 2 || pairs.some((p) => !p.left || !p.right)) return { ok: false, error: "learning.question.needPairs" };
      return { ok: true, spec: { kind: "matching", pairs } };
    }
    case "short":
      if (lines.length === 0) return { ok: false, error: "learning.question.needAccepted" };
      return { ok: true, spec: { kind: "short", accepted: lines } };
  }
}

/** A spec back as the author's lines (to edit a question). */
export function questionLines(spec: QuestionSpec): { lines: string; truefalse: string } {
  switch (spec.kind) {
    case "single":
    case "multiple":
      return {
        lines: spec.options.map((o) => `${o.correct ? "* " : ""}${o.text}${o.feedback ? ` | ${o.feedback}` : ""}`).join("\n"),
        truefalse: "",
      };
    case "truefalse":
      return { lines: "", truefalse: String(spec.answer) };
    case "matching":
      return { lines: spec.pairs.map((p) => `${p.left} = ${p.right}`).join("\n"), truefalse: "" };
    case "short":
      return { lines: spec.accepted.join("\n"), truefalse: "" };
  }
}

export const AssignFormSchema = z.object({
  courseId: z.uuid({ error: "learning.assign.chooseCourse" }),
  dueOn: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v), { error: "learning.validation.date" })
    .default(""),
});

export const ProposalFormSchema = z.object({
  title: trimmed(150),
  description: trimmed(3000),
});

export const CommentFormSchema = z.object({ body: trimmed(2000) });

export const CohortFormSchema = z.object({ name: trimmed(100) });

/** Catalogue filters from the query string; unknown values are ignored. */
export type CatalogueFilter = { topic?: Topic; level?: Level; audience?: Audience; duration?: Duration; format?: CourseFormat };

export function catalogueFilterFrom(params: URLSearchParams): CatalogueFilter {
  const pick = <T extends string>(name: string, values: readonly T[]) => {
    const value = params.get(name);
    return value && (values as readonly string[]).includes(value) ? (value as T) : undefined;
  };
  return {
    topic: pick("onderwerp", TOPICS),
    level: pick("niveau", LEVELS),
    audience: pick("doelgroep", AUDIENCES),
    duration: pick("duur", DURATIONS),
    format: pick("soort", COURSE_FORMATS),
  };
}

export function durationBucket(minutes: number): Duration {
  return minutes <= 60 ? "short" : minutes <= 180 ? "medium" : "long";
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids from URLs and forms are checked before they reach a query (a malformed one is "not found"). */
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);
