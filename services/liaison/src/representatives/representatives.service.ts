import type { CreateRepresentative, Representative, UpdateRepresentative } from '@postcare/contracts'
import { addDays, decodeCursor, iso, isoOrNull, toPage } from '@postcare/platform'
import type { Kysely, Transaction, Updateable } from 'kysely'
import type { Database, RepresentativeTable, SeatRow } from '../db/database.js'
import { LiaisonErrors, fieldProblem } from '../errors.js'
import type { GroupsService } from '../groups/groups.service.js'
import { SEAT_POSITIONS, groupsRepository } from '../groups/groups.repository.js'
import type { Lookups } from '../lookups.js'
import { refreshPublicMinutes } from '../minutes/redaction.js'
import { representativesRepository, type RepresentativeRow } from './representatives.repository.js'

export function toRepresentative(row: RepresentativeRow): Representative {
  return {
    id: row.id,
    groupId: row.groupId,
    constituency: row.constituency as Representative['constituency'],
    position: row.position as Representative['position'],
    staffId: row.staffId,
    name: row.name,
    organisation: row.organisation,
    email: row.email,
    phone: row.phone,
    language: row.language as Representative['language'],
    termStart: row.termStart,
    termEnd: row.termEnd,
    consentToPublishName: row.consentToPublishName,
    personalData: row.erasedAt ? 'erased' : 'full',
    erasedAt: isoOrNull(row.erasedAt),
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

const invalid = (field: string, message: string) => fieldProblem(LiaisonErrors.LIAISON_INVALID_REPRESENTATIVE, field, message)

/** A member in a seat position must speak for a constituency the group has seats for. */
function checkSeat(seats: SeatRow[], constituency: string, position: string, field: string) {
  if (constituency === 'official' || !(SEAT_POSITIONS as readonly string[]).includes(position)) return
  if (!seats.some((s) => s.constituency === constituency)) throw invalid(field, `the group has no seats for ${constituency}; such a representative may only be an observer or a substitute`)
}

export function representativesService(db: Kysely<Database>, groups: GroupsService, lookups: Lookups, today: () => string) {
  const repo = representativesRepository(db)
  const notFound = (id: string) => () => LiaisonErrors.LIAISON_REPRESENTATIVE_NOT_FOUND(`No representative ${id} in this group.`)

  async function load(groupId: string, id: string, r = repo): Promise<RepresentativeRow> {
    const row = await r.get(groupId, id)
    if (!row) throw notFound(id)()
    return row
  }

  return {
    load,
    async get(groupId: string, id: string): Promise<Representative> {
      await groups.load(groupId)
      return toRepresentative(await load(groupId, id))
    },
    async list(groupId: string, current: boolean | undefined, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['uuid'])
      await groups.load(groupId)
      const rows = await repo.list(groupId, current === undefined ? undefined : { day: today(), is: current }, limit, after?.[0])
      return toPage(rows, limit, (r) => [r.id], toRepresentative)
    },
    async termsEnding(withinDays: number, groupId: string | undefined, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['date', 'uuid'])
      const from = today()
      const rows = await repo.ending(from, addDays(from, withinDays), groupId, limit, after)
      return toPage(rows, limit, (r) => [r.termEnd, r.id], toRepresentative)
    },
    /** Checks what needs the group and the directory; answers the official's name (the directory's). */
    async check(groupId: string, input: CreateRepresentative): Promise<{ name: string }> {
      const group = await groups.load(groupId)
      if (input.termEnd < input.termStart) throw invalid('body/termEnd', 'is before termStart')
      checkSeat(group.seats as SeatRow[], input.constituency, input.position, 'body/constituency')
      if (input.constituency === 'official') {
        if (!input.staffId) throw invalid('body/staffId', 'is required for an official: officials are directory staff')
        if (input.name !== undefined) throw invalid('body/name', 'is the directory\'s for an official: give staffId only')
        return { name: (await lookups.staff(input.staffId, 'body/staffId')).name }
      }
      if (input.staffId !== undefined) throw invalid('body/staffId', 'is only for constituency official')
      if (!input.name) throw invalid('body/name', 'is required for a representative who is not an official')
      return { name: input.name }
    },
    async create(trx: Transaction<Database>, groupId: string, input: CreateRepresentative, checked: { name: string }): Promise<Representative> {
      const row = await representativesRepository(trx).insert({
        groupId,
        constituency: input.constituency,
        position: input.position,
        staffId: input.staffId ?? null,
        name: checked.name,
        organisation: input.organisation ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        language: input.language ?? 'en',
        termStart: input.termStart,
        termEnd: input.termEnd,
        consentToPublishName: input.consentToPublishName
      })
      await refreshPublicMinutes(trx, groupId)
      return toRepresentative(row)
    },
    async update(trx: Transaction<Database>, groupId: string, id: string, expected: number, patch: UpdateRepresentative): Promise<Representative> {
      // Read in the transaction, never through the pool: 50 writers each holding a connection would otherwise wait for an 11th.
      const group = await groups.load(groupId, groupsRepository(trx))
      const r = representativesRepository(trx)
      const row = await load(groupId, id, r)
      if (row.erasedAt) throw LiaisonErrors.LIAISON_INVALID_REPRESENTATIVE('An erased representative no longer changes.')
      if (patch.termEnd !== undefined && patch.termEnd < row.termStart) throw invalid('body/termEnd', `is before termStart (${row.termStart})`)
      if (patch.name !== undefined && row.constituency === 'official') throw invalid('body/name', 'is the directory\'s for an official')
      if (patch.position !== undefined) checkSeat(group.seats as SeatRow[], row.constituency, patch.position, 'body/position')
      const set: Updateable<RepresentativeTable> = {}
      for (const key of ['position', 'name', 'organisation', 'email', 'phone', 'language', 'termEnd', 'consentToPublishName'] as const) {
        if (patch[key] !== undefined) (set as Record<string, unknown>)[key] = patch[key]
      }
      const updated = await r.update(id, expected, set, notFound(id))
      await refreshPublicMinutes(trx, groupId)
      return toRepresentative(updated)
    }
  }
}
export type RepresentativesService = ReturnType<typeof representativesService>
