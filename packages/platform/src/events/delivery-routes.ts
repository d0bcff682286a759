/**
 * The delivery log of a subscription, and redelivery:
 *   GET  /v1/<service>/webhook-subscriptions/{id}/deliveries                         newest first (filters status, eventId)
 *   POST /v1/<service>/webhook-subscriptions/{id}/deliveries/{deliveryId}/redeliver  that delivery's event, once more
 * A redelivery is queued (`pending`) and made by the dispatcher, as every delivery is: nothing is
 * sent from inside a request.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { IdempotencyHeaders, WebhookDelivery, WebhookDeliveryListQuery, WebhookDeliveryPage, WebhookDeliveryParams, WebhookSubscriptionParams, ref } from '@postcare/contracts'
import { sql, type Kysely } from 'kysely'
import { idempotentCreate } from '../idempotency.js'
import { problemResponse } from '../openapi.js'
import { decodeCursor, toPage } from '../pagination.js'
import type { PlatformTables } from '../platform-tables.js'
import { capitalised, EventErrors, webhooksTag } from './feed-routes.js'
import { presentDelivery } from './subscriptions.js'

export interface DeliveryRoutesOptions {
  service: string
  idempotencyRetentionHours: number
  /** `<service>:manage` by default. */
  scope?: string
}

export const deliveryRoutes: FastifyPluginAsyncTypebox<DeliveryRoutesOptions> = async (app, opts) => {
  const db = app.db as Kysely<PlatformTables>
  const { service } = opts
  const scope = opts.scope ?? `${service}:manage`
  const Service = capitalised(service)
  const tags = [webhooksTag.name]
  const base = `/v1/${service}/webhook-subscriptions/:subscriptionId/deliveries`
  const subscription = async (id: string) => {
    const row = await db.selectFrom('webhookSubscriptions').select(['id', 'status']).where('id', '=', id).executeTakeFirst()
    if (!row) throw EventErrors.WEBHOOK_SUBSCRIPTION_NOT_FOUND(`No webhook subscription ${id} in the ${service} service.`)
    return row
  }

  app.get(base, {
    config: { scope, network: true },
    schema: {
      operationId: `list${Service}WebhookDeliveries`, tags, summary: 'A subscription\'s delivery log',
      description: 'Every attempt, newest first: the event, the answer\'s status or why there was none, how long it took. Redeliveries asked for and not yet made are `pending`.',
      params: WebhookSubscriptionParams, querystring: WebhookDeliveryListQuery,
      response: { 200: ref(WebhookDeliveryPage) }
    }
  }, async (req) => {
    await subscription(req.params.subscriptionId)
    const { status, eventId, limit = 50, cursor } = req.query
    const after = decodeCursor(cursor, ['number'])
    let q = db.selectFrom('webhookDeliveries').selectAll().where('subscriptionId', '=', req.params.subscriptionId)
    if (status) q = q.where('status', '=', status)
    if (eventId) q = q.where('eventId', '=', eventId)
    if (after) q = q.where('seq', '<', after[0])
    const rows = await q.orderBy('seq', 'desc').limit(limit + 1).execute()
    return toPage(rows, limit, (r) => [r.seq], presentDelivery)
  })

  app.post(`${base}/:deliveryId/redeliver`, {
    config: { scope, network: true },
    schema: {
      operationId: `redeliver${Service}WebhookDelivery`, tags, summary: 'Deliver that delivery\'s event again',
      description:
        'Queues the event for one more delivery, made by the dispatcher ahead of the feed (when the subscription is next due). The consumer recognises the repeat by the event id. ' +
        'Only for an active subscription.',
      params: WebhookDeliveryParams, headers: IdempotencyHeaders,
      response: {
        202: ref(WebhookDelivery),
        409: problemResponse('The subscription is disabled (`allowed` names `enable`), or a request with this Idempotency-Key is in flight.'),
        422: problemResponse('The Idempotency-Key was used for another request.')
      }
    }
  }, async (req, reply) => {
    const { subscriptionId, deliveryId } = req.params
    const sub = await subscription(subscriptionId)
    const original = await db.selectFrom('webhookDeliveries').select(['eventId', 'eventType']).where('id', '=', deliveryId).where('subscriptionId', '=', subscriptionId).executeTakeFirst()
    if (!original) throw EventErrors.WEBHOOK_DELIVERY_NOT_FOUND(`No delivery ${deliveryId} in the log of subscription ${subscriptionId}.`)
    if (sub.status !== 'active') throw EventErrors.WEBHOOK_SUBSCRIPTION_STATE('The subscription is disabled: enable it to redeliver.', { allowed: ['enable'] })
    return idempotentCreate(db, req, reply, { retentionHours: opts.idempotencyRetentionHours }, async (trx) => {
      const row = await trx
        .insertInto('webhookDeliveries')
        .values({
          subscriptionId,
          eventId: original.eventId,
          eventType: original.eventType,
          status: 'pending',
          attempt: sql<number>`(select coalesce(max(attempt), 0) + 1 from webhook_deliveries where subscription_id = ${subscriptionId}::uuid and event_id = ${original.eventId}::uuid)`,
          redelivery: true,
          requestedBy: req.identity.sub
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return { statusCode: 202, body: presentDelivery(row) }
    })
  })
}
