/** The attendance register of a meeting (apologies before it, attendance at it) and the quorum it makes. */
import type { AttendanceRegister, RecordAttendance } from '@postcare/contracts'
import { iso, versionedUpdate, type OperatorCalendar } from '@postcare/platform'
import type { Kysely, Selectable, Transaction } from 'kysely'
import type { AttendanceRegisterTable, Database, QuorumRuleRow } from '../db/database.js'
import { LiaisonErrors, fieldProblem } from '../errors.js'
import { groupsRepository } from '../groups/groups.repository.js'
import { meetingsRepository, type MeetingRow } from '../meetings/meetings.repository.js'
import type { MeetingsService } from '../meetings/meetings.service.js'
import { representativesRepository, type RepresentativeRow } from '../representatives/representatives.repository.js'
import { quorumOf } from './quorum.js'

type RegisterRow = Selectable<AttendanceRegisterTable>

/** Once the minutes are confirmed, who attended is part of the record and no longer changes. */
const SETTLED = ['cancelled', 'minutes_confirmed', 'published']

export function attendanceService(db: Kysely<Database>, meetings: MeetingsService, calendar: OperatorCalendar) {
  async function present(r: Kysely<Database>, meeting: MeetingRow, register: RegisterRow): Promise<AttendanceRegister> {
    const group = (await groupsRepository(r).get(meeting.groupId))!
    const members = await representativesRepository(r).ofGroup(meeting.groupId)
    const byId = new Map(members.map((m) => [m.id, m]))
    const entries = await r.selectFrom('attendanceEntries').selectAll().where('meetingId', '=', meeting.id).orderBy('representativeId').execute()
    const rule = (meeting.quorumRule ?? group.quorum) as QuorumRuleRow
    const day = calendar.dayOf(meeting.startAt)
    const result = quorumOf(rule, day, members, entries)
    return {
      meetingId: meeting.id,
      entries: entries.map((e) => {
        const rep = byId.get(e.representativeId)!
        return {
          representativeId: e.representativeId, name: rep.name, constituency: rep.constituency as never, position: rep.position as never, status: e.status as never,
          substituteId: e.substituteId, substituteName: e.substituteId ? (byId.get(e.substituteId)?.name ?? null) : null
        }
      }),
      quorum: { rule: { ...rule, minimumPerConstituency: rule.minimumPerConstituency ?? [] } as AttendanceRegister['quorum']['rule'], asOf: day, ...result } as AttendanceRegister['quorum'],
      version: register.version,
      updatedAt: iso(register.updatedAt)
    }
  }

  function check(input: RecordAttendance, members: Map<string, RepresentativeRow>, day: string): void {
    const seen = new Set<string>()
    for (const [i, e] of input.entries.entries()) {
      const field = `body/entries/${i}`
      if (seen.has(e.representativeId)) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, `${field}/representativeId`, 'names a representative a second time')
      seen.add(e.representativeId)
      if (!members.has(e.representativeId)) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, `${field}/representativeId`, `${e.representativeId} is not a representative of this group`)
      if (e.status !== 'substitute') {
        if (e.substituteId !== undefined) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, `${field}/substituteId`, 'is only for status substitute')
        continue
      }
      const sub = e.substituteId === undefined ? undefined : members.get(e.substituteId)
      if (!sub) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, `${field}/substituteId`, 'must name the group\'s substitute who attended')
      if (sub.position !== 'substitute') throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, `${field}/substituteId`, `${sub.id} is not a substitute of the group`)
      if (sub.termStart > day || sub.termEnd < day) throw fieldProblem(LiaisonErrors.LIAISON_NOT_A_CURRENT_MEMBER, `${field}/substituteId`, `${sub.id}'s term does not cover ${day}`)
    }
  }

  return {
    async get(groupId: string, meetingId: string): Promise<AttendanceRegister> {
      const meeting = await meetings.load(groupId, meetingId)
      const register = (await db.selectFrom('attendanceRegisters').selectAll().where('meetingId', '=', meetingId).executeTakeFirst())!
      return present(db, meeting, register)
    },
    async record(trx: Transaction<Database>, groupId: string, meetingId: string, expected: number, input: RecordAttendance): Promise<AttendanceRegister> {
      const meeting = await meetingsRepository(trx).getForUpdate(groupId, meetingId)
      if (!meeting) throw meetings.notFound(meetingId)()
      const register = await versionedUpdate<RegisterRow>(trx, 'attendanceRegisters', { meetingId }, expected, {}, meetings.notFound(meetingId))
      if (SETTLED.includes(meeting.status)) throw LiaisonErrors.LIAISON_ILLEGAL_TRANSITION(`Meeting ${meetingId} is ${meeting.status}; its attendance is settled.`, { allowed: [] })
      const members = new Map((await representativesRepository(trx).ofGroup(groupId)).map((m) => [m.id, m]))
      check(input, members, calendar.dayOf(meeting.startAt))
      await trx.deleteFrom('attendanceEntries').where('meetingId', '=', meetingId).execute()
      if (input.entries.length > 0) {
        await trx.insertInto('attendanceEntries').values(input.entries.map((e) => ({ meetingId, representativeId: e.representativeId, status: e.status, substituteId: e.substituteId ?? null }))).execute()
      }
      return present(trx, meeting, register)
    }
  }
}
export type AttendanceService = ReturnType<typeof attendanceService>
