import t, { type Test } from 'tap'
import { buildTestApp, caller } from '../helper.js'

async function seedDistrict(t: Test, app: Awaited<ReturnType<typeof buildTestApp>>) {
  const res = await app.inject({ method: 'POST', url: '/v1/directory/districts', headers: await caller(), payload: { code: 'ISL', name: 'Islands', area: 'New Territories' } })
  t.equal(res.statusCode, 201, res.body)
}

t.test('an office is created, read with its ETag and listed', async (t) => {
  const app = await buildTestApp(t)
  await seedDistrict(t, app)
  const created = await app.inject({
    method: 'POST', url: '/v1/directory/offices', headers: await caller(),
    payload: { code: 'ISL001', name: 'Tai O Post Office', districtCode: 'ISL', regionClass: 'island_remote', address: '1 Tai O Road', openedOn: '1962-05-01' }
  })
  t.equal(created.statusCode, 201, created.body)
  t.equal(created.headers.location, '/v1/directory/offices/ISL001')
  const got = await app.inject({ method: 'GET', url: '/v1/directory/offices/ISL001', headers: await caller() })
  t.equal(got.statusCode, 200)
  t.equal(got.headers.etag, '"1"')
  t.match(got.json(), { code: 'ISL001', regionClass: 'island_remote', status: 'open', closedOn: null })
  const list = await app.inject({ method: 'GET', url: '/v1/directory/offices?regionClass=island_remote', headers: await caller() })
  t.same(list.json().items.map((o: { code: string }) => o.code), ['ISL001'])
})

t.test('a change with a stale If-Match is 412 and without one is 428', async (t) => {
  const app = await buildTestApp(t)
  await seedDistrict(t, app)
  await app.inject({
    method: 'POST', url: '/v1/directory/offices', headers: await caller(),
    payload: { code: 'ISL002', name: 'Mui Wo Post Office', districtCode: 'ISL', regionClass: 'coastal', address: '2 Mui Wo Road', openedOn: '1970-01-01' }
  })
  const ok = await app.inject({ method: 'PATCH', url: '/v1/directory/offices/ISL002', headers: { ...(await caller()), 'if-match': '"1"' }, payload: { name: 'Mui Wo PO' } })
  t.equal(ok.statusCode, 200, ok.body)
  t.equal(ok.headers.etag, '"2"')
  const stale = await app.inject({ method: 'PATCH', url: '/v1/directory/offices/ISL002', headers: { ...(await caller()), 'if-match': '"1"' }, payload: { name: 'Again' } })
  t.equal(stale.statusCode, 412)
  t.equal(stale.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.equal(stale.json().code, 'PRECONDITION_FAILED')
  const missing = await app.inject({ method: 'PATCH', url: '/v1/directory/offices/ISL002', headers: await caller(), payload: { name: 'Again' } })
  t.equal(missing.statusCode, 428)
})

t.test('closing twice is 409 naming the allowed command', async (t) => {
  const app = await buildTestApp(t)
  await seedDistrict(t, app)
  await app.inject({
    method: 'POST', url: '/v1/directory/offices', headers: await caller(),
    payload: { code: 'ISL003', name: 'Peng Chau Post Office', districtCode: 'ISL', regionClass: 'island_remote', address: '3 Wing On Street', openedOn: '1980-01-01' }
  })
  const closed = await app.inject({ method: 'POST', url: '/v1/directory/offices/ISL003/close', headers: { ...(await caller()), 'if-match': '"1"' }, payload: { closedOn: '2026-11-30' } })
  t.equal(closed.statusCode, 200, closed.body)
  t.match(closed.json(), { status: 'closed', closedOn: '2026-11-30' })
  const again = await app.inject({ method: 'POST', url: '/v1/directory/offices/ISL003/close', headers: { ...(await caller()), 'if-match': '"2"' }, payload: { closedOn: '2026-12-01' } })
  t.equal(again.statusCode, 409)
  t.same(again.json().allowed, ['reopen'])
})

t.test('an office in an unknown district is 422 naming the field', async (t) => {
  const app = await buildTestApp(t)
  const res = await app.inject({
    method: 'POST', url: '/v1/directory/offices', headers: await caller(),
    payload: { code: 'XXX001', name: 'Nowhere', districtCode: 'XXX', regionClass: 'rural', address: 'none', openedOn: '2000-01-01' }
  })
  t.equal(res.statusCode, 422)
  t.same(res.json().errors, [{ field: 'body/districtCode', message: 'is not a known district' }])
})
