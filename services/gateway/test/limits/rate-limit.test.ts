/**
 * Per-caller rate limits: each key has its own budget, the first request over it is 429 with
 * Retry-After, and health checks are never limited.
 */
import t from 'tap'
import { call, gatewayWithDirectory, issueKey } from '../helper.js'

const MAX = 5
const { url: gw } = await gatewayWithDirectory(t, { env: { GATEWAY_RATE_LIMIT_MAX: String(MAX), GATEWAY_RATE_LIMIT_WINDOW_MS: '60000' } })

t.test('a caller gets exactly its budget, and request max+1 is 429 with Retry-After', async (t) => {
  const terminal = await issueKey(gw, { name: 'busy terminal', scopes: ['directory:read'], officeCode: 'ISL001' })
  for (let i = 1; i <= MAX; i++) {
    const res = await call(gw, '/v1/directory/offices', { key: terminal.secret })
    t.equal(res.status, 200, `request ${i} of ${MAX}`)
  }
  const over = await call(gw, '/v1/directory/offices', { key: terminal.secret })
  t.equal(over.status, 429, `request ${MAX + 1}`)
  t.match(over.headers.get('content-type'), /^application\/problem\+json/)
  const retryAfter = Number(over.headers.get('retry-after'))
  t.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `Retry-After: ${retryAfter}`)
  const body = await over.json()
  t.equal(body.code, 'RATE_LIMITED')
  t.type(body.requestId, 'string')
})

t.test('one caller over its budget does not spend another\'s', async (t) => {
  const a = await issueKey(gw, { name: 'terminal a', scopes: ['directory:read'] })
  const b = await issueKey(gw, { name: 'terminal b', scopes: ['directory:read'] })
  for (let i = 0; i <= MAX; i++) await call(gw, '/v1/directory/offices', { key: a.secret })
  t.equal((await call(gw, '/v1/directory/offices', { key: a.secret })).status, 429)
  t.equal((await call(gw, '/v1/directory/offices', { key: b.secret })).status, 200)
})

t.test('health checks are not rate limited', async (t) => {
  for (let i = 0; i < MAX * 2; i++) t.equal((await fetch(`${gw}/health/live`)).status, 200)
})

t.test('failed attempts are limited per address too: guessing keys is 429 after max', async (t) => {
  for (let i = 1; i <= MAX; i++) {
    const res = await call(gw, '/v1/directory/offices', { key: `pc_guess_${i}_0123456789abcdefghijklmnop` })
    t.equal(res.status, 401, `guess ${i}`)
  }
  const over = await call(gw, '/v1/directory/offices', { key: 'pc_guess_last_0123456789abcdefghijklmnop' })
  t.equal(over.status, 429)
  t.ok(Number(over.headers.get('retry-after')) >= 1)
  const good = await call(gw, '/v1/directory/offices')
  t.equal(good.status, 200, 'a valid key from the same address keeps its own budget')
})
