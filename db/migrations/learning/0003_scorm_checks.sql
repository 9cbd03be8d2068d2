-- SCORM runtime and certificates: foreign keys to the identity kernel and CHECKs that hold the
-- SCORM 1.2 vocabulary and limits even if a bug let a bad value past the server's checks.
ALTER TABLE learning.scorm_attempts ADD CONSTRAINT scorm_attempts_person_fk
  FOREIGN KEY (person_id) REFERENCES identity.people (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE learning.scorm_packages ADD CONSTRAINT scorm_packages_uploaded_by_fk
  FOREIGN KEY (uploaded_by) REFERENCES identity.people (id) ON DELETE SET NULL;
--> statement-breakpoint
ALTER TABLE learning.certificates ADD CONSTRAINT certificates_person_fk
  FOREIGN KEY (person_id) REFERENCES identity.people (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE learning.scorm_attempts ADD CONSTRAINT scorm_attempts_lesson_status_check
  CHECK (lesson_status IN ('passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'));
--> statement-breakpoint
ALTER TABLE learning.scorm_attempts ADD CONSTRAINT scorm_attempts_exit_check
  CHECK (exit IN ('', 'time-out', 'suspend', 'logout'));
--> statement-breakpoint
ALTER TABLE learning.scorm_attempts ADD CONSTRAINT scorm_attempts_limits_check
  CHECK (char_length(suspend_data) <= 64000 AND char_length(lesson_location) <= 255 AND total_time_cs >= 0
    AND number >= 1 AND (score_raw IS NULL OR score_raw BETWEEN 0 AND 100)
    AND (score_min IS NULL OR score_min BETWEEN 0 AND 100) AND (score_max IS NULL OR score_max BETWEEN 0 AND 100));
--> statement-breakpoint
ALTER TABLE learning.scorm_sessions ADD CONSTRAINT scorm_sessions_time_check CHECK (session_time_cs >= 0);
--> statement-breakpoint
ALTER TABLE learning.certificates ADD CONSTRAINT certificates_code_check
  CHECK (code ~ '^VVG-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$');
--> statement-breakpoint
ALTER TABLE learning.certificates ADD CONSTRAINT certificates_validity_check
  CHECK (valid_until IS NULL OR valid_until > completed_at);
