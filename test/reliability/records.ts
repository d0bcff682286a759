/**
 * Records made through the routes, for checks that need something real to act on: paths filled
 * with the ids of records that exist (made when there are none), parents made ready for what is
 * created under them (a survey published and opened before it takes responses), and records of a
 * given office. Everything is found from the document: a route's path says which collection each
 * of its parameters picks from, and a collection's POST makes one.
 */
import { fillPath, patiently, sample, UnsupportedSchema, type InjectResponse, type RouteInfo, type ServiceUnderTest } from './harness.js'

type Json = Record<string, unknown>

export interface Made {
  create: RouteInfo
  /** The collection's url, its parent parameters filled. */
  collection: string
  params: Record<string, string>
  id: string
  json: Json
  body: unknown
}

export const paramNames = (template: string) => [...template.matchAll(/:(\w+)/g)].map((m) => m[1]!)

/** How a record is addressed in its item path. */
export const keyOf = (json: Json | undefined): string | undefined => {
  const key = json?.id ?? json?.code ?? json?.staffId
  return key === undefined || key === null ? undefined : String(key)
}

/** The collection a path parameter picks from: the path up to it. */
export const collectionOf = (template: string, name: string) => template.slice(0, template.indexOf(`/:${name}`))

const registry = new WeakMap<ServiceUnderTest, Made[]>()
export const madeIn = (s: ServiceUnderTest): Made[] => registry.get(s) ?? (registry.set(s, []), registry.get(s)!)

/** The create of a collection template (`POST` on it), if the service has one. */
export const createOf = (s: ServiceUnderTest, collection: string) => s.routes.find((r) => r.method === 'POST' && r.url === collection)

/** Commands of the item `template` (`POST <template>/<verb>` taking If-Match), in document order. */
const commandsOf = (s: ServiceUnderTest, template: string) =>
  s.routes.filter((r) => r.method === 'POST' && r.ifMatch && r.url.startsWith(`${template}/`) && /^\/[a-z-]+$/.test(r.url.slice(template.length)))

export interface MakeOptions {
  headers?: Record<string, string>
  /** The first seed of the bodies tried (a few are). */
  seed?: number
  /** Changes a sampled body before it is sent (an office named, say). */
  shape?: (body: unknown) => unknown
}

async function send(s: ServiceUnderTest, route: RouteInfo, url: string, headers: Record<string, string>, body: unknown): Promise<InjectResponse> {
  const extra: Record<string, string> = route.idempotent ? { 'idempotency-key': `rec-${Math.random().toString(36).slice(2)}` } : {}
  return patiently(() => s.app.inject({ method: route.method as 'POST', url, headers: { ...headers, ...extra }, ...(route.body ? { payload: body as object } : {}) }))
}

/**
 * One record made with `create` under `params`. A parent that refuses it for its state (409, or
 * 422 for want of a published version) is moved on by its commands, in document order, until the
 * create succeeds: draft → publish → open for a survey taking responses.
 */
export async function makeRecord(s: ServiceUnderTest, create: RouteInfo, params: Record<string, string>, opts: MakeOptions = {}): Promise<Made | string> {
  const headers = opts.headers ?? (await s.caller())
  const url = fillPath(create.url, params)
  const names = paramNames(create.url)
  const parent = names.length ? fillPath(create.url.slice(0, create.url.lastIndexOf('/')), params) : undefined
  const commands = names.length ? commandsOf(s, create.url.slice(0, create.url.lastIndexOf('/'))) : []
  let last = ''
  for (let step = 0; step <= commands.length; step++) {
    for (let seed = opts.seed ?? 0; seed < (opts.seed ?? 0) + 4; seed++) {
      let body = sample(create.body, seed)
      if (body instanceof UnsupportedSchema) return `schema beyond the generator: ${body.reason}`
      body = await withReferences(s, create, params, body, headers)
      if (opts.shape) body = opts.shape(body)
      const res = await send(s, create, url, headers, body)
      if (res.statusCode < 300) {
        const json = res.json() as Json
        const id = keyOf(json)
        const made: Made = { create, collection: url, params, id: id ?? '', json, body }
        // Only a collection's records are looked up again (a command's answer has an id too).
        const collection = s.routes.some((r) => r.method === 'GET' && (r.url === create.url || r.url.startsWith(`${create.url}/:`)))
        if (id !== undefined && collection) madeIn(s).push(made)
        return made
      }
      last = `${res.statusCode} ${res.body.slice(0, 200)}`
      if (res.statusCode !== 409 && res.statusCode !== 422) break
    }
    const command = commands[step]
    // Only a refusal for the parent's state is worth moving the parent on for.
    if (!command || !parent || !/^4(09|22) /.test(last)) break
    // The parent's state refused it: move the parent on and try again.
    const current = await s.app.inject({ method: 'GET', url: parent, headers: await s.caller() })
    const etag = current.headers.etag as string | undefined
    const body = command.body ? sample(command.body, 0) : undefined
    await s.app.inject({
      method: 'POST', url: fillPath(command.url, params), headers: { ...(await s.caller()), ...(etag ? { 'if-match': etag } : {}) },
      ...(command.body && !(body instanceof UnsupportedSchema) ? { payload: body as object } : {})
    })
  }
  return `no record made (${create.operationId}): ${last}`
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/**
 * A body's top-level `<name>Id` fields pointed at a record of the collection `<names>` that shares
 * the path's parents (a contribution's `representativeId`: a representative of the meeting's
 * group; an action's `agendaItemId`: an item of the same meeting), made when there is none: an id
 * from an example names nothing that exists.
 */
export async function withReferences(s: ServiceUnderTest, create: RouteInfo, params: Record<string, string>, body: unknown, headers: Record<string, string>): Promise<unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body
  const out: Json = { ...(body as Json) }
  for (const key of Object.keys(out)) {
    const name = /^([a-z]\w*)Id$/.exec(key)?.[1]
    if (!name) continue
    const target = s.routes.find((r) => r.method === 'POST' && r.url.endsWith(`/${kebab(name)}s`) && paramNames(r.url).every((p) => p in params))
    if (!target || target === create) continue
    const within = Object.fromEntries(paramNames(target.url).map((p) => [p, params[p]!]))
    const url = fillPath(target.url, within)
    let id = madeIn(s).filter((m) => m.collection === url).at(-1)?.id
    if (!id) {
      const made = await makeRecord(s, target, within, { headers })
      if (typeof made !== 'string') id = made.id
    }
    if (id) out[key] = id
  }
  return out
}

/**
 * Values for `route`'s path parameters, each an existing record of the collection it picks from:
 * one this suite made there last, else the first of its list, else one made now. A parameter with
 * no collection (`versions/:version`) takes the least its schema allows.
 */
export async function pathFor(s: ServiceUnderTest, route: RouteInfo, opts: MakeOptions = {}): Promise<Record<string, string> | string> {
  const params: Record<string, string> = {}
  // A parent is made as it comes: `shape` is for the record the caller makes under it.
  const parentOpts: MakeOptions = { headers: opts.headers, seed: opts.seed }
  const headers = opts.headers ?? (await s.caller())
  for (const name of paramNames(route.url)) {
    const collection = collectionOf(route.url, name)
    const url = fillPath(collection, params)
    const mine = madeIn(s).filter((m) => m.collection === url)
    let id = mine[mine.length - 1]?.id
    if (!id) {
      const list = await s.app.inject({ method: 'GET', url: `${url}?limit=1`, headers })
      id = list.statusCode === 200 ? keyOf((list.json() as { items?: Json[] }).items?.[0]) : undefined
    }
    const create = createOf(s, collection)
    if (!id && create) {
      let made = await makeRecord(s, create, { ...params }, parentOpts)
      // The parent found may take it no more (a meeting held since takes no contributions): a fresh one.
      const parentName = Object.keys(params).at(-1)
      const parentCreate = parentName ? createOf(s, collectionOf(route.url, parentName)) : undefined
      if (typeof made === 'string' && parentName && parentCreate) {
        const parent = await makeRecord(s, parentCreate, Object.fromEntries(Object.entries(params).filter(([k]) => k !== parentName)), parentOpts)
        if (typeof parent !== 'string' && parent.id) {
          params[parentName] = parent.id
          made = await makeRecord(s, create, { ...params }, parentOpts)
        }
      }
      if (typeof made === 'string') return made
      id = made.id
    }
    if (!id) {
      const schema = (route.params?.properties as Record<string, Record<string, unknown>> | undefined)?.[name]
      const value = typeof schema?.minimum === 'number' ? schema.minimum : sample(schema, 0)
      if (value === undefined || value instanceof UnsupportedSchema) return `no value for :${name}`
      id = String(value)
    }
    params[name] = id
  }
  return params
}

/**
 * A parent that takes what `create` makes (an open survey for responses): its path, with one
 * record already made under it, so the parent was moved on as far as it had to be.
 */
export async function readyPath(s: ServiceUnderTest, create: RouteInfo, opts: MakeOptions = {}): Promise<{ params: Record<string, string>; made: Made } | string> {
  const params = await pathFor(s, create, opts)
  if (typeof params === 'string') return params
  const made = await makeRecord(s, create, params, opts)
  if (typeof made !== 'string') return { params, made }
  // The parent found may never take it (a survey with other questions, or closed): a fresh one,
  // made from the first example by a caller of the whole network.
  const names = paramNames(create.url)
  const last = names[names.length - 1]
  const parentCreate = last ? createOf(s, collectionOf(create.url, last)) : undefined
  if (!last || !parentCreate) return made
  const parent = await makeRecord(s, parentCreate, Object.fromEntries(Object.entries(params).filter(([k]) => k !== last)))
  if (typeof parent === 'string' || !parent.id) return made
  const fresh = { ...params, [last]: parent.id }
  const again = await makeRecord(s, create, fresh, opts)
  return typeof again === 'string' ? again : { params: fresh, made: again }
}

/** Does `schema` (a resolved body schema) have an `officeCode` property at any depth? */
export function namesOffice(schema: unknown): boolean {
  if (!schema || typeof schema !== 'object') return false
  const s = schema as Record<string, unknown>
  if (s.properties && typeof s.properties === 'object' && 'officeCode' in s.properties) return true
  return Object.values(s).some((v) => (Array.isArray(v) ? v.some(namesOffice) : namesOffice(v)))
}

/** `body` with every `officeCode` the schema allows, at any depth, set to `office` (added where optional). */
export function withOffice(body: unknown, schema: unknown, office: string): unknown {
  const s = objectBranch(schema)
  if (Array.isArray(body)) return body.map((item) => withOffice(item, s.items, office))
  if (!body || typeof body !== 'object') return body
  const props = (s.properties ?? {}) as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(body)) out[k] = withOffice(v, props[k], office)
  if ('officeCode' in props) out.officeCode = office
  return out
}

/** The schema itself, or the branch of its union that describes an object or an array. */
function objectBranch(schema: unknown): Record<string, unknown> {
  const s = (schema ?? {}) as Record<string, unknown>
  if (s.properties || s.items) return s
  const branches = (s.anyOf ?? s.oneOf ?? []) as Array<Record<string, unknown>>
  return branches.find((b) => b.properties || b.items) ?? s
}

/**
 * The ETag of the record at `itemUrl`: from its own GET, or, for a record the service only lists
 * (feedback categories), `"<version>"` of it in its collection's list, the platform's ETag being
 * the record's version.
 */
export async function currentEtag(s: ServiceUnderTest, itemUrl: string): Promise<string | undefined> {
  const headers = await s.caller()
  const item = await s.app.inject({ method: 'GET', url: itemUrl, headers })
  if (item.headers.etag) return String(item.headers.etag)
  const cut = itemUrl.lastIndexOf('/')
  const list = await s.app.inject({ method: 'GET', url: itemUrl.slice(0, cut), headers })
  if (list.statusCode !== 200) return undefined
  const key = decodeURIComponent(itemUrl.slice(cut + 1))
  const found = ((list.json() as { items?: Json[] }).items ?? []).find((r) => keyOf(r) === key)
  return typeof found?.version === 'number' ? `"${found.version}"` : undefined
}
