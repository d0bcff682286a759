import { versionedUpdate, type AppError } from '@postcare/platform'
import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely'
import type { Database, GroupTable } from '../db/database.js'

export type GroupRow = Selectable<GroupTable>

/** Voting seats: the positions that hold one (observers and substitutes do not; officials have none). */
export const SEAT_POSITIONS = ['chair', 'vice_chair', 'secretary', 'member'] as const

export function groupsRepository(db: Kysely<Database>) {
  return {
    get(id: string): Promise<GroupRow | undefined> {
      return db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst()
    },
    /** Locks the group, so that what is decided from its rule (a meeting held) cannot race a change of it. */
    getForShare(id: string): Promise<GroupRow | undefined> {
      return db.selectFrom('groups').selectAll().where('id', '=', id).forShare().executeTakeFirst()
    },
    list(filter: { type?: string; districtCode?: string }, limit: number, afterId?: string): Promise<GroupRow[]> {
      let q = db.selectFrom('groups').selectAll()
      if (filter.type) q = q.where('type', '=', filter.type)
      if (filter.districtCode) q = q.where((eb) => eb.or([eb(sql.val(filter.districtCode), '=', sql<string>`any(district_codes)`), eb(sql<number>`cardinality(district_codes)`, '=', 0)]))
      if (afterId) q = q.where('id', '>', afterId)
      return q.orderBy('id').limit(limit + 1).execute()
    },
    insert(row: Insertable<GroupTable>): Promise<GroupRow> {
      return db.insertInto('groups').values(row).returningAll().executeTakeFirstOrThrow()
    },
    update(id: string, expected: number, patch: Updateable<GroupTable>, notFound: () => AppError): Promise<GroupRow> {
      return versionedUpdate<GroupRow>(db, 'groups', { id }, expected, { ...patch }, notFound)
    },
    /** Members holding a seat on `day`, by group and constituency. */
    async seatHolders(groupIds: string[], day: string): Promise<Array<{ groupId: string; constituency: string; n: number }>> {
      if (groupIds.length === 0) return []
      return db
        .selectFrom('representatives')
        .select(['groupId', 'constituency', sql<number>`count(*)::int`.as('n')])
        .where('groupId', 'in', groupIds)
        .where('termStart', '<=', day)
        .where('termEnd', '>=', day)
        .where('position', 'in', [...SEAT_POSITIONS])
        .where('constituency', '<>', 'official')
        .groupBy(['groupId', 'constituency'])
        .execute()
    }
  }
}
