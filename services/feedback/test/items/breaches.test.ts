import t from 'tap'
import { buildTestApp, caller, complaint } from '../helper.js'

const { app, clock, sweep } = await buildTestApp(t)

async function create(body: Record<string, unknown>) {
  const res = await app.inject({ method: 'POST', url: '/v1/feedback/items', headers: await caller(), payload: body })
  if (res.statusCode !== 201) throw new Error(res.body)
  return res.json()
}

async function command(item: { id: string; version: number }, verb: string, payload: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/${verb}`, headers: { ...(await caller()), 'if-match': `"${item.version}"` }, payload })
  if (res.statusCode !== 200) throw new Error(res.body)
  return res.json()
}

async function get(id: string) {
  const res = await app.inject({ method: 'GET', url: `/v1/feedback/items/${id}`, headers: await caller() })
  return { etag: res.headers.etag, item: res.json() }
}

const timeline = async (id: string) => (await app.inject({ method: 'GET', url: `/v1/feedback/items/${id}/timeline`, headers: await caller() })).json().items

// Monday 23 Nov 2026: acknowledge by Wednesday 25 Nov, reply by Monday 7 Dec.
clock.set('2026-11-23T09:00:00Z')
const neverAcknowledged = await create(complaint({ subject: 'Never acknowledged' }))
const investigating = await command(await command(await create(complaint({ subject: 'Investigating' })), 'acknowledge'), 'investigate')
const paused = await command(await command(await create(complaint({ subject: 'Paused' })), 'acknowledge'), 'await-customer', { reason: 'Please send the receipt.' })
const answered = await command(await command(await create(complaint({ subject: 'Answered' })), 'acknowledge'), 'respond', { message: 'Here is what happened.' })
const commendation = await create(complaint({ kind: 'commendation', category: 'staff_conduct', customer: { anonymous: true, language: 'en' } }))
const closed = await command(await create(complaint({ kind: 'suggestion', category: 'pricing', subject: 'Closed at once' })), 'close')
const all = { neverAcknowledged, investigating, paused, answered, commendation, closed }
const versions = async () => Object.fromEntries(await Promise.all(Object.entries(all).map(async ([name, i]) => [name, (await get(i.id)).item.version])))
const created = await versions()

t.test('on the day a pledge falls due the sweep records nothing', async (t) => {
  clock.set('2026-11-25T18:00:00Z')
  await sweep()
  t.same(await versions(), created)
  t.same((await get(neverAcknowledged.id)).item.deadlines, neverAcknowledged.deadlines)
})

t.test('the day after the acknowledgement was due, the sweep marks every unacknowledged open item, with a new ETag and a timeline entry', async (t) => {
  clock.set('2026-11-26T09:00:00Z')
  await sweep()
  const { etag, item } = await get(neverAcknowledged.id)
  t.match(item.deadlines, { acknowledgementBreached: true, replyBreached: false, overdue: true })
  t.equal(item.version, created.neverAcknowledged + 1)
  t.equal(etag, `"${created.neverAcknowledged + 1}"`)
  t.not(etag, `"${neverAcknowledged.version}"`)
  t.match((await get(commendation.id)).item.deadlines, { acknowledgementBreached: true, replyBreached: false })
  // Acknowledged, paused, answered and closed items are not touched.
  t.same(await versions(), { ...created, neverAcknowledged: created.neverAcknowledged + 1, commendation: created.commendation + 1 })
  const [, entry] = await timeline(neverAcknowledged.id)
  t.match(entry, { type: 'pledge_breached', actor: 'system:pledges', visibility: 'internal', command: null, body: 'Pledge missed: acknowledgement (due 2026-11-25).' })
  t.same(entry.changes, { acknowledgementBreached: true })
})

t.test('a second sweep on the same day changes nothing', async (t) => {
  const before = await versions()
  await sweep()
  t.same(await versions(), before)
  t.equal((await timeline(neverAcknowledged.id)).length, 2)
})

t.test('after the reply deadline the sweep marks the reply breached on open items, acknowledged or not, but not on paused or answered ones', async (t) => {
  const before = await versions()
  clock.set('2026-12-08T09:00:00Z')
  await sweep()
  const { etag, item } = await get(neverAcknowledged.id)
  t.match(item.deadlines, { acknowledgementBreached: true, replyBreached: true, replyBy: '2026-12-07' })
  t.equal(etag, `"${before.neverAcknowledged + 1}"`)
  t.match((await get(investigating.id)).item.deadlines, { acknowledgementBreached: false, replyBreached: true })
  t.match((await get(paused.id)).item.deadlines, { replyBreached: false })
  t.match((await get(answered.id)).item.deadlines, { replyBreached: false })
  t.same(await versions(), { ...before, neverAcknowledged: before.neverAcknowledged + 1, investigating: before.investigating + 1 })
  const entries = await timeline(neverAcknowledged.id)
  t.same(entries.map((e: { type: string }) => e.type), ['created', 'pledge_breached', 'pledge_breached'])
  t.same(entries[2].changes, { replyBreached: true })
  t.equal(entries[2].body, 'Pledge missed: reply (due 2026-12-07).')
})

t.test('a change made with the ETag from before the sweep is refused as stale', async (t) => {
  const stale = await app.inject({ method: 'POST', url: `/v1/feedback/items/${neverAcknowledged.id}/acknowledge`, headers: { ...(await caller()), 'if-match': `"${neverAcknowledged.version}"` }, payload: {} })
  t.equal(stale.statusCode, 412)
  t.match(stale.headers['content-type'], /^application\/problem\+json/)
  const { etag } = await get(neverAcknowledged.id)
  const fresh = await app.inject({ method: 'POST', url: `/v1/feedback/items/${neverAcknowledged.id}/acknowledge`, headers: { ...(await caller()), 'if-match': etag as string }, payload: {} })
  t.equal(fresh.statusCode, 200, fresh.body)
  t.match(fresh.json().deadlines, { acknowledgementBreached: true, replyBreached: true })
})
