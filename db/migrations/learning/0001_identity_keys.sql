-- Learning: foreign keys to the identity kernel, CHECKs, and the trigger that freezes the content
-- of a published course version (see app/modules/learning/schema.ts).

ALTER TABLE learning.authors ADD CONSTRAINT authors_person_fk
  FOREIGN KEY (person_id) REFERENCES identity.people (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE learning.enrolments ADD CONSTRAINT enrolments_person_fk
  FOREIGN KEY (person_id) REFERENCES identity.people (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE learning.assignments ADD CONSTRAINT assignments_person_fk
  FOREIGN KEY (person_id) REFERENCES identity.people (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE learning.assignments ADD CONSTRAINT assignments_organisation_fk
  FOREIGN KEY (organisation_id) REFERENCES identity.organisations (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE learning.cohorts ADD CONSTRAINT cohorts_organisation_fk
  FOREIGN KEY (organisation_id) REFERENCES identity.organisations (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE learning.cohort_members ADD CONSTRAINT cohort_members_person_fk
  FOREIGN KEY (person_id) REFERENCES identity.people (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE learning.circle_members ADD CONSTRAINT circle_members_person_fk
  FOREIGN KEY (person_id) REFERENCES identity.people (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE learning.proposal_votes ADD CONSTRAINT proposal_votes_person_fk
  FOREIGN KEY (person_id) REFERENCES identity.people (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE learning.notifications ADD CONSTRAINT notifications_person_fk
  FOREIGN KEY (person_id) REFERENCES identity.people (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE learning.proposals ADD CONSTRAINT proposals_author_fk
  FOREIGN KEY (author_id) REFERENCES identity.people (id) ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE learning.proposal_comments ADD CONSTRAINT proposal_comments_author_fk
  FOREIGN KEY (author_id) REFERENCES identity.people (id) ON DELETE SET NULL;
--> statement-breakpoint

ALTER TABLE learning.lessons ADD CONSTRAINT lessons_pass_mark_check CHECK (pass_mark BETWEEN 1 AND 100);
--> statement-breakpoint
ALTER TABLE learning.lessons ADD CONSTRAINT lessons_max_attempts_check CHECK (max_attempts IS NULL OR max_attempts >= 1);
--> statement-breakpoint
ALTER TABLE learning.quiz_attempts ADD CONSTRAINT quiz_attempts_score_check CHECK (score_percent BETWEEN 0 AND 100 AND number >= 1);
--> statement-breakpoint
ALTER TABLE learning.courses ADD CONSTRAINT courses_duration_check CHECK (duration_minutes > 0 AND (validity_months IS NULL OR validity_months > 0));
--> statement-breakpoint

-- A published (or superseded) version is frozen: its modules, lessons and questions cannot be
-- added, changed or removed. Rows whose version is gone (a course being deleted) may go.
CREATE FUNCTION learning.refuse_frozen_content() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target_version uuid;
  version_status text;
BEGIN
  IF TG_TABLE_NAME = 'quiz_questions' THEN
    SELECT l.version_id INTO target_version FROM learning.lessons l
      WHERE l.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.lesson_id ELSE NEW.lesson_id END);
  ELSE
    target_version := CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
  END IF;
  SELECT status INTO version_status FROM learning.course_versions WHERE id = target_version;
  IF version_status IS NOT NULL AND version_status <> 'draft' THEN
    RAISE EXCEPTION 'learning: version % is published and cannot change', target_version
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
--> statement-breakpoint
CREATE TRIGGER course_modules_frozen BEFORE INSERT OR UPDATE OR DELETE ON learning.course_modules
  FOR EACH ROW EXECUTE FUNCTION learning.refuse_frozen_content();
--> statement-breakpoint
CREATE TRIGGER lessons_frozen BEFORE INSERT OR UPDATE OR DELETE ON learning.lessons
  FOR EACH ROW EXECUTE FUNCTION learning.refuse_frozen_content();
--> statement-breakpoint
CREATE TRIGGER quiz_questions_frozen BEFORE INSERT OR UPDATE OR DELETE ON learning.quiz_questions
  FOR EACH ROW EXECUTE FUNCTION learning.refuse_frozen_content();
