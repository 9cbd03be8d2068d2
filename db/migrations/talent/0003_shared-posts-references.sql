-- Foreign keys from NoITS shared posts to identity (shared-post.schema.ts may not import identity's
-- tables). An organisation that is removed takes its answers with it; a removed person leaves the
-- answer without its author.
ALTER TABLE "talent"."shared_post_members" ADD CONSTRAINT "shared_post_members_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "talent"."shared_post_members" ADD CONSTRAINT "shared_post_members_answered_by_fk" FOREIGN KEY ("answered_by") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "talent"."shared_post_proposals" ADD CONSTRAINT "shared_post_proposals_lead_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE SET NULL;
--> statement-breakpoint
-- An organisation answers once per proposal: one vacancy per organisation in a proposal.
CREATE UNIQUE INDEX "shared_post_members_one_per_organisation_key" ON "talent"."shared_post_members" ("proposal_id", "organisation_id");
