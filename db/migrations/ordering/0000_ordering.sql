CREATE SCHEMA "ordering";
--> statement-breakpoint
CREATE TABLE "ordering"."approval_delegations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"body" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"decision_reference" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "approval_delegations_period_check" CHECK ("ordering"."approval_delegations"."valid_to" >= "ordering"."approval_delegations"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "ordering"."approval_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"min_cents" bigint NOT NULL,
	"max_cents" bigint,
	"body" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approval_rules_band_check" CHECK ("ordering"."approval_rules"."min_cents" >= 0 AND ("ordering"."approval_rules"."max_cents" IS NULL OR "ordering"."approval_rules"."max_cents" > "ordering"."approval_rules"."min_cents"))
);
--> statement-breakpoint
CREATE TABLE "ordering"."budget_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ordering"."cart_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_cents" integer NOT NULL,
	"vat_rate" integer NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cart_lines_quantity_check" CHECK ("ordering"."cart_lines"."quantity" > 0 AND "ordering"."cart_lines"."quantity" <= 10000)
);
--> statement-breakpoint
CREATE TABLE "ordering"."order_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"approver_id" uuid NOT NULL,
	"body" text NOT NULL,
	"delegation_id" uuid,
	"decision" text NOT NULL,
	"order_version" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ordering"."order_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"actor_id" uuid,
	"side" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ordering"."order_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"line_number" integer NOT NULL,
	"offer_id" uuid,
	"product_id" uuid,
	"category_id" integer NOT NULL,
	"framework_lot_id" uuid,
	"description" text NOT NULL,
	"manufacturer" text DEFAULT '' NOT NULL,
	"part_number" text DEFAULT '' NOT NULL,
	"gtin" text,
	"unspsc" text,
	"supplier_sku" text,
	"quantity" integer NOT NULL,
	"accepted_quantity" integer,
	"unit_price_cents" integer NOT NULL,
	"vat_rate" integer NOT NULL,
	CONSTRAINT "order_lines_quantity_check" CHECK ("ordering"."order_lines"."quantity" > 0 AND "ordering"."order_lines"."quantity" <= 10000),
	CONSTRAINT "order_lines_accepted_check" CHECK ("ordering"."order_lines"."accepted_quantity" IS NULL OR ("ordering"."order_lines"."accepted_quantity" >= 0 AND "ordering"."order_lines"."accepted_quantity" <= "ordering"."order_lines"."quantity"))
);
--> statement-breakpoint
CREATE TABLE "ordering"."notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"order_id" uuid,
	"kind" text NOT NULL,
	"href" text NOT NULL,
	"vars" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ordering"."submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"submitted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ordering"."settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"po_number_format" text DEFAULT '{YYYY}{SEQ:6}' NOT NULL,
	"reminder_days" integer DEFAULT 3 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settings_reminder_days_check" CHECK ("ordering"."settings"."reminder_days" BETWEEN 1 AND 60)
);
--> statement-breakpoint
CREATE TABLE "ordering"."thresholds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source_text" text NOT NULL,
	"source_url" text,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "thresholds_amount_check" CHECK ("ordering"."thresholds"."amount_cents" > 0),
	CONSTRAINT "thresholds_period_check" CHECK ("ordering"."thresholds"."valid_to" IS NULL OR "ordering"."thresholds"."valid_to" >= "ordering"."thresholds"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "ordering"."orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"route" text NOT NULL,
	"route_details" jsonb NOT NULL,
	"framework_id" uuid,
	"po_number" text,
	"approving_body" text NOT NULL,
	"budget_code_id" uuid,
	"total_excl_cents" bigint NOT NULL,
	"total_vat_cents" bigint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"delivery_address" text DEFAULT '' NOT NULL,
	"requested_delivery_date" date,
	"note" text DEFAULT '' NOT NULL,
	"supplier_note" text DEFAULT '' NOT NULL,
	"invoice_number" text,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_at" timestamp with time zone,
	"last_reminder_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_reference_unique" UNIQUE("reference"),
	CONSTRAINT "orders_totals_check" CHECK ("ordering"."orders"."total_excl_cents" >= 0 AND "ordering"."orders"."total_vat_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "ordering"."po_sequences" (
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "po_sequences_organisation_id_year_pk" PRIMARY KEY("organisation_id","year")
);
--> statement-breakpoint
ALTER TABLE "ordering"."order_approvals" ADD CONSTRAINT "order_approvals_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "ordering"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordering"."order_events" ADD CONSTRAINT "order_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "ordering"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordering"."order_lines" ADD CONSTRAINT "order_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "ordering"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordering"."notifications" ADD CONSTRAINT "notifications_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "ordering"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordering"."orders" ADD CONSTRAINT "orders_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "ordering"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_delegations_org_person_idx" ON "ordering"."approval_delegations" USING btree ("organisation_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "approval_rules_org_min_key" ON "ordering"."approval_rules" USING btree ("organisation_id","min_cents");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_codes_org_code_key" ON "ordering"."budget_codes" USING btree ("organisation_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "cart_lines_org_offer_key" ON "ordering"."cart_lines" USING btree ("organisation_id","offer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "order_approvals_order_key" ON "ordering"."order_approvals" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "order_events_order_idx" ON "ordering"."order_events" USING btree ("order_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "order_lines_number_key" ON "ordering"."order_lines" USING btree ("order_id","line_number");--> statement-breakpoint
CREATE INDEX "order_lines_category_idx" ON "ordering"."order_lines" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "notifications_person_created_idx" ON "ordering"."notifications" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_org_key" ON "ordering"."submissions" USING btree ("organisation_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "thresholds_kind_from_key" ON "ordering"."thresholds" USING btree ("kind","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_org_po_number_key" ON "ordering"."orders" USING btree ("organisation_id","po_number");--> statement-breakpoint
CREATE INDEX "orders_org_status_idx" ON "ordering"."orders" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "orders_org_supplier_idx" ON "ordering"."orders" USING btree ("organisation_id","supplier_id","submitted_at");--> statement-breakpoint
CREATE INDEX "orders_supplier_status_idx" ON "ordering"."orders" USING btree ("supplier_id","status");--> statement-breakpoint
CREATE INDEX "orders_framework_idx" ON "ordering"."orders" USING btree ("framework_id");