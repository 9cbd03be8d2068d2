// The SCORM 1.2 data model on the server: every value a SCO commits is checked again here (the
// browser's runtime can be bypassed), with the SCORM error code a wrong value deserves.
// Read-only elements sent back (student_id, total_time, …) are ignored: the server owns them.

/** SCORM 1.2 error codes (plus scorm-again's 407 for a value out of range). */
export const SCORM_ERRORS = {
  none: 0,
  general: 101,
  invalidArgument: 201,
  notInitialized: 301,
  notImplemented: 401,
  invalidSet: 402,
  readOnly: 403,
  typeMismatch: 405,
  outOfRange: 407,
} as const;

export const LESSON_STATUSES = ["passed", "completed", "failed", "incomplete", "browsed", "not attempted"] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];
const EXITS = ["", "time-out", "suspend", "logout"] as const;
const INTERACTION_TYPES = ["true-false", "choice", "fill-in", "matching", "performance", "sequencing", "likert", "numeric"];
const INTERACTION_RESULTS = ["correct", "wrong", "unanticipated", "neutral"];
const OBJECTIVE_STATUSES = LESSON_STATUSES;

/** The issue allows suspend_data beyond the 4,096 characters of the spec (as aNewSpring does). */
export const SUSPEND_DATA_MAX = 64_000;
export const MAX_INTERACTIONS = 500;
export const MAX_OBJECTIVES = 100;

const TIMESPAN = /^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/;
const DECIMAL = /^-?\d{1,10}(\.\d{1,10})?$/;
const IDENTIFIER = /^[\u0021-\u007E]{1,255}$/;

export type CmiUpdate = {
  lessonStatus?: LessonStatus;
  lessonLocation?: string;
  suspendData?: string;
  exit?: (typeof EXITS)[number];
  sessionTimeCs?: number;
  scoreRaw?: number | null;
  scoreMin?: number | null;
  scoreMax?: number | null;
  extra: Record<string, unknown>;
};

export type CmiError = { ok: false; errorCode: number; element: string };

class Bad extends Error {
  readonly errorCode: number;
  readonly element: string;
  constructor(errorCode: number, element: string) {
    super(`${element}: ${errorCode}`);
    this.errorCode = errorCode;
    this.element = element;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function str(value: unknown, element: string, max: number): string {
  if (typeof value !== "string") throw new Bad(SCORM_ERRORS.typeMismatch, element);
  if (value.length > max) throw new Bad(SCORM_ERRORS.typeMismatch, element);
  return value;
}

function vocabulary<T extends string>(value: unknown, element: string, words: readonly T[]): T {
  if (typeof value !== "string" || !(words as readonly string[]).includes(value))
    throw new Bad(SCORM_ERRORS.typeMismatch, element);
  return value as T;
}

/** CMIDecimal or blank; `range` makes it 0–100 (score). */
function decimal(value: unknown, element: string, range?: [number, number]): number | null {
  if (value === "" || value === undefined || value === null) return null;
  const textValue = typeof value === "number" ? String(value) : value;
  if (typeof textValue !== "string" || !DECIMAL.test(textValue)) throw new Bad(SCORM_ERRORS.typeMismatch, element);
  const n = Number(textValue);
  if (!Number.isFinite(n)) throw new Bad(SCORM_ERRORS.typeMismatch, element);
  if (range && (n < range[0] || n > range[1])) throw new Bad(SCORM_ERRORS.outOfRange, element);
  return n;
}

/** CMITimespan (HHHH:MM:SS.SS) in hundredths of a second. */
export function timespanToCs(value: string): number | null {
  const m = TIMESPAN.exec(value);
  if (!m) return null;
  const fraction = m[4] ? Math.round(Number(`0${m[4]}`) * 100) : 0;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 100 + fraction;
}

/** Hundredths of a second as CMITimespan "HHHH:MM:SS.SS" (hours capped at 9999). */
export function csToTimespan(cs: number): string {
  const total = Math.max(0, Math.floor(cs));
  const hours = Math.min(9999, Math.floor(total / 360_000));
  const minutes = Math.floor((total % 360_000) / 6000);
  const seconds = Math.floor((total % 6000) / 100);
  const hundredths = total % 100;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(hundredths)}`;
}

/** cmi arrays arrive as arrays or as {"0": …, "1": …} objects (scorm-again's JSON). */
function entries(value: unknown, element: string, max: number): Record<string, unknown>[] {
  if (value === undefined || value === null || value === "") return [];
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (isObject(value)) {
    const inner = isObject(value.childArray) || Array.isArray(value.childArray) ? value.childArray : value;
    items = Array.isArray(inner)
      ? inner
      : Object.keys(inner as Record<string, unknown>)
          .filter((key) => /^\d+$/.test(key))
          .sort((a, b) => Number(a) - Number(b))
          .map((key) => (inner as Record<string, unknown>)[key]);
  } else throw new Bad(SCORM_ERRORS.typeMismatch, element);
  if (items.length > max) throw new Bad(SCORM_ERRORS.outOfRange, `${element}._count`);
  return items.map((item, i) => {
    if (!isObject(item)) throw new Bad(SCORM_ERRORS.typeMismatch, `${element}.${i}`);
    return item;
  });
}

function score(value: unknown, element: string) {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw new Bad(SCORM_ERRORS.typeMismatch, element);
  return {
    raw: decimal(value.raw, `${element}.raw`, [0, 100]),
    min: decimal(value.min, `${element}.min`, [0, 100]),
    max: decimal(value.max, `${element}.max`, [0, 100]),
  };
}

function objectives(value: unknown) {
  return entries(value, "cmi.objectives", MAX_OBJECTIVES).map((o, i) => {
    const base = `cmi.objectives.${i}`;
    const id = str(o.id ?? "", `${base}.id`, 255);
    if (id && !IDENTIFIER.test(id)) throw new Bad(SCORM_ERRORS.typeMismatch, `${base}.id`);
    const s = score(o.score, `${base}.score`);
    const status = o.status === undefined || o.status === "" ? "" : vocabulary(o.status, `${base}.status`, OBJECTIVE_STATUSES);
    return { id, score: s ?? null, status };
  });
}

function interactions(value: unknown) {
  return entries(value, "cmi.interactions", MAX_INTERACTIONS).map((x, i) => {
    const base = `cmi.interactions.${i}`;
    const id = str(x.id ?? "", `${base}.id`, 255);
    if (id && !IDENTIFIER.test(id)) throw new Bad(SCORM_ERRORS.typeMismatch, `${base}.id`);
    const time = str(x.time ?? "", `${base}.time`, 11);
    if (time && !TIME.test(time)) throw new Bad(SCORM_ERRORS.typeMismatch, `${base}.time`);
    const type = x.type === undefined || x.type === "" ? "" : vocabulary(x.type, `${base}.type`, INTERACTION_TYPES);
    const weighting = decimal(x.weighting, `${base}.weighting`);
    const response = str(x.student_response ?? "", `${base}.student_response`, 255);
    let result = "";
    if (x.result !== undefined && x.result !== "") {
      if (typeof x.result === "string" && INTERACTION_RESULTS.includes(x.result)) result = x.result;
      else result = String(decimal(x.result, `${base}.result`));
    }
    const latency = str(x.latency ?? "", `${base}.latency`, 13);
    if (latency && timespanToCs(latency) === null) throw new Bad(SCORM_ERRORS.typeMismatch, `${base}.latency`);
    const correct = entries(x.correct_responses, `${base}.correct_responses`, 50).map((c, j) =>
      str(c.pattern ?? "", `${base}.correct_responses.${j}.pattern`, 255),
    );
    const objectiveIds = entries(x.objectives, `${base}.objectives`, 50).map((o, j) =>
      str(o.id ?? "", `${base}.objectives.${j}.id`, 255),
    );
    return {
      id,
      time,
      type,
      weighting,
      student_response: response,
      result,
      latency,
      correct_responses: correct,
      objectives: objectiveIds,
    };
  });
}

function preferences(value: unknown) {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw new Bad(SCORM_ERRORS.typeMismatch, "cmi.student_preference");
  const int = (v: unknown, element: string, min: number, max: number) => {
    const n = decimal(v, element);
    if (n === null) return null;
    if (!Number.isInteger(n)) throw new Bad(SCORM_ERRORS.typeMismatch, element);
    if (n < min || n > max) throw new Bad(SCORM_ERRORS.outOfRange, element);
    return n;
  };
  return {
    audio: int(value.audio, "cmi.student_preference.audio", -1, 100),
    language: str(value.language ?? "", "cmi.student_preference.language", 255),
    speed: int(value.speed, "cmi.student_preference.speed", -100, 100),
    text: int(value.text, "cmi.student_preference.text", -1, 1),
  };
}

/**
 * Checks a commit's cmi object (scorm-again's JSON: {core: {...}, suspend_data, ...}); the
 * first wrong value gives its SCORM error code and element.
 */
export function parseCmiCommit(body: unknown): { ok: true; value: CmiUpdate } | CmiError {
  try {
    if (!isObject(body) || !isObject(body.cmi)) throw new Bad(SCORM_ERRORS.general, "cmi");
    const cmi = body.cmi;
    const core = cmi.core === undefined ? {} : cmi.core;
    if (!isObject(core)) throw new Bad(SCORM_ERRORS.typeMismatch, "cmi.core");
    const out: CmiUpdate = { extra: {} };
    if (core.lesson_status !== undefined)
      out.lessonStatus = vocabulary(core.lesson_status, "cmi.core.lesson_status", LESSON_STATUSES);
    if (core.lesson_location !== undefined) out.lessonLocation = str(core.lesson_location, "cmi.core.lesson_location", 255);
    if (core.exit !== undefined) out.exit = vocabulary(core.exit, "cmi.core.exit", EXITS);
    if (core.session_time !== undefined && core.session_time !== "") {
      const cs = typeof core.session_time === "string" ? timespanToCs(core.session_time) : null;
      if (cs === null) throw new Bad(SCORM_ERRORS.typeMismatch, "cmi.core.session_time");
      out.sessionTimeCs = cs;
    }
    const s = score(core.score, "cmi.core.score");
    if (s) {
      out.scoreRaw = s.raw;
      out.scoreMin = s.min;
      out.scoreMax = s.max;
    }
    // scorm-again keeps suspend_data in core internally but exports it at cmi.suspend_data.
    const suspend = cmi.suspend_data ?? core.suspend_data;
    if (suspend !== undefined) out.suspendData = str(suspend, "cmi.suspend_data", SUSPEND_DATA_MAX);
    if (cmi.comments !== undefined) out.extra.comments = str(cmi.comments, "cmi.comments", 4096);
    if (cmi.objectives !== undefined) out.extra.objectives = objectives(cmi.objectives);
    if (cmi.interactions !== undefined) out.extra.interactions = interactions(cmi.interactions);
    const preference = preferences(cmi.student_preference);
    if (preference) out.extra.student_preference = preference;
    return { ok: true, value: out };
  } catch (err) {
    if (err instanceof Bad) return { ok: false, errorCode: err.errorCode, element: err.element };
    throw err;
  }
}

/** Whether a status counts as having finished the SCO (the lesson is done). */
export const isDoneStatus = (status: string) => status === "passed" || status === "completed";
