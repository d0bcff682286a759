import { type Kysely, sql } from 'kysely'

/**
 * The outbox: a message to a person is written here in the transaction of the change that causes
 * it, already rendered, and a dispatcher sends it afterwards. A dispatcher takes due messages with
 * FOR UPDATE SKIP LOCKED and holds each for a lease (`claimed_until`, `claim_token`), so replicas
 * never take one message at once, and a dispatcher that died mid-send leaves it to be taken again
 * when its lease runs out. `subject_type`/`subject_id` name the record a message concerns, for
 * erasure to find its messages through an index. `created_at` is kept to the millisecond, as
 * the list's cursor carries it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table outbox_messages (
      id uuid primary key default gen_random_uuid(),
      kind text not null,
      channel text not null check (channel in ('email', 'sms', 'letter')),
      language text not null,
      recipient text not null,
      recipient_name text,
      subject_type text not null,
      subject_id text not null,
      subject text not null,
      body_text text not null,
      body_html text,
      status text not null default 'queued' check (status in ('queued', 'sent', 'failed', 'cancelled')),
      due_at timestamptz not null default now(),
      next_attempt_at timestamptz,
      attempts integer not null default 0,
      claimed_until timestamptz,
      claim_token uuid,
      last_error text,
      delivered_to text,
      sent_at timestamptz,
      failed_at timestamptz,
      cancelled_at timestamptz,
      erased_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default date_trunc('milliseconds', now()),
      updated_at timestamptz not null default now(),
      check ((status = 'queued') = (next_attempt_at is not null))
    )`.execute(db)
  await sql`create index outbox_messages_due_idx on outbox_messages (next_attempt_at) where status = 'queued'`.execute(db)
  await sql`create index outbox_messages_subject_idx on outbox_messages (subject_type, subject_id)`.execute(db)
  await sql`create index outbox_messages_created_idx on outbox_messages (created_at desc, id desc)`.execute(db)
  await sql`create index outbox_messages_status_idx on outbox_messages (status, created_at desc, id desc)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table outbox_messages`.execute(db)
}
