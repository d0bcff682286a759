/**
 * The survey's rollups and the calendar they are built in: rating_rollup counts each rating
 * answer on the operator's local day of its response (rating_rollup_monthly sums those days by
 * month), so they hold POSTCARE_TIME_ZONE. The start-up check refuses to run with another zone
 * than the recorded one; the rebuild recomputes both tables from the responses in the configured
 * zone and records it (`npm run rebuild-rollups -- survey`).
 */
import { checkRollupCalendar, rebuildRollups, type CalendarSettings, type RollupOwner } from '@postcare/platform'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/database.js'

const counts = Array.from({ length: 11 }, (_, v) => v)

export const surveyRollups: RollupOwner & { tables: string[] } = {
  service: 'survey',
  // Financial years are derived from the days when results are read.
  usesFinancialYear: false,
  tables: ['rating_rollup', 'rating_rollup_monthly'],
  hasRows: async (db) => (await sql<{ any: boolean }>`select exists (select 1 from responses) as any`.execute(db)).rows[0]?.any === true
}

/** Start-up: records the zone on an empty database, refuses (ConfigError naming both zones) on another one. */
export function checkSurveyRollups(db: Kysely<Database>, calendar: CalendarSettings): Promise<void> {
  return checkRollupCalendar(db, calendar, surveyRollups)
}

/**
 * Both rollups from the responses, as the submissions build them: every answer to a question that
 * is a rating question in the version the response answers, on the response's local day.
 */
export function rebuildSurveyRollups(db: Kysely<Database>, calendar: CalendarSettings): Promise<{ daily: number; monthly: number }> {
  return rebuildRollups(db, calendar, surveyRollups, async (trx) => {
    await sql`delete from rating_rollup_monthly`.execute(trx)
    await sql`delete from rating_rollup`.execute(trx)
    const daily = await sql`
      insert into rating_rollup (survey_id, day, question_id, channel, office_code, district_code, region_class, segment, ${sql.raw(counts.map((v) => `c${v}`).join(', '))})
      select r.survey_id, (r.responded_at at time zone ${calendar.timeZone})::date, a.value->>'questionId', r.channel, r.office_code, r.district_code, r.region_class, r.segment,
             ${sql.join(counts.map((v) => sql`(count(*) filter (where (a.value->>'value')::int = ${sql.lit(v)}))::int`))}
        from responses r
        join survey_versions v on v.survey_id = r.survey_id and v.number = r.survey_version
        cross join lateral jsonb_array_elements(r.answers) a
       where exists (select 1 from jsonb_array_elements(v.questions) q where q->>'id' = a.value->>'questionId' and q->>'type' = 'rating')
       group by 1, 2, 3, 4, 5, 6, 7, 8`.execute(trx)
    const monthly = await sql`
      insert into rating_rollup_monthly (survey_id, month, question_id, channel, district_code, region_class, segment, ${sql.raw(counts.map((v) => `c${v}`).join(', '))})
      select survey_id, date_trunc('month', day)::date, question_id, channel, district_code, region_class, segment,
             ${sql.join(counts.map((v) => sql`sum(${sql.ref(`c${v}`)})::int`))}
        from rating_rollup
       group by 1, 2, 3, 4, 5, 6, 7`.execute(trx)
    return { daily: Number(daily.numAffectedRows ?? 0), monthly: Number(monthly.numAffectedRows ?? 0) }
  })
}
