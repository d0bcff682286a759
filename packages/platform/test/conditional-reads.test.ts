/**
 * Conditional reads (RFC 9110 §13.1.2) on a real service: If-None-Match with the current ETag is
 * 304 without a body; anything else is the full answer.
 */
import t from 'tap'
import { asCaller } from '../src/testing/index.js'
import { buildTestApp } from '../../../services/directory/test/helper.js'

t.test('a read whose If-None-Match names the current ETag is 304 with no body; a stale or unknown tag gets the representation', async (t) => {
  const app = await buildTestApp(t)
  const headers = await asCaller('directory')
  const created = await app.inject({ method: 'POST', url: '/v1/directory/districts', headers, payload: { code: 'ISL', name: 'Islands', area: 'New Territories' } })
  t.equal(created.statusCode, 201, created.body)
  const first = await app.inject({ url: '/v1/directory/districts/ISL', headers })
  const etag = first.headers.etag as string
  t.match(etag, /^"\d+"$/)
  for (const tag of [etag, `W/${etag}`, `"zzz", ${etag}`, '*']) {
    const res = await app.inject({ url: '/v1/directory/districts/ISL', headers: { ...headers, 'if-none-match': tag } })
    t.equal(res.statusCode, 304, `If-None-Match: ${tag}`)
    t.equal(res.body, '', 'no body')
    t.equal(res.headers.etag, etag, 'the ETag is repeated')
  }
  for (const tag of ['"999"', 'W/"999"', '"zzz"']) {
    const res = await app.inject({ url: '/v1/directory/districts/ISL', headers: { ...headers, 'if-none-match': tag } })
    t.equal(res.statusCode, 200, `If-None-Match: ${tag}`)
    t.same(res.json(), first.json())
  }
  const missing = await app.inject({ url: '/v1/directory/districts/XXX', headers: { ...headers, 'if-none-match': '*' } })
  t.equal(missing.statusCode, 404, 'a missing resource is still 404')
})
