import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table idempotency_keys (
      caller text not null,
      key text not null,
      request_hash text not null,
      response_status integer not null,
      response_body jsonb,
      response_headers jsonb not null default '{}'::jsonb,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      primary key (caller, key)
    )`.execute(db)
  await sql`create index idempotency_keys_expires_at_idx on idempotency_keys (expires_at)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table idempotency_keys`.execute(db)
}
