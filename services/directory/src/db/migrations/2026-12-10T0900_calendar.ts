import { type Kysely, sql } from 'kysely'

/**
 * The operator's calendar: public holidays and service suspensions, which every pledge clock
 * counts working days with. A holiday is retired rather than deleted, and a suspension cancelled,
 * so a deadline computed with one can still be explained. One active holiday per date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table public_holidays (
      id uuid primary key default gen_random_uuid(),
      date date not null,
      name text not null,
      status text not null default 'active' check (status in ('active', 'retired')),
      retired_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((status = 'retired') = (retired_at is not null))
    )`.execute(db)
  await sql`create unique index public_holidays_active_date_key on public_holidays (date) where status = 'active'`.execute(db)
  await sql`create index public_holidays_date_idx on public_holidays (date, id)`.execute(db)

  await sql`
    create table service_suspensions (
      id uuid primary key default gen_random_uuid(),
      from_day date not null,
      to_day date not null,
      kind text not null check (kind in ('typhoon_signal_8', 'black_rainstorm', 'office_closure', 'other')),
      reason text not null,
      district_codes text[] not null default '{}',
      office_codes text[] not null default '{}',
      status text not null default 'active' check (status in ('active', 'cancelled')),
      cancelled_at timestamptz,
      cancel_reason text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (to_day >= from_day and to_day - from_day < 31),
      check ((status = 'cancelled') = (cancelled_at is not null))
    )`.execute(db)
  await sql`create index service_suspensions_from_idx on service_suspensions (from_day, id)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table service_suspensions`.execute(db)
  await sql`drop table public_holidays`.execute(db)
}
