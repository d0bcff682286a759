import { versionedUpdate, type AppError } from '@postcare/platform'
import { type Insertable, type Kysely, type Selectable, type Updateable, sql } from 'kysely'
import type { Database, SurveyTable, SurveyVersionTable } from '../db/database.js'

export type SurveyRow = Selectable<SurveyTable>
export type SurveyVersionRow = Selectable<SurveyVersionTable>

export function surveysRepository(db: Kysely<Database>) {
  return {
    get(id: string): Promise<SurveyRow | undefined> {
      return db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst()
    },
    /** Locks the survey row, so that responses and definition changes serialise per survey. */
    getForShare(id: string): Promise<SurveyRow | undefined> {
      return db.selectFrom('surveys').selectAll().where('id', '=', id).forShare().executeTakeFirst()
    },
    list(status: string | undefined, limit: number, afterId?: string): Promise<SurveyRow[]> {
      let q = db.selectFrom('surveys').selectAll()
      if (status) q = q.where('status', '=', status as SurveyRow['status'])
      if (afterId) q = q.where('id', '>', afterId)
      return q.orderBy('id').limit(limit + 1).execute()
    },
    insert(row: Insertable<SurveyTable>): Promise<SurveyRow> {
      return db.insertInto('surveys').values(row).returningAll().executeTakeFirstOrThrow()
    },
    /** If-Match in one statement: `notFound` when there is no such survey, 412 when `expected` is stale. */
    update(id: string, expected: number, patch: Updateable<SurveyTable>, notFound: () => AppError): Promise<SurveyRow> {
      return versionedUpdate<SurveyRow>(db, 'surveys', { id }, expected, { ...patch }, notFound)
    },
    getVersion(surveyId: string, number: number): Promise<SurveyVersionRow | undefined> {
      return db.selectFrom('surveyVersions').selectAll().where('surveyId', '=', surveyId).where('number', '=', number).executeTakeFirst()
    },
    versions(surveyId: string, numbers: number[]): Promise<SurveyVersionRow[]> {
      if (numbers.length === 0) return Promise.resolve([])
      return db.selectFrom('surveyVersions').selectAll().where('surveyId', '=', surveyId).where('number', 'in', numbers).execute()
    },
    latestVersions(surveyIds: string[]): Promise<SurveyVersionRow[]> {
      if (surveyIds.length === 0) return Promise.resolve([])
      return db
        .selectFrom('surveyVersions as v')
        .innerJoin('surveys as s', (j) => j.onRef('s.id', '=', 'v.surveyId').onRef('s.definitionVersion', '=', 'v.number'))
        .selectAll('v')
        .where('v.surveyId', 'in', surveyIds)
        .execute()
    },
    insertVersion(row: Insertable<SurveyVersionTable>): Promise<SurveyVersionRow> {
      return db.insertInto('surveyVersions').values(row).returningAll().executeTakeFirstOrThrow()
    },
    updateVersion(surveyId: string, number: number, patch: Updateable<SurveyVersionTable>): Promise<SurveyVersionRow> {
      return db.updateTable('surveyVersions').set(patch).where('surveyId', '=', surveyId).where('number', '=', number).returningAll().executeTakeFirstOrThrow()
    },
    publishVersion(surveyId: string, number: number): Promise<SurveyVersionRow> {
      return db
        .updateTable('surveyVersions')
        .set({ publishedAt: sql<Date>`now()` })
        .where('surveyId', '=', surveyId)
        .where('number', '=', number)
        .where('publishedAt', 'is', null)
        .returningAll()
        .executeTakeFirstOrThrow()
    }
  }
}
