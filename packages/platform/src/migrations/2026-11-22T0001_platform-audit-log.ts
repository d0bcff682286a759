import { type Kysely, sql } from 'kysely'

// Append-only by construction: a trigger refuses UPDATE and DELETE, whoever asks.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      caller text not null,
      action text not null,
      subject_type text not null,
      subject_id text not null,
      request_id text,
      details jsonb not null default '{}'::jsonb
    )`.execute(db)
  await sql`create index audit_log_subject_idx on audit_log (subject_type, subject_id, at)`.execute(db)
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only' using errcode = '42501';
    end $$`.execute(db)
  await sql`
    create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db)
  await sql`
    create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table audit_log`.execute(db)
  await sql`drop function audit_log_append_only()`.execute(db)
}
