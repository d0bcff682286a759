/** Tables the baselines write to, in a schema of their own so no service's data is touched. */
import type pg from 'pg'

export async function createBaselineTables(admin: pg.Pool): Promise<void> {
  await admin.query(`
    create schema if not exists bench;
    create table if not exists bench.inserts (
      id bigserial primary key,
      office_code text not null,
      channel text not null,
      kind text not null,
      subject text not null,
      body jsonb not null,
      created_at timestamptz not null default now()
    );
    create table if not exists bench.members (
      number text primary key,
      name text not null,
      email text not null,
      programme text not null,
      joined_on date not null
    );`)
}
