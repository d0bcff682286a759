/**
 * Items 2 and 8 (tampered cursor): every route that takes If-Match lets exactly one of 50
 * concurrent changes with the same ETag through (the rest 412) and asks for If-Match (428) when
 * it is required; every paginated list, nested ones included, refuses a tampered cursor with 400,
 * and a well-formed one holding a value of the wrong kind or out of range where its real cursors
 * hold a uuid, date, instant or number.
 */
import { EARLIEST_DATE, LATEST_DATE } from '@postcare/contracts'
import t, { type Test } from 'tap'
import { CURSOR_VALUES, encodeCursor } from './extremes.js'
import { fillPath, problemViolations, sample, servicesUnderTest, startService, UnsupportedSchema, type RouteInfo, type ServiceUnderTest } from './harness.js'
import { currentEtag, makeRecord, pathFor } from './records.js'

const CONCURRENCY = 50

const SEED = 777

/** The id of some item of `collection`, creating one from a generated body if the list is empty. */
async function someItem(s: ServiceUnderTest, collection: string): Promise<string | undefined> {
  const headers = await s.caller()
  const list = await s.app.inject({ method: 'GET', url: `${collection}?limit=1`, headers })
  const first = list.statusCode === 200 ? (list.json() as { items?: Array<Record<string, unknown>> }).items?.[0] : undefined
  const found = first?.id ?? first?.code ?? first?.staffId
  if (found !== undefined) return String(found)
  const create = s.routes.find((r) => r.method === 'POST' && r.url === collection)
  if (!create) return undefined
  for (let seed = SEED; seed < SEED + 8; seed++) {
    const body = sample(create.body, seed)
    if (body instanceof UnsupportedSchema) return undefined
    const res = await s.app.inject({ method: 'POST', url: collection, headers, payload: body as object })
    if (res.statusCode < 300) {
      const json = res.json() as Record<string, unknown>
      return String(json.id ?? json.code ?? json.staffId)
    }
  }
  return undefined
}

/**
 * The resource a conditional route changes: its path parameters and its own GET url. A nested one
 * (a meeting's command, an agenda item's change) gets records that exist for every parameter,
 * made through the routes (records.ts); a top-level one, an item of its collection.
 */
async function target(s: ServiceUnderTest, route: RouteInfo) {
  const names = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!)
  if (names.length > 1) {
    const params = await pathFor(s, route)
    if (typeof params === 'string') return params
    const last = names[names.length - 1]!
    return { params, itemUrl: fillPath(route.url.slice(0, route.url.indexOf(`:${last}`) + last.length + 1), params) }
  }
  if (names.length !== 1) return `needs ${names.length} path parameters`
  const collection = route.url.slice(0, route.url.indexOf(`/:${names[0]}`))
  const id = await someItem(s, collection)
  if (id === undefined) return `no item of ${collection} could be found or generated`
  return { params: { [names[0]!]: id }, itemUrl: `${collection}/${encodeURIComponent(id)}` }
}

for (const service of servicesUnderTest) {
  t.test(`${service}: 50 concurrent changes with one ETag let exactly one through and the rest get 412`, async (t) => {
    const s = await startService(t, service)
    const conditional = s.routes.filter((r) => r.ifMatch)
    t.comment(`if-match: ${service}: ${conditional.length} routes take If-Match`)
    let exercised = 0
    for (const route of conditional) {
      const found = await target(s, route)
      if (typeof found === 'string') {
        t.comment(`if-match: SKIPPED ${route.operationId}: ${found}`)
        continue
      }
      const url = fillPath(route.url, found.params)
      const headers = await s.caller()
      const body = route.body ? sample(route.body, SEED) : undefined
      if (body instanceof UnsupportedSchema) {
        t.comment(`if-match: SKIPPED ${route.operationId}: ${body.reason}`)
        continue
      }
      const payload = route.body ? { payload: body as object } : {}
      if (route.headers['if-match']?.required) {
        const missing = await s.app.inject({ method: route.method as 'POST', url, headers, ...payload })
        t.equal(missing.statusCode, 428, `${route.operationId}: no If-Match is 428`)
        t.same(problemViolations(missing), [], 'the 428 is problem+json')
      }
      const etag = await currentEtag(s, found.itemUrl)
      if (!etag) {
        t.comment(`if-match: SKIPPED ${route.operationId}: neither ${found.itemUrl} nor its list gives an ETag`)
        continue
      }
      const answers = await Promise.all(
        Array.from({ length: CONCURRENCY }, () => s.app.inject({ method: route.method as 'POST', url, headers: { ...headers, 'if-match': etag }, ...payload }))
      )
      const codes: Record<number, number> = {}
      for (const a of answers) codes[a.statusCode] = (codes[a.statusCode] ?? 0) + 1
      const ok = answers.filter((a) => a.statusCode < 300).length
      t.equal(answers.filter((a) => a.statusCode >= 500).length, 0, `${route.operationId}: no 5xx`)
      t.ok(ok <= 1, `${route.operationId}: at most one change with ETag ${etag} succeeded (${ok})`)
      if (ok === 1) {
        t.equal(codes[412], CONCURRENCY - 1, `${route.operationId}: the other ${CONCURRENCY - 1} are 412`)
        exercised++
      }
      for (const a of answers.filter((x) => x.statusCode >= 300)) {
        const why = problemViolations(a)
        if (why.length) t.same(why, [], `${route.operationId}: problem+json`)
      }
      t.comment(`if-match: ${route.operationId}: ${CONCURRENCY} concurrent with ETag ${etag}: ${JSON.stringify(codes)}${ok === 0 ? ' (generated change refused by the domain)' : ''}`)
    }
    t.comment(`if-match: ${service}: ${exercised} of ${conditional.length} routes showed exactly one winner`)
  })

  t.test(`${service}: every paginated list refuses a tampered cursor, and a decoded one holding a value of the wrong kind or range, with 400`, async (t) => {
    const s = await startService(t, service)
    const lists = s.routes.filter((r) => r.method === 'GET' && (r.query?.properties as Record<string, unknown> | undefined)?.cursor)
    const b64 = (v: string) => Buffer.from(v).toString('base64url')
    const tampered = ['not a cursor!', b64('{"x":1}'), b64('[]'), b64('[1,2,3,4,5,6]'), b64('[null]'), 'A'.repeat(900), b64('__proto__')]
    let checked = 0
    let decoded = 0
    for (const route of lists) {
      // Nested lists (a survey's responses) get a parent that exists, made through the routes.
      const params = await pathFor(s, route)
      if (typeof params === 'string') {
        t.comment(`cursor: SKIPPED ${route.operationId}: ${params}`)
        continue
      }
      const url = fillPath(route.url, params)
      const headers = await s.caller()
      for (const cursor of tampered) {
        const res = await s.app.inject({ method: 'GET', url: `${url}?cursor=${encodeURIComponent(cursor)}`, headers })
        t.equal(res.statusCode, 400, `${route.operationId}: cursor ${cursor.slice(0, 30)} is 400`)
        t.same(problemViolations(res), [], `${route.operationId}: problem+json`)
      }
      // A well-formed cursor carrying a hostile value is a legal position, not a tampered one: it
      // must be bound as a value (any 2xx or 400, never a 5xx or a leak).
      const hostile = await s.app.inject({ method: 'GET', url: `${url}?cursor=${b64('["\'; drop table x; --"]')}`, headers })
      t.ok(hostile.statusCode === 200 || hostile.statusCode === 400, `${route.operationId}: a hostile value in a well-formed cursor is bound, not run (${hostile.statusCode})`)
      t.same(problemViolations(hostile), [], `${route.operationId}: problem+json`)
      decoded += await outOfRange(t, s, route, url, params)
      checked++
    }
    t.comment(`cursor: ${service}: ${checked} of ${lists.length} paginated lists x ${tampered.length} tampered cursors: all 400; ${decoded} decoded cursors holding values of the wrong kind or range`)
  })
}

/** What a position of a real cursor holds, judged from the value this list put there. */
function kindOf(value: unknown): 'number' | 'uuid' | 'instant' | 'date' | 'string' {
  if (typeof value === 'number') return 'number'
  const v = String(value)
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)) return 'uuid'
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return 'instant'
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return 'date'
  return 'string'
}

/** Whether `value` is a legal position of `kind` (the contract's own bounds), so a list may answer it. */
function legal(kind: ReturnType<typeof kindOf>, value: unknown): boolean {
  if (kind === 'number') return Number.isSafeInteger(value)
  if (typeof value !== 'string') return false
  if (kind === 'string') return value.length <= 200
  const day = value.slice(0, 10)
  const inRange = !Number.isNaN(Date.parse(value)) && day >= EARLIEST_DATE && day <= LATEST_DATE
  if (kind === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value) && inRange && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)
  if (kind === 'instant') return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(value) && inRange
  return kindOf(value) === 'uuid'
}

/** The values of a cursor this list issued: two records made if it has fewer, and a page of one asked for. */
async function realCursor(s: ServiceUnderTest, route: RouteInfo, url: string, params: Record<string, string>): Promise<unknown[] | undefined> {
  const create = s.routes.find((r) => r.method === 'POST' && r.url === route.url)
  for (let i = 0; i < 3; i++) {
    const page = await s.app.inject({ method: 'GET', url: `${url}?limit=1`, headers: await s.caller() })
    const next = page.statusCode === 200 ? (page.json() as { nextCursor?: string | null }).nextCursor : undefined
    if (next) return JSON.parse(Buffer.from(next, 'base64url').toString('utf8')) as unknown[]
    if (!create || typeof (await makeRecord(s, create, params)) === 'string') return undefined
  }
  return undefined
}

/**
 * Cursors that decode (base64url JSON, the right length) but hold a value no list issued at one
 * position, the others real: dates and instants out of range, 36 dashes where a uuid goes, huge and
 * fractional numbers, nested arrays, long strings. A position of a uuid, date, instant or number
 * must refuse them with 400; a free-text position may bind a string as a value (200). Never a 5xx.
 */
async function outOfRange(t: Test, s: ServiceUnderTest, route: RouteInfo, url: string, params: Record<string, string>): Promise<number> {
  const real = await realCursor(s, route, url, params)
  if (!real) t.comment(`cursor: ${route.operationId}: no cursor issued (fewer than two records could be made); positions judged loosely`)
  const shapes = real ? [real] : [[null], [null, null]]
  let sent = 0
  const kinds = new Map<string, number>()
  for (const shape of shapes) {
    for (let p = 0; p < shape.length; p++) {
      const kind = real ? kindOf(real[p]) : undefined
      for (const { label, value } of CURSOR_VALUES) {
        const values = shape.map((v, i) => (i === p ? value : v))
        const res = await s.app.inject({ method: 'GET', url: `${url}?cursor=${encodeCursor(values)}`, headers: await s.caller() })
        sent++
        kinds.set(`${res.statusCode}`, (kinds.get(`${res.statusCode}`) ?? 0) + 1)
        const must = kind !== undefined && !legal(kind, value)
        if (must) t.equal(res.statusCode, 400, `${route.operationId}: ${label} at position ${p} (a ${kind}) is 400`)
        else t.ok(res.statusCode === 200 || res.statusCode === 400, `${route.operationId}: ${label} at position ${p}${kind ? ` (a ${kind})` : ''} is bound or refused (${res.statusCode})`)
        if (res.statusCode >= 300) t.same(problemViolations(res), [], `${route.operationId}: problem+json`)
      }
    }
  }
  t.comment(`cursor: ${route.operationId}: real cursor ${real ? `[${real.map(kindOf).join(', ')}]` : '(none)'}; ${sent} decoded cursors out of kind or range: ${JSON.stringify(Object.fromEntries(kinds))}`)
  return sent
}
