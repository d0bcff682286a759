-- Postcare: one login role per service, created once per PostgreSQL cluster, and the read-only
-- roles: postcare_liaison_public reads the liaison public record through views granted to it
-- alone (the liaison migrations grant them); it owns nothing and may touch no table.
-- Passwords are set separately (ALTER ROLE ... PASSWORD) by whoever provisions the cluster:
-- the start command from its generated secrets, docker-compose from its environment.
DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['postcare_gateway', 'postcare_directory', 'postcare_feedback', 'postcare_survey', 'postcare_membership', 'postcare_liaison', 'postcare_liaison_public']
  LOOP
    BEGIN
      EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT', r);
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- already there (or created concurrently)
    END;
  END LOOP;
END $$;
