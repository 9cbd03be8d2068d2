ALTER TABLE "ordering"."competitions" ADD COLUMN "category_id" integer;--> statement-breakpoint
ALTER TABLE "ordering"."competitions" ADD CONSTRAINT "competitions_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "procurement"."categories"("id");
