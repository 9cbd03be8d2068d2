CREATE SCHEMA "talent";
--> statement-breakpoint
CREATE TABLE "talent"."contact_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"sender_id" uuid,
	"side" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_messages_side_check" CHECK ("talent"."contact_messages"."side" IN ('organisation', 'professional'))
);
--> statement-breakpoint
CREATE TABLE "talent"."contact_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"vacancy_id" uuid,
	"requested_by" uuid,
	"message" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "contact_requests_status_check" CHECK ("talent"."contact_requests"."status" IN ('pending', 'accepted', 'declined'))
);
--> statement-breakpoint
CREATE TABLE "talent"."ecf_areas" (
	"code" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_nl" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent"."ecf_competences" (
	"code" text PRIMARY KEY NOT NULL,
	"area_code" text NOT NULL,
	"title_en" text NOT NULL,
	"title_nl" text NOT NULL,
	"summary_en" text NOT NULL,
	"min_level" smallint NOT NULL,
	"max_level" smallint NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "ecf_competences_span_check" CHECK ("talent"."ecf_competences"."min_level" BETWEEN 1 AND 5 AND "talent"."ecf_competences"."max_level" BETWEEN "talent"."ecf_competences"."min_level" AND 5)
);
--> statement-breakpoint
CREATE TABLE "talent"."profile_competences" (
	"profile_id" uuid NOT NULL,
	"competence_code" text NOT NULL,
	"level" smallint NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	CONSTRAINT "profile_competences_profile_id_competence_code_pk" PRIMARY KEY("profile_id","competence_code")
);
--> statement-breakpoint
CREATE TABLE "talent"."profile_hidden_from" (
	"profile_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "profile_hidden_from_profile_id_organisation_id_pk" PRIMARY KEY("profile_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "talent"."profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"headline" text NOT NULL,
	"years_experience" smallint DEFAULT 0 NOT NULL,
	"available_fte_percent" smallint NOT NULL,
	"available_from" date,
	"contracts" text[] DEFAULT '{}'::text[] NOT NULL,
	"home_municipality_id" uuid NOT NULL,
	"home_lat" double precision,
	"home_lon" double precision,
	"max_travel_km" smallint NOT NULL,
	"salary_expectation" integer,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"last_active_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expiry_warned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "profiles_person_id_unique" UNIQUE("person_id"),
	CONSTRAINT "profiles_fte_check" CHECK ("talent"."profiles"."available_fte_percent" BETWEEN 10 AND 100),
	CONSTRAINT "profiles_travel_check" CHECK ("talent"."profiles"."max_travel_km" BETWEEN 0 AND 300)
);
--> statement-breakpoint
CREATE TABLE "talent"."role_profile_competences" (
	"role_profile_id" integer NOT NULL,
	"competence_code" text NOT NULL,
	"level" smallint NOT NULL,
	CONSTRAINT "role_profile_competences_role_profile_id_competence_code_pk" PRIMARY KEY("role_profile_id","competence_code")
);
--> statement-breakpoint
CREATE TABLE "talent"."role_profiles" (
	"id" integer PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_nl" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent"."saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"last_digest_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_searches_kind_check" CHECK ("talent"."saved_searches"."kind" IN ('vacancies', 'profiles')),
	CONSTRAINT "saved_searches_org_check" CHECK ("talent"."saved_searches"."kind" = 'vacancies' OR "talent"."saved_searches"."organisation_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "talent"."vacancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"role_profile_id" integer,
	"fte_percent" smallint NOT NULL,
	"contract" text NOT NULL,
	"grade" text NOT NULL,
	"salary_min" integer NOT NULL,
	"salary_max" integer NOT NULL,
	"scale_code" text DEFAULT '' NOT NULL,
	"place_municipality_id" uuid NOT NULL,
	"place_name" text NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"telework_percent" smallint DEFAULT 0 NOT NULL,
	"starts_on" date,
	"closes_on" date NOT NULL,
	"open_to_sharing" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'concept' NOT NULL,
	"created_by" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vacancies_fte_check" CHECK ("talent"."vacancies"."fte_percent" BETWEEN 10 AND 100),
	CONSTRAINT "vacancies_salary_check" CHECK ("talent"."vacancies"."salary_min" >= 0 AND "talent"."vacancies"."salary_min" <= "talent"."vacancies"."salary_max"),
	CONSTRAINT "vacancies_telework_check" CHECK ("talent"."vacancies"."telework_percent" BETWEEN 0 AND 100),
	CONSTRAINT "vacancies_status_check" CHECK ("talent"."vacancies"."status" IN ('concept', 'open', 'filled', 'closed')),
	CONSTRAINT "vacancies_contract_check" CHECK ("talent"."vacancies"."contract" IN ('statutair', 'contractueel', 'interim', 'freelance', 'detachering')),
	CONSTRAINT "vacancies_grade_check" CHECK ("talent"."vacancies"."grade" IN ('A', 'B', 'C', 'D', 'E'))
);
--> statement-breakpoint
CREATE TABLE "talent"."vacancy_competences" (
	"vacancy_id" uuid NOT NULL,
	"competence_code" text NOT NULL,
	"level" smallint NOT NULL,
	"required" boolean NOT NULL,
	CONSTRAINT "vacancy_competences_vacancy_id_competence_code_pk" PRIMARY KEY("vacancy_id","competence_code")
);
--> statement-breakpoint
ALTER TABLE "talent"."contact_messages" ADD CONSTRAINT "contact_messages_contact_id_contact_requests_id_fk" FOREIGN KEY ("contact_id") REFERENCES "talent"."contact_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."contact_requests" ADD CONSTRAINT "contact_requests_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "talent"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."contact_requests" ADD CONSTRAINT "contact_requests_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "talent"."vacancies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."ecf_competences" ADD CONSTRAINT "ecf_competences_area_code_ecf_areas_code_fk" FOREIGN KEY ("area_code") REFERENCES "talent"."ecf_areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."profile_competences" ADD CONSTRAINT "profile_competences_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "talent"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."profile_competences" ADD CONSTRAINT "profile_competences_competence_code_ecf_competences_code_fk" FOREIGN KEY ("competence_code") REFERENCES "talent"."ecf_competences"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."profile_hidden_from" ADD CONSTRAINT "profile_hidden_from_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "talent"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."role_profile_competences" ADD CONSTRAINT "role_profile_competences_role_profile_id_role_profiles_id_fk" FOREIGN KEY ("role_profile_id") REFERENCES "talent"."role_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."role_profile_competences" ADD CONSTRAINT "role_profile_competences_competence_code_ecf_competences_code_fk" FOREIGN KEY ("competence_code") REFERENCES "talent"."ecf_competences"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."vacancies" ADD CONSTRAINT "vacancies_role_profile_id_role_profiles_id_fk" FOREIGN KEY ("role_profile_id") REFERENCES "talent"."role_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."vacancy_competences" ADD CONSTRAINT "vacancy_competences_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "talent"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."vacancy_competences" ADD CONSTRAINT "vacancy_competences_competence_code_ecf_competences_code_fk" FOREIGN KEY ("competence_code") REFERENCES "talent"."ecf_competences"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_messages_contact_idx" ON "talent"."contact_messages" USING btree ("contact_id","created_at");--> statement-breakpoint
CREATE INDEX "contact_requests_profile_idx" ON "talent"."contact_requests" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "contact_requests_organisation_idx" ON "talent"."contact_requests" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "profile_competences_code_level_idx" ON "talent"."profile_competences" USING btree ("competence_code","level","profile_id");--> statement-breakpoint
CREATE INDEX "profile_hidden_from_organisation_idx" ON "talent"."profile_hidden_from" USING btree ("organisation_id","profile_id");--> statement-breakpoint
CREATE INDEX "profiles_last_active_idx" ON "talent"."profiles" USING btree ("last_active_at");--> statement-breakpoint
CREATE INDEX "saved_searches_person_idx" ON "talent"."saved_searches" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "vacancies_organisation_idx" ON "talent"."vacancies" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "vacancies_status_published_idx" ON "talent"."vacancies" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "vacancy_competences_code_idx" ON "talent"."vacancy_competences" USING btree ("competence_code","level");