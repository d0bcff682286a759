/**
 * Items 13, 14 and 15 over every route: protected fields in write bodies are refused or not
 * stored, limits (body size, page size) answer 413/400, and canary personal data sent through
 * happy and error paths appears in no log line while authentication failures are logged.
 */
import { IDENTITY_HEADER } from '@postcare/platform'
import t from 'tap'
import { fillPath, problemViolations, sample, servicesUnderTest, startService, UnsupportedSchema } from '../reliability/harness.js'

const CANARIES = {
  name: 'Canary Chan Tai-man',
  phone: '+852 9123 4567',
  email: 'canary.chan@example.org',
  idCard: 'A123456(7)',
  token: 'Bearer eyJcanaryTokenZZZ.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJlY2FuYXJ5'
}
const PERSONAL = /name|phone|mobile|email|address|contact|complainant|identity|idNumber|description|comment|text|note|message|reply/i

/** Puts a canary into every string field whose name suggests personal data, at any depth. */
function withCanaries(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => withCanaries(v, key))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withCanaries(v, k)]))
  if (typeof value !== 'string' || !PERSONAL.test(key)) return value
  if (/phone|mobile/i.test(key)) return CANARIES.phone
  if (/email/i.test(key)) return CANARIES.email
  if (/identity|idNumber/i.test(key)) return CANARIES.idCard
  return `${CANARIES.name} ${CANARIES.idCard}`.slice(0, Math.max(value.length, 12))
}

const PROTECTED = { id: '00000000-0000-4000-8000-000000000001', status: 'closed', officeCode: 'NTR001', createdBy: 'key:mallory', version: 99, createdAt: '2001-01-01T00:00:00.000Z' }

for (const service of servicesUnderTest) {
  t.test(`${service}: canary personal data and tokens sent through every route appear in no log line, and auth failures are logged`, async (t) => {
    const s = await startService(t, service)
    const headers = { ...(await s.caller()), authorization: CANARIES.token, 'x-api-key': 'pc_canary_key_0123456789abcdef' }
    let sent = 0
    for (const route of s.routes) {
      const body = route.body ? sample(route.body, 99) : undefined
      if (body instanceof UnsupportedSchema) continue
      const url = fillPath(route.url, {})
      const happy = withCanaries(body)
      // Happy path (as far as a generated body gets), then an error path with the same canaries.
      await s.app.inject({ method: route.method as 'POST', url: `${url}?q=${encodeURIComponent(CANARIES.email)}`, headers, ...(route.body ? { payload: happy as object } : {}) })
      await s.app.inject({ method: route.method as 'POST', url, headers, ...(route.body ? { payload: { ...(happy as object), unexpected: CANARIES.name } } : {}) })
      sent += 2
    }
    const denied = await s.app.inject({ method: 'GET', url: s.routes[0]?.url ? fillPath(s.routes[0].url, {}) : '/v1/none', headers: { [IDENTITY_HEADER]: 'forged', authorization: CANARIES.token } })
    const hits = s.log.filter((line) => Object.values(CANARIES).some((c) => line.includes(c)) || line.includes('eyJcanaryTokenZZZ') || line.includes('pc_canary_key'))
    t.same(hits.map((l) => l.slice(0, 300)), [], 'no log line holds a canary')
    if (s.routes.length) {
      t.equal(denied.statusCode, 401, 'a forged identity is refused')
      t.ok(s.log.some((l) => l.includes('"statusCode":401') || /unauthenticated/i.test(l)), 'the authentication failure is logged')
    }
    t.comment(`logs: ${service}: ${sent} requests with canaries, ${s.log.length} log lines, ${hits.length} canary hits`)
  })

  t.test(`${service}: protected fields in write bodies are refused or not stored, and limits answer 413 and 400`, async (t) => {
    const s = await startService(t, service)
    const headers = await s.caller()
    let writes = 0
    for (const route of s.routes.filter((r) => r.body && ['POST', 'PATCH', 'PUT'].includes(r.method))) {
      const props = (route.body!.properties as Record<string, unknown> | undefined) ?? {}
      const injected = Object.fromEntries(Object.entries(PROTECTED).filter(([k]) => !(k in props)))
      if (Object.keys(injected).length === 0) continue
      const body = sample(route.body, 5)
      if (body instanceof UnsupportedSchema || !body || typeof body !== 'object' || Array.isArray(body)) continue
      const res = await s.app.inject({ method: route.method as 'POST', url: fillPath(route.url, {}), headers, payload: { ...body, ...injected } })
      writes++
      if (res.statusCode < 300) {
        const json = JSON.stringify(res.json())
        for (const [k, v] of Object.entries(injected)) t.notOk(json.includes(`"${k}":${JSON.stringify(v)}`), `${route.operationId}: ${k} sent in the body was not stored`)
      } else {
        t.ok(res.statusCode >= 400 && res.statusCode < 500, `${route.operationId}: protected fields are refused with ${res.statusCode}`)
        t.same(problemViolations(res), [], `${route.operationId}: problem+json`)
      }
    }
    t.comment(`mass assignment: ${service}: ${writes} write routes sent ${Object.keys(PROTECTED).join(', ')}: none stored`)

    const limit = s.app.initialConfig.bodyLimit ?? 1_048_576
    let oversize = 0
    for (const route of s.routes.filter((r) => r.body)) {
      const res = await s.app.inject({ method: route.method as 'POST', url: fillPath(route.url, {}), headers: { ...headers, 'content-type': 'application/json' }, payload: `{"x":"${'a'.repeat(limit + 10)}"}` })
      t.equal(res.statusCode, 413, `${route.operationId}: a body over ${limit} bytes is 413`)
      t.same(problemViolations(res), [], `${route.operationId}: problem+json`)
      oversize++
    }
    let pages = 0
    for (const route of s.routes.filter((r) => r.method === 'GET' && !r.url.includes(':'))) {
      const max = ((route.query?.properties as Record<string, { maximum?: number }> | undefined)?.limit)?.maximum
      if (max === undefined) continue
      const res = await s.app.inject({ method: 'GET', url: `${route.url}?limit=${max + 1}`, headers })
      t.equal(res.statusCode, 400, `${route.operationId}: limit ${max + 1} is 400`)
      t.same(problemViolations(res), [], `${route.operationId}: problem+json`)
      pages++
    }
    t.comment(`limits: ${service}: ${oversize} body routes 413 over ${limit} bytes, ${pages} lists 400 over their maximum page size`)
  })
}
