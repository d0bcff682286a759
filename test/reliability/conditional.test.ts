/**
 * Items 2 and 8 (tampered cursor): every route that takes If-Match lets exactly one of 50
 * concurrent changes with the same ETag through (the rest 412) and asks for If-Match (428) when
 * it is required; every paginated list refuses a tampered cursor with 400.
 */
import t from 'tap'
import { fillPath, problemViolations, sample, servicesUnderTest, startService, UnsupportedSchema, type RouteInfo, type ServiceUnderTest } from './harness.js'

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

/** The resource a conditional route changes: its path parameters and its own GET url. */
async function target(s: ServiceUnderTest, route: RouteInfo) {
  const names = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!)
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
      const current = await s.app.inject({ method: 'GET', url: found.itemUrl, headers })
      const etag = current.headers.etag as string | undefined
      if (!etag) {
        t.comment(`if-match: SKIPPED ${route.operationId}: ${found.itemUrl} gave no ETag (${current.statusCode})`)
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

  t.test(`${service}: every paginated list refuses a tampered cursor with 400`, async (t) => {
    const s = await startService(t, service)
    const lists = s.routes.filter((r) => r.method === 'GET' && (r.query?.properties as Record<string, unknown> | undefined)?.cursor)
    const b64 = (v: string) => Buffer.from(v).toString('base64url')
    const tampered = ['not a cursor!', b64('{"x":1}'), b64('[]'), b64('[1,2,3,4,5,6]'), b64('[null]'), 'A'.repeat(900), b64('__proto__')]
    let checked = 0
    for (const route of lists) {
      if (route.url.includes(':')) {
        t.comment(`cursor: SKIPPED ${route.operationId}: nested list (needs a parent the generator cannot make)`)
        continue
      }
      const url = route.url
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
      checked++
    }
    t.comment(`cursor: ${service}: ${checked} of ${lists.length} paginated lists x ${tampered.length} tampered cursors: all 400`)
  })
}
