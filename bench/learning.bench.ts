// E-learning under load: `npm run bench -- learning` (PostgreSQL only: TEST_DATABASE_URL).
//
// In a fresh PostgreSQL database (dropped afterwards):
//
//   scorm      BENCH_LEARNERS (500) learners, enrolled in a course whose lesson is the project's
//              SCORM package, each with a launched session, commit their cmi (lesson_location,
//              2 kB of suspend_data, session_time, status, score) every BENCH_INTERVAL_MS (3000)
//              ± a third, for BENCH_SECONDS (60): commitScorm() as the player's endpoint calls it.
//              Target: p95 of a commit ≤ 50 ms. Then checks that none was lost: every learner's
//              attempt counts exactly the commits that were answered "true", and holds the last
//              location, suspend_data and session time sent.
//   dashboard  an organisation of BENCH_STAFF (2,000) members × BENCH_COURSES (20) courses, every
//              member assigned every course, half enrolled, a quarter completed: the managers'
//              progressDashboard(), BENCH_DASHBOARD_RUNS (5) times. Target: ≤ 200 ms.
//
// Prints p50/p95/max; exits 1 when a check fails (a lost commit), never on a figure. Skips with a
// message when TEST_DATABASE_URL is not set (PGlite has one connection: no concurrency to show).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type Db, openPostgres } from "../app/db/client.server.ts";
import { migrate } from "../app/db/migrate.server.ts";
import { insertOrganisation } from "../app/modules/identity/index.server.ts";
import {
  type CourseDefinition,
  commitScorm,
  importCourse,
  importScormPackage,
  launchScorm,
  progressDashboard,
} from "../app/modules/learning/index.server.ts";

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 500);
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 3000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const STAFF = Number(process.env.BENCH_STAFF ?? 2000);
const COURSES = Number(process.env.BENCH_COURSES ?? 20);
const DASHBOARD_RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 5);
/** Which parts to run: "scorm", "dashboard" or both (default). */
const PARTS = (process.env.BENCH_PARTS ?? "scorm,dashboard").split(",");

const url = process.env.TEST_DATABASE_URL;
if (!url) {
  console.log(
    'learning bench skipped: set TEST_DATABASE_URL to a PostgreSQL server (eval "$(scripts/pg-test-server.sh start)").',
  );
  process.exit(0);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function withDatabase(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const sleep = (n: number) => new Promise((resolve) => setTimeout(resolve, n));
const timespan = (cs: number) => {
  const h = Math.floor(cs / 360_000);
  const m = Math.floor((cs % 360_000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${String(h).padStart(4, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}.${String(cs % 100).padStart(2, "0")}`;
};

type LessonDefinition = CourseDefinition["modules"][number]["lessons"][number];
const course = (slug: string, lessons: LessonDefinition[]): CourseDefinition => ({
  slug,
  title: `Benchcursus ${slug}`,
  summary: "",
  format: "package",
  topic: "cybersecurity",
  level: "basic",
  audience: "everyone",
  durationMinutes: 10,
  validityMonths: 12,
  modules: [{ title: "Module", lessons }],
});

const name = `vvg_bench_learning_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const handle = openPostgres(withDatabase(url, name), { max: 20 });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vvg-bench-scorm-"));
let failed = false;
try {
  await migrate(handle);
  const db = handle.db as Db;

  // ------------------------------------------------------------------------------------------
  // SCORM commits
  // ------------------------------------------------------------------------------------------
  if (PARTS.includes("scorm")) await scormPart(db);
  if (PARTS.includes("dashboard")) await dashboardPart(db);
} finally {
  await handle.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

async function scormPart(db: Db) {
  const zip = fs.readFileSync(path.join(root, "data", "scorm", "veilig-mailen.zip"));
  const pkg = await importScormPackage({ db, dataDir, actorId: null }, zip);
  if (!pkg.ok) throw new Error(pkg.error);
  const lesson = {
    title: "SCORM",
    kind: "scorm",
    body: "",
    durationMinutes: 10,
    scormPackageId: pkg.value.id,
  } as LessonDefinition;
  const { courseId } = await importCourse(db, course("bench-scorm", [lesson]));
  const [{ id: versionId } = { id: "" }] = await handle.query<{ id: string }>(
    "SELECT id FROM learning.course_versions WHERE course_id = $1",
    [courseId],
  );
  const [{ id: lessonId } = { id: "" }] = await handle.query<{ id: string }>(
    "SELECT id FROM learning.lessons WHERE version_id = $1",
    [versionId],
  );
  const learners = await handle.query<{ id: string; name: string }>(
    `INSERT INTO identity.people (email, name, locale, privacy_accepted_at)
     SELECT 'learner-' || g || '-${name}@bench.example', 'Cursist ' || g, 'nl', now() FROM generate_series(1, $1) g
     RETURNING id, name`,
    [LEARNERS],
  );
  await handle.query(
    "INSERT INTO learning.enrolments (course_id, person_id, version_id) SELECT $1, id, $2 FROM identity.people WHERE email LIKE 'learner-%'",
    [courseId, versionId],
  );
  const sessions: { personId: string; sessionId: string; attemptId: string }[] = [];
  for (const learner of learners) {
    const launch = await launchScorm(
      db,
      { id: learner.id, name: learner.name, isPortalAdmin: false },
      { packageId: pkg.value.id, lessonId },
    );
    if (!launch.ok) throw new Error(launch.error);
    sessions.push({ personId: learner.id, sessionId: launch.value.sessionId, attemptId: launch.value.attemptId });
  }
  console.log(`scorm: ${LEARNERS} learners commit every ${INTERVAL_MS} ms ± a third for ${SECONDS} s (pool of 20 connections)`);

  const latencies: number[] = [];
  const sent = new Map<string, { ok: number; refused: number; location: string; suspend: string; sessionCs: number }>();
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    sessions.map(async (session, index) => {
      const mine = { ok: 0, refused: 0, location: "", suspend: "", sessionCs: 0 };
      sent.set(session.attemptId, mine);
      // Spread the first commits over one interval, as learners arrive at different moments.
      await sleep((index / sessions.length) * INTERVAL_MS);
      let page = 0;
      while (Date.now() < end) {
        page++;
        const sessionCs = page * 300;
        const suspend = JSON.stringify({ page, answers: { q1: "b" }, filler: "x".repeat(2000) });
        const body = {
          cmi: {
            core: {
              lesson_location: String(page),
              lesson_status: "incomplete",
              exit: "suspend",
              session_time: timespan(sessionCs),
              score: { raw: "50", min: "0", max: "100" },
            },
            suspend_data: suspend,
            interactions: { "0": { id: "q1", type: "choice", student_response: "b", result: "correct" } },
          },
        };
        const start = performance.now();
        const answer = await commitScorm(db, { id: session.personId }, { sessionId: session.sessionId, body, terminate: false });
        latencies.push(performance.now() - start);
        if (answer.body.result === "true") {
          mine.ok++;
          mine.location = String(page);
          mine.suspend = suspend;
          mine.sessionCs = sessionCs;
        } else mine.refused++;
        await sleep(INTERVAL_MS * (2 / 3 + Math.random() * (2 / 3)));
      }
    }),
  );
  const total = latencies.length;
  console.log(
    `scorm: ${total} commits (${(total / SECONDS).toFixed(0)}/s): p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))} (target p95 ≤ 50 ms)`,
  );

  const stored = await handle.query<{
    id: string;
    commit_count: number;
    lesson_location: string;
    suspend_data: string;
    total_time_cs: string;
  }>("SELECT id, commit_count, lesson_location, suspend_data, total_time_cs FROM learning.scorm_attempts");
  let lost = 0;
  let refused = 0;
  for (const row of stored) {
    const mine = sent.get(row.id);
    if (!mine) continue;
    refused += mine.refused;
    if (
      row.commit_count !== mine.ok ||
      row.lesson_location !== mine.location ||
      row.suspend_data !== mine.suspend ||
      Number(row.total_time_cs) !== mine.sessionCs
    ) {
      lost++;
    }
  }
  if (lost > 0 || refused > 0 || stored.length !== LEARNERS) {
    failed = true;
    console.log(`scorm: FAILED — ${lost} learners' data differs from what they committed; ${refused} commits refused`);
  } else {
    console.log(`scorm: none lost — all ${LEARNERS} attempts hold exactly the ${total} commits answered "true"`);
  }
}

async function dashboardPart(db: Db) {
  const organisation = await insertOrganisation(db, {
    type: "gemeente",
    name: `Benchgemeente ${name}`,
    nisCode: null,
    province: "Antwerpen",
    status: "active",
  });
  await handle.query(
    `WITH staff AS (
       INSERT INTO identity.people (email, name, locale, privacy_accepted_at)
       SELECT 'staff-' || g || '-${name}@bench.example', 'Medewerker ' || g, 'nl', now() FROM generate_series(1, $1) g
       RETURNING id)
     INSERT INTO identity.memberships (person_id, organisation_id, roles, status)
     SELECT id, $2, ARRAY['medewerker'], 'active' FROM staff`,
    [STAFF, organisation.id],
  );
  for (let i = 0; i < COURSES; i++) {
    await importCourse(db, course(`bench-dashboard-${i}`, [{ title: "Les", kind: "text", body: "Tekst", durationMinutes: 5 }]));
  }
  await handle.query(
    `INSERT INTO learning.assignments (organisation_id, course_id, person_id)
     SELECT $1, c.id, m.person_id FROM learning.courses c CROSS JOIN identity.memberships m
     WHERE c.slug LIKE 'bench-dashboard-%' AND m.organisation_id = $1`,
    [organisation.id],
  );
  await handle.query(
    `INSERT INTO learning.enrolments (course_id, person_id, version_id, source, completed_at, completed_version_id)
     SELECT a.course_id, a.person_id, v.id, 'assigned',
            CASE WHEN abs(hashtext(a.person_id::text || a.course_id::text)) % 4 = 0 THEN now() - interval '300 days' END,
            CASE WHEN abs(hashtext(a.person_id::text || a.course_id::text)) % 4 = 0 THEN v.id END
     FROM learning.assignments a JOIN learning.course_versions v ON v.course_id = a.course_id
     WHERE a.organisation_id = $1 AND abs(hashtext(a.person_id::text || a.course_id::text)) % 2 = 0`,
    [organisation.id],
  );
  await handle.query("ANALYZE");
  const runs: number[] = [];
  let cells = 0;
  for (let i = 0; i < DASHBOARD_RUNS; i++) {
    const start = performance.now();
    const dashboard = await progressDashboard(db, organisation.id);
    runs.push(performance.now() - start);
    cells = Object.keys(dashboard.cells).length;
  }
  console.log(
    `dashboard: ${STAFF} staff × ${COURSES} courses${cells ? ` (${cells} cells)` : ""}: p50 ${ms(percentile(runs, 50))}, max ${ms(Math.max(...runs))} (target ≤ 200 ms)`,
  );
}
