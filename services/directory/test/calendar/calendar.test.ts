/**
 * The directory's calendar over HTTP on the real database: public holidays and service
 * suspensions, declared, listed by year, retired or cancelled; writes are network-wide.
 */
import type { Kysely } from 'kysely'
import t, { type Test } from 'tap'
import type { Database } from '../../src/db/database.js'
import { seedDemoData } from '../../src/seed/seed.js'
import { buildTestApp, caller } from '../helper.js'

type App = Awaited<ReturnType<typeof buildTestApp>>

async function network(t: Test, app: App) {
  const headers = await caller()
  for (const d of [{ code: 'KLN', name: 'Kowloon City', area: 'Kowloon' }, { code: 'NTR', name: 'North', area: 'New Territories' }]) {
    const res = await app.inject({ method: 'POST', url: '/v1/directory/districts', headers, payload: d })
    t.equal(res.statusCode, 201, res.body)
  }
  const office = await app.inject({
    method: 'POST', url: '/v1/directory/offices', headers,
    payload: { code: 'KLN001', name: 'Kowloon Central', districtCode: 'KLN', regionClass: 'urban', address: '1 Nathan Road', openedOn: '1990-01-01' }
  })
  t.equal(office.statusCode, 201, office.body)
}

const post = async (app: App, url: string, payload: unknown, extra: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, headers: { ...(await caller()), ...extra }, payload: payload as Record<string, unknown> })
const get = async (app: App, url: string) => app.inject({ method: 'GET', url, headers: await caller() })

t.test('a public holiday is declared, listed by year, retired with If-Match, and then no longer listed as active', async (t) => {
  const app = await buildTestApp(t)
  const created = await post(app, '/v1/directory/calendar/holidays', { date: '2026-12-25', name: 'Christmas Day' })
  t.equal(created.statusCode, 201, created.body)
  const holiday = created.json()
  t.match(holiday, { date: '2026-12-25', name: 'Christmas Day', status: 'active', retiredAt: null, version: 1 })
  t.equal(created.headers.location, `/v1/directory/calendar/holidays/${holiday.id}`)
  t.equal(created.headers.etag, '"1"')
  await post(app, '/v1/directory/calendar/holidays', { date: '2027-01-01', name: 'The first day of January' })

  t.same((await get(app, '/v1/directory/calendar/holidays?year=2026')).json().items.map((h: { date: string }) => h.date), ['2026-12-25'], 'one year at a time')
  t.same((await get(app, '/v1/directory/calendar/holidays')).json().items.map((h: { date: string }) => h.date), ['2026-12-25', '2027-01-01'], 'in date order')

  const twice = await post(app, '/v1/directory/calendar/holidays', { date: '2026-12-25', name: 'Christmas again' })
  t.equal(twice.statusCode, 409)
  t.match(twice.json(), { code: 'DIRECTORY_HOLIDAY_EXISTS', errors: [{ field: 'body/date' }] })

  const noIfMatch = await post(app, `/v1/directory/calendar/holidays/${holiday.id}/retire`, undefined)
  t.equal(noIfMatch.statusCode, 428)
  const retired = await post(app, `/v1/directory/calendar/holidays/${holiday.id}/retire`, undefined, { 'if-match': '"1"' })
  t.equal(retired.statusCode, 200, retired.body)
  t.match(retired.json(), { status: 'retired', version: 2 })
  t.ok(retired.json().retiredAt)
  t.same((await get(app, '/v1/directory/calendar/holidays?year=2026')).json().items, [], 'a retired holiday is a working day again')
  t.same((await get(app, '/v1/directory/calendar/holidays?year=2026&status=all')).json().items.map((h: { status: string }) => h.status), ['retired'], 'but stays listed')
  const again = await post(app, `/v1/directory/calendar/holidays/${holiday.id}/retire`, undefined, { 'if-match': '"2"' })
  t.equal(again.statusCode, 409)
  t.same(again.json().allowed, [])
  t.equal((await post(app, '/v1/directory/calendar/holidays', { date: '2026-12-25', name: 'Christmas Day' })).statusCode, 201, 'the date may be declared again')
})

t.test('holidays page through a cursor in date order', async (t) => {
  const app = await buildTestApp(t)
  for (const day of ['2026-01-01', '2026-02-17', '2026-02-18', '2026-02-19', '2026-04-03']) await post(app, '/v1/directory/calendar/holidays', { date: day, name: `Holiday ${day}` })
  const first = (await get(app, '/v1/directory/calendar/holidays?year=2026&limit=2')).json()
  const second = (await get(app, `/v1/directory/calendar/holidays?year=2026&limit=2&cursor=${first.nextCursor}`)).json()
  const third = (await get(app, `/v1/directory/calendar/holidays?year=2026&limit=2&cursor=${second.nextCursor}`)).json()
  t.same([...first.items, ...second.items, ...third.items].map((h: { date: string }) => h.date), ['2026-01-01', '2026-02-17', '2026-02-18', '2026-02-19', '2026-04-03'])
  t.equal(third.nextCursor, null)
  t.equal((await get(app, '/v1/directory/calendar/holidays?year=2200')).statusCode, 400, 'years are bounded')
})

t.test('a suspension is declared for districts or offices (or the whole territory), listed in each year it touches, and cancelled', async (t) => {
  const app = await buildTestApp(t)
  await network(t, app)
  const typhoon = await post(app, '/v1/directory/calendar/suspensions', { from: '2026-12-31', to: '2027-01-02', kind: 'typhoon_signal_8', reason: 'Signal No. 8', districtCodes: ['KLN'] })
  t.equal(typhoon.statusCode, 201, typhoon.body)
  t.match(typhoon.json(), { from: '2026-12-31', to: '2027-01-02', kind: 'typhoon_signal_8', territoryWide: false, districtCodes: ['KLN'], officeCodes: [], status: 'active', version: 1 })
  t.equal(typhoon.headers.location, `/v1/directory/calendar/suspensions/${typhoon.json().id}`)
  const rain = await post(app, '/v1/directory/calendar/suspensions', { from: '2026-06-10', kind: 'black_rainstorm', reason: 'Black rainstorm warning' })
  t.match(rain.json(), { from: '2026-06-10', to: '2026-06-10', territoryWide: true }, 'one day, everywhere')
  const closure = await post(app, '/v1/directory/calendar/suspensions', { from: '2027-03-01', to: '2027-03-05', kind: 'office_closure', reason: 'Refurbishment', officeCodes: ['KLN001'] })
  t.match(closure.json(), { officeCodes: ['KLN001'], territoryWide: false })

  const inYear = async (year: number) => (await get(app, `/v1/directory/calendar/suspensions?year=${year}`)).json().items.map((s: { from: string }) => s.from)
  t.same(await inYear(2026), ['2026-06-10', '2026-12-31'])
  t.same(await inYear(2027), ['2026-12-31', '2027-03-01'], 'a suspension across New Year is in both years')

  const cancelled = await post(app, `/v1/directory/calendar/suspensions/${rain.json().id}/cancel`, { reason: 'Declared for the wrong day' }, { 'if-match': '"1"' })
  t.equal(cancelled.statusCode, 200, cancelled.body)
  t.match(cancelled.json(), { status: 'cancelled', cancelReason: 'Declared for the wrong day', version: 2 })
  t.same(await inYear(2026), ['2026-12-31'], 'a cancelled suspension no longer stops clocks')
  t.equal((await get(app, '/v1/directory/calendar/suspensions?year=2026&status=cancelled')).json().items.length, 1)
  const stale = await post(app, `/v1/directory/calendar/suspensions/${typhoon.json().id}/cancel`, { reason: 'x' }, { 'if-match': '"7"' })
  t.equal(stale.statusCode, 412)
  const twice = await post(app, `/v1/directory/calendar/suspensions/${rain.json().id}/cancel`, { reason: 'again' }, { 'if-match': '"2"' })
  t.equal(twice.statusCode, 409)
  t.equal((await get(app, `/v1/directory/calendar/suspensions/${typhoon.json().id}`)).headers.etag, '"1"')
})

t.test('a suspension that names unknown places, ends before it starts or lasts too long is refused naming the field', async (t) => {
  const app = await buildTestApp(t)
  await network(t, app)
  const base = { from: '2026-12-16', kind: 'typhoon_signal_8', reason: 'Signal No. 8' }
  const cases: Array<[Record<string, unknown>, number, string, string]> = [
    [{ ...base, districtCodes: ['KLN', 'XYZ'] }, 422, 'DIRECTORY_UNKNOWN_DISTRICT', 'body/districtCodes/1'],
    [{ ...base, officeCodes: ['KLN009'] }, 422, 'DIRECTORY_UNKNOWN_OFFICE', 'body/officeCodes/0'],
    [{ ...base, to: '2026-12-15' }, 422, 'DIRECTORY_INVALID_SUSPENSION', 'body/to'],
    [{ ...base, to: '2027-01-16' }, 422, 'DIRECTORY_INVALID_SUSPENSION', 'body/to'],
    [{ ...base, from: '2026-02-30' }, 400, 'VALIDATION_FAILED', 'body/from'],
    [{ ...base, kind: 'earthquake' }, 400, 'VALIDATION_FAILED', 'body/kind']
  ]
  for (const [payload, status, code, field] of cases) {
    const res = await post(app, '/v1/directory/calendar/suspensions', payload)
    t.equal(res.statusCode, status, res.body)
    t.match(res.json(), { code, errors: [{ field }] }, `${code} names ${field}`)
  }
  t.same((await get(app, '/v1/directory/calendar/suspensions?status=all')).json().items, [], 'nothing was written')
  const thirtyOne = await post(app, '/v1/directory/calendar/suspensions', { ...base, from: '2026-12-01', to: '2026-12-31' })
  t.equal(thirtyOne.statusCode, 201, 'thirty-one days is the most one declaration covers')
})

t.test('calendar writes are network-wide and need directory:write; reads need directory:read', async (t) => {
  const app = await buildTestApp(t)
  const terminal = await caller({ office: 'KLN001', scopes: ['directory:read', 'directory:write'] })
  const bound = await app.inject({ method: 'POST', url: '/v1/directory/calendar/holidays', headers: terminal, payload: { date: '2026-12-25', name: 'Christmas Day' } })
  t.equal(bound.statusCode, 403)
  t.equal(bound.json().code, 'OFFICE_NOT_PERMITTED')
  const boundSuspension = await app.inject({ method: 'POST', url: '/v1/directory/calendar/suspensions', headers: terminal, payload: { from: '2026-12-16', kind: 'other', reason: 'x' } })
  t.equal(boundSuspension.statusCode, 403)
  const reader = await caller({ scopes: ['directory:read'] })
  const readOnly = await app.inject({ method: 'POST', url: '/v1/directory/calendar/holidays', headers: reader, payload: { date: '2026-12-25', name: 'Christmas Day' } })
  t.equal(readOnly.statusCode, 403)
  t.equal(readOnly.json().code, 'FORBIDDEN')
  t.equal((await app.inject({ method: 'GET', url: '/v1/directory/calendar/holidays', headers: terminal })).statusCode, 200, 'a terminal reads the calendar')
  t.equal((await app.inject({ method: 'GET', url: '/v1/directory/calendar/suspensions', headers: await caller({ scopes: [] }) })).statusCode, 403)
})

t.test('a holiday declared twice with one Idempotency-Key is one holiday', async (t) => {
  const app = await buildTestApp(t)
  const key = { 'idempotency-key': 'holiday-christmas-2026' }
  const first = await post(app, '/v1/directory/calendar/holidays', { date: '2026-12-25', name: 'Christmas Day' }, key)
  const retry = await post(app, '/v1/directory/calendar/holidays', { date: '2026-12-25', name: 'Christmas Day' }, key)
  t.equal(first.statusCode, 201)
  t.equal(retry.statusCode, 201)
  t.equal(retry.headers['idempotent-replayed'], 'true')
  t.same(retry.json(), first.json())
})

t.test('the demo seed loads Hong Kong\'s public holidays for 2024 to 2027, also into a directory seeded before the calendar existed', async (t) => {
  const app = await buildTestApp(t)
  const db = app.db as Kysely<Database>
  const loaded = await seedDemoData(db, { onlyIfEmpty: true })
  t.match(loaded, { holidays: 68 })
  for (const year of [2024, 2025, 2026, 2027]) {
    const list = (await get(app, `/v1/directory/calendar/holidays?year=${year}&limit=100`)).json().items as Array<{ date: string; name: string }>
    t.equal(list.length, 17, `${year}: seventeen general holidays`)
  }
  const y2026 = (await get(app, '/v1/directory/calendar/holidays?year=2026&limit=100')).json().items as Array<{ date: string; name: string }>
  t.match(y2026.find((h) => h.date === '2026-02-17'), { name: "Lunar New Year's Day" })
  t.equal(await seedDemoData(db, { onlyIfEmpty: true }), null, 'a second start loads nothing')

  await db.deleteFrom('publicHolidays').execute()
  t.match(await seedDemoData(db, { onlyIfEmpty: true }), { offices: 0, holidays: 68 }, 'a network without holidays gets them, and no second network')
})
