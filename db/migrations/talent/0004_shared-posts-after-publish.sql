-- After a vacancy that is open to sharing is published, look for shared posts: queue one run of
-- the "talent.detect-shared-posts" job (shared-posts.server.ts) in the same transaction as the
-- publication. At most one run waits in the queue at a time.
CREATE FUNCTION "talent"."queue_shared_post_detection"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "platform"."jobs" WHERE "kind" = 'talent.detect-shared-posts' AND "status" = 'queued') THEN
    INSERT INTO "platform"."jobs" ("kind", "payload") VALUES ('talent.detect-shared-posts', '{}'::jsonb);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "vacancies_shared_post_detection" AFTER UPDATE OF "status" ON "talent"."vacancies"
  FOR EACH ROW WHEN (NEW."status" = 'open' AND OLD."status" IS DISTINCT FROM 'open' AND NEW."open_to_sharing")
  EXECUTE FUNCTION "talent"."queue_shared_post_detection"();
