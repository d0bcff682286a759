/** Meetings: when and where, chaired by whom, their lifecycle commands, and who attended (with the quorum). */
import Type, { type Static } from 'typebox'
import { CalendarDate, Instant, Page, PageQuery, Uuid, ref } from '../common.js'
import { StaffId } from '../directory.js'
import { PERSONAL_DATA_SUBJECT, PERSONAL_DATA_SUBJECT_ID, personal } from '../personal-data.js'
import { createMeetingExamples, recordAttendanceExamples, rescheduleMeetingExamples } from './examples.js'
import { QuorumRule } from './groups.js'
import { AttendanceStatus, Constituency, LiaisonTitle, MeetingStatus, Position } from './taxonomy.js'

const Version = Type.Integer({ minimum: 1, maximum: 2147483647 })
const Venue = Type.String({ minLength: 1, maxLength: 300, description: 'Where the meeting is held; a venue, an online link, or both.' })
const OnlineLink = Type.String({ format: 'uri', pattern: '^https://', minLength: 9, maxLength: 500, description: 'An https:// link to join online. Never part of the public record.' })
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', minLength: 5, maxLength: 5 })

export const CreateMeeting = Type.Object(
  {
    title: ref(LiaisonTitle),
    start: Type.Unsafe<string>({ $ref: 'Instant', description: 'When the meeting starts (an instant; shown in the operator\'s time zone as `local`).' }),
    end: Type.Unsafe<string>({ $ref: 'Instant', description: 'When it ends: after `start`, at most 24 hours later.' }),
    venue: Type.Optional(Venue),
    onlineLink: Type.Optional(OnlineLink),
    chairStaffId: Type.Unsafe<string>({ $ref: 'StaffId', description: 'The chair: a directory staff member (a senior official, up to the Postmaster General).' })
  },
  { $id: 'CreateLiaisonMeeting', additionalProperties: false, examples: createMeetingExamples }
)
export type CreateMeeting = Static<typeof CreateMeeting>

export const UpdateMeeting = Type.Object(
  {
    title: Type.Optional(ref(LiaisonTitle)),
    venue: Type.Optional(Type.Union([Venue, Type.Null()])),
    onlineLink: Type.Optional(Type.Union([OnlineLink, Type.Null()])),
    chairStaffId: Type.Optional(ref(StaffId))
  },
  { $id: 'UpdateLiaisonMeeting', additionalProperties: false, minProperties: 1, description: 'The time changes only by `reschedule`.' }
)
export type UpdateMeeting = Static<typeof UpdateMeeting>

export const LocalTimes = Type.Object(
  {
    timeZone: Type.String({ maxLength: 64, description: 'The operator\'s IANA time zone (POSTCARE_TIME_ZONE).' }),
    date: ref(CalendarDate),
    startTime: Time,
    endDate: ref(CalendarDate),
    endTime: Time
  },
  { $id: 'LiaisonLocalTimes', additionalProperties: false, description: 'The start and end as the operator\'s wall clock shows them.' }
)

export const Meeting = Type.Object(
  {
    id: ref(Uuid),
    groupId: ref(Uuid),
    title: ref(LiaisonTitle),
    start: ref(Instant),
    end: ref(Instant),
    local: ref(LocalTimes),
    venue: Type.Union([Type.String({ maxLength: 300 }), Type.Null()]),
    onlineLink: Type.Union([Type.String({ maxLength: 500 }), Type.Null()]),
    chair: Type.Object({ staffId: ref(StaffId), name: Type.String({ maxLength: 200 }) }, { additionalProperties: false, description: 'A member of staff, named as the directory names them.' }),
    status: ref(MeetingStatus),
    contributionsCloseAt: Type.Unsafe<string>({ $ref: 'Instant', description: 'Members\' contributions to the agenda are accepted until then: 00:00 local time the group\'s `agendaCutoffDays` before the meeting\'s local date, fixed when the meeting is scheduled or rescheduled.' }),
    agendaPublishedAt: Type.Union([ref(Instant), Type.Null()]),
    noticeCirculatedAt: Type.Union([ref(Instant), Type.Null()]),
    heldAt: Type.Union([ref(Instant), Type.Null()]),
    reason: Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], { description: 'Why it was postponed or cancelled.' }),
    minutesPublishedAt: Type.Union([ref(Instant), Type.Null()]),
    version: Version,
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'LiaisonMeeting', additionalProperties: false }
)
export type Meeting = Static<typeof Meeting>

export const MeetingPage = Page(ref(Meeting), 'LiaisonMeetingPage')

export const MeetingListQuery = Type.Object(
  {
    status: Type.Optional(ref(MeetingStatus)),
    from: Type.Optional(Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'Starting on or after this local day.' })),
    to: Type.Optional(Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'Starting on or before this local day.' })),
    ...PageQuery
  },
  { additionalProperties: false }
)

export const ReasonBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }, { $id: 'LiaisonReason', additionalProperties: false })

export const RescheduleMeeting = Type.Object(
  { start: ref(Instant), end: ref(Instant) },
  { $id: 'RescheduleLiaisonMeeting', additionalProperties: false, examples: rescheduleMeetingExamples }
)

export const ConfirmMinutes = Type.Object(
  {
    atMeetingId: Type.Optional(Type.Unsafe<string>({ $ref: 'Uuid', description: 'With confirmation at the next meeting: the group\'s later meeting, already held, that confirmed them. Not used with circulation.' }))
  },
  { $id: 'ConfirmLiaisonMinutes', additionalProperties: false }
)

export const AttendanceEntryInput = Type.Object(
  {
    representativeId: ref(Uuid),
    status: ref(AttendanceStatus),
    substituteId: Type.Optional(Type.Unsafe<string>({ $ref: 'Uuid', description: 'With `substitute`: the group\'s substitute who attended.' }))
  },
  { $id: 'LiaisonAttendanceEntryInput', additionalProperties: false }
)

export const RecordAttendance = Type.Object(
  { entries: Type.Array(ref(AttendanceEntryInput), { maxItems: 200, description: 'The whole register: each representative once.' }) },
  { $id: 'RecordLiaisonAttendance', additionalProperties: false, examples: recordAttendanceExamples }
)
export type RecordAttendance = Static<typeof RecordAttendance>

const Count = Type.Integer({ minimum: 0, maximum: 100000 })

export const Quorum = Type.Object(
  {
    rule: ref(QuorumRule),
    asOf: Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'The meeting\'s local day: terms are read as of it.' }),
    votingMembers: Count,
    required: Count,
    present: Count,
    met: Type.Boolean(),
    byConstituency: Type.Array(
      Type.Object({ constituency: ref(Constituency), members: Count, present: Count, minimum: Type.Union([Count, Type.Null()]), met: Type.Boolean() }, { additionalProperties: false }),
      { maxItems: 6 }
    ),
    notCounted: Type.Array(
      Type.Object(
        { representativeId: ref(Uuid), reason: Type.Enum(['term_not_current', 'not_a_voting_member', 'official_not_counted'], { description: 'Why an entry is not counted towards the quorum.' }) },
        { additionalProperties: false }
      ),
      { maxItems: 200 }
    )
  },
  { $id: 'LiaisonQuorum', additionalProperties: false, description: 'See LiaisonQuorumRule for how each figure is counted.' }
)

export const AttendanceEntry = Type.Object(
  {
    representativeId: ref(Uuid),
    name: personal(Type.String({ maxLength: 200 }), 'name'),
    constituency: ref(Constituency),
    position: ref(Position),
    status: ref(AttendanceStatus),
    substituteId: Type.Union([ref(Uuid), Type.Null()]),
    substituteName: personal(Type.Union([Type.String({ maxLength: 200 }), Type.Null()]), 'name')
  },
  { $id: 'LiaisonAttendanceEntry', additionalProperties: false, [PERSONAL_DATA_SUBJECT]: 'liaison_representative', [PERSONAL_DATA_SUBJECT_ID]: 'representativeId' }
)

export const AttendanceRegister = Type.Object(
  {
    meetingId: ref(Uuid),
    entries: Type.Array(ref(AttendanceEntry), { maxItems: 200 }),
    quorum: ref(Quorum),
    version: Version,
    updatedAt: ref(Instant)
  },
  { $id: 'LiaisonAttendance', additionalProperties: false, description: 'Apologies may be recorded before the meeting; the quorum is then what the register promises so far.' }
)
export type AttendanceRegister = Static<typeof AttendanceRegister>
