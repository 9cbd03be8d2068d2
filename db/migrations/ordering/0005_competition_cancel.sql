ALTER TABLE "ordering"."competitions" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "ordering"."competitions" ADD COLUMN "cancelled_at" timestamp with time zone;