/**
 * The tables the platform's migrations create in every service schema. A service's `Database`
 * extends this; only the platform's own modules (audit.ts, idempotency.ts, messaging/, events/) query them.
 */
import type { AuditLogTable } from './audit.js'
import type { OutboxEventTable } from './events/record.js'
import type { WebhookDeliveryTable, WebhookSubscriptionTable } from './events/subscriptions.js'
import type { IdempotencyKeyTable } from './idempotency.js'
import type { OutboxMessageTable } from './messaging/outbox.js'

export interface PlatformTables {
  auditLog: AuditLogTable
  idempotencyKeys: IdempotencyKeyTable
  outboxMessages: OutboxMessageTable
  outboxEvents: OutboxEventTable
  webhookSubscriptions: WebhookSubscriptionTable
  webhookDeliveries: WebhookDeliveryTable
}
