/**
 * The defects an outside test found with schema-valid but extreme input (issue 11), each checked
 * on a real service and database: none may be a 5xx, a hang or a plain-text answer.
 */
import { connect } from 'node:net'
import t, { type Test } from 'tap'
import { decodeCursor, encodeCursor, IdentitySigner, IdentityVerifier, generateIdentityKeys, MAX_BODY_DEPTH, serveMetrics } from '../src/index.js'
import { asCaller } from '../src/testing/index.js'
import { buildTestApp } from '../../../services/directory/test/helper.js'
import { buildTestApp as buildFeedbackApp, caller as feedbackCaller } from '../../../services/feedback/test/helper.js'

function isProblem(t: Test, res: { statusCode: number; headers: Record<string, unknown>; json: () => any }, status: number, code: string) {
  t.equal(res.statusCode, status, `status ${status}`)
  t.match(String(res.headers['content-type']), /^application\/problem\+json/)
  t.equal(res.json().code, code)
  return res.json()
}

t.test('statistics for a day at either end of the calendar answer at once; dates outside it are 400 naming the field', async (t) => {
  const { app } = await buildFeedbackApp(t)
  const headers = await feedbackCaller()
  // 1800-01-02 is the first day whose previous period (the day before) is inside the calendar too.
  for (const day of ['2199-12-31', '1800-01-02']) {
    const started = Date.now()
    const res = await app.inject({ method: 'GET', url: `/v1/feedback/statistics?from=${day}&to=${day}`, headers })
    t.equal(res.statusCode, 200, `${day}: ${res.body.slice(0, 200)}`)
    t.ok(Date.now() - started < 2000, `${day} answered in ${Date.now() - started} ms`)
  }
  for (const day of ['9999-12-31', '0001-01-01', '2200-01-01', '1799-12-31']) {
    const res = await app.inject({ method: 'GET', url: `/v1/feedback/statistics?from=${day}&to=${day}`, headers })
    const body = isProblem(t, res, 400, 'VALIDATION_FAILED')
    t.match(body.errors, [{ field: 'query/from', message: /from 1800-01-01 to 2199-12-31/ }], `${day} is refused with a readable message`)
  }
  isProblem(t, await app.inject({ method: 'GET', url: '/v1/feedback/statistics?financialYear=2199/00', headers }), 400, 'VALIDATION_FAILED')
})

t.test('a cursor that decodes to values of the wrong kind or range is 400, never a database error', async (t) => {
  const { app } = await buildFeedbackApp(t)
  const headers = await feedbackCaller()
  const cursors = [
    ['0001-01-01T00:00:00.000Z', '00000000-0000-0000-0000-000000000000'],
    ['+010000-01-01T00:00:00.000Z', '00000000-0000-0000-0000-000000000000'],
    ['2026-01-01T00:00:00.000Z', '-'.repeat(36)],
    ['2026-01-01T00:00:00.000Z', 'not-a-uuid'],
    ['2026-02-30T00:00:00.000Z', '00000000-0000-0000-0000-000000000000'],
    [1e300, '00000000-0000-0000-0000-000000000000']
  ]
  for (const values of cursors) {
    const res = await app.inject({ method: 'GET', url: `/v1/feedback/items?cursor=${encodeCursor(values as string[])}`, headers })
    isProblem(t, res, 400, 'INVALID_CURSOR')
  }
  t.same(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', '00000000-0000-0000-0000-000000000000']), ['instant', 'uuid']), ['2026-01-01T00:00:00.000Z', '00000000-0000-0000-0000-000000000000'])
})

t.test(`a body nested deeper than ${MAX_BODY_DEPTH} levels is 400 naming where, however deep`, async (t) => {
  const app = await buildTestApp(t)
  const headers = await asCaller('directory')
  for (const depth of [MAX_BODY_DEPTH + 1, 10_000, 100_000]) {
    const payload = `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`
    const res = await app.inject({ method: 'POST', url: '/v1/directory/districts', headers: { ...headers, 'content-type': 'application/json' }, payload })
    const body = isProblem(t, res, 400, 'VALIDATION_FAILED')
    t.match(body.errors[0].message, /nested deeper than 32 levels/, `${depth} levels (${payload.length} bytes)`)
  }
})

t.test('every answer says nosniff; authenticated ones also no-store, public ones do not', async (t) => {
  const app = await buildTestApp(t)
  const ok = await app.inject({ url: '/v1/directory/districts', headers: await asCaller('directory') })
  t.equal(ok.statusCode, 200)
  t.equal(ok.headers['x-content-type-options'], 'nosniff')
  t.equal(ok.headers['cache-control'], 'no-store')
  const refused = await app.inject({ url: '/v1/directory/districts' })
  t.equal(refused.statusCode, 401)
  t.equal(refused.headers['x-content-type-options'], 'nosniff')
  t.equal(refused.headers['cache-control'], 'no-store')
  const live = await app.inject({ url: '/health/live' })
  t.equal(live.headers['x-content-type-options'], 'nosniff')
  t.equal(live.headers['cache-control'], undefined)
})

/** Sends raw bytes to a listening app and returns what came back. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text))
    let got = ''
    socket.on('data', (d) => (got += d.toString()))
    socket.on('end', () => resolve(got))
    socket.on('close', () => resolve(got))
    socket.on('error', reject)
  })
}

t.test('what the HTTP parser refuses (bad request line, huge headers, an unknown Expect) is problem+json too', async (t) => {
  const app = await buildTestApp(t)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as { port: number }).port
  const cases: Array<[string, string, number, string]> = [
    ['a malformed request line', 'GARBAGE\r\n\r\n', 400, 'BAD_REQUEST'],
    ['headers over the limit', `GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'HEADERS_TOO_LARGE'],
    ['an Expect the server cannot meet', 'GET /health/live HTTP/1.1\r\nHost: x\r\nExpect: something-else\r\n\r\n', 417, 'EXPECTATION_FAILED']
  ]
  for (const [what, request, status, code] of cases) {
    const answer = await raw(port, request)
    t.match(answer, new RegExp(`^HTTP/1.1 ${status} `), what)
    t.match(answer, /content-type: application\/problem\+json/i, `${what}: problem+json`)
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { status: number; code: string }
    t.same([body.status, body.code], [status, code], `${what}: body`)
  }
})

t.test('metrics are not served on the API port, only on a listener of their own', async (t) => {
  const app = await buildTestApp(t)
  t.equal((await app.inject({ url: '/metrics' })).statusCode, 404)
  const server = await serveMetrics(app.metrics, { host: '127.0.0.1', port: 0 })
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const { port } = server.address() as { port: number }
  const res = await fetch(`http://127.0.0.1:${port}/metrics`)
  t.equal(res.status, 200)
  t.match(await res.text(), /process_cpu_user_seconds_total/)
  t.equal((await fetch(`http://127.0.0.1:${port}/other`)).status, 404)
})

t.test('an identity token whose office claim is neither null nor an office code is refused', async (t) => {
  const keys = await generateIdentityKeys()
  const signer = await IdentitySigner.fromJwk(keys.privateJwk)
  const verifier = await IdentityVerifier.create(keys.publicJwk, 'directory')
  const base = { sub: 'user:x', name: 'x', kind: 'user' as const, scopes: ['directory:read'] }
  t.match(await verifier.verify(await signer.sign({ ...base, office: 'KLN001' }, 'directory')), { office: 'KLN001' })
  t.match(await verifier.verify(await signer.sign({ ...base, office: null }, 'directory')), { office: null })
  for (const office of ['kln001', '', '*', 'KLN0011', ['KLN001'], 7]) {
    t.equal(await verifier.verify(await signer.sign({ ...base, office: office as never }, 'directory')), null, `office ${JSON.stringify(office)}`)
  }
})
