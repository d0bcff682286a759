import t from 'tap'
import { buildTestApp, caller, complaint } from '../helper.js'

const { app } = await buildTestApp(t)

const created = await app.inject({ method: 'POST', url: '/v1/feedback/items', headers: await caller(), payload: complaint() })
const item = created.json()
await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/acknowledge`, headers: { ...(await caller()), 'if-match': '"1"' }, payload: {} })

interface Case {
  name: string
  method: 'GET' | 'POST' | 'PATCH'
  url: string
  payload?: unknown
  ifMatch?: string
  status: number
  field: string
}

const customer = complaint().customer
const bad: Case[] = [
  { name: 'a missing kind', method: 'POST', url: '/v1/feedback/items', payload: { ...complaint(), kind: undefined }, status: 400, field: 'body/kind' },
  { name: 'an unknown channel', method: 'POST', url: '/v1/feedback/items', payload: complaint({ channel: 'pigeon' }), status: 400, field: 'body/channel' },
  { name: 'a malformed office code', method: 'POST', url: '/v1/feedback/items', payload: complaint({ officeCode: 'k1' }), status: 400, field: 'body/officeCode' },
  { name: 'an office the directory does not know', method: 'POST', url: '/v1/feedback/items', payload: complaint({ officeCode: 'ZZZ999' }), status: 422, field: 'body/officeCode' },
  { name: 'a category outside the taxonomy', method: 'POST', url: '/v1/feedback/items', payload: complaint({ category: 'weather' }), status: 422, field: 'body/category' },
  { name: 'a member of staff the directory does not know', method: 'POST', url: '/v1/feedback/items', payload: complaint({ staffId: 'S999999' }), status: 422, field: 'body/staffId' },
  { name: 'an unknown field', method: 'POST', url: '/v1/feedback/items', payload: complaint({ colour: 'red' }), status: 400, field: 'body/colour' },
  { name: 'a lower-case tracking number', method: 'POST', url: '/v1/feedback/items', payload: complaint({ trackingNumbers: ['rr123456789hk'] }), status: 400, field: 'body/trackingNumbers/0' },
  { name: 'an empty subject', method: 'POST', url: '/v1/feedback/items', payload: complaint({ subject: '' }), status: 400, field: 'body/subject' },
  { name: 'a receivedAt in the future', method: 'POST', url: '/v1/feedback/items', payload: complaint({ receivedAt: '2099-01-01T00:00:00Z' }), status: 422, field: 'body/receivedAt' },
  { name: 'an occurredAt after receivedAt', method: 'POST', url: '/v1/feedback/items', payload: complaint({ receivedAt: '2026-11-20T00:00:00Z', occurredAt: '2026-11-21T00:00:00Z' }), status: 422, field: 'body/occurredAt' },
  { name: 'an anonymous complaint that needs a reply', method: 'POST', url: '/v1/feedback/items', payload: complaint({ customer: { anonymous: true, language: 'en' } }), status: 422, field: 'body/customer/anonymous' },
  { name: 'an anonymous customer with a name', method: 'POST', url: '/v1/feedback/items', payload: complaint({ replyRequired: false, customer: { anonymous: true, name: 'X', language: 'en' } }), status: 422, field: 'body/customer/name' },
  { name: 'a reply by email without an email address', method: 'POST', url: '/v1/feedback/items', payload: complaint({ customer: { name: 'A', phone: '+852 2921 2222', preferredReplyChannel: 'email', language: 'en' } }), status: 422, field: 'body/customer/email' },
  { name: 'a vulnerable flag without consent', method: 'POST', url: '/v1/feedback/items', payload: complaint({ customer: { ...customer, vulnerable: true } }), status: 422, field: 'body/customer/vulnerabilityConsent' },
  { name: 'a malformed email address', method: 'POST', url: '/v1/feedback/items', payload: complaint({ customer: { ...customer, email: 'not-an-email' } }), status: 400, field: 'body/customer/email' },
  { name: 'an empty batch', method: 'POST', url: '/v1/feedback/items/batch', payload: { items: [] }, status: 400, field: 'body/items' },
  { name: 'a batch of 1,001 items', method: 'POST', url: '/v1/feedback/items/batch', payload: { items: Array.from({ length: 1001 }, () => complaint()) }, status: 400, field: 'body/items' },
  { name: 'a batch item of an unknown kind', method: 'POST', url: '/v1/feedback/items/batch', payload: { items: [complaint(), complaint({ kind: 'praise' })] }, status: 400, field: 'body/items/1/kind' },
  { name: 'compensation in another currency', method: 'POST', url: `/v1/feedback/items/${item.id}/close`, ifMatch: '"2"', payload: { outcome: 'upheld', rootCause: 'staff_error', remedy: { apology: true, compensation: { amountMinor: 100, currency: 'USD' } } }, status: 422, field: 'body/remedy/compensation/currency' },
  { name: 'an empty remedy on an upheld complaint', method: 'POST', url: `/v1/feedback/items/${item.id}/close`, ifMatch: '"2"', payload: { outcome: 'upheld', rootCause: 'staff_error', remedy: {} }, status: 422, field: 'body/remedy' },
  { name: 'a remedy of no apology and zero compensation on a partly upheld complaint', method: 'POST', url: `/v1/feedback/items/${item.id}/close`, ifMatch: '"2"', payload: { outcome: 'partly_upheld', rootCause: 'staff_error', remedy: { apology: false, compensation: { amountMinor: 0, currency: 'HKD' } } }, status: 422, field: 'body/remedy' },
  { name: 'an unknown outcome', method: 'POST', url: `/v1/feedback/items/${item.id}/close`, ifMatch: '"2"', payload: { outcome: 'maybe' }, status: 400, field: 'body/outcome' },
  { name: 'negative compensation', method: 'POST', url: `/v1/feedback/items/${item.id}/close`, ifMatch: '"2"', payload: { outcome: 'upheld', rootCause: 'staff_error', remedy: { compensation: { amountMinor: -1, currency: 'HKD' } } }, status: 400, field: 'body/remedy/compensation/amountMinor' },
  { name: 'a pause without a reason', method: 'POST', url: `/v1/feedback/items/${item.id}/await-customer`, ifMatch: '"2"', payload: {}, status: 400, field: 'body/reason' },
  { name: 'an empty edit', method: 'PATCH', url: `/v1/feedback/items/${item.id}`, ifMatch: '"2"', payload: {}, status: 400, field: 'body' },
  { name: 'an edit to an inactive or unknown category', method: 'PATCH', url: `/v1/feedback/items/${item.id}`, ifMatch: '"2"', payload: { category: 'nothing_like_it' }, status: 422, field: 'body/category' },
  { name: 'an item id that is not a UUID', method: 'GET', url: '/v1/feedback/items/42', status: 400, field: 'params/itemId' },
  { name: 'a page size over 500', method: 'GET', url: '/v1/feedback/items?limit=501', status: 400, field: 'query/limit' },
  { name: 'an unknown queue', method: 'GET', url: '/v1/feedback/items?queue=everything', status: 400, field: 'query/queue' },
  { name: 'an unknown export format', method: 'GET', url: '/v1/feedback/items/export?format=xlsx', status: 400, field: 'query/format' },
  // Without any period the statistics are of the current financial year; half a period is refused.
  { name: 'statistics with to but no from', method: 'GET', url: '/v1/feedback/statistics?to=2013-04-01', status: 400, field: 'query/from' },
  { name: 'statistics with from but no to', method: 'GET', url: '/v1/feedback/statistics?from=2013-04-01', status: 400, field: 'query/to' },
  { name: 'a period longer than ten years', method: 'GET', url: '/v1/feedback/statistics?from=2000-01-01&to=2013-04-01', status: 400, field: 'query/to' },
  { name: 'a financial year that is not two consecutive years', method: 'GET', url: '/v1/feedback/statistics?financialYear=2012/14', status: 400, field: 'query/financialYear' },
  { name: 'a period that ends before it starts', method: 'GET', url: '/v1/feedback/statistics?from=2013-05-01&to=2013-04-01', status: 400, field: 'query/to' },
  { name: 'a date that does not exist', method: 'GET', url: '/v1/feedback/statistics?from=2013-02-30&to=2013-04-01', status: 400, field: 'query/from' },
  { name: 'a category code with capitals', method: 'POST', url: '/v1/feedback/categories', payload: { code: 'Weather', name: 'Weather' }, status: 400, field: 'body/code' },
  { name: 'a category that exists', method: 'POST', url: '/v1/feedback/categories', payload: { code: 'delay', name: 'Delay again' }, status: 409, field: 'body/code' }
]

for (const c of bad) {
  t.test(`${c.name} is a ${c.status} problem naming ${c.field}`, async (t) => {
    const headers = { ...(await caller()), ...(c.ifMatch ? { 'if-match': c.ifMatch } : {}) }
    const res = await app.inject({ method: c.method, url: c.url, headers, ...(c.payload === undefined ? {} : { payload: c.payload as Record<string, unknown> }) })
    t.equal(res.statusCode, c.status, res.body)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.ok(res.json().errors?.some((e: { field: string }) => e.field === c.field), JSON.stringify(res.json().errors))
  })
}

t.test('nothing refused above left an item or a half-written change behind', async (t) => {
  const list = (await app.inject({ method: 'GET', url: '/v1/feedback/items', headers: await caller() })).json()
  t.equal(list.items.length, 1)
  t.match(list.items[0], { status: 'acknowledged', version: 2 })
})
