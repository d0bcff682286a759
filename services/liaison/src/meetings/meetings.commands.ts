/**
 * The meeting's lifecycle commands, each in the route's transaction with the meeting row locked:
 * If-Match is judged first (412), then whether the state allows the command (409 naming what is
 * allowed), then the command's own rules (422 naming the field). Messages a command causes are
 * written to the outbox in the same transaction.
 */
import type { Meeting } from '@postcare/contracts'
import { addDays, preconditionFailed, type OperatorCalendar } from '@postcare/platform'
import type { Transaction, Updateable } from 'kysely'
import { agendaRepository } from '../agenda/agenda.repository.js'
import type { AgendaService } from '../agenda/agenda.service.js'
import type { Database, MeetingTable } from '../db/database.js'
import { LiaisonErrors, fieldProblem } from '../errors.js'
import { groupsRepository, type GroupRow } from '../groups/groups.repository.js'
import { minutesRepository } from '../minutes/minutes.repository.js'
import { allowedCommands, HELD_STATES, type MeetingCommand } from './lifecycle.js'
import { meetingsRepository, type MeetingRow, type MinutesRow } from './meetings.repository.js'
import { checkTimes, type MeetingsService } from './meetings.service.js'
import { cancelReminders, circulateMinutes, circulateNotice, sendCancellation } from './notices.js'

export interface CommandBody {
  reason?: string
  start?: string
  end?: string
  atMeetingId?: string
}

export interface CommandDeps {
  meetings: MeetingsService
  agenda: AgendaService
  calendar: OperatorCalendar
  now: () => Date
  reminderHours: number
}

export function meetingCommandsService(deps: CommandDeps) {
  const { meetings, agenda, calendar, now } = deps
  const notice = () => ({ zone: calendar.timeZone, reminderHours: deps.reminderHours, now: now() })

  async function confirm(trx: Transaction<Database>, meeting: MeetingRow, minutes: MinutesRow, body: CommandBody): Promise<void> {
    const m = minutesRepository(trx)
    if (minutes.confirmation === 'circulation') {
      if (body.atMeetingId) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, 'body/atMeetingId', 'is not used: this group confirms its minutes by circulation')
      if (!minutes.objectionsCloseAt || now() < minutes.objectionsCloseAt) {
        throw LiaisonErrors.LIAISON_OBJECTION_WINDOW(`The objection window closes at ${minutes.objectionsCloseAt?.toISOString() ?? '(not circulated)'}; confirm after it.`)
      }
      await m.set(meeting.id, { status: 'confirmed', confirmedAt: now() })
      return
    }
    if (!body.atMeetingId) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, 'body/atMeetingId', 'is required: the later meeting of the group that confirmed these minutes')
    const at = await meetingsRepository(trx).get(meeting.groupId, body.atMeetingId)
    if (!at) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, 'body/atMeetingId', `${body.atMeetingId} is not a meeting of this group`)
    if (at.startAt <= meeting.startAt) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, 'body/atMeetingId', 'must be a meeting after this one')
    if (!(HELD_STATES as readonly string[]).includes(at.status)) throw fieldProblem(LiaisonErrors.LIAISON_INVALID_REFERENCE, 'body/atMeetingId', `that meeting is ${at.status}, not held`)
    await m.set(meeting.id, { status: 'confirmed', confirmedAt: now(), confirmedAtMeetingId: at.id })
  }

  async function apply(trx: Transaction<Database>, meeting: MeetingRow, minutes: MinutesRow, group: GroupRow, command: MeetingCommand, body: CommandBody): Promise<Updateable<MeetingTable>> {
    switch (command) {
      case 'hold':
        // The rule the quorum is computed with from now on, and the open actions carried here.
        await agenda.carry(trx, meeting)
        await cancelReminders(trx, meeting)
        return { status: 'held', heldAt: now(), quorumRule: JSON.stringify(group.quorum) }
      case 'postpone':
        await cancelReminders(trx, meeting)
        return { status: 'postponed', reason: body.reason ?? null }
      case 'reschedule': {
        const { startAt, endAt } = checkTimes(body.start ?? '', body.end ?? '')
        await cancelReminders(trx, meeting)
        return { status: 'scheduled', startAt, endAt, contributionsCloseAt: meetings.contributionsCloseAt(startAt, group), noticeCirculatedAt: null, reason: null }
      }
      case 'cancel':
        await cancelReminders(trx, meeting)
        if (meeting.noticeCirculatedAt) await sendCancellation(trx, meeting, group, body.reason ?? '', calendar.timeZone)
        return { status: 'cancelled', reason: body.reason ?? null }
      case 'publish-agenda':
        return { agendaPublishedAt: now() }
      case 'circulate-notice': {
        const items = await agenda.present(await agendaRepository(trx).items(meeting.id), agendaRepository(trx))
        const list = items.map((i) => ({ position: i.position, titleEn: i.title.en, titleZh: i.title['zh-Hant'], papers: i.papers.map((p) => ({ titleEn: p.title.en, titleZh: p.title['zh-Hant'] })) }))
        await circulateNotice(trx, meeting, group, list, notice())
        return { noticeCirculatedAt: now() }
      }
      case 'circulate-minutes': {
        const closeAt = calendar.startOfDay(addDays(calendar.dayOf(now()), group.objectionWindowDays + 1))
        await minutesRepository(trx).set(meeting.id, { status: 'circulated', circulatedAt: now(), objectionsCloseAt: closeAt })
        await circulateMinutes(trx, meeting, group, closeAt, notice())
        return {}
      }
      case 'confirm-minutes':
        await confirm(trx, meeting, minutes, body)
        return { status: 'minutes_confirmed' }
      case 'publish-minutes':
        return { status: 'published', minutesPublishedAt: now(), agendaPublishedAt: meeting.agendaPublishedAt ?? now() }
    }
  }

  return {
    async run(trx: Transaction<Database>, groupId: string, id: string, expected: number, command: MeetingCommand, body: CommandBody): Promise<Meeting> {
      const r = meetingsRepository(trx)
      const meeting = await r.getForUpdate(groupId, id)
      if (!meeting) throw meetings.notFound(id)()
      if (meeting.version !== expected) preconditionFailed(meeting.version)
      const minutes = (await r.getMinutes(id))!
      const allowed = allowedCommands(meeting, minutes)
      if (!allowed.includes(command)) {
        throw LiaisonErrors.LIAISON_ILLEGAL_TRANSITION(`Meeting ${id} is ${meeting.status}${meeting.status === 'minutes_drafted' ? ` with minutes ${minutes.status}` : ''}; allowed: ${allowed.join(', ') || 'nothing'}.`, { allowed })
      }
      const group = (await groupsRepository(trx).getForShare(groupId))!
      const patch = await apply(trx, meeting, minutes, group, command, body)
      return meetings.present(await r.update(id, expected, patch, meetings.notFound(id)))
    }
  }
}
export type MeetingCommandsService = ReturnType<typeof meetingCommandsService>
