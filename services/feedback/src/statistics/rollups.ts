/**
 * The feedback rollups and the calendar they are built in: feedback_stats and
 * feedback_root_cause_stats count each item's events on the operator's local day, month, calendar
 * year and financial year (rollup.ts keeps them exact write by write), so they hold
 * POSTCARE_TIME_ZONE and POSTCARE_FINANCIAL_YEAR_START_MONTH. The start-up check refuses to run
 * with others than the recorded ones; the rebuild recomputes both tables from feedback_items with
 * the configured ones and records them (`npm run rebuild-rollups -- feedback`).
 */
import { checkRollupCalendar, rebuildRollups, type CalendarSettings, type RollupOwner } from '@postcare/platform'
import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { Database } from '../db/database.js'

export const feedbackRollups: RollupOwner & { tables: string[] } = {
  service: 'feedback',
  usesFinancialYear: true,
  tables: ['feedback_stats', 'feedback_root_cause_stats'],
  hasRows: async (db) => (await sql<{ any: boolean }>`select exists (select 1 from feedback_items) as any`.execute(db)).rows[0]?.any === true
}

/** Start-up: records the calendar on an empty database, refuses (ConfigError naming both) on another one. */
export function checkFeedbackRollups(db: Kysely<Database>, calendar: CalendarSettings): Promise<void> {
  return checkRollupCalendar(db, calendar, feedbackRollups)
}

const dimensions: Array<[string, string]> = [['all', "''"], ['channel', 'channel'], ['category', 'category_code'], ['office', 'office_code'], ['district', 'district_code'], ['region_class', 'region_class']]
const counters = ['received', 'acknowledged', 'acknowledged_on_time', 'answered', 'answered_on_time', 'closed', 'upheld', 'partly_upheld', 'not_upheld', 'withdrawn', 'compensation_minor']

/** The first day of the period of each level that `day` falls in, as rollup.ts's periodStarts(). */
function periodStart(startMonth: number): RawBuilder<string> {
  return sql`case l.level when 'd' then day
                          when 'm' then date_trunc('month', day)::date
                          when 'y' then date_trunc('year', day)::date
                          else make_date(extract(year from day)::int - (extract(month from day)::int < ${sql.lit(startMonth)})::int, ${sql.lit(startMonth)}, 1) end`
}

/**
 * Both rollups from the rows, as the writes build them (rollup.ts): each event adds to its local
 * day and to the month, calendar year and financial year of that day, once per dimension.
 * Aggregated by day first, so a million items do not become a hundred million intermediate rows.
 */
export function rebuildFeedbackRollups(db: Kysely<Database>, calendar: CalendarSettings): Promise<{ stats: number; rootCauses: number }> {
  const zone = calendar.timeZone
  const local = (column: string) => sql`(${sql.ref(column)} at time zone ${zone})::date`
  const dims = 'channel, category_code, office_code, district_code, region_class'
  return rebuildRollups(db, calendar, feedbackRollups, async (trx) => {
    await sql`delete from feedback_root_cause_stats`.execute(trx)
    await sql`delete from feedback_stats`.execute(trx)
    const stats = await sql`
      insert into feedback_stats (level, period_start, dimension, dim_value, kind, ${sql.raw(counters.join(', '))})
      with ev as (
        select kind, ${local('received_at')} as day, ${sql.raw(dims)}, 1 as received, 0 as acknowledged, 0 as acknowledged_on_time, 0 as answered, 0 as answered_on_time,
               0 as closed, 0 as upheld, 0 as partly_upheld, 0 as not_upheld, 0 as withdrawn, 0::bigint as compensation_minor
          from feedback_items
        union all
        select kind, ${local('acknowledged_at')}, ${sql.raw(dims)}, 0, 1, (not acknowledgement_breached)::int, 0, 0, 0, 0, 0, 0, 0, 0
          from feedback_items where acknowledged_at is not null
        union all
        select kind, ${local('first_responded_at')}, ${sql.raw(dims)}, 0, 0, 0, 1, coalesce(first_reply_on_time, false)::int, 0, 0, 0, 0, 0, 0
          from feedback_items where first_responded_at is not null
        union all
        select kind, ${local('closed_at')}, ${sql.raw(dims)}, 0, 0, 0, 0, 0, 1, coalesce(outcome = 'upheld', false)::int, coalesce(outcome = 'partly_upheld', false)::int,
               coalesce(outcome = 'not_upheld', false)::int, coalesce(outcome = 'withdrawn', false)::int, compensation_minor
          from feedback_items where closed_at is not null),
      daily as (
        select kind, day, ${sql.raw(dims)}, ${sql.raw(counters.map((c) => `sum(${c}) as ${c}`).join(', '))}
          from ev group by kind, day, ${sql.raw(dims)}),
      per_day as (
        select d.dimension, d.dim_value, daily.kind, daily.day, ${sql.raw(counters.map((c) => `sum(daily.${c}) as ${c}`).join(', '))}
          from daily cross join lateral (values ${sql.raw(dimensions.map(([name, col]) => `('${name}', ${col})`).join(', '))}) d(dimension, dim_value)
         group by 1, 2, 3, 4)
      select l.level, ${periodStart(calendar.financialYearStartMonth)}, dimension, dim_value, kind,
             ${sql.raw(counters.map((c) => `sum(${c})::${c === 'compensation_minor' ? 'bigint' : 'int'}`).join(', '))}
        from per_day cross join (values ('d'), ('m'), ('y'), ('f')) l(level)
       group by 1, 2, 3, 4, 5`.execute(trx)
    const rootCauses = await sql`
      insert into feedback_root_cause_stats (level, period_start, root_cause, closed)
      select l.level, ${periodStart(calendar.financialYearStartMonth)}, root_cause, sum(n)::int
        from (select ${local('closed_at')} as day, root_cause, count(*) as n
                from feedback_items where closed_at is not null and root_cause is not null group by 1, 2) x
       cross join (values ('d'), ('m'), ('y'), ('f')) l(level)
       group by 1, 2, 3`.execute(trx)
    return { stats: Number(stats.numAffectedRows ?? 0), rootCauses: Number(rootCauses.numAffectedRows ?? 0) }
  })
}
