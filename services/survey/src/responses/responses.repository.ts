import { type Insertable, type Kysely, type Selectable, sql } from 'kysely'
import type { Database, FollowUpTable, ResponseTable } from '../db/database.js'

export type ResponseRow = Selectable<ResponseTable>
export type ResponseWithFollowUp = ResponseRow & {
  followUpStatus: 'pending' | 'opened' | 'failed' | 'cancelled' | null
  followUpCaseId: string | null
  followUpCaseReference: string | null
  followUpOpenedAt: Date | null
  followUpAttempts: number | null
  followUpNextAttemptAt: Date | null
  followUpLastError: string | null
}

export interface RollupKey {
  surveyId: string
  day: string
  questionId: string
  channel: string
  officeCode: string | null
  districtCode: string | null
  regionClass: string | null
  segment: string
}

export type RollupRow = RollupKey & { counts: number[] }

const countColumns = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10'] as const

// 17 columns a row: 1,000 rows stay well under PostgreSQL's 65,535 parameters per statement.
const insertChunk = 1000

export function responsesRepository(db: Kysely<Database>) {
  async function upsert(table: 'rating_rollup' | 'rating_rollup_monthly', constraint: string, rows: RollupRow[], columns: (r: Omit<RollupRow, 'counts'>) => Record<string, unknown>) {
    const sorted = [...rows].sort((a, b) => (rollupKeyString(a) < rollupKeyString(b) ? -1 : 1))
    const set = Object.fromEntries(countColumns.map((c) => [c, sql`${sql.table(table)}.${sql.raw(c)} + excluded.${sql.raw(c)}`]))
    const target = table === 'rating_rollup' ? 'ratingRollup' : 'ratingRollupMonthly'
    for (let i = 0; i < sorted.length; i += insertChunk) {
      const values = sorted.slice(i, i + insertChunk).map(({ counts, ...key }) => ({ ...columns(key), ...Object.fromEntries(countColumns.map((c, v) => [c, counts[v] ?? 0])) }))
      await db
        .insertInto(target)
        .values(values as never)
        .onConflict((oc) => oc.constraint(constraint).doUpdateSet(set as never))
        .execute()
    }
  }

  function withFollowUp() {
    return db
      .selectFrom('responses as r')
      .leftJoin('followUps as f', 'f.responseId', 'r.id')
      .selectAll('r')
      .select(['f.status as followUpStatus', 'f.caseId as followUpCaseId', 'f.caseReference as followUpCaseReference', 'f.openedAt as followUpOpenedAt', 'f.attempts as followUpAttempts', 'f.nextAttemptAt as followUpNextAttemptAt', 'f.lastError as followUpLastError'])
  }
  return {
    async insertResponses(rows: Array<Insertable<ResponseTable>>): Promise<void> {
      for (let i = 0; i < rows.length; i += insertChunk) await db.insertInto('responses').values(rows.slice(i, i + insertChunk)).execute()
    },
    /**
     * Adds counts to the daily and monthly rollups. Rows are upserted in key order, so concurrent
     * submissions lock rollup rows in the same order and cannot deadlock each other.
     */
    async addToRollup(rows: RollupRow[]): Promise<void> {
      if (rows.length === 0) return
      const monthly = new Map<string, RollupRow>()
      for (const r of rows) {
        const m: RollupRow = { ...r, day: `${r.day.slice(0, 7)}-01`, officeCode: null, counts: [...r.counts] }
        const k = rollupKeyString(m)
        const seen = monthly.get(k)
        if (seen) seen.counts = seen.counts.map((c, v) => c + (m.counts[v] ?? 0))
        else monthly.set(k, m)
      }
      await upsert('rating_rollup', 'rating_rollup_key', rows, (r) => r)
      await upsert('rating_rollup_monthly', 'rating_rollup_monthly_key', [...monthly.values()], ({ day, officeCode: _office, ...r }) => ({ ...r, month: day }))
    },
    async insertFollowUps(rows: Array<Insertable<FollowUpTable>>): Promise<void> {
      if (rows.length) await db.insertInto('followUps').values(rows).execute()
    },
    /** Marks an invitation used; undefined when it is unknown, used, expired or for another survey. */
    async claimInvitation(surveyId: string, tokenHash: string): Promise<string | undefined> {
      const row = await db
        .updateTable('invitations')
        .set({ usedAt: sql<Date>`now()` })
        .where('surveyId', '=', surveyId)
        .where('tokenHash', '=', tokenHash)
        .where('usedAt', 'is', null)
        .where('suppressed', '=', false)
        .where('expiresAt', '>', sql<Date>`now()`)
        .returning('id')
        .executeTakeFirst()
      return row?.id
    },
    get(surveyId: string, id: string): Promise<ResponseWithFollowUp | undefined> {
      return withFollowUp().where('r.surveyId', '=', surveyId).where('r.id', '=', id).executeTakeFirst() as Promise<ResponseWithFollowUp | undefined>
    },
    /** `visibleTo`: only that office's responses (an office-bound caller), whatever the filter asks. */
    list(surveyId: string, filter: { channel?: string; officeCode?: string; visibleTo?: string | null }, limit: number, after?: [string, string]): Promise<ResponseWithFollowUp[]> {
      let q = withFollowUp().where('r.surveyId', '=', surveyId)
      if (filter.channel) q = q.where('r.channel', '=', filter.channel)
      if (filter.officeCode) q = q.where('r.officeCode', '=', filter.officeCode)
      if (filter.visibleTo) q = q.where('r.officeCode', '=', filter.visibleTo)
      if (after) q = q.where((eb) => eb(eb.refTuple('r.createdAt', 'r.id'), '>', eb.tuple(new Date(after[0]), after[1])))
      return q.orderBy('r.createdAt').orderBy('r.id').limit(limit + 1).execute() as Promise<ResponseWithFollowUp[]>
    }
  }
}

export function rollupKeyString(k: RollupKey): string {
  return [k.surveyId, k.questionId, k.day, k.channel, k.officeCode ?? '', k.districtCode ?? '', k.regionClass ?? '', k.segment].join('\u0000')
}
