CREATE SCHEMA "learning";
--> statement-breakpoint
CREATE TABLE "learning"."assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"due_on" date,
	"cohort_id" uuid,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."course_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"circle_id" uuid NOT NULL,
	"author_id" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"course_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_changed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learning"."course_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"substantial" boolean DEFAULT false NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "learning"."courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"format" text DEFAULT 'package' NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"topic" text NOT NULL,
	"level" text NOT NULL,
	"audience" text NOT NULL,
	"duration_minutes" integer DEFAULT 30 NOT NULL,
	"validity_months" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "courses_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "learning"."enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"source" text DEFAULT 'self' NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_lesson_id" uuid,
	"last_activity_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"completed_version_id" uuid,
	"retake_since" timestamp with time zone,
	"previous_completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learning"."circle_members" (
	"circle_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_members_circle_id_person_id_pk" PRIMARY KEY("circle_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."circles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"province" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "circles_slug_unique" UNIQUE("slug"),
	CONSTRAINT "circles_province_unique" UNIQUE("province")
);
--> statement-breakpoint
CREATE TABLE "learning"."authors" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"granted_by" uuid,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."cohort_members" (
	"cohort_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "cohort_members_cohort_id_person_id_pk" PRIMARY KEY("cohort_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"proposal_id" uuid,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learning"."lesson_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."lesson_progress" (
	"enrolment_id" uuid NOT NULL,
	"lesson_key" uuid NOT NULL,
	"lesson_id" uuid NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_progress_enrolment_id_lesson_key_pk" PRIMARY KEY("enrolment_id","lesson_key")
);
--> statement-breakpoint
CREATE TABLE "learning"."lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"duration_minutes" integer DEFAULT 5 NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"video_url" text,
	"video_file_id" uuid,
	"captions_file_id" uuid,
	"download_file_id" uuid,
	"scorm_package_id" uuid,
	"pass_mark" integer DEFAULT 70 NOT NULL,
	"max_attempts" integer
);
--> statement-breakpoint
CREATE TABLE "learning"."proposal_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."proposal_votes" (
	"proposal_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_votes_proposal_id_person_id_pk" PRIMARY KEY("proposal_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."quiz_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"lesson_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"score_percent" integer NOT NULL,
	"passed" boolean NOT NULL,
	"answers" jsonb NOT NULL,
	"results" jsonb NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."quiz_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lesson_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"prompt" text NOT NULL,
	"spec" jsonb NOT NULL,
	"explanation" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learning"."assignments" ADD CONSTRAINT "assignments_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "learning"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."assignments" ADD CONSTRAINT "assignments_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "learning"."cohorts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."course_modules" ADD CONSTRAINT "course_modules_version_id_course_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "learning"."course_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."proposals" ADD CONSTRAINT "proposals_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "learning"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."proposals" ADD CONSTRAINT "proposals_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "learning"."courses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."course_versions" ADD CONSTRAINT "course_versions_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "learning"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."enrolments" ADD CONSTRAINT "enrolments_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "learning"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."enrolments" ADD CONSTRAINT "enrolments_version_id_course_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "learning"."course_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."circle_members" ADD CONSTRAINT "circle_members_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "learning"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."cohort_members" ADD CONSTRAINT "cohort_members_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "learning"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."notifications" ADD CONSTRAINT "notifications_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "learning"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."lesson_files" ADD CONSTRAINT "lesson_files_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "learning"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."lesson_progress" ADD CONSTRAINT "lesson_progress_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "learning"."enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."lessons" ADD CONSTRAINT "lessons_version_id_course_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "learning"."course_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."lessons" ADD CONSTRAINT "lessons_module_id_course_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "learning"."course_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."lessons" ADD CONSTRAINT "lessons_video_file_id_lesson_files_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "learning"."lesson_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."lessons" ADD CONSTRAINT "lessons_captions_file_id_lesson_files_id_fk" FOREIGN KEY ("captions_file_id") REFERENCES "learning"."lesson_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."lessons" ADD CONSTRAINT "lessons_download_file_id_lesson_files_id_fk" FOREIGN KEY ("download_file_id") REFERENCES "learning"."lesson_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."proposal_comments" ADD CONSTRAINT "proposal_comments_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "learning"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."proposal_votes" ADD CONSTRAINT "proposal_votes_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "learning"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."quiz_attempts" ADD CONSTRAINT "quiz_attempts_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "learning"."enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."quiz_attempts" ADD CONSTRAINT "quiz_attempts_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "learning"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."quiz_questions" ADD CONSTRAINT "quiz_questions_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "learning"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_org_course_person_key" ON "learning"."assignments" USING btree ("organisation_id","course_id","person_id");--> statement-breakpoint
CREATE INDEX "assignments_person_idx" ON "learning"."assignments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "course_modules_version_idx" ON "learning"."course_modules" USING btree ("version_id","position");--> statement-breakpoint
CREATE INDEX "proposals_circle_idx" ON "learning"."proposals" USING btree ("circle_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "course_versions_number_key" ON "learning"."course_versions" USING btree ("course_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "course_versions_one_draft_key" ON "learning"."course_versions" USING btree ("course_id") WHERE status = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "course_versions_one_published_key" ON "learning"."course_versions" USING btree ("course_id") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "courses_topic_idx" ON "learning"."courses" USING btree ("topic");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_course_person_key" ON "learning"."enrolments" USING btree ("course_id","person_id");--> statement-breakpoint
CREATE INDEX "enrolments_person_idx" ON "learning"."enrolments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "circle_members_person_idx" ON "learning"."circle_members" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cohorts_org_name_key" ON "learning"."cohorts" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE INDEX "notifications_person_idx" ON "learning"."notifications" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "lessons_version_idx" ON "learning"."lessons" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "lessons_module_idx" ON "learning"."lessons" USING btree ("module_id","position");--> statement-breakpoint
CREATE INDEX "proposal_comments_proposal_idx" ON "learning"."proposal_comments" USING btree ("proposal_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "quiz_attempts_number_key" ON "learning"."quiz_attempts" USING btree ("enrolment_id","lesson_id","number");--> statement-breakpoint
CREATE INDEX "quiz_questions_lesson_idx" ON "learning"."quiz_questions" USING btree ("lesson_id","position");