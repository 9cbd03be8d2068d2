-- When the identity module erases a person (the row stays, pseudonymised, with erased_at set), their
-- NoITS profile (with its competences, hiding list, contacts and messages) and saved searches go
-- too: an erased account must not leave an anonymous profile behind that organisations can still find.
CREATE FUNCTION talent.erase_person_data() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM talent.profiles WHERE person_id = NEW.id;
  DELETE FROM talent.saved_searches WHERE person_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER people_erased_talent AFTER UPDATE OF erased_at ON identity.people
  FOR EACH ROW WHEN (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL)
  EXECUTE FUNCTION talent.erase_person_data();
