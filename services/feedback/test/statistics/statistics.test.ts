import { sql } from 'kysely'
import t from 'tap'
import { buildTestApp, caller, complaint } from '../helper.js'

const { app, clock } = await buildTestApp(t)

async function post(url: string, payload: unknown, version?: number) {
  const res = await app.inject({ method: 'POST', url, headers: { ...(await caller()), ...(version ? { 'if-match': `"${version}"` } : {}) }, payload: payload as object })
  if (res.statusCode >= 300) throw new Error(`${url}: ${res.body}`)
  return res.json()
}

const item = (kind: string, officeCode: string, receivedAt: string, channel = 'counter') =>
  complaint({ kind, officeCode, receivedAt, channel, category: kind === 'commendation' ? 'staff_conduct' : 'delay' })

// Complaint A, handled within every pledge: received Tue 10 Sep 2013, acknowledged the next day,
// answered on the 20th (due 24 Sep), closed upheld with HKD 50.00 compensation.
clock.set('2013-09-10T12:00:00Z')
let a = await post('/v1/feedback/items', item('complaint', 'KLN001', '2013-09-10T09:00:00Z'))
clock.set('2013-09-11T10:00:00Z')
a = await post(`/v1/feedback/items/${a.id}/acknowledge`, {}, a.version)
clock.set('2013-09-20T10:00:00Z')
a = await post(`/v1/feedback/items/${a.id}/respond`, { message: 'Sorry.' }, a.version)
clock.set('2013-10-01T10:00:00Z')
await post(`/v1/feedback/items/${a.id}/close`, { outcome: 'upheld', remedy: { apology: true, compensation: { amountMinor: 5000, currency: 'HKD' } }, rootCause: 'staff_error' }, a.version)

// Complaint B, late at both pledges: received Mon 1 Apr 2013 (acknowledge by 3 Apr, answer by 15 Apr).
clock.set('2013-04-08T10:00:00Z')
let b = await post('/v1/feedback/items', item('complaint', 'KLN001', '2013-04-01T00:00:00Z'))
b = await post(`/v1/feedback/items/${b.id}/acknowledge`, {}, b.version)
clock.set('2013-04-30T10:00:00Z')
b = await post(`/v1/feedback/items/${b.id}/respond`, { message: 'Sorry.' }, b.version)
clock.set('2013-05-02T10:00:00Z')
await post(`/v1/feedback/items/${b.id}/close`, { outcome: 'not_upheld', remedy: { apology: false }, rootCause: 'staff_error' }, b.version)

clock.set('2014-04-15T10:00:00Z')
const batch = await post('/v1/feedback/items/batch', {
  items: [
    // 2012/13: five complaints (the last half an hour before the year ends) and two commendations.
    item('complaint', 'KLN001', '2012-05-10T10:00:00Z'), item('complaint', 'KLN001', '2012-08-01T10:00:00Z'), item('complaint', 'NTR001', '2012-12-24T10:00:00Z'),
    item('complaint', 'NTR001', '2013-02-01T10:00:00Z'), item('complaint', 'NTR001', '2013-03-31T23:30:00Z'),
    item('commendation', 'KLN001', '2012-06-01T10:00:00Z'), item('commendation', 'NTR001', '2013-01-15T10:00:00Z'),
    // 2013/14, besides A and B: two rural complaints (one in the year's last minute), three commendations, one suggestion.
    item('complaint', 'NTR001', '2013-11-11T10:00:00Z'), item('complaint', 'NTR001', '2014-03-31T23:59:00Z'),
    item('commendation', 'KLN001', '2013-05-05T10:00:00Z'), item('commendation', 'NTR001', '2013-07-07T10:00:00Z'), item('commendation', 'NTR001', '2013-10-10T10:00:00Z'),
    item('suggestion', 'ISL001', '2013-12-12T10:00:00Z', 'web'),
    // 2014/15: outside both years.
    item('complaint', 'KLN001', '2014-04-01T00:00:00Z')
  ]
})
t.equal(batch.created, 14)

const stats = async (query: string) => {
  const res = await app.inject({ method: 'GET', url: `/v1/feedback/statistics?${query}`, headers: await caller() })
  t.equal(res.statusCode, 200, res.body)
  return res.json()
}

t.test('a financial year compares with the one before, to one decimal', async (t) => {
  const s = await stats('financialYear=2013/14')
  t.same(s.period, { from: '2013-04-01', to: '2014-03-31' })
  t.same(s.previousPeriod, { from: '2012-04-01', to: '2013-03-31' })
  // Complaints 4 against 5: -20.0%; commendations 3 against 2: +50.0%; no suggestions before: null.
  t.same(s.byKind, [
    { kind: 'complaint', count: 4, previousCount: 5, changePercent: -20 },
    { kind: 'commendation', count: 3, previousCount: 2, changePercent: 50 },
    { kind: 'suggestion', count: 1, previousCount: 0, changePercent: null }
  ])
})

t.test('breakdowns split the year by channel, office, district and region class', async (t) => {
  const s = await stats('financialYear=2013/14')
  t.same(s.byChannel, [
    { key: 'counter', counts: { complaint: 4, commendation: 3, suggestion: 0, total: 7 } },
    { key: 'web', counts: { complaint: 0, commendation: 0, suggestion: 1, total: 1 } }
  ])
  t.same(s.byOffice.map((r: { key: string; counts: { total: number } }) => [r.key, r.counts.total]), [['ISL001', 1], ['KLN001', 3], ['NTR001', 4]])
  t.same(s.byDistrict.map((r: { key: string }) => r.key), ['ISL', 'KLN', 'NTR'])
  t.same(s.byCategory.map((r: { key: string; counts: { total: number } }) => [r.key, r.counts.total]), [['delay', 5], ['staff_conduct', 3]])
  t.same(s.regionClassComparison, [
    { regionClass: 'urban', complaints: 2, commendations: 1, commendationsPerComplaint: 0.5 },
    { regionClass: 'rural', complaints: 2, commendations: 2, commendationsPerComplaint: 1 },
    { regionClass: 'coastal', complaints: 0, commendations: 0, commendationsPerComplaint: null },
    { regionClass: 'island_remote', complaints: 0, commendations: 0, commendationsPerComplaint: null }
  ])
})

t.test('pledge compliance, outcomes, compensation and root causes count what was done in the year', async (t) => {
  const s = await stats('financialYear=2013/14')
  t.same(s.pledges, { acknowledged: 2, acknowledgedOnTime: 1, acknowledgedOnTimePercent: 50, answered: 2, answeredOnTime: 1, answeredOnTimePercent: 50 })
  t.same(s.outcomes, { closed: 2, upheld: 1, partlyUpheld: 0, notUpheld: 1, withdrawn: 0 })
  t.same(s.compensationPaid, { amountMinor: 5000, currency: 'HKD' })
  t.same(s.topRootCauses, [{ rootCause: 'staff_error', count: 2 }])
})

t.test('a calendar year compares with the whole calendar year before', async (t) => {
  const s = await stats('from=2013-01-01&to=2013-12-31')
  t.same(s.previousPeriod, { from: '2012-01-01', to: '2012-12-31' })
  // 2013: 1 Feb, 31 Mar, 1 Apr, 10 Sep, 11 Nov; 2012: 10 May, 1 Aug, 24 Dec. (5 - 3) / 3 = 66.7%.
  t.match(s.byKind[0], { kind: 'complaint', count: 5, previousCount: 3, changePercent: 66.7 })
})

t.test('a period of odd days and whole months counts exactly the items inside it', async (t) => {
  const s = await stats('from=2013-09-05&to=2013-11-20')
  t.same(s.byKind.map((k: { count: number }) => k.count), [2, 1, 0])
  // 77 days, 5 Sep to 20 Nov; the 77 days before run from 20 Jun to 4 Sep.
  t.same(s.previousPeriod, { from: '2013-06-20', to: '2013-09-04' })
  t.same(s.byKind.map((k: { previousCount: number }) => k.previousCount), [0, 1, 0])
})

t.test('reopening a closed complaint takes its closure out of the figures', async (t) => {
  const before = await stats('from=2013-10-01&to=2013-10-01')
  t.equal(before.outcomes.closed, 1)
  const list = (await app.inject({ method: 'GET', url: '/v1/feedback/items?status=closed&receivedFrom=2013-09-10&receivedTo=2013-09-10', headers: await caller() })).json()
  clock.set('2014-04-16T10:00:00Z')
  await post(`/v1/feedback/items/${list.items[0].id}/reopen`, { reason: 'New evidence' }, list.items[0].version)
  const after = await stats('from=2013-10-01&to=2013-10-01')
  t.same(after.outcomes, { closed: 0, upheld: 0, partlyUpheld: 0, notUpheld: 0, withdrawn: 0 })
  t.same(after.compensationPaid.amountMinor, 0)
})

t.test('the rollup every write keeps equals one rebuilt from the items themselves', async (t) => {
  // A recategorised item moves its counts, as a rebuild would.
  const [first] = (await app.inject({ method: 'GET', url: '/v1/feedback/items?kind=suggestion', headers: await caller() })).json().items
  const moved = await app.inject({ method: 'PATCH', url: `/v1/feedback/items/${first.id}`, headers: { ...(await caller()), 'if-match': `"${first.version}"` }, payload: { category: 'website_app' } })
  t.equal(moved.statusCode, 200, moved.body)
  const s = await stats('financialYear=2013/14')
  t.same(s.byCategory.map((r: { key: string; counts: { total: number } }) => [r.key, r.counts.total]), [['delay', 4], ['staff_conduct', 3], ['website_app', 1]])
  const rebuilt = await sql<{ key: string; n: string }>`
    with ev as (
      select kind, received_at as at, channel, category_code, office_code, district_code, region_class, 'received' as what, 1::bigint as n from feedback_items
      union all select kind, acknowledged_at, channel, category_code, office_code, district_code, region_class, 'acknowledged_on_time', (not acknowledgement_breached)::int from feedback_items where acknowledged_at is not null
      union all select kind, first_responded_at, channel, category_code, office_code, district_code, region_class, 'answered_on_time', coalesce(first_reply_on_time, false)::int from feedback_items where first_responded_at is not null
      union all select kind, closed_at, channel, category_code, office_code, district_code, region_class, 'compensation_minor', compensation_minor from feedback_items where closed_at is not null),
    dims as (
      select kind, (at at time zone 'UTC')::date as day, what, n, d.dimension, d.value from ev
      cross join lateral (values ('all', ''), ('channel', channel), ('category', category_code), ('office', office_code), ('district', district_code), ('region_class', region_class)) d(dimension, value))
    select concat_ws('|', date_trunc('month', day)::date, dimension, value, kind, what) as key, sum(n)::text as n from dims group by 1 having sum(n) <> 0 order by 1`.execute(app.db)
  const kept = await sql<{ key: string; n: string }>`
    select concat_ws('|', period_start, dimension, dim_value, kind, w.what) as key, w.n::text as n
      from feedback_stats cross join lateral (values ('received', received::bigint), ('acknowledged_on_time', acknowledged_on_time::bigint),
           ('answered_on_time', answered_on_time::bigint), ('compensation_minor', compensation_minor)) w(what, n)
     where level = 'm' and w.n <> 0 order by 1`.execute(app.db)
  t.ok(rebuilt.rows.length > 50)
  t.same(kept.rows, rebuilt.rows)
})

t.test('an office-bound caller is refused network-wide statistics with a 403 problem', async (t) => {
  const terminal = { sub: 'key:terminal-kln001', office: 'KLN001', scopes: ['feedback:read', 'feedback:write'] }
  const res = await app.inject({ method: 'GET', url: '/v1/feedback/statistics?financialYear=2013/14', headers: await caller(terminal) })
  t.equal(res.statusCode, 403)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(res.json(), { status: 403, code: 'OFFICE_NOT_PERMITTED' })
  t.notOk('byKind' in res.json())
  // The same scopes without an office binding are answered.
  const unbound = await app.inject({ method: 'GET', url: '/v1/feedback/statistics?financialYear=2013/14', headers: await caller({ ...terminal, office: null }) })
  t.equal(unbound.statusCode, 200, unbound.body)
})
