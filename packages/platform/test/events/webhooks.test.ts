/**
 * Webhook deliveries over real HTTP to a consumer on loopback: at least once, in feed order,
 * signed, with two replicas dispatching; and no server-side request forgery: a target outside the
 * allow-list is refused when subscribing, a redirect is not followed, a host name that resolves to
 * a loopback address is refused at delivery.
 */
import { sql } from 'kysely'
import t from 'tap'
import { call, dispatchUntil, parcelService, register, registerMany, settled, signatureValid, startConsumer, subscribe, testConfig } from './helper.js'

t.test('a consumer that answers 500 to some deliveries still ends with every event of 1,000 changes, in order, duplicates recognisable, every signature valid', async (t) => {
  const config = await testConfig(t)
  // Two replicas of the service on one database, dispatching side by side.
  const replicas = [await parcelService(t, config), await parcelService(t, config)]
  // Every 7th request is refused; every 11th is taken in and then answered 500 (so it comes again).
  const consumer = await startConsumer(t, (_r, n) => (n % 7 === 0 || n % 11 === 0 ? 500 : 200))
  const { subscription, secret } = await subscribe(replicas[0]!, consumer.url)

  // 1,000 changes: 100 transactions of 10, ten at a time, while the replicas deliver.
  const writing = (async () => {
    for (let wave = 0; wave < 10; wave++) await Promise.all(Array.from({ length: 10 }, () => registerMany(replicas[wave % 2]!, 10)))
  })()
  let written = false
  void writing.then(() => (written = true))
  const distinct = () => new Set(consumer.received.map((r) => r.eventId)).size
  await dispatchUntil(replicas, () => written && distinct() >= 1000, 90_000)
  await writing

  const { rows: feed } = await sql<{ id: string }>`select id from outbox_events order by xact_id, sequence`.execute(replicas[0]!.app.db)
  t.equal(feed.length, 1000)
  const received = consumer.received
  t.same([...new Set(received.map((r) => r.eventId))].sort(), feed.map((e) => e.id).sort(), 'every event arrived, none missing')
  const acknowledged = received.filter((_r, i) => !((i + 1) % 7 === 0 || (i + 1) % 11 === 0))
  t.same(acknowledged.map((r) => r.eventId), feed.map((e) => e.id), 'acknowledged once each, in feed order')
  const repeats = received.length - 1000
  t.ok(repeats > 100, `${repeats} deliveries were repeats`)
  const ids = new Map<string, number>()
  for (const r of received) ids.set(r.eventId, (ids.get(r.eventId) ?? 0) + 1)
  t.ok([...ids.values()].some((n) => n > 1), 'a repeat carries the same event id')
  t.ok(received.every((r) => r.idempotencyKey === r.eventId && r.body.id === r.eventId && r.eventType === r.body.type), 'the event id is the idempotency key and the body\'s id')
  t.ok(received.every((r) => signatureValid(secret, r.signature, r.raw)), 'every signature is valid')
  t.notOk(signatureValid(secret, received[0]!.signature, received[0]!.raw.replace('NTR001', 'NTR002')), 'and a changed body does not verify')
  t.equal(new Set(received.map((r) => r.deliveryId)).size, received.length, 'each attempt has its own delivery id')

  const log = await sql<{ status: string; n: number }>`select status, count(*)::int as n from webhook_deliveries group by status order by status`.execute(replicas[0]!.app.db)
  t.same(log.rows, [{ status: 'delivered', n: 1000 }, { status: 'failed', n: repeats }], 'the log holds every attempt')
  const after = (await call(replicas[1]!, 'GET', `/v1/directory/webhook-subscriptions/${subscription.id}`)).json()
  t.match(after, { status: 'active', consecutiveFailures: 0, lastDeliveredAt: String })
  const metrics = (await Promise.all(replicas.map((r) => r.app.metrics.metrics()))).join('\n')
  t.match(metrics, /webhook_deliveries_total\{outcome="delivered",service="directory"\} \d+/, 'counted by whichever replica delivered')
})

t.test('a target outside the allow-list is refused when subscribing and when changing the URL', async (t) => {
  const service = await parcelService(t, await testConfig(t))
  const consumer = await startConsumer(t)
  const port = new URL(consumer.url).port
  const refused: Array<[string, RegExp]> = [
    ['https://crm.evil.example/hooks', /crm\.evil\.example, which is not a host the operator allows/],
    [`http://127.0.0.2:${port}/hooks`, /127\.0\.0\.2/],
    [`http://0x7f000002:${port}/hooks`, /127\.0\.0\.2/],
    ['http://169.254.169.254/latest/meta-data', /169\.254\.169\.254/],
    [`http://[::1]:${port}/hooks`, /::1/],
    [`http://user:secret@127.0.0.1:${port}/hooks`, /must not carry credentials/],
    ['http://localhost.evil.example/', /localhost\.evil\.example/]
  ]
  for (const [url, detail] of refused) {
    const res = await call(service, 'POST', '/v1/directory/webhook-subscriptions', { payload: { name: 'x', url, eventTypes: ['parcel.registered'] } })
    t.match(res.json(), { status: 422, code: 'WEBHOOK_TARGET_NOT_ALLOWED', detail, errors: [{ field: 'body/url' }] }, url)
  }
  t.equal((await call(service, 'POST', '/v1/directory/webhook-subscriptions', { payload: { name: 'x', url: 'ftp://127.0.0.1/x', eventTypes: ['parcel.registered'] } })).statusCode, 400)
  const unknown = await call(service, 'POST', '/v1/directory/webhook-subscriptions', { payload: { name: 'x', url: consumer.url, eventTypes: ['parcel.lost'] } })
  t.match(unknown.json(), { status: 422, code: 'EVENT_TYPE_UNKNOWN', errors: [{ field: 'body/eventTypes' }] })
  t.equal((await sql<{ n: number }>`select count(*)::int as n from webhook_subscriptions`.execute(service.app.db)).rows[0]!.n, 0, 'nothing was subscribed')

  const { subscription } = await subscribe(service, consumer.url)
  const moved = await call(service, 'PATCH', `/v1/directory/webhook-subscriptions/${subscription.id}`, { payload: { url: 'https://crm.evil.example/' }, headers: { 'if-match': '"1"' } })
  t.match(moved.json(), { status: 422, code: 'WEBHOOK_TARGET_NOT_ALLOWED' })
})

t.test('a redirect is not followed, even to an allowed host: the delivery fails and waits to be tried again', async (t) => {
  const service = await parcelService(t, await testConfig(t, { WEBHOOK_RETRY_BASE_SECONDS: '60' }))
  const elsewhere = await startConsumer(t)
  const consumer = await startConsumer(t, () => ({ status: 307, location: elsewhere.url }))
  const { subscription } = await subscribe(service, consumer.url)
  await register(service)
  await settled(service)
  await service.webhooks.dispatch()
  t.equal(consumer.received.length, 1)
  t.same(elsewhere.received, [], 'the redirect\'s target was never called')
  const log = (await call(service, 'GET', `/v1/directory/webhook-subscriptions/${subscription.id}/deliveries`)).json()
  t.match(log.items, [{ status: 'failed', responseStatus: 307, error: 'HTTP 307: redirects are not followed', attempt: 1 }])
  const now = Date.now()
  const after = (await call(service, 'GET', `/v1/directory/webhook-subscriptions/${subscription.id}`)).json()
  t.match(after, { status: 'active', consecutiveFailures: 1, cursor: subscription.cursor }, 'the cursor did not move past the event')
  t.ok(Date.parse(after.nextAttemptAt) >= now + 29_000 && Date.parse(after.nextAttemptAt) <= now + 61_000, 'the next attempt is backed off (30 to 60 s after the first failure)')
})

t.test('a host name that resolves to a loopback address is refused at delivery, unless the address itself is allowed', async (t) => {
  const service = await parcelService(t, await testConfig(t, { WEBHOOK_RETRY_BASE_SECONDS: '60' }))
  const consumer = await startConsumer(t)
  const { subscription } = await subscribe(service, consumer.url.replace('127.0.0.1', 'localhost'))
  const literal = (await subscribe(service, consumer.url)).subscription
  await register(service)
  await settled(service)
  await service.webhooks.dispatch()
  t.equal(consumer.received.length, 1, 'only the subscription naming the allowed address itself reached the loopback consumer')
  t.match((await call(service, 'GET', `/v1/directory/webhook-subscriptions/${literal.id}/deliveries`)).json().items, [{ status: 'delivered' }])
  const log = (await call(service, 'GET', `/v1/directory/webhook-subscriptions/${subscription.id}/deliveries`)).json()
  t.match(log.items[0], { status: 'failed', responseStatus: null, error: /^localhost resolves to (127\.0\.0\.1|::1), a loopback address: only an address written in WEBHOOK_ALLOWED_HOSTS may be one$/ })
  t.match((await call(service, 'GET', `/v1/directory/webhook-subscriptions/${subscription.id}`)).json(), { status: 'active', consecutiveFailures: 1 })
})

t.test('a consumer that does not answer in time fails the delivery, which is tried again later', async (t) => {
  const service = await parcelService(t, await testConfig(t, { WEBHOOK_TIMEOUT_MS: '300', WEBHOOK_RETRY_BASE_SECONDS: '60' }))
  const consumer = await startConsumer(t, () => 'silence')
  const { subscription } = await subscribe(service, consumer.url)
  await register(service)
  await settled(service)
  const started = Date.now()
  t.match(await service.webhooks.dispatch(), { delivered: 0, failed: 1 })
  t.ok(Date.now() - started < 3000, 'the dispatcher did not wait for the consumer beyond the timeout')
  const log = (await call(service, 'GET', `/v1/directory/webhook-subscriptions/${subscription.id}/deliveries`)).json()
  t.match(log.items, [{ status: 'failed', responseStatus: null, error: 'no answer within 300 ms', durationMs: Number }])
  t.ok(log.items[0].durationMs >= 300)
  t.equal(consumer.received.length, 1)
})
