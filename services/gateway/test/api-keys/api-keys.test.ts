/**
 * The admin API for keys, through the real gateway on a real database, with the real directory
 * behind it to show what a key can and cannot do once issued or revoked.
 */
import { createHash } from 'node:crypto'
import { scopes } from '@postcare/contracts'
import { sql } from 'kysely'
import t from 'tap'
import { prepareGateway } from '../../src/app.js'
import { ADMIN_KEY, call, gatewayWithDirectory, issueKey } from '../helper.js'

const SERVICE_KEY = 'pc_service_survey_0123456789abcdefghijkl'
const { url: gw, app, config } = await gatewayWithDirectory(t, { env: { GATEWAY_SERVICE_KEYS: JSON.stringify({ survey: SERVICE_KEY }) } })

t.test('an issued key is stored only as a hash: its secret is nowhere in the table', async (t) => {
  const res = await call(gw, '/v1/gateway/api-keys', { method: 'POST', body: JSON.stringify({ name: 'counter 1, Tai O', scopes: ['directory:read'], officeCode: 'ISL001' }) })
  t.equal(res.status, 201)
  const issued = await res.json()
  t.match(issued.secret, /^pc_[A-Za-z0-9_-]{40,}$/)
  t.equal(res.headers.get('location'), `/v1/gateway/api-keys/${issued.apiKey.id}`)
  t.match(issued.apiKey, { name: 'counter 1, Tai O', scopes: ['directory:read'], officeCode: 'ISL001', revokedAt: null })
  const { rows } = await sql<Record<string, unknown>>`select * from gateway.api_keys`.execute(app.db)
  const dump = JSON.stringify(rows)
  t.notOk(dump.includes(issued.secret), 'the secret is not stored')
  t.notOk(dump.includes(issued.secret.slice(12)), 'nor any long part of it')
  const row = rows.find((r) => r.id === issued.apiKey.id)!
  t.equal(row.keyHash, createHash('sha256').update(issued.secret).digest('hex'))
  t.equal((await call(gw, '/v1/directory/offices', { key: issued.secret })).status, 200, 'and the key works')
})

t.test('keys are listed and read without their secrets', async (t) => {
  const issued = await issueKey(gw, { name: 'listed', scopes: ['feedback:read'] })
  const list = await call(gw, '/v1/gateway/api-keys?limit=500')
  t.equal(list.status, 200)
  const text = await list.text()
  t.notOk(text.includes(issued.secret))
  const page = JSON.parse(text)
  t.ok(page.items.some((k: { id: string }) => k.id === issued.id))
  t.equal(page.nextCursor, null)
  const one = await call(gw, `/v1/gateway/api-keys/${issued.id}`)
  t.equal(one.status, 200)
  const key = await one.json()
  t.match(key, { id: issued.id, name: 'listed', scopes: ['feedback:read'], officeCode: null, prefix: issued.secret.slice(0, 11) })
  t.notOk('secret' in key)
})

t.test('the list pages with a cursor, oldest first', async (t) => {
  for (let i = 0; i < 3; i++) await issueKey(gw, { name: `paged ${i}`, scopes: ['survey:read'] })
  const ids: string[] = []
  let cursor: string | null = null
  do {
    const res = await call(gw, `/v1/gateway/api-keys?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
    t.equal(res.status, 200)
    const page = (await res.json()) as { items: Array<{ id: string }>; nextCursor: string | null }
    t.ok(page.items.length <= 2)
    ids.push(...page.items.map((k) => k.id))
    cursor = page.nextCursor
  } while (cursor)
  t.equal(new Set(ids).size, ids.length, 'no key twice')
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from gateway.api_keys`.execute(app.db)
  t.equal(ids.length, rows[0]!.n, 'every key once')
  const bad = await call(gw, '/v1/gateway/api-keys?cursor=not-a-cursor')
  t.equal(bad.status, 400)
  t.equal((await bad.json()).code, 'INVALID_CURSOR')
})

t.test('a revoked key is refused at once, even though it was just used', async (t) => {
  const issued = await issueKey(gw, { name: 'to revoke', scopes: ['directory:read'] })
  t.equal((await call(gw, '/v1/directory/offices', { key: issued.secret })).status, 200, 'works, and is now cached')
  const revoked = await call(gw, `/v1/gateway/api-keys/${issued.id}/revoke`, { method: 'POST' })
  t.equal(revoked.status, 200)
  t.type((await revoked.json()).revokedAt, 'string')
  const after = await call(gw, '/v1/directory/offices', { key: issued.secret })
  t.equal(after.status, 401)
  t.equal((await after.json()).code, 'UNAUTHENTICATED')
  const again = await call(gw, `/v1/gateway/api-keys/${issued.id}/revoke`, { method: 'POST' })
  t.equal(again.status, 409)
  t.equal((await again.json()).code, 'GATEWAY_API_KEY_REVOKED')
})

t.test('revoking an unknown key is 404', async (t) => {
  const res = await call(gw, '/v1/gateway/api-keys/00000000-0000-4000-8000-000000000000/revoke', { method: 'POST' })
  t.equal(res.status, 404)
  t.equal((await res.json()).code, 'GATEWAY_API_KEY_NOT_FOUND')
})

t.test('POSTCARE_ADMIN_API_KEY is registered with every scope', async (t) => {
  const res = await call(gw, '/v1/gateway/api-keys?limit=500')
  const admin = (await res.json()).items.find((k: { name: string }) => k.name === 'admin (POSTCARE_ADMIN_API_KEY)')
  t.ok(admin, 'listed')
  t.same([...admin.scopes].sort(), [...scopes].sort())
  t.equal(admin.prefix, ADMIN_KEY.slice(0, 11))
  t.equal(admin.configured, true)
})

t.test('keys from configuration cannot be revoked through the API, not even with the admin key', async (t) => {
  const items = (await (await call(gw, '/v1/gateway/api-keys?limit=500')).json()).items as Array<{ id: string; name: string; configured: boolean }>
  const configured = items.filter((k) => k.configured)
  t.same(configured.map((k) => k.name).sort(), ['admin (POSTCARE_ADMIN_API_KEY)', 'service:survey'])
  t.ok(items.filter((k) => !k.configured).length > 0, 'keys issued through the API are not marked')
  for (const key of configured) {
    const res = await call(gw, `/v1/gateway/api-keys/${key.id}/revoke`, { method: 'POST' })
    t.equal(res.status, 409, key.name)
    t.match(res.headers.get('content-type'), /^application\/problem\+json/)
    t.equal((await res.json()).code, 'GATEWAY_KEY_CONFIGURED')
  }
  t.equal((await call(gw, '/v1/directory/offices', { key: SERVICE_KEY })).status, 200, 'the service key still works')
  t.equal((await call(gw, '/v1/directory/offices')).status, 200, 'and so does the admin key')
})

t.test('a key is given only scopes its issuer holds: the refusal names each scope it lacks', async (t) => {
  const keyAdmin = await issueKey(gw, { name: 'key admin', scopes: ['admin:keys', 'directory:read'] })
  const body = { name: 'wider', scopes: ['directory:read', 'personal-data:read', 'feedback:write'] }
  const res = await call(gw, '/v1/gateway/api-keys', { key: keyAdmin.secret, method: 'POST', body: JSON.stringify(body) })
  t.equal(res.status, 403)
  const problem = await res.json()
  t.equal(problem.code, 'GATEWAY_SCOPE_NOT_HELD')
  t.same(problem.errors.map((e: { field: string }) => e.field), ['body/scopes/1', 'body/scopes/2'])
  t.match(problem.detail, /personal-data:read/)
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from gateway.api_keys where name = 'wider'`.execute(app.db)
  t.equal(rows[0]!.n, 0, 'nothing written')
  const same = await call(gw, '/v1/gateway/api-keys', { key: keyAdmin.secret, method: 'POST', body: JSON.stringify({ name: 'narrower', scopes: ['directory:read'] }) })
  t.equal(same.status, 201, 'a subset of its own scopes is fine')
})

t.test('an office-bound key administrator issues keys for its own office only', async (t) => {
  const officeAdmin = await issueKey(gw, { name: 'Tai O supervisor', scopes: ['admin:keys', 'directory:read'], officeCode: 'ISL001' })
  for (const body of [{ name: 'unbound', scopes: ['directory:read'] }, { name: 'elsewhere', scopes: ['directory:read'], officeCode: 'KLN001' }]) {
    const res = await call(gw, '/v1/gateway/api-keys', { key: officeAdmin.secret, method: 'POST', body: JSON.stringify(body) })
    t.equal(res.status, 403, body.name)
    const problem = await res.json()
    t.equal(problem.code, 'OFFICE_NOT_PERMITTED')
    t.same(problem.errors.map((e: { field: string }) => e.field), ['body/officeCode'])
  }
  const own = await call(gw, '/v1/gateway/api-keys', { key: officeAdmin.secret, method: 'POST', body: JSON.stringify({ name: 'Tai O counter 2', scopes: ['directory:read'], officeCode: 'ISL001' }) })
  t.equal(own.status, 201)
  const listed = (await (await call(gw, '/v1/gateway/api-keys?limit=500', { key: officeAdmin.secret })).json()).items as Array<{ officeCode: string | null }>
  t.ok(listed.length >= 2 && listed.every((k) => k.officeCode === 'ISL001'), `it lists only ISL001's keys (${listed.length})`)
  const elsewhere = await issueKey(gw, { name: 'Kowloon counter', scopes: ['directory:read'], officeCode: 'KLN001' })
  const unbound = await issueKey(gw, { name: 'head office system', scopes: ['directory:read'] })
  for (const other of [elsewhere, unbound]) {
    t.equal((await call(gw, `/v1/gateway/api-keys/${other.id}`, { key: officeAdmin.secret })).status, 404, 'another office\'s (or an unbound) key is not found')
    t.equal((await call(gw, `/v1/gateway/api-keys/${other.id}/revoke`, { key: officeAdmin.secret, method: 'POST' })).status, 404, 'nor revoked')
  }
})

t.test('every key change is in the audit log, with who, what, which key and which request', async (t) => {
  const requestId = 'audit-check-1'
  const created = await call(gw, '/v1/gateway/api-keys', { method: 'POST', body: JSON.stringify({ name: 'audited', scopes: ['survey:read'], officeCode: 'ISL001' }), headers: { 'x-request-id': requestId, 'idempotency-key': 'audited-1' } })
  t.equal(created.status, 201)
  const id = (await created.json()).apiKey.id
  const replayed = await call(gw, '/v1/gateway/api-keys', { method: 'POST', body: JSON.stringify({ name: 'audited', scopes: ['survey:read'], officeCode: 'ISL001' }), headers: { 'idempotency-key': 'audited-1' } })
  t.equal(replayed.headers.get('idempotent-replayed'), 'true')
  t.equal((await call(gw, `/v1/gateway/api-keys/${id}/revoke`, { method: 'POST', headers: { 'x-request-id': 'audit-check-2' } })).status, 200)
  const { rows: [adminRow] } = await sql<{ id: string }>`select id from gateway.api_keys where name = 'admin (POSTCARE_ADMIN_API_KEY)'`.execute(app.db)
  const { rows } = await sql<Record<string, unknown>>`select caller, action, subject_type, subject_id, request_id, details from gateway.audit_log where subject_id = ${id} order by id`.execute(app.db)
  const details = { name: 'audited', scopes: ['survey:read'], officeCode: 'ISL001' }
  t.same(rows, [
    { caller: `key:${adminRow!.id}`, action: 'api_key.create', subjectType: 'api_key', subjectId: id, requestId, details },
    { caller: `key:${adminRow!.id}`, action: 'api_key.revoke', subjectType: 'api_key', subjectId: id, requestId: 'audit-check-2', details }
  ], 'one entry per change: the replay added none')
})

t.test('the admin API needs admin:keys: another key is 403, no key is 401', async (t) => {
  const reader = await issueKey(gw, { name: 'no admin', scopes: ['directory:read', 'directory:write'] })
  const forbidden = await call(gw, '/v1/gateway/api-keys', { key: reader.secret })
  t.equal(forbidden.status, 403)
  t.equal((await forbidden.json()).code, 'FORBIDDEN')
  const escalate = await call(gw, '/v1/gateway/api-keys', { key: reader.secret, method: 'POST', body: JSON.stringify({ name: 'mine', scopes: ['admin:keys'] }) })
  t.equal(escalate.status, 403)
  t.equal((await call(gw, '/v1/gateway/api-keys', { key: null })).status, 401)
})

t.test('creating a key with an Idempotency-Key twice issues one key and replays the first answer', async (t) => {
  const body = JSON.stringify({ name: 'retried terminal', scopes: ['directory:read'], officeCode: 'KLN001' })
  const headers = { 'idempotency-key': 'terminal-setup-7' }
  const first = await call(gw, '/v1/gateway/api-keys', { method: 'POST', body, headers })
  const second = await call(gw, '/v1/gateway/api-keys', { method: 'POST', body, headers })
  t.equal(first.status, 201)
  t.equal(second.status, 201)
  t.equal(second.headers.get('idempotent-replayed'), 'true')
  t.same(await second.json(), await first.json())
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from gateway.api_keys where name = 'retried terminal'`.execute(app.db)
  t.equal(rows[0]!.n, 1)
  const other = await call(gw, '/v1/gateway/api-keys', { method: 'POST', body: JSON.stringify({ name: 'other', scopes: ['directory:read'] }), headers })
  t.equal(other.status, 422)
})

t.test('a key with an unknown scope, an unknown field or a bad office code is 400 naming the field', async (t) => {
  const cases: Array<[object, string]> = [
    [{ name: 'x', scopes: ['root'] }, 'body/scopes/0'],
    [{ name: 'x', scopes: ['directory:read'], admin: true }, 'body/admin'],
    [{ name: 'x', scopes: ['directory:read'], officeCode: 'tai-o' }, 'body/officeCode'],
    [{ name: 'x', scopes: [] }, 'body/scopes']
  ]
  for (const [body, field] of cases) {
    const res = await call(gw, '/v1/gateway/api-keys', { method: 'POST', body: JSON.stringify(body) })
    t.equal(res.status, 400, JSON.stringify(body))
    t.match(res.headers.get('content-type'), /^application\/problem\+json/)
    const problem = await res.json()
    t.ok(problem.errors.some((e: { field: string }) => e.field === field), `${field} named in ${JSON.stringify(problem.errors)}`)
  }
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from gateway.api_keys where name = 'x'`.execute(app.db)
  t.equal(rows[0]!.n, 0, 'nothing written')
})

t.test('the admin API takes JSON only: another content type is 415, a __proto__ key 400, malformed JSON 400', async (t) => {
  const text = await call(gw, '/v1/gateway/api-keys', { method: 'POST', body: 'name=x&scopes=admin:keys', headers: { 'content-type': 'text/plain' } })
  t.equal(text.status, 415)
  t.equal((await text.json()).code, 'UNSUPPORTED_MEDIA_TYPE')
  const proto = await call(gw, '/v1/gateway/api-keys', { method: 'POST', body: '{"__proto__":{"admin":true},"name":"p","scopes":["directory:read"]}' })
  t.equal(proto.status, 400)
  t.equal((await proto.json()).code, 'FORBIDDEN_PROPERTY')
  const broken = await call(gw, '/v1/gateway/api-keys', { method: 'POST', body: '{"name":' })
  t.equal(broken.status, 400)
  t.equal((await broken.json()).code, 'MALFORMED_JSON')
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from gateway.api_keys where name in ('p', 'x')`.execute(app.db)
  t.equal(rows[0]!.n, 0)
})

// Last: it takes the service key out of the configuration.
t.test('a configured key taken out of the configuration (a rotated secret) loses its mark and can then be revoked through the API', async (t) => {
  await prepareGateway(app, { ...config, serviceKeys: {} }, { attempts: 1 })
  const items = (await (await call(gw, '/v1/gateway/api-keys?limit=500')).json()).items as Array<{ id: string; name: string; configured: boolean }>
  const service = items.find((k) => k.name === 'service:survey')!
  t.equal(service.configured, false, 'no longer marked')
  t.equal(items.find((k) => k.name === 'admin (POSTCARE_ADMIN_API_KEY)')!.configured, true, 'the admin key, still configured, keeps its mark')
  t.equal((await call(gw, `/v1/gateway/api-keys/${service.id}/revoke`, { method: 'POST' })).status, 200)
  t.equal((await call(gw, '/v1/directory/offices', { key: SERVICE_KEY })).status, 401, 'and it stops working')
})
