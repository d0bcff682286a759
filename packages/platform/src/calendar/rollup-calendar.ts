/**
 * Rollups (counts kept per local day, month and financial year) hold the calendar they were built
 * with: change POSTCARE_TIME_ZONE or the financial year's first month and every stored day is in
 * the old one. Migrations are frozen and never read settings, so each service with rollups keeps a
 * one-row `rollup_calendar` table (made by its own migration) recording the zone and start month
 * its rollups were built with. At start-up the service compares it with its settings and refuses
 * to run on a mismatch, naming both; the rebuild command recomputes the rollups from the rows and
 * records the settings it used.
 */
import { type Kysely, sql } from 'kysely'
import { ConfigError } from '../config.js'
import type { CalendarSettings } from './settings.js'

export interface RollupCalendar {
  timeZone: string
  /** Null for rollups that keep no financial years (they are derived from days when read). */
  financialYearStartMonth: number | null
}

export interface RollupOwner {
  service: string
  /** Whether the service's rollups depend on the financial year's first month. */
  usesFinancialYear: boolean
  /** Whether the rows the rollups are made from exist at all (an empty database records at once). */
  hasRows: (db: Kysely<any>) => Promise<boolean>
}

export type RollupCalendarState =
  | { state: 'matches' }
  /** No rollups yet: the settings are recorded as the service starts. */
  | { state: 'empty' }
  /** Rows whose rollups were built before the calendar was recorded (a database older than this table). */
  | { state: 'unrecorded' }
  | { state: 'differs'; recorded: RollupCalendar }

const wanted = (calendar: CalendarSettings, owner: RollupOwner): RollupCalendar => ({
  timeZone: calendar.timeZone,
  financialYearStartMonth: owner.usesFinancialYear ? calendar.financialYearStartMonth : null
})

export async function recordedRollupCalendar(db: Kysely<any>): Promise<RollupCalendar | null> {
  const { rows } = await sql<{ timeZone: string; financialYearStartMonth: number | null }>`
    select time_zone as "timeZone", financial_year_start_month as "financialYearStartMonth" from rollup_calendar`.execute(db)
  return rows[0] ?? null
}

/** Records the calendar the rollups are built with (the one row is replaced). */
export async function recordRollupCalendar(db: Kysely<any>, calendar: CalendarSettings, owner: RollupOwner): Promise<void> {
  const c = wanted(calendar, owner)
  await sql`
    insert into rollup_calendar (one, time_zone, financial_year_start_month, recorded_at) values (true, ${c.timeZone}, ${c.financialYearStartMonth}, now())
    on conflict (one) do update set time_zone = excluded.time_zone, financial_year_start_month = excluded.financial_year_start_month, recorded_at = now()`.execute(db)
}

export async function rollupCalendarState(db: Kysely<any>, calendar: CalendarSettings, owner: RollupOwner): Promise<RollupCalendarState> {
  const recorded = await recordedRollupCalendar(db)
  const c = wanted(calendar, owner)
  if (recorded === null) return (await owner.hasRows(db)) ? { state: 'unrecorded' } : { state: 'empty' }
  return recorded.timeZone === c.timeZone && recorded.financialYearStartMonth === c.financialYearStartMonth ? { state: 'matches' } : { state: 'differs', recorded }
}

/** The command that fixes a mismatch, as the refusal names it. */
export const rebuildCommand = (service: string) => `npm run rebuild-rollups -- ${service}`

/**
 * Start-up check: records the settings on an empty database, passes when they match, and
 * otherwise throws a ConfigError naming the setting, the value the rollups were built with and
 * the configured one.
 */
export async function checkRollupCalendar(db: Kysely<any>, calendar: CalendarSettings, owner: RollupOwner): Promise<void> {
  let found = await rollupCalendarState(db, calendar, owner)
  if (found.state === 'empty') {
    // Replicas starting together on an empty database: the first records, the rest compare with it.
    await sql`
      insert into rollup_calendar (one, time_zone, financial_year_start_month, recorded_at)
      values (true, ${calendar.timeZone}, ${owner.usesFinancialYear ? calendar.financialYearStartMonth : null}, now())
      on conflict (one) do nothing`.execute(db)
    found = await rollupCalendarState(db, calendar, owner)
  }
  if (found.state === 'matches') return
  const fix = `Stop every ${owner.service} process and run \`${rebuildCommand(owner.service)}\` with the new setting (it recomputes the rollups from the rows)`
  if (found.state === 'unrecorded' || found.state === 'empty') {
    throw new ConfigError([
      `POSTCARE_TIME_ZONE: is ${calendar.timeZone}, but ${owner.service}'s rollups were built before their time zone was recorded (in UTC days, or the old per-service setting), so its figures would mix two calendars. ${fix}.`
    ])
  }
  const problems: string[] = []
  if (found.recorded.timeZone !== calendar.timeZone) {
    problems.push(`POSTCARE_TIME_ZONE: is ${calendar.timeZone}, but ${owner.service}'s rollups were built in ${found.recorded.timeZone} days. ${fix}, or set POSTCARE_TIME_ZONE back to ${found.recorded.timeZone}.`)
  }
  if (owner.usesFinancialYear && found.recorded.financialYearStartMonth !== calendar.financialYearStartMonth) {
    problems.push(
      `POSTCARE_FINANCIAL_YEAR_START_MONTH: is ${calendar.financialYearStartMonth}, but ${owner.service}'s rollups were built with financial years starting in month ${found.recorded.financialYearStartMonth}. ${fix}, or set it back to ${found.recorded.financialYearStartMonth}.`
    )
  }
  throw new ConfigError(problems)
}

/**
 * Rebuilds a service's rollups in one transaction, with the tables locked against writers for its
 * length (stop the service's processes first all the same: one still running with the old setting
 * would add its changes in the old calendar after the lock is released), and records the calendar.
 */
export async function rebuildRollups<T>(db: Kysely<any>, calendar: CalendarSettings, owner: RollupOwner & { tables: string[] }, rebuild: (trx: Kysely<any>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`lock table ${sql.join(owner.tables.map((t) => sql.table(t)))} in exclusive mode`.execute(trx)
    const result = await rebuild(trx)
    await recordRollupCalendar(trx, calendar, owner)
    return result
  })
}
