/** Liaison groups: what they cover, their seats, their quorum rule, and how well their seats are filled. */
import Type, { type Static } from 'typebox'
import { CalendarDate, DistrictCode, Instant, Page, PageQuery, Uuid, ref } from '../common.js'
import { createLiaisonGroupExamples, updateLiaisonGroupExamples } from './examples.js'
import { Constituency, LiaisonGroupType, LiaisonText, LiaisonTitle, MinutesConfirmation } from './taxonomy.js'

const Version = Type.Integer({ minimum: 1, maximum: 2147483647 })
const SeatCount = Type.Integer({ minimum: 1, maximum: 50 })

export const Seat = Type.Object(
  { constituency: ref(Constituency), count: SeatCount },
  { $id: 'LiaisonSeat', additionalProperties: false, description: 'Seats a constituency holds in the group. `official` has no seats: officials attend by position.' }
)

export const QuorumRule = Type.Object(
  {
    basis: Type.Enum(['count', 'fraction'], { description: '`count`: at least `count` voting members present. `fraction`: at least `numerator`/`denominator` of the current voting members, rounded up.' }),
    count: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, description: 'With basis `count`.' })),
    numerator: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'With basis `fraction`; not above `denominator`.' })),
    denominator: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'With basis `fraction`.' })),
    officialsCount: Type.Boolean({
      default: false,
      description: 'Whether officials (constituency `official`, the chair and secretary among them) count: both among the voting members a fraction is taken of and among those present.'
    }),
    minimumPerConstituency: Type.Array(ref(Seat), {
      maxItems: 6,
      default: [],
      description: 'Optionally, at least `count` voting members of each constituency named must be present as well.'
    })
  },
  {
    $id: 'LiaisonQuorumRule',
    additionalProperties: false,
    description:
      'Computed for a meeting as of its local day, with the rule as it stood when the meeting was held (the rule is kept with the meeting then). Voting members: representatives whose term covers that day, holding a seat (not observers or substitutes), and officials only when `officialsCount`. A term that ended the day before does not count. Present: voting members recorded `present`, and those recorded `substitute` (represented by a substitute). Met when present ≥ required and every constituency minimum is met.'
  }
)
export type QuorumRule = Static<typeof QuorumRule>

const groupFields = {
  name: ref(LiaisonTitle),
  districtCodes: Type.Array(ref(DistrictCode), {
    maxItems: 30,
    uniqueItems: true,
    description: 'The directory districts a Customer Liaison Group covers (at least one). The Philately Liaison Group covers the whole territory: none.'
  }),
  termsOfReference: ref(LiaisonText),
  termsOfReferenceReviewOn: Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'When the terms of reference are next reviewed.' }),
  seats: Type.Array(ref(Seat), { maxItems: 6, description: 'Seats per constituency (each named once); a seat without a current member is a vacancy.' }),
  quorum: ref(QuorumRule),
  meetingsPerYear: Type.Integer({ minimum: 1, maximum: 52, description: 'The meeting frequency target: meetings held per financial year.' })
}

export const CreateLiaisonGroup = Type.Object(
  {
    ...groupFields,
    type: ref(LiaisonGroupType),
    minutesConfirmation: Type.Optional(Type.Unsafe<string>({ $ref: 'LiaisonMinutesConfirmation', description: 'Default `next_meeting`.' })),
    objectionWindowDays: Type.Integer({ minimum: 1, maximum: 60, default: 14, description: 'With confirmation by circulation: days (local) members have to object.' }),
    agendaCutoffDays: Type.Integer({ minimum: 0, maximum: 60, default: 7, description: 'Contributions to the agenda close at 00:00 local time this many days before the meeting\'s local date.' })
  },
  { $id: 'CreateLiaisonGroup', additionalProperties: false, examples: createLiaisonGroupExamples }
)
export type CreateLiaisonGroup = Static<typeof CreateLiaisonGroup>

export const UpdateLiaisonGroup = Type.Object(
  {
    name: Type.Optional(ref(LiaisonTitle)),
    districtCodes: Type.Optional(groupFields.districtCodes),
    termsOfReference: Type.Optional(ref(LiaisonText)),
    termsOfReferenceReviewOn: Type.Optional(ref(CalendarDate)),
    seats: Type.Optional(groupFields.seats),
    quorum: Type.Optional(ref(QuorumRule)),
    meetingsPerYear: Type.Optional(groupFields.meetingsPerYear),
    minutesConfirmation: Type.Optional(ref(MinutesConfirmation)),
    objectionWindowDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
    agendaCutoffDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 }))
  },
  { $id: 'UpdateLiaisonGroup', additionalProperties: false, minProperties: 1, examples: updateLiaisonGroupExamples }
)
export type UpdateLiaisonGroup = Static<typeof UpdateLiaisonGroup>

export const LiaisonGroup = Type.Object(
  {
    id: ref(Uuid),
    type: ref(LiaisonGroupType),
    ...groupFields,
    territoryWide: Type.Boolean({ description: 'True when no district is named: the group covers the whole territory.' }),
    minutesConfirmation: ref(MinutesConfirmation),
    objectionWindowDays: Type.Integer({ minimum: 1, maximum: 60 }),
    agendaCutoffDays: Type.Integer({ minimum: 0, maximum: 60 }),
    version: Version,
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'LiaisonGroup', additionalProperties: false }
)
export type LiaisonGroup = Static<typeof LiaisonGroup>

export const LiaisonGroupPage = Page(ref(LiaisonGroup), 'LiaisonGroupPage')

export const LiaisonGroupListQuery = Type.Object(
  { type: Type.Optional(ref(LiaisonGroupType)), districtCode: Type.Optional(Type.Unsafe<string>({ $ref: 'DistrictCode', description: 'Groups covering this district (the territory-wide ones included).' })), ...PageQuery },
  { additionalProperties: false }
)

const Count = Type.Integer({ minimum: 0, maximum: 100000 })

export const GroupCoverage = Type.Object(
  {
    groupId: ref(Uuid),
    name: ref(LiaisonTitle),
    asOf: Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'The local day the coverage is for (today).' }),
    seats: Type.Array(
      Type.Object({ constituency: ref(Constituency), seats: Count, filled: Count, vacancies: Count }, { additionalProperties: false }),
      { maxItems: 6, description: 'Per constituency: its seats, the members holding one today (term covering today, not an observer or substitute), and the seats left empty.' }
    ),
    vacancies: Count,
    unrepresented: Type.Array(ref(Constituency), { maxItems: 6, description: 'Constituencies with seats and no current member.' }),
    flags: Type.Array(Type.Enum(['vacant_seat', 'constituency_unrepresented']), { maxItems: 2, uniqueItems: true }),
    flagged: Type.Boolean({ description: 'The group has a vacant seat or a constituency without a current member.' })
  },
  { $id: 'LiaisonGroupCoverage', additionalProperties: false }
)
export type GroupCoverage = Static<typeof GroupCoverage>

export const GroupCoveragePage = Page(ref(GroupCoverage), 'LiaisonGroupCoveragePage')

export const CoverageListQuery = Type.Object(
  { flagged: Type.Optional(Type.Boolean({ description: '`true`: only groups with a vacant seat or an unrepresented constituency.' })), ...PageQuery },
  { additionalProperties: false }
)
