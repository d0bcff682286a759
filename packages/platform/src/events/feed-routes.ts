/**
 * The change feed, the same in every service that records events:
 *   GET /v1/<service>/events               events in feed order from a cursor (filter by type)
 *   GET /v1/<service>/events/{eventId}     one event
 *   GET /v1/<service>/event-types          the types the service records, with their data schemas
 * Network-wide operations (they show every office's changes), under the service's read scope:
 * an event says no more than the service's own lists do, and holds no personal data.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Event, EventListQuery, EventPage, EventParams, EventTypeList, ref } from '@postcare/contracts'
import { defineErrors } from '../errors.js'
import { problemResponse } from '../openapi.js'
import { decodeFeedCursor, encodeFeedCursor, presentEvent, readEvent, readFeed } from './feed.js'
import type { EventDefinition, Events } from './record.js'

export const EventErrors = defineErrors({
  EVENT_NOT_FOUND: { status: 404, title: 'No such event' },
  EVENT_TYPE_UNKNOWN: { status: 422, title: 'The service records no event of this type' },
  WEBHOOK_SUBSCRIPTION_NOT_FOUND: { status: 404, title: 'No such webhook subscription' },
  WEBHOOK_DELIVERY_NOT_FOUND: { status: 404, title: 'No such webhook delivery' },
  WEBHOOK_TARGET_NOT_ALLOWED: { status: 422, title: 'The webhook URL is not one the operator allows' },
  WEBHOOK_SUBSCRIPTION_STATE: { status: 409, title: 'The subscription is not in a state that allows this' },
  WEBHOOKS_NOT_CONFIGURED: { status: 409, title: 'Webhooks are not configured in this service' }
})

export const eventsTag = { name: 'events', description: 'The change feed: what happened, in commit-safe order, for internal systems to follow' }
export const webhooksTag = { name: 'webhooks', description: 'Signed deliveries of events to the operator\'s systems, their log and redelivery' }

export interface EventRoutesOptions {
  service: string
  events: Events<Record<string, EventDefinition>>
  /** Reading the feed: `<service>:read` by default. */
  scope?: string
}

export const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Refuses types the service does not record (422 naming the known ones). */
export function checkEventTypes(events: Events<Record<string, EventDefinition>>, types: readonly string[] | undefined, field: string): void {
  const unknown = (types ?? []).filter((t) => !events.types.includes(t))
  if (unknown.length === 0) return
  throw EventErrors.EVENT_TYPE_UNKNOWN(`Known types: ${events.types.join(', ')}.`, { errors: unknown.map((t) => ({ field, message: `${t} is not a type this service records` })) })
}

export const eventRoutes: FastifyPluginAsyncTypebox<EventRoutesOptions> = async (app, opts) => {
  const { service, events } = opts
  const scope = opts.scope ?? `${service}:read`
  const Service = capitalised(service)
  const tags = [eventsTag.name]

  app.get(`/v1/${service}/events`, {
    config: { scope, network: true },
    schema: {
      operationId: `list${Service}Events`, tags, summary: `Follow the ${service} service's events`,
      description:
        'Events in feed order after `cursor` (from the first when absent). Store `nextCursor` (or the `cursor` of the last event you handled) and pass it back: ' +
        'you miss nothing and see nothing twice, even when the service\'s transactions commit out of order. An event appears once every transaction older than its own has ended.',
      querystring: EventListQuery,
      response: { 200: ref(EventPage), 422: problemResponse('A `type` the service does not record.') }
    }
  }, async (req) => {
    const { type, limit = 100, cursor } = req.query
    checkEventTypes(events, type, 'query/type')
    const read = await readFeed(app.db, { after: decodeFeedCursor(cursor), limit, types: type })
    return { items: read.rows.map((r) => presentEvent(r, service)), nextCursor: encodeFeedCursor(read.next), hasMore: read.hasMore }
  })

  app.get(`/v1/${service}/events/:eventId`, {
    config: { scope, network: true },
    schema: { operationId: `get${Service}Event`, tags, summary: 'One event', params: EventParams, response: { 200: ref(Event) } }
  }, async (req) => {
    const row = await readEvent(app.db, req.params.eventId)
    if (!row) throw EventErrors.EVENT_NOT_FOUND(`No event ${req.params.eventId} in the ${service} service.`)
    return presentEvent(row, service)
  })

  app.get(`/v1/${service}/event-types`, {
    config: { scope, network: true },
    schema: {
      operationId: `list${Service}EventTypes`, tags, summary: `The event types the ${service} service records`,
      description: 'Each with the kind of record it is about and the JSON Schema of its `data`.',
      response: { 200: ref(EventTypeList) }
    }
  }, async () => ({ items: events.describe() }))
}
