/**
 * Events for internal systems, as every service that records them publishes them: the same
 * schemas in each service's document (the gateway merges identical definitions), under
 * `GET /v1/<service>/events` (the change feed) and `/v1/<service>/webhook-subscriptions`.
 * Events carry ids, references, codes and times, never personal data: each type's `data` is
 * declared by its service (`GET /v1/<service>/event-types`) and checked when the event is recorded.
 */
import Type, { type Static } from 'typebox'
import { Instant, Uuid, ref } from './common.js'

export const EventType = Type.String({
  $id: 'EventType',
  pattern: '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$',
  minLength: 3,
  maxLength: 100,
  description: 'What happened, `<subject>.<change>`, e.g. `feedback_item.created`; the service lists its types at `GET /v1/<service>/event-types`.'
})

/** Resuming the feed after an event: opaque, passed back exactly as received. */
const FeedCursor = Type.String({ maxLength: 200, description: 'The position of this event in the feed: pass it as `cursor` to resume after it.' })

export const Event = Type.Object(
  {
    id: ref(Uuid),
    type: ref(EventType),
    service: Type.String({ pattern: '^[a-z]+$', maxLength: 30, description: 'The service that recorded it.' }),
    sequence: Type.Integer({
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
      description: 'Unique in the service and increasing in the order events were recorded (not the order they were committed: follow the feed by `cursor`, never by `sequence`).'
    }),
    subjectType: Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 60, description: 'The kind of record it is about, e.g. `feedback_item`.' }),
    subjectId: Type.String({ maxLength: 100, description: 'The id of the record it is about.' }),
    occurredAt: ref(Instant),
    data: Type.Object({}, {
      additionalProperties: true,
      description: 'What the type declares (`GET /v1/<service>/event-types`): ids, references, codes, counts and times only, never personal data or free text.'
    }),
    cursor: FeedCursor
  },
  {
    $id: 'Event',
    additionalProperties: false,
    description:
      'Something that happened in a service, recorded in the same transaction as the change. The same envelope is the body of a webhook delivery; `id` is stable, so a delivery received twice is recognisable.'
  }
)
export type Event = Static<typeof Event>

export const EventPage = Type.Object(
  {
    items: Type.Array(ref(Event), { maxItems: 500 }),
    nextCursor: Type.String({
      maxLength: 200,
      description: 'Always set: store it and pass it back as `cursor`. A consumer that resumes from it misses nothing and sees nothing twice, whatever order transactions commit in.'
    }),
    hasMore: Type.Boolean({ description: '`false` when this page reached the head of the feed: wait a little and ask again with `nextCursor`.' })
  },
  { $id: 'EventPage', additionalProperties: false }
)
export type EventPage = Static<typeof EventPage>

export const EventListQuery = Type.Object(
  {
    type: Type.Optional(Type.Array(ref(EventType), { minItems: 1, maxItems: 50, description: 'Only these types (repeat the parameter for several).' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'Page size, 1 to 500.' })),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: 'A `nextCursor` or an event\'s `cursor`; from the first event when absent.' }))
  },
  { additionalProperties: false }
)

export const EventParams = Type.Object({ eventId: ref(Uuid) }, { additionalProperties: false })

export const EventTypeInfo = Type.Object(
  {
    type: ref(EventType),
    subjectType: Type.String({ maxLength: 60 }),
    description: Type.String({ maxLength: 1000 }),
    data: Type.Object({}, { additionalProperties: true, description: 'The JSON Schema of `data` for this type.' })
  },
  { $id: 'EventTypeInfo', additionalProperties: false }
)

export const EventTypeList = Type.Object({ items: Type.Array(ref(EventTypeInfo), { maxItems: 500 }) }, { $id: 'EventTypeList', additionalProperties: false })

const WebhookUrl = Type.String({
  format: 'uri',
  pattern: '^https?://',
  maxLength: 2000,
  description: 'Where deliveries are POSTed: a host the operator allows (`WEBHOOK_ALLOWED_HOSTS`), https unless the operator allows http. Redirects are not followed.'
})
const EventTypes = Type.Array(ref(EventType), { minItems: 1, maxItems: 50, uniqueItems: true, description: 'The event types delivered; others are skipped.' })
const SubscriptionName = Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\u0000-\\u001f]+$', description: 'Which consumer this is, e.g. `CRM sync`.' })

export const webhookSubscriptionStatuses = ['active', 'disabled'] as const
export const WebhookSubscriptionStatus = Type.Enum([...webhookSubscriptionStatuses], {
  $id: 'WebhookSubscriptionStatus',
  description: '`active`: deliveries are made; `disabled`: none are (by an operator, or after a run of failures: see `disabledReason`). `enable` resumes where it stopped.'
})

export const WebhookSubscription = Type.Object(
  {
    id: ref(Uuid),
    name: SubscriptionName,
    url: WebhookUrl,
    eventTypes: EventTypes,
    status: ref(WebhookSubscriptionStatus),
    disabledReason: Type.Union([Type.String({ maxLength: 2000 }), Type.Null()]),
    disabledAt: Type.Union([ref(Instant), Type.Null()]),
    consecutiveFailures: Type.Integer({ minimum: 0, maximum: 2147483647, description: 'Failed deliveries in a row; the subscription is disabled when it reaches the operator\'s limit.' }),
    nextAttemptAt: Type.Union([ref(Instant), Type.Null()], { description: 'After a failure, when the next attempt is due.' }),
    cursor: Type.String({ maxLength: 200, description: 'The feed position delivered up to: every event before it was delivered (or skipped as another type).' }),
    lastDeliveredAt: Type.Union([ref(Instant), Type.Null()]),
    createdBy: Type.String({ maxLength: 200 }),
    version: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'WebhookSubscription', additionalProperties: false, description: 'A consumer\'s standing order for events, POSTed to its URL and signed with its secret.' }
)
export type WebhookSubscription = Static<typeof WebhookSubscription>

export const CreatedWebhookSubscription = Type.Object(
  {
    subscription: ref(WebhookSubscription),
    secret: Type.String({
      maxLength: 200,
      description:
        'The signing secret, shown in this answer only (and its replay under the same Idempotency-Key). Each delivery carries `Postcare-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under this secret>`.'
    })
  },
  { $id: 'CreatedWebhookSubscription', additionalProperties: false }
)

export const CreateWebhookSubscription = Type.Object(
  {
    name: SubscriptionName,
    url: WebhookUrl,
    eventTypes: EventTypes,
    cursor: Type.Optional(Type.String({ maxLength: 200, description: 'Deliver the events after this feed position (a `nextCursor` or an event\'s `cursor`); from the events recorded from now on when absent.' }))
  },
  { $id: 'CreateWebhookSubscription', additionalProperties: false }
)

export const UpdateWebhookSubscription = Type.Object(
  { name: Type.Optional(SubscriptionName), url: Type.Optional(WebhookUrl), eventTypes: Type.Optional(EventTypes) },
  { $id: 'UpdateWebhookSubscription', additionalProperties: false, minProperties: 1 }
)

export const WebhookSubscriptionPage = Type.Object(
  {
    items: Type.Array(ref(WebhookSubscription), { maxItems: 500 }),
    nextCursor: Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], { description: 'Null on the last page.' })
  },
  { $id: 'WebhookSubscriptionPage', additionalProperties: false }
)

export const webhookDeliveryStatuses = ['pending', 'delivered', 'failed'] as const
export const WebhookDeliveryStatus = Type.Enum([...webhookDeliveryStatuses], {
  $id: 'WebhookDeliveryStatus',
  description: '`pending`: a redelivery not yet attempted; `delivered`: the consumer answered 2xx; `failed`: any other answer, a redirect, a timeout or a refused address (see `error`).'
})

export const WebhookDelivery = Type.Object(
  {
    id: ref(Uuid),
    subscriptionId: ref(Uuid),
    eventId: ref(Uuid),
    eventType: ref(EventType),
    status: ref(WebhookDeliveryStatus),
    attempt: Type.Integer({ minimum: 1, maximum: 2147483647, description: 'Which attempt at this event this was (a redelivery counts on).' }),
    redelivery: Type.Boolean({ description: 'Asked for with `redeliver` rather than made by following the feed.' }),
    responseStatus: Type.Union([Type.Integer({ minimum: 100, maximum: 599 }), Type.Null()]),
    error: Type.Union([Type.String({ maxLength: 2000 }), Type.Null()]),
    durationMs: Type.Union([Type.Integer({ minimum: 0, maximum: 2147483647 }), Type.Null()]),
    requestedBy: Type.Union([Type.String({ maxLength: 200 }), Type.Null()], { description: 'Who asked for a redelivery.' }),
    createdAt: ref(Instant),
    attemptedAt: Type.Union([ref(Instant), Type.Null()])
  },
  { $id: 'WebhookDelivery', additionalProperties: false, description: 'One attempt to deliver one event to one subscription.' }
)
export type WebhookDelivery = Static<typeof WebhookDelivery>

export const WebhookDeliveryPage = Type.Object(
  {
    items: Type.Array(ref(WebhookDelivery), { maxItems: 500 }),
    nextCursor: Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], { description: 'Null on the last page.' })
  },
  { $id: 'WebhookDeliveryPage', additionalProperties: false }
)

export const WebhookSubscriptionParams = Type.Object({ subscriptionId: ref(Uuid) }, { additionalProperties: false })
export const WebhookDeliveryParams = Type.Object({ subscriptionId: ref(Uuid), deliveryId: ref(Uuid) }, { additionalProperties: false })

export const WebhookListQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum([...webhookSubscriptionStatuses])),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Page size, 1 to 500.' })),
    cursor: Type.Optional(Type.String({ maxLength: 1000, description: 'Opaque cursor from a previous page\'s `nextCursor`.' }))
  },
  { additionalProperties: false }
)

export const WebhookDeliveryListQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum([...webhookDeliveryStatuses])),
    eventId: Type.Optional(ref(Uuid)),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Page size, 1 to 500.' })),
    cursor: Type.Optional(Type.String({ maxLength: 1000, description: 'Opaque cursor from a previous page\'s `nextCursor`.' }))
  },
  { additionalProperties: false }
)

/** Registered by every service that records events (the platform's registerEvents adds them). */
export const eventSchemas = [
  EventType, Event, EventPage, EventTypeInfo, EventTypeList, WebhookSubscriptionStatus, WebhookSubscription, CreatedWebhookSubscription,
  CreateWebhookSubscription, UpdateWebhookSubscription, WebhookSubscriptionPage, WebhookDeliveryStatus, WebhookDelivery, WebhookDeliveryPage
]
