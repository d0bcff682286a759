import type { CreateLiaisonGroup, GroupCoverage, LiaisonGroup, UpdateLiaisonGroup } from '@postcare/contracts'
import { decodeCursor, iso, toPage } from '@postcare/platform'
import type { Kysely, Transaction, Updateable } from 'kysely'
import type { Database, GroupTable, QuorumRuleRow, SeatRow } from '../db/database.js'
import { LiaisonErrors } from '../errors.js'
import type { Lookups } from '../lookups.js'
import { checkGroup } from './group-rules.js'
import { groupsRepository, type GroupRow } from './groups.repository.js'

export function toGroup(row: GroupRow): LiaisonGroup {
  return {
    id: row.id,
    type: row.type as LiaisonGroup['type'],
    name: { en: row.nameEn, 'zh-Hant': row.nameZh },
    districtCodes: row.districtCodes,
    territoryWide: row.districtCodes.length === 0,
    termsOfReference: { en: row.termsEn, 'zh-Hant': row.termsZh },
    termsOfReferenceReviewOn: row.termsReviewOn,
    seats: row.seats as LiaisonGroup['seats'],
    quorum: { ...row.quorum, minimumPerConstituency: row.quorum.minimumPerConstituency ?? [] } as LiaisonGroup['quorum'],
    meetingsPerYear: row.meetingsPerYear,
    minutesConfirmation: row.minutesConfirmation,
    objectionWindowDays: row.objectionWindowDays,
    agendaCutoffDays: row.agendaCutoffDays,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

/** Seats per constituency against the members holding one on `day`. */
export function coverageOf(row: GroupRow, holders: ReadonlyMap<string, number>, day: string): GroupCoverage {
  const seats = (row.seats as SeatRow[]).map((s) => {
    const filled = holders.get(s.constituency) ?? 0
    return { constituency: s.constituency as GroupCoverage['seats'][number]['constituency'], seats: s.count, filled, vacancies: Math.max(0, s.count - filled) }
  })
  const vacancies = seats.reduce((n, s) => n + s.vacancies, 0)
  const unrepresented = seats.filter((s) => s.filled === 0).map((s) => s.constituency)
  const flags: GroupCoverage['flags'] = [...(vacancies > 0 ? (['vacant_seat'] as const) : []), ...(unrepresented.length > 0 ? (['constituency_unrepresented'] as const) : [])]
  return { groupId: row.id, name: { en: row.nameEn, 'zh-Hant': row.nameZh }, asOf: day, seats, vacancies, unrepresented, flags, flagged: flags.length > 0 }
}

export function groupsService(db: Kysely<Database>, lookups: Lookups, today: () => string) {
  const repo = groupsRepository(db)
  const notFound = (id: string) => () => LiaisonErrors.LIAISON_GROUP_NOT_FOUND(`No liaison group ${id}.`)

  async function load(id: string, r = repo): Promise<GroupRow> {
    const row = await r.get(id)
    if (!row) throw notFound(id)()
    return row
  }

  async function coverages(rows: GroupRow[], day: string): Promise<GroupCoverage[]> {
    const holders = new Map<string, Map<string, number>>()
    for (const h of await repo.seatHolders(rows.map((r) => r.id), day)) {
      if (!holders.has(h.groupId)) holders.set(h.groupId, new Map())
      holders.get(h.groupId)!.set(h.constituency, h.n)
    }
    return rows.map((r) => coverageOf(r, holders.get(r.id) ?? new Map(), day))
  }

  async function checkDistricts(codes: readonly string[]) {
    for (const [i, code] of codes.entries()) await lookups.district(code, `body/districtCodes/${i}`)
  }

  return {
    load,
    async get(id: string): Promise<LiaisonGroup> {
      return toGroup(await load(id))
    },
    async list(filter: { type?: string; districtCode?: string }, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['uuid'])
      return toPage(await repo.list(filter, limit, after?.[0]), limit, (r) => [r.id], toGroup)
    },
    /** Checks what needs the directory, before the create's transaction. */
    async check(input: CreateLiaisonGroup): Promise<void> {
      checkGroup({ type: input.type, districtCodes: input.districtCodes, seats: input.seats, quorum: input.quorum })
      await checkDistricts(input.districtCodes)
    },
    async create(trx: Transaction<Database>, input: CreateLiaisonGroup): Promise<LiaisonGroup> {
      const row = await groupsRepository(trx).insert({
        type: input.type,
        nameEn: input.name.en,
        nameZh: input.name['zh-Hant'],
        districtCodes: input.districtCodes,
        termsEn: input.termsOfReference.en,
        termsZh: input.termsOfReference['zh-Hant'],
        termsReviewOn: input.termsOfReferenceReviewOn,
        seats: JSON.stringify(input.seats),
        quorum: JSON.stringify(input.quorum),
        meetingsPerYear: input.meetingsPerYear,
        minutesConfirmation: (input.minutesConfirmation ?? 'next_meeting') as GroupTable['minutesConfirmation'],
        objectionWindowDays: input.objectionWindowDays,
        agendaCutoffDays: input.agendaCutoffDays
      })
      return toGroup(row)
    },
    async checkUpdate(id: string, patch: UpdateLiaisonGroup): Promise<void> {
      const row = await load(id)
      checkGroup({
        type: row.type,
        districtCodes: patch.districtCodes ?? row.districtCodes,
        seats: patch.seats ?? (row.seats as SeatRow[]),
        quorum: patch.quorum ?? (row.quorum as QuorumRuleRow)
      })
      if (patch.districtCodes) await checkDistricts(patch.districtCodes)
    },
    async update(trx: Transaction<Database>, id: string, expected: number, patch: UpdateLiaisonGroup): Promise<LiaisonGroup> {
      const set: Updateable<GroupTable> = {}
      if (patch.name) Object.assign(set, { nameEn: patch.name.en, nameZh: patch.name['zh-Hant'] })
      if (patch.districtCodes) set.districtCodes = patch.districtCodes
      if (patch.termsOfReference) Object.assign(set, { termsEn: patch.termsOfReference.en, termsZh: patch.termsOfReference['zh-Hant'] })
      if (patch.termsOfReferenceReviewOn) set.termsReviewOn = patch.termsOfReferenceReviewOn
      if (patch.seats) set.seats = JSON.stringify(patch.seats)
      if (patch.quorum) set.quorum = JSON.stringify(patch.quorum)
      if (patch.meetingsPerYear !== undefined) set.meetingsPerYear = patch.meetingsPerYear
      if (patch.minutesConfirmation) set.minutesConfirmation = patch.minutesConfirmation
      if (patch.objectionWindowDays !== undefined) set.objectionWindowDays = patch.objectionWindowDays
      if (patch.agendaCutoffDays !== undefined) set.agendaCutoffDays = patch.agendaCutoffDays
      return toGroup(await groupsRepository(trx).update(id, expected, set, notFound(id)))
    },
    async coverage(id: string): Promise<GroupCoverage> {
      const [coverage] = await coverages([await load(id)], today())
      return coverage!
    },
    /** Every group's coverage today, or only the flagged ones; groups are few, so they are read in blocks until a page is full. */
    async coverageList(flagged: boolean | undefined, limit: number, cursor?: string) {
      let after = decodeCursor(cursor, ['uuid'])?.[0]
      const found: Array<{ row: GroupRow; coverage: GroupCoverage }> = []
      for (;;) {
        const rows = (await repo.list({}, 499, after)).slice(0, 500)
        for (const [i, coverage] of (await coverages(rows, today())).entries()) {
          if (flagged === undefined || coverage.flagged === flagged) found.push({ row: rows[i]!, coverage })
        }
        if (found.length > limit || rows.length < 500) break
        after = rows[rows.length - 1]!.id
      }
      return toPage(found, limit, (f) => [f.row.id], (f) => f.coverage)
    }
  }
}
export type GroupsService = ReturnType<typeof groupsService>
