/**
 * Every route of every service at the extremes of its own schemas: each path parameter, query
 * parameter, header and body field (at any depth) at the first and last value it allows and just
 * outside them, every enum value, arrays empty and at maxItems (1,000-item batches), extreme
 * cursors, bodies nested 10,000 deep, and every field at the same kind of extreme at once — each
 * against records that exist, the rest of the request valid. Fuzzing draws from a schema's middle;
 * this draws from its edges, where loops, casts and sorts break (a statistics period walk that
 * never ended at 9999-12-31, a cursor holding year 0001 that reached a SQL cast).
 *
 * Asserted per service: no 5xx, every non-2xx a clean problem+json, and no request slower than the
 * statement timeout. A request that waits forever is timed out here and fails; one that loops
 * forever blocks this thread's timers too, so a watchdog thread kills the file naming it.
 */
import { Ajv, type ValidateFunction } from 'ajv'
import t from 'tap'
import { setAt, variants, type Variant } from './boundary-cases.js'
import { fillPath, pool, problemViolations, queryString, sample, servicesUnderTest, startService, UnsupportedSchema, type InjectResponse, type RouteInfo, type ServiceUnderTest } from './harness.js'
import { collectionOf, createOf, currentEtag, makeRecord, paramNames, pathFor, readyPath } from './records.js'
import { watchdog } from './watchdog.js'

/** The services' default DB_STATEMENT_TIMEOUT_MS, set explicitly so the limit is the app's own. */
const STATEMENT_TIMEOUT_MS = 5000
const WIDTH = 8
const SEED = 515151
const BASES = 3
t.setTimeout(240_000)

interface Base { params: Record<string, string>; query: Record<string, unknown>; body: unknown; itemUrl?: string }

/**
 * What every variant of `route` keeps: path parameters naming records that exist, the first of a
 * few sampled queries the route answers with 2xx, and a sampled (or example) body. A change of a
 * record (If-Match, or the record's own path) gets a fresh record, so that earlier variants have
 * not closed or erased it; what is made under a parent (responses, notes) gets a parent that
 * takes it (an open survey), so that variants reach past the parent's state.
 */
async function baseOf(s: ServiceUnderTest, route: RouteInfo, seed: number): Promise<Base | string> {
  const names = paramNames(route.url)
  const last = names[names.length - 1]
  const changes = route.method !== 'GET' && last !== undefined && (route.ifMatch || route.url.endsWith(`:${last}`))
  const ready = route.method === 'POST' && last !== undefined && !changes ? await readyPath(s, route) : undefined
  if (typeof ready === 'string') return ready
  const params = ready?.params ?? (await pathFor(s, route))
  if (typeof params === 'string') return params
  if (changes) {
    const create = createOf(s, collectionOf(route.url, last))
    const parent = Object.fromEntries(Object.entries(params).filter(([k]) => k !== last))
    const made = create ? await makeRecord(s, create, parent) : undefined
    if (made && typeof made !== 'string' && made.id) params[last] = made.id
  }
  let query: Record<string, unknown> = {}
  const headers = await s.caller()
  for (let i = -1; route.query && i < 6; i++) {
    const q = i < 0 ? {} : sample(route.query, seed + i)
    if (q instanceof UnsupportedSchema || !q || typeof q !== 'object') continue
    query = q as Record<string, unknown>
    if (route.method !== 'GET') break
    const res = await s.app.inject({ method: 'GET', url: fillPath(route.url, params) + queryString(query), headers })
    if (res.statusCode < 300) break
  }
  const body = route.body ? sample(route.body, seed) : undefined
  if (body instanceof UnsupportedSchema) return `body beyond the generator: ${body.reason}`
  const itemUrl = last ? fillPath(route.url.slice(0, route.url.indexOf(`:${last}`) + last.length + 1), params) : undefined
  return { params, query, body, itemUrl }
}

interface Request { method: string; url: string; headers: Record<string, string>; payload?: string }

let keys = 0

async function build(s: ServiceUnderTest, route: RouteInfo, base: Base, v: Variant): Promise<Request> {
  let params: unknown = base.params
  let query: unknown = base.query
  let body = base.body
  const headers: Record<string, string> = { ...(await s.caller()), 'content-type': 'application/json' }
  if (route.idempotent) headers['idempotency-key'] = `boundary-${keys++}`
  if (route.ifMatch && base.itemUrl) {
    // The current ETag, so that a body at an extreme is judged on its values, not refused as stale.
    const etag = await currentEtag(s, base.itemUrl)
    if (etag) headers['if-match'] = etag
  }
  for (const set of v.sets) {
    if (set.where === 'params') params = setAt(params, set.path, set.value, route.params, SEED)
    else if (set.where === 'query') query = setAt(query, set.path, set.value, route.query, SEED)
    else if (set.where === 'body') body = setAt(body, set.path, set.value, route.body, SEED)
    else headers[String(set.path[0])] = String(set.value)
  }
  const url = fillPath(route.url, params as Record<string, unknown>) + queryString(query as Record<string, unknown>)
  const payload = v.raw ?? (route.body ? JSON.stringify(body) : undefined)
  return { method: route.method, url, headers, ...(payload === undefined ? {} : { payload }) }
}

const TIMED_OUT = Symbol('timed out')

function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)))
  return Promise.race([work, limit]).finally(() => clearTimeout(timer))
}

// Formats are left to the services' own validation; patterns, ranges, enums and shapes are checked.
const ajv = new Ajv({ strict: false, validateFormats: false, allowUnionTypes: true })
const validators = new Map<object, ValidateFunction>()

/** Why a 2xx JSON answer does not fit the schema its route documents for that status (undefined when it does). */
function misfit(route: RouteInfo, res: InjectResponse): string | undefined {
  const schema = route.answers[String(res.statusCode)]
  if (!schema || !String(res.headers['content-type'] ?? '').startsWith('application/json')) return undefined
  let validate = validators.get(schema)
  if (!validate) validators.set(schema, (validate = ajv.compile(schema)))
  return validate(res.json()) ? undefined : ajv.errorsText(validate.errors, { dataVar: 'answer' })
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0

for (const service of servicesUnderTest) {
  t.test(`${service}: every field of every route at its schema's extremes gives no 5xx, only clean problem+json, and nothing slower than the statement timeout`, async (t) => {
    // Set-up and case building are CPU work in this process: load shedding (tested on its own) would answer 503.
    const s = await startService(t, service, { MAX_EVENT_LOOP_DELAY_MS: '60000', DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS) })
    if (s.routes.length === 0) {
      t.comment(`boundaries: ${service}: no routes registered yet, nothing to test`)
      return
    }
    const cases: Array<{ route: RouteInfo; base: Base; v: Variant }> = []
    for (const route of s.routes) {
      // Each extreme against BASES valid requests (other examples, other optional fields present); one is enough without a body or query.
      for (let b = 0; b < (route.body || route.query ? BASES : 1); b++) {
        const base = await baseOf(s, route, SEED + b * 101)
        if (typeof base === 'string') {
          t.comment(`boundaries: SKIPPED ${route.operationId}: ${base}`)
          break
        }
        for (const v of variants(route, base, SEED)) cases.push({ route, base, v })
      }
    }
    const inputless = s.routes.filter((r) => !cases.some((c) => c.route === r)).map((r) => r.operationId)
    const batches: string[] = []
    const statuses = new Map<number, number>()
    const bad: string[] = []
    const slow: string[] = []
    const misfits: string[] = []
    const times: Array<{ ms: number; label: string }> = []
    const dog = watchdog(STATEMENT_TIMEOUT_MS * 2, WIDTH)
    t.teardown(() => dog.stop())
    const started = Date.now()
    await pool(
      cases.map(({ route, base, v }) => async (lane: number) => {
        const req = await build(s, route, base, v)
        const label = `${route.operationId}: ${v.label} (${req.method} ${req.url.slice(0, 160)})`
        dog.running(lane, label)
        const begun = performance.now()
        const res = await within(s.app.inject({ method: req.method as 'GET', url: req.url, headers: req.headers, ...(req.payload === undefined ? {} : { payload: req.payload }) }), STATEMENT_TIMEOUT_MS)
        const ms = performance.now() - begun
        dog.running(lane, '')
        times.push({ ms, label })
        if (v.label.includes(' 1000 items') && res !== TIMED_OUT) batches.push(`${route.operationId} ${v.label.replace(/^body\//, '')}: ${res.statusCode} in ${Math.round(ms)} ms`)
        if (res === TIMED_OUT) {
          slow.push(`${label}: no answer within ${STATEMENT_TIMEOUT_MS} ms`)
          return
        }
        record(res, label, ms, route)
      }),
      WIDTH
    )
    function record(res: InjectResponse, label: string, ms: number, route: RouteInfo) {
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
      const unfit = res.statusCode < 300 ? misfit(route, res) : undefined
      if (unfit && misfits.length < 30) misfits.push(`${label} -> ${res.statusCode}: ${unfit}`)
      const why = res.statusCode >= 500 ? ['5xx'] : problemViolations(res)
      if (why.length && bad.length < 60) bad.push(`${label} -> ${res.statusCode} ${why.join(', ')}: ${res.body.slice(0, 240)}`)
      if (ms >= STATEMENT_TIMEOUT_MS) slow.push(`${label}: ${Math.round(ms)} ms`)
    }
    const fiveXx = [...statuses].filter(([code]) => code >= 500).reduce((n, [, c]) => n + c, 0)
    t.same(bad, [], 'every answer is below 500 and every non-2xx is a clean problem+json')
    t.equal(fiveXx, 0, 'no 5xx')
    t.same(slow, [], `no request took the statement timeout (${STATEMENT_TIMEOUT_MS} ms) or longer`)
    t.same(misfits, [], 'every 2xx answer fits the schema its route documents')
    const health = await s.app.inject({ method: 'GET', url: '/health/ready' })
    t.equal(health.statusCode, 200, 'the service is still ready after the run')
    const sorted = times.map((x) => x.ms).sort((a, b) => a - b)
    const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 3).map((x) => `${Math.round(x.ms)} ms ${x.label.slice(0, 140)}`)
    t.comment(
      `boundaries: ${service}: ${cases.length} requests over ${new Set(cases.map((c) => c.route)).size} of ${s.routes.length} routes in ${Date.now() - started} ms; ` +
      `latency max ${Math.round(sorted[sorted.length - 1] ?? 0)} ms, p99 ${Math.round(percentile(sorted, 99))} ms, p50 ${Math.round(percentile(sorted, 50))} ms; ` +
      `statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; routes without inputs: ${inputless.join(', ') || 'none'}\n` +
      `  1,000-item arrays:\n    ${batches.join('\n    ') || '(none)'}\n  slowest:\n    ${slowest.join('\n    ')}`
    )
  })
}
