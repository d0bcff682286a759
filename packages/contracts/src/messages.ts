/**
 * Messages to people (e-mail, SMS, letters), as every service that sends them publishes them:
 * the same schemas in each service's document (the gateway merges identical definitions), under
 * `GET /v1/<service>/messages`. The recipient and the rendered text are personal data.
 */
import Type, { type Static } from 'typebox'
import { Instant, Uuid, ref } from './common.js'
import { PERSONAL_DATA_STATUS, PERSONAL_DATA_SUBJECT, personal } from './personal-data.js'

export const messageChannels = ['email', 'sms', 'letter'] as const
export const MessageChannel = Type.Enum([...messageChannels], {
  $id: 'MessageChannel',
  description: '`email` (SMTP), `sms`, or `letter` (rendered to a printable file for the print room).'
})
export type MessageChannel = Static<typeof MessageChannel>

export const messageStatuses = ['queued', 'sent', 'failed', 'cancelled'] as const
export const MessageStatus = Type.Enum([...messageStatuses], {
  $id: 'MessageStatus',
  description:
    '`queued`: waiting to be sent (it may be due later, or be waiting to retry); `sent`: handed to the mail server, the SMS gateway or the print spool; ' +
    '`failed`: refused for good, or still failing after the last attempt (see `lastError`; `retry` queues it again); `cancelled`: withdrawn before it was sent (an erasure, or the record it concerned moved on).'
})
export type MessageStatus = Static<typeof MessageStatus>

export const MessageKind = Type.String({
  $id: 'MessageKind',
  pattern: '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$',
  minLength: 1,
  maxLength: 100,
  description: 'What the message says, as its template names it, e.g. `complaint.acknowledged`.'
})

export const MessageRecipient = Type.Object(
  {
    name: personal(Type.Union([Type.String({ maxLength: 200 }), Type.Null()]), 'name'),
    email: personal(Type.Union([Type.String({ maxLength: 254 }), Type.Null()]), 'email'),
    phone: personal(Type.Union([Type.String({ maxLength: 25 }), Type.Null()]), 'phone'),
    postalAddress: personal(Type.Union([Type.String({ maxLength: 500 }), Type.Null()]), 'address')
  },
  { $id: 'MessageRecipient', additionalProperties: false, description: 'Who the message is for: the field its channel uses is set, the others are null.' }
)

export const OutboxMessage = Type.Object(
  {
    id: ref(Uuid),
    messageId: Type.String({ maxLength: 300, description: 'The RFC 5322 `Message-ID` it is sent with, the same on every attempt, so a resend is recognisable downstream.' }),
    kind: ref(MessageKind),
    channel: ref(MessageChannel),
    status: ref(MessageStatus),
    language: Type.String({ maxLength: 12, description: 'The language of the text sent: the recipient\'s when the template has it, otherwise `en`.' }),
    subjectType: Type.String({ maxLength: 60, description: 'The kind of record the message concerns, e.g. `feedback_item`.' }),
    subjectId: Type.String({ maxLength: 100, description: 'The id of the record the message concerns.' }),
    to: ref(MessageRecipient),
    subject: personal(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()]), 'text'),
    text: personal(Type.Union([Type.String({ maxLength: 100_000 }), Type.Null()]), 'text'),
    html: personal(Type.Union([Type.String({ maxLength: 200_000 }), Type.Null()]), 'text'),
    personalData: Type.Enum(['full', 'masked', 'erased'], {
      description: '`masked` unless the caller holds `personal-data:read`; `erased` once an erasure or the retention period removed the recipient and the text.'
    }),
    dueAt: ref(Instant),
    attempts: Type.Integer({ minimum: 0, maximum: 1000 }),
    nextAttemptAt: Type.Union([ref(Instant), Type.Null()], { description: 'When a queued message will next be tried; null otherwise.' }),
    lastError: Type.Union([Type.String({ maxLength: 2000 }), Type.Null()], { description: 'Why the last attempt failed (the recipient\'s address is not repeated here).' }),
    deliveredTo: Type.Union([Type.String({ maxLength: 2000 }), Type.Null()], {
      description: 'What took it: the mail server\'s answer, or for a letter the printable file in the print room\'s spool folder.'
    }),
    sentAt: Type.Union([ref(Instant), Type.Null()]),
    failedAt: Type.Union([ref(Instant), Type.Null()]),
    cancelledAt: Type.Union([ref(Instant), Type.Null()]),
    version: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  {
    $id: 'OutboxMessage',
    additionalProperties: false,
    [PERSONAL_DATA_SUBJECT]: 'message',
    [PERSONAL_DATA_STATUS]: 'personalData',
    description:
      'A message to a person, written in the same transaction as the change that caused it and sent afterwards. The recipient and the rendered subject and text are personal data: masked for a caller without `personal-data:read`, and each read with the scope is written to the audit log.'
  }
)
export type OutboxMessage = Static<typeof OutboxMessage>

const Count = Type.Integer({ minimum: 0, maximum: 2147483647 })
export const MessageCounts = Type.Object(
  { queued: Count, sent: Count, failed: Count, cancelled: Count },
  { $id: 'MessageCounts', additionalProperties: false, description: 'How many messages match the filters other than `status`, by status.' }
)

export const OutboxMessagePage = Type.Object(
  {
    items: Type.Array(ref(OutboxMessage), { maxItems: 500 }),
    nextCursor: Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], { description: 'Null on the last page.' }),
    counts: ref(MessageCounts)
  },
  { $id: 'OutboxMessagePage', additionalProperties: false }
)
export type OutboxMessagePage = Static<typeof OutboxMessagePage>

export const MessageListQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum([...messageStatuses])),
    channel: Type.Optional(Type.Enum([...messageChannels])),
    kind: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$', minLength: 1, maxLength: 100 })),
    subjectType: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9_]*$', minLength: 1, maxLength: 60, description: 'With `subjectId`: the messages about one record.' })),
    subjectId: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._:-]+$', minLength: 1, maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Page size, 1 to 500.' })),
    cursor: Type.Optional(Type.String({ maxLength: 1000, description: 'Opaque cursor from a previous page\'s `nextCursor`.' }))
  },
  { additionalProperties: false }
)

export const MessageParams = Type.Object({ messageId: ref(Uuid) }, { additionalProperties: false })

/** Registered by every service that sends messages (the platform's registerMessaging adds them). */
export const messageSchemas = [MessageChannel, MessageStatus, MessageKind, MessageRecipient, OutboxMessage, MessageCounts, OutboxMessagePage]
