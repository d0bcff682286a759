/**
 * Disclosure of personal data, generated from the marks in the contracts (see
 * `@postcare/contracts` personal-data.ts): every answer a route gives passes through here on its
 * way out, whatever produced it (a read, a list, a create, an idempotent replay, a batch result,
 * a timeline), and so does every record of an export stream.
 *  - A caller without `personal-data:read` gets each marked field masked by its kind.
 *  - A caller with it gets the data, and each record whose marked fields held something is
 *    written to the audit log (`personal_data.read`, or the action the route names) under the
 *    caller and the request id, before the answer leaves. If the audit cannot be written, the
 *    answer is not sent (the error handler makes it a 503).
 * The walk follows a plan compiled once per schema: only the paths that lead to a mark are
 * visited.
 */
import {
  PERSONAL_DATA,
  PERSONAL_DATA_STATUS,
  PERSONAL_DATA_SUBJECT,
  PERSONAL_DATA_SUBJECT_ID,
  type PersonalDataKind
} from '@postcare/contracts'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { audit, type AuditEntry } from './audit.js'
import { notModified } from './conditional.js'
import { hasScope, type Identity } from './identity.js'

export const PERSONAL_DATA_SCOPE = 'personal-data:read'
export const WITHHELD = '[withheld: needs personal-data:read]'
/** What erasure leaves in place of free text (every service writes this): no longer personal data. */
export const ERASED_TEXT = '[erased]'

type Schema = Record<string, unknown>

interface Plan {
  mark?: PersonalDataKind
  props?: Map<string, Plan>
  items?: Plan
  subject?: { type: string; idField: string }
  statusField?: string
}

const initials = (v: string) => v.split(/\s+/).filter(Boolean).map((w) => `${w[0]}***`).join(' ')
const maskers: Record<PersonalDataKind, (v: string) => string> = {
  name: initials,
  email: (v) => {
    const at = v.lastIndexOf('@')
    return at < 0 ? '***' : `${v.slice(0, 1)}***${v.slice(at)}`
  },
  phone: (v) => `***${v.replace(/\s+/g, '').slice(-4)}`,
  identifier: (v) => `***${v.slice(-3)}`,
  address: () => '***',
  text: () => WITHHELD
}

/** Masks one value of a marked field; non-strings (a number, an object) are withheld whole. */
export function maskValue(kind: PersonalDataKind, value: unknown): unknown {
  if (value === null || value === undefined) return value
  return typeof value === 'string' ? maskers[kind](value) : kind === 'text' ? WITHHELD : null
}

function merge(a: Plan | undefined, b: Plan | undefined): Plan | undefined {
  if (!a) return b
  if (!b) return a
  const props = new Map(a.props ?? [])
  for (const [k, v] of b.props ?? []) props.set(k, merge(props.get(k), v)!)
  return {
    mark: a.mark ?? b.mark,
    props: props.size ? props : undefined,
    items: merge(a.items, b.items),
    subject: a.subject ?? b.subject,
    statusField: a.statusField ?? b.statusField
  }
}

export type SchemaResolver = (id: string) => Schema | undefined

/** What of `schema` leads to personal data; undefined when nothing does. */
export function compilePlan(schema: unknown, resolve: SchemaResolver, seen: readonly string[] = []): Plan | undefined {
  if (!schema || typeof schema !== 'object') return undefined
  const s = schema as Schema
  if (typeof s[PERSONAL_DATA] === 'string') return { mark: s[PERSONAL_DATA] as PersonalDataKind }
  let plan: Plan | undefined
  if (typeof s.$ref === 'string') {
    const id = s.$ref.replace(/^#\/components\/schemas\//, '').replace(/#$/, '')
    if (!seen.includes(id)) plan = merge(plan, compilePlan(resolve(id), resolve, [...seen, id]))
  }
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    if (Array.isArray(s[key])) for (const branch of s[key] as unknown[]) plan = merge(plan, compilePlan(branch, resolve, seen))
  }
  if (s.items) plan = merge(plan, { items: compilePlan(s.items, resolve, seen) })
  if (s.properties && typeof s.properties === 'object') {
    const props = new Map<string, Plan>()
    for (const [name, child] of Object.entries(s.properties as Record<string, unknown>)) {
      const p = compilePlan(child, resolve, seen)
      if (p) props.set(name, p)
    }
    if (props.size) plan = merge(plan, { props })
  }
  if (s.additionalProperties && typeof s.additionalProperties === 'object') {
    const p = compilePlan(s.additionalProperties, resolve, seen)
    if (p) plan = merge(plan, { props: new Map([['*', p]]) })
  }
  if (!plan || (!plan.mark && !plan.props && !plan.items)) return undefined
  if (typeof s[PERSONAL_DATA_SUBJECT] === 'string') plan.subject = { type: s[PERSONAL_DATA_SUBJECT] as string, idField: typeof s[PERSONAL_DATA_SUBJECT_ID] === 'string' ? (s[PERSONAL_DATA_SUBJECT_ID] as string) : 'id' }
  if (typeof s[PERSONAL_DATA_STATUS] === 'string') plan.statusField = s[PERSONAL_DATA_STATUS] as string
  return plan
}

interface Walk {
  full: boolean
  subjects: Map<string, { type: string; id: string }>
}

/** `value` as the caller may see it; returns a copy where anything changed. Records what was disclosed. */
function apply(plan: Plan, value: unknown, walk: Walk): { value: unknown; held: boolean } {
  if (value === null || value === undefined || value === ERASED_TEXT) return { value, held: false }
  if (plan.mark) {
    if (walk.full) return { value, held: true }
    return { value: maskValue(plan.mark, value), held: true }
  }
  if (Array.isArray(value)) {
    if (!plan.items) return { value, held: false }
    let held = false
    const out = value.map((v) => {
      const r = apply(plan.items!, v, walk)
      held ||= r.held
      return r.value
    })
    return { value: out, held }
  }
  if (typeof value !== 'object' || !plan.props) return { value, held: false }
  const record = value as Record<string, unknown>
  const out: Record<string, unknown> = { ...record }
  let held = false
  const wildcard = plan.props.get('*')
  for (const key of Object.keys(record)) {
    const child = plan.props.get(key) ?? wildcard
    if (!child) continue
    const r = apply(child, record[key], walk)
    out[key] = r.value
    held ||= r.held
  }
  if (held && plan.statusField && !walk.full && out[plan.statusField] === 'full') out[plan.statusField] = 'masked'
  if (held && walk.full && plan.subject) {
    const id = record[plan.subject.idField]
    if (typeof id === 'string' || typeof id === 'number') walk.subjects.set(`${plan.subject.type} ${id}`, { type: plan.subject.type, id: String(id) })
  }
  return { value: out, held }
}

/** Applies `plan` for `identity`: the value to send, and the audit entries its disclosure needs. */
export interface DisclosureContext {
  action: string
  requestId: string
  operationId?: string
  /** An Idempotency-Key replay: what was answered before, shown again. */
  replay?: boolean
}

export function disclose(plan: Plan | undefined, value: unknown, identity: Identity, context: DisclosureContext): { value: unknown; entries: AuditEntry[] } {
  if (!plan) return { value, entries: [] }
  const walk: Walk = { full: hasScope(identity, PERSONAL_DATA_SCOPE), subjects: new Map() }
  const result = apply(plan, value, walk)
  const entries = [...walk.subjects.values()].map((s) => ({
    caller: identity.sub,
    action: context.action,
    subjectType: s.type,
    subjectId: s.id,
    requestId: context.requestId,
    details: { ...(context.operationId ? { operationId: context.operationId } : {}), ...(context.replay ? { replay: true } : {}) }
  }))
  return { value: result.value, entries }
}

/** The JSON schema a route declares for a status (a `$ref`, an object, or OpenAPI `content`). */
function responseSchema(request: FastifyRequest, status: number): unknown {
  const responses = (request.routeOptions.schema as { response?: Record<string, unknown> } | undefined)?.response
  if (!responses) return undefined
  const declared = (responses[String(status)] ?? responses[`${String(status)[0]}xx`]) as Schema | undefined
  if (!declared) return undefined
  const content = declared.content as Record<string, { schema?: unknown }> | undefined
  return content ? content['application/json']?.schema : declared
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The audit action a disclosure through this route is recorded as (default `personal_data.read`). */
    disclosure?: string
  }
}

/**
 * Masks or audits every 2xx answer of every route on its way out, from the route's declared
 * response schema. Exports and other streams call `discloseRecords` for each batch they write.
 */
export function registerDisclosure(app: FastifyInstance): (request: FastifyRequest, schemaId: string, records: unknown[]) => Promise<unknown[]> {
  const resolve: SchemaResolver = (id) => (app.getSchemas() as Record<string, Schema>)[id]
  const plans = new WeakMap<object, Map<number, Plan | undefined>>()
  const byId = new Map<string, Plan | undefined>()
  const planFor = (request: FastifyRequest, status: number) => {
    const key = request.routeOptions.schema as object | undefined
    if (!key) return undefined
    let perStatus = plans.get(key)
    if (!perStatus) plans.set(key, (perStatus = new Map()))
    if (!perStatus.has(status)) perStatus.set(status, compilePlan(responseSchema(request, status), resolve))
    return perStatus.get(status)
  }
  const context = (request: FastifyRequest) => ({
    action: request.routeOptions.config?.disclosure ?? 'personal_data.read',
    requestId: String(request.id),
    operationId: (request.routeOptions.schema as { operationId?: string } | undefined)?.operationId
  })

  app.addHook('preSerialization', async (request, reply, payload) => {
    if (!request.identity || reply.statusCode < 200 || reply.statusCode >= 300) return payload
    const { value, entries } = disclose(planFor(request, reply.statusCode), payload, request.identity, { ...context(request), replay: reply.hasHeader('idempotent-replayed') })
    // A 304 shows nothing: the caller already has what it was shown (and audited) before.
    if (!notModified(request, reply)) await audit(app.db, entries)
    return value
  })

  return async (request, schemaId, records) => {
    if (!byId.has(schemaId)) byId.set(schemaId, compilePlan({ $ref: schemaId }, resolve))
    const { value, entries } = disclose({ items: byId.get(schemaId) }, records, request.identity, context(request))
    await audit(app.db, entries)
    return value as unknown[]
  }
}
