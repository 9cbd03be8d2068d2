CREATE TABLE "talent"."shared_post_members" (
	"proposal_id" uuid NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"fte_percent" smallint NOT NULL,
	"answer" text DEFAULT 'pending' NOT NULL,
	"preferred_route" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	CONSTRAINT "shared_post_members_proposal_id_vacancy_id_pk" PRIMARY KEY("proposal_id","vacancy_id"),
	CONSTRAINT "shared_post_members_answer_check" CHECK ("talent"."shared_post_members"."answer" IN ('pending', 'interested', 'accepted', 'declined', 'withdrawn')),
	CONSTRAINT "shared_post_members_route_check" CHECK ("talent"."shared_post_members"."preferred_route" IS NULL OR "talent"."shared_post_members"."preferred_route" IN ('secondment', 'joint_recruitment', 'interlocal_association', 'pool')),
	CONSTRAINT "shared_post_members_fte_check" CHECK ("talent"."shared_post_members"."fte_percent" BETWEEN 10 AND 100)
);
--> statement-breakpoint
CREATE TABLE "talent"."shared_post_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"role_profile_id" integer NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"total_fte_percent" smallint NOT NULL,
	"shared_vacancy_id" uuid,
	"lead_organisation_id" uuid,
	"closed_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "shared_post_proposals_status_check" CHECK ("talent"."shared_post_proposals"."status" IN ('proposed', 'agreed', 'closed')),
	CONSTRAINT "shared_post_proposals_fte_check" CHECK ("talent"."shared_post_proposals"."total_fte_percent" BETWEEN 0 AND 100),
	CONSTRAINT "shared_post_proposals_reason_check" CHECK ("talent"."shared_post_proposals"."closed_reason" IS NULL OR "talent"."shared_post_proposals"."closed_reason" IN ('declined', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "talent"."shared_post_members" ADD CONSTRAINT "shared_post_members_proposal_id_shared_post_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "talent"."shared_post_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."shared_post_members" ADD CONSTRAINT "shared_post_members_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "talent"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."shared_post_proposals" ADD CONSTRAINT "shared_post_proposals_role_profile_id_role_profiles_id_fk" FOREIGN KEY ("role_profile_id") REFERENCES "talent"."role_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent"."shared_post_proposals" ADD CONSTRAINT "shared_post_proposals_shared_vacancy_id_vacancies_id_fk" FOREIGN KEY ("shared_vacancy_id") REFERENCES "talent"."vacancies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shared_post_members_vacancy_idx" ON "talent"."shared_post_members" USING btree ("vacancy_id");--> statement-breakpoint
CREATE INDEX "shared_post_members_organisation_idx" ON "talent"."shared_post_members" USING btree ("organisation_id","proposal_id");--> statement-breakpoint
CREATE INDEX "shared_post_proposals_status_idx" ON "talent"."shared_post_proposals" USING btree ("status","created_at");