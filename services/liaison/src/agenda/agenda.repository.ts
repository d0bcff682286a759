import { versionedUpdate, type AppError } from '@postcare/platform'
import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely'
import type { AgendaItemTable, Database, PaperTable } from '../db/database.js'

export type AgendaItemRow = Selectable<AgendaItemTable> & { presenterRepresentativeName: string | null; contributionId: string | null }
export type PaperRow = Selectable<PaperTable>
export interface DeclarationRow {
  id: string
  agendaItemId: string
  representativeId: string
  name: string
  interest: string
  createdAt: Date
}

export function agendaRepository(db: Kysely<Database>) {
  const items = () =>
    db
      .selectFrom('agendaItems as a')
      .leftJoin('representatives as r', 'r.id', 'a.presenterRepresentativeId')
      .selectAll('a')
      .select('r.name as presenterRepresentativeName')
      .select((eb) => eb.selectFrom('contributions as c').select('c.id').whereRef('c.agendaItemId', '=', 'a.id').limit(1).as('contributionId'))

  return {
    items(meetingId: string): Promise<AgendaItemRow[]> {
      return items().where('a.meetingId', '=', meetingId).orderBy('a.position').execute()
    },
    get(meetingId: string, id: string): Promise<AgendaItemRow | undefined> {
      return items().where('a.meetingId', '=', meetingId).where('a.id', '=', id).executeTakeFirst()
    },
    async count(meetingId: string): Promise<number> {
      const row = await db.selectFrom('agendaItems').select(sql<number>`count(*)::int`.as('n')).where('meetingId', '=', meetingId).executeTakeFirstOrThrow()
      return row.n
    },
    /** Moves the items from `from` on (to `to`, inclusive) by `by` places; uniqueness is checked at commit. */
    async shift(meetingId: string, from: number, to: number, by: 1 | -1): Promise<void> {
      if (from > to) return
      await db.updateTable('agendaItems').set({ position: sql`position + ${by}` }).where('meetingId', '=', meetingId).where('position', '>=', from).where('position', '<=', to).execute()
    },
    async insert(row: Insertable<AgendaItemTable>): Promise<string> {
      return (await db.insertInto('agendaItems').values(row).returning('id').executeTakeFirstOrThrow()).id
    },
    update(id: string, expected: number, patch: Updateable<AgendaItemTable>, notFound: () => AppError) {
      return versionedUpdate(db, 'agendaItems', { id }, expected, { ...patch }, notFound)
    },
    /** A paper or declaration added changes the item as read: its version moves, so its ETag does. */
    async touch(id: string): Promise<void> {
      await db.updateTable('agendaItems').set({ version: sql`version + 1`, updatedAt: sql`now()` }).where('id', '=', id).execute()
    },
    papers(itemIds: string[]): Promise<PaperRow[]> {
      if (itemIds.length === 0) return Promise.resolve([])
      return db.selectFrom('papers').selectAll().where('agendaItemId', 'in', itemIds).orderBy('createdAt').orderBy('id').execute()
    },
    declarations(itemIds: string[]): Promise<DeclarationRow[]> {
      if (itemIds.length === 0) return Promise.resolve([])
      return db
        .selectFrom('declarations as d')
        .innerJoin('representatives as r', 'r.id', 'd.representativeId')
        .select(['d.id', 'd.agendaItemId', 'd.representativeId', 'r.name', 'd.interest', 'd.createdAt'])
        .where('d.agendaItemId', 'in', itemIds)
        .orderBy('d.createdAt')
        .orderBy('d.id')
        .execute()
    },
    async insertDeclaration(row: { agendaItemId: string; representativeId: string; interest: string }): Promise<string> {
      return (await db.insertInto('declarations').values(row).returning('id').executeTakeFirstOrThrow()).id
    },
    /** Open actions of `groupId` raised at meetings that started before `before`: the matters arising of a meeting not yet held. */
    openActionsBefore(groupId: string, before: Date) {
      return db
        .selectFrom('actions as a')
        .innerJoin('meetings as m', 'm.id', 'a.meetingId')
        .selectAll('a')
        .where('a.groupId', '=', groupId)
        .where('a.status', 'in', ['open', 'in_progress'])
        .where('m.startAt', '<', before)
        .orderBy('a.dueOn')
        .orderBy('a.id')
        .limit(500)
        .execute()
    },
    /** The matters arising a held meeting carried, as they stand now. */
    carried(meetingId: string) {
      return db.selectFrom('mattersArising as ma').innerJoin('actions as a', 'a.id', 'ma.actionId').selectAll('a').where('ma.meetingId', '=', meetingId).orderBy('a.dueOn').orderBy('a.id').execute()
    },
    async carry(meetingId: string, actionIds: string[]): Promise<void> {
      if (actionIds.length === 0) return
      await db.insertInto('mattersArising').values(actionIds.map((actionId) => ({ meetingId, actionId }))).onConflict((oc) => oc.doNothing()).execute()
    }
  }
}
