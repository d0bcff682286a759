/**
 * CORS when configured: only the listed origins get allow-origin, a preflight is answered without
 * credentials, and CORS never stands in for authentication.
 */
import t from 'tap'
import { call, gatewayWithDirectory } from '../helper.js'

const ORIGIN = 'https://counter.postal.example'
const { url: gw } = await gatewayWithDirectory(t, { env: { GATEWAY_CORS_ORIGINS: `${ORIGIN}, https://other.postal.example` } })

const preflight = (origin: string) =>
  fetch(`${gw}/v1/directory/offices`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-api-key, idempotency-key, content-type' } })

t.test('a preflight from a configured origin is allowed, without a key', async (t) => {
  const res = await preflight(ORIGIN)
  t.equal(res.status, 204)
  t.equal(res.headers.get('access-control-allow-origin'), ORIGIN)
  t.match(res.headers.get('access-control-allow-headers'), /x-api-key/)
  t.match(res.headers.get('access-control-allow-headers'), /idempotency-key/)
  t.match(res.headers.get('access-control-allow-methods'), /POST/)
})

t.test('a preflight from another origin gets no allow-origin', async (t) => {
  const res = await preflight('https://evil.example')
  t.equal(res.headers.get('access-control-allow-origin'), null)
})

t.test('a proxied answer to a configured origin carries allow-origin and exposes ETag and the request id', async (t) => {
  const res = await call(gw, '/v1/directory/offices', { headers: { origin: ORIGIN } })
  t.equal(res.status, 200)
  t.equal(res.headers.get('access-control-allow-origin'), ORIGIN)
  t.match(res.headers.get('access-control-expose-headers'), /etag/)
  t.match(res.headers.get('access-control-expose-headers'), /x-request-id/)
})

t.test('an allowed origin still needs a key', async (t) => {
  const res = await call(gw, '/v1/directory/offices', { key: null, headers: { origin: ORIGIN } })
  t.equal(res.status, 401)
})
