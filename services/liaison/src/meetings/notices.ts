/**
 * Messages about a meeting to its members, written to the outbox in the transaction of the command
 * that causes them: the notice with the agenda and papers (and a reminder due before the meeting),
 * a cancellation, the minutes circulated for objection. Members are those whose term covers the
 * meeting's local day and who gave an e-mail address; each message concerns that member at that
 * meeting, so one meeting's reminders are cancelled without touching another's.
 */
import { cancelMessages, enqueueMany } from '@postcare/platform'
import type { Transaction } from 'kysely'
import type { Database } from '../db/database.js'
import type { GroupRow } from '../groups/groups.repository.js'
import { localTimes } from '../local-times.js'
import { MEMBER_SUBJECT, memberSubjectId, templates } from '../messages/templates.js'
import { representativesRepository, type RepresentativeRow } from '../representatives/representatives.repository.js'
import type { MeetingRow } from './meetings.repository.js'

const zh = (language: string) => language === 'zh-Hant'

async function recipients(trx: Transaction<Database>, meeting: MeetingRow, day: string): Promise<RepresentativeRow[]> {
  return (await representativesRepository(trx).currentOn(meeting.groupId, day)).filter((r) => r.email && !r.erasedAt)
}

function about(meeting: MeetingRow, group: GroupRow, r: RepresentativeRow, zone: string) {
  const local = localTimes(meeting.startAt, meeting.endAt, zone)
  return {
    to: { channel: 'email' as const, email: r.email!, name: r.name },
    language: r.language,
    subjectType: MEMBER_SUBJECT,
    subjectId: memberSubjectId(meeting.id, r.id),
    common: {
      name: r.name,
      group: zh(r.language) ? group.nameZh : group.nameEn,
      title: zh(r.language) ? meeting.titleZh : meeting.titleEn,
      date: local.date,
      time: `${local.startTime}–${local.endTime}`,
      place: meeting.venue ?? meeting.onlineLink ?? ''
    }
  }
}

export interface NoticeOptions {
  zone: string
  reminderHours: number
  now: Date
}

/** Cancels the reminders still queued for `meeting` (postponed, cancelled, held, or about to be sent again). */
export async function cancelReminders(trx: Transaction<Database>, meeting: MeetingRow): Promise<number> {
  const members = await representativesRepository(trx).ofGroup(meeting.groupId)
  return cancelMessages(trx, { subjectType: MEMBER_SUBJECT, subjectIds: members.map((m) => memberSubjectId(meeting.id, m.id)), kinds: ['liaison.meeting.reminder'] })
}

export async function circulateNotice(
  trx: Transaction<Database>,
  meeting: MeetingRow,
  group: GroupRow,
  agenda: Array<{ position: number; titleEn: string; titleZh: string; papers: Array<{ titleEn: string; titleZh: string }> }>,
  opts: NoticeOptions
): Promise<number> {
  await cancelReminders(trx, meeting)
  const day = localTimes(meeting.startAt, meeting.endAt, opts.zone).date
  const members = await recipients(trx, meeting, day)
  const remindAt = new Date(meeting.startAt.getTime() - opts.reminderHours * 3_600_000)
  const notices = members.map((r) => {
    const m = about(meeting, group, r, opts.zone)
    const list = agenda.map((a) => `${a.position}. ${zh(r.language) ? a.titleZh : a.titleEn}`).join('\n') || '-'
    const papers = agenda.flatMap((a) => a.papers.map((p) => `${a.position}. ${zh(r.language) ? p.titleZh : p.titleEn}`)).join('\n') || '-'
    return { kind: 'liaison.meeting.notice' as const, to: m.to, language: m.language, subjectType: m.subjectType, subjectId: m.subjectId, variables: { ...m.common, agenda: list, papers } }
  })
  await enqueueMany(trx, templates, notices)
  if (remindAt > opts.now) {
    const reminders = members.map((r) => {
      const m = about(meeting, group, r, opts.zone)
      return { kind: 'liaison.meeting.reminder' as const, to: m.to, language: m.language, subjectType: m.subjectType, subjectId: m.subjectId, variables: m.common, dueAt: remindAt }
    })
    await enqueueMany(trx, templates, reminders)
  }
  return members.length
}

export async function sendCancellation(trx: Transaction<Database>, meeting: MeetingRow, group: GroupRow, reason: string, zone: string): Promise<void> {
  const day = localTimes(meeting.startAt, meeting.endAt, zone).date
  const messages = (await recipients(trx, meeting, day)).map((r) => {
    const m = about(meeting, group, r, zone)
    const { time: _time, place: _place, ...rest } = m.common
    return { kind: 'liaison.meeting.cancelled' as const, to: m.to, language: m.language, subjectType: m.subjectType, subjectId: m.subjectId, variables: { ...rest, reason } }
  })
  await enqueueMany(trx, templates, messages)
}

export async function circulateMinutes(trx: Transaction<Database>, meeting: MeetingRow, group: GroupRow, closeAt: Date, opts: NoticeOptions): Promise<void> {
  const deadline = localTimes(closeAt, closeAt, opts.zone)
  const today = localTimes(opts.now, opts.now, opts.zone).date
  const messages = (await recipients(trx, meeting, today)).map((r) => {
    const m = about(meeting, group, r, opts.zone)
    return {
      kind: 'liaison.minutes.circulated' as const, to: m.to, language: m.language, subjectType: m.subjectType, subjectId: m.subjectId,
      variables: { name: m.common.name, group: m.common.group, title: m.common.title, deadline: `${deadline.date} ${deadline.startTime}` }
    }
  })
  await enqueueMany(trx, templates, messages)
}
