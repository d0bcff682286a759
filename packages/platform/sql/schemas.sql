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
-- The liaison public record's read-only role may look names up in the liaison schema; what it may
-- read there is only the views the liaison migrations grant it (never a table).
GRANT USAGE ON SCHEMA liaison TO postcare_liaison_public;

-- Nobody but the owner creates objects in public (the PostgreSQL 15 default, made explicit).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Every service schema has an append-only audit_log (a platform migration, run as the service's
-- role, which therefore owns it). Row triggers refuse UPDATE, DELETE and TRUNCATE, but an owner
-- could switch those triggers off or drop them. These event triggers, owned by the superuser who
-- bootstraps the database, refuse any later change to an audit log's definition by a role that
-- is not a superuser, so the service roles cannot unguard their own audit trail.
CREATE OR REPLACE FUNCTION public.postcare_guard_audit_log_ddl() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  cmd record;
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN RETURN; END IF;
  FOR cmd IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
    IF cmd.classid = 'pg_class'::regclass AND EXISTS (
      SELECT 1 FROM pg_trigger WHERE tgrelid = cmd.objid AND tgname = 'audit_log_no_change'
    ) THEN
      RAISE EXCEPTION 'audit logs are append-only: % may not be altered', cmd.object_identity USING ERRCODE = '42501';
    END IF;
    IF cmd.classid = 'pg_trigger'::regclass AND EXISTS (
      SELECT 1 FROM pg_trigger t JOIN pg_trigger g ON g.tgrelid = t.tgrelid AND g.tgname = 'audit_log_no_change'
      WHERE t.oid = cmd.objid AND t.tgname <> 'audit_log_no_change' AND t.tgname <> 'audit_log_no_truncate'
    ) THEN
      RAISE EXCEPTION 'audit logs are append-only: no trigger may be added to %', cmd.object_identity USING ERRCODE = '42501';
    END IF;
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION public.postcare_guard_audit_log_drop() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  obj record;
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN RETURN; END IF;
  FOR obj IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
    IF (obj.object_type = 'table' AND obj.object_name = 'audit_log')
       OR (obj.object_type = 'trigger' AND obj.object_identity ~ '^audit_log_no_(change|truncate) on ') THEN
      RAISE EXCEPTION 'audit logs are append-only: % may not be dropped', obj.object_identity USING ERRCODE = '42501';
    END IF;
  END LOOP;
END $$;

REVOKE ALL ON FUNCTION public.postcare_guard_audit_log_ddl() FROM PUBLIC;
REVOKE ALL ON FUNCTION public.postcare_guard_audit_log_drop() FROM PUBLIC;
DROP EVENT TRIGGER IF EXISTS postcare_guard_audit_log_ddl;
CREATE EVENT TRIGGER postcare_guard_audit_log_ddl ON ddl_command_end EXECUTE FUNCTION public.postcare_guard_audit_log_ddl();
DROP EVENT TRIGGER IF EXISTS postcare_guard_audit_log_drop;
CREATE EVENT TRIGGER postcare_guard_audit_log_drop ON sql_drop EXECUTE FUNCTION public.postcare_guard_audit_log_drop();
