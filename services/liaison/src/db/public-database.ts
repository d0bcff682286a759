/**
 * What the public record's read-only role can read: the views of the migration
 * 2026-12-20T0910_public-record, and nothing else (it has no privilege on any table).
 */
export interface PublicMeetingView {
  id: string
  groupId: string
  groupEn: string
  groupZh: string
  titleEn: string
  titleZh: string
  startAt: Date
  endAt: Date
  venue: string | null
  chairName: string
  status: 'scheduled' | 'postponed' | 'cancelled' | 'held' | 'minutes_published'
  minutesPublished: boolean
}

export interface PublicAgendaItemView {
  id: string
  meetingId: string
  position: number
  titleEn: string
  titleZh: string
  category: string
}

export interface PublicPaperView {
  id: string
  agendaItemId: string
  meetingId: string
  titleEn: string
  titleZh: string
  mediaType: string
  sizeBytes: number
  sha256: string
}

export interface PublicPaperChunkView {
  paperId: string
  meetingId: string
  seq: number
  data: Buffer
}

export interface PublicMinutesView {
  meetingId: string
  agendaItemId: string
  discussionEn: string
  discussionZh: string
  decisionsEn: string
  decisionsZh: string
}

export interface PublicAttendanceView {
  meetingId: string
  constituency: string
  position: string
  status: string
  name: string | null
  organisation: string | null
}

export interface PublicDatabase {
  publicMeetings: PublicMeetingView
  publicAgendaItems: PublicAgendaItemView
  publicPapers: PublicPaperView
  publicPaperChunks: PublicPaperChunkView
  publicMinutes: PublicMinutesView
  publicAttendance: PublicAttendanceView
}
