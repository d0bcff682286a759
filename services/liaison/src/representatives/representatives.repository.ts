import { versionedUpdate, type AppError } from '@postcare/platform'
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely'
import type { Database, RepresentativeTable } from '../db/database.js'
import { LiaisonErrors, fieldProblem } from '../errors.js'

export type RepresentativeRow = Selectable<RepresentativeTable>

export function representativesRepository(db: Kysely<Database>) {
  return {
    get(groupId: string, id: string): Promise<RepresentativeRow | undefined> {
      return db.selectFrom('representatives').selectAll().where('groupId', '=', groupId).where('id', '=', id).executeTakeFirst()
    },
    ofGroup(groupId: string): Promise<RepresentativeRow[]> {
      return db.selectFrom('representatives').selectAll().where('groupId', '=', groupId).orderBy('id').execute()
    },
    byIds(groupId: string, ids: string[]): Promise<RepresentativeRow[]> {
      if (ids.length === 0) return Promise.resolve([])
      return db.selectFrom('representatives').selectAll().where('groupId', '=', groupId).where('id', 'in', ids).execute()
    },
    /** Members whose term covers `day`. */
    currentOn(groupId: string, day: string): Promise<RepresentativeRow[]> {
      return db.selectFrom('representatives').selectAll().where('groupId', '=', groupId).where('termStart', '<=', day).where('termEnd', '>=', day).orderBy('id').execute()
    },
    list(groupId: string, current: { day: string; is: boolean } | undefined, limit: number, afterId?: string): Promise<RepresentativeRow[]> {
      let q = db.selectFrom('representatives').selectAll().where('groupId', '=', groupId)
      if (current?.is === true) q = q.where('termStart', '<=', current.day).where('termEnd', '>=', current.day)
      if (current?.is === false) q = q.where((eb) => eb.or([eb('termStart', '>', current.day), eb('termEnd', '<', current.day)]))
      if (afterId) q = q.where('id', '>', afterId)
      return q.orderBy('id').limit(limit + 1).execute()
    },
    /** Current terms ending from `from` to `to`, soonest first. */
    ending(from: string, to: string, groupId: string | undefined, limit: number, after?: [string, string]): Promise<RepresentativeRow[]> {
      let q = db.selectFrom('representatives').selectAll().where('termStart', '<=', from).where('termEnd', '>=', from).where('termEnd', '<=', to)
      if (groupId) q = q.where('groupId', '=', groupId)
      if (after) q = q.where((eb) => eb.or([eb('termEnd', '>', after[0]), eb.and([eb('termEnd', '=', after[0]), eb('id', '>', after[1])])]))
      return q.orderBy('termEnd').orderBy('id').limit(limit + 1).execute()
    },
    insert(row: Insertable<RepresentativeTable>): Promise<RepresentativeRow> {
      return db.insertInto('representatives').values(row).returningAll().executeTakeFirstOrThrow()
    },
    update(id: string, expected: number, patch: Updateable<RepresentativeTable>, notFound: () => AppError): Promise<RepresentativeRow> {
      return versionedUpdate<RepresentativeRow>(db, 'representatives', { id }, expected, { ...patch }, notFound)
    },
    /** Up to `limit` representatives whose term ended before `cutoff` and who still hold personal data, locked; rows another sweep holds are skipped. */
    async lockDueForRetention(cutoff: string, limit: number): Promise<RepresentativeRow[]> {
      return db.selectFrom('representatives').selectAll().where('termEnd', '<', cutoff).where('erasedAt', 'is', null).orderBy('id').limit(limit).forUpdate().skipLocked().execute()
    }
  }
}

/**
 * The representative `id` of `groupId` whose term covers `day`, for a request naming them at
 * `field`: 422 naming the field when they are not of the group or not a member that day.
 */
export async function memberOn(db: Kysely<Database>, groupId: string, id: string, day: string, field: string): Promise<RepresentativeRow> {
  const row = await representativesRepository(db).get(groupId, id)
  if (!row) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, field, `${id} is not a representative of this group`)
  if (row.termStart > day || row.termEnd < day) throw fieldProblem(LiaisonErrors.LIAISON_NOT_A_CURRENT_MEMBER, field, `${id}'s term (${row.termStart} to ${row.termEnd}) does not cover ${day}`)
  return row
}
