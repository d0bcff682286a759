/**
 * Webhook subscriptions, the same in every service that records events:
 *   POST   /v1/<service>/webhook-subscriptions                      subscribe (Idempotency-Key); the secret is shown once
 *   GET    /v1/<service>/webhook-subscriptions                      list
 *   GET    /v1/<service>/webhook-subscriptions/{id}                 one, with its ETag
 *   PATCH  /v1/<service>/webhook-subscriptions/{id}                 name, URL, event types (If-Match)
 *   POST   /v1/<service>/webhook-subscriptions/{id}/disable|enable  stop, or resume where it stopped (If-Match)
 *   DELETE /v1/<service>/webhook-subscriptions/{id}                 with its delivery log (If-Match)
 * Network-wide, under the service's manage scope: a subscription decides where the service's
 * events go. Each change is audited.
 */
import { randomUUID } from 'node:crypto'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  CreatedWebhookSubscription, CreateWebhookSubscription, IdempotencyHeaders, IfMatchHeaders, UpdateWebhookSubscription, WebhookListQuery, WebhookSubscription,
  WebhookSubscriptionPage, WebhookSubscriptionParams, ref
} from '@postcare/contracts'
import type { FastifyRequest } from 'fastify'
import { sql, type Kysely, type Transaction } from 'kysely'
import { audit } from '../audit.js'
import { ifMatchVersion, preconditionFailed, setEtag } from '../etag.js'
import { idempotentCreate, replayFinished } from '../idempotency.js'
import { problemResponse } from '../openapi.js'
import { decodeCursor, toPage } from '../pagination.js'
import type { PlatformTables } from '../platform-tables.js'
import { iso, versionedUpdate } from '../records.js'
import { capitalised, EventErrors, webhooksTag } from './feed-routes.js'
import { decodeFeedCursor, headPosition } from './feed.js'
import type { EventDefinition, Events } from './record.js'
import { generateSecret, isSealed, openSecret, sealSecret } from './secrets.js'
import type { WebhookConfig } from './settings.js'
import { checkSubscription, presentSubscription, type SubscriptionRow } from './subscriptions.js'

export interface WebhookRoutesOptions {
  service: string
  events: Events<Record<string, EventDefinition>>
  config: WebhookConfig
  idempotencyRetentionHours: number
  /** Managing subscriptions and their deliveries: `<service>:manage` by default. */
  scope?: string
}

export const webhookRoutes: FastifyPluginAsyncTypebox<WebhookRoutesOptions> = async (app, opts) => {
  const db = app.db as Kysely<PlatformTables>
  const { service, events, config } = opts
  const scope = opts.scope ?? `${service}:manage`
  const Service = capitalised(service)
  const tags = [webhooksTag.name]
  const base = `/v1/${service}/webhook-subscriptions`
  const notFound = (id: string) => () => EventErrors.WEBHOOK_SUBSCRIPTION_NOT_FOUND(`No webhook subscription ${id} in the ${service} service.`)
  const load = async (id: string) => {
    const row = await db.selectFrom('webhookSubscriptions').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw notFound(id)()
    return row
  }
  const auditChange = (trx: Transaction<PlatformTables>, req: FastifyRequest, action: string, id: string, details: Record<string, unknown>) =>
    audit(trx, [{ caller: req.identity.sub, action: `webhook_subscription.${action}`, subjectType: 'webhook_subscription', subjectId: id, requestId: String(req.id), details }])
  /** A change under If-Match, audited in its transaction. */
  const change = async (req: FastifyRequest, id: string, action: string, patch: Record<string, unknown>, details: Record<string, unknown> = {}) => {
    const expected = ifMatchVersion(req)!
    return db.transaction().execute(async (trx) => {
      const row = await versionedUpdate<SubscriptionRow>(trx, 'webhookSubscriptions', { id }, expected, patch, notFound(id))
      await auditChange(trx, req, action, id, details)
      return row
    })
  }

  app.post(base, {
    config: { scope, network: true },
    schema: {
      operationId: `create${Service}WebhookSubscription`, tags, summary: `Subscribe a system to the ${service} service's events`,
      description:
        'The URL\'s host must be one the operator allows. The answer shows the signing secret, once. Deliveries start with the events recorded from now on, or after `cursor`. ' +
        'Send an Idempotency-Key so a retry cannot subscribe twice.',
      headers: IdempotencyHeaders, body: ref(CreateWebhookSubscription),
      response: {
        201: ref(CreatedWebhookSubscription),
        409: problemResponse('Webhooks are not configured here (no WEBHOOK_SECRET_KEY), or a request with this Idempotency-Key is in flight.'),
        422: problemResponse('A URL the operator does not allow, an event type the service does not record, or a reused Idempotency-Key.')
      }
    },
    // The stored answer (for replays) holds the secret sealed; it is opened only on its way out.
    preSerialization: async (_req: FastifyRequest, _reply: unknown, payload: unknown) => {
      const p = payload as { subscription?: { id?: string }; secret?: unknown }
      if (config.secretKey && typeof p?.secret === 'string' && isSealed(p.secret) && p.subscription?.id) return { ...p, secret: openSecret(config.secretKey, p.subscription.id, p.secret) }
      return payload
    }
  }, async (req, reply) => {
    const replayed = await replayFinished(db, req, reply)
    if (replayed) return replayed
    const key = config.secretKey
    if (!key) throw EventErrors.WEBHOOKS_NOT_CONFIGURED('The operator has not set WEBHOOK_SECRET_KEY, which seals the signing secrets.')
    checkSubscription(config, events, req.body)
    const start = req.body.cursor ? decodeFeedCursor(req.body.cursor) : await headPosition(db)
    return idempotentCreate(db, req, reply, { retentionHours: opts.idempotencyRetentionHours }, async (trx) => {
      const id = randomUUID()
      const sealed = sealSecret(key, id, generateSecret())
      const { name, url, eventTypes } = req.body
      const row = await trx
        .insertInto('webhookSubscriptions')
        .values({ id, name, url, eventTypes, secretSealed: sealed, cursorXactId: start.xactId, cursorSequence: start.sequence, createdBy: req.identity.sub })
        .returningAll()
        .executeTakeFirstOrThrow()
      await auditChange(trx, req, 'create', id, { url, eventTypes })
      return { statusCode: 201, body: { subscription: presentSubscription(row), secret: sealed }, headers: { location: `${base}/${id}`, etag: `"${row.version}"` }, records: [id] }
    })
  })

  app.get(base, {
    config: { scope, network: true },
    schema: {
      operationId: `list${Service}WebhookSubscriptions`, tags, summary: 'List the webhook subscriptions', description: 'Newest first.',
      querystring: WebhookListQuery, response: { 200: ref(WebhookSubscriptionPage) }
    }
  }, async (req) => {
    const { status, limit = 50, cursor } = req.query
    const after = decodeCursor(cursor, ['instant', 'uuid'])
    let q = db.selectFrom('webhookSubscriptions').selectAll()
    if (status) q = q.where('status', '=', status)
    if (after) q = q.where(sql<boolean>`(created_at, id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`)
    const rows = await q.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit + 1).execute()
    return toPage(rows, limit, (r) => [iso(r.createdAt), r.id], presentSubscription)
  })

  app.get(`${base}/:subscriptionId`, {
    config: { scope, network: true },
    schema: { operationId: `get${Service}WebhookSubscription`, tags, summary: 'One webhook subscription', params: WebhookSubscriptionParams, response: { 200: ref(WebhookSubscription) } }
  }, async (req, reply) => {
    const row = await load(req.params.subscriptionId)
    setEtag(reply, row.version)
    return presentSubscription(row)
  })

  app.patch(`${base}/:subscriptionId`, {
    config: { scope, network: true },
    schema: {
      operationId: `update${Service}WebhookSubscription`, tags, summary: 'Change a subscription\'s name, URL or event types',
      description: 'A new URL must be one the operator allows. Delivery goes on from where it was.',
      params: WebhookSubscriptionParams, headers: IfMatchHeaders, body: ref(UpdateWebhookSubscription),
      response: {
        200: ref(WebhookSubscription),
        412: problemResponse('Stale If-Match: read the subscription again.'),
        422: problemResponse('A URL the operator does not allow, or an event type the service does not record.'),
        428: problemResponse('If-Match missing.')
      }
    }
  }, async (req, reply) => {
    checkSubscription(config, events, req.body)
    const { name, url, eventTypes } = req.body
    const patch = { ...(name !== undefined && { name }), ...(url !== undefined && { url }), ...(eventTypes !== undefined && { eventTypes }) }
    const row = await change(req, req.params.subscriptionId, 'update', patch, { url, eventTypes })
    setEtag(reply, row.version)
    return presentSubscription(row)
  })

  const command = (verb: 'enable' | 'disable', summary: string, description: string, from: 'active' | 'disabled', patch: () => Record<string, unknown>) =>
    app.post(`${base}/:subscriptionId/${verb}`, {
      config: { scope, network: true },
      schema: {
        operationId: `${verb}${Service}WebhookSubscription`, tags, summary, description,
        params: WebhookSubscriptionParams, headers: IfMatchHeaders,
        response: {
          200: ref(WebhookSubscription),
          409: problemResponse(`The subscription is not ${from}; \`allowed\` names the command that applies.`),
          412: problemResponse('Stale If-Match: read the subscription again.'),
          428: problemResponse('If-Match missing.')
        }
      }
    }, async (req, reply) => {
      const current = await load(req.params.subscriptionId)
      // The state judged is the version the caller saw, and the update holds only at that version.
      if (current.version !== ifMatchVersion(req)) preconditionFailed(current.version)
      if (current.status !== from) {
        throw EventErrors.WEBHOOK_SUBSCRIPTION_STATE(`The subscription is ${current.status}.`, { allowed: [verb === 'enable' ? 'disable' : 'enable'] })
      }
      const row = await change(req, current.id, verb, { ...patch(), status: verb === 'enable' ? 'active' : 'disabled' })
      setEtag(reply, row.version)
      return presentSubscription(row)
    })

  command('disable', 'Stop delivering to a subscription', 'Nothing is delivered until `enable`; events keep being recorded and are delivered then.', 'active',
    () => ({ disabledReason: 'disabled by an operator', disabledAt: sql`now()`, claimedUntil: null, claimToken: null }))
  command('enable', 'Resume delivering to a subscription', 'Delivery resumes from where it stopped (nothing recorded meanwhile is lost), with the run of failures counted afresh.', 'disabled',
    () => ({ disabledReason: null, disabledAt: null, consecutiveFailures: 0, nextAttemptAt: sql`now()` }))

  app.delete(`${base}/:subscriptionId`, {
    config: { scope, network: true },
    schema: {
      operationId: `delete${Service}WebhookSubscription`, tags, summary: 'Delete a subscription and its delivery log',
      params: WebhookSubscriptionParams, headers: IfMatchHeaders,
      response: { 204: { type: 'null', description: 'Deleted.' }, 412: problemResponse('Stale If-Match: read the subscription again.'), 428: problemResponse('If-Match missing.') }
    }
  }, async (req, reply) => {
    const expected = ifMatchVersion(req)!
    const id = req.params.subscriptionId
    await db.transaction().execute(async (trx) => {
      const gone = await trx.deleteFrom('webhookSubscriptions').where('id', '=', id).where('version', '=', expected).returning(['url']).executeTakeFirst()
      if (!gone) {
        const current = await trx.selectFrom('webhookSubscriptions').select('version').where('id', '=', id).executeTakeFirst()
        if (!current) throw notFound(id)()
        preconditionFailed(current.version)
      }
      await auditChange(trx, req, 'delete', id, { url: gone.url })
    })
    return reply.code(204).send(null)
  })
}
