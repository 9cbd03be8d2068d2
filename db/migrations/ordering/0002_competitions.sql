CREATE TABLE "ordering"."competition_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"competition_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"weight" integer NOT NULL,
	CONSTRAINT "competition_criteria_kind_check" CHECK ("ordering"."competition_criteria"."kind" IN ('price', 'lead_time', 'other')),
	CONSTRAINT "competition_criteria_weight_check" CHECK ("ordering"."competition_criteria"."weight" >= 1 AND "ordering"."competition_criteria"."weight" <= 100)
);
--> statement-breakpoint
CREATE TABLE "ordering"."competition_invitations" (
	"competition_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_invitations_competition_id_supplier_id_pk" PRIMARY KEY("competition_id","supplier_id")
);
--> statement-breakpoint
CREATE TABLE "ordering"."competition_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"competition_id" uuid NOT NULL,
	"line_number" integer NOT NULL,
	"description" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit" text NOT NULL,
	"product_id" uuid,
	CONSTRAINT "competition_lines_quantity_check" CHECK ("ordering"."competition_lines"."quantity" > 0 AND "ordering"."competition_lines"."quantity" <= 10000)
);
--> statement-breakpoint
CREATE TABLE "ordering"."competition_response_lines" (
	"response_id" uuid NOT NULL,
	"line_id" uuid NOT NULL,
	"unit_price_cents" integer NOT NULL,
	"lead_time_days" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "competition_response_lines_response_id_line_id_pk" PRIMARY KEY("response_id","line_id"),
	CONSTRAINT "competition_response_lines_price_check" CHECK ("ordering"."competition_response_lines"."unit_price_cents" > 0 AND "ordering"."competition_response_lines"."unit_price_cents" <= 100000000),
	CONSTRAINT "competition_response_lines_lead_time_check" CHECK ("ordering"."competition_response_lines"."lead_time_days" >= 0 AND "ordering"."competition_response_lines"."lead_time_days" <= 365)
);
--> statement-breakpoint
CREATE TABLE "ordering"."competition_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"competition_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ordering"."competition_scores" (
	"criterion_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"scored_by" uuid,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_scores_criterion_id_supplier_id_pk" PRIMARY KEY("criterion_id","supplier_id"),
	CONSTRAINT "competition_scores_score_check" CHECK ("ordering"."competition_scores"."score" >= 0 AND "ordering"."competition_scores"."score" <= 10)
);
--> statement-breakpoint
CREATE TABLE "ordering"."competitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"framework_id" uuid,
	"lot_id" uuid,
	"delivery_wishes" text DEFAULT '' NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"awarded_supplier_id" uuid,
	"award_reason" text,
	"awarded_at" timestamp with time zone,
	"awarded_by" uuid,
	"award_report" jsonb,
	"order_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competitions_reference_unique" UNIQUE("reference"),
	CONSTRAINT "competitions_kind_check" CHECK ("ordering"."competitions"."kind" IN ('quote', 'mini_competition')),
	CONSTRAINT "competitions_status_check" CHECK ("ordering"."competitions"."status" IN ('open', 'awarded', 'ordered', 'cancelled')),
	CONSTRAINT "competitions_lot_check" CHECK ("ordering"."competitions"."kind" = 'quote' OR ("ordering"."competitions"."framework_id" IS NOT NULL AND "ordering"."competitions"."lot_id" IS NOT NULL)),
	CONSTRAINT "competitions_award_check" CHECK ("ordering"."competitions"."status" IN ('open', 'cancelled') OR ("ordering"."competitions"."awarded_supplier_id" IS NOT NULL AND "ordering"."competitions"."award_reason" IS NOT NULL AND "ordering"."competitions"."awarded_at" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "ordering"."competition_criteria" ADD CONSTRAINT "competition_criteria_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "ordering"."competitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordering"."competition_invitations" ADD CONSTRAINT "competition_invitations_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "ordering"."competitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordering"."competition_lines" ADD CONSTRAINT "competition_lines_competition_id_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "ordering"."competitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordering"."competition_response_lines" ADD CONSTRAINT "competition_response_lines_response_id_competition_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "ordering"."competition_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordering"."competition_response_lines" ADD CONSTRAINT "competition_response_lines_line_id_competition_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "ordering"."competition_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordering"."competition_responses" ADD CONSTRAINT "competition_responses_invitation_fk" FOREIGN KEY ("competition_id","supplier_id") REFERENCES "ordering"."competition_invitations"("competition_id","supplier_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordering"."competition_scores" ADD CONSTRAINT "competition_scores_criterion_id_competition_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "ordering"."competition_criteria"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ordering"."competitions" ADD CONSTRAINT "competitions_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "ordering"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "competition_criteria_position_key" ON "ordering"."competition_criteria" USING btree ("competition_id","position");--> statement-breakpoint
CREATE INDEX "competition_invitations_supplier_idx" ON "ordering"."competition_invitations" USING btree ("supplier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_lines_number_key" ON "ordering"."competition_lines" USING btree ("competition_id","line_number");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_responses_supplier_key" ON "ordering"."competition_responses" USING btree ("competition_id","supplier_id");--> statement-breakpoint
CREATE INDEX "competitions_org_created_idx" ON "ordering"."competitions" USING btree ("organisation_id","created_at");