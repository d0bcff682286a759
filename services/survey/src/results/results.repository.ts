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

/**
 * Sums the rollup for one survey, period and set of questions, by group (and segment, for
 * weighting). Reads only rollup rows, through the (survey, question, day, …) key index.
 */
export function resultsRepository(db: Kysely<Database>) {
  return {
    async aggregate(q: AggregateQuery): Promise<AggregateRow[]> {
      if (q.questionIds.length === 0) return []
      const g = groupExpression(q.group, q.financialYearStartMonth)
      const segment = q.bySegment ? sql`segment` : sql`null::text`
      const result = await sql<Record<string, number | string | null>>`
        select ${g} as grp, question_id as qid, ${segment} as seg, ${sums}
        from rating_rollup
        where survey_id = ${q.surveyId}
          and question_id in (${sql.join(q.questionIds)})
          and day between ${q.from}::date and ${q.to}::date
          ${q.channel ? sql`and channel = ${q.channel}` : sql``}
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
