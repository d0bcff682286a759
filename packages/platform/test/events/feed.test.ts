/**
 * The change feed on a real database: a consumer that resumes from its cursor misses nothing and
 * sees nothing twice while transactions commit out of order; the type filter, the head of the
 * feed, cursor checks, scopes and office binding; the event types it publishes.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import t from 'tap'
import { asCaller } from '../../src/testing/index.js'
import { parcelService, register, settled, testConfig, type Service } from './helper.js'

interface Page { items: Array<{ id: string; type: string; sequence: number; cursor: string; subjectId: string; data: Record<string, unknown> }>; nextCursor: string; hasMore: boolean }

const feed = async ({ app }: Service, query = '', who: Record<string, unknown> = {}) => {
  const res = await app.inject({ method: 'GET', url: `/v1/directory/events${query}`, headers: await asCaller('directory', { scopes: ['directory:read'], ...who }) })
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`)
  return res.json() as Page
}

t.test('a consumer reading while 20 writers commit in staggered order misses nothing and sees nothing twice', async (t) => {
  const service = await parcelService(t, await testConfig(t))
  const seen: string[] = []
  // The control: what a reader of `sequence > last seen` gets on the same database at the same time.
  const naive = new Set<string>()
  let naiveAfter = 0
  let writing = true
  const consumer = (async () => {
    let cursor: string | undefined
    for (;;) {
      const last = !writing
      const page = await feed(service, `?limit=7${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...page.items.map((e) => e.id))
      cursor = page.nextCursor
      const { rows } = await sql<{ id: string; sequence: number }>`select id, sequence from outbox_events where sequence > ${naiveAfter} order by sequence`.execute(service.app.db)
      for (const r of rows) naive.add(r.id)
      naiveAfter = Math.max(naiveAfter, ...rows.map((r) => r.sequence))
      if (last && !page.hasMore) return
      if (!page.hasMore) await sleep(5)
    }
  })()
  // Writer i takes its sequence number i-th and commits (20 − i) × 40 ms later: the first written commits last.
  const writers = Array.from({ length: 20 }, async (_, i) => {
    await sleep(i * 5)
    return register(service, { holdMs: (20 - i) * 40 }).then((p) => p.eventId)
  })
  const failing = Array.from({ length: 3 }, async (_, i) => {
    await sleep(i * 7)
    return register(service, { holdMs: 200, fail: true }).catch(() => null)
  })
  // Quick writers in between, committing at once.
  const quick: Array<Promise<string>> = []
  for (let i = 0; i < 10; i++) {
    await sleep(15)
    quick.push(register(service).then((p) => p.eventId))
  }
  const committed = [...(await Promise.all(writers)), ...(await Promise.all(quick))]
  t.same(await Promise.all(failing), [null, null, null], 'three changes failed after recording their event')
  // Transactions of other test files hold the horizon too: the consumer's last read comes after they let go.
  await settled(service)
  writing = false
  await consumer
  t.equal(seen.length, committed.length, `the consumer saw ${seen.length} events for ${committed.length} committed changes`)
  t.equal(new Set(seen).size, seen.length, 'none twice')
  t.same([...seen].sort(), [...committed].sort(), 'every committed event, and none of the rolled-back ones')
  const missed = committed.filter((id) => !naive.has(id))
  t.ok(missed.length > 0, `a reader of \`sequence > last\` missed ${missed.length} of them: the commits really were out of order`)
})

t.test('an event waits in the feed behind an older transaction still open, and then comes first', async (t) => {
  const service = await parcelService(t, await testConfig(t))
  const older = register(service, { holdMs: 1500 })
  await sleep(200)
  const later = await register(service)
  const before = await feed(service)
  t.same(before.items, [], 'the later change committed, but the older transaction has not ended')
  t.match(await service.app.metrics.metrics(), /events_held_back\{service="directory"\} 1\n/)
  const first = await older
  await settled(service)
  const after = await feed(service, `?cursor=${before.nextCursor}`)
  t.same(after.items.map((e) => e.id), [first.eventId, later.eventId], 'in the order of their transactions, not of their commits')
  t.match(await service.app.metrics.metrics(), /events_held_back\{service="directory"\} 0\n/)
})

t.test('the type filter, the head of the feed, and a cursor kept from there', async (t) => {
  const service = await parcelService(t, await testConfig(t))
  const parcels = [await register(service), await register(service), await register(service)]
  const sorted = await service.app.inject({ method: 'POST', url: `/v1/directory/parcels/${parcels[1]!.id}/sort`, headers: await asCaller('directory') })
  await settled(service)
  const all = await feed(service)
  t.same(all.items.map((e) => e.type), ['parcel.registered', 'parcel.registered', 'parcel.registered', 'parcel.status_changed'])
  t.match(all.items[0], { subjectType: 'parcel', subjectId: String(parcels[0]!.id), service: 'directory', data: { officeCode: 'KLN001', reference: /^PCL-2026-/, size: 'small' } })
  t.ok(all.items.every((e, i) => i === 0 || e.sequence > all.items[i - 1]!.sequence))
  t.equal(all.hasMore, false)
  const only = await feed(service, '?type=parcel.status_changed')
  t.same(only.items.map((e) => e.id), [sorted.json().id])
  const two = await feed(service, '?limit=2')
  t.equal(two.hasMore, true)
  t.equal(two.nextCursor, two.items[1]!.cursor, 'a page cut short resumes after its last event')
  t.same((await feed(service, `?cursor=${two.items[0]!.cursor}`)).items.map((e) => e.id), all.items.slice(1).map((e) => e.id), 'an event\'s own cursor resumes after it')
  const head = await feed(service, `?cursor=${all.nextCursor}`)
  t.same(head, { items: [], nextCursor: head.nextCursor, hasMore: false }, 'nothing new at the head')
  const filteredHead = (await feed(service, '?type=parcel.status_changed')).nextCursor
  const next = await register(service)
  await settled(service)
  t.same((await feed(service, `?cursor=${head.nextCursor}`)).items.map((e) => e.id), [next.eventId], 'the cursor kept at the head gives exactly what came after')
  t.same((await feed(service, `?type=parcel.status_changed&cursor=${filteredHead}`)).items, [], 'other types are skipped')
})

t.test('bad cursors and unknown types are refused; office-bound callers and callers without the read scope too', async (t) => {
  const service = await parcelService(t, await testConfig(t))
  const headers = async (who: Record<string, unknown>) => asCaller('directory', { scopes: ['directory:read'], ...who })
  const get = async (url: string, who: Record<string, unknown> = {}) => service.app.inject({ method: 'GET', url, headers: await headers(who) })
  const forged = Buffer.from(JSON.stringify(['-1', 0])).toString('base64url')
  const tooBig = Buffer.from(JSON.stringify(['18446744073709551616', 0])).toString('base64url')
  for (const cursor of ['bm9wZQ', forged, tooBig, Buffer.from(JSON.stringify([5, 0])).toString('base64url')]) {
    t.match((await get(`/v1/directory/events?cursor=${cursor}`)).json(), { status: 400, code: 'INVALID_CURSOR' }, `cursor ${cursor}`)
  }
  t.match((await get('/v1/directory/events?type=parcel.lost')).json(), { status: 422, code: 'EVENT_TYPE_UNKNOWN', errors: [{ field: 'query/type' }] })
  t.match((await get('/v1/directory/events', { office: 'KLN001' })).json(), { status: 403, code: 'OFFICE_NOT_PERMITTED' })
  t.equal((await get('/v1/directory/events', { scopes: ['directory:write'] })).statusCode, 403)
  t.equal((await get('/v1/directory/events/00000000-0000-4000-8000-000000000000')).statusCode, 404)
})

t.test('the event types are published with the schemas of their data', async (t) => {
  const service = await parcelService(t, await testConfig(t))
  const res = await service.app.inject({ method: 'GET', url: '/v1/directory/event-types', headers: await asCaller('directory', { scopes: ['directory:read'] }) })
  t.equal(res.statusCode, 200)
  t.match(res.json().items, [
    { type: 'parcel.registered', subjectType: 'parcel', description: /registered/, data: { type: 'object', additionalProperties: false, properties: { officeCode: { pattern: '^[A-Z]{3}[0-9]{3}$' }, size: { enum: ['small', 'large'] } } } },
    { type: 'parcel.status_changed', subjectType: 'parcel' }
  ])
  const one = await register(service)
  const event = await service.app.inject({ method: 'GET', url: `/v1/directory/events/${one.eventId}`, headers: await asCaller('directory', { scopes: ['directory:read'] }) })
  t.match(event.json(), { id: one.eventId, type: 'parcel.registered', cursor: /^[A-Za-z0-9_-]+$/ })
})
