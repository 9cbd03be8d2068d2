// E-learning: courses (lespakketten) with frozen published versions, modules, lessons and
// quizzes; enrolments, progress and quiz attempts; managers' assignments and cohorts; the
// regional knowledge circles that propose and vote on new courses.
//
// People and organisations are identity's (the shared kernel). Their foreign keys are added in
// hand-written SQL (db/migrations/learning, "identity_keys"), because this file may not import
// identity's internals; the same migration adds the CHECKs and the trigger that freezes the
// content of a published version.
import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  AUDIENCES,
  COURSE_FORMATS,
  LESSON_KINDS,
  LEVELS,
  PROPOSAL_STATUSES,
  QUESTION_KINDS,
  type QuestionSpec,
  TOPICS,
  VERSION_STATUSES,
} from "./shared.ts";

export const learning = pgSchema("learning");

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** People who may write and publish courses (besides portal admins), granted by a portal admin. */
export const learningAuthors = learning.table("authors", {
  personId: uuid("person_id").primaryKey(),
  grantedBy: uuid("granted_by"),
  grantedAt: timestamp("granted_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A course package (or a single lesson offered on its own, format "single"): catalogue facts. */
export const courses = learning.table(
  "courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    format: text("format", { enum: COURSE_FORMATS }).notNull().default("package"),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    topic: text("topic", { enum: TOPICS }).notNull(),
    level: text("level", { enum: LEVELS }).notNull(),
    audience: text("audience", { enum: AUDIENCES }).notNull(),
    durationMinutes: integer("duration_minutes").notNull().default(30),
    /** How long a completion counts (months); empty: it never expires. */
    validityMonths: integer("validity_months"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [index("courses_topic_idx").on(t.topic)],
);

/**
 * A version of a course's content. Authors edit the one draft; publishing freezes it (a trigger
 * refuses changes to its modules, lessons and questions) and supersedes the previous one.
 */
export const courseVersions = learning.table(
  "course_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    status: text("status", { enum: VERSION_STATUSES }).notNull().default("draft"),
    /** A substantial revision re-opens completion for those who completed an earlier version. */
    substantial: boolean("substantial").notNull().default(false),
    changeNote: text("change_note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: uuid("published_by"),
  },
  (t) => [
    uniqueIndex("course_versions_number_key").on(t.courseId, t.number),
    uniqueIndex("course_versions_one_draft_key").on(t.courseId).where(sql`status = 'draft'`),
    uniqueIndex("course_versions_one_published_key").on(t.courseId).where(sql`status = 'published'`),
  ],
);

export const courseModules = learning.table(
  "course_modules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => courseVersions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
  },
  (t) => [index("course_modules_version_idx").on(t.versionId, t.position)],
);

/** Files of lessons (uploaded video, WebVTT captions, downloads), shared by the versions that use them. */
export const lessonFiles = learning.table("lesson_files", {
  id: uuid("id").primaryKey().defaultRandom(),
  courseId: uuid("course_id")
    .notNull()
    .references(() => courses.id, { onDelete: "cascade" }),
  filename: text("filename").notNull(),
  contentType: text("content_type").notNull(),
  sizeBytes: integer("size_bytes").notNull(),
  data: bytea("data").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const lessons = learning.table(
  "lessons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => courseVersions.id, { onDelete: "cascade" }),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => courseModules.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** The same lesson across versions keeps its key (progress carries over to a new version). */
    key: uuid("key").notNull().defaultRandom(),
    title: text("title").notNull(),
    kind: text("kind", { enum: LESSON_KINDS }).notNull(),
    required: boolean("required").notNull().default(true),
    durationMinutes: integer("duration_minutes").notNull().default(5),
    /** Markdown (text lessons, and the introduction of every other kind); sanitised when shown. */
    body: text("body").notNull().default(""),
    videoUrl: text("video_url"),
    videoFileId: uuid("video_file_id").references(() => lessonFiles.id),
    captionsFileId: uuid("captions_file_id").references(() => lessonFiles.id),
    downloadFileId: uuid("download_file_id").references(() => lessonFiles.id),
    /** The SCORM 1.2 package this lesson runs (the SCORM runtime owns the package tables). */
    scormPackageId: uuid("scorm_package_id"),
    /** Quiz: the share of points needed to pass (percent) and the number of attempts (empty: unlimited). */
    passMark: integer("pass_mark").notNull().default(70),
    maxAttempts: integer("max_attempts"),
  },
  (t) => [index("lessons_version_idx").on(t.versionId), index("lessons_module_idx").on(t.moduleId, t.position)],
);

export const quizQuestions = learning.table(
  "quiz_questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: QUESTION_KINDS }).notNull(),
    prompt: text("prompt").notNull(),
    /** Options, pairs or accepted answers with the correct key and feedback (never sent to learners). */
    spec: jsonb("spec").$type<QuestionSpec>().notNull(),
    /** Shown after an attempt: why the right answer is right. */
    explanation: text("explanation").notNull().default(""),
  },
  (t) => [index("quiz_questions_lesson_idx").on(t.lessonId, t.position)],
);

/** A person following a course, on the version they started. */
export const enrolments = learning.table(
  "enrolments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => courseVersions.id),
    source: text("source", { enum: ["self", "assigned"] })
      .notNull()
      .default("self"),
    enrolledAt: timestamp("enrolled_at", { withTimezone: true }).notNull().defaultNow(),
    lastLessonId: uuid("last_lesson_id"),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    completedVersionId: uuid("completed_version_id"),
    /** Set when a substantial revision re-opened a completion: the person must take the course again. */
    retakeSince: timestamp("retake_since", { withTimezone: true }),
    previousCompletedAt: timestamp("previous_completed_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("enrolments_course_person_key").on(t.courseId, t.personId), index("enrolments_person_idx").on(t.personId)],
);

/** Lessons done within an enrolment (quiz lessons: passed). */
export const lessonProgress = learning.table(
  "lesson_progress",
  {
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => enrolments.id, { onDelete: "cascade" }),
    lessonKey: uuid("lesson_key").notNull(),
    lessonId: uuid("lesson_id").notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.enrolmentId, t.lessonKey] })],
);

/** One scored submission of a quiz; the unique number makes the attempt limit hold under races. */
export const quizAttempts = learning.table(
  "quiz_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    enrolmentId: uuid("enrolment_id")
      .notNull()
      .references(() => enrolments.id, { onDelete: "cascade" }),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    scorePercent: integer("score_percent").notNull(),
    passed: boolean("passed").notNull(),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull(),
    results: jsonb("results").$type<Record<string, boolean>>().notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("quiz_attempts_number_key").on(t.enrolmentId, t.lessonId, t.number)],
);

/** A group of members a manager assigns courses to together. */
export const learningCohorts = learning.table(
  "cohorts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    name: text("name").notNull(),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("cohorts_org_name_key").on(t.organisationId, sql`lower(${t.name})`)],
);

export const learningCohortMembers = learning.table(
  "cohort_members",
  {
    cohortId: uuid("cohort_id")
      .notNull()
      .references(() => learningCohorts.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.personId] })],
);

/** A course a training manager assigned to a member of their organisation. */
export const courseAssignments = learning.table(
  "assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
    dueOn: date("due_on"),
    cohortId: uuid("cohort_id").references(() => learningCohorts.id, { onDelete: "set null" }),
    assignedBy: uuid("assigned_by"),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("assignments_org_course_person_key").on(t.organisationId, t.courseId, t.personId),
    index("assignments_person_idx").on(t.personId),
  ],
);

/** Regional knowledge circles, one per province. */
export const knowledgeCircles = learning.table("circles", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  province: text("province").notNull().unique(),
  name: text("name").notNull(),
});

export const knowledgeCircleMembers = learning.table(
  "circle_members",
  {
    circleId: uuid("circle_id")
      .notNull()
      .references(() => knowledgeCircles.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.circleId, t.personId] }), index("circle_members_person_idx").on(t.personId)],
);

/** A course topic proposed by a member of a circle. */
export const courseProposals = learning.table(
  "proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    circleId: uuid("circle_id")
      .notNull()
      .references(() => knowledgeCircles.id, { onDelete: "cascade" }),
    authorId: uuid("author_id"),
    title: text("title").notNull(),
    description: text("description").notNull(),
    status: text("status", { enum: PROPOSAL_STATUSES }).notNull().default("proposed"),
    courseId: uuid("course_id").references(() => courses.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }),
  },
  (t) => [index("proposals_circle_idx").on(t.circleId, t.createdAt)],
);

/** One vote per person per proposal (primary key). */
export const proposalVotes = learning.table(
  "proposal_votes",
  {
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => courseProposals.id, { onDelete: "cascade" }),
    personId: uuid("person_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.personId] })],
);

export const proposalComments = learning.table(
  "proposal_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => courseProposals.id, { onDelete: "cascade" }),
    authorId: uuid("author_id"),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("proposal_comments_proposal_idx").on(t.proposalId, t.createdAt)],
);

/** Messages in the portal about proposals a person voted on (also sent by mail). */
export const learningNotifications = learning.table(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id").notNull(),
    proposalId: uuid("proposal_id").references(() => courseProposals.id, { onDelete: "cascade" }),
    status: text("status", { enum: PROPOSAL_STATUSES }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_person_idx").on(t.personId, t.createdAt)],
);
