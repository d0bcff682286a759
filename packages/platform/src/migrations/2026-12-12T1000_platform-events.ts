import { type Kysely, sql } from 'kysely'

/**
 * Events for internal systems, and the webhooks that deliver them.
 *
 * `outbox_events`: an event is written in the transaction of the change it reports. `xact_id` is
 * that transaction's id (`pg_current_xact_id()`); the feed is ordered by (`xact_id`, `sequence`) and
 * serves only events whose transaction id is below the oldest transaction still running, so no
 * event can later appear behind a position already served however late its transaction commits
 * (a plain `sequence > after` skips one that committed after a later number was read). `data`
 * holds ids, references, codes and times only, checked against the type's schema when recorded.
 *
 * `webhook_subscriptions`: a consumer's URL, its event types and its signing secret (sealed with
 * WEBHOOK_SECRET_KEY), the feed position delivered up to (`cursor_xact_id`, `cursor_sequence`), its
 * run of failures and back-off, and a lease (`claimed_until`, `claim_token`) so that one
 * dispatcher among the replicas delivers to it at a time, in order.
 *
 * `webhook_deliveries`: the delivery log, one row per attempt (a redelivery asked for is a row
 * `pending` until attempted); `seq` orders it. Deleted with its subscription.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table outbox_events (
      id uuid primary key default gen_random_uuid(),
      sequence bigint generated always as identity,
      xact_id xid8 not null default pg_current_xact_id(),
      type text not null,
      subject_type text not null,
      subject_id text not null,
      data jsonb not null check (jsonb_typeof(data) = 'object'),
      occurred_at timestamptz not null default date_trunc('milliseconds', now()),
      recorded_at timestamptz not null default now()
    )`.execute(db)
  await sql`create unique index outbox_events_feed_idx on outbox_events (xact_id, sequence)`.execute(db)
  await sql`create index outbox_events_type_idx on outbox_events (type, xact_id, sequence)`.execute(db)

  await sql`
    create table webhook_subscriptions (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      url text not null,
      event_types text[] not null,
      secret_sealed text not null,
      status text not null default 'active' check (status in ('active', 'disabled')),
      disabled_reason text,
      disabled_at timestamptz,
      cursor_xact_id xid8 not null,
      cursor_sequence bigint not null,
      consecutive_failures integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      claimed_until timestamptz,
      claim_token uuid,
      last_delivered_at timestamptz,
      created_by text not null,
      version integer not null default 1,
      created_at timestamptz not null default date_trunc('milliseconds', now()),
      updated_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index webhook_subscriptions_due_idx on webhook_subscriptions (next_attempt_at) where status = 'active'`.execute(db)
  await sql`create index webhook_subscriptions_created_idx on webhook_subscriptions (created_at desc, id desc)`.execute(db)

  await sql`
    create table webhook_deliveries (
      id uuid primary key default gen_random_uuid(),
      seq bigint generated always as identity,
      subscription_id uuid not null references webhook_subscriptions (id) on delete cascade,
      event_id uuid not null,
      event_type text not null,
      status text not null check (status in ('pending', 'delivered', 'failed')),
      attempt integer not null,
      redelivery boolean not null default false,
      response_status integer,
      error text,
      duration_ms integer,
      requested_by text,
      created_at timestamptz not null default now(),
      attempted_at timestamptz
    )`.execute(db)
  await sql`create index webhook_deliveries_subscription_idx on webhook_deliveries (subscription_id, seq desc)`.execute(db)
  await sql`create index webhook_deliveries_event_idx on webhook_deliveries (subscription_id, event_id)`.execute(db)
  await sql`create index webhook_deliveries_pending_idx on webhook_deliveries (subscription_id, seq) where status = 'pending'`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table webhook_deliveries`.execute(db)
  await sql`drop table webhook_subscriptions`.execute(db)
  await sql`drop table outbox_events`.execute(db)
}
