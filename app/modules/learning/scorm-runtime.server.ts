// The SCORM runtime's server side: who may open a package, a launch (the cmi the player restores,
// so the learner resumes), and commits (checked, stored per learner × package × attempt, the
// session's time counted once in the total). Completion reported by the SCO feeds the course.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { isAuthor } from "./courses.server.ts";
import { recordLessonDone } from "./progress.server.ts";
import { courseVersions, enrolments, lessons } from "./schema.ts";
import { type CmiUpdate, csToTimespan, isDoneStatus, parseCmiCommit, SCORM_ERRORS } from "./scorm-cmi.server.ts";
import { getScormPackage, isUuid, type ScormPackage } from "./scorm-package.server.ts";
import { scormAttempts, scormSessions } from "./scorm.schema.ts";

/** Who is asking: enough of identity's Actor to decide. */
export type ScormViewer = { id: string; name: string; isPortalAdmin: boolean };

/** Authors (and portal admins) manage packages and may preview any of them. */
export function isScormAuthor(db: DbOrTx, viewer: ScormViewer): Promise<boolean> {
  return isAuthor(db, { personId: viewer.id, isPortalAdmin: viewer.isPortalAdmin });
}

/** A lesson of a course the viewer is enrolled in (on that lesson's version) that runs the package. */
async function enrolledLesson(db: DbOrTx, personId: string, packageId: string, lessonId?: string) {
  const conditions = [eq(lessons.scormPackageId, packageId), eq(lessons.kind, "scorm"), eq(enrolments.personId, personId)];
  if (lessonId) conditions.push(eq(lessons.id, lessonId));
  const [row] = await db
    .select({ lessonId: lessons.id, enrolmentId: enrolments.id })
    .from(lessons)
    .innerJoin(courseVersions, eq(courseVersions.id, lessons.versionId))
    .innerJoin(enrolments, and(eq(enrolments.courseId, courseVersions.courseId), eq(enrolments.versionId, lessons.versionId)))
    .where(and(...conditions))
    .limit(1);
  return row ?? null;
}

/**
 * Whether the viewer may load the package's content: its authors (and portal admins), and
 * learners enrolled in a course whose lesson runs it.
 */
export async function canOpenScormPackage(db: DbOrTx, viewer: ScormViewer | null, packageId: string): Promise<boolean> {
  if (!viewer || !isUuid(packageId)) return false;
  if (await isScormAuthor(db, viewer)) return true;
  return Boolean(await enrolledLesson(db, viewer.id, packageId));
}

/** The cmi the player loads before the SCO starts (scorm-again loadFromJSON shape). */
export type LaunchCmi = {
  core: {
    student_id: string;
    student_name: string;
    lesson_location: string;
    credit: "credit" | "no-credit";
    lesson_status: string;
    entry: "ab-initio" | "resume" | "";
    total_time: string;
    lesson_mode: "normal" | "browse" | "review";
    score: { raw: string; min: string; max: string };
  };
  suspend_data: string;
  launch_data: string;
  student_data: { mastery_score: string };
};

export type ScormLaunch = {
  sessionId: string;
  attemptId: string;
  packageId: string;
  /** Where the SCO is loaded from (same origin, its own CSP). */
  launchUrl: string;
  cmi: LaunchCmi;
  /** A preview by an author, outside any course: nothing feeds a course. */
  preview: boolean;
};

type Failure = { ok: false; error: string };
const fail = (error: string): Failure => ({ ok: false, error });
const num = (value: number | null) => (value === null ? "" : String(value));

/** The public address of a package file (see the scorm-content route). */
export const scormContentUrl = (packageId: string, file: string) =>
  `/scorm-inhoud/${packageId}/${file
    .split("/")
    .map((part) => encodeURIComponent(part))
    .join("/")}`;

/**
 * Starts a session of the package for the viewer: from a lesson they are enrolled for, or as an
 * author's preview. The latest attempt is resumed (a new one is made the first time).
 */
export async function launchScorm(
  db: Db,
  viewer: ScormViewer,
  input: { packageId: string; lessonId?: string | null },
): Promise<{ ok: true; value: ScormLaunch } | Failure> {
  const pkg = await getScormPackage(db, input.packageId);
  if (!pkg) return fail("learningCertificates.scorm.notFound");
  if (input.lessonId && !isUuid(input.lessonId)) return fail("learningCertificates.scorm.notFound");
  const enrolled = await enrolledLesson(db, viewer.id, pkg.id, input.lessonId ?? undefined);
  const preview = !enrolled;
  if (preview && !(await isScormAuthor(db, viewer))) return fail("learningCertificates.scorm.notEnrolled");
  const lessonId = enrolled?.lessonId ?? null;

  return db.transaction(async (tx) => {
    let [attempt] = await tx
      .select()
      .from(scormAttempts)
      .where(and(eq(scormAttempts.packageId, pkg.id), eq(scormAttempts.personId, viewer.id)))
      .orderBy(desc(scormAttempts.number))
      .limit(1);
    if (!attempt) {
      [attempt] = await tx
        .insert(scormAttempts)
        .values({ packageId: pkg.id, personId: viewer.id, number: 1, lessonId })
        .onConflictDoNothing()
        .returning();
      attempt ??= (
        await tx
          .select()
          .from(scormAttempts)
          .where(and(eq(scormAttempts.packageId, pkg.id), eq(scormAttempts.personId, viewer.id), eq(scormAttempts.number, 1)))
      )[0];
    } else if (lessonId && attempt.lessonId !== lessonId) {
      await tx.update(scormAttempts).set({ lessonId }).where(eq(scormAttempts.id, attempt.id));
    }
    if (!attempt) throw new Error("launchScorm: no attempt");
    // Sessions left open (the browser was closed before LMSFinish) end now; their time counted.
    await tx
      .update(scormSessions)
      .set({ finishedAt: new Date() })
      .where(and(eq(scormSessions.attemptId, attempt.id), isNull(scormSessions.finishedAt)));
    const [session] = await tx.insert(scormSessions).values({ attemptId: attempt.id }).returning({ id: scormSessions.id });
    const fresh = attempt.commitCount === 0;
    const entry = fresh ? "ab-initio" : attempt.exit === "suspend" ? "resume" : "";
    const launchFile = pkg.launchParameters
      ? `${scormContentUrl(pkg.id, pkg.launchPath)}${pkg.launchParameters.startsWith("?") ? "" : "?"}${pkg.launchParameters.replace(/^\?/, "")}`
      : scormContentUrl(pkg.id, pkg.launchPath);
    return {
      ok: true as const,
      value: {
        sessionId: session!.id,
        attemptId: attempt.id,
        packageId: pkg.id,
        launchUrl: launchFile,
        preview,
        cmi: {
          core: {
            student_id: viewer.id,
            student_name: viewer.name.slice(0, 255),
            lesson_location: attempt.lessonLocation,
            credit: preview ? "no-credit" : "credit",
            lesson_status: attempt.lessonStatus,
            entry,
            total_time: csToTimespan(attempt.totalTimeCs),
            lesson_mode: "normal",
            score: { raw: num(attempt.scoreRaw), min: num(attempt.scoreMin), max: num(attempt.scoreMax) },
          },
          suspend_data: attempt.suspendData,
          launch_data: pkg.launchData,
          student_data: { mastery_score: pkg.masteryScore === null ? "" : String(pkg.masteryScore) },
        },
      } satisfies ScormLaunch,
    };
  });
}

type CommitRow = {
  person_id: string;
  finished_at: unknown;
  attempt_id: string;
  package_id: string;
  lesson_status: string;
  completed_at: unknown;
  lesson_id: string | null;
  new_status: string | null;
};

/** The answer the player's commit gets: scorm-again's result object. */
export type CommitAnswer = {
  status: number;
  body: { result: "true" | "false"; errorCode: number; element?: string; completed?: boolean };
};

/**
 * Stores a commit of a session. The viewer must own the session; a finished session takes no
 * more commits. A wrong value refuses the whole commit (nothing stored) with its SCORM error code.
 * `terminate` (LMSFinish) closes the session.
 */
export async function commitScorm(
  db: Db,
  viewer: { id: string },
  input: { sessionId: string; body: unknown; terminate: boolean },
): Promise<CommitAnswer> {
  const refuse = (status: number, errorCode: number, element?: string): CommitAnswer => ({
    status,
    body: { result: "false", errorCode, ...(element ? { element } : {}) },
  });
  if (!isUuid(input.sessionId)) return refuse(404, SCORM_ERRORS.general);
  const parsed = parseCmiCommit(input.body);
  if (!parsed.ok) return refuse(400, parsed.errorCode, parsed.element);
  const update: CmiUpdate = parsed.value;

  const extra = Object.keys(update.extra).length ? JSON.stringify(update.extra) : null;
  const hasScore = update.scoreRaw !== undefined;
  const outcome = await db.transaction(async (tx) => {
    // One statement does the work (commits are frequent: few round trips, short locks). It locks
    // the session row only (learners never wait for each other; two commits of one session never
    // interleave), and changes nothing unless the session is the viewer's, still open, and the
    // status does not go back to "not attempted" (SCORM 1.2 RTE 3.4.2.1.5). The session's latest
    // session_time replaces its earlier one, so it counts once in the attempt's total time.
    const result = await tx.execute(sql`
      WITH current AS (
        SELECT s.id AS session_id, s.session_time_cs, s.finished_at, a.id AS attempt_id, a.person_id, a.package_id,
               a.lesson_status, a.completed_at, a.lesson_id, a.score_raw
        FROM learning.scorm_sessions s JOIN learning.scorm_attempts a ON a.id = s.attempt_id
        WHERE s.id = ${input.sessionId}
        FOR UPDATE OF s
      ), allowed AS (
        SELECT * FROM current
        WHERE person_id = ${viewer.id} AND finished_at IS NULL
          AND NOT (${update.lessonStatus ?? null}::text = 'not attempted' AND lesson_status <> 'not attempted')
      ), changed AS (
        UPDATE learning.scorm_attempts a SET
          lesson_status = COALESCE(${update.lessonStatus ?? null}::text, a.lesson_status),
          lesson_location = COALESCE(${update.lessonLocation ?? null}::text, a.lesson_location),
          suspend_data = COALESCE(${update.suspendData ?? null}::text, a.suspend_data),
          exit = COALESCE(${update.exit ?? null}::text, a.exit),
          score_raw = CASE WHEN ${hasScore} THEN ${update.scoreRaw ?? null}::float8 ELSE a.score_raw END,
          score_min = CASE WHEN ${hasScore} THEN ${update.scoreMin ?? null}::float8 ELSE a.score_min END,
          score_max = CASE WHEN ${hasScore} THEN ${update.scoreMax ?? null}::float8 ELSE a.score_max END,
          extra = a.extra || COALESCE(${extra}::jsonb, '{}'::jsonb),
          total_time_cs = a.total_time_cs + COALESCE(${update.sessionTimeCs ?? null}::bigint, allowed.session_time_cs) - allowed.session_time_cs,
          commit_count = a.commit_count + 1,
          updated_at = now(),
          completed_at = CASE
            WHEN a.completed_at IS NULL AND COALESCE(${update.lessonStatus ?? null}::text, a.lesson_status) IN ('passed', 'completed') THEN now()
            ELSE a.completed_at END
        FROM allowed WHERE a.id = allowed.attempt_id
        RETURNING a.lesson_status
      ), closed AS (
        UPDATE learning.scorm_sessions s SET
          session_time_cs = COALESCE(${update.sessionTimeCs ?? null}::bigint, s.session_time_cs),
          last_commit_at = now(),
          finished_at = CASE WHEN ${input.terminate} THEN now() ELSE NULL END
        FROM allowed WHERE s.id = allowed.session_id
        RETURNING s.id
      )
      SELECT current.person_id, current.finished_at, current.attempt_id, current.package_id, current.lesson_status,
             current.completed_at, current.lesson_id, (SELECT lesson_status FROM changed) AS new_status
      FROM current`);
    const [row] = (result as unknown as { rows: CommitRow[] }).rows;
    if (!row || row.person_id !== viewer.id) return { answer: refuse(404, SCORM_ERRORS.general) };
    if (row.finished_at) return { answer: refuse(409, SCORM_ERRORS.general, "session") };
    if (!row.new_status) return { answer: refuse(400, SCORM_ERRORS.typeMismatch, "cmi.core.lesson_status") };
    const done = isDoneStatus(row.new_status);
    const becomesDone = done && !row.completed_at;
    if (becomesDone) {
      await recordAudit(tx, {
        actorId: viewer.id,
        action: "learning.scorm.completed",
        targetType: "scorm_attempt",
        targetId: row.attempt_id,
        details: { packageId: row.package_id, status: row.new_status, scoreRaw: hasScore ? update.scoreRaw : null },
      });
    }
    return {
      answer: { status: 200, body: { result: "true" as const, errorCode: 0, completed: done } },
      // Told once when it becomes done, and again at LMSFinish (heals a lost first call).
      lessonId: becomesDone || (input.terminate && done) ? row.lesson_id : null,
    };
  });

  // Completion feeds the course (its own transaction; repeating it is harmless).
  if (outcome.lessonId) {
    await recordLessonDone(db, viewer.id, outcome.lessonId);
  }
  return outcome.answer;
}

/** A learner's attempts at a package (the package page, tests). */
export async function attemptsOfPackage(db: DbOrTx, packageId: string, personId: string) {
  if (!isUuid(packageId)) return [];
  return db
    .select()
    .from(scormAttempts)
    .where(and(eq(scormAttempts.packageId, packageId), eq(scormAttempts.personId, personId)))
    .orderBy(desc(scormAttempts.number));
}

/** How many learners started and finished a package (for its authors). */
export async function packageUsage(db: DbOrTx, packageId: string) {
  const [row] = await db
    .select({
      learners: sql<number>`count(distinct ${scormAttempts.personId})::int`,
      done: sql<number>`count(*) filter (where ${scormAttempts.completedAt} is not null)::int`,
    })
    .from(scormAttempts)
    .where(eq(scormAttempts.packageId, packageId));
  return row ?? { learners: 0, done: 0 };
}

export type { ScormPackage };

let runtimeScript: Buffer | undefined;
/** scorm-again's SCORM 1.2 runtime (dist/scorm12.min.js, a plain script that defines window.Scorm12API). */
export function scormAgainScript(): { body: Buffer; version: string } {
  const require = createRequire(import.meta.url);
  // The package's "require" export of scorm12/min is dist/scorm12.min.js.
  const file = require.resolve("scorm-again/scorm12/min");
  if (path.basename(file) !== "scorm12.min.js") throw new Error(`unexpected scorm-again file ${file}`);
  runtimeScript ??= fs.readFileSync(file);
  return { body: runtimeScript, version: SCORM_AGAIN_VERSION };
}
export const SCORM_AGAIN_VERSION = "3.4.3";
