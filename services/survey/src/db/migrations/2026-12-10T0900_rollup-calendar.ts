import { type Kysely, sql } from 'kysely'

/**
 * The calendar the rollups were built with (one row): rating_rollup's days are local days of the
 * operator's time zone. Created empty, since a migration never reads settings: the service records
 * POSTCARE_TIME_ZONE at its first start on an empty database, and the rollup rebuild records it for
 * a database that already has responses (platform rollup-calendar.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table rollup_calendar (
      one boolean primary key default true check (one),
      time_zone text not null,
      financial_year_start_month integer check (financial_year_start_month between 1 and 12),
      recorded_at timestamptz not null default now()
    )`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table rollup_calendar`.execute(db)
}
