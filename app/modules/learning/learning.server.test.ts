import { beforeAll, describe, expect, it } from "vitest";
import { antiFraudCourse } from "../../../db/seed/learning-content/anti-fraud.ts";
import { cybersecurityCourse, lostDeviceLesson } from "../../../db/seed/learning-content/cybersecurity.ts";
import { createMembership, createOrganisation, createPerson } from "../../../tests/factories/identity.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import { buildOpenApiDocument, organisationsApiPart } from "../identity/index.server.ts";
import {
  addLesson,
  apiListCourses,
  certificatesApiPart,
  addModule,
  assignCourse,
  assignFromCsv,
  type CourseCompletion,
  createCourse,
  enrol,
  ensureCircles,
  getCircleBySlug,
  getCourseBySlug,
  getProposal,
  importCourse,
  learnerCourse,
  learningApiPart,
  listCatalogue,
  moveLesson,
  moveProposal,
  notificationsFor,
  onCourseCompleted,
  outlineOf,
  progressDashboard,
  propose,
  publishDraft,
  publishedVersion,
  questionsOf,
  recordLessonDone,
  renderMarkdown,
  saveQuestion,
  setCircleMembership,
  startRevision,
  submitQuiz,
  trainingEvidence,
  updateLesson,
  vote,
} from "./index.server.ts";
import { parseQuestionLines } from "./shared.ts";

let database: DatabaseHandle;
const unique = () => Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  database = await createTestDatabase();
});

/** A published course of one text lesson and one quiz (single choice + short answer), max 2 attempts. */
async function smallCourse(options: { maxAttempts?: number | null; validityMonths?: number | null } = {}) {
  const db = database.db;
  const admin = await createPerson(db, { isPortalAdmin: true });
  const created = await createCourse(db, admin.id, {
    title: `Testcursus ${unique()}`,
    slug: `test-${unique()}`,
    summary: "",
    format: "package",
    topic: "cybersecurity",
    level: "basic",
    audience: "everyone",
    durationMinutes: 20,
    validityMonths: options.validityMonths ?? null,
  });
  if (!created.ok) throw new Error(created.error);
  const course = created.value;
  const module = await addModule(db, course.id, "Module 1");
  if (!module.ok) throw new Error(module.error);
  const text = await addLesson(db, course.id, module.value.id, "Lezen", "text");
  const quiz = await addLesson(db, course.id, module.value.id, "Quiz", "quiz");
  if (!text.ok || !quiz.ok) throw new Error("lesson");
  const lessonInput = {
    title: "Lezen",
    kind: "text" as const,
    required: true,
    durationMinutes: 5,
    body: "# Titel\n\nTekst.",
    videoUrl: "",
    passMark: 70,
    maxAttempts: null,
  };
  await updateLesson(db, course.id, text.value.id, lessonInput);
  await updateLesson(db, course.id, quiz.value.id, {
    ...lessonInput,
    title: "Quiz",
    kind: "quiz",
    body: "",
    passMark: 100,
    maxAttempts: options.maxAttempts === undefined ? 2 : options.maxAttempts,
  });
  const single = parseQuestionLines({ kind: "single", lines: "Fout | nee\n* Juist | ja", truefalse: "" });
  const short = parseQuestionLines({ kind: "short", lines: "verdacht@safeonweb.be", truefalse: "" });
  if (!single.ok || !short.ok) throw new Error("spec");
  await saveQuestion(db, course.id, quiz.value.id, null, {
    kind: "single",
    prompt: "Kies",
    spec: single.spec,
    explanation: "Uitleg",
  });
  await saveQuestion(db, course.id, quiz.value.id, null, { kind: "short", prompt: "Adres?", spec: short.spec, explanation: "" });
  const published = await publishDraft(db, admin.id, course.id, { substantial: false, changeNote: "" });
  if (!published.ok) throw new Error(published.error);
  const version = await publishedVersion(db, course.id);
  const outline = await outlineOf(db, version!.id);
  const [textLesson, quizLesson] = outline[0]!.lessons;
  const questions = await questionsOf(db, quizLesson!.id);
  return { admin, course, textLesson: textLesson!, quizLesson: quizLesson!, questions };
}

const rightAnswers = (questions: Awaited<ReturnType<typeof questionsOf>>) => {
  const [q1, q2] = questions;
  return { [`q-${q1!.id}`]: ["o2"], [`q-${q2!.id}`]: ["  Verdacht@Safeonweb.be. "] };
};

describe("launch courses", () => {
  it("imports the three launch courses with real quizzes, once", async () => {
    const db = database.db;
    for (const definition of [cybersecurityCourse, antiFraudCourse, lostDeviceLesson]) {
      const first = await importCourse(db, definition);
      const again = await importCourse(db, definition);
      expect(first.created).toBe(true);
      expect(again).toEqual({ created: false, courseId: first.courseId });
    }
    const cyber = await getCourseBySlug(db, "fundamentele-cybersecurity");
    const outline = await outlineOf(db, (await publishedVersion(db, cyber!.id))!.id);
    const lessons = outline.flatMap((m) => m.lessons);
    expect(lessons.filter((l) => l.kind === "text").map((l) => l.title)).toEqual([
      "Phishing herkennen",
      "Wachtwoorden en MFA",
      "Updates installeren",
      "Veilig thuiswerken",
      "Social engineering",
      "Incidenten melden",
    ]);
    // Every text lesson is followed by a quiz of 3 to 5 questions.
    for (const quiz of lessons.filter((l) => l.kind === "quiz")) {
      const n = (await questionsOf(db, quiz.id)).length;
      expect(n, quiz.title).toBeGreaterThanOrEqual(3);
      expect(n, quiz.title).toBeLessThanOrEqual(5);
    }
    const catalogue = await listCatalogue(db, { topic: "fraud" });
    expect(catalogue.map((c) => c.slug)).toContain("anti-fraude-professional");
    expect(catalogue.map((c) => c.slug)).not.toContain("fundamentele-cybersecurity");
    expect((await listCatalogue(db, { format: "single" })).map((c) => c.slug)).toContain("toestel-kwijt");

    const api = await apiListCourses(
      db,
      new URL("http://portal.test/api/v1/courses?topic=fraud&duration=medium"),
      "http://portal.test",
    );
    expect(api).toEqual({ items: [expect.objectContaining({ slug: "anti-fraude-professional", version: 1 })], total: 1 });
    expect(api.items[0]!.url).toBe("http://portal.test/leren/cursus/anti-fraude-professional");
    const document = buildOpenApiDocument("http://portal.test", [organisationsApiPart, learningApiPart, certificatesApiPart]) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toContain("/api/v1/courses");
  });
});

describe("markdown", () => {
  it("strips scripts, event handlers and javascript: links", () => {
    const html = renderMarkdown(
      '# Kop\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[klik](javascript:alert(3)) en [site](https://example.be)\n\n<p onclick="x()">tekst</p>',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);
    expect(html).toContain('<h2 class="utrecht-heading-2">Kop</h2>');
    expect(html).toContain('href="https://example.be"');
    expect(html).toContain('rel="noopener noreferrer"');
  });
});

describe("lesson files", () => {
  it("refuses captions that are not WebVTT and a lesson of a published version", async () => {
    const db = database.db;
    const { admin, course, textLesson } = await smallCourse();
    const input = {
      title: "Video",
      kind: "video" as const,
      required: true,
      durationMinutes: 3,
      body: "",
      videoUrl: "",
      passMark: 70,
      maxAttempts: null,
    };
    const vtt = (text: string) => ({ filename: "nl.vtt", contentType: "text/vtt", data: Buffer.from(text) });
    expect(
      await updateLesson(db, course.id, textLesson.id, input, { captions: vtt("WEBVTT\n\n00:00.000 --> 00:01.000\nHallo") }),
    ).toMatchObject({
      ok: false,
      error: "learning.author.notFound",
    });
    const draft = await startRevision(db, admin.id, course.id);
    const lesson = (await outlineOf(db, draft.id))[0]!.lessons[0]!;
    expect(await updateLesson(db, course.id, lesson.id, input, { captions: vtt("<script>alert(1)</script>") })).toMatchObject({
      ok: false,
      error: "learning.validation.vtt",
      field: "captions",
    });
    expect(
      (await updateLesson(db, course.id, lesson.id, input, { captions: vtt("WEBVTT\n\n00:00.000 --> 00:01.000\nHallo") })).ok,
    ).toBe(true);
    const rows = await database.query(
      "SELECT f.content_type FROM learning.lessons l JOIN learning.lesson_files f ON f.id = l.captions_file_id WHERE l.id = $1",
      [lesson.id],
    );
    expect(rows).toEqual([{ content_type: "text/vtt" }]);
  });
});

describe("quizzes are scored on the server", () => {
  it("ignores tampered answers and scores, and refuses a submission after the last attempt", async () => {
    const db = database.db;
    const { course, quizLesson, questions } = await smallCourse({ maxAttempts: 2 });
    const learner = await createPerson(db);
    expect((await submitQuiz(db, learner.id, quizLesson.id, rightAnswers(questions))).ok).toBe(false); // not enrolled
    await enrol(db, learner.id, course.id);
    const [q1, q2] = questions;
    const tampered = await submitQuiz(db, learner.id, quizLesson.id, {
      [`q-${q1!.id}`]: ["o1", "o2"],
      [`q-${q2!.id}`]: ["nee"],
      score: ["100"],
      passed: ["true"],
    });
    expect(tampered.ok && tampered.value.score).toMatchObject({ scorePercent: 0, passed: false });
    const second = await submitQuiz(db, learner.id, quizLesson.id, { [`q-${q1!.id}`]: ["o2"], [`q-${q2!.id}`]: ["fout"] });
    expect(second.ok && second.value.score.scorePercent).toBe(50);
    expect(second.ok && second.value.score.results[0]!.feedback).toEqual(["ja", "Uitleg"]);
    const third = await submitQuiz(db, learner.id, quizLesson.id, rightAnswers(questions));
    expect(third).toEqual({ ok: false, error: "learning.quiz.noAttemptsLeft", field: undefined });
    const rows = await database.query(
      "SELECT count(*)::int AS n FROM learning.quiz_attempts a JOIN learning.enrolments e ON e.id = a.enrolment_id WHERE e.person_id = $1",
      [learner.id],
    );
    expect(rows[0]!.n).toBe(2);
  });
});

describe("progress and completion", () => {
  it("completes the course when every required lesson is done and tells the listeners", async () => {
    const db = database.db;
    const { course, textLesson, quizLesson, questions } = await smallCourse({ maxAttempts: null, validityMonths: 12 });
    const learner = await createPerson(db);
    await enrol(db, learner.id, course.id);
    const heard: CourseCompletion[] = [];
    const stop = onCourseCompleted((c) => void heard.push(c));
    const passed = await submitQuiz(db, learner.id, quizLesson.id, rightAnswers(questions));
    expect(passed.ok && passed.value).toMatchObject({ completed: false, score: { scorePercent: 100, passed: true } });
    expect(await submitQuiz(db, learner.id, quizLesson.id, rightAnswers(questions))).toMatchObject({
      ok: false,
      error: "learning.quiz.alreadyPassed",
    });
    const done = await recordLessonDone(db, learner.id, textLesson.id);
    stop();
    expect(done).toEqual({ ok: true, value: { completed: true } });
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ courseId: course.id, personId: learner.id });
    expect(heard[0]!.validUntil!.getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000);
    const view = await learnerCourse(db, learner.id, course.id);
    expect(view).toMatchObject({ requiredCount: 2, requiredDone: 2 });
    expect(view!.enrolment!.completedAt).toBeInstanceOf(Date);
    const audit = await database.query("SELECT action FROM platform.audit_log WHERE target_id = $1", [view!.enrolment!.id]);
    expect(audit.map((r) => r.action)).toEqual(["learning.course.completed"]);
  });

  it("freezes a published version; a substantial revision re-opens completion, others keep their version", async () => {
    const db = database.db;
    const { admin, course, textLesson, quizLesson, questions } = await smallCourse({ maxAttempts: null });
    const finisher = await createPerson(db);
    const halfway = await createPerson(db);
    for (const p of [finisher, halfway]) await enrol(db, p.id, course.id);
    await submitQuiz(db, finisher.id, quizLesson.id, rightAnswers(questions));
    await recordLessonDone(db, finisher.id, textLesson.id);
    await recordLessonDone(db, halfway.id, textLesson.id);
    await expect(database.query("UPDATE learning.lessons SET title = 'x' WHERE id = $1", [textLesson.id])).rejects.toThrow(
      /published/,
    );
    expect(
      (
        await updateLesson(db, course.id, textLesson.id, {
          title: "x",
          kind: "text",
          required: true,
          durationMinutes: 1,
          body: "x",
          videoUrl: "",
          passMark: 70,
          maxAttempts: null,
        })
      ).ok,
    ).toBe(false);

    const draft = await startRevision(db, admin.id, course.id);
    const draftOutline = await outlineOf(db, draft.id);
    const [draftText, draftQuiz] = draftOutline[0]!.lessons;
    expect(draftText!.key).toBe(textLesson.key);
    await moveLesson(db, course.id, draftQuiz!.id, "up");
    expect((await outlineOf(db, draft.id))[0]!.lessons.map((l) => l.title)).toEqual(["Quiz", "Lezen"]);
    const published = await publishDraft(db, admin.id, course.id, { substantial: true, changeNote: "Nieuwe wetgeving" });
    expect(published).toEqual({ ok: true, value: { number: 2, reopened: 1 } });

    const told = await database.query("SELECT subject FROM platform.outbox WHERE to_address = $1", [finisher.email]);
    expect(told.map((m) => m.subject)).toEqual([`Opleiding herzien: ${course.title}`]);
    expect(
      (await database.query("SELECT count(*)::int AS n FROM platform.outbox WHERE to_address = $1", [halfway.email]))[0]!.n,
    ).toBe(0);
    const again = await learnerCourse(db, finisher.id, course.id);
    expect(again!.enrolment).toMatchObject({ completedAt: null, versionId: draft.id });
    expect(again!.enrolment!.retakeSince).toBeInstanceOf(Date);
    expect(again!.requiredDone).toBe(0);
    const kept = await learnerCourse(db, halfway.id, course.id);
    expect(kept!.version.number).toBe(1);
    expect(kept!.requiredDone).toBe(1);
  });
});

describe("managers", () => {
  it("assigns to own members only, refuses a CSV with a stranger entirely, and shows the dashboard", async () => {
    const db = database.db;
    const { course, textLesson, quizLesson, questions } = await smallCourse({ maxAttempts: null });
    const org = await createOrganisation(db);
    const other = await createOrganisation(db);
    const manager = await createPerson(db);
    await createMembership(db, manager.id, org.id, ["opleidingsverantwoordelijke", "medewerker"]);
    const staff = await Promise.all([1, 2, 3].map(() => createPerson(db)));
    await createMembership(db, staff[0]!.id, org.id, ["medewerker"]);
    await createMembership(db, staff[1]!.id, org.id, ["aankoper", "medewerker"]);
    await createMembership(db, staff[2]!.id, other.id, ["medewerker"]);

    const foreign = await assignCourse(db, { personId: manager.id }, org.id, {
      courseId: course.id,
      dueOn: null,
      personIds: [staff[0]!.id, staff[2]!.id],
    });
    expect(foreign).toMatchObject({ ok: false, error: "learning.assign.notMember" });
    const csv = `e-mail;vervaldatum\n${staff[0]!.email};31/12/2099\n${staff[2]!.email};\n`;
    expect(await assignFromCsv(db, { personId: manager.id }, org.id, { courseId: course.id, dueOn: null, csv })).toMatchObject({
      ok: false,
      error: "learning.csv.badRows",
      lines: "3",
    });
    expect(
      (await database.query("SELECT count(*)::int AS n FROM learning.assignments WHERE organisation_id = $1", [org.id]))[0]!.n,
    ).toBe(0);

    const good = `e-mail;vervaldatum\n${staff[0]!.email};31/12/2099\n${staff[1]!.email};\n`;
    expect(
      await assignFromCsv(db, { personId: manager.id }, org.id, { courseId: course.id, dueOn: "2099-06-30", csv: good }),
    ).toMatchObject({ ok: true, value: { count: 2 } });
    const rows = await database.query(
      "SELECT person_id, due_on::text AS due FROM learning.assignments WHERE organisation_id = $1 ORDER BY due",
      [org.id],
    );
    expect(rows.map((r) => r.due)).toEqual(["2099-06-30", "2099-12-31"]);
    const mails = await database.query("SELECT count(*)::int AS n FROM platform.outbox WHERE to_address = $1", [staff[0]!.email]);
    expect(mails[0]!.n).toBe(1);

    await submitQuiz(db, staff[1]!.id, quizLesson.id, rightAnswers(questions));
    await recordLessonDone(db, staff[1]!.id, textLesson.id);
    const dashboard = await progressDashboard(db, org.id);
    expect(dashboard.members.map((m) => m.personId)).not.toContain(staff[2]!.id);
    expect(dashboard.cells[`${staff[0]!.id}:${course.id}`]?.state).toBe("assigned");
    expect(dashboard.cells[`${staff[1]!.id}:${course.id}`]?.state).toBe("completed");
    expect(dashboard.perRole.find((r) => r.role === "aankoper")).toMatchObject({ members: 1, trained: 1, share: 100 });
    const evidence = await trainingEvidence(db, org.id);
    expect(evidence).toMatchObject({ members: 3, trainedMembers: 1, trainedShare: 33 });
    expect(evidence.perCourse[0]).toMatchObject({ courseId: course.id, completed: 1, assigned: 1 });
  });
});

describe("knowledge circles", () => {
  it("takes one vote per person, and tells voters when an editor moves a proposal", async () => {
    const db = database.db;
    await ensureCircles(db);
    const circle = (await getCircleBySlug(db, "limburg"))!;
    const [author, voter, outsider] = await Promise.all([createPerson(db), createPerson(db), createPerson(db)]);
    expect(await propose(db, author.id, circle.id, { title: "X", description: "Y" })).toMatchObject({
      ok: false,
      error: "learning.community.joinFirst",
    });
    await setCircleMembership(db, circle.id, author.id, true);
    await setCircleMembership(db, circle.id, voter.id, true);
    const made = await propose(db, author.id, circle.id, {
      title: "Toegankelijke pdf's",
      description: "Hoe maak je een pdf toegankelijk?",
    });
    if (!made.ok) throw new Error(made.error);
    await vote(db, voter.id, made.value.id, true);
    await vote(db, voter.id, made.value.id, true);
    expect(await vote(db, outsider.id, made.value.id, true)).toMatchObject({ ok: false });
    await expect(
      database.query("INSERT INTO learning.proposal_votes (proposal_id, person_id) VALUES ($1, $2)", [made.value.id, voter.id]),
    ).rejects.toThrow();
    expect((await getProposal(db, made.value.id, voter.id))!.proposal).toMatchObject({ votes: 2, voted: true });

    const editor = await createPerson(db, { isPortalAdmin: true });
    expect(await moveProposal(db, editor.id, made.value.id, { status: "published" })).toMatchObject({
      ok: false,
      error: "learning.community.badStep",
    });
    expect(await moveProposal(db, editor.id, made.value.id, { status: "accepted" })).toEqual({ ok: true, value: { told: 2 } });
    expect((await notificationsFor(db, voter.id)).map((n) => n.status)).toEqual(["accepted"]);
    const mails = await database.query("SELECT subject FROM platform.outbox WHERE to_address = $1", [voter.email]);
    expect(mails.map((m) => m.subject)).toEqual(['Opleidingsvoorstel "Toegankelijke pdf\'s": aanvaard']);
    await moveProposal(db, editor.id, made.value.id, { status: "in_production" });
    const { course } = await smallCourse();
    expect(await moveProposal(db, editor.id, made.value.id, { status: "published" })).toMatchObject({
      error: "learning.community.needCourse",
    });
    expect((await moveProposal(db, editor.id, made.value.id, { status: "published", courseId: course.id })).ok).toBe(true);
    expect((await getProposal(db, made.value.id, null))!.course?.slug).toBe(course.slug);
  });
});
