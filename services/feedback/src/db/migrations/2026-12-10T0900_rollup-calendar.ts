import { type Kysely, sql } from 'kysely'

/**
 * The calendar the rollups were built with (one row): the days, months and financial years of
 * feedback_stats and feedback_root_cause_stats are those of the operator's time zone and first
 * month. Created empty, since a migration never reads settings: the service records
 * POSTCARE_TIME_ZONE and POSTCARE_FINANCIAL_YEAR_START_MONTH at its first start on an empty
 * database, and the rollup rebuild records them for a database that already has items (platform
 * rollup-calendar.ts).
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
