/**
 * Managing webhooks: the secret shown once and sealed at rest, disabling after a run of failures
 * and resuming where it stopped, the delivery log and redelivery, changes under If-Match, where a
 * subscription starts, who may do any of it, metrics and readiness.
 */
import { sql } from 'kysely'
import t from 'tap'
import { asCaller } from '../../src/testing/index.js'
import { call, events, manager, parcelService, register, settled, startConsumer, subscribe, testConfig, WEBHOOK_SECRET_KEY } from './helper.js'

const path = (id = '', tail = '') => `/v1/directory/webhook-subscriptions${id ? `/${id}` : ''}${tail}`

t.test('the secret is shown once (and in the replay of its Idempotency-Key), and is nowhere in the database as itself', async (t) => {
  const config = await testConfig(t)
  const service = await parcelService(t, config)
  const consumer = await startConsumer(t)
  const body = { name: 'Warehouse', url: consumer.url, eventTypes: ['parcel.registered'] }
  const first = await call(service, 'POST', path(), { payload: body, headers: { 'idempotency-key': 'sub-1' } })
  t.equal(first.statusCode, 201)
  const { subscription, secret } = first.json()
  t.match(secret, /^whsec_[A-Za-z0-9_-]{43}$/)
  t.match(first.headers, { location: path(subscription.id), etag: '"1"' })
  const again = await call(service, 'POST', path(), { payload: body, headers: { 'idempotency-key': 'sub-1' } })
  t.match(again, { statusCode: 201, headers: { 'idempotent-replayed': 'true' } })
  t.same(again.json(), first.json(), 'the replay shows the same subscription and secret')
  t.match((await call(service, 'POST', path(), { payload: { ...body, name: 'Other' }, headers: { 'idempotency-key': 'sub-1' } })).json(), { status: 422, code: 'IDEMPOTENCY_KEY_REUSED' })
  const read = await call(service, 'GET', path(subscription.id))
  t.notMatch(read.body, secret)
  t.notOk('secret' in read.json())
  const { rows: columns } = await sql<{ table: string; column: string }>`
    select table_name as table, column_name as column from information_schema.columns
     where table_schema = 'directory' and data_type in ('text', 'jsonb', 'json', 'ARRAY', 'character varying')`.execute(service.app.db)
  for (const { table, column } of columns) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${sql.ref(column)}::text like ${`%${secret}%`}`.execute(service.app.db)
    t.equal(rows[0]!.n, 0, `${table}.${column} does not hold the secret`)
  }
  t.ok(columns.some((c) => c.table === 'idempotency_keys'), 'the stored answers were scanned too')

  // A replica whose key is not the one the secret was sealed with cannot sign: it disables the subscription, saying why.
  const stranger = await parcelService(t, { ...config, webhooks: { ...config.webhooks, secretKey: `${WEBHOOK_SECRET_KEY}-changed` } })
  await register(stranger)
  await settled(stranger)
  t.match(await stranger.webhooks.dispatch(), { disabled: 1, delivered: 0 })
  t.same(consumer.received, [])
  t.match((await call(service, 'GET', path(subscription.id))).json(), { status: 'disabled', disabledReason: 'disabled: the signing secret does not open with WEBHOOK_SECRET_KEY (was the key changed?)' })
})

t.test('without WEBHOOK_SECRET_KEY no subscription can be made', async (t) => {
  const config = await testConfig(t)
  const service = await parcelService(t, { ...config, webhooks: { ...config.webhooks, secretKey: null } })
  const res = await call(service, 'POST', path(), { payload: { name: 'x', url: 'http://127.0.0.1:9/', eventTypes: ['parcel.registered'] } })
  t.match(res.json(), { status: 409, code: 'WEBHOOKS_NOT_CONFIGURED' })
})

t.test('a run of failures disables the subscription with the reason; enable resumes where it stopped', async (t) => {
  const service = await parcelService(t, await testConfig(t, { WEBHOOK_DISABLE_AFTER_FAILURES: '3' }))
  const consumer = await startConsumer(t, () => 503)
  const { subscription } = await subscribe(service, consumer.url)
  const parcels = [await register(service), await register(service)]
  await settled(service)
  t.match(await service.webhooks.dispatch(), { delivered: 0, failed: 3, disabled: 1 })
  t.same(consumer.received.map((r) => r.eventId), [parcels[0]!.eventId, parcels[0]!.eventId, parcels[0]!.eventId], 'the first event, three times')
  const disabled = await call(service, 'GET', path(subscription.id))
  t.match(disabled.json(), { status: 'disabled', consecutiveFailures: 3, disabledReason: 'disabled after 3 failed deliveries in a row; the last: HTTP 503', disabledAt: String, nextAttemptAt: null })
  t.match(await service.webhooks.dispatch(), { delivered: 0, failed: 0 })
  t.equal(consumer.received.length, 3, 'nothing is sent to a disabled subscription')
  const metrics = await service.app.metrics.metrics()
  t.match(metrics, /webhook_subscriptions\{status="disabled",service="directory"\} 1\n/)
  t.match(metrics, /webhook_subscriptions_disabled_total\{service="directory"\} 1\n/)
  t.match(metrics, /webhook_deliveries_total\{outcome="failed",service="directory"\} 3\n/)

  consumer.answer = () => 200
  t.equal((await call(service, 'POST', path(subscription.id, '/enable'))).statusCode, 428)
  t.equal((await call(service, 'POST', path(subscription.id, '/enable'), { headers: { 'if-match': '"1"' } })).statusCode, 412)
  const enabled = await call(service, 'POST', path(subscription.id, '/enable'), { headers: { 'if-match': disabled.headers.etag as string } })
  t.match(enabled.json(), { status: 'active', consecutiveFailures: 0, disabledReason: null, disabledAt: null })
  t.match((await call(service, 'POST', path(subscription.id, '/enable'), { headers: { 'if-match': enabled.headers.etag as string } })).json(), { status: 409, code: 'WEBHOOK_SUBSCRIPTION_STATE', allowed: ['disable'] })
  t.match(await service.webhooks.dispatch(), { delivered: 2, failed: 0 })
  t.same(consumer.received.slice(3).map((r) => r.eventId), parcels.map((p) => p.eventId), 'resumed with the event it stopped at, then the next')
  const log = (await call(service, 'GET', path(subscription.id, `/deliveries?eventId=${parcels[0]!.eventId}`))).json()
  t.same(log.items.map((d: { attempt: number; status: string }) => [d.attempt, d.status]), [[4, 'delivered'], [3, 'failed'], [2, 'failed'], [1, 'failed']])
  const audit = await service.app.db.selectFrom('auditLog').select('action').where('subjectId', '=', subscription.id).orderBy('id').execute()
  t.same(audit.map((a) => a.action), ['webhook_subscription.create', 'webhook_subscription.enable'])
})

t.test('the delivery log pages newest first, and a redelivery sends the event again with the same id', async (t) => {
  const service = await parcelService(t, await testConfig(t, { WEBHOOK_RETRY_BASE_SECONDS: '60' }))
  const consumer = await startConsumer(t)
  const before = await register(service)
  const { subscription } = await subscribe(service, consumer.url)
  const parcels = [await register(service), await register(service), await register(service)]
  await settled(service)
  await service.webhooks.dispatch()
  t.same(consumer.received.map((r) => r.eventId), parcels.map((p) => p.eventId), 'from the events recorded after subscribing, not before')
  const page1 = (await call(service, 'GET', path(subscription.id, '/deliveries?limit=2'))).json()
  t.same(page1.items.map((d: { eventId: string }) => d.eventId), [parcels[2]!.eventId, parcels[1]!.eventId])
  t.match(page1.items[0], { subscriptionId: subscription.id, eventType: 'parcel.registered', status: 'delivered', attempt: 1, redelivery: false, responseStatus: 204, durationMs: Number, requestedBy: null, attemptedAt: String })
  const page2 = (await call(service, 'GET', path(subscription.id, `/deliveries?limit=2&cursor=${page1.nextCursor}`))).json()
  t.same(page2.items.map((d: { eventId: string }) => d.eventId), [parcels[0]!.eventId])
  t.equal(page2.nextCursor, null)
  t.same((await call(service, 'GET', path(subscription.id, '/deliveries?status=failed'))).json().items, [])

  const original = page2.items[0]
  const redeliver = (deliveryId: string, key = 'again-1', sub = subscription.id) => call(service, 'POST', path(sub, `/deliveries/${deliveryId}/redeliver`), { headers: { 'idempotency-key': key } })
  const queued = await redeliver(original.id)
  t.equal(queued.statusCode, 202)
  t.match(queued.json(), { eventId: parcels[0]!.eventId, status: 'pending', attempt: 2, redelivery: true, requestedBy: 'key:test', attemptedAt: null })
  t.equal((await redeliver(original.id)).json().id, queued.json().id, 'the same Idempotency-Key queues it once')
  t.equal(consumer.received.length, 3, 'nothing is sent from inside the request')
  await service.webhooks.dispatch()
  const again = consumer.received[3]!
  t.match(again, { eventId: parcels[0]!.eventId, deliveryId: queued.json().id })
  t.same(again.body, consumer.received[0]!.body, 'the same event, byte for byte the same envelope')
  t.match((await call(service, 'GET', path(subscription.id, `/deliveries?eventId=${parcels[0]!.eventId}`))).json().items, [{ id: queued.json().id, status: 'delivered', attempt: 2, redelivery: true }, { id: original.id, attempt: 1 }])
  t.notOk(consumer.received.some((r) => r.eventId === before.eventId))

  t.match((await redeliver('00000000-0000-4000-8000-000000000000', 'x')).json(), { status: 404, code: 'WEBHOOK_DELIVERY_NOT_FOUND' })
  const other = (await subscribe(service, consumer.url)).subscription
  t.match((await redeliver(original.id, 'y', other.id)).json(), { status: 404, code: 'WEBHOOK_DELIVERY_NOT_FOUND' }, 'a delivery of another subscription')
  const current = await call(service, 'GET', path(subscription.id))
  await call(service, 'POST', path(subscription.id, '/disable'), { headers: { 'if-match': current.headers.etag as string } })
  t.match((await redeliver(original.id, 'z')).json(), { status: 409, code: 'WEBHOOK_SUBSCRIPTION_STATE', allowed: ['enable'] })
})

t.test('a subscription is changed and deleted under If-Match, and starts after a feed cursor when given one', async (t) => {
  const service = await parcelService(t, await testConfig(t))
  const consumer = await startConsumer(t)
  const early = await register(service)
  await settled(service)
  const feed = await service.app.inject({ method: 'GET', url: '/v1/directory/events', headers: await asCaller('directory', { scopes: ['directory:read'] }) })
  const { subscription } = await subscribe(service, consumer.url, { cursor: feed.json().items[0].cursor })
  const patch = (body: unknown, etag?: string) => call(service, 'PATCH', path(subscription.id), { payload: body, headers: etag ? { 'if-match': etag } : {} })
  t.equal((await patch({ name: 'x' })).statusCode, 428)
  t.equal((await patch({}, '"1"')).statusCode, 400)
  const changed = await patch({ name: 'CRM (status only)', eventTypes: ['parcel.status_changed'] }, '"1"')
  t.match(changed.json(), { name: 'CRM (status only)', eventTypes: ['parcel.status_changed'], version: 2 })
  t.equal((await patch({ name: 'y' }, '"1"')).statusCode, 412)
  const later = await register(service)
  const sorted = (await service.app.inject({ method: 'POST', url: `/v1/directory/parcels/${later.id}/sort`, headers: await asCaller('directory') })).json()
  await settled(service)
  await service.webhooks.dispatch()
  t.same(consumer.received.map((r) => r.eventId), [sorted.id], 'only the types it now wants, after its cursor')
  t.notOk(consumer.received.some((r) => r.eventId === early.eventId))

  const now = await call(service, 'GET', path(subscription.id))
  t.equal((await call(service, 'DELETE', path(subscription.id), { headers: { 'if-match': '"1"' } })).statusCode, 412)
  t.equal((await call(service, 'DELETE', path(subscription.id), { headers: { 'if-match': now.headers.etag as string } })).statusCode, 204)
  t.equal((await call(service, 'GET', path(subscription.id))).statusCode, 404)
  t.equal((await sql<{ n: number }>`select count(*)::int as n from webhook_deliveries`.execute(service.app.db)).rows[0]!.n, 0, 'its log went with it')
  const listed = (await call(service, 'GET', path())).json()
  t.same(listed, { items: [], nextCursor: null })
  const audit = await service.app.db.selectFrom('auditLog').select('action').where('subjectId', '=', subscription.id).orderBy('id').execute()
  t.same(audit.map((a) => a.action), ['webhook_subscription.create', 'webhook_subscription.update', 'webhook_subscription.delete'])
})

t.test('every webhook route refuses office-bound callers and callers without the manage scope; readiness reports the dispatcher', async (t) => {
  const service = await parcelService(t, await testConfig(t))
  const consumer = await startConsumer(t)
  const { subscription } = await subscribe(service, consumer.url)
  const id = subscription.id
  const delivery = '00000000-0000-4000-8000-000000000000'
  const routes: Array<[string, string, unknown?]> = [
    ['POST', path(), { name: 'x', url: consumer.url, eventTypes: events.types }], ['GET', path()], ['GET', path(id)], ['PATCH', path(id), { name: 'y' }],
    ['POST', path(id, '/disable')], ['POST', path(id, '/enable')], ['DELETE', path(id)], ['GET', path(id, '/deliveries')], ['POST', path(id, `/deliveries/${delivery}/redeliver`)]
  ]
  for (const [method, url, payload] of routes) {
    const send = async (headers: Record<string, string>) => service.app.inject({ method: method as 'GET', url, headers: { ...headers, 'if-match': '"1"' }, ...(payload !== undefined && { payload: payload as object }) })
    t.match((await send(await manager({ office: 'KLN001' }))).json(), { status: 403, code: 'OFFICE_NOT_PERMITTED' }, `${method} ${url}: office-bound`)
    t.match((await send(await asCaller('directory', { scopes: ['directory:read', 'directory:write'] }))).json(), { status: 403, code: 'FORBIDDEN' }, `${method} ${url}: no manage scope`)
  }
  t.equal((await call(service, 'GET', path(id))).json().version, 1, 'nothing was changed')
  const ready = await service.app.inject({ method: 'GET', url: '/health/ready' })
  t.match(ready.json(), { status: 'ok', checks: { webhooks: 'ok' } })
})
