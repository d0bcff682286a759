/**
 * A meeting's lifecycle, as a pure decision: which commands its state allows. The route's answer
 * to an illegal command (409) names these.
 *
 *   scheduled → held → minutes_drafted → minutes_confirmed → published
 *   scheduled ⇄ postponed (postpone / reschedule); scheduled or postponed → cancelled
 *
 * `minutes_drafted` is reached by saving the minutes of a held meeting. Groups that confirm by
 * circulation circulate the draft first, and confirm once the objection window has closed with
 * no objection; the others confirm at a later meeting that has been held.
 */
import type { MeetingRow, MinutesRow } from './meetings.repository.js'

export const meetingCommands = ['hold', 'postpone', 'reschedule', 'cancel', 'publish-agenda', 'circulate-notice', 'circulate-minutes', 'confirm-minutes', 'publish-minutes'] as const
export type MeetingCommand = (typeof meetingCommands)[number]

export function allowedCommands(meeting: Pick<MeetingRow, 'status' | 'agendaPublishedAt'>, minutes: Pick<MinutesRow, 'status' | 'confirmation'>): MeetingCommand[] {
  const out: MeetingCommand[] = []
  const s = meeting.status
  if (s === 'scheduled') out.push('hold', 'postpone', 'circulate-notice')
  if (s === 'scheduled' || s === 'postponed') out.push('reschedule', 'cancel')
  if (s !== 'cancelled' && !meeting.agendaPublishedAt) out.push('publish-agenda')
  if (s === 'minutes_drafted') {
    if (minutes.confirmation === 'circulation' && minutes.status === 'draft') out.push('circulate-minutes')
    if (minutes.confirmation === 'next_meeting' || minutes.status === 'circulated') out.push('confirm-minutes')
  }
  if (s === 'minutes_confirmed') out.push('publish-minutes')
  return out
}

/** The states in which a meeting counts as held (for figures, and to confirm another's minutes). */
export const HELD_STATES = ['held', 'minutes_drafted', 'minutes_confirmed', 'published'] as const

/** The states in which the agenda may still change. */
export const OPEN_AGENDA_STATES = ['scheduled', 'postponed'] as const
