-- Postcare: one schema per service in the database, owned by that service's role and closed to
-- every other role. A service can touch only its own schema; data crosses services over HTTP.
DO $$
DECLARE
  s text;
BEGIN
  FOREACH s IN ARRAY ARRAY['gateway', 'directory', 'feedback', 'survey', 'membership', 'liaison']
  LOOP
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', s, 'postcare_' || s);
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', s);
  END LOOP;
END $$;
-- Nobody but the owner creates objects in public (the PostgreSQL 15 default, made explicit).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
