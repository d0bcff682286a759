/**
 * The gateway in front of the real directory (and of stand-ins for a service that echoes what it
 * receives, one that never answers and one that hangs up), over real HTTP on 127.0.0.1.
 */
import { createServer } from 'node:http'
import { IDENTITY_HEADER, IdentityVerifier } from '@postcare/platform'
import { testKeys } from '@postcare/platform/testing'
import t, { type Test } from 'tap'
import { ADMIN_KEY, call, type JsonResponse, district, gatewayWithDirectory, issueKey, listenServer } from '../helper.js'

const TIMEOUT_MS = 700
const BODY_LIMIT = 4096

// Stands in for the membership service: answers with what reached it, or misbehaves on request.
const seen: Array<{ url: string; headers: Record<string, unknown> }> = []
const standIn = createServer((req, res) => {
  seen.push({ url: req.url ?? '', headers: req.headers })
  if (req.url?.startsWith('/v1/membership/slow')) return // never answers
  if (req.url?.startsWith('/v1/membership/hang-up')) return req.socket.destroy()
  res.setHeader('content-type', 'application/json')
  res.end(JSON.stringify({ url: req.url }))
})
const standInUrl = await listenServer(t, standIn)

const { url: gw } = await gatewayWithDirectory(t, {
  upstreams: { membership: standInUrl },
  env: { GATEWAY_UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS), GATEWAY_BODY_LIMIT_BYTES: String(BODY_LIMIT) }
})
t.equal((await call(gw, '/v1/directory/districts', { method: 'POST', body: JSON.stringify(district) })).status, 201)

const isProblem = (t: Test, res: JsonResponse, status: number) => {
  t.equal(res.status, status, `status ${status}`)
  t.match(res.headers.get('content-type'), /^application\/problem\+json/)
}

t.test('a request reaches the service with its path and query unchanged', async (t) => {
  const res = await call(gw, '/v1/membership/members/ab%2Fc?office=ISL001&q=a%20b')
  t.equal(res.status, 200)
  t.same(await res.json(), { url: '/v1/membership/members/ab%2Fc?office=ISL001&q=a%20b' })
  const dir = await call(gw, '/v1/directory/districts/ISL')
  t.equal(dir.status, 200)
  t.match(await dir.json(), { code: 'ISL', name: 'Islands' })
})

t.test('the caller\'s x-request-id reaches the service and comes back', async (t) => {
  const res = await call(gw, '/v1/directory/offices/ZZZ999', { headers: { 'x-request-id': 'terminal-42.abc' } })
  isProblem(t, res, 404)
  t.equal(res.headers.get('x-request-id'), 'terminal-42.abc')
  // The problem document is written by the directory itself, so it saw the same id.
  t.equal((await res.json()).requestId, 'terminal-42.abc')
})

t.test('without an x-request-id the gateway makes one and the service uses it', async (t) => {
  const res = await call(gw, '/v1/directory/offices/ZZZ998')
  const id = res.headers.get('x-request-id')
  t.match(id, /^[0-9a-f-]{36}$/)
  t.equal((await res.json()).requestId, id)
})

t.test('a hostile x-request-id is replaced, not passed on', async (t) => {
  const res = await call(gw, '/v1/directory/offices/ZZZ997', { headers: { 'x-request-id': 'a b\tc' } })
  t.not(res.headers.get('x-request-id'), 'a b\tc')
  t.equal((await res.json()).requestId, res.headers.get('x-request-id'))
})

t.test('a request without a key is 401 at the gateway', async (t) => {
  const res = await call(gw, '/v1/directory/offices', { key: null })
  isProblem(t, res, 401)
  t.equal((await res.json()).code, 'UNAUTHENTICATED')
})

t.test('a request with an unknown key is 401', async (t) => {
  const res = await call(gw, '/v1/directory/offices', { key: 'pc_not-a-real-key-at-all-0000000000000' })
  isProblem(t, res, 401)
  t.equal((await res.json()).code, 'UNAUTHENTICATED')
})

t.test('a malformed Authorization header is 401', async (t) => {
  const res = await call(gw, '/v1/directory/offices', { key: null, headers: { authorization: 'Basic dXNlcjpwYXNz' } })
  isProblem(t, res, 401)
})

t.test('a key without the scope is refused 403 by the service that owns the data', async (t) => {
  const reader = await issueKey(gw, { name: 'reader', scopes: ['directory:read'] })
  t.equal((await call(gw, '/v1/directory/districts', { key: reader.secret })).status, 200)
  const res = await call(gw, '/v1/directory/districts', { key: reader.secret, method: 'POST', body: JSON.stringify({ code: 'KLN', name: 'Kowloon', area: 'Kowloon' }) })
  isProblem(t, res, 403)
  const body = await res.json()
  t.equal(body.code, 'FORBIDDEN')
  t.match(body.detail, /directory:write/)
  t.equal((await call(gw, '/v1/directory/districts/KLN')).status, 404, 'nothing was written')
})

t.test('the service receives a signed identity carrying the terminal\'s office, and never the caller\'s credentials', async (t) => {
  const terminal = await issueKey(gw, { name: 'counter 1, Tai O', scopes: ['membership:read'], officeCode: 'ISL001' })
  seen.length = 0
  const res = await call(gw, '/v1/membership/whoami', {
    key: terminal.secret,
    headers: { cookie: 'session=1', [IDENTITY_HEADER]: 'forged.token.value' }
  })
  t.equal(res.status, 200)
  const headers = seen[0]!.headers
  t.equal(headers['x-api-key'], undefined, 'API key stripped')
  t.equal(headers.cookie, undefined, 'cookie stripped')
  const verifier = await IdentityVerifier.create((await testKeys()).publicJwk, 'membership')
  const identity = await verifier.verify(String(headers[IDENTITY_HEADER]))
  t.match(identity, { sub: `key:${terminal.id}`, kind: 'api_key', office: 'ISL001', scopes: ['membership:read'] })
  const elsewhere = await IdentityVerifier.create((await testKeys()).publicJwk, 'directory')
  t.equal(await elsewhere.verify(String(headers[IDENTITY_HEADER])), null, 'the token is good for that service only')
})

t.test('a body over the limit is 413 before it reaches the service', async (t) => {
  seen.length = 0
  const res = await call(gw, '/v1/membership/members', { method: 'POST', body: JSON.stringify({ note: 'x'.repeat(BODY_LIMIT) }) })
  isProblem(t, res, 413)
  t.equal((await res.json()).code, 'BODY_TOO_LARGE')
  t.equal(seen.length, 0)
})

t.test('a body at the limit goes through', async (t) => {
  const body = JSON.stringify({ note: 'x'.repeat(BODY_LIMIT - 20) })
  const res = await call(gw, '/v1/membership/members', { method: 'POST', body })
  t.equal(res.status, 200)
})

t.test('a chunked body over the limit is cut off with 413', async (t) => {
  const chunks = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(2000)))
      controller.close()
    }
  })
  const res = await call(gw, '/v1/membership/members', { method: 'POST', body: chunks, duplex: 'half' } as RequestInit)
  isProblem(t, res, 413)
})

t.test('a service that is down gives 503 with Retry-After within 2 s', async (t) => {
  const started = performance.now()
  const res = await call(gw, '/v1/feedback/items')
  const ms = performance.now() - started
  isProblem(t, res, 503)
  t.equal(res.headers.get('retry-after'), '5')
  const body = await res.json()
  t.equal(body.code, 'GATEWAY_UPSTREAM_UNAVAILABLE')
  t.match(body.detail, /feedback/)
  t.ok(ms < 2000, `answered in ${Math.round(ms)} ms`)
})

t.test('a service that hangs up is 502 at once', async (t) => {
  const started = performance.now()
  const res = await call(gw, '/v1/membership/hang-up')
  isProblem(t, res, 502)
  t.equal((await res.json()).code, 'GATEWAY_UPSTREAM_FAILED')
  t.ok(performance.now() - started < 2000)
})

t.test('a service that does not answer is 504 within the configured timeout', async (t) => {
  const started = performance.now()
  const res = await call(gw, '/v1/membership/slow')
  const ms = performance.now() - started
  isProblem(t, res, 504)
  t.equal((await res.json()).code, 'GATEWAY_UPSTREAM_TIMEOUT')
  // undici checks its timeouts on a coarse (~500 ms) clock, so the answer may come a little early.
  t.ok(ms >= TIMEOUT_MS - 500 && ms < TIMEOUT_MS + 1000, `answered in ${Math.round(ms)} ms (timeout ${TIMEOUT_MS} ms)`)
})

t.test('CORS is off unless configured: no allow-origin on a preflight or a request', async (t) => {
  const preflight = await fetch(`${gw}/v1/directory/offices`, {
    method: 'OPTIONS',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-api-key' }
  })
  t.equal(preflight.headers.get('access-control-allow-origin'), null)
  t.ok(preflight.status >= 400, `preflight refused (${preflight.status})`)
  const res = await call(gw, '/v1/directory/offices', { headers: { origin: 'https://evil.example' } })
  t.equal(res.status, 200)
  t.equal(res.headers.get('access-control-allow-origin'), null)
})

t.test('the admin key works on every service route it is proxied to', async (t) => {
  const res = await call(gw, '/v1/directory/offices?limit=1', { key: ADMIN_KEY })
  t.equal(res.status, 200)
  t.same((await res.json()).items, [])
})
