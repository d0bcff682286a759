/**
 * The suite's view of the system: every service app built in-process on a fresh test database
 * of its own, and its routes read from what the app itself registered (its OpenAPI document for
 * the schemas, its router for hidden routes), so a route added tomorrow is covered without
 * anyone editing this suite.
 */
import { serviceNames, staticDirectoryLookup, type createServiceApp, type OfficeInfo, type ServiceConfig, type ServiceName } from '@postcare/platform'
import { asCaller, buildServiceTestApp, fakeFeedback, fakeFeedbackCategories, staff, type TestableService, type TestContext, type TestDatabase } from '@postcare/platform/testing'
import pg from 'pg'
import { rememberReference, sample } from './samples.js'

export { fixUp, sample, UnsupportedSchema } from './samples.js'

export { serviceNames, type ServiceName }

export const offices: OfficeInfo[] = [
  { code: 'KLN001', name: 'Kowloon Central', districtCode: 'KLN', regionClass: 'urban', status: 'open' },
  { code: 'NTR001', name: 'Sheung Shui', districtCode: 'NTR', regionClass: 'rural', status: 'open' }
]

type Schema = Record<string, unknown>
// The root package depends on fastify only through the workspace, so its types are taken from the platform's.
type FastifyInstance = Awaited<ReturnType<typeof createServiceApp>>
export type InjectResponse = Awaited<ReturnType<FastifyInstance['inject']>>


export interface RouteInfo {
  service: ServiceName
  method: string
  /** Fastify form, `/v1/x/items/:id`. */
  url: string
  operationId: string
  params?: Schema
  query?: Schema
  headers: Record<string, Schema & { required?: boolean }>
  body?: Schema
  idempotent: boolean
  ifMatch: boolean
  /** The document's `x-postcare-network-wide`: refused to office-bound callers. */
  networkWide: boolean
  /** The JSON schema of each 2xx answer, by status. */
  answers: Record<string, Schema>
}

export interface ServiceUnderTest {
  name: ServiceName
  app: FastifyInstance
  database: TestDatabase
  routes: RouteInfo[]
  /** Every registered method and path, including those the document hides. */
  registered: Array<{ method: string; url: string }>
  log: string[]
  /** Requests that got past authentication, authorization and validation (a preHandler ran). */
  reached: Array<{ method: string; url: string }>
  caller(who?: Record<string, unknown>): Promise<Record<string, string>>
  /** Row counts of every table in the service's schema (idempotency keys and audit log apart). */
  rowCounts(): Promise<Record<string, number>>
  /** A digest of every row of those tables: equal digests mean nothing was inserted, changed or deleted. */
  rowDigests(): Promise<Record<string, string>>
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>
}



/** The real app of `service`, migrated, on its own fresh database; closed when the test ends. */
export const servicesUnderTest: ServiceName[] = process.env.RELIABILITY_SERVICES ? (process.env.RELIABILITY_SERVICES.split(',') as ServiceName[]) : [...serviceNames]

export async function startService(t: TestContext, service: ServiceName, env: Record<string, string> = {}): Promise<ServiceUnderTest> {
  const { buildApp, migrations } = (await import(`../../services/${service}/src/app.js`)) as Pick<TestableService<ServiceConfig, unknown, FastifyInstance>, 'buildApp' | 'migrations'>
  const { loadConfig } = (await import(`../../services/${service}/src/config.js`)) as Pick<TestableService<ServiceConfig, unknown, FastifyInstance>, 'loadConfig'>
  const reached: Array<{ method: string; url: string }> = []
  const { app, database, log: lines } = await buildServiceTestApp(t, { name: service, buildApp, loadConfig, migrations }, {
    env: { LOG_LEVEL: 'info', ...env },
    log: 'capture',
    // The directory knows the offices and a member of staff (a meeting's chair, an action's owner);
    // feedback's live categories are its seed taxonomy.
    deps: { directory: staticDirectoryLookup(offices, staff), feedback: fakeFeedback().client, feedbackCategories: fakeFeedbackCategories().client },
    beforeReady: (app) => {
      app.addHook('preHandler', async (request) => {
        reached.push({ method: request.method, url: request.routeOptions.url ?? '' })
      })
    }
  })

  const admin = new pg.Pool({ connectionString: database.url, max: 2 })
  // The test database is dropped WITH (FORCE) when the test ends, which may come before this pool
  // ends: an idle client terminated then must not become an uncaught 'error'.
  admin.on('error', () => {})
  t.teardown(() => admin.end())
  const sql = async <T>(text: string, values: unknown[] = []) => (await admin.query(text, values)).rows as T[]
  const tables = async () => (await sql<{ t: string }>(
    `select table_name as t from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' and table_name not in ('idempotency_keys', 'audit_log') and table_name not like 'kysely%'`,
    [service]
  )).map((r) => r.t)
  const rowCounts = async () => {
    const counts: Record<string, number> = {}
    for (const table of await tables()) {
      const [row] = await sql<{ n: string }>(`select count(*) as n from "${service}"."${table}"`)
      counts[table] = Number(row!.n)
    }
    return counts
  }
  const rowDigests = async () => {
    const digests: Record<string, string> = {}
    for (const table of await tables()) {
      const [row] = await sql<{ d: string }>(`select count(*) || ':' || md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as d from "${service}"."${table}" r`)
      digests[table] = row!.d
    }
    return digests
  }
  const sut: ServiceUnderTest = {
    name: service,
    app,
    database,
    routes: routesOf(service, app),
    registered: registeredRoutes(app),
    log: lines,
    reached,
    caller: (who = {}) => asCaller(service, who),
    rowCounts,
    rowDigests,
    sql
  }
  if (service === 'directory') await seedDirectory(sut)
  await learnReferences(sut)
  return sut
}

/**
 * Reference data a body must name (a feedback category, say): the first item of every top-level
 * collection, under the field names that refer to it (`category`, `categoryCode`, `categoryId`).
 */
async function learnReferences(s: ServiceUnderTest) {
  const headers = await s.caller()
  for (const route of s.routes) {
    const m = /^\/v1\/\w+\/([a-z-]+)$/.exec(route.url)
    if (route.method !== 'GET' || !m) continue
    const res = await s.app.inject({ method: 'GET', url: route.url, headers })
    if (res.statusCode !== 200) continue
    const json = res.json() as { items?: unknown[] } | unknown[]
    const first = (Array.isArray(json) ? json[0] : json.items?.[0]) as Record<string, unknown> | undefined
    if (!first) continue
    const singular = m[1]!.replace(/ies$/, 'y').replace(/s$/, '').replace(/-(\w)/g, (_x, c: string) => c.toUpperCase())
    const value = first.code ?? first.id
    if (value === undefined) continue
    for (const field of [singular, `${singular}Code`, `${singular}Id`]) rememberReference(field, value)
  }
}

/**
 * Set-up requests, retried as a real client would on 503 (load shedding, when a busy machine
 * delays the event loop of a service built with a low threshold), a few times at most.
 */
export async function patiently(send: () => Promise<InjectResponse>, tries = 10, waitMs = 200): Promise<InjectResponse> {
  let res = await send()
  for (let i = 0; i < tries && res.statusCode === 503; i++) {
    await new Promise((r) => setTimeout(r, waitMs))
    res = await send()
  }
  return res
}

/** The districts and offices that generated bodies refer to. */
async function seedDirectory(s: ServiceUnderTest) {
  const headers = await s.caller()
  const district = s.routes.find((r) => r.method === 'POST' && r.url === '/v1/directory/districts')
  for (const d of [{ code: 'KLN', name: 'Kowloon' }, { code: 'NTR', name: 'New Territories' }]) {
    const res = await patiently(() => s.app.inject({ method: 'POST', url: '/v1/directory/districts', headers, payload: { ...(sample(district?.body, 1) as object), ...d } }))
    if (res.statusCode !== 201) throw new Error(`seed district: ${res.statusCode} ${res.body}`)
  }
  for (const o of offices) {
    const res = await patiently(() => s.app.inject({
      method: 'POST', url: '/v1/directory/offices', headers,
      payload: { code: o.code, name: o.name, districtCode: o.districtCode, regionClass: o.regionClass, address: '1 Post Street', openedOn: '2001-01-01' }
    }))
    if (res.statusCode !== 201) throw new Error(`seed office: ${res.statusCode} ${res.body}`)
  }
}

/** Replaces every `$ref` by the component it names (cycles are cut after a few levels). */
export function resolveRefs(node: unknown, components: Record<string, Schema>, depth = 0): unknown {
  if (Array.isArray(node)) return node.map((n) => resolveRefs(n, components, depth))
  if (!node || typeof node !== 'object') return node
  const obj = node as Schema
  if (typeof obj.$ref === 'string') {
    const name = obj.$ref.replace(/^#\/components\/schemas\//, '').replace(/#$/, '')
    const target = components[name]
    if (!target || depth > 8) return {}
    const { $ref: _ref, ...rest } = obj
    return resolveRefs({ ...target, ...rest }, components, depth + 1)
  }
  const out: Schema = {}
  for (const [k, v] of Object.entries(obj)) out[k] = resolveRefs(v, components, depth)
  return out
}

interface OpenApiParameter { in: string; name: string; required?: boolean; schema: Schema }

function routesOf(service: ServiceName, app: FastifyInstance): RouteInfo[] {
  const doc = app.swagger() as unknown as {
    paths: Record<string, Record<string, { operationId: string; parameters?: OpenApiParameter[]; requestBody?: { content: Record<string, { schema: Schema }> }; responses?: Record<string, { content?: Record<string, { schema: Schema }> }>; 'x-postcare-network-wide'?: boolean }>>
    components: { schemas: Record<string, Schema> }
  }
  const components = doc.components?.schemas ?? {}
  const routes: RouteInfo[] = []
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      const params = (op.parameters ?? []).map((p) => ({ ...p, schema: resolveRefs(p.schema, components) as Schema }))
      const group = (where: string) => {
        const list = params.filter((p) => p.in === where)
        if (list.length === 0) return undefined
        return { type: 'object', properties: Object.fromEntries(list.map((p) => [p.name, p.schema])), required: list.filter((p) => p.required).map((p) => p.name) }
      }
      const headers = Object.fromEntries(params.filter((p) => p.in === 'header').map((p) => [p.name.toLowerCase(), { ...p.schema, required: p.required }]))
      const json = op.requestBody?.content?.['application/json']?.schema
      routes.push({
        service,
        method: method.toUpperCase(),
        url: path.replace(/\{(\w+)\}/g, ':$1'),
        operationId: op.operationId,
        params: group('path'),
        query: group('query'),
        headers,
        body: json ? (resolveRefs(json, components) as Schema) : undefined,
        idempotent: 'idempotency-key' in headers,
        ifMatch: 'if-match' in headers,
        networkWide: op['x-postcare-network-wide'] === true,
        answers: Object.fromEntries(
          Object.entries(op.responses ?? {})
            .filter(([status, r]) => /^2/.test(status) && r.content?.['application/json']?.schema)
            .map(([status, r]) => [status, resolveRefs(r.content!['application/json']!.schema, components) as Schema])
        )
      })
    }
  }
  return routes
}

/** Parses Fastify's route tree print-out (it lists hidden routes too). */
function registeredRoutes(app: FastifyInstance): Array<{ method: string; url: string }> {
  const out: Array<{ method: string; url: string }> = []
  const stack: Array<{ indent: number; path: string }> = []
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+) \(([^)]+)\)/.exec(line)
    if (!m) continue
    const indent = m[1]!.length
    while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop()
    const path = (stack[stack.length - 1]?.path ?? '') + m[2]!
    stack.push({ indent, path })
    for (const method of m[3]!.split(',').map((s) => s.trim())) if (method !== 'HEAD') out.push({ method, url: path })
  }
  return out
}

/** Path with its `:params` filled from `params`. */
export function fillPath(url: string, params: Record<string, unknown> | undefined): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(String(params?.[name] ?? 'x')))
}

export function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return ''
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue
    if (Array.isArray(v)) for (const item of v) qs.append(k, String(item))
    else qs.append(k, typeof v === 'object' ? JSON.stringify(v) : String(v))
  }
  const s = qs.toString()
  return s ? `?${s}` : ''
}

const LEAKS = [
  /\bat .+\.(ts|js):\d+/, /node_modules/, /SQLSTATE/i, /violates .* constraint/i, /duplicate key value/i,
  /relation "/i, /syntax error at or near/i, /invalid input syntax/i, /\bpg_\w+/, /Kysely/, /ECONNREFUSED/, /stack/i
]

/** Why `res` is not a proper RFC 9457 answer (empty when it is), for a non-2xx response. */
export function problemViolations(res: InjectResponse): string[] {
  if (res.statusCode < 300 || res.statusCode === 304) return []
  const out: string[] = []
  const type = String(res.headers['content-type'] ?? '')
  if (!type.startsWith('application/problem+json')) out.push(`content-type ${type || '(none)'}`)
  let body: Record<string, unknown> = {}
  try {
    body = JSON.parse(res.body) as Record<string, unknown>
  } catch {
    out.push('body is not JSON')
  }
  if (body.status !== res.statusCode) out.push(`status ${String(body.status)} in body vs ${res.statusCode}`)
  for (const field of ['type', 'title', 'code']) if (typeof body[field] !== 'string') out.push(`no ${field}`)
  for (const leak of LEAKS) if (leak.test(res.body)) out.push(`leaks ${leak}`)
  return out
}

/** Runs `tasks` with at most `width` in flight; each is told which of the `width` lanes runs it. */
export async function pool<T>(tasks: Array<(lane: number) => Promise<T>>, width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, tasks.length) }, async (_v, lane) => {
      while (next < tasks.length) {
        const i = next++
        results[i] = await tasks[i]!(lane)
      }
    })
  )
  return results
}
