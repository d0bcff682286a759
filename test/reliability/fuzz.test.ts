/**
 * Items 3 and 7: every route of every service, fuzzed from its own schema with a fixed seed
 * (schema-valid values from json-schema-faker, hostile ones from fast-check, raw bytes under every
 * content type): no 5xx, every non-2xx a clean problem+json, and no prototype polluted afterwards.
 */
import fc from 'fast-check'
import t from 'tap'
import { fillPath, pool, problemViolations, queryString, sample, servicesUnderTest, startService, UnsupportedSchema, type RouteInfo } from './harness.js'

// The figure: at least 10,000 requests per service. About 40 s a service on the 2-core
// CI machine, so this file gets more than the suite's 240 s; RELIABILITY_FUZZ_REQUESTS changes it
// while developing.
const REQUESTS = Number(process.env.RELIABILITY_FUZZ_REQUESTS ?? 10_000)
t.setTimeout(600_000)
const SEED = 424242

const CONTENT_TYPES = ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/octet-stream', 'application/json; charset=utf-16', '', 'application/problem+json', 'text/csv']
const POISON = [
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as object,
  { constructor: { prototype: { polluted: 'yes' } } },
  JSON.parse('{"a":{"__proto__":{"polluted":"yes"}},"__proto__":[]}') as object
]

const hostile = fc.sample(
  fc.oneof(
    fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: true }),
    fc.string({ maxLength: 300, unit: 'binary' }),
    fc.constantFrom("' OR 1=1 --", '"; drop table x; --', '%00', '../../etc/passwd', '\u0000', '<script>', '9'.repeat(400), '-1', '1e309', 'NaN', '{}', '[]')
  ),
  { seed: SEED, numRuns: 400 }
)

/** Any generated value as text (null-prototype objects and bigints included). */
function text(v: unknown): string {
  if (typeof v === 'string') return v
  try {
    return JSON.stringify(v) ?? 'undefined'
  } catch {
    return typeof v === 'bigint' ? v.toString() : 'x'
  }
}

function json(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'null'
  } catch {
    return '{"big":1e400}'
  }
}

function mutate(value: unknown, i: number): unknown {
  const h = hostile[i % hostile.length]
  if (!value || typeof value !== 'object' || Array.isArray(value)) return h
  const keys = Object.keys(value)
  if (keys.length === 0) return { ...value, [`x${i}`]: h }
  return { ...value, [keys[i % keys.length]!]: h }
}

interface Case { method: string; url: string; headers: Record<string, string>; payload?: string | Buffer }

function makeCase(route: RouteInfo, i: number, auth: Record<string, string>): Case {
  const kind = i % 6
  const params = sample(route.params, SEED + i) as Record<string, unknown> | undefined
  const query = sample(route.query, SEED + i) as Record<string, unknown> | undefined
  const okParams = params instanceof UnsupportedSchema ? undefined : params
  const okQuery = query instanceof UnsupportedSchema ? undefined : query
  const body = route.body ? sample(route.body, SEED + i) : undefined
  const okBody = body instanceof UnsupportedSchema ? {} : body
  const headers: Record<string, string> = { ...auth, 'if-match': i % 2 ? '"1"' : '*' }
  const hasBody = !['GET', 'DELETE', 'HEAD'].includes(route.method)
  let path = fillPath(route.url, okParams)
  let qs = queryString(okQuery)
  let payload: string | Buffer | undefined
  if (kind === 0 || kind === 1) {
    payload = hasBody ? JSON.stringify(okBody ?? {}) : undefined
  } else if (kind === 2) {
    payload = hasBody ? json(mutate(okBody, i)) : undefined
  } else if (kind === 3) {
    // Hostile path and query values.
    path = fillPath(route.url, Object.fromEntries(Object.keys((route.params?.properties as object) ?? {}).map((k) => [k, text(hostile[i % hostile.length])])))
    qs = queryString(Object.fromEntries(Object.entries((mutate(okQuery ?? {}, i) ?? {}) as object).map(([k, v]) => [k, text(v)])))
    payload = hasBody ? JSON.stringify(okBody ?? {}) : undefined
  } else if (kind === 4) {
    payload = JSON.stringify(POISON[i % POISON.length])
  } else {
    const bytes = fc.sample(fc.uint8Array({ maxLength: 200 }), { seed: SEED + i, numRuns: 1 })[0]!
    payload = i % 3 === 0 ? Buffer.from(bytes) : JSON.stringify(okBody ?? {}).slice(0, Math.max(1, bytes.length % 40))
    headers['content-type'] = CONTENT_TYPES[i % CONTENT_TYPES.length]!
  }
  if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json'
  if (!hasBody && kind >= 4) payload = undefined
  return { method: route.method, url: path + qs, headers, payload }
}

for (const service of servicesUnderTest) {
  t.test(`${service}: ${REQUESTS} fuzzed requests over every route give no 5xx, only clean problem+json, and pollute no prototype`, async (t) => {
    // Case generation is synchronous CPU work in this process: load shedding (item 9, tested on its
    // own) would otherwise answer 503 to the fuzzer while it generates.
    const s = await startService(t, service, { MAX_EVENT_LOOP_DELAY_MS: '60000' })
    const routes = s.routes
    if (routes.length === 0) {
      t.comment(`fuzz: ${service}: no routes registered yet, nothing to fuzz`)
      return
    }
    const auth = await s.caller()
    const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort()
    const cases = Array.from({ length: REQUESTS }, (_v, i) => () => makeCase(routes[i % routes.length]!, Math.floor(i / routes.length) * 7 + i, auth))
    const statuses = new Map<number, number>()
    const bad: string[] = []
    const started = Date.now()
    await pool(
      cases.map((make) => async () => {
        const c = make()
        const res = await s.app.inject({ method: c.method as 'GET', url: c.url, headers: c.headers, ...(c.payload === undefined ? {} : { payload: c.payload }) })
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
        const why = res.statusCode >= 500 ? ['5xx'] : problemViolations(res)
        if (why.length && bad.length < 20) bad.push(`${c.method} ${c.url.slice(0, 120)} [${c.headers['content-type'] ?? ''}] -> ${res.statusCode} ${why.join(', ')}: ${res.body.slice(0, 200)}`)
      }),
      8
    )
    const fiveXx = [...statuses].filter(([code]) => code >= 500).reduce((n, [, c]) => n + c, 0)
    t.same(bad, [], 'every answer is below 500 and every non-2xx is a clean problem+json')
    t.equal(fiveXx, 0, 'no 5xx')
    t.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was not polluted')
    t.same(Object.getOwnPropertyNames(Object.prototype).sort(), protoKeys, 'Object.prototype has no new properties')
    const health = await s.app.inject({ method: 'GET', url: '/health/ready' })
    t.equal(health.statusCode, 200, 'the service is still ready after the run')
    t.comment(`fuzz: ${service}: ${REQUESTS} requests over ${routes.length} routes in ${Date.now() - started} ms: ${fiveXx} 5xx; statuses ${JSON.stringify(Object.fromEntries(statuses))}`)
  })
}
