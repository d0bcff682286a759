/**
 * Every list filter and queue against one fixed set of items, each asserted as the exact set it
 * returns: what should be in is in, and everything else (which always includes something) is out.
 */
import t, { type Test } from 'tap'
import { buildTestApp, caller, complaint } from '../helper.js'

const { app, clock } = await buildTestApp(t)

async function create(label: string, overrides: Record<string, unknown>) {
  const res = await app.inject({ method: 'POST', url: '/v1/feedback/items', headers: await caller(), payload: complaint({ subject: label, ...overrides }) })
  if (res.statusCode !== 201) throw new Error(res.body)
  return res.json()
}

async function act(item: { id: string; version: number }, verb: string, payload: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/${verb}`, headers: { ...(await caller()), 'if-match': `"${item.version}"` }, payload })
  if (res.statusCode !== 200) throw new Error(res.body)
  return res.json()
}

const commendation = (receivedAt: string) => ({ kind: 'commendation', officeCode: 'NTR001', category: 'staff_conduct', receivedAt, customer: { anonymous: true, language: 'en' } })

// Monday 23 Nov 2026, 09:00 UTC.
clock.set('2026-11-23T09:00:00Z')
await act(await create('frontline', { officeCode: 'KLN001', category: 'delay' }), 'assign', { team: 'team-a', officerId: 'user:jchan' })
const escalated = await act(await act(await create('escalated', { officeCode: 'NTR001', category: 'loss' }), 'acknowledge'), 'escalate', { reason: 'Not settled' })
await act(escalated, 'assign', { team: 'team-a', officerId: 'user:mlee' })
const awaiting = await act(await act(await create('awaiting', { officeCode: 'ISL001', category: 'damage' }), 'acknowledge'), 'await-customer', { reason: 'Photo please' })
await act(awaiting, 'assign', { team: 'team-b', officerId: 'user:jchan' })
await act(await act(await act(await create('resumed', { officeCode: 'SKW001', category: 'delay' }), 'acknowledge'), 'await-customer', { reason: 'Receipt please' }), 'resume')
// Never acknowledged (due 4 Nov), and acknowledged but not answered (reply due 9 Nov): both overdue.
await create('late', { officeCode: 'KLN002', category: 'delay', receivedAt: '2026-11-02T09:00:00Z' })
await act(await create('lateAcknowledged', { officeCode: 'KLN002', category: 'loss', receivedAt: '2026-10-26T09:00:00Z' }), 'acknowledge')
await act(await create('closed', { kind: 'suggestion', officeCode: 'KLN001', category: 'pricing' }), 'close')
await create('fanling', { kind: 'suggestion', officeCode: 'NTR002', category: 'website_app' })
// Either side of 10 Nov 00:00 and 13 Nov 00:00 UTC (closed, so they are never overdue).
for (const [label, at] of [['beforeFrom', '2026-11-09T23:59:59.999Z'], ['atFrom', '2026-11-10T00:00:00.000Z'], ['endOfTo', '2026-11-12T23:59:59.999Z'], ['afterTo', '2026-11-13T00:00:00.000Z']]) {
  await act(await create(label!, commendation(at!)), 'close')
}
const everything = ['frontline', 'escalated', 'awaiting', 'resumed', 'late', 'lateAcknowledged', 'closed', 'fanling', 'beforeFrom', 'atFrom', 'endOfTo', 'afterTo']

async function expectExactly(t: Test, query: string, expected: string[]) {
  t.ok(expected.length > 0 && expected.length < everything.length, 'the filter keeps some items and leaves some out')
  const res = await app.inject({ method: 'GET', url: `/v1/feedback/items?${query}&limit=500`, headers: await caller() })
  t.equal(res.statusCode, 200, res.body)
  const found = res.json().items.map((i: { subject: string }) => i.subject).sort()
  t.same(found, [...expected].sort(), `${query} includes exactly these`)
  t.same(everything.filter((l) => !found.includes(l)).sort(), everything.filter((l) => !expected.includes(l)).sort(), `${query} leaves out the rest`)
}

t.test('the list without filters has every item, so each test below starts from all of them', async (t) => {
  const res = await app.inject({ method: 'GET', url: '/v1/feedback/items?limit=500', headers: await caller() })
  t.same(res.json().items.map((i: { subject: string }) => i.subject).sort(), [...everything].sort())
})

t.test('queue=awaiting_customer holds items waiting for the customer and not those that have resumed', async (t) => {
  await expectExactly(t, 'queue=awaiting_customer', ['awaiting'])
})

t.test('overdue=true holds open items whose next deadline has passed, acknowledged or not', async (t) => {
  await expectExactly(t, 'overdue=true', ['late', 'lateAcknowledged'])
})

t.test('overdue=false holds everything else, including paused and closed items', async (t) => {
  await expectExactly(t, 'overdue=false', ['frontline', 'escalated', 'awaiting', 'resumed', 'closed', 'fanling', 'beforeFrom', 'atFrom', 'endOfTo', 'afterTo'])
})

t.test('stage selects complaints at that stage and no other stage or kind', async (t) => {
  await expectExactly(t, 'stage=frontline', ['frontline', 'awaiting', 'resumed', 'late', 'lateAcknowledged'])
  await expectExactly(t, 'stage=investigation', ['escalated'])
})

t.test('category selects items of that category only', async (t) => {
  await expectExactly(t, 'category=delay', ['frontline', 'resumed', 'late'])
})

t.test('districtCode selects items of every office in that district, whatever its region class', async (t) => {
  await expectExactly(t, 'districtCode=NTR', ['escalated', 'fanling', 'beforeFrom', 'atFrom', 'endOfTo', 'afterTo'])
})

t.test('regionClass selects items of offices of that class, whatever their district', async (t) => {
  await expectExactly(t, 'regionClass=urban', ['frontline', 'late', 'lateAcknowledged', 'closed', 'fanling'])
})

t.test('team selects items assigned to that team only', async (t) => {
  await expectExactly(t, 'team=team-a', ['frontline', 'escalated'])
})

t.test('officerId selects items assigned to that officer, in any team', async (t) => {
  await expectExactly(t, 'officerId=user:jchan', ['frontline', 'awaiting'])
})

t.test('receivedFrom includes items from midnight UTC of that day and leaves out the instant before', async (t) => {
  await expectExactly(t, 'receivedFrom=2026-11-10', ['frontline', 'escalated', 'awaiting', 'resumed', 'closed', 'fanling', 'atFrom', 'endOfTo', 'afterTo'])
})

t.test('receivedTo includes the whole of that day (UTC) and leaves out the next midnight', async (t) => {
  await expectExactly(t, 'receivedTo=2026-11-12', ['late', 'lateAcknowledged', 'beforeFrom', 'atFrom', 'endOfTo'])
})

t.test('receivedFrom and receivedTo together keep both boundary days and nothing outside them', async (t) => {
  await expectExactly(t, 'receivedFrom=2026-11-10&receivedTo=2026-11-12', ['atFrom', 'endOfTo'])
})
