/**
 * Personal data is disclosed only as its marks in the contracts allow, over every route: canaries
 * are planted in every field a create's body marks `x-personal-data`, through the routes; then
 * every read (item, list, timeline, export, and each create's own answer) made by a caller without
 * `personal-data:read` must hold none of them, and every answer that shows one to a caller with
 * the scope must have written its audit row under that request's id.
 */
import { allTestScopes } from '@postcare/platform/testing'
import t from 'tap'
import { fillPath, servicesUnderTest, startService, type RouteInfo, type ServiceUnderTest } from '../reliability/harness.js'
import { createOf, pathFor, readyPath } from '../reliability/records.js'

const CANARIES: Record<string, string> = {
  name: 'Canary Wong Kar-fai',
  email: 'canary.wong@example.org',
  phone: '+852 9123 4567',
  address: 'Flat 9, Canary Court, 1 Nathan Road',
  identifier: 'CAN-7788',
  text: 'Canary text: call Wong on 9123 4567'
}
/** What a masked value may still show (the domain of an e-mail, the last digits of a phone): searched for are the parts that must never show. */
const FINGERPRINTS = ['Canary Wong', 'canary.wong', '9123 4567', 'Canary Court', 'CAN-7788', 'Canary text']

type Schema = Record<string, unknown>

/** `body` with every marked field of `schema` (at any depth, optional ones added) holding its kind's canary. */
function plant(body: unknown, schema: unknown): unknown {
  const s = (schema ?? {}) as Schema
  const kind = s['x-personal-data']
  if (typeof kind === 'string') {
    const canary = CANARIES[kind] ?? CANARIES.text!
    return typeof s.maxLength === 'number' ? canary.slice(0, s.maxLength) : canary
  }
  const branch = s.properties || s.items ? s : ((s.anyOf ?? s.oneOf ?? []) as Schema[]).find((b) => b.properties || b.items) ?? s
  if (Array.isArray(body)) return body.map((item) => plant(item, branch.items))
  if (!body || typeof body !== 'object') return body
  const props = (branch.properties ?? {}) as Record<string, Schema>
  const out: Record<string, unknown> = { ...(body as object) }
  for (const [name, child] of Object.entries(props)) {
    const marked = hasMark(child)
    if (name in out) out[name] = plant(out[name], child)
    else if (marked && typeof child['x-personal-data'] === 'string') out[name] = plant(undefined, child)
  }
  return out
}

function hasMark(schema: unknown): boolean {
  if (!schema || typeof schema !== 'object') return false
  const s = schema as Schema
  return typeof s['x-personal-data'] === 'string' || Object.values(s).some((v) => (Array.isArray(v) ? v.some(hasMark) : hasMark(v)))
}

const leaks = (text: string) => FINGERPRINTS.filter((f) => text.includes(f))

async function auditedFor(s: ServiceUnderTest, requestId: string): Promise<number> {
  const [row] = await s.sql<{ n: string }>(`select count(*) as n from "${s.name}".audit_log where request_id = $1`, [requestId])
  return Number(row?.n ?? 0)
}

for (const service of servicesUnderTest) {
  t.test(`${service}: marked personal data is masked on every read without personal-data:read, and every read of it with the scope is audited`, async (t) => {
    const s = await startService(t, service)
    const full = await s.caller()
    const narrow = await s.caller({ scopes: allTestScopes.filter((x) => x !== 'personal-data:read') })
    // Creates (commands take If-Match and make nothing new) whose body marks a field.
    const creates = s.routes.filter((r) => r.method === 'POST' && !r.ifMatch && r.body && hasMark(r.body) && createOf(s, r.url) === r)
    let planted = 0
    let echoed = 0
    let reads = 0
    let audited = 0
    const check = async (label: string, route: RouteInfo, url: string, payload?: unknown) => {
      for (const [who, headers] of [['without', narrow], ['with', full]] as const) {
        const res = await s.app.inject({ method: route.method as 'GET', url, headers: { ...headers, ...(route.idempotent ? { 'idempotency-key': `disclosure-${Math.random()}` } : {}) }, ...(payload === undefined ? {} : { payload: payload as object }) })
        if (res.statusCode >= 300) continue
        reads++
        const shown = leaks(res.body)
        if (who === 'without') t.same(shown, [], `${label} without the scope shows none of the canaries`)
        else if (shown.length > 0) {
          const n = await auditedFor(s, String(res.headers['x-request-id']))
          t.ok(n > 0, `${label} with the scope showed personal data and audited it (${n} rows)`)
          audited++
        }
      }
    }
    for (const create of creates) {
      const ready = await readyPath(s, create, { shape: (body) => plant(body, create.body) })
      if (typeof ready === 'string') {
        t.comment(`disclosure: ${service}: ${create.operationId}: no record made: ${ready}`)
        continue
      }
      planted++
      // Not every marked input is shown again (a survey respondent's contact never is).
      if (leaks(JSON.stringify(ready.made.json)).length > 0) echoed++
      // The create's own answer, made by each caller: masked for one, audited for the other.
      await check(`${create.operationId} (its answer)`, create, fillPath(create.url, ready.params), plant(ready.made.body, create.body))
    }
    for (const route of s.routes.filter((r) => r.method === 'GET')) {
      const params = await pathFor(s, route)
      if (typeof params === 'string') continue
      await check(route.operationId, route, fillPath(route.url, params) + (route.url.endsWith('/export') ? '?format=ndjson' : ''))
    }
    if (echoed > 0) t.ok(audited > 0, 'personal data planted and shown was found, with the scope, by reads: the check is not vacuous')
    t.comment(`disclosure: ${service}: ${creates.length} creates with marked fields, ${planted} planted, ${echoed} shown back; ${reads} reads checked, ${audited} disclosures audited`)
  })
}
