import { type Kysely, sql } from 'kysely'

// created_at is kept to the millisecond so that the list's keyset cursor, which carries it as an
// ISO string, compares exactly.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table api_keys (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      key_hash text not null unique,
      prefix text not null,
      scopes text[] not null,
      office_code text check (office_code ~ '^[A-Z]{3}[0-9]{3}$'),
      created_at timestamptz not null default date_trunc('milliseconds', now()),
      revoked_at timestamptz
    )`.execute(db)
  await sql`create index api_keys_created_at_idx on api_keys (created_at, id)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table api_keys`.execute(db)
}
