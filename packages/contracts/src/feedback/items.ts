/** Feedback items: intake, the item as read, its timeline, and the commands that move it. */
import Type, { type Static } from 'typebox'
import { CalendarDate, Channel, DistrictCode, Instant, Money, OfficeCode, Page, PageQuery, Problem, RegionClass, Uuid, ref } from '../common.js'
import { PERSONAL_DATA_STATUS, PERSONAL_DATA_SUBJECT, PERSONAL_DATA_SUBJECT_ID, personal } from '../personal-data.js'
import { StaffId } from '../directory.js'
import { createFeedbackBatchExamples, createFeedbackItemExamples } from '../feedback-examples.js'
import { CategoryCode, ComplaintOutcome, ComplaintStage, FeedbackKind, FeedbackPriority, FeedbackReference, FeedbackStatus, ReplyChannel, RootCause, TrackingNumber } from './taxonomy.js'

const Text = (maxLength: number, description?: string) => Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) })
const Officer = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._:@-]+$', description: 'The case officer: a caller id such as `user:jchan`.' })
const Team = Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9][a-z0-9_-]*$', description: 'A case-handling team, e.g. `parcels-kowloon`.' })

export const CustomerInput = Type.Object(
  {
    anonymous: Type.Boolean({ default: false, description: 'No name or contact details are kept. Not allowed when a reply is required.' }),
    name: Type.Optional(personal(Text(200), 'name')),
    email: Type.Optional(personal(Type.String({ format: 'email', minLength: 3, maxLength: 254 }), 'email')),
    phone: Type.Optional(personal(Type.String({ pattern: '^\\+?[0-9][0-9 ()-]{5,24}$', minLength: 6, maxLength: 25 }), 'phone')),
    address: Type.Optional(personal(Text(500), 'address')),
    preferredReplyChannel: Type.Optional(ref(ReplyChannel)),
    language: Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z]{2,4})?$', minLength: 2, maxLength: 12, default: 'en', description: 'BCP 47 tag for replies, e.g. `en`, `zh-Hant`.' }),
    membershipNumber: Type.Optional(personal(Type.String({ pattern: '^[A-Z0-9-]{4,20}$', minLength: 4, maxLength: 20, description: 'PostalPlus / e-Club membership number.' }), 'identifier')),
    vulnerable: Type.Boolean({ default: false, description: 'The customer is vulnerable; raises priority. Requires `vulnerabilityConsent`.' }),
    vulnerabilityConsent: Type.Boolean({ default: false, description: 'The customer consented to the vulnerability flag being recorded.' })
  },
  { $id: 'CustomerInput', additionalProperties: false }
)
export type CustomerInput = Static<typeof CustomerInput>

export const Customer = Type.Object(
  {
    anonymous: Type.Boolean(),
    name: personal(Type.Union([Type.String({ maxLength: 200 }), Type.Null()]), 'name'),
    email: personal(Type.Union([Type.String({ maxLength: 254 }), Type.Null()]), 'email'),
    phone: personal(Type.Union([Type.String({ maxLength: 25 }), Type.Null()]), 'phone'),
    address: personal(Type.Union([Type.String({ maxLength: 500 }), Type.Null()]), 'address'),
    preferredReplyChannel: ref(ReplyChannel),
    language: Type.String({ maxLength: 12 }),
    membershipNumber: personal(Type.Union([Type.String({ maxLength: 20 }), Type.Null()]), 'identifier'),
    vulnerable: Type.Boolean(),
    personalData: Type.Enum(['full', 'masked', 'erased'], {
      description: '`masked` unless the caller holds `personal-data:read`; `erased` after an erasure request or the retention period.'
    })
  },
  { $id: 'Customer', additionalProperties: false, [PERSONAL_DATA_STATUS]: 'personalData' }
)
export type Customer = Static<typeof Customer>

export const CreateFeedbackItem = Type.Object(
  {
    kind: ref(FeedbackKind),
    channel: ref(Channel),
    officeCode: Type.Unsafe<string>({ $ref: 'OfficeCode', description: 'The post office the feedback is about. A counter terminal may only give its own office.' }),
    category: ref(CategoryCode),
    subject: personal(Text(200, 'One line, as the customer would put it.'), 'text'),
    description: personal(Text(5000, 'What happened, in full.'), 'text'),
    occurredAt: Type.Optional(Type.Unsafe<string>({ $ref: 'Instant', description: 'When the thing complained of (or praised) happened, if known; not after `receivedAt`.' })),
    receivedAt: Type.Optional(Type.Unsafe<string>({ $ref: 'Instant', description: 'When the feedback reached the operator; defaults to now. Back-dating is for imports.' })),
    trackingNumbers: Type.Array(ref(TrackingNumber), { maxItems: 20, uniqueItems: true, default: [], description: 'Postal items concerned; searchable with `trackingNumber`.' }),
    staffId: Type.Optional(Type.Unsafe<string>({ $ref: 'StaffId', description: 'The member of staff concerned; a commendation is forwarded to them and their office.' })),
    remedySought: Type.Optional(personal(Text(1000, 'What the customer asks us to do, in their words.'), 'text')),
    replyRequired: Type.Optional(Type.Boolean({ description: 'Defaults to true for complaints, false otherwise.' })),
    customer: ref(CustomerInput)
  },
  { $id: 'CreateFeedbackItem', additionalProperties: false, examples: createFeedbackItemExamples }
)
export type CreateFeedbackItem = Static<typeof CreateFeedbackItem>

export const CreateFeedbackBatch = Type.Object(
  { items: Type.Array(ref(CreateFeedbackItem), { minItems: 1, maxItems: 1000 }) },
  { $id: 'CreateFeedbackBatch', additionalProperties: false, examples: createFeedbackBatchExamples, description: 'Up to 1,000 items; each is accepted or refused on its own.' }
)

export const Remedy = Type.Object(
  {
    apology: Type.Boolean({ default: false }),
    compensation: Type.Optional(ref(Money)),
    serviceRecovery: Type.Optional(personal(Text(1000, 'What was done to put the service right, e.g. redelivery.'), 'text'))
  },
  { $id: 'Remedy', additionalProperties: false, description: 'What the customer was given. It may be empty (`{}`) only for a complaint closed `not_upheld` or `withdrawn`.' }
)
export type Remedy = Static<typeof Remedy>

export const Deadlines = Type.Object(
  {
    acknowledgeBy: ref(CalendarDate),
    replyBy: Type.Union([ref(CalendarDate), Type.Null()], { description: 'Substantive reply due for the current stage; null for commendations.' }),
    overdue: Type.Boolean({ description: 'An open item whose next deadline has passed (never while awaiting the customer).' }),
    pausedWorkingDays: Type.Integer({ minimum: 0, maximum: 100000, description: 'Working days spent awaiting the customer, added to the reply deadline.' }),
    acknowledgementBreached: Type.Boolean(),
    replyBreached: Type.Boolean()
  },
  { $id: 'Deadlines', additionalProperties: false }
)

export const FeedbackItem = Type.Object(
  {
    id: ref(Uuid),
    reference: ref(FeedbackReference),
    kind: ref(FeedbackKind),
    status: ref(FeedbackStatus),
    stage: Type.Union([ref(ComplaintStage), Type.Null()]),
    priority: ref(FeedbackPriority),
    channel: ref(Channel),
    officeCode: ref(OfficeCode),
    districtCode: ref(DistrictCode),
    regionClass: ref(RegionClass),
    category: ref(CategoryCode),
    subject: personal(Type.String({ maxLength: 200 }), 'text'),
    description: personal(Type.String({ maxLength: 5000 }), 'text'),
    occurredAt: Type.Union([ref(Instant), Type.Null()]),
    receivedAt: ref(Instant),
    trackingNumbers: Type.Array(ref(TrackingNumber), { maxItems: 20 }),
    staffId: Type.Union([ref(StaffId), Type.Null()]),
    remedySought: personal(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()]), 'text'),
    replyRequired: Type.Boolean(),
    customer: ref(Customer),
    team: Type.Union([Type.String({ maxLength: 60 }), Type.Null()]),
    officerId: Type.Union([Type.String({ maxLength: 100 }), Type.Null()]),
    deadlines: ref(Deadlines),
    acknowledgedAt: Type.Union([ref(Instant), Type.Null()]),
    respondedAt: Type.Union([ref(Instant), Type.Null()]),
    forwardedAt: Type.Union([ref(Instant), Type.Null()]),
    forwardedToOffice: Type.Union([ref(OfficeCode), Type.Null()]),
    closedAt: Type.Union([ref(Instant), Type.Null()]),
    outcome: Type.Union([ref(ComplaintOutcome), Type.Null()]),
    remedy: Type.Union([ref(Remedy), Type.Null()]),
    rootCause: Type.Union([ref(RootCause), Type.Null()]),
    version: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  {
    $id: 'FeedbackItem',
    additionalProperties: false,
    [PERSONAL_DATA_SUBJECT]: 'feedback_item',
    description:
      'The customer\'s details and every free-text field (subject, description, remedy sought, service recovery) are personal data: masked for a caller without `personal-data:read` (`customer.personalData` says `masked`), and each read with the scope is written to the audit log.'
  }
)
export type FeedbackItem = Static<typeof FeedbackItem>

export const FeedbackItemPage = Page(ref(FeedbackItem), 'FeedbackItemPage')

export const FeedbackBatchResult = Type.Object(
  {
    index: Type.Integer({ minimum: 0, maximum: 999 }),
    status: Type.Integer({ minimum: 200, maximum: 599, description: '201 when created, otherwise the status the item alone would have had.' }),
    item: Type.Optional(ref(FeedbackItem)),
    problem: Type.Optional(ref(Problem))
  },
  { $id: 'FeedbackBatchResult', additionalProperties: false }
)

export const FeedbackBatchResponse = Type.Object(
  {
    created: Type.Integer({ minimum: 0, maximum: 1000 }),
    rejected: Type.Integer({ minimum: 0, maximum: 1000 }),
    results: Type.Array(ref(FeedbackBatchResult), { maxItems: 1000 })
  },
  { $id: 'FeedbackBatchResponse', additionalProperties: false }
)
export type FeedbackBatchResponse = Static<typeof FeedbackBatchResponse>

export const UpdateFeedbackItem = Type.Object(
  {
    category: Type.Optional(ref(CategoryCode)),
    subject: Type.Optional(personal(Text(200), 'text')),
    trackingNumbers: Type.Optional(Type.Array(ref(TrackingNumber), { maxItems: 20, uniqueItems: true })),
    remedySought: Type.Optional(personal(Type.Union([Text(1000), Type.Null()]), 'text')),
    priority: Type.Optional(ref(FeedbackPriority))
  },
  { $id: 'UpdateFeedbackItem', additionalProperties: false, minProperties: 1 }
)
export type UpdateFeedbackItem = Static<typeof UpdateFeedbackItem>

const Message = personal(Text(5000), 'text')

export const AcknowledgeFeedbackItem = Type.Object({ message: Type.Optional(Message) }, { $id: 'AcknowledgeFeedbackItem', additionalProperties: false })
export const ReasonedCommand = Type.Object({ reason: personal(Text(2000), 'text') }, { $id: 'ReasonedCommand', additionalProperties: false })
export const RespondToFeedbackItem = Type.Object({ message: Message }, { $id: 'RespondToFeedbackItem', additionalProperties: false, description: 'The substantive reply sent to the customer.' })
export const CloseFeedbackItem = Type.Object(
  {
    outcome: Type.Optional(ref(ComplaintOutcome)),
    remedy: Type.Optional(ref(Remedy)),
    rootCause: Type.Optional(ref(RootCause)),
    note: Type.Optional(personal(Text(2000), 'text'))
  },
  {
    $id: 'CloseFeedbackItem',
    additionalProperties: false,
    description:
      'Complaints need `outcome`, `remedy` and `rootCause`; other kinds need nothing. An `upheld` or `partly_upheld` complaint needs a remedy that gives something (an apology, compensation above zero or a service recovery): an empty one (`{}`, all false or zero) is 422 FEEDBACK_CLOSURE_INCOMPLETE naming `body/remedy`, and is accepted only with `not_upheld` or `withdrawn`.'
  }
)
export type CloseFeedbackItem = Static<typeof CloseFeedbackItem>
export const AssignFeedbackItem = Type.Object(
  { team: Type.Union([Team, Type.Null()]), officerId: Type.Union([Officer, Type.Null()]) },
  { $id: 'AssignFeedbackItem', additionalProperties: false }
)
export const AddFeedbackNote = Type.Object({ body: Message }, { $id: 'AddFeedbackNote', additionalProperties: false })

export const TimelineEntry = Type.Object(
  {
    id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
    itemId: ref(Uuid),
    at: ref(Instant),
    actor: Type.String({ maxLength: 200 }),
    type: Type.Enum(['created', 'transition', 'edited', 'assigned', 'note', 'reply', 'personal_data_erased', 'pledge_breached'], {
      description: 'What happened. `pledge_breached` is the periodic sweep recording a missed acknowledgement or reply (`changes` names the flag set).'
    }),
    visibility: Type.Enum(['internal', 'customer'], { description: '`customer` entries were sent to the customer; `internal` never are.' }),
    command: Type.Union([Type.String({ maxLength: 50 }), Type.Null()]),
    fromStatus: Type.Union([ref(FeedbackStatus), Type.Null()]),
    toStatus: Type.Union([ref(FeedbackStatus), Type.Null()]),
    body: personal(Type.Union([Type.String({ maxLength: 5000 }), Type.Null()]), 'text'),
    changes: Type.Record(Type.String({ maxLength: 50 }), Type.Unknown(), {
      maxProperties: 50,
      description: 'What changed, by field. Free-text fields (subject, remedy sought) are recorded as changed (`true`), never with their text.'
    })
  },
  { $id: 'TimelineEntry', additionalProperties: false, [PERSONAL_DATA_SUBJECT]: 'feedback_item', [PERSONAL_DATA_SUBJECT_ID]: 'itemId' }
)
export const Timeline = Type.Object({ items: Type.Array(ref(TimelineEntry), { maxItems: 10000 }) }, { $id: 'Timeline', additionalProperties: false })

export const FeedbackItemParams = Type.Object({ itemId: ref(Uuid) }, { additionalProperties: false })

export const feedbackQueues = ['mine', 'unassigned', 'overdue', 'awaiting_customer'] as const

const listFilters = {
  kind: Type.Optional(ref(FeedbackKind)),
  status: Type.Optional(ref(FeedbackStatus)),
  stage: Type.Optional(ref(ComplaintStage)),
  channel: Type.Optional(ref(Channel)),
  category: Type.Optional(ref(CategoryCode)),
  officeCode: Type.Optional(ref(OfficeCode)),
  districtCode: Type.Optional(ref(DistrictCode)),
  regionClass: Type.Optional(ref(RegionClass)),
  receivedFrom: Type.Optional(Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'Received on or after this day, in the operator\'s time zone.' })),
  receivedTo: Type.Optional(Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'Received on or before this day, in the operator\'s time zone.' })),
  overdue: Type.Optional(Type.Boolean()),
  trackingNumber: Type.Optional(ref(TrackingNumber)),
  team: Type.Optional(Team),
  officerId: Type.Optional(Officer),
  queue: Type.Optional(Type.Enum([...feedbackQueues], { description: 'mine (assigned to the caller), unassigned (open, no officer), overdue, awaiting_customer.' })),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Full-text search over reference, subject and description.' }))
}

export const FeedbackListQuery = Type.Object({ ...listFilters, ...PageQuery }, { additionalProperties: false })
export type FeedbackListQuery = Static<typeof FeedbackListQuery>
export const FeedbackExportQuery = Type.Object(
  { ...listFilters, format: Type.Enum(['csv', 'ndjson'], { default: 'ndjson' }) },
  { additionalProperties: false }
)
