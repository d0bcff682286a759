/**
 * Office binding over every write. Generated from each service's document: every POST, PUT,
 * PATCH and DELETE is classified by what makes it office business, and checked with a caller
 * bound to office NTR001 holding every scope, aimed at office KLN001:
 *  - network-wide (`x-postcare-network-wide`): 403 OFFICE_NOT_PERMITTED, and no row of the
 *    service's schema inserted, changed or deleted;
 *  - naming an office in its body (`officeCode` at any depth: each row of an import, each item of
 *    a batch), set to KLN001: 403 OFFICE_NOT_PERMITTED and no row changed; the same write naming
 *    NTR001 is not refused for its office, so the 403 is the binding's and nothing else's;
 *  - addressing an office's record by id in its path (commands, PATCH, notes, replies): the
 *    record is made for KLN001 through the routes first; NTR001's write is 403 or 404 and neither the
 *    record nor any table changes; the same write by a caller bound to KLN001 gets past the binding.
 * A write that is none of these is a failure naming it: every write must say whose business it is.
 */
import t, { type Test } from 'tap'
import { fillPath, sample, servicesUnderTest, startService, UnsupportedSchema, type InjectResponse, type RouteInfo, type ServiceUnderTest } from '../reliability/harness.js'
import { collectionOf, createOf, currentEtag, makeRecord, namesOffice, paramNames, pathFor, readyPath, withOffice, type Made } from '../reliability/records.js'

const OWNER = 'KLN001'
const CALLER = 'NTR001'
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const SEED = 4711

let keys = 0

interface Attempt { params: Record<string, string>; body: unknown; itemUrl?: string }

async function write(s: ServiceUnderTest, route: RouteInfo, a: Attempt, who: Record<string, string>): Promise<InjectResponse> {
  const headers: Record<string, string> = { ...who }
  if (route.idempotent) headers['idempotency-key'] = `office-writes-${keys++}`
  if (route.ifMatch && a.itemUrl) {
    // The current ETag: a stale or missing precondition must not be what refuses the write.
    const etag = await currentEtag(s, a.itemUrl)
    if (etag) headers['if-match'] = etag
  }
  return s.app.inject({ method: route.method as 'POST', url: fillPath(route.url, a.params), headers, ...(route.body ? { payload: a.body as object } : {}) })
}

const code = (res: InjectResponse) => {
  try {
    return String((res.json() as { code?: string }).code)
  } catch {
    return '(not JSON)'
  }
}

/** The record `route` addresses by the last id in its path, made for OWNER; undefined when that record belongs to no office. */
async function ownersRecord(s: ServiceUnderTest, route: RouteInfo): Promise<{ made: Made; params: Record<string, string>; itemUrl: string } | string | undefined> {
  const names = paramNames(route.url)
  const last = names[names.length - 1]
  if (!last) return undefined
  const create = createOf(s, collectionOf(route.url, last))
  if (!create?.body || !namesOffice(create.body)) return undefined
  const parent = await pathFor(s, create)
  if (typeof parent === 'string') return parent
  const made = await makeRecord(s, create, parent, { shape: (b) => withOffice(b, create.body, OWNER) })
  if (typeof made === 'string') return made
  if (made.json.officeCode !== OWNER) return undefined
  const params = { ...parent, [last]: made.id }
  const template = route.url.slice(0, route.url.indexOf(`:${last}`) + last.length + 1)
  return { made, params, itemUrl: fillPath(template, params) }
}

/** A body for `route` naming `office` wherever it names one. */
function bodyFor(route: RouteInfo, office: string): unknown {
  if (!route.body) return undefined
  const body = sample(route.body, SEED)
  return body instanceof UnsupportedSchema ? {} : withOffice(body, route.body, office)
}

async function unchanged(t: Test, s: ServiceUnderTest, before: Record<string, string>, what: string) {
  t.same(await s.rowDigests(), before, `${what}: no row of the ${s.name} schema inserted, changed or deleted`)
}

for (const service of servicesUnderTest) {
  t.test(`${service}: every write route is classified, and a caller bound to ${CALLER} cannot write for ${OWNER}`, async (t) => {
    const s = await startService(t, service)
    const asCaller = await s.caller({ office: CALLER })
    const asOwner = await s.caller({ office: OWNER })
    const writes = s.routes.filter((r) => WRITES.has(r.method))
    const lines: string[] = []
    const counts = { network: 0, office: 0, record: 0 }
    const unclassified: string[] = []
    for (const route of writes) {
      const checks: string[] = []
      if (route.networkWide) {
        const params = await pathFor(s, route)
        if (typeof params === 'string') t.fail(`${route.operationId}: no path to test with: ${params}`)
        else {
          const before = await s.rowDigests()
          const res = await write(s, route, { params, body: bodyFor(route, CALLER), itemUrl: itemUrlOf(route, params) }, asCaller)
          t.equal(res.statusCode, 403, `${route.operationId} (network-wide) as ${CALLER}: 403`)
          t.equal(code(res), 'OFFICE_NOT_PERMITTED', `${route.operationId}: OFFICE_NOT_PERMITTED`)
          await unchanged(t, s, before, route.operationId)
          checks.push(`network-wide ${res.statusCode}`)
          counts.network++
        }
      }
      if (route.body && namesOffice(route.body)) {
        // What is made under a parent needs one that takes it (an open survey); a change needs its record.
        const params = createsUnder(route) ? await readyPath(s, route).then((r) => (typeof r === 'string' ? r : r.params)) : await pathFor(s, route)
        if (typeof params === 'string') t.fail(`${route.operationId}: no path to test with: ${params}`)
        else {
          const before = await s.rowDigests()
          const res = await write(s, route, { params, body: bodyFor(route, OWNER), itemUrl: itemUrlOf(route, params) }, asCaller)
          t.equal(res.statusCode, 403, `${route.operationId} naming ${OWNER} as ${CALLER}: 403`)
          t.equal(code(res), 'OFFICE_NOT_PERMITTED', `${route.operationId}: OFFICE_NOT_PERMITTED`)
          await unchanged(t, s, before, route.operationId)
          let control = ''
          if (!route.networkWide) {
            const own = await write(s, route, { params, body: bodyFor(route, CALLER), itemUrl: itemUrlOf(route, params) }, asCaller)
            t.ok(own.statusCode < 300, `${route.operationId} naming ${CALLER} as ${CALLER} succeeds (${own.statusCode} ${code(own)}), so the 403 was the office's`)
            control = `, naming its own office ${own.statusCode}`
          }
          checks.push(`names ${OWNER} ${res.statusCode}${control}`)
          counts.office++
        }
      }
      const record = await ownersRecord(s, route)
      if (typeof record === 'string') t.fail(`${route.operationId}: could not make ${OWNER}'s record: ${record}`)
      else if (record) {
        const attempt = { params: record.params, body: bodyFor(route, CALLER), itemUrl: record.itemUrl }
        const before = await s.rowDigests()
        const item = await s.app.inject({ method: 'GET', url: record.itemUrl, headers: await s.caller() })
        const res = await write(s, route, attempt, asCaller)
        t.ok(res.statusCode === 403 || res.statusCode === 404, `${route.operationId} on ${OWNER}'s record as ${CALLER}: 403 or 404 (${res.statusCode} ${code(res)})`)
        await unchanged(t, s, before, route.operationId)
        const after = await s.app.inject({ method: 'GET', url: record.itemUrl, headers: await s.caller() })
        t.equal(after.body, item.body, `${route.operationId}: ${OWNER}'s record reads the same`)
        let control = ''
        if (!route.networkWide) {
          const own = await write(s, route, attempt, asOwner)
          t.ok(own.statusCode !== 403 && own.statusCode !== 404, `${route.operationId} on the record as ${OWNER} gets past the binding (${own.statusCode} ${code(own)})`)
          control = `, as ${OWNER} ${own.statusCode}`
        }
        checks.push(`${OWNER}'s record ${res.statusCode}${control}`)
        counts.record++
      }
      if (checks.length === 0) unclassified.push(`${route.method} ${route.url} (${route.operationId})`)
      lines.push(`  ${route.operationId}: ${checks.join('; ') || 'UNCLASSIFIED'}`)
    }
    t.same(unclassified, [], 'every write route is network-wide, names an office or addresses an office\'s record')
    t.comment(
      `office writes: ${service}: ${writes.length} write routes; network-wide ${counts.network}, naming an office ${counts.office}, addressing an office's record ${counts.record}, unclassified ${unclassified.length}` +
      (lines.length ? `\n${lines.join('\n')}` : '')
    )
  })
}

/** A create under a parent (a survey's responses, an item's notes), as opposed to a change of the record its path names. */
function createsUnder(route: RouteInfo): boolean {
  const names = paramNames(route.url)
  return route.method === 'POST' && names.length > 0 && !route.ifMatch && !route.url.endsWith(`:${names[names.length - 1]}`)
}

/** The url of the record a change with If-Match acts on: the path up to its last parameter. */
function itemUrlOf(route: RouteInfo, params: Record<string, string>): string | undefined {
  const names = paramNames(route.url)
  const last = names[names.length - 1]
  return last ? fillPath(route.url.slice(0, route.url.indexOf(`:${last}`) + last.length + 1), params) : undefined
}
