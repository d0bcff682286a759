/** The words of liaison: group types, constituencies, positions, statuses, bilingual texts, papers. */
import Type, { type Static } from 'typebox'

export const groupTypes = ['customer_liaison', 'philately_liaison', 'other'] as const
export const LiaisonGroupType = Type.Enum([...groupTypes], {
  $id: 'LiaisonGroupType',
  description: 'A Customer Liaison Group (a district or several), the Philately Liaison Group (the whole territory), or another group.'
})
export type LiaisonGroupType = Static<typeof LiaisonGroupType>

export const constituencies = ['district_council', 'philatelist', 'account_customer', 'member_of_public', 'business_association', 'official'] as const
export const Constituency = Type.Enum([...constituencies], {
  $id: 'LiaisonConstituency',
  description:
    'Whom a representative speaks for. `official`: a member of the operator\'s staff (chairs, secretaries, senior officials), always a directory staff member (`staffId`); every other constituency is a person outside the operator, whose contact details are personal data.'
})
export type Constituency = Static<typeof Constituency>

export const positions = ['chair', 'vice_chair', 'secretary', 'member', 'observer', 'substitute'] as const
export const Position = Type.Enum([...positions], {
  $id: 'LiaisonPosition',
  description: 'The position held in the group. Observers and substitutes hold no seat and are not voting members; a substitute attends in place of an absent member.'
})
export type Position = Static<typeof Position>

export const meetingStatuses = ['scheduled', 'postponed', 'cancelled', 'held', 'minutes_drafted', 'minutes_confirmed', 'published'] as const
export const MeetingStatus = Type.Enum([...meetingStatuses], {
  $id: 'LiaisonMeetingStatus',
  description:
    'scheduled → held → minutes_drafted (the first minutes saved) → minutes_confirmed → published; a scheduled meeting may be postponed (and rescheduled) or cancelled.'
})
export type MeetingStatus = Static<typeof MeetingStatus>

export const Visibility = Type.Enum(['public', 'confidential'], {
  $id: 'LiaisonVisibility',
  description: '`confidential` items, their papers and their minutes never reach the public record; an item may change either way at any time.'
})
export type Visibility = Static<typeof Visibility>

export const attendanceStatuses = ['present', 'apologies', 'absent', 'substitute'] as const
export const AttendanceStatus = Type.Enum([...attendanceStatuses], {
  $id: 'LiaisonAttendanceStatus',
  description: '`substitute`: the member was absent and a substitute (`substituteId`) attended in their place.'
})
export type AttendanceStatus = Static<typeof AttendanceStatus>

export const actionStatuses = ['open', 'in_progress', 'completed', 'dropped'] as const
export const ActionStatus = Type.Enum([...actionStatuses], {
  $id: 'LiaisonActionStatus',
  description: '`open` and `in_progress` actions are carried to the next meeting as matters arising; `completed` and `dropped` close an action.'
})
export type ActionStatus = Static<typeof ActionStatus>

export const MinutesConfirmation = Type.Enum(['next_meeting', 'circulation'], {
  $id: 'LiaisonMinutesConfirmation',
  description: 'How a group confirms its minutes: at its next meeting, or by circulation to the members with an objection window.'
})

/** A title in both languages of the public record. */
export const LiaisonTitle = Type.Object(
  { en: Type.String({ minLength: 1, maxLength: 300 }), 'zh-Hant': Type.String({ minLength: 1, maxLength: 300 }) },
  { $id: 'LiaisonTitle', additionalProperties: false, description: 'A short text in English and Traditional Chinese, the two languages of the public record.' }
)
export type LiaisonTitle = Static<typeof LiaisonTitle>

/** Free text in both languages (minutes, terms of reference); empty while a draft is being written. */
export const LiaisonText = Type.Object(
  { en: Type.String({ maxLength: 20000 }), 'zh-Hant': Type.String({ maxLength: 20000 }) },
  { $id: 'LiaisonText', additionalProperties: false, description: 'A text in English and Traditional Chinese, up to 20,000 characters each.' }
)
export type LiaisonText = Static<typeof LiaisonText>

/** The largest paper accepted (bytes); the gateway lets exactly this much through on the upload route. */
export const LIAISON_PAPER_MAX_BYTES = 20 * 1024 * 1024

/** Media types a paper may have, read from its content (magic bytes), never from its name or declared type. */
export const paperMediaTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/x-cfb',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/tiff'
] as const
export const PaperMediaType = Type.Enum([...paperMediaTypes], {
  $id: 'LiaisonPaperMediaType',
  description: 'PDF, an office document (Office Open XML, OpenDocument, or a legacy Office compound file `application/x-cfb`), or an image, as recognised from the content.'
})
