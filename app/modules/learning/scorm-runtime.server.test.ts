import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import { createPerson } from "../../../tests/factories/identity.ts";
import { learningAuthors, enrolments, lessonProgress } from "./schema.ts";
import { importCourse, type LessonDefinition } from "./import-course.server.ts";
import { enrol } from "./progress.server.ts";
import { csToTimespan, parseCmiCommit, SUSPEND_DATA_MAX, timespanToCs } from "./scorm-cmi.server.ts";
import { importScormPackage } from "./scorm-package.server.ts";
import { canOpenScormPackage, commitScorm, launchScorm } from "./scorm-runtime.server.ts";
import { scormAttempts, scormSessions } from "./scorm.schema.ts";

const database = await createTestDatabase();
const db = database.db;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vvg-scorm-runtime-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const demoZip = fs.readFileSync(path.join(import.meta.dirname, "../../../data/scorm/veilig-mailen.zip"));

const imported = await importScormPackage({ db, dataDir, actorId: null }, demoZip);
if (!imported.ok) throw new Error(imported.error);
const packageId = imported.value.id;

/** A published course whose only required lesson runs the demo package. */
async function scormCourse() {
  const slug = `scorm-test-${Math.random().toString(36).slice(2, 10)}`;
  const lesson = {
    title: "Veilig e-mailen",
    kind: "scorm",
    body: "",
    durationMinutes: 10,
    scormPackageId: packageId,
  } as LessonDefinition;
  const { courseId } = await importCourse(db, {
    slug,
    title: "SCORM-testcursus",
    summary: "",
    format: "package",
    topic: "cybersecurity",
    level: "basic",
    audience: "everyone",
    durationMinutes: 10,
    validityMonths: 12,
    modules: [{ title: "Module", lessons: [lesson] }],
  });
  const lessonId = await lessonOf(courseId);
  if (!lessonId) throw new Error("no lesson");
  return { courseId, lessonId };
}

async function lessonOf(courseId: string) {
  const rows = await database.query<{ id: string }>(
    "SELECT l.id FROM learning.lessons l JOIN learning.course_versions v ON v.id = l.version_id WHERE v.course_id = $1",
    [courseId],
  );
  return rows[0]?.id;
}

async function learner() {
  const person = await createPerson(db);
  return { id: person.id, name: person.name, isPortalAdmin: false };
}

const commit = (core: Record<string, unknown>, rest: Record<string, unknown> = {}) => ({ cmi: { core, ...rest } });

describe("SCORM 1.2 values checked on the server", () => {
  it("accepts a well-formed commit as scorm-again sends it", () => {
    const result = parseCmiCommit(
      commit(
        {
          student_id: "tampered-but-ignored",
          lesson_status: "incomplete",
          lesson_location: "2",
          exit: "suspend",
          session_time: "0000:01:02.50",
          score: { raw: "50", min: "0", max: "100" },
        },
        {
          suspend_data: "x".repeat(SUSPEND_DATA_MAX),
          interactions: {
            "0": { id: "q1", type: "choice", student_response: "b", result: "correct", correct_responses: {}, objectives: {} },
          },
        },
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        lessonStatus: "incomplete",
        lessonLocation: "2",
        exit: "suspend",
        sessionTimeCs: 6250,
        scoreRaw: 50,
        scoreMin: 0,
        scoreMax: 100,
      },
    });
  });

  it.each([
    [commit({ lesson_status: "done" }), 405, "cmi.core.lesson_status"],
    [commit({ lesson_status: 1 }), 405, "cmi.core.lesson_status"],
    [commit({ score: { raw: "101" } }), 407, "cmi.core.score.raw"],
    [commit({ score: { raw: "-1" } }), 407, "cmi.core.score.raw"],
    [commit({ score: { raw: "vijftig" } }), 405, "cmi.core.score.raw"],
    [commit({ session_time: "1:00:00" }), 405, "cmi.core.session_time"],
    [commit({ session_time: "0000:61:00" }), 405, "cmi.core.session_time"],
    [commit({ exit: "weg" }), 405, "cmi.core.exit"],
    [commit({ lesson_location: "x".repeat(256) }), 405, "cmi.core.lesson_location"],
    [commit({}, { suspend_data: "x".repeat(SUSPEND_DATA_MAX + 1) }), 405, "cmi.suspend_data"],
    [commit({}, { interactions: { "0": { id: "q 1" } } }), 405, "cmi.interactions.0.id"],
    [commit({}, { interactions: { "0": { id: "q1", type: "essay" } } }), 405, "cmi.interactions.0.type"],
    [commit({}, { student_preference: { audio: "200" } }), 407, "cmi.student_preference.audio"],
    [{ nothing: true }, 101, "cmi"],
  ])("refuses %j with error %i on %s", (body, code, element) => {
    expect(parseCmiCommit(body)).toEqual({ ok: false, errorCode: code, element });
  });

  it("converts CMITimespan both ways", () => {
    expect(timespanToCs("0001:02:03.4")).toBe(372340);
    expect(timespanToCs("00:00:05")).toBe(500);
    expect(csToTimespan(372340)).toBe("0001:02:03.40");
    expect(csToTimespan(0)).toBe("0000:00:00.00");
  });
});

describe("launching and committing", () => {
  it("lets only enrolled learners and authors open a package", async () => {
    const { courseId } = await scormCourse();
    const stranger = await learner();
    expect(await canOpenScormPackage(db, stranger, packageId)).toBe(false);
    expect(await canOpenScormPackage(db, null, packageId)).toBe(false);
    expect(await launchScorm(db, stranger, { packageId })).toEqual({
      ok: false,
      error: "learningCertificates.scorm.notEnrolled",
    });
    await enrol(db, stranger.id, courseId);
    expect(await canOpenScormPackage(db, stranger, packageId)).toBe(true);
    const author = await learner();
    await db.insert(learningAuthors).values({ personId: author.id });
    expect(await canOpenScormPackage(db, author, packageId)).toBe(true);
    const preview = await launchScorm(db, author, { packageId });
    expect(preview).toMatchObject({ ok: true, value: { preview: true, cmi: { core: { credit: "no-credit" } } } });
  });

  it("resumes where the learner left, counts each session's time once, and completes the lesson", async () => {
    const { courseId, lessonId } = await scormCourse();
    const person = await learner();
    await enrol(db, person.id, courseId);

    const first = await launchScorm(db, person, { packageId, lessonId });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.cmi.core).toMatchObject({
      entry: "ab-initio",
      lesson_status: "not attempted",
      total_time: "0000:00:00.00",
    });
    expect(first.value.launchUrl).toBe(`/scorm-inhoud/${packageId}/index.html`);
    expect(first.value.cmi.student_data.mastery_score).toBe("100");

    // Two commits in one session: the later session_time replaces the earlier one.
    const ok1 = await commitScorm(db, person, {
      sessionId: first.value.sessionId,
      body: commit(
        { lesson_status: "incomplete", lesson_location: "2", session_time: "0000:00:30.00" },
        { suspend_data: '{"p":2}', interactions: { "0": { id: "q1", type: "choice", student_response: "b", result: "wrong" } } },
      ),
      terminate: false,
    });
    expect(ok1).toEqual({ status: 200, body: { result: "true", errorCode: 0, completed: false } });
    await commitScorm(db, person, {
      sessionId: first.value.sessionId,
      body: commit({ lesson_status: "incomplete", lesson_location: "3", exit: "suspend", session_time: "0000:01:00.00" }),
      terminate: true,
    });
    // A finished session takes no more commits.
    const late = await commitScorm(db, person, { sessionId: first.value.sessionId, body: commit({}), terminate: false });
    expect(late.body.result).toBe("false");

    const second = await launchScorm(db, person, { packageId, lessonId });
    if (!second.ok) throw new Error(second.error);
    expect(second.value.attemptId).toBe(first.value.attemptId);
    expect(second.value.cmi.core).toMatchObject({
      entry: "resume",
      lesson_location: "3",
      lesson_status: "incomplete",
      total_time: "0000:01:00.00",
    });
    expect(second.value.cmi.suspend_data).toBe('{"p":2}');

    // A wrong value refuses the whole commit: nothing of it is stored.
    const bad = await commitScorm(db, person, {
      sessionId: second.value.sessionId,
      body: commit({ lesson_status: "passed", score: { raw: "150" } }),
      terminate: false,
    });
    expect(bad).toEqual({ status: 400, body: { result: "false", errorCode: 407, element: "cmi.core.score.raw" } });
    const [afterBad] = await db.select().from(scormAttempts).where(eq(scormAttempts.id, first.value.attemptId));
    expect(afterBad!.lessonStatus).toBe("incomplete");

    const passed = await commitScorm(db, person, {
      sessionId: second.value.sessionId,
      body: commit({
        lesson_status: "passed",
        score: { raw: "100", min: "0", max: "100" },
        exit: "",
        session_time: "0000:00:45.00",
      }),
      terminate: true,
    });
    expect(passed.body).toMatchObject({ result: "true", completed: true });
    const [attempt] = await db.select().from(scormAttempts).where(eq(scormAttempts.id, first.value.attemptId));
    expect(attempt).toMatchObject({ lessonStatus: "passed", scoreRaw: 100, totalTimeCs: 10500 });
    expect(attempt!.completedAt).toBeInstanceOf(Date);
    expect(attempt!.extra).toMatchObject({
      interactions: [{ id: "q1", type: "choice", student_response: "b", result: "wrong" }],
    });
    expect(attempt!.commitCount).toBe(3);
    const audit = await database.query<{ action: string }>("SELECT action FROM platform.audit_log WHERE target_id = $1", [
      attempt!.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(["learning.scorm.completed"]);

    // The lesson is done and, being the only required one, the course is completed.
    const [enrolment] = await db.select().from(enrolments).where(eq(enrolments.personId, person.id));
    const progress = await db.select().from(lessonProgress).where(eq(lessonProgress.enrolmentId, enrolment!.id));
    expect(progress.map((p) => p.lessonId)).toEqual([lessonId]);
    expect(enrolment!.completedAt).toBeInstanceOf(Date);

    // After a finished (not suspended) session the next launch is a plain entry.
    const third = await launchScorm(db, person, { packageId, lessonId });
    if (!third.ok) throw new Error(third.error);
    expect(third.value.cmi.core).toMatchObject({ entry: "", lesson_status: "passed", score: { raw: "100" } });
  });

  it("refuses a commit on someone else's session and changes nothing", async () => {
    const { courseId, lessonId } = await scormCourse();
    const owner = await learner();
    const intruder = await learner();
    await enrol(db, owner.id, courseId);
    const launch = await launchScorm(db, owner, { packageId, lessonId });
    if (!launch.ok) throw new Error(launch.error);
    const answer = await commitScorm(db, intruder, {
      sessionId: launch.value.sessionId,
      body: commit({ lesson_status: "passed" }),
      terminate: true,
    });
    expect(answer.status).toBe(404);
    const [session] = await db.select().from(scormSessions).where(eq(scormSessions.id, launch.value.sessionId));
    expect(session!.finishedAt).toBeNull();
    const [attempt] = await db.select().from(scormAttempts).where(eq(scormAttempts.id, launch.value.attemptId));
    expect(attempt!.lessonStatus).toBe("not attempted");
  });

  it("refuses setting 'not attempted' once the SCO moved on", async () => {
    const { courseId, lessonId } = await scormCourse();
    const person = await learner();
    await enrol(db, person.id, courseId);
    const launch = await launchScorm(db, person, { packageId, lessonId });
    if (!launch.ok) throw new Error(launch.error);
    await commitScorm(db, person, {
      sessionId: launch.value.sessionId,
      body: commit({ lesson_status: "incomplete" }),
      terminate: false,
    });
    const back = await commitScorm(db, person, {
      sessionId: launch.value.sessionId,
      body: commit({ lesson_status: "not attempted" }),
      terminate: false,
    });
    expect(back.body).toMatchObject({ result: "false", errorCode: 405, element: "cmi.core.lesson_status" });
  });
});
