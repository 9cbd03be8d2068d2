CREATE SCHEMA "identity";
--> statement-breakpoint
CREATE TABLE "identity"."external_identities" (
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "external_identities_issuer_subject_pk" PRIMARY KEY("issuer","subject")
);
--> statement-breakpoint
CREATE TABLE "identity"."memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"message" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid
);
--> statement-breakpoint
CREATE TABLE "identity"."neighbours" (
	"organisation_id" uuid NOT NULL,
	"neighbour_id" uuid NOT NULL,
	CONSTRAINT "neighbours_organisation_id_neighbour_id_pk" PRIMARY KEY("organisation_id","neighbour_id")
);
--> statement-breakpoint
CREATE TABLE "identity"."nis_aliases" (
	"old_nis_code" text PRIMARY KEY NOT NULL,
	"old_name" text NOT NULL,
	"organisation_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"nis_code" text,
	"province" text,
	"arrondissement" text,
	"population" integer,
	"lat" double precision,
	"lon" double precision,
	"enterprise_number" text,
	"vat_number" text,
	"street" text,
	"postal_code" text,
	"city" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"peppol_id" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_nis_code_unique" UNIQUE("nis_code"),
	CONSTRAINT "organisations_enterprise_number_unique" UNIQUE("enterprise_number")
);
--> statement-breakpoint
CREATE TABLE "identity"."people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text,
	"name" text NOT NULL,
	"password_hash" text,
	"email_verified_at" timestamp with time zone,
	"locale" text DEFAULT 'nl' NOT NULL,
	"is_portal_admin" boolean DEFAULT false NOT NULL,
	"privacy_accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erased_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "identity"."sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"person_id" uuid NOT NULL,
	"remember" boolean DEFAULT false NOT NULL,
	"active_organisation_id" uuid,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "identity"."tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" text NOT NULL,
	"person_id" uuid,
	"email" text,
	"organisation_id" uuid,
	"roles" text[],
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "platform"."audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"organisation_id" text,
	"ip" text,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "platform"."rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_start" timestamp with time zone DEFAULT now() NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "identity"."external_identities" ADD CONSTRAINT "external_identities_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."memberships" ADD CONSTRAINT "memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."neighbours" ADD CONSTRAINT "neighbours_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."neighbours" ADD CONSTRAINT "neighbours_neighbour_id_organisations_id_fk" FOREIGN KEY ("neighbour_id") REFERENCES "identity"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."nis_aliases" ADD CONSTRAINT "nis_aliases_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "identity"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."sessions" ADD CONSTRAINT "sessions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."tokens" ADD CONSTRAINT "tokens_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "identity"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "external_identities_person_idx" ON "identity"."external_identities" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_person_org_key" ON "identity"."memberships" USING btree ("person_id","organisation_id");--> statement-breakpoint
CREATE INDEX "memberships_org_status_idx" ON "identity"."memberships" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "organisations_type_idx" ON "identity"."organisations" USING btree ("type");--> statement-breakpoint
CREATE INDEX "organisations_name_trgm_idx" ON "identity"."organisations" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "people_email_key" ON "identity"."people" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "sessions_person_idx" ON "identity"."sessions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "tokens_person_idx" ON "identity"."tokens" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "platform"."audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "platform"."audit_log" USING btree ("action");--> statement-breakpoint
CREATE INDEX "audit_log_org_idx" ON "platform"."audit_log" USING btree ("organisation_id");