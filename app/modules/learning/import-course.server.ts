// Creates a course with its first published version from a definition (the launch courses in
// db/seed/learning-content): idempotent by slug, so a course that exists is left as it is.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";
import { courseModules, courses, courseVersions, lessons, quizQuestions } from "./schema.ts";
import { type CourseInput, type LessonKind, parseQuestionLines, type QuestionKind } from "./shared.ts";

export type QuestionDefinition = { kind: QuestionKind; prompt: string; lines?: string; answer?: boolean; explanation?: string };
export type LessonDefinition = {
  title: string;
  kind: LessonKind;
  body: string;
  durationMinutes: number;
  required?: boolean;
  videoUrl?: string;
  passMark?: number;
  maxAttempts?: number | null;
  questions?: QuestionDefinition[];
};
export type CourseDefinition = Omit<CourseInput, "validityMonths"> & {
  validityMonths: number | null;
  modules: { title: string; lessons: LessonDefinition[] }[];
};

export async function importCourse(db: DbOrTx, definition: CourseDefinition): Promise<{ created: boolean; courseId: string }> {
  const [existing] = await db.select({ id: courses.id }).from(courses).where(eq(courses.slug, definition.slug));
  if (existing) return { created: false, courseId: existing.id };
  const { modules, ...facts } = definition;
  const [course] = await db.insert(courses).values(facts).returning({ id: courses.id });
  const [version] = await db
    .insert(courseVersions)
    .values({ courseId: course!.id, number: 1 })
    .returning({ id: courseVersions.id });
  let modulePosition = 0;
  for (const m of modules) {
    const [row] = await db
      .insert(courseModules)
      .values({ versionId: version!.id, title: m.title, position: ++modulePosition })
      .returning({ id: courseModules.id });
    let lessonPosition = 0;
    for (const lesson of m.lessons) {
      const { questions = [], ...fields } = lesson;
      const [inserted] = await db
        .insert(lessons)
        .values({
          ...fields,
          required: fields.required ?? true,
          passMark: fields.passMark ?? 70,
          maxAttempts: fields.maxAttempts ?? null,
          versionId: version!.id,
          moduleId: row!.id,
          position: ++lessonPosition,
        })
        .returning({ id: lessons.id });
      let questionPosition = 0;
      for (const q of questions) {
        const parsed = parseQuestionLines({
          kind: q.kind,
          lines: q.lines ?? "",
          truefalse: q.answer === undefined ? "" : q.answer ? "true" : "false",
        });
        if (!parsed.ok) throw new Error(`${definition.slug}: question "${q.prompt}": ${parsed.error}`);
        await db.insert(quizQuestions).values({
          lessonId: inserted!.id,
          position: ++questionPosition,
          kind: q.kind,
          prompt: q.prompt,
          spec: parsed.spec,
          explanation: q.explanation ?? "",
        });
      }
    }
  }
  // Published last: once published, the content is frozen.
  await db
    .update(courseVersions)
    .set({ status: "published", publishedAt: new Date(), changeNote: "Eerste versie" })
    .where(eq(courseVersions.id, version!.id));
  return { created: true, courseId: course!.id };
}
