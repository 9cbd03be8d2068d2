CREATE SCHEMA "procurement";
--> statement-breakpoint
CREATE TABLE "procurement"."catalogue_changes" (
	"ord" integer PRIMARY KEY NOT NULL,
	"xid" "xid8" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement"."imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"supplier_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"valid_count" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"created_count" integer DEFAULT 0 NOT NULL,
	"updated_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"job_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "procurement"."category_attributes" (
	"category_id" integer NOT NULL,
	"key" text NOT NULL,
	"label_nl" text NOT NULL,
	"label_en" text NOT NULL,
	"type" text NOT NULL,
	"unit" text,
	"facet" boolean DEFAULT false NOT NULL,
	"options" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "category_attributes_category_id_key_pk" PRIMARY KEY("category_id","key")
);
--> statement-breakpoint
CREATE TABLE "procurement"."framework_accessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"decision_body" text NOT NULL,
	"decision_date" date NOT NULL,
	"decision_reference" text NOT NULL,
	"document_url" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement"."framework_lot_suppliers" (
	"lot_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	CONSTRAINT "framework_lot_suppliers_lot_id_supplier_id_pk" PRIMARY KEY("lot_id","supplier_id")
);
--> statement-breakpoint
CREATE TABLE "procurement"."framework_lots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"framework_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "framework_lots_number_check" CHECK ("procurement"."framework_lots"."number" > 0)
);
--> statement-breakpoint
CREATE TABLE "procurement"."frameworks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"central_purchasing_body" text NOT NULL,
	"central_purchasing_body_id" uuid,
	"legal_basis" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"max_value_cents" bigint NOT NULL,
	"used_value_cents" bigint DEFAULT 0 NOT NULL,
	"order_method" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "frameworks_reference_unique" UNIQUE("reference"),
	CONSTRAINT "frameworks_order_method_check" CHECK ("procurement"."frameworks"."order_method" IN ('direct', 'reopening')),
	CONSTRAINT "frameworks_period_check" CHECK ("procurement"."frameworks"."ends_on" > "procurement"."frameworks"."starts_on" AND "procurement"."frameworks"."ends_on" <= "procurement"."frameworks"."starts_on" + interval '4 years'),
	CONSTRAINT "frameworks_value_check" CHECK ("procurement"."frameworks"."max_value_cents" > 0 AND "procurement"."frameworks"."used_value_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "procurement"."offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"supplier_sku" text,
	"price_cents" integer NOT NULL,
	"vat_rate" integer DEFAULT 21 NOT NULL,
	"stock" integer DEFAULT 0 NOT NULL,
	"lead_time_days" integer NOT NULL,
	"min_quantity" integer DEFAULT 1 NOT NULL,
	"valid_from" date DEFAULT CURRENT_DATE NOT NULL,
	"valid_to" date,
	"framework_lot_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_price_check" CHECK ("procurement"."offers"."price_cents" > 0),
	CONSTRAINT "offers_vat_rate_check" CHECK ("procurement"."offers"."vat_rate" IN (0, 6, 12, 21)),
	CONSTRAINT "offers_stock_check" CHECK ("procurement"."offers"."stock" >= 0),
	CONSTRAINT "offers_lead_time_check" CHECK ("procurement"."offers"."lead_time_days" >= 0 AND "procurement"."offers"."lead_time_days" <= 365),
	CONSTRAINT "offers_min_quantity_check" CHECK ("procurement"."offers"."min_quantity" >= 1),
	CONSTRAINT "offers_validity_check" CHECK ("procurement"."offers"."valid_to" IS NULL OR "procurement"."offers"."valid_to" >= "procurement"."offers"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "procurement"."categories" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement"."categories_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"unspsc" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "categories_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "procurement"."product_offer_summaries" (
	"product_id" uuid PRIMARY KEY NOT NULL,
	"best_price_cents" integer,
	"best_lead_time_days" integer,
	"in_stock" boolean DEFAULT false NOT NULL,
	"offer_count" integer DEFAULT 0 NOT NULL,
	"refresh_on" date
);
--> statement-breakpoint
CREATE TABLE "procurement"."product_search" (
	"ord" integer PRIMARY KEY NOT NULL,
	"vector" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement"."search_synonyms" (
	"term" text NOT NULL,
	"synonym" text NOT NULL,
	CONSTRAINT "search_synonyms_term_synonym_pk" PRIMARY KEY("term","synonym")
);
--> statement-breakpoint
CREATE TABLE "procurement"."search_terms" (
	"term" text PRIMARY KEY NOT NULL,
	"frequency" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement"."products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ord" integer GENERATED ALWAYS AS IDENTITY (sequence name "procurement"."products_ord_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"manufacturer" text NOT NULL,
	"part_number" text NOT NULL,
	"gtin" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category_id" integer NOT NULL,
	"unspsc" text,
	"specs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"images" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_vector" "tsvector" DEFAULT ''::tsvector NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_ord_unique" UNIQUE("ord"),
	CONSTRAINT "products_gtin_check" CHECK ("procurement"."products"."gtin" ~ '^([0-9]{8}|[0-9]{12,14})$'),
	CONSTRAINT "products_unspsc_check" CHECK ("procurement"."products"."unspsc" ~ '^[0-9]{8}$')
);
--> statement-breakpoint
ALTER TABLE "procurement"."category_attributes" ADD CONSTRAINT "category_attributes_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "procurement"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement"."framework_accessions" ADD CONSTRAINT "framework_accessions_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "procurement"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement"."framework_lot_suppliers" ADD CONSTRAINT "framework_lot_suppliers_lot_id_framework_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "procurement"."framework_lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement"."framework_lots" ADD CONSTRAINT "framework_lots_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "procurement"."frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement"."offers" ADD CONSTRAINT "offers_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "procurement"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement"."offers" ADD CONSTRAINT "offers_framework_lot_id_framework_lots_id_fk" FOREIGN KEY ("framework_lot_id") REFERENCES "procurement"."framework_lots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement"."product_offer_summaries" ADD CONSTRAINT "product_offer_summaries_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "procurement"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement"."product_search" ADD CONSTRAINT "product_search_ord_products_ord_fk" FOREIGN KEY ("ord") REFERENCES "procurement"."products"("ord") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement"."products" ADD CONSTRAINT "products_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "procurement"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_changes_xid_idx" ON "procurement"."catalogue_changes" USING btree ("xid");--> statement-breakpoint
CREATE INDEX "imports_supplier_created_idx" ON "procurement"."imports" USING btree ("supplier_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "framework_accessions_org_framework_key" ON "procurement"."framework_accessions" USING btree ("organisation_id","framework_id");--> statement-breakpoint
CREATE INDEX "framework_accessions_framework_idx" ON "procurement"."framework_accessions" USING btree ("framework_id");--> statement-breakpoint
CREATE INDEX "framework_lot_suppliers_supplier_idx" ON "procurement"."framework_lot_suppliers" USING btree ("supplier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "framework_lots_number_key" ON "procurement"."framework_lots" USING btree ("framework_id","number");--> statement-breakpoint
CREATE INDEX "frameworks_ends_on_idx" ON "procurement"."frameworks" USING btree ("ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_product_supplier_key" ON "procurement"."offers" USING btree ("product_id","supplier_id");--> statement-breakpoint
CREATE INDEX "offers_supplier_idx" ON "procurement"."offers" USING btree ("supplier_id");--> statement-breakpoint
CREATE INDEX "offers_framework_lot_idx" ON "procurement"."offers" USING btree ("framework_lot_id");--> statement-breakpoint
CREATE INDEX "product_search_vector_idx" ON "procurement"."product_search" USING gin ("vector");--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "procurement"."search_terms" USING gist ("term" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_terms_pattern_idx" ON "procurement"."search_terms" USING btree ("term" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "products_manufacturer_part_key" ON "procurement"."products" USING btree ("manufacturer","part_number");--> statement-breakpoint
CREATE INDEX "products_search_vector_idx" ON "procurement"."products" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "products_search_text_trgm_idx" ON "procurement"."products" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_category_idx" ON "procurement"."products" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "products_gtin_idx" ON "procurement"."products" USING btree ("gtin");