/**
 * Domain events, written by a service in the transaction of the change they report (the
 * platform's table `outbox_events`; a service never names it):
 *  - defineEvents declares the service's event types, each with the kind of record it is about and
 *    a TypeBox schema of its data. The schema is checked when the service loads: an event may
 *    carry ids, references, codes, counts and times, and nothing that could hold a person's words
 *    (no free string, nothing marked personal, no open object), so free text cannot reach an event
 *    by accident;
 *  - recordEvent / recordEvents write them in `trx`, checked against their type's schema: a
 *    rolled-back change leaves no event, a committed one is in the feed and delivered.
 */
import { DistrictCode, OfficeCode, PERSONAL_DATA } from '@postcare/contracts'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsImport from 'ajv-formats'
import type { ColumnType, Generated, Kysely } from 'kysely'
import { sql } from 'kysely'
import Type, { type Static, type TSchema } from 'typebox'

type Instant = ColumnType<Date, Date | string | undefined, Date | string>

export interface OutboxEventTable {
  id: Generated<string>
  sequence: ColumnType<number, never, never>
  /** xid8, read as text. */
  xactId: ColumnType<string, never, never>
  type: string
  subjectType: string
  subjectId: string
  data: ColumnType<unknown, string, never>
  occurredAt: Instant
  recordedAt: ColumnType<Date, never, never>
}

export class InvalidEventError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidEventError'
  }
}

const patternOf = (schema: unknown) => (schema as { pattern: string }).pattern
const OFFICE_CODE = patternOf(OfficeCode)
const DISTRICT_CODE = patternOf(DistrictCode)
const UUID = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
/** A case reference: letters, the year, a number (`CMP-2026-000304`). */
const REFERENCE = '^[A-Z]{2,5}-[0-9]{4}-[0-9]{4,12}$'
/** A code from a taxonomy the service keeps (a category): one lower-case snake_case word. */
const CODE = '^[a-z][a-z0-9_]{0,49}$'
const INTEGER_ID = '^[1-9][0-9]{0,17}$'

/**
 * The strings an event may hold. Each pattern admits no space, no `@` and no `+`, so no name,
 * sentence, e-mail address, phone number or postal address fits.
 */
export const EventField = {
  id: () => Type.String({ format: 'uuid', pattern: UUID }),
  reference: () => Type.String({ pattern: REFERENCE, maxLength: 30 }),
  officeCode: () => Type.String({ pattern: OFFICE_CODE, maxLength: 6 }),
  districtCode: () => Type.String({ pattern: DISTRICT_CODE, maxLength: 3 }),
  code: () => Type.String({ pattern: CODE, maxLength: 50 }),
  /** One of fixed values (a status, a kind, a channel). */
  oneOf: <const V extends readonly string[]>(values: V) => Type.Enum([...values]),
  instant: () => Type.String({ format: 'date-time', maxLength: 40 }),
  date: () => Type.String({ format: 'date', maxLength: 10 }),
  count: (maximum = 2_147_483_647) => Type.Integer({ minimum: 0, maximum })
}

const SAFE_PATTERNS = new Set([UUID, REFERENCE, CODE, OFFICE_CODE, DISTRICT_CODE])
const SAFE_FORMATS = new Set(['uuid', 'date-time', 'date'])
const TYPE_NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/
const SUBJECT_TYPE = /^[a-z][a-z0-9_]{0,59}$/
const SUBJECT_ID = new RegExp([UUID, REFERENCE, OFFICE_CODE, INTEGER_ID].map((p) => `(?:${p})`).join('|'))
/** The largest `data` an event may have, as JSON. */
export const MAX_EVENT_DATA_BYTES = 8192

/** Why `schema` (at `path`) could carry something an event must not, or undefined. */
function unsafe(schema: Record<string, any>, path: string): string | undefined {
  if (PERSONAL_DATA in schema) return `${path} is marked as personal data`
  if ('$ref' in schema) return `${path} is a $ref: declare the field with EventField instead`
  if (Array.isArray(schema.anyOf)) {
    for (const [i, branch] of schema.anyOf.entries()) {
      const why = unsafe(branch, path)
      if (why) return why + (schema.anyOf.length > 1 ? ` (in alternative ${i + 1})` : '')
    }
    return undefined
  }
  if (Array.isArray(schema.enum) || 'const' in schema) return undefined
  switch (schema.type) {
    case 'null':
    case 'boolean':
      return undefined
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' && typeof schema.maximum === 'number' ? undefined : `${path} is a number without a minimum and a maximum`
    case 'string':
      if (SAFE_FORMATS.has(schema.format) || SAFE_PATTERNS.has(schema.pattern)) return undefined
      return `${path} is a free string: events hold ids, references, codes and times (EventField.*), never text`
    case 'array':
      if (typeof schema.maxItems !== 'number' || schema.maxItems > 1000) return `${path} is an array without maxItems (at most 1000)`
      return schema.items && !Array.isArray(schema.items) ? unsafe(schema.items, `${path}[]`) : `${path} needs one items schema`
    case 'object': {
      if (schema.additionalProperties !== false || schema.patternProperties) return `${path} is an open object: set additionalProperties: false`
      for (const [key, value] of Object.entries<Record<string, any>>(schema.properties ?? {})) {
        const why = unsafe(value, `${path}.${key}`)
        if (why) return why
      }
      return undefined
    }
    default:
      return `${path} has no type an event may hold`
  }
}

export interface EventDefinition {
  /** The kind of record the event is about, e.g. `feedback_item`. */
  subject: string
  /** What a consumer should understand by it. */
  description: string
  data: TSchema
}

export interface EventTypeDescription {
  type: string
  subjectType: string
  description: string
  data: Record<string, unknown>
}

export interface Events<T extends Record<string, EventDefinition>> {
  readonly types: ReadonlyArray<keyof T & string>
  describe(): EventTypeDescription[]
  /** Throws InvalidEventError when `data` does not match the type's schema. */
  check(type: string, data: unknown): void
  subjectOf(type: string): string
}

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv

/** Checks every definition (throws InvalidEventError naming the field), and compiles their schemas. */
export function defineEvents<T extends Record<string, EventDefinition>>(definitions: T): Events<T> {
  const ajv = addFormats(new Ajv({ coerceTypes: false, useDefaults: false, removeAdditional: false, allErrors: false, strict: false, allowUnionTypes: true }))
  const validators = new Map<string, ValidateFunction>()
  for (const [type, def] of Object.entries(definitions)) {
    if (!TYPE_NAME.test(type) || type.length > 100) throw new InvalidEventError(`event type "${type}" must be <subject>.<change> in lower-case snake_case`)
    if (!SUBJECT_TYPE.test(def.subject)) throw new InvalidEventError(`${type}: subject "${def.subject}" must be a snake_case word`)
    const data = def.data as Record<string, any>
    if (data.type !== 'object') throw new InvalidEventError(`${type}: data must be an object schema`)
    const why = unsafe(data, `${type}: data`)
    if (why) throw new InvalidEventError(why)
    validators.set(type, ajv.compile(def.data))
  }
  const known = (type: string) => {
    const v = validators.get(type)
    if (!v) throw new InvalidEventError(`no event type "${type}" is defined`)
    return v
  }
  return {
    types: Object.keys(definitions),
    describe: () => Object.entries(definitions).map(([type, d]) => ({ type, subjectType: d.subject, description: d.description, data: JSON.parse(JSON.stringify(d.data)) })),
    check(type, data) {
      const validate = known(type)
      if (!validate(data)) {
        const e = validate.errors?.[0]
        throw new InvalidEventError(`${type}: data${e?.instancePath.replaceAll('/', '.') ?? ''} ${e?.message ?? 'is not valid'}`)
      }
    },
    subjectOf: (type) => (known(type), definitions[type]!.subject)
  }
}

export interface EventInput<T extends Record<string, EventDefinition>, K extends keyof T & string> {
  type: K
  /** The id of the record it is about (of the type's subject): a uuid, a reference, an office code or a number. */
  subjectId: string
  data: Static<T[K]['data']>
  /** When it happened, if not now (a pledge breached at its deadline). */
  occurredAt?: Date
}

/**
 * Writes events in `trx`, the transaction of the change they report. Throws InvalidEventError
 * (and so fails that transaction) when one does not match its type.
 */
export async function recordEvents<T extends Record<string, EventDefinition>, K extends keyof T & string>(
  trx: Kysely<any>,
  events: Events<T>,
  inputs: ReadonlyArray<EventInput<T, K>>
): Promise<Array<{ id: string }>> {
  if (!trx.isTransaction) throw new Error('recordEvent must run in the transaction of the change the event reports')
  const rows = inputs.map((e) => {
    events.check(e.type, e.data)
    if (typeof e.subjectId !== 'string' || e.subjectId.length > 100 || !SUBJECT_ID.test(e.subjectId)) {
      throw new InvalidEventError(`${e.type}: subjectId must be a uuid, a reference, an office code or a number`)
    }
    const data = JSON.stringify(e.data)
    if (Buffer.byteLength(data) > MAX_EVENT_DATA_BYTES) throw new InvalidEventError(`${e.type}: data is over ${MAX_EVENT_DATA_BYTES} bytes`)
    return { type: e.type, subjectType: events.subjectOf(e.type), subjectId: e.subjectId, data, occurredAt: e.occurredAt ?? sql<Date>`date_trunc('milliseconds', now())` }
  })
  const out: Array<{ id: string }> = []
  for (let i = 0; i < rows.length; i += 1000) {
    out.push(...(await trx.insertInto('outboxEvents').values(rows.slice(i, i + 1000)).returning('id').execute()))
  }
  return out
}

export async function recordEvent<T extends Record<string, EventDefinition>, K extends keyof T & string>(trx: Kysely<any>, events: Events<T>, input: EventInput<T, K>): Promise<{ id: string }> {
  const [row] = await recordEvents(trx, events, [input])
  return row!
}
