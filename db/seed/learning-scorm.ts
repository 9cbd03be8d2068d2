// E-learning demo: the project's SCORM 1.2 package "Veilig e-mailen" (data/scorm/veilig-mailen.zip,
// built by scripts/build-scorm-demo.ts) as a lesson offered on its own. Demo only: it stores the
// package's files under DATA_DIR/scorm. Idempotent by the course's slug.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../app/db/client.server.ts";
import { projectRoot, referenceDataFolder } from "../../app/paths.server.ts";
import {
  type CourseDefinition,
  getCourseBySlug,
  importCourse,
  importScormPackage,
} from "../../app/modules/learning/index.server.ts";

export const SCORM_DEMO_SLUG = "veilig-e-mailen";

type LessonDefinition = CourseDefinition["modules"][number]["lessons"][number];

/** DATA_DIR as app/config.server.ts resolves it (the configuration is not passed to seeders). */
const dataDirFromEnv = () => path.resolve(projectRoot(), process.env.DATA_DIR?.trim() || "./var");

export async function seedScormDemo(db: Db, dataDir = dataDirFromEnv()): Promise<void> {
  if (await getCourseBySlug(db, SCORM_DEMO_SLUG)) return;
  const zip = fs.readFileSync(path.join(referenceDataFolder(), "scorm", "veilig-mailen.zip"));
  const imported = await importScormPackage({ db, dataDir, actorId: null }, zip);
  if (!imported.ok) throw new Error(`SCORM demo package refused: ${imported.error} ${imported.detail ?? ""}`);
  // importCourse copies a lesson's fields as they are: the package reference goes along.
  const lesson = {
    title: "Veilig e-mailen: herken een verdachte mail",
    kind: "scorm",
    body: "Een korte interactieve module: twee pagina's uitleg en een test van twee vragen. Je voortgang wordt bewaard; je kan later verder gaan.",
    durationMinutes: 10,
    scormPackageId: imported.value.id,
  } as LessonDefinition;
  await importCourse(db, {
    slug: SCORM_DEMO_SLUG,
    title: "Veilig e-mailen",
    summary: "Herken een verdachte mail en weet wat je ermee doet. Een interactieve module van tien minuten.",
    format: "single",
    topic: "cybersecurity",
    level: "basic",
    audience: "everyone",
    durationMinutes: 10,
    validityMonths: 12,
    modules: [{ title: "Veilig e-mailen", lessons: [lesson] }],
  });
}
