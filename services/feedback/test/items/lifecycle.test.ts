import t from 'tap'
import { buildTestApp, caller, complaint } from '../helper.js'

const { app, clock } = await buildTestApp(t)

async function create(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'POST', url: '/v1/feedback/items', headers: { ...(await caller()), ...headers }, payload: body })
  if (res.statusCode !== 201) throw new Error(res.body)
  return res.json()
}

async function command(id: string, verb: string, version: number, payload?: Record<string, unknown>) {
  const headers = { ...(await caller()), 'if-match': `"${version}"` }
  const url = `/v1/feedback/items/${id}/${verb}`
  return payload === undefined ? app.inject({ method: 'POST', url, headers }) : app.inject({ method: 'POST', url, headers, payload })
}

t.test('a complaint goes through acknowledgement, a paused wait, reply, escalation, closure and reopening', async (t) => {
  clock.set('2026-11-23T09:00:00Z')
  let item = await create(complaint())
  t.match(item, { status: 'received', stage: 'frontline', reference: 'CMP-2026-000001', districtCode: 'KLN', regionClass: 'urban' })
  // Monday 23 Nov: acknowledge by Wed 25; reply in 10 working days, Mon 7 Dec.
  t.same([item.deadlines.acknowledgeBy, item.deadlines.replyBy], ['2026-11-25', '2026-12-07'])

  let res = await command(item.id, 'acknowledge', item.version, { message: 'We have your complaint.' })
  t.equal(res.statusCode, 200, res.body)
  item = res.json()
  t.equal(item.deadlines.acknowledgementBreached, false)
  item = (await command(item.id, 'investigate', item.version)).json()
  t.equal(item.status, 'investigating')

  clock.set('2026-11-24T10:00:00Z')
  item = (await command(item.id, 'await-customer', item.version, { reason: 'Please send a photo of the envelope.' })).json()
  t.equal(item.status, 'awaiting_customer')
  // The customer answers a week later, Tue 1 Dec: 5 working days paused push the reply to Mon 14 Dec.
  clock.set('2026-12-01T10:00:00Z')
  item = (await command(item.id, 'resume', item.version)).json()
  t.match(item, { status: 'investigating', deadlines: { pausedWorkingDays: 5, replyBy: '2026-12-14', overdue: false } })

  clock.set('2026-12-02T10:00:00Z')
  item = (await command(item.id, 'respond', item.version, { message: 'We are sorry; here is what happened.' })).json()
  t.match(item, { status: 'responded', deadlines: { replyBreached: false } })

  // Stage two: 20 working days from Wed 2 Dec skip 25 and 28 Dec and 1 Jan: Mon 4 Jan 2027.
  item = (await command(item.id, 'escalate', item.version, { reason: 'The customer is not satisfied.' })).json()
  t.match(item, { status: 'investigating', stage: 'investigation', deadlines: { replyBy: '2027-01-04' } })

  res = await command(item.id, 'close', item.version, { outcome: 'upheld' })
  t.equal(res.statusCode, 422)
  t.same(res.json().errors.map((e: { field: string }) => e.field), ['body/remedy', 'body/rootCause'])

  clock.set('2026-12-10T10:00:00Z')
  res = await command(item.id, 'close', item.version, {
    outcome: 'partly_upheld', remedy: { apology: true, compensation: { amountMinor: 5000, currency: 'HKD' } }, rootCause: 'capacity_or_staffing'
  })
  t.equal(res.statusCode, 200, res.body)
  item = res.json()
  t.match(item, { status: 'closed', outcome: 'partly_upheld', rootCause: 'capacity_or_staffing', remedy: { compensation: { amountMinor: 5000 } } })

  res = await command(item.id, 'acknowledge', item.version, {})
  t.equal(res.statusCode, 409)
  t.same(res.json().allowed, ['reopen'])

  item = (await command(item.id, 'reopen', item.version, { reason: 'The compensation cheque bounced.' })).json()
  t.match(item, { status: 'investigating', stage: 'investigation', outcome: null, closedAt: null, deadlines: { replyBy: '2027-01-12' } })

  const timeline = (await app.inject({ method: 'GET', url: `/v1/feedback/items/${item.id}/timeline`, headers: await caller() })).json()
  t.same(
    timeline.items.map((e: { type: string; command: string | null }) => e.command ?? e.type),
    ['created', 'acknowledge', 'investigate', 'await-customer', 'resume', 'respond', 'escalate', 'close', 'reopen']
  )
  t.ok(timeline.items.every((e: { actor: string }) => e.actor === 'key:test'))
})

t.test('a complaint escalates through every stage and then may not escalate again', async (t) => {
  clock.set('2026-11-23T09:00:00Z')
  let item = await create(complaint())
  item = (await command(item.id, 'acknowledge', item.version, {})).json()
  const stages = []
  for (let i = 0; i < 3; i++) {
    item = (await command(item.id, 'escalate', item.version, { reason: 'Not resolved' })).json()
    stages.push([item.stage, item.deadlines.replyBy])
  }
  // 20, 20 and 40 working days from Monday 23 Nov (holidays 25 and 28 Dec skipped).
  t.same(stages, [['investigation', '2026-12-21'], ['review_panel', '2026-12-21'], ['external_dispute_resolution', '2027-01-21']])
  const res = await command(item.id, 'escalate', item.version, { reason: 'again' })
  t.equal(res.statusCode, 409)
  t.same(res.json().allowed, ['await-customer', 'respond', 'close'])
})

t.test('a change with a stale If-Match is 412 and one without If-Match is 428', async (t) => {
  const item = await create(complaint())
  t.equal((await command(item.id, 'acknowledge', item.version, {})).statusCode, 200)
  const stale = await command(item.id, 'investigate', item.version)
  t.equal(stale.statusCode, 412)
  t.equal(stale.json().code, 'PRECONDITION_FAILED')
  const missing = await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/investigate`, headers: await caller() })
  t.equal(missing.statusCode, 428)
})

t.test('an item received before a weekend and two holidays is due to be acknowledged after them', async (t) => {
  clock.set('2027-01-05T09:00:00Z')
  // Thursday 24 Dec: Fri 25 (holiday), the weekend, Mon 28 (holiday); two working days is Wed 30 Dec.
  const item = await create(complaint({ receivedAt: '2026-12-24T16:00:00Z' }))
  t.equal(item.deadlines.acknowledgeBy, '2026-12-30')
  // Ten working days: 29, 30, 31 Dec, 4-8 Jan, 11 and 12 Jan.
  t.equal(item.deadlines.replyBy, '2027-01-12')
  t.equal(item.reference.startsWith('CMP-2026-'), true)
})

t.test('a missed acknowledgement puts the item in the overdue queue and is recorded as a breach', async (t) => {
  clock.set('2026-11-23T09:00:00Z')
  const late = await create(complaint({ receivedAt: '2026-11-02T09:00:00Z', officeCode: 'SKW001' }))
  t.equal(late.deadlines.overdue, true)
  const queue = (await app.inject({ method: 'GET', url: '/v1/feedback/items?queue=overdue&officeCode=SKW001', headers: await caller() })).json()
  t.same(queue.items.map((i: { id: string }) => i.id), [late.id])
  const acked = (await command(late.id, 'acknowledge', late.version, {})).json()
  t.match(acked.deadlines, { acknowledgementBreached: true, overdue: true, replyBy: '2026-11-16' })
  const answered = (await command(acked.id, 'respond', acked.version, { message: 'Sorry for the wait.' })).json()
  t.match(answered.deadlines, { replyBreached: true, overdue: false })
})

t.test('a commendation is forwarded to the office of the staff member it names', async (t) => {
  let item = await create(complaint({ kind: 'commendation', category: 'staff_conduct', staffId: 'S001001', customer: { anonymous: true, language: 'en' } }))
  t.match(item, { reference: /^COM-2026-/, stage: null, replyRequired: false, deadlines: { replyBy: null } })
  // Bodies with nothing required may be left out.
  item = (await command(item.id, 'acknowledge', item.version)).json()
  t.equal((await command(item.id, 'respond', item.version, { message: 'x' })).statusCode, 409)
  item = (await command(item.id, 'forward', item.version)).json()
  t.match(item, { status: 'forwarded', forwardedToOffice: 'KLN002' })
  const res = await command(item.id, 'close', item.version, { outcome: 'upheld' })
  t.equal(res.statusCode, 422)
  t.equal(res.json().errors[0].field, 'body/outcome')
  t.equal((await command(item.id, 'close', item.version)).json().status, 'closed')
})

t.test('assignment fills the officer\'s queue and empties the unassigned one', async (t) => {
  const item = await create(complaint({ officeCode: 'ISL001' }))
  const unassigned = async () => (await app.inject({ method: 'GET', url: '/v1/feedback/items?queue=unassigned&officeCode=ISL001', headers: await caller() })).json().items.length
  t.equal(await unassigned(), 1)
  const res = await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/assign`, headers: { ...(await caller()), 'if-match': '"1"' }, payload: { team: 'islands', officerId: 'user:jchan' } })
  t.equal(res.statusCode, 200, res.body)
  t.equal(await unassigned(), 0)
  const mine = (await app.inject({ method: 'GET', url: '/v1/feedback/items?queue=mine', headers: await caller({ sub: 'user:jchan' }) })).json()
  t.same(mine.items.map((i: { id: string }) => i.id), [item.id])
})

t.test('internal notes and customer replies are kept apart in the timeline', async (t) => {
  const item = await create(complaint())
  const note = await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/notes`, headers: await caller(), payload: { body: 'Checked the sorting centre log.' } })
  t.equal(note.statusCode, 201, note.body)
  await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/replies`, headers: await caller(), payload: { body: 'We are looking into it.' } })
  const timeline = (await app.inject({ method: 'GET', url: `/v1/feedback/items/${item.id}/timeline`, headers: await caller() })).json()
  t.same(timeline.items.slice(1).map((e: { type: string; visibility: string }) => [e.type, e.visibility]), [['note', 'internal'], ['reply', 'customer']])
})

t.test('fifty concurrent submissions with one Idempotency-Key create exactly one item', async (t) => {
  const body = complaint({ officeCode: 'NTR001', subject: 'Concurrent duplicate' })
  const headers = { ...(await caller()), 'idempotency-key': 'terminal-7-retry-1' }
  const answers = await Promise.all(Array.from({ length: 50 }, () => app.inject({ method: 'POST', url: '/v1/feedback/items', headers, payload: body })))
  const created = answers.filter((a) => a.statusCode === 201)
  t.ok(created.length >= 1)
  t.ok(answers.every((a) => a.statusCode === 201 || a.statusCode === 409), answers.map((a) => a.statusCode).join(','))
  t.equal(new Set(created.map((a) => a.json().id)).size, 1)
  const list = (await app.inject({ method: 'GET', url: '/v1/feedback/items?q=Concurrent', headers: await caller() })).json()
  t.equal(list.items.length, 1)
  const replay = await app.inject({ method: 'POST', url: '/v1/feedback/items', headers, payload: body })
  t.equal(replay.headers['idempotent-replayed'], 'true')
  t.equal(replay.json().id, list.items[0].id)
})

t.test('a batch creates the good items and reports each bad one at its index', async (t) => {
  const res = await app.inject({
    method: 'POST', url: '/v1/feedback/items/batch', headers: { ...(await caller()), 'idempotency-key': 'batch-1' },
    payload: { items: [complaint({ kind: 'suggestion', category: 'website_app' }), complaint({ officeCode: 'XXX999' }), complaint({ kind: 'suggestion', category: 'pricing' })] }
  })
  t.equal(res.statusCode, 200, res.body)
  const body = res.json()
  t.match(body, { created: 2, rejected: 1 })
  t.same(body.results.map((r: { status: number }) => r.status), [201, 422, 201])
  t.same(body.results[1].problem.errors, [{ field: 'body/items/1/officeCode', message: 'is not a known post office' }])
  t.same([body.results[0].item.reference, body.results[2].item.reference], ['SUG-2026-000001', 'SUG-2026-000002'])
})

t.test('lists filter, search and page with a cursor', async (t) => {
  for (let i = 0; i < 5; i++) await create(complaint({ officeCode: 'KLN002', channel: 'hotline', trackingNumbers: [`EE00000000${i}HK`], subject: `Parcel ${i} damaged in transit` }))
  const url = '/v1/feedback/items?officeCode=KLN002&channel=hotline&limit=2'
  const seen: string[] = []
  let cursor: string | null = null
  do {
    const page: { items: Array<{ reference: string }>; nextCursor: string | null } = (await app.inject({ method: 'GET', url: cursor ? `${url}&cursor=${cursor}` : url, headers: await caller() })).json()
    seen.push(...page.items.map((i) => i.reference))
    cursor = page.nextCursor
  } while (cursor)
  t.equal(seen.length, 5)
  t.equal(new Set(seen).size, 5)
  const byTracking = (await app.inject({ method: 'GET', url: '/v1/feedback/items?trackingNumber=EE000000003HK', headers: await caller() })).json()
  t.equal(byTracking.items.length, 1)
  const search = (await app.inject({ method: 'GET', url: '/v1/feedback/items?q=damaged&officeCode=KLN002', headers: await caller() })).json()
  t.equal(search.items.length, 5)
  const bad = await app.inject({ method: 'GET', url: '/v1/feedback/items?cursor=not-a-cursor', headers: await caller() })
  t.equal(bad.statusCode, 400)
})

t.test('an export streams every matching item as CSV or NDJSON', async (t) => {
  // Its own items, found by a word no other test uses, so it does not depend on what ran before.
  for (let i = 0; i < 5; i++) await create(complaint({ officeCode: 'KLN002', channel: 'email', subject: `Exportable parcel ${i}` }))
  await create(complaint({ officeCode: 'KLN001', channel: 'email', subject: 'Exportable parcel elsewhere' }))
  const csv = await app.inject({ method: 'GET', url: '/v1/feedback/items/export?format=csv&officeCode=KLN002&q=Exportable', headers: await caller() })
  t.equal(csv.statusCode, 200)
  t.match(csv.headers['content-type'], /^text\/csv/)
  const lines = csv.body.trim().split('\r\n')
  t.equal(lines.length, 6)
  t.match(lines[0], /^reference,kind,status/)
  const nd = await app.inject({ method: 'GET', url: '/v1/feedback/items/export?format=ndjson&officeCode=KLN002&q=Exportable', headers: await caller() })
  t.equal(nd.statusCode, 200)
  t.match(nd.headers['content-type'], /^application\/x-ndjson/)
  const items = nd.body.trim().split('\n').map((l) => JSON.parse(l))
  t.equal(items.length, 5)
  t.ok(items.every((i: { officeCode: string; subject: string }) => i.officeCode === 'KLN002' && i.subject.startsWith('Exportable parcel ')))
})

t.test('thirty different submissions at once are all created, each with its own reference', async (t) => {
  const headers = await caller()
  const answers = await Promise.all(
    Array.from({ length: 30 }, (_, i) => app.inject({ method: 'POST', url: '/v1/feedback/items', headers: { ...headers, 'idempotency-key': `parallel-${i}` }, payload: complaint({ officeCode: 'NTR001', subject: `Parallel ${i}` }) }))
  )
  t.same(answers.map((a) => a.statusCode), Array(30).fill(201))
  t.equal(new Set(answers.map((a) => a.json().reference)).size, 30)
})

t.test('a consented vulnerable-customer flag raises the priority', async (t) => {
  const item = await create(complaint({ customer: { ...complaint().customer, vulnerable: true, vulnerabilityConsent: true } }))
  t.match(item, { priority: 'high', customer: { vulnerable: true } })
  t.equal((await create(complaint())).priority, 'normal')
})

t.test('an empty remedy is refused for an upheld complaint and accepted for one not upheld or withdrawn', async (t) => {
  const acknowledged = async () => {
    const item = await create(complaint())
    return (await command(item.id, 'acknowledge', item.version, {})).json()
  }
  const upheld = await acknowledged()
  const refused = await command(upheld.id, 'close', upheld.version, { outcome: 'upheld', remedy: {}, rootCause: 'staff_error' })
  t.equal(refused.statusCode, 422)
  t.match(refused.headers['content-type'], /^application\/problem\+json/)
  t.match(refused.json(), { code: 'FEEDBACK_CLOSURE_INCOMPLETE', errors: [{ field: 'body/remedy' }] })
  const unchanged = (await app.inject({ method: 'GET', url: `/v1/feedback/items/${upheld.id}`, headers: await caller() })).json()
  t.match(unchanged, { status: 'acknowledged', version: upheld.version, outcome: null })
  const serviceRecovery = await command(upheld.id, 'close', upheld.version, { outcome: 'upheld', remedy: { serviceRecovery: 'Redelivered the next morning.' }, rootCause: 'staff_error' })
  t.equal(serviceRecovery.statusCode, 200, serviceRecovery.body)

  for (const outcome of ['not_upheld', 'withdrawn']) {
    const item = await acknowledged()
    const res = await command(item.id, 'close', item.version, { outcome, remedy: {}, rootCause: 'third_party' })
    t.equal(res.statusCode, 200, res.body)
    t.match(res.json(), { status: 'closed', outcome, remedy: { apology: false } })
  }
})

const itemCount = async () => Number((await app.db.selectFrom('feedbackItems').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)

t.test('a batch replayed with the same Idempotency-Key and body answers the same results and creates nothing', async (t) => {
  const headers = { ...(await caller()), 'idempotency-key': 'offline-terminal-batch-42' }
  const payload = { items: [complaint({ officeCode: 'SKW001', subject: 'Replayed batch 1' }), complaint({ officeCode: 'XXX999' }), complaint({ kind: 'suggestion', category: 'pricing', subject: 'Replayed batch 2' })] }
  const first = await app.inject({ method: 'POST', url: '/v1/feedback/items/batch', headers, payload })
  t.equal(first.statusCode, 200, first.body)
  t.match(first.json(), { created: 2, rejected: 1 })
  const afterFirst = await itemCount()
  const replay = await app.inject({ method: 'POST', url: '/v1/feedback/items/batch', headers, payload })
  t.equal(replay.statusCode, 200, replay.body)
  t.equal(replay.headers['idempotent-replayed'], 'true')
  t.same(replay.json(), first.json())
  t.equal(await itemCount(), afterFirst)
})

t.test('a batch sent again with the same Idempotency-Key but another body is 422 and creates nothing', async (t) => {
  const headers = { ...(await caller()), 'idempotency-key': 'offline-terminal-batch-43' }
  const first = await app.inject({ method: 'POST', url: '/v1/feedback/items/batch', headers, payload: { items: [complaint({ subject: 'Batch 43' })] } })
  t.equal(first.statusCode, 200, first.body)
  const before = await itemCount()
  const other = await app.inject({ method: 'POST', url: '/v1/feedback/items/batch', headers, payload: { items: [complaint({ subject: 'Batch 43, edited' })] } })
  t.equal(other.statusCode, 422)
  t.match(other.headers['content-type'], /^application\/problem\+json/)
  t.equal(other.json().code, 'IDEMPOTENCY_KEY_REUSED')
  t.equal(await itemCount(), before)
})

t.test('reference numbers start again at 000001 each UTC year, for each kind', async (t) => {
  clock.set('2026-11-23T09:00:00Z')
  const res = await app.inject({
    method: 'POST', url: '/v1/feedback/items/batch', headers: await caller(),
    payload: {
      items: [
        complaint({ receivedAt: '2013-03-01T09:00:00Z' }), complaint({ receivedAt: '2012-06-01T09:00:00Z' }), complaint({ receivedAt: '2012-12-31T23:59:59Z' }),
        complaint({ receivedAt: '2013-01-01T00:00:00Z' }), complaint({ kind: 'commendation', category: 'staff_conduct', receivedAt: '2013-05-01T09:00:00Z' })
      ]
    }
  })
  t.equal(res.statusCode, 200, res.body)
  const references = res.json().results.map((r: { item: { reference: string } }) => r.item.reference)
  // Numbers within a (kind, year) are unique and increasing, in the batch's order.
  t.same(references, ['CMP-2013-000001', 'CMP-2012-000001', 'CMP-2012-000002', 'CMP-2013-000002', 'COM-2013-000001'])
  t.equal((await create(complaint({ receivedAt: '2013-12-31T23:59:59Z' }))).reference, 'CMP-2013-000003')
  t.equal((await create(complaint({ receivedAt: '2014-01-01T00:00:00Z' }))).reference, 'CMP-2014-000001')
})
