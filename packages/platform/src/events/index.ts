/**
 * Events for internal systems, wired into a service app in one call (registerEvents): the change
 * feed and the webhook routes, a webhook dispatcher started with the app and stopped on close
 * (safe with replicas), its metrics, and a readiness check that reports it stuck. The service's
 * own code only defines its event types and calls recordEvent in its transactions (record.ts).
 */
import { eventSchemas } from '@postcare/contracts'
import type { FastifyInstance } from 'fastify'
import { Counter, Gauge } from 'prom-client'
import type { ServiceConfig } from '../config.js'
import { deliveryRoutes } from './delivery-routes.js'
import { createWebhookDispatcher, type WebhookDispatchSummary } from './dispatcher.js'
import { eventRoutes } from './feed-routes.js'
import { heldBack } from './feed.js'
import type { EventDefinition, Events } from './record.js'
import { webhookRoutes } from './webhook-routes.js'

export { createWebhookDispatcher, type WebhookDispatcher, type WebhookDispatchSummary } from './dispatcher.js'
export { EventErrors, eventRoutes, eventsTag, webhooksTag } from './feed-routes.js'
export { decodeFeedCursor, encodeFeedCursor, FEED_START, heldBack, readFeed, type FeedPosition } from './feed.js'
export * from './record.js'
export { generateSecret, openSecret, sealSecret, SIGNATURE_HEADER, signatureHeader } from './secrets.js'
export * from './settings.js'
export { addressClass, checkTarget, resolveTarget } from './targets.js'

export interface EventsOptions<T extends Record<string, EventDefinition>> {
  /** The service's event types (defineEvents). */
  events: Events<T>
  /** Reading the feed: `<service>:read`; managing webhooks: `<service>:manage` (the defaults). */
  scopes?: { read: string; manage: string }
  /**
   * Starts the webhook dispatcher and returns how to stop it. By default it runs every
   * WEBHOOK_POLL_MS; tests take the task and run it by hand (`dispatch()` of what this returns).
   */
  scheduleDispatch?: (dispatch: () => Promise<void>) => () => void
}

export interface EventsHandle {
  /** Delivers every webhook due now; what the dispatcher loop runs. */
  dispatch(): Promise<WebhookDispatchSummary>
}

function registerEventMetrics(app: FastifyInstance, oldestPending: () => Promise<number>) {
  const registers = [app.metrics]
  const deliveries = new Counter({ name: 'webhook_deliveries_total', help: 'Webhook deliveries attempted by this process, by outcome', labelNames: ['outcome'], registers })
  const disabled = new Counter({ name: 'webhook_subscriptions_disabled_total', help: 'Subscriptions this process disabled after failures', registers })
  // Read at scrape time; with the database down they say NaN rather than fail the whole scrape.
  const gauge = (name: string, help: string, read: () => Promise<number>) =>
    new Gauge({
      name, help, registers,
      async collect() {
        this.set(await read().catch(() => Number.NaN))
      }
    })
  const db = app.db
  new Gauge({
    name: 'webhook_subscriptions', help: 'Webhook subscriptions in this service, by status', labelNames: ['status'], registers,
    async collect() {
      const rows = await db.selectFrom('webhookSubscriptions').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute().catch(() => null)
      for (const status of ['active', 'disabled']) this.set({ status }, rows ? Number(rows.find((r) => r.status === status)?.n ?? 0) : Number.NaN)
    }
  })
  gauge('webhook_oldest_pending_age_seconds', 'How long the oldest event waiting for a due subscription that no dispatcher has taken has waited', oldestPending)
  gauge('events_held_back', 'Committed events not yet in the feed, behind a transaction still running', async () => (await heldBack(db)).count)
  gauge('events_held_back_age_seconds', 'How long the oldest of them has waited', async () => (await heldBack(db)).ageSeconds)
  return {
    onOutcome(outcome: 'delivered' | 'failed' | 'disabled') {
      if (outcome === 'disabled') disabled.inc()
      else deliveries.inc({ outcome })
    }
  }
}

export async function registerEvents<T extends Record<string, EventDefinition>>(app: FastifyInstance, config: ServiceConfig, opts: EventsOptions<T>): Promise<EventsHandle> {
  for (const schema of eventSchemas as ReadonlyArray<object> as Array<{ $id: string }>) if (!app.getSchema(schema.$id)) app.addSchema(schema)
  const settings = config.webhooks
  const events = opts.events as unknown as Events<Record<string, EventDefinition>>
  if (settings.allowedHosts.length === 0 || !settings.secretKey) {
    app.log.warn('webhook subscriptions cannot be made: set WEBHOOK_ALLOWED_HOSTS and WEBHOOK_SECRET_KEY to allow them')
  }

  let oldest: () => Promise<number> = async () => 0
  const metrics = registerEventMetrics(app, () => oldest())
  const dispatcher = createWebhookDispatcher({ db: app.db, service: config.service, config: settings, log: app.log, onOutcome: metrics.onOutcome })
  oldest = dispatcher.oldestPendingAgeSeconds
  app.addReadinessCheck('webhooks', async () => !(await dispatcher.stuck()))

  const manage = opts.scopes?.manage
  await app.register(eventRoutes, { service: config.service, events, scope: opts.scopes?.read })
  await app.register(webhookRoutes, { service: config.service, events, config: settings, idempotencyRetentionHours: config.idempotencyRetentionHours, scope: manage })
  await app.register(deliveryRoutes, { service: config.service, idempotencyRetentionHours: config.idempotencyRetentionHours, scope: manage })

  const schedule =
    opts.scheduleDispatch ??
    (() => {
      dispatcher.start()
      return () => {}
    })
  let unschedule: (() => void) | undefined
  app.addHook('onReady', async () => {
    unschedule = schedule(async () => {
      await dispatcher.dispatch()
    })
  })
  app.addHook('onClose', async () => {
    unschedule?.()
    await dispatcher.stop()
  })
  return { dispatch: dispatcher.dispatch }
}
