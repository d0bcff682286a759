/**
 * The webhook tables as the routes see them: rows, their presentation, and the checks a
 * subscription must pass to be made or changed (known event types, an allowed target).
 */
import type { WebhookDelivery, WebhookSubscription } from '@postcare/contracts'
import type { ColumnType, Generated, Selectable } from 'kysely'
import { iso, isoOrNull } from '../records.js'
import { checkEventTypes, EventErrors } from './feed-routes.js'
import { encodeFeedCursor } from './feed.js'
import type { EventDefinition, Events } from './record.js'
import type { WebhookConfig } from './settings.js'
import { checkTarget } from './targets.js'

type Instant = ColumnType<Date, Date | string | undefined, Date | string>
type NullableInstant = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>

export interface WebhookSubscriptionTable {
  id: ColumnType<string, string | undefined, never>
  name: string
  url: string
  eventTypes: string[]
  secretSealed: string
  status: ColumnType<'active' | 'disabled', 'active' | undefined, 'active' | 'disabled'>
  disabledReason: string | null
  disabledAt: NullableInstant
  /** xid8, read as text. */
  cursorXactId: string
  cursorSequence: number
  consecutiveFailures: Generated<number>
  nextAttemptAt: Instant
  claimedUntil: NullableInstant
  claimToken: string | null
  lastDeliveredAt: NullableInstant
  createdBy: string
  version: Generated<number>
  createdAt: Instant
  updatedAt: Instant
}

export interface WebhookDeliveryTable {
  id: Generated<string>
  seq: ColumnType<number, never, never>
  subscriptionId: string
  eventId: string
  eventType: string
  status: 'pending' | 'delivered' | 'failed'
  attempt: number
  redelivery: Generated<boolean>
  responseStatus: number | null
  error: string | null
  durationMs: number | null
  requestedBy: string | null
  createdAt: Instant
  attemptedAt: NullableInstant
}

export type SubscriptionRow = Selectable<WebhookSubscriptionTable>
export type DeliveryRow = Selectable<WebhookDeliveryTable>

export function presentSubscription(row: SubscriptionRow): WebhookSubscription {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    eventTypes: row.eventTypes,
    status: row.status,
    disabledReason: row.disabledReason,
    disabledAt: isoOrNull(row.disabledAt),
    consecutiveFailures: row.consecutiveFailures,
    nextAttemptAt: row.status === 'active' && row.consecutiveFailures > 0 ? iso(row.nextAttemptAt) : null,
    cursor: encodeFeedCursor({ xactId: String(row.cursorXactId), sequence: row.cursorSequence }),
    lastDeliveredAt: isoOrNull(row.lastDeliveredAt),
    createdBy: row.createdBy,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt)
  }
}

export function presentDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempt: row.attempt,
    redelivery: row.redelivery,
    responseStatus: row.responseStatus,
    error: row.error,
    durationMs: row.durationMs,
    requestedBy: row.requestedBy,
    createdAt: iso(row.createdAt),
    attemptedAt: isoOrNull(row.attemptedAt)
  }
}

/** Refuses a URL the operator does not allow and event types the service does not record. */
export function checkSubscription(config: WebhookConfig, events: Events<Record<string, EventDefinition>>, input: { url?: string; eventTypes?: string[] }): void {
  if (input.url !== undefined) {
    const target = checkTarget(input.url, config)
    if (typeof target === 'string') {
      throw EventErrors.WEBHOOK_TARGET_NOT_ALLOWED(`The URL ${target}.`, { errors: [{ field: 'body/url', message: target }] })
    }
  }
  checkEventTypes(events, input.eventTypes, 'body/eventTypes')
}
