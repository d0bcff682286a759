/**
 * HTTP details RFC 9110 asks for, on a real service: a 401 names the scheme to authenticate
 * with (§11.6.1), and a method a path does not answer is 405 with Allow (§15.5.6), not 404.
 */
import t from 'tap'
import { asCaller } from '../src/testing/index.js'
import { buildTestApp } from '../../../services/directory/test/helper.js'

t.test('a 401 carries a WWW-Authenticate challenge naming the identity header', async (t) => {
  const app = await buildTestApp(t)
  const res = await app.inject({ url: '/v1/directory/districts' })
  t.equal(res.statusCode, 401)
  t.equal(res.headers['www-authenticate'], 'PostcareIdentity realm="postcare", header="x-postcare-identity"')
  const ok = await app.inject({ url: '/v1/directory/districts', headers: await asCaller('directory') })
  t.equal(ok.headers['www-authenticate'], undefined, 'only on a 401')
})

t.test('an existing path asked with a method it does not answer is 405 with Allow; an unknown path stays 404', async (t) => {
  const app = await buildTestApp(t)
  const headers = await asCaller('directory')
  const put = await app.inject({ method: 'PUT', url: '/v1/directory/districts', headers, payload: {} })
  t.equal(put.statusCode, 405)
  t.equal(put.headers.allow, 'GET, HEAD, POST')
  t.match(put.json(), { code: 'METHOD_NOT_ALLOWED', status: 405 })
  const del = await app.inject({ method: 'DELETE', url: '/v1/directory/offices/KLN001', headers })
  t.equal(del.statusCode, 405)
  t.equal(del.headers.allow, 'GET, HEAD, PATCH')
  const unknown = await app.inject({ method: 'GET', url: '/v1/directory/nowhere', headers })
  t.equal(unknown.statusCode, 404)
  t.equal(unknown.headers.allow, undefined)
})
