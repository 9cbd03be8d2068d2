// E-learning seed. The launch courses and the five knowledge circles are the association's
// offer: seeded in every environment, idempotently (by slug). Demo data (an assignment, progress
// and a proposal with votes) only with demo accounts.
import type { Db } from "../../app/db/client.server.ts";
import { findPersonByEmail, membershipsOf } from "../../app/modules/identity/index.server.ts";
import {
  assignCourse,
  ensureCircles,
  getCircleBySlug,
  getCourseBySlug,
  importCourse,
  learnerCourse,
  proposalsOf,
  propose,
  recordLessonDone,
  setCircleMembership,
  vote,
} from "../../app/modules/learning/index.server.ts";
import { antiFraudCourse } from "./learning-content/anti-fraud.ts";
import { cybersecurityCourse, lostDeviceLesson } from "./learning-content/cybersecurity.ts";

export const LAUNCH_COURSES = [cybersecurityCourse, antiFraudCourse, lostDeviceLesson];

/** The launch courses and the knowledge circles (every environment; existing ones are kept). */
export async function seedLearningOffer(db: Db): Promise<void> {
  for (const course of LAUNCH_COURSES) await importCourse(db, course);
  await ensureCircles(db);
}

/** Demo: BKZ's training manager assigned the cybersecurity course; a proposal in Antwerpen. */
export async function seedLearningDemo(db: Db): Promise<void> {
  const manager = await findPersonByEmail(db, "opleidingsverantwoordelijke.bkz@demo.vlavirgem.be");
  const learners = await Promise.all(
    ["aankoper.bkz@demo.vlavirgem.be", "hr.bkz@demo.vlavirgem.be", "budgethouder.bkz@demo.vlavirgem.be"].map((email) =>
      findPersonByEmail(db, email),
    ),
  );
  const course = await getCourseBySlug(db, cybersecurityCourse.slug);
  const bkz = manager ? await organisationOf(db, manager.id) : null;
  if (manager && course && bkz) {
    const people = learners.filter((p) => p !== undefined).map((p) => p.id);
    const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await assignCourse(db, { personId: manager.id }, bkz, { courseId: course.id, dueOn: due, personIds: people });
    // The buyer has read the first lesson.
    const view = await learnerCourse(db, people[0]!, course.id);
    const first = view?.outline[0]?.lessons[0];
    if (first) await recordLessonDone(db, people[0]!, first.id);
  }
  const circle = await getCircleBySlug(db, "antwerpen");
  const zoersel = await findPersonByEmail(db, "ict-coordinator.zoersel@demo.vlavirgem.be");
  const bkzIct = await findPersonByEmail(db, "ict-coordinator.bkz@demo.vlavirgem.be");
  if (circle && zoersel && (await proposalsOf(db, circle.id, null)).length === 0) {
    await setCircleMembership(db, circle.id, zoersel.id, true);
    const made = await propose(db, zoersel.id, circle.id, {
      title: "Veilig werken met AI-chatbots",
      description:
        "Steeds meer collega's gebruiken AI-chatbots om teksten te schrijven. Een korte opleiding over wat je er wel en niet in mag plakken (persoonsgegevens, vertrouwelijke dossiers) zou veel vragen beantwoorden.",
    });
    if (made.ok && bkzIct) {
      const oost = await getCircleBySlug(db, "oost-vlaanderen");
      if (oost) await setCircleMembership(db, oost.id, bkzIct.id, true);
      await setCircleMembership(db, circle.id, bkzIct.id, true);
      await vote(db, bkzIct.id, made.value.id, true);
    }
  }
}

async function organisationOf(db: Db, personId: string): Promise<string | null> {
  const rows = await membershipsOf(db, personId);
  return rows.find((r) => r.status === "active")?.organisationId ?? null;
}
