-- Foreign keys from ordering to identity and procurement (ordering/schema.ts may not import their
-- tables), and the status/route/body checks drizzle does not derive from the enums.
ALTER TABLE "ordering"."cart_lines" ADD CONSTRAINT "cart_lines_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "ordering"."cart_lines" ADD CONSTRAINT "cart_lines_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "procurement"."offers"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "ordering"."cart_lines" ADD CONSTRAINT "cart_lines_added_by_fk" FOREIGN KEY ("added_by") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "ordering"."submissions" ADD CONSTRAINT "submissions_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."submissions" ADD CONSTRAINT "submissions_submitted_by_fk" FOREIGN KEY ("submitted_by") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "ordering"."orders" ADD CONSTRAINT "orders_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."orders" ADD CONSTRAINT "orders_supplier_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "identity"."organisations"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."orders" ADD CONSTRAINT "orders_framework_id_fk" FOREIGN KEY ("framework_id") REFERENCES "procurement"."frameworks"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."orders" ADD CONSTRAINT "orders_budget_code_id_fk" FOREIGN KEY ("budget_code_id") REFERENCES "ordering"."budget_codes"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."orders" ADD CONSTRAINT "orders_submitted_by_fk" FOREIGN KEY ("submitted_by") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "ordering"."order_lines" ADD CONSTRAINT "order_lines_offer_id_fk" FOREIGN KEY ("offer_id") REFERENCES "procurement"."offers"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "ordering"."order_lines" ADD CONSTRAINT "order_lines_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "procurement"."products"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "ordering"."order_lines" ADD CONSTRAINT "order_lines_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "procurement"."categories"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."order_lines" ADD CONSTRAINT "order_lines_framework_lot_id_fk" FOREIGN KEY ("framework_lot_id") REFERENCES "procurement"."framework_lots"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "ordering"."order_events" ADD CONSTRAINT "order_events_actor_id_fk" FOREIGN KEY ("actor_id") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "ordering"."order_approvals" ADD CONSTRAINT "order_approvals_approver_id_fk" FOREIGN KEY ("approver_id") REFERENCES "identity"."people"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."order_approvals" ADD CONSTRAINT "order_approvals_delegation_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "ordering"."approval_delegations"("id");
--> statement-breakpoint
ALTER TABLE "ordering"."approval_rules" ADD CONSTRAINT "approval_rules_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "ordering"."budget_codes" ADD CONSTRAINT "budget_codes_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "ordering"."approval_delegations" ADD CONSTRAINT "approval_delegations_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "ordering"."approval_delegations" ADD CONSTRAINT "approval_delegations_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."people"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "ordering"."settings" ADD CONSTRAINT "settings_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "ordering"."po_sequences" ADD CONSTRAINT "po_sequences_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "ordering"."notifications" ADD CONSTRAINT "notifications_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."people"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "ordering"."notifications" ADD CONSTRAINT "notifications_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "ordering"."thresholds" ADD CONSTRAINT "thresholds_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "identity"."people"("id") ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE "ordering"."orders" ADD CONSTRAINT "orders_status_check" CHECK ("status" IN ('submitted', 'approved', 'declined', 'sent', 'accepted', 'partially_accepted', 'rejected', 'shipped', 'delivered', 'invoiced', 'cancelled'));
--> statement-breakpoint
ALTER TABLE "ordering"."orders" ADD CONSTRAINT "orders_route_check" CHECK ("route" IN ('framework_direct', 'framework_competition', 'low_value'));
--> statement-breakpoint
ALTER TABLE "ordering"."orders" ADD CONSTRAINT "orders_body_check" CHECK ("approving_body" IN ('budgethouder', 'algemeen_directeur', 'college', 'gemeenteraad'));
--> statement-breakpoint
ALTER TABLE "ordering"."order_approvals" ADD CONSTRAINT "order_approvals_body_check" CHECK ("body" IN ('budgethouder', 'algemeen_directeur', 'college', 'gemeenteraad'));
--> statement-breakpoint
ALTER TABLE "ordering"."approval_rules" ADD CONSTRAINT "approval_rules_body_check" CHECK ("body" IN ('budgethouder', 'algemeen_directeur', 'college', 'gemeenteraad'));
--> statement-breakpoint
ALTER TABLE "ordering"."approval_delegations" ADD CONSTRAINT "approval_delegations_body_check" CHECK ("body" IN ('budgethouder', 'algemeen_directeur', 'college', 'gemeenteraad'));
--> statement-breakpoint
ALTER TABLE "ordering"."thresholds" ADD CONSTRAINT "thresholds_kind_check" CHECK ("kind" IN ('low_value', 'negotiated_no_publication', 'eu_supplies_sub_central'));
--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "ordering"."notifications" ("person_id") WHERE "read_at" IS NULL;
--> statement-breakpoint
CREATE INDEX "orders_pending_idx" ON "ordering"."orders" ("organisation_id", "submitted_at") WHERE "status" = 'submitted';
