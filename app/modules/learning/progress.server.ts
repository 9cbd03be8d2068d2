// Learners: enrolment, progress per lesson and course, quiz attempts (scored here), and the
// completion rule. `completeCourseIfDone` is the one place a course becomes completed; it tells
// the listeners registered with `onCourseCompleted` (certificates hook in there) after commit.
import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import type { Failure } from "../identity/index.server.ts";
import { isUuid } from "./shared.ts";
import { recordAudit } from "../platform/index.server.ts";
import { getCourse, lessonWithCourse, outlineOf, publishedVersion, questionsOf } from "./courses.server.ts";
import { type QuizAnswers, type QuizScore, scoreQuiz, type StoredQuestion } from "./quiz.ts";
import { courses, courseVersions, enrolments, lessonProgress, lessons, quizAttempts } from "./schema.ts";

const fail = (error: string, field?: string): Failure => ({ ok: false, error, field });

export type Enrolment = typeof enrolments.$inferSelect;

/** What certificate issuing (and anything else) is told when a course is completed. */
export type CourseCompletion = {
  enrolmentId: string;
  courseId: string;
  personId: string;
  versionId: string;
  completedAt: Date;
  /** The completion counts until then (course validity); null: no expiry. */
  validUntil: Date | null;
};
type CompletionListener = (completion: CourseCompletion) => void | Promise<void>;
const listeners = new Set<CompletionListener>();

/** Registers a listener called after a completion is committed; returns the unregister function. */
export function onCourseCompleted(listener: CompletionListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function announce(completion: CourseCompletion | null) {
  if (!completion) return;
  for (const listener of listeners) {
    try {
      await listener(completion);
    } catch {
      // A listener's failure never undoes the learner's completion.
    }
  }
}

export function addMonths(date: Date, months: number): Date {
  const out = new Date(date);
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}

export async function findEnrolment(db: DbOrTx, personId: string, courseId: string): Promise<Enrolment | undefined> {
  const [row] = await db
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.personId, personId), eq(enrolments.courseId, courseId)));
  return row;
}

/** Enrols a person on the published version (idempotent: an existing enrolment is kept). */
export async function enrol(db: DbOrTx, personId: string, courseId: string, source: "self" | "assigned" = "self") {
  const existing = await findEnrolment(db, personId, courseId);
  if (existing) return { ok: true as const, value: existing };
  const course = await getCourse(db, courseId);
  const version = course && !course.archivedAt ? await publishedVersion(db, courseId) : undefined;
  if (!version) return fail("learning.course.notPublished");
  const [row] = await db
    .insert(enrolments)
    .values({ personId, courseId, versionId: version.id, source })
    .onConflictDoNothing()
    .returning();
  return { ok: true as const, value: row ?? (await findEnrolment(db, personId, courseId))! };
}

/** Keys of the lessons done in an enrolment. */
async function doneKeys(db: DbOrTx, enrolmentId: string): Promise<Set<string>> {
  const rows = await db
    .select({ key: lessonProgress.lessonKey })
    .from(lessonProgress)
    .where(eq(lessonProgress.enrolmentId, enrolmentId));
  return new Set(rows.map((r) => r.key));
}

/**
 * Marks the course completed when every required lesson of the enrolment's version is done
 * (quizzes: passed). Call inside the transaction that recorded the progress; returns the
 * completion to announce after commit, or null.
 */
export async function completeCourseIfDone(tx: DbOrTx, enrolmentId: string, actorId?: string): Promise<CourseCompletion | null> {
  const [enrolment] = await tx.select().from(enrolments).where(eq(enrolments.id, enrolmentId));
  if (!enrolment || enrolment.completedAt) return null;
  const required = await tx
    .select({ key: lessons.key })
    .from(lessons)
    .where(and(eq(lessons.versionId, enrolment.versionId), eq(lessons.required, true)));
  const done = await doneKeys(tx, enrolment.id);
  if (required.length === 0 || required.some((l) => !done.has(l.key))) return null;
  const completedAt = new Date();
  const updated = await tx
    .update(enrolments)
    .set({ completedAt, completedVersionId: enrolment.versionId, retakeSince: null })
    .where(and(eq(enrolments.id, enrolment.id), isNull(enrolments.completedAt)))
    .returning({ id: enrolments.id });
  if (updated.length === 0) return null;
  const course = await getCourse(tx, enrolment.courseId);
  await recordAudit(tx, {
    actorId: actorId ?? enrolment.personId,
    action: "learning.course.completed",
    targetType: "enrolment",
    targetId: enrolment.id,
    details: { courseId: enrolment.courseId, versionId: enrolment.versionId },
  });
  return {
    enrolmentId: enrolment.id,
    courseId: enrolment.courseId,
    personId: enrolment.personId,
    versionId: enrolment.versionId,
    completedAt,
    validUntil: course?.validityMonths ? addMonths(completedAt, course.validityMonths) : null,
  };
}

/**
 * Records a lesson as done for the person (text, video, file; SCORM through the same function
 * when its package reports completion) and completes the course when that was the last one.
 */
export async function recordLessonDone(db: Db, personId: string, lessonId: string) {
  const found = await lessonWithCourse(db, lessonId);
  if (!found) return fail("learning.lesson.notFound");
  const completion = await db.transaction(async (tx) => {
    const enrolment = await findEnrolment(tx, personId, found.course.id);
    if (!enrolment || enrolment.versionId !== found.version.id) return fail("learning.lesson.notEnrolled");
    if (found.lesson.kind === "quiz") return fail("learning.lesson.quizByAttempt");
    await tx
      .insert(lessonProgress)
      .values({ enrolmentId: enrolment.id, lessonKey: found.lesson.key, lessonId: found.lesson.id })
      .onConflictDoNothing();
    await tx
      .update(enrolments)
      .set({ lastLessonId: found.lesson.id, lastActivityAt: new Date() })
      .where(eq(enrolments.id, enrolment.id));
    return { ok: true as const, value: await completeCourseIfDone(tx, enrolment.id) };
  });
  if (!completion.ok) return completion;
  await announce(completion.value);
  return { ok: true as const, value: { completed: Boolean(completion.value) } };
}

/** Notes the lesson the learner opened, for "verder waar je was". */
export async function touchLesson(db: Db, enrolmentId: string, lessonId: string) {
  await db.update(enrolments).set({ lastLessonId: lessonId, lastActivityAt: new Date() }).where(eq(enrolments.id, enrolmentId));
}

export type Attempt = typeof quizAttempts.$inferSelect;

export async function attemptsOf(db: DbOrTx, enrolmentId: string, lessonId: string): Promise<Attempt[]> {
  return db
    .select()
    .from(quizAttempts)
    .where(and(eq(quizAttempts.enrolmentId, enrolmentId), eq(quizAttempts.lessonId, lessonId)))
    .orderBy(asc(quizAttempts.number));
}

/**
 * Scores a quiz submission on the server and stores the attempt. Refused when the learner is not
 * on this version, has passed already, or has used every attempt. Passing marks the lesson done.
 */
export async function submitQuiz(db: Db, personId: string, lessonId: string, answers: QuizAnswers) {
  const found = await lessonWithCourse(db, lessonId);
  if (found?.lesson.kind !== "quiz") return fail("learning.lesson.notFound");
  const questions = (await questionsOf(db, found.lesson.id)) as StoredQuestion[];
  const result = await db.transaction(async (tx) => {
    const enrolment = await findEnrolment(tx, personId, found.course.id);
    if (!enrolment || enrolment.versionId !== found.version.id) return fail("learning.lesson.notEnrolled");
    // Serialise this learner's submissions for the enrolment (a second tab waits here).
    await tx.select({ id: enrolments.id }).from(enrolments).where(eq(enrolments.id, enrolment.id)).for("update");
    const previous = await attemptsOf(tx, enrolment.id, found.lesson.id);
    if (previous.some((a) => a.passed)) return fail("learning.quiz.alreadyPassed");
    if (found.lesson.maxAttempts !== null && previous.length >= found.lesson.maxAttempts)
      return fail("learning.quiz.noAttemptsLeft");
    const score: QuizScore = scoreQuiz(questions, answers, found.lesson.passMark);
    const [attempt] = await tx
      .insert(quizAttempts)
      .values({
        enrolmentId: enrolment.id,
        lessonId: found.lesson.id,
        number: previous.length + 1,
        scorePercent: score.scorePercent,
        passed: score.passed,
        answers: score.answers,
        results: Object.fromEntries(score.results.map((r) => [r.questionId, r.correct])),
      })
      .returning();
    await tx
      .update(enrolments)
      .set({ lastLessonId: found.lesson.id, lastActivityAt: new Date() })
      .where(eq(enrolments.id, enrolment.id));
    let completion: CourseCompletion | null = null;
    if (score.passed) {
      await tx
        .insert(lessonProgress)
        .values({ enrolmentId: enrolment.id, lessonKey: found.lesson.key, lessonId: found.lesson.id })
        .onConflictDoNothing();
      completion = await completeCourseIfDone(tx, enrolment.id);
    }
    return { ok: true as const, value: { attempt: attempt!, score, completion } };
  });
  if (!result.ok) return result;
  await announce(result.value.completion);
  return {
    ok: true as const,
    value: { attempt: result.value.attempt, score: result.value.score, completed: Boolean(result.value.completion) },
  };
}

/** The learner's view of a course: their enrolment, the outline of their version, what is done. */
export async function learnerCourse(db: Db, personId: string | null, courseId: string) {
  const enrolment = personId ? await findEnrolment(db, personId, courseId) : undefined;
  const version = enrolment
    ? (await db.select().from(courseVersions).where(eq(courseVersions.id, enrolment.versionId)))[0]
    : await publishedVersion(db, courseId);
  if (!version) return null;
  const outline = await outlineOf(db, version.id);
  const done = enrolment ? await doneKeys(db, enrolment.id) : new Set<string>();
  const all = outline.flatMap((m) => m.lessons);
  const required = all.filter((l) => l.required);
  const next = all.find((l) => l.required && !done.has(l.key)) ?? all.find((l) => !done.has(l.key));
  // "Verder waar je was": the lesson last opened, or when that one is done, the next one not done after it.
  const lastIndex = all.findIndex((l) => l.id === enrolment?.lastLessonId);
  const last = lastIndex >= 0 ? all[lastIndex] : undefined;
  const after = lastIndex >= 0 ? all.slice(lastIndex + 1).find((l) => !done.has(l.key)) : undefined;
  const resume = last && !done.has(last.key) ? last.id : (after?.id ?? next?.id ?? null);
  return {
    enrolment: enrolment ?? null,
    version,
    outline: outline.map((m) => ({ ...m, lessons: m.lessons.map((l) => ({ ...l, done: done.has(l.key) })) })),
    requiredCount: required.length,
    requiredDone: required.filter((l) => done.has(l.key)).length,
    resumeLessonId: resume,
    nextLessonId: next?.id ?? null,
  };
}

/** The courses a person follows, with progress and where to go on ("verder waar je was"). */
export async function myLearning(db: Db, personId: string) {
  const rows = await db
    .select({ enrolment: enrolments, course: courses })
    .from(enrolments)
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .where(eq(enrolments.personId, personId))
    .orderBy(desc(enrolments.lastActivityAt), asc(courses.title));
  if (rows.length === 0) return [];
  const versionIds = [...new Set(rows.map((r) => r.enrolment.versionId))];
  const requiredRows = await db
    .select({ versionId: lessons.versionId, key: lessons.key, id: lessons.id, position: lessons.position })
    .from(lessons)
    .where(and(inArray(lessons.versionId, versionIds), eq(lessons.required, true)));
  const progressRows = await db
    .select({ enrolmentId: lessonProgress.enrolmentId, key: lessonProgress.lessonKey })
    .from(lessonProgress)
    .where(
      inArray(
        lessonProgress.enrolmentId,
        rows.map((r) => r.enrolment.id),
      ),
    );
  return rows.map(({ enrolment, course }) => {
    const required = requiredRows.filter((l) => l.versionId === enrolment.versionId);
    const done = new Set(progressRows.filter((p) => p.enrolmentId === enrolment.id).map((p) => p.key));
    return {
      enrolmentId: enrolment.id,
      courseId: course.id,
      slug: course.slug,
      title: course.title,
      requiredCount: required.length,
      requiredDone: required.filter((l) => done.has(l.key)).length,
      completedAt: enrolment.completedAt,
      retakeSince: enrolment.retakeSince,
      lastLessonId: enrolment.lastLessonId,
      lastActivityAt: enrolment.lastActivityAt,
      validUntil: enrolment.completedAt && course.validityMonths ? addMonths(enrolment.completedAt, course.validityMonths) : null,
    };
  });
}

/** How many people have enrolled on a course (shown on the course page). */
export async function enrolmentCount(db: Db, courseId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(enrolments).where(eq(enrolments.courseId, courseId));
  return row?.n ?? 0;
}

/** The lesson as a learner may open it: enrolled on its version. */
export async function lessonForLearner(db: Db, personId: string, courseId: string, lessonId: string) {
  if (!isUuid(lessonId)) return { status: "not-found" as const };
  const found = await lessonWithCourse(db, lessonId);
  if (!found || found.course.id !== courseId) return { status: "not-found" as const };
  const enrolment = await findEnrolment(db, personId, courseId);
  if (!enrolment) return { status: "not-enrolled" as const, found };
  if (enrolment.versionId !== found.version.id) return { status: "other-version" as const, found, enrolment };
  return { status: "ok" as const, found, enrolment };
}
