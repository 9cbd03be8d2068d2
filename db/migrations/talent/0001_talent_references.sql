-- Foreign keys from NoITS to the identity module's people and organisations (talent/schema.ts may
-- not import identity's tables). Erasing an organisation or a person removes what is theirs.
ALTER TABLE "talent"."vacancies" ADD CONSTRAINT "vacancies_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "talent"."vacancies" ADD CONSTRAINT "vacancies_place_fk" FOREIGN KEY ("place_municipality_id") REFERENCES "identity"."organisations"("id");
--> statement-breakpoint
ALTER TABLE "talent"."vacancies" ADD CONSTRAINT "vacancies_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "talent"."profiles" ADD CONSTRAINT "profiles_person_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."people"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "talent"."profiles" ADD CONSTRAINT "profiles_home_fk" FOREIGN KEY ("home_municipality_id") REFERENCES "identity"."organisations"("id");
--> statement-breakpoint
ALTER TABLE "talent"."profile_hidden_from" ADD CONSTRAINT "profile_hidden_from_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "talent"."contact_requests" ADD CONSTRAINT "contact_requests_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "talent"."contact_requests" ADD CONSTRAINT "contact_requests_requested_by_fk" FOREIGN KEY ("requested_by") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "talent"."contact_messages" ADD CONSTRAINT "contact_messages_sender_fk" FOREIGN KEY ("sender_id") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "talent"."saved_searches" ADD CONSTRAINT "saved_searches_person_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."people"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "talent"."saved_searches" ADD CONSTRAINT "saved_searches_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE CASCADE;
--> statement-breakpoint
-- One contact request per organisation and profile may be pending at a time.
CREATE UNIQUE INDEX "contact_requests_one_pending_key" ON "talent"."contact_requests" ("organisation_id", "profile_id") WHERE "status" = 'pending';
--> statement-breakpoint
CREATE INDEX "vacancies_open_idx" ON "talent"."vacancies" ("published_at" DESC) WHERE "status" = 'open';
