// Courses, their versions and content: the catalogue, outlines, and authoring (write, reorder,
// publish). A published version is frozen (also by a trigger in the database); authors edit the
// one draft, started from the published version for a revision.
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, max, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { type Failure, findPerson } from "../identity/index.server.ts";
import { isUuid } from "./shared.ts";
import { queueMail, recordAudit } from "../platform/index.server.ts";
import {
  courseModules,
  courses,
  courseVersions,
  enrolments,
  learningAuthors,
  lessonFiles,
  lessonProgress,
  lessons,
  quizQuestions,
} from "./schema.ts";
import {
  type CatalogueFilter,
  type CourseInput,
  durationBucket,
  type LessonInput,
  MAX_UPLOAD_BYTES,
  type QuestionSpec,
} from "./shared.ts";

const fail = (error: string, field?: string): Failure => ({ ok: false, error, field });

export type Course = typeof courses.$inferSelect;
export type Lesson = typeof lessons.$inferSelect;
export type Version = typeof courseVersions.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Authors
// ---------------------------------------------------------------------------------------------

/** Portal admins are editors; other people only when a portal admin made them author. */
export async function isAuthor(db: DbOrTx, actor: { personId: string; isPortalAdmin: boolean } | null): Promise<boolean> {
  if (!actor) return false;
  if (actor.isPortalAdmin) return true;
  const [row] = await db
    .select({ id: learningAuthors.personId })
    .from(learningAuthors)
    .where(eq(learningAuthors.personId, actor.personId));
  return Boolean(row);
}

export async function listAuthors(db: Db) {
  return db.select().from(learningAuthors).orderBy(asc(learningAuthors.grantedAt));
}

export async function setAuthor(db: Db, adminId: string, personId: string, grant: boolean) {
  return db.transaction(async (tx) => {
    if (grant) {
      await tx.insert(learningAuthors).values({ personId, grantedBy: adminId }).onConflictDoNothing();
    } else {
      await tx.delete(learningAuthors).where(eq(learningAuthors.personId, personId));
    }
    await recordAudit(tx, {
      actorId: adminId,
      action: grant ? "learning.author.granted" : "learning.author.revoked",
      targetType: "person",
      targetId: personId,
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Catalogue
// ---------------------------------------------------------------------------------------------

export type CatalogueItem = Pick<
  Course,
  "id" | "slug" | "format" | "title" | "summary" | "topic" | "level" | "audience" | "durationMinutes" | "validityMonths"
> & { versionNumber: number; publishedAt: Date | null };

/** Published, not archived courses, filtered; ordered by title. */
export async function listCatalogue(db: Db, filter: CatalogueFilter = {}): Promise<CatalogueItem[]> {
  const rows = await db
    .select({
      id: courses.id,
      slug: courses.slug,
      format: courses.format,
      title: courses.title,
      summary: courses.summary,
      topic: courses.topic,
      level: courses.level,
      audience: courses.audience,
      durationMinutes: courses.durationMinutes,
      validityMonths: courses.validityMonths,
      versionNumber: courseVersions.number,
      publishedAt: courseVersions.publishedAt,
    })
    .from(courses)
    .innerJoin(courseVersions, and(eq(courseVersions.courseId, courses.id), eq(courseVersions.status, "published")))
    .where(
      and(
        isNull(courses.archivedAt),
        filter.topic ? eq(courses.topic, filter.topic) : undefined,
        filter.level ? eq(courses.level, filter.level) : undefined,
        filter.audience ? eq(courses.audience, filter.audience) : undefined,
        filter.format ? eq(courses.format, filter.format) : undefined,
      ),
    )
    .orderBy(asc(courses.title));
  return filter.duration ? rows.filter((row) => durationBucket(row.durationMinutes) === filter.duration) : rows;
}

export async function getCourse(db: DbOrTx, id: string): Promise<Course | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(courses).where(eq(courses.id, id));
  return row;
}

export async function getCourseBySlug(db: DbOrTx, slug: string): Promise<Course | undefined> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return undefined;
  const [row] = await db.select().from(courses).where(eq(courses.slug, slug));
  return row;
}

export async function publishedVersion(db: DbOrTx, courseId: string): Promise<Version | undefined> {
  const [row] = await db
    .select()
    .from(courseVersions)
    .where(and(eq(courseVersions.courseId, courseId), eq(courseVersions.status, "published")));
  return row;
}

export async function draftVersion(db: DbOrTx, courseId: string): Promise<Version | undefined> {
  const [row] = await db
    .select()
    .from(courseVersions)
    .where(and(eq(courseVersions.courseId, courseId), eq(courseVersions.status, "draft")));
  return row;
}

export async function versionsOf(db: Db, courseId: string) {
  return db.select().from(courseVersions).where(eq(courseVersions.courseId, courseId)).orderBy(desc(courseVersions.number));
}

export type OutlineLesson = Pick<
  Lesson,
  "id" | "key" | "title" | "kind" | "required" | "durationMinutes" | "position" | "moduleId"
>;
export type Outline = { id: string; title: string; position: number; lessons: OutlineLesson[] }[];

/** The modules of a version, in order, each with its lessons in order. */
export async function outlineOf(db: DbOrTx, versionId: string): Promise<Outline> {
  const modules = await db
    .select()
    .from(courseModules)
    .where(eq(courseModules.versionId, versionId))
    .orderBy(asc(courseModules.position));
  const rows = await db
    .select({
      id: lessons.id,
      key: lessons.key,
      title: lessons.title,
      kind: lessons.kind,
      required: lessons.required,
      durationMinutes: lessons.durationMinutes,
      position: lessons.position,
      moduleId: lessons.moduleId,
    })
    .from(lessons)
    .where(eq(lessons.versionId, versionId))
    .orderBy(asc(lessons.position));
  return modules.map((m) => ({
    id: m.id,
    title: m.title,
    position: m.position,
    lessons: rows.filter((l) => l.moduleId === m.id),
  }));
}

export async function getLesson(db: DbOrTx, id: string): Promise<Lesson | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(lessons).where(eq(lessons.id, id));
  return row;
}

/** A lesson with the version and course it belongs to. */
export async function lessonWithCourse(db: DbOrTx, lessonId: string) {
  if (!isUuid(lessonId)) return undefined;
  const [row] = await db
    .select({ lesson: lessons, version: courseVersions, course: courses })
    .from(lessons)
    .innerJoin(courseVersions, eq(courseVersions.id, lessons.versionId))
    .innerJoin(courses, eq(courses.id, courseVersions.courseId))
    .where(eq(lessons.id, lessonId));
  return row;
}

// ---------------------------------------------------------------------------------------------
// Authoring
// ---------------------------------------------------------------------------------------------

export async function listCoursesForAuthors(db: Db) {
  const all = await db.select().from(courses).orderBy(asc(courses.title));
  const versions = all.length
    ? await db
        .select()
        .from(courseVersions)
        .where(
          inArray(
            courseVersions.courseId,
            all.map((c) => c.id),
          ),
        )
    : [];
  return all.map((course) => {
    const own = versions.filter((v) => v.courseId === course.id);
    return {
      ...course,
      published: own.find((v) => v.status === "published")?.number ?? null,
      draft: own.find((v) => v.status === "draft")?.number ?? null,
    };
  });
}

async function slugTaken(db: DbOrTx, slug: string, exceptId?: string) {
  const [row] = await db.select({ id: courses.id }).from(courses).where(eq(courses.slug, slug));
  return Boolean(row && row.id !== exceptId);
}

export async function createCourse(db: Db, actorId: string, input: CourseInput) {
  if (await slugTaken(db, input.slug)) return fail("learning.validation.slugTaken", "slug");
  return db.transaction(async (tx) => {
    const [course] = await tx
      .insert(courses)
      .values({ ...input, createdBy: actorId })
      .returning();
    await tx.insert(courseVersions).values({ courseId: course!.id, number: 1 });
    await recordAudit(tx, { actorId, action: "learning.course.created", targetType: "course", targetId: course!.id });
    return { ok: true as const, value: course! };
  });
}

export async function updateCourse(db: Db, actorId: string, courseId: string, input: CourseInput) {
  if (await slugTaken(db, input.slug, courseId)) return fail("learning.validation.slugTaken", "slug");
  await db.transaction(async (tx) => {
    await tx.update(courses).set(input).where(eq(courses.id, courseId));
    await recordAudit(tx, { actorId, action: "learning.course.updated", targetType: "course", targetId: courseId });
  });
  return { ok: true as const };
}

/** A draft to edit: the existing one, or a copy of the published version (same lesson keys). */
export async function startRevision(db: Db, actorId: string, courseId: string): Promise<Version> {
  return db.transaction(async (tx) => {
    const existing = await draftVersion(tx, courseId);
    if (existing) return existing;
    const published = await publishedVersion(tx, courseId);
    const [top] = await tx
      .select({ n: max(courseVersions.number) })
      .from(courseVersions)
      .where(eq(courseVersions.courseId, courseId));
    const [draft] = await tx
      .insert(courseVersions)
      .values({ courseId, number: (top?.n ?? 0) + 1 })
      .returning();
    if (published) await copyContent(tx, published.id, draft!.id);
    await recordAudit(tx, {
      actorId,
      action: "learning.version.started",
      targetType: "course",
      targetId: courseId,
      details: { number: draft!.number },
    });
    return draft!;
  });
}

async function copyContent(tx: DbOrTx, fromVersion: string, toVersion: string) {
  const modules = await tx.select().from(courseModules).where(eq(courseModules.versionId, fromVersion));
  for (const m of modules) {
    const [copy] = await tx
      .insert(courseModules)
      .values({ versionId: toVersion, position: m.position, title: m.title })
      .returning();
    const moduleLessons = await tx.select().from(lessons).where(eq(lessons.moduleId, m.id));
    for (const { id: oldId, ...lesson } of moduleLessons) {
      const [newLesson] = await tx
        .insert(lessons)
        .values({ ...lesson, versionId: toVersion, moduleId: copy!.id })
        .returning({ id: lessons.id });
      const questions = await tx.select().from(quizQuestions).where(eq(quizQuestions.lessonId, oldId));
      if (questions.length) {
        await tx.insert(quizQuestions).values(questions.map(({ id: _id, ...q }) => ({ ...q, lessonId: newLesson!.id })));
      }
    }
  }
}

/** The draft of the course, checked to be the version given (a tampered id gets "not found"). */
async function requireDraft(db: DbOrTx, courseId: string) {
  const draft = await draftVersion(db, courseId);
  return draft ?? null;
}

export async function addModule(db: Db, courseId: string, title: string) {
  const draft = await requireDraft(db, courseId);
  if (!draft) return fail("learning.author.noDraft");
  const [top] = await db
    .select({ n: max(courseModules.position) })
    .from(courseModules)
    .where(eq(courseModules.versionId, draft.id));
  const [row] = await db
    .insert(courseModules)
    .values({ versionId: draft.id, title, position: (top?.n ?? 0) + 1 })
    .returning();
  return { ok: true as const, value: row! };
}

async function draftModule(db: DbOrTx, courseId: string, moduleId: string) {
  if (!isUuid(moduleId)) return null;
  const draft = await requireDraft(db, courseId);
  if (!draft) return null;
  const [row] = await db
    .select()
    .from(courseModules)
    .where(and(eq(courseModules.id, moduleId), eq(courseModules.versionId, draft.id)));
  return row ?? null;
}

export async function renameModule(db: Db, courseId: string, moduleId: string, title: string) {
  const found = await draftModule(db, courseId, moduleId);
  if (!found) return fail("learning.author.notFound");
  await db.update(courseModules).set({ title }).where(eq(courseModules.id, found.id));
  return { ok: true as const };
}

export async function deleteModule(db: Db, courseId: string, moduleId: string) {
  const found = await draftModule(db, courseId, moduleId);
  if (!found) return fail("learning.author.notFound");
  await db.delete(courseModules).where(eq(courseModules.id, found.id));
  return { ok: true as const };
}

/** Swaps a module with its neighbour above or below (no-JS reordering). */
export async function moveModule(db: Db, courseId: string, moduleId: string, direction: "up" | "down") {
  return db.transaction(async (tx) => {
    const found = await draftModule(tx, courseId, moduleId);
    if (!found) return fail("learning.author.notFound");
    const [neighbour] = await tx
      .select()
      .from(courseModules)
      .where(
        and(
          eq(courseModules.versionId, found.versionId),
          direction === "up" ? lt(courseModules.position, found.position) : gt(courseModules.position, found.position),
        ),
      )
      .orderBy(direction === "up" ? desc(courseModules.position) : asc(courseModules.position))
      .limit(1);
    if (neighbour) {
      await tx.update(courseModules).set({ position: neighbour.position }).where(eq(courseModules.id, found.id));
      await tx.update(courseModules).set({ position: found.position }).where(eq(courseModules.id, neighbour.id));
    }
    return { ok: true as const };
  });
}

/** A lesson of the course's draft (else null: not found, or frozen). */
export async function draftLesson(db: DbOrTx, courseId: string, lessonId: string) {
  if (!isUuid(lessonId)) return null;
  const draft = await requireDraft(db, courseId);
  if (!draft) return null;
  const [row] = await db
    .select()
    .from(lessons)
    .where(and(eq(lessons.id, lessonId), eq(lessons.versionId, draft.id)));
  return row ?? null;
}

export async function addLesson(db: Db, courseId: string, moduleId: string, title: string, kind: Lesson["kind"]) {
  const found = await draftModule(db, courseId, moduleId);
  if (!found) return fail("learning.author.notFound");
  const [top] = await db
    .select({ n: max(lessons.position) })
    .from(lessons)
    .where(eq(lessons.moduleId, found.id));
  const [row] = await db
    .insert(lessons)
    .values({ versionId: found.versionId, moduleId: found.id, title, kind, position: (top?.n ?? 0) + 1 })
    .returning();
  return { ok: true as const, value: row! };
}

export type LessonFileUpload = { filename: string; contentType: string; data: Buffer };

/** Saves the lesson's fields and any uploaded files (video, WebVTT captions, download). */
export async function updateLesson(
  db: Db,
  courseId: string,
  lessonId: string,
  input: LessonInput,
  files: { video?: LessonFileUpload; captions?: LessonFileUpload; download?: LessonFileUpload } = {},
) {
  for (const [field, file] of Object.entries(files)) {
    if (!file) continue;
    if (file.data.length > MAX_UPLOAD_BYTES) return fail("learning.validation.fileTooLarge", field);
    if (
      field === "captions" &&
      !file.data
        .subarray(0, 16)
        .toString("utf8")
        .replace(/^\uFEFF/, "")
        .startsWith("WEBVTT")
    ) {
      return fail("learning.validation.vtt", "captions");
    }
    if (field === "video" && !/^video\/(mp4|webm|ogg)$/.test(file.contentType))
      return fail("learning.validation.videoType", "video");
  }
  return db.transaction(async (tx) => {
    const found = await draftLesson(tx, courseId, lessonId);
    if (!found) return fail("learning.author.notFound");
    const stored: Record<string, string> = {};
    for (const [field, file] of Object.entries(files)) {
      if (!file) continue;
      const [row] = await tx
        .insert(lessonFiles)
        .values({
          courseId,
          filename: file.filename.slice(0, 200),
          contentType: file.contentType,
          sizeBytes: file.data.length,
          data: file.data,
        })
        .returning({ id: lessonFiles.id });
      stored[field] = row!.id;
    }
    await tx
      .update(lessons)
      .set({
        title: input.title,
        kind: input.kind,
        required: input.required,
        durationMinutes: input.durationMinutes,
        body: input.body,
        videoUrl: input.videoUrl || null,
        passMark: input.passMark,
        maxAttempts: input.maxAttempts,
        ...(stored.video ? { videoFileId: stored.video } : {}),
        ...(stored.captions ? { captionsFileId: stored.captions } : {}),
        ...(stored.download ? { downloadFileId: stored.download } : {}),
      })
      .where(eq(lessons.id, found.id));
    return { ok: true as const };
  });
}

export async function deleteLesson(db: Db, courseId: string, lessonId: string) {
  const found = await draftLesson(db, courseId, lessonId);
  if (!found) return fail("learning.author.notFound");
  await db.delete(lessons).where(eq(lessons.id, found.id));
  return { ok: true as const };
}

export async function moveLesson(db: Db, courseId: string, lessonId: string, direction: "up" | "down") {
  return db.transaction(async (tx) => {
    const found = await draftLesson(tx, courseId, lessonId);
    if (!found) return fail("learning.author.notFound");
    const [neighbour] = await tx
      .select()
      .from(lessons)
      .where(
        and(
          eq(lessons.moduleId, found.moduleId),
          direction === "up" ? lt(lessons.position, found.position) : gt(lessons.position, found.position),
        ),
      )
      .orderBy(direction === "up" ? desc(lessons.position) : asc(lessons.position))
      .limit(1);
    if (neighbour) {
      await tx.update(lessons).set({ position: neighbour.position }).where(eq(lessons.id, found.id));
      await tx.update(lessons).set({ position: found.position }).where(eq(lessons.id, neighbour.id));
    }
    return { ok: true as const };
  });
}

export async function questionsOf(db: DbOrTx, lessonId: string) {
  return db.select().from(quizQuestions).where(eq(quizQuestions.lessonId, lessonId)).orderBy(asc(quizQuestions.position));
}

export async function saveQuestion(
  db: Db,
  courseId: string,
  lessonId: string,
  questionId: string | null,
  input: { kind: QuestionSpec["kind"]; prompt: string; spec: QuestionSpec; explanation: string },
) {
  return db.transaction(async (tx) => {
    const found = await draftLesson(tx, courseId, lessonId);
    if (found?.kind !== "quiz") return fail("learning.author.notFound");
    if (questionId) {
      const updated = await tx
        .update(quizQuestions)
        .set({ kind: input.kind, prompt: input.prompt, spec: input.spec, explanation: input.explanation })
        .where(and(eq(quizQuestions.id, questionId), eq(quizQuestions.lessonId, found.id)))
        .returning({ id: quizQuestions.id });
      if (updated.length === 0) return fail("learning.author.notFound");
      return { ok: true as const };
    }
    const [top] = await tx
      .select({ n: max(quizQuestions.position) })
      .from(quizQuestions)
      .where(eq(quizQuestions.lessonId, found.id));
    await tx.insert(quizQuestions).values({ lessonId: found.id, position: (top?.n ?? 0) + 1, ...input });
    return { ok: true as const };
  });
}

export async function deleteQuestion(db: Db, courseId: string, lessonId: string, questionId: string) {
  const found = await draftLesson(db, courseId, lessonId);
  if (!found || !isUuid(questionId)) return fail("learning.author.notFound");
  const removed = await db
    .delete(quizQuestions)
    .where(and(eq(quizQuestions.id, questionId), eq(quizQuestions.lessonId, found.id)))
    .returning({ id: quizQuestions.id });
  return removed.length ? { ok: true as const } : fail("learning.author.notFound");
}

/** What stops a draft from being published (message keys with the lesson's title). */
export async function publishProblems(db: DbOrTx, versionId: string): Promise<{ key: string; lesson?: string }[]> {
  const outline = await outlineOf(db, versionId);
  const problems: { key: string; lesson?: string }[] = [];
  const all = outline.flatMap((m) => m.lessons);
  if (all.length === 0) problems.push({ key: "learning.publish.noLessons" });
  for (const m of outline) if (m.lessons.length === 0) problems.push({ key: "learning.publish.emptyModule", lesson: m.title });
  const full = all.length
    ? await db
        .select()
        .from(lessons)
        .where(
          inArray(
            lessons.id,
            all.map((l) => l.id),
          ),
        )
    : [];
  for (const lesson of full) {
    if (lesson.kind === "quiz" && (await questionsOf(db, lesson.id)).length === 0) {
      problems.push({ key: "learning.publish.quizEmpty", lesson: lesson.title });
    }
    if (lesson.kind === "text" && !lesson.body.trim()) problems.push({ key: "learning.publish.textEmpty", lesson: lesson.title });
    if (lesson.kind === "video" && !lesson.videoUrl && !lesson.videoFileId) {
      problems.push({ key: "learning.publish.videoMissing", lesson: lesson.title });
    }
    if (lesson.kind === "file" && !lesson.downloadFileId)
      problems.push({ key: "learning.publish.fileMissing", lesson: lesson.title });
  }
  return problems;
}

/**
 * Publishes the draft: it becomes the version new learners get; the previous one is superseded
 * (its learners keep it). A substantial revision re-opens completion for everyone who completed
 * the course: they move to the new version and must take it again.
 */
export async function publishDraft(
  db: Db,
  actorId: string,
  courseId: string,
  options: { substantial: boolean; changeNote: string; baseUrl?: string },
) {
  return db.transaction(async (tx) => {
    const draft = await draftVersion(tx, courseId);
    if (!draft) return fail("learning.author.noDraft");
    const problems = await publishProblems(tx, draft.id);
    if (problems.length) return fail("learning.publish.notReady");
    const previous = await publishedVersion(tx, courseId);
    if (previous) await tx.update(courseVersions).set({ status: "superseded" }).where(eq(courseVersions.id, previous.id));
    const now = new Date();
    await tx
      .update(courseVersions)
      .set({
        status: "published",
        publishedAt: now,
        publishedBy: actorId,
        substantial: Boolean(previous) && options.substantial,
        changeNote: options.changeNote,
      })
      .where(eq(courseVersions.id, draft.id));
    let reopened = 0;
    if (previous && options.substantial) {
      const done = await tx
        .select({ id: enrolments.id, completedAt: enrolments.completedAt, personId: enrolments.personId })
        .from(enrolments)
        .where(and(eq(enrolments.courseId, courseId), isNotNull(enrolments.completedAt)));
      const course = await getCourse(tx, courseId);
      for (const row of done) {
        await tx
          .update(enrolments)
          .set({
            versionId: draft.id,
            previousCompletedAt: row.completedAt,
            completedAt: null,
            completedVersionId: null,
            retakeSince: now,
            lastLessonId: null,
          })
          .where(eq(enrolments.id, row.id));
        await tx.delete(lessonProgress).where(eq(lessonProgress.enrolmentId, row.id));
        // Those who must take it again are told (in the person's language).
        const person = await findPerson(tx as unknown as Db, row.personId);
        if (person?.email && !person.erasedAt && course) {
          const en = person.locale === "en";
          const url = `${options.baseUrl ?? ""}/leren/cursus/${course.slug}`;
          await queueMail(tx, {
            to: person.email,
            locale: en ? "en" : "nl",
            template: "learning.course.revised",
            subject: en ? `Course revised: ${course.title}` : `Opleiding herzien: ${course.title}`,
            text: en
              ? `Hello ${person.name},\n\nThe course "${course.title}" that you completed was thoroughly revised. Please take the new version to keep your training valid.\n\n${options.changeNote ? `What changed: ${options.changeNote}\n\n` : ""}Go to the course: ${url}\n\nVlaVirGem`
              : `Beste ${person.name},\n\nDe opleiding "${course.title}" die u voltooide, werd grondig herzien. Volg de nieuwe versie opnieuw om uw opleiding geldig te houden.\n\n${options.changeNote ? `Wat er veranderde: ${options.changeNote}\n\n` : ""}Naar de opleiding: ${url}\n\nVlaVirGem`,
          });
        }
      }
      reopened = done.length;
    }
    await recordAudit(tx, {
      actorId,
      action: "learning.version.published",
      targetType: "course",
      targetId: courseId,
      details: { number: draft.number, substantial: Boolean(previous) && options.substantial, reopened },
    });
    return { ok: true as const, value: { number: draft.number, reopened } };
  });
}

/** A file of a lesson, with the course it belongs to (for the access check). */
export async function getLessonFile(db: Db, id: string) {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(lessonFiles).where(eq(lessonFiles.id, id));
  return row;
}

/** Whether a published version of the course uses the file. */
export async function fileIsPublished(db: Db, fileId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: lessons.id })
    .from(lessons)
    .innerJoin(courseVersions, eq(courseVersions.id, lessons.versionId))
    .where(
      and(
        inArray(courseVersions.status, ["published", "superseded"]),
        sql`${fileId}::uuid IN (${lessons.videoFileId}, ${lessons.captionsFileId}, ${lessons.downloadFileId})`,
      ),
    )
    .limit(1);
  return Boolean(row);
}
