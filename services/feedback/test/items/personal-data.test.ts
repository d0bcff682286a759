import { WITHHELD } from '@postcare/platform'
import t from 'tap'
import { buildTestApp, caller, complaint } from '../helper.js'

const { app, clock } = await buildTestApp(t, { FEEDBACK_RETENTION_DAYS: '30' })
const withoutPersonalData = { scopes: ['feedback:read', 'feedback:write'] }
const terminal = { sub: 'key:terminal-kln001', office: 'KLN001', scopes: ['feedback:read', 'feedback:write'] }

async function create(body: Record<string, unknown>) {
  const res = await app.inject({ method: 'POST', url: '/v1/feedback/items', headers: await caller(), payload: body })
  if (res.statusCode !== 201) throw new Error(res.body)
  return res.json()
}

const auditCount = async (id: string) =>
  Number((await app.db.selectFrom('auditLog').select((eb) => eb.fn.countAll().as('n')).where('subjectId', '=', id).where('action', '=', 'personal_data.read').executeTakeFirstOrThrow()).n)

t.test('contact details are masked without the personal-data scope and full with it, and only full reads are audited', async (t) => {
  const item = await create(complaint({ customer: { name: 'Chan Tai Man', email: 'chan.taiman@example.com', phone: '+852 2921 2222', address: '1 Nathan Road', language: 'en', membershipNumber: 'PP-123456' } }))
  const before = await auditCount(item.id)
  const masked = (await app.inject({ method: 'GET', url: `/v1/feedback/items/${item.id}`, headers: await caller(withoutPersonalData) })).json()
  t.same(masked.customer, {
    anonymous: false, name: 'C*** T*** M***', email: 'c***@example.com', phone: '***2222', address: '***', preferredReplyChannel: 'email', language: 'en',
    membershipNumber: '***456', vulnerable: false, personalData: 'masked'
  })
  t.equal(await auditCount(item.id), before)
  const full = (await app.inject({ method: 'GET', url: `/v1/feedback/items/${item.id}`, headers: await caller() })).json()
  t.match(full.customer, { name: 'Chan Tai Man', email: 'chan.taiman@example.com', phone: '+852 2921 2222', personalData: 'full' })
  t.equal(await auditCount(item.id), before + 1)
  const exported = await app.inject({ method: 'GET', url: '/v1/feedback/items/export?format=csv', headers: await caller(withoutPersonalData) })
  t.equal(exported.statusCode, 200, exported.body)
  t.match(exported.headers['content-type'], /^text\/csv/)
  // The row is there, masked: not an empty or failed export that would pass the check below.
  t.match(exported.body, new RegExp(`${item.reference},.*C\\*\\*\\* T\\*\\*\\* M\\*\\*\\*,c\\*\\*\\*@example\\.com`))
  t.notMatch(exported.body, /Chan Tai Man|chan\.taiman/)
})

t.test('an office-bound terminal submits and reads for its own office only; everything else is not found', async (t) => {
  const other = await create(complaint({ officeCode: 'KLN002' }))
  const own = await app.inject({ method: 'POST', url: '/v1/feedback/items', headers: await caller(terminal), payload: complaint({ officeCode: 'KLN001' }) })
  t.equal(own.statusCode, 201, own.body)
  const foreign = await app.inject({ method: 'POST', url: '/v1/feedback/items', headers: await caller(terminal), payload: complaint({ officeCode: 'KLN002' }) })
  t.equal(foreign.statusCode, 403)
  t.same(foreign.json().errors, [{ field: 'body/officeCode', message: 'must be KLN001, the office this caller is bound to' }])
  t.equal((await app.inject({ method: 'GET', url: `/v1/feedback/items/${other.id}`, headers: await caller(terminal) })).statusCode, 404)
  t.equal((await app.inject({ method: 'GET', url: `/v1/feedback/items/${other.id}/timeline`, headers: await caller(terminal) })).statusCode, 404)
  const cmd = await app.inject({ method: 'POST', url: `/v1/feedback/items/${other.id}/acknowledge`, headers: { ...(await caller(terminal)), 'if-match': '"1"' }, payload: {} })
  t.equal(cmd.statusCode, 404)
  const list = (await app.inject({ method: 'GET', url: '/v1/feedback/items?officeCode=KLN002', headers: await caller(terminal) })).json()
  t.same(list.items, [])
  const mine = (await app.inject({ method: 'GET', url: '/v1/feedback/items', headers: await caller(terminal) })).json()
  t.ok(mine.items.length > 0 && mine.items.every((i: { officeCode: string }) => i.officeCode === 'KLN001'))
})

t.test('an erasure request removes the customer\'s personal data at once and leaves the item', async (t) => {
  const item = await create(complaint())
  const res = await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/erase-personal-data`, headers: { ...(await caller()), 'if-match': '"1"' }, payload: { reason: 'Erasure request 2026/118' } })
  t.equal(res.statusCode, 200, res.body)
  t.match(res.json(), { reference: item.reference, customer: { name: null, email: null, phone: null, personalData: 'erased' } })
  const again = await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/erase-personal-data`, headers: { ...(await caller()), 'if-match': '"2"' }, payload: { reason: 'again' } })
  t.equal(again.statusCode, 409)
})

t.test('a retry of an erased create (single or batch) within the key window replays the erased item: nothing is created again', async (t) => {
  const body = complaint({ subject: 'Erased then retried', customer: { name: 'Lee Siu Ming', email: 'lee@example.com', preferredReplyChannel: 'email', language: 'en' } })
  const send = async (url: string, payload: object) => app.inject({ method: 'POST', url, headers: { ...(await caller()), 'idempotency-key': `retry-${url}` }, payload })
  const single = (await send('/v1/feedback/items', body)).json()
  const batch = (await send('/v1/feedback/items/batch', { items: [body] })).json()
  const batched = batch.results[0].item
  for (const item of [single, batched]) {
    const res = await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/erase-personal-data`, headers: { ...(await caller()), 'if-match': `"${item.version}"` }, payload: { reason: 'Erasure request 2026/200' } })
    t.equal(res.statusCode, 200, res.body)
  }
  const count = async () => Number((await app.db.selectFrom('feedbackItems').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
  const before = await count()
  const again = await send('/v1/feedback/items', body)
  t.equal(again.statusCode, 201)
  t.equal(again.headers['idempotent-replayed'], 'true')
  t.match(again.json(), { id: single.id, subject: '[erased]', customer: { name: null, email: null, personalData: 'erased' } })
  const batchAgain = await send('/v1/feedback/items/batch', { items: [body] })
  t.equal(batchAgain.headers['idempotent-replayed'], 'true')
  t.match(batchAgain.json().results[0].item, { id: batched.id, subject: '[erased]', customer: { personalData: 'erased' } })
  t.equal(await count(), before, 'no item was created again')
  const kept = await app.db.selectFrom('idempotencyKeys').select(['responseBody', 'requestHash']).execute()
  t.notMatch(JSON.stringify(kept), /Lee Siu Ming|lee@example\.com|Erased then retried/, 'the stored answers no longer hold the personal data')
})

t.test('the retention sweep anonymises items closed longer ago than the retention period, and no others', async (t) => {
  clock.set('2026-11-23T09:00:00Z')
  let old = await create(complaint({ kind: 'suggestion', subject: 'Retention old' }))
  const recent = await create(complaint({ kind: 'suggestion', subject: 'Retention recent' }))
  old = (await app.inject({ method: 'POST', url: `/v1/feedback/items/${old.id}/close`, headers: { ...(await caller()), 'if-match': `"${old.version}"` }, payload: {} })).json()
  t.equal(old.status, 'closed')
  clock.set('2026-12-24T09:00:00Z')
  await app.inject({ method: 'POST', url: `/v1/feedback/items/${recent.id}/close`, headers: { ...(await caller()), 'if-match': `"${recent.version}"` }, payload: {} })
  const run = await app.inject({ method: 'POST', url: '/v1/feedback/retention/run', headers: await caller() })
  t.same(run.json(), { anonymised: 1 })
  const [o, r] = await Promise.all([old, recent].map(async (i) => (await app.inject({ method: 'GET', url: `/v1/feedback/items/${i.id}`, headers: await caller() })).json()))
  t.equal(o.customer.personalData, 'erased')
  t.equal(r.customer.personalData, 'full')
})

t.test('free text is personal data: withheld without the scope in reads, lists, timelines and exports, and each full read is audited', async (t) => {
  const item = await create(complaint({ subject: 'Lost parcel for Chan at 2921 2222', description: 'Call Chan Tai Man on 2921 2222', remedySought: 'Redeliver to 1 Nathan Road' }))
  const note = await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/notes`, headers: await caller(), payload: { body: 'Spoke to Chan on 2921 2222' } })
  t.equal(note.statusCode, 201, note.body)
  const audited = await auditCount(item.id)
  t.equal(audited, 2, 'the create and the note were answered in full to a caller with the scope: both audited')
  const narrow = await caller(withoutPersonalData)
  const read = (await app.inject({ method: 'GET', url: `/v1/feedback/items/${item.id}`, headers: narrow })).json()
  t.match(read, { subject: WITHHELD, description: WITHHELD, remedySought: WITHHELD, customer: { personalData: 'masked' } })
  const listed = (await app.inject({ method: 'GET', url: `/v1/feedback/items?officeCode=KLN001&limit=500`, headers: narrow })).json()
  t.match(listed.items.find((i: { id: string }) => i.id === item.id), { subject: WITHHELD, description: WITHHELD })
  const timeline = (await app.inject({ method: 'GET', url: `/v1/feedback/items/${item.id}/timeline`, headers: narrow })).json()
  t.same(timeline.items.filter((e: { type: string }) => e.type === 'note').map((e: { body: string }) => e.body), [WITHHELD])
  const exported = await app.inject({ method: 'GET', url: '/v1/feedback/items/export?format=ndjson', headers: narrow })
  t.equal(exported.statusCode, 200)
  t.notMatch(exported.body, /2921|Nathan|\bChan\b/, 'nothing of it is exported')
  t.equal(await auditCount(item.id), audited, 'nothing shown without the scope, nothing audited')
  const full = (await app.inject({ method: 'GET', url: `/v1/feedback/items/${item.id}/timeline`, headers: await caller() })).json()
  t.ok(full.items.some((e: { body: string | null }) => e.body === 'Spoke to Chan on 2921 2222'))
  t.equal(await auditCount(item.id), audited + 1, 'a full timeline read is one audited read of the item')
})

t.test('a create replayed with its Idempotency-Key is audited when shown in full, and masked for a caller that lost the personal-data scope', async (t) => {
  const send = async (who = {}) =>
    app.inject({ method: 'POST', url: '/v1/feedback/items', headers: { ...(await caller(who)), 'idempotency-key': 'pd-replay-1' }, payload: complaint({ subject: 'Replayed with personal data' }) })
  const first = await send()
  t.equal(first.statusCode, 201, first.body)
  const item = first.json()
  t.equal(await auditCount(item.id), 1)

  const replay = await send()
  t.equal(replay.headers['idempotent-replayed'], 'true')
  t.same(replay.json(), item)
  t.equal(await auditCount(item.id), 2)
  t.type(replay.headers['x-request-id'], 'string')
  const last = await app.db.selectFrom('auditLog').selectAll().where('subjectId', '=', item.id).orderBy('id', 'desc').executeTakeFirstOrThrow()
  t.match(last, { caller: 'key:test', action: 'personal_data.read', subjectType: 'feedback_item', requestId: replay.headers['x-request-id'], details: { operationId: 'createFeedbackItem', replay: true } })

  // Same caller id (keys are per caller), now without the scope: the stored answer is masked.
  const narrowed = await send(withoutPersonalData)
  t.equal(narrowed.statusCode, 201)
  t.equal(narrowed.headers['idempotent-replayed'], 'true')
  t.same(narrowed.json(), {
    ...item,
    subject: WITHHELD, description: WITHHELD, remedySought: WITHHELD,
    customer: { ...item.customer, name: 'C*** T*** M***', email: 'c***@example.com', phone: '***2222', personalData: 'masked' }
  })
  t.equal(await auditCount(item.id), 2)
})

t.test('a batch replayed with its Idempotency-Key audits each item shown in full and masks them for a caller without the scope', async (t) => {
  const payload = { items: [complaint({ subject: 'Batch replay A' }), complaint({ officeCode: 'XXX999' }), complaint({ subject: 'Batch replay B', customer: { ...complaint().customer, name: 'Lee Siu Fung' } })] }
  const send = async (who = {}) => app.inject({ method: 'POST', url: '/v1/feedback/items/batch', headers: { ...(await caller(who)), 'idempotency-key': 'pd-replay-batch' }, payload })
  const first = (await send()).json()
  const ids: string[] = first.results.flatMap((r: { item?: { id: string } }) => (r.item ? [r.item.id] : []))
  t.equal(ids.length, 2)
  const audits = async () => Promise.all(ids.map(auditCount))
  t.same(await audits(), [1, 1])
  const replay = await send()
  t.same(replay.json(), first)
  t.same(await audits(), [2, 2])
  const narrowed = (await send(withoutPersonalData)).json()
  t.same(narrowed.results.map((r: { item?: { customer: { name: string; personalData: string } } }) => r.item && [r.item.customer.name, r.item.customer.personalData]), [['C*** T*** M***', 'masked'], undefined, ['L*** S*** F***', 'masked']])
  t.same(narrowed.results[1], first.results[1])
  t.same(await audits(), [2, 2])
})
