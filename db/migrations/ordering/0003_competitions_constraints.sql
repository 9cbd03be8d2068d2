-- Foreign keys from the quote requests and mini-competitions to identity and procurement
-- (competition.schema.ts may not import their tables), and a trigger that refuses any answer
-- written after the deadline or once the competition is no longer open, whatever the code does.
ALTER TABLE "ordering"."competitions" ADD CONSTRAINT "competitions_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."competitions" ADD CONSTRAINT "competitions_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "procurement"."frameworks"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."competitions" ADD CONSTRAINT "competitions_lot_id_fk" FOREIGN KEY ("lot_id") REFERENCES "procurement"."framework_lots"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."competitions" ADD CONSTRAINT "competitions_awarded_supplier_id_fk" FOREIGN KEY ("awarded_supplier_id") REFERENCES "identity"."organisations"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."competitions" ADD CONSTRAINT "competitions_awarded_by_fk" FOREIGN KEY ("awarded_by") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "ordering"."competitions" ADD CONSTRAINT "competitions_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "ordering"."competition_lines" ADD CONSTRAINT "competition_lines_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "procurement"."products"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "ordering"."competition_invitations" ADD CONSTRAINT "competition_invitations_supplier_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "identity"."organisations"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."competition_responses" ADD CONSTRAINT "competition_responses_submitted_by_fk" FOREIGN KEY ("submitted_by") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "ordering"."competition_scores" ADD CONSTRAINT "competition_scores_scored_by_fk" FOREIGN KEY ("scored_by") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
CREATE INDEX "competitions_org_status_idx" ON "ordering"."competitions" ("organisation_id", "status");
--> statement-breakpoint
CREATE FUNCTION "ordering"."competition_answer_open"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
  open_until timestamptz;
  current_status text;
BEGIN
  IF TG_TABLE_NAME = 'competition_responses' THEN
    target := NEW.competition_id;
  ELSE
    SELECT r.competition_id INTO target FROM "ordering"."competition_responses" r WHERE r.id = NEW.response_id;
  END IF;
  SELECT c.deadline, c.status INTO open_until, current_status FROM "ordering"."competitions" c WHERE c.id = target;
  IF current_status IS DISTINCT FROM 'open' OR statement_timestamp() >= open_until THEN
    RAISE EXCEPTION 'competition % is closed for answers', target USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "competition_responses_open" BEFORE INSERT OR UPDATE ON "ordering"."competition_responses"
  FOR EACH ROW EXECUTE FUNCTION "ordering"."competition_answer_open"();
--> statement-breakpoint
CREATE TRIGGER "competition_response_lines_open" BEFORE INSERT OR UPDATE ON "ordering"."competition_response_lines"
  FOR EACH ROW EXECUTE FUNCTION "ordering"."competition_answer_open"();
