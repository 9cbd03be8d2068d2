CREATE TABLE "learning"."badge_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"algorithm" text DEFAULT 'EdDSA' NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_key_encrypted" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learning"."certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"course_id" uuid NOT NULL,
	"enrolment_id" uuid,
	"person_id" uuid NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	"recipient_name" text NOT NULL,
	"course_title" text NOT NULL,
	"course_slug" text NOT NULL,
	"subject_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_until" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	"credential_jwt" text NOT NULL,
	"key_id" text NOT NULL,
	"reminder30_sent_at" timestamp with time zone,
	"reminder7_sent_at" timestamp with time zone,
	CONSTRAINT "certificates_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "learning"."scorm_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"package_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"number" integer DEFAULT 1 NOT NULL,
	"lesson_id" uuid,
	"lesson_status" text DEFAULT 'not attempted' NOT NULL,
	"lesson_location" text DEFAULT '' NOT NULL,
	"suspend_data" text DEFAULT '' NOT NULL,
	"score_raw" double precision,
	"score_min" double precision,
	"score_max" double precision,
	"exit" text DEFAULT '' NOT NULL,
	"total_time_cs" bigint DEFAULT 0 NOT NULL,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"commit_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learning"."scorm_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"manifest_identifier" text NOT NULL,
	"sco_identifier" text NOT NULL,
	"launch_path" text NOT NULL,
	"launch_parameters" text DEFAULT '' NOT NULL,
	"launch_data" text DEFAULT '' NOT NULL,
	"mastery_score" integer,
	"items" jsonb NOT NULL,
	"files" jsonb NOT NULL,
	"size_bytes" bigint NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."scorm_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"attempt_id" uuid NOT NULL,
	"session_time_cs" bigint DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_commit_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "learning"."certificates" ADD CONSTRAINT "certificates_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "learning"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."certificates" ADD CONSTRAINT "certificates_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "learning"."enrolments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."scorm_attempts" ADD CONSTRAINT "scorm_attempts_package_id_scorm_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "learning"."scorm_packages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."scorm_sessions" ADD CONSTRAINT "scorm_sessions_attempt_id_scorm_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "learning"."scorm_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "badge_keys_one_active_key" ON "learning"."badge_keys" USING btree ("algorithm") WHERE retired_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_completion_key" ON "learning"."certificates" USING btree ("person_id","course_id","completed_at");--> statement-breakpoint
CREATE INDEX "certificates_person_idx" ON "learning"."certificates" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "certificates_valid_until_idx" ON "learning"."certificates" USING btree ("valid_until");--> statement-breakpoint
CREATE UNIQUE INDEX "scorm_attempts_number_key" ON "learning"."scorm_attempts" USING btree ("package_id","person_id","number");--> statement-breakpoint
CREATE INDEX "scorm_attempts_person_idx" ON "learning"."scorm_attempts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "scorm_sessions_attempt_idx" ON "learning"."scorm_sessions" USING btree ("attempt_id");--> statement-breakpoint
CREATE INDEX "scorm_sessions_open_idx" ON "learning"."scorm_sessions" USING btree ("attempt_id") WHERE finished_at IS NULL;