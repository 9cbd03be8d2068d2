CREATE TABLE "procurement"."import_details" (
	"import_id" uuid PRIMARY KEY NOT NULL,
	"storage_path" text,
	"file_size" bigint DEFAULT 0 NOT NULL,
	"headers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"processed_bytes" bigint DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"new_products" integer DEFAULT 0 NOT NULL,
	"changed_products" integer DEFAULT 0 NOT NULL,
	"new_offers" integer DEFAULT 0 NOT NULL,
	"changed_offers" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement"."supplier_api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"supplier_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "supplier_api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "procurement"."import_details" ADD CONSTRAINT "import_details_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "procurement"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supplier_api_tokens_supplier_idx" ON "procurement"."supplier_api_tokens" USING btree ("supplier_id");