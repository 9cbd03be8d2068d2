// SCORM 1.2 packages and the runtime data (cmi) of learners, per package and attempt. Files of a
// package live on disk under DATA_DIR/scorm/<packageId>/; the manifest facts are here.
import { sql } from "drizzle-orm";
import { bigint, doublePrecision, index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { learning } from "./schema.ts";

/** One item of the package's default organisation, as the manifest lists it (nested). */
export type ScormItem = {
  identifier: string;
  title: string;
  /** The resource it launches (absent for a grouping item). */
  resource?: string;
  href?: string;
  scormType?: "sco" | "asset";
  masteryScore?: number;
  launchData?: string;
  children: ScormItem[];
};

/** The facts of an uploaded package that the player needs (the manifest itself is kept on disk). */
export const scormPackages = learning.table("scorm_packages", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  /** The manifest's identifier and the version the author gave it. */
  manifestIdentifier: text("manifest_identifier").notNull(),
  /** The first SCO of the default organisation: its item, launch path and data from the manifest. */
  scoIdentifier: text("sco_identifier").notNull(),
  launchPath: text("launch_path").notNull(),
  launchParameters: text("launch_parameters").notNull().default(""),
  launchData: text("launch_data").notNull().default(""),
  masteryScore: integer("mastery_score"),
  items: jsonb("items").$type<ScormItem[]>().notNull(),
  /** Every file of the package (paths relative to its folder): nothing else is served. */
  files: jsonb("files").$type<string[]>().notNull(),
  sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
  uploadedBy: uuid("uploaded_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A learner's attempt at a package: the cmi data that persists between sessions. */
export const scormAttempts = learning.table(
  "scorm_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    packageId: uuid("package_id")
      .notNull()
      .references(() => scormPackages.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
    number: integer("number").notNull().default(1),
    /** The lesson it was launched from (its course gets the completion); empty for a preview. */
    lessonId: uuid("lesson_id"),
    lessonStatus: text("lesson_status").notNull().default("not attempted"),
    lessonLocation: text("lesson_location").notNull().default(""),
    suspendData: text("suspend_data").notNull().default(""),
    scoreRaw: doublePrecision("score_raw"),
    scoreMin: doublePrecision("score_min"),
    scoreMax: doublePrecision("score_max"),
    exit: text("exit").notNull().default(""),
    /** The sum of every session's time, in hundredths of a second (cmi.core.total_time). */
    totalTimeCs: bigint("total_time_cs", { mode: "number" }).notNull().default(0),
    /** cmi.objectives, cmi.interactions, cmi.comments and student_preference as committed. */
    extra: jsonb("extra").$type<Record<string, unknown>>().notNull().default({}),
    commitCount: integer("commit_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the SCO first reported completed or passed. */
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("scorm_attempts_number_key").on(t.packageId, t.personId, t.number),
    index("scorm_attempts_person_idx").on(t.personId),
  ],
);

/** One launch of the player; its session_time counts once towards the attempt's total time. */
export const scormSessions = learning.table(
  "scorm_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => scormAttempts.id, { onDelete: "cascade" }),
    sessionTimeCs: bigint("session_time_cs", { mode: "number" }).notNull().default(0),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    lastCommitAt: timestamp("last_commit_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("scorm_sessions_attempt_idx").on(t.attemptId),
    index("scorm_sessions_open_idx").on(t.attemptId).where(sql`finished_at IS NULL`),
  ],
);
