/**
 * Bad input never becomes a 500 or a half-written record: every case below is a 4xx
 * application/problem+json that names what is wrong. Exercised on the directory, the simplest
 * real service, through its real app and database.
 */
import t, { type Test } from 'tap'
import { asCaller } from '../src/testing/index.js'
import { buildTestApp } from '../../../services/directory/test/helper.js'

const office = { code: 'ISL001', name: 'Tai O', districtCode: 'ISL', regionClass: 'island_remote', address: '1 Tai O Road', openedOn: '1962-05-01' }

async function setup(t: Test) {
  const app = await buildTestApp(t)
  const headers = await asCaller('directory')
  const d = await app.inject({ method: 'POST', url: '/v1/directory/districts', headers, payload: { code: 'ISL', name: 'Islands', area: 'New Territories' } })
  t.equal(d.statusCode, 201)
  return { app, headers }
}

function isProblem(t: Test, res: { statusCode: number; headers: Record<string, unknown>; json: () => any }, status: number, code: string) {
  t.equal(res.statusCode, status, `status ${status}`)
  t.match(String(res.headers['content-type']), /^application\/problem\+json/)
  const body = res.json()
  t.equal(body.status, status)
  t.equal(body.code, code)
  t.type(body.requestId, 'string')
  t.notMatch(JSON.stringify(body), /at .*\.ts:\d+|SQLSTATE|constraint|offices_|pg_/i, 'no internals leak')
  return body
}

async function officeCount(app: Awaited<ReturnType<typeof buildTestApp>>) {
  const r = await app.db.selectFrom('offices').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

t.test('an unknown route is a 404 problem', async (t) => {
  const { app, headers } = await setup(t)
  isProblem(t, await app.inject({ url: '/v1/directory/nowhere', headers }), 404, 'ROUTE_NOT_FOUND')
})

t.test('malformed JSON is a 400 problem and stores nothing', async (t) => {
  const { app, headers } = await setup(t)
  const res = await app.inject({ method: 'POST', url: '/v1/directory/offices', headers: { ...headers, 'content-type': 'application/json' }, payload: '{"code": "ISL001",' })
  isProblem(t, res, 400, 'MALFORMED_JSON')
  t.equal(await officeCount(app), 0)
})

t.test('a wrong content type is a 415 problem', async (t) => {
  const { app, headers } = await setup(t)
  const res = await app.inject({ method: 'POST', url: '/v1/directory/offices', headers: { ...headers, 'content-type': 'text/plain' }, payload: 'code=ISL001' })
  isProblem(t, res, 415, 'UNSUPPORTED_MEDIA_TYPE')
})

t.test('an oversized body is a 413 problem', async (t) => {
  const { app, headers } = await setup(t)
  const res = await app.inject({ method: 'POST', url: '/v1/directory/offices', headers, payload: { ...office, address: 'x'.repeat(2_000_000) } })
  isProblem(t, res, 413, 'BODY_TOO_LARGE')
})

t.test('__proto__ and constructor.prototype keys are rejected', async (t) => {
  const { app, headers } = await setup(t)
  const json = { ...headers, 'content-type': 'application/json' }
  const proto = await app.inject({ method: 'POST', url: '/v1/directory/offices', headers: json, payload: `{"code":"ISL001","__proto__":{"admin":true}}` })
  isProblem(t, proto, 400, 'FORBIDDEN_PROPERTY')
  const ctor = await app.inject({ method: 'POST', url: '/v1/directory/offices', headers: json, payload: `{"code":"ISL001","constructor":{"prototype":{"admin":true}}}` })
  isProblem(t, ctor, 400, 'FORBIDDEN_PROPERTY')
  t.equal(({} as Record<string, unknown>).admin, undefined, 'no prototype was polluted')
})

t.test('unknown fields are rejected with 400 naming them, not silently stored', async (t) => {
  const { app, headers } = await setup(t)
  const res = await app.inject({ method: 'POST', url: '/v1/directory/offices', headers, payload: { ...office, status: 'closed', version: 7 } })
  const body = isProblem(t, res, 400, 'VALIDATION_FAILED')
  t.same(body.errors.map((e: { field: string }) => e.field).sort(), ['body/status', 'body/version'])
  t.equal(await officeCount(app), 0)
})

t.test('a missing required field and a bad enum value are named', async (t) => {
  const { app, headers } = await setup(t)
  const { name: _name, ...noName } = office
  const res = await app.inject({ method: 'POST', url: '/v1/directory/offices', headers, payload: { ...noName, regionClass: 'suburban' } })
  const body = isProblem(t, res, 400, 'VALIDATION_FAILED')
  const fields = body.errors.map((e: { field: string }) => e.field)
  t.ok(fields.includes('body/name'), 'names the missing field')
  t.ok(fields.includes('body/regionClass'), 'names the bad enum')
})

t.test('a page size over the maximum and a tampered cursor are 400', async (t) => {
  const { app, headers } = await setup(t)
  isProblem(t, await app.inject({ url: '/v1/directory/offices?limit=501', headers }), 400, 'VALIDATION_FAILED')
  isProblem(t, await app.inject({ url: '/v1/directory/offices?cursor=not*a*cursor', headers }), 400, 'INVALID_CURSOR')
  isProblem(t, await app.inject({ url: `/v1/directory/offices?cursor=${Buffer.from('[1,2,3]').toString('base64url')}`, headers }), 400, 'INVALID_CURSOR')
})

t.test('a call without the gateway identity token is 401, a bad or expired one too', async (t) => {
  const { app } = await setup(t)
  isProblem(t, await app.inject({ url: '/v1/directory/offices' }), 401, 'UNAUTHENTICATED')
  isProblem(t, await app.inject({ url: '/v1/directory/offices', headers: { 'x-postcare-identity': 'not.a.token' } }), 401, 'UNAUTHENTICATED')
  const forOtherService = await asCaller('feedback')
  isProblem(t, await app.inject({ url: '/v1/directory/offices', headers: forOtherService }), 401, 'UNAUTHENTICATED')
  const { generateIdentityKeys, IdentitySigner } = await import('../src/identity.js')
  const stranger = await IdentitySigner.fromJwk((await generateIdentityKeys()).privateJwk)
  const forged = await stranger.sign({ sub: 'key:x', name: 'x', kind: 'api_key', scopes: ['directory:read'], office: null }, 'directory')
  isProblem(t, await app.inject({ url: '/v1/directory/offices', headers: { 'x-postcare-identity': forged } }), 401, 'UNAUTHENTICATED')
  const { testKeys } = await import('../src/testing/index.js')
  const expired = await (await testKeys()).signer.sign({ sub: 'key:x', name: 'x', kind: 'api_key', scopes: ['directory:read'], office: null }, 'directory', -10)
  isProblem(t, await app.inject({ url: '/v1/directory/offices', headers: { 'x-postcare-identity': expired } }), 401, 'UNAUTHENTICATED')
  const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')
  const payload = Buffer.from(JSON.stringify({ sub: 'key:x', scp: ['directory:read'], aud: 'postcare:directory', iss: 'postcare-gateway', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 60 })).toString('base64url')
  isProblem(t, await app.inject({ url: '/v1/directory/offices', headers: { 'x-postcare-identity': `${header}.${payload}.` } }), 401, 'UNAUTHENTICATED')
})

t.test('a caller without the route\'s scope is 403', async (t) => {
  const { app } = await setup(t)
  const readOnly = await asCaller('directory', { scopes: ['directory:read'] })
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/directory/offices', headers: readOnly, payload: office }), 403, 'FORBIDDEN')
  t.equal(await officeCount(app), 0)
})

t.test('the request id is taken from x-request-id and echoed back', async (t) => {
  const { app, headers } = await setup(t)
  const res = await app.inject({ url: '/v1/directory/offices/ISL999', headers: { ...headers, 'x-request-id': 'terminal-42.req-7' } })
  t.equal(res.headers['x-request-id'], 'terminal-42.req-7')
  t.equal(res.json().requestId, 'terminal-42.req-7')
  const made = await app.inject({ url: '/v1/directory/offices/ISL999', headers: { ...headers, 'x-request-id': 'bad id with spaces' } })
  t.match(String(made.headers['x-request-id']), /^[0-9a-f-]{36}$/)
})

t.test('an over-long path segment is a 414 problem and a malformed URL a 400 problem, neither echoing the URL', async (t) => {
  const { app, headers } = await setup(t)
  const long = `ISL${'9'.repeat(300)}`
  const res = await app.inject({ url: `/v1/directory/offices/${long}`, headers })
  isProblem(t, res, 414, 'URI_TOO_LONG')
  t.notMatch(res.body, long, 'the path is not echoed')
  isProblem(t, await app.inject({ url: '/v1/directory/offices/%E0%A4%A', headers }), 400, 'VALIDATION_FAILED')
})

t.test('U+0000 anywhere in the body, path or query is a 400 naming where, not a database error', async (t) => {
  const { app, headers } = await setup(t)
  const body = isProblem(t, await app.inject({ method: 'POST', url: '/v1/directory/offices', headers, payload: { ...office, address: 'Tai O\u0000Road' } }), 400, 'VALIDATION_FAILED')
  t.same(body.errors.map((e: { field: string }) => e.field), ['body/address'])
  t.equal(await officeCount(app), 0, 'nothing written')
  const query = isProblem(t, await app.inject({ url: '/v1/directory/offices?q=a%00b', headers }), 400, 'VALIDATION_FAILED')
  t.same(query.errors.map((e: { field: string }) => e.field), ['query'])
  isProblem(t, await app.inject({ url: '/v1/directory/offices/ISL%00001', headers }), 400, 'VALIDATION_FAILED')
})
