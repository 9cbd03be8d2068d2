-- Ranking profiles for a vacancy reads one row per profile: each profile carries the level of every
-- e-CF competence (0 = not held) in the order of talent.ecf_competences.position, kept up to date
-- from talent.profile_competences by statement-level triggers. Not part of schema.ts on purpose:
-- only the ranking statement (matching.server.ts) reads it.
ALTER TABLE "talent"."profiles" ADD COLUMN "competence_levels" smallint[] NOT NULL DEFAULT '{}';
--> statement-breakpoint
CREATE FUNCTION talent.profile_levels(pid uuid) RETURNS smallint[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(coalesce(pc.level, 0)::smallint ORDER BY c.position), '{}'::smallint[])
    FROM talent.ecf_competences c
    LEFT JOIN talent.profile_competences pc ON pc.competence_code = c.code AND pc.profile_id = pid
$$;
--> statement-breakpoint
CREATE FUNCTION talent.refresh_profile_levels() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
    UPDATE talent.profiles p SET competence_levels = talent.profile_levels(p.id)
     WHERE p.id IN (SELECT DISTINCT profile_id FROM new_rows);
  END IF;
  IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
    UPDATE talent.profiles p SET competence_levels = talent.profile_levels(p.id)
     WHERE p.id IN (SELECT DISTINCT profile_id FROM old_rows);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER profile_competences_levels_insert AFTER INSERT ON talent.profile_competences
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION talent.refresh_profile_levels();
--> statement-breakpoint
CREATE TRIGGER profile_competences_levels_update AFTER UPDATE ON talent.profile_competences
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION talent.refresh_profile_levels();
--> statement-breakpoint
CREATE TRIGGER profile_competences_levels_delete AFTER DELETE ON talent.profile_competences
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION talent.refresh_profile_levels();
--> statement-breakpoint
UPDATE talent.profiles SET competence_levels = talent.profile_levels(id);
