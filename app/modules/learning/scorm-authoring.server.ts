// Authors link an uploaded SCORM package to a lesson of kind "scorm" in a draft version (a
// published version is frozen), and see where a package is used.
import { and, asc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { courses, courseVersions, lessons } from "./schema.ts";
import { getScormPackage, isUuid } from "./scorm-package.server.ts";

/** Lessons of kind "scorm" in draft versions: where an author may put a package. */
export async function draftScormLessons(db: DbOrTx) {
  return db
    .select({ lessonId: lessons.id, lessonTitle: lessons.title, courseTitle: courses.title, packageId: lessons.scormPackageId })
    .from(lessons)
    .innerJoin(courseVersions, eq(courseVersions.id, lessons.versionId))
    .innerJoin(courses, eq(courses.id, courseVersions.courseId))
    .where(and(eq(lessons.kind, "scorm"), eq(courseVersions.status, "draft")))
    .orderBy(asc(courses.title), asc(lessons.title));
}

/** Lessons (any version) that run the package. */
export async function lessonsUsingPackage(db: DbOrTx, packageId: string) {
  if (!isUuid(packageId)) return [];
  return db
    .select({
      lessonId: lessons.id,
      lessonTitle: lessons.title,
      courseTitle: courses.title,
      courseSlug: courses.slug,
      versionNumber: courseVersions.number,
      versionStatus: courseVersions.status,
    })
    .from(lessons)
    .innerJoin(courseVersions, eq(courseVersions.id, lessons.versionId))
    .innerJoin(courses, eq(courses.id, courseVersions.courseId))
    .where(eq(lessons.scormPackageId, packageId))
    .orderBy(asc(courses.title), asc(courseVersions.number));
}

/** Puts the package on a draft SCORM lesson. */
export async function attachPackageToLesson(
  db: Db,
  input: { packageId: string; lessonId: string; actorId: string; ip?: string },
): Promise<{ ok: true } | { ok: false; error: string; field?: string }> {
  const pkg = await getScormPackage(db, input.packageId);
  if (!pkg) return { ok: false, error: "learningCertificates.scorm.notFound" };
  if (!isUuid(input.lessonId)) return { ok: false, error: "learningCertificates.scorm.attach.chooseLesson", field: "lessonId" };
  return db.transaction(async (tx) => {
    const [lesson] = await tx
      .select({ id: lessons.id, status: courseVersions.status, kind: lessons.kind })
      .from(lessons)
      .innerJoin(courseVersions, eq(courseVersions.id, lessons.versionId))
      .where(eq(lessons.id, input.lessonId));
    if (lesson?.kind !== "scorm" || lesson.status !== "draft") {
      return { ok: false as const, error: "learningCertificates.scorm.attach.chooseLesson", field: "lessonId" };
    }
    await tx.update(lessons).set({ scormPackageId: pkg.id }).where(eq(lessons.id, lesson.id));
    await recordAudit(tx, {
      actorId: input.actorId,
      ip: input.ip,
      action: "learning.scorm.attached",
      targetType: "lesson",
      targetId: lesson.id,
      details: { packageId: pkg.id },
    });
    return { ok: true as const };
  });
}
