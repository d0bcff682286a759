import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { Database } from '../db/database.js'

export type GroupColumn = 'none' | 'channel' | 'office' | 'district' | 'region_class' | 'segment' | 'month' | 'quarter' | 'financial_year'

export interface AggregateRow {
  group: string | null
  questionId: string
  segment: string | null
  counts: number[]
}

export interface AggregateQuery {
  surveyId: string
  from: string
  to: string
  questionIds: string[]
  channel?: string
  group: GroupColumn
  bySegment: boolean
  financialYearStartMonth: number
}

function groupExpression(group: GroupColumn, startMonth: number): RawBuilder<string | null> {
  switch (group) {
    case 'none': return sql`'all'`
    case 'channel': return sql`channel`
    case 'office': return sql`office_code`
    case 'district': return sql`district_code`
    case 'region_class': return sql`region_class`
    case 'segment': return sql`segment`
    case 'month': return sql`to_char(day, 'YYYY-MM')`
    case 'quarter': return sql`to_char(day, 'YYYY-"Q"Q')`
    // The year a financial year starts in; labelled `2012/13` by the service.
    case 'financial_year': return sql`to_char(day - make_interval(months => ${startMonth - 1}), 'YYYY')`
  }
}

const sums = sql.join(Array.from({ length: 11 }, (_, v) => sql`sum(${sql.ref(`c${v}`)})::int8 as ${sql.ref(`c${v}`)}`))
const countList = sql.raw(Array.from({ length: 11 }, (_, v) => `c${v}`).join(', '))

const isoDay = (d: Date) => d.toISOString().slice(0, 10)
const utc = (day: string) => new Date(`${day}T00:00:00Z`)

/**
 * Splits a period into the whole months it covers (read from the monthly rollup) and the days at
 * either end that do not make a whole month (read from the daily one).
 */
export function splitPeriod(from: string, to: string): { months: [string, string] | null; days: Array<[string, string]> } {
  const start = utc(from)
  const firstMonth = start.getUTCDate() === 1 ? start : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
  const end = utc(to)
  const endsMonth = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate() + 1)).getUTCDate() === 1
  const lastMonth = endsMonth ? new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1)) : new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 1, 1))
  if (firstMonth > lastMonth) return { months: null, days: [[from, to]] }
  const days: Array<[string, string]> = []
  if (start < firstMonth) days.push([from, isoDay(new Date(firstMonth.getTime() - 86_400_000))])
  const afterLast = new Date(Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth() + 1, 1))
  if (afterLast <= end) days.push([isoDay(afterLast), to])
  return { months: [isoDay(firstMonth), isoDay(lastMonth)], days }
}

/**
 * Sums the rollups for one survey, period and set of questions, by group (and segment, for
 * weighting). Whole months come from the monthly rollup unless the grouping is by office; the
 * rest from the daily one. Both are read through their (survey, question, day/month, …) keys.
 */
export function resultsRepository(db: Kysely<Database>) {
  return {
    async aggregate(q: AggregateQuery): Promise<AggregateRow[]> {
      if (q.questionIds.length === 0) return []
      const g = groupExpression(q.group, q.financialYearStartMonth)
      const segment = q.bySegment ? sql`segment` : sql`null::text`
      const split = q.group === 'office' ? { months: null, days: [[q.from, q.to]] as Array<[string, string]> } : splitPeriod(q.from, q.to)
      const base = sql`survey_id = ${q.surveyId} and question_id in (${sql.join(q.questionIds)}) ${q.channel ? sql`and channel = ${q.channel}` : sql``}`
      const parts = []
      if (split.months) {
        parts.push(sql`
          select month as day, channel, null::text as office_code, district_code, region_class, segment, question_id, ${countList}
          from rating_rollup_monthly where ${base} and month between ${split.months[0]}::date and ${split.months[1]}::date`)
      }
      if (split.days.length) {
        parts.push(sql`
          select day, channel, office_code, district_code, region_class, segment, question_id, ${countList}
          from rating_rollup where ${base} and (${sql.join(split.days.map(([a, b]) => sql`day between ${a}::date and ${b}::date`), sql` or `)})`)
      }
      const result = await sql<Record<string, number | string | null>>`
        select ${g} as grp, question_id as qid, ${segment} as seg, ${sums}
        from (${sql.join(parts, sql` union all `)}) facts
        group by 1, 2, 3`.execute(db)
      return result.rows.map((r) => ({
        group: r.grp as string | null,
        questionId: r.qid as string,
        segment: r.seg as string | null,
        counts: Array.from({ length: 11 }, (_, v) => Number(r[`c${v}`] ?? 0))
      }))
    }
  }
}
