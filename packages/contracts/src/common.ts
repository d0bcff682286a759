/**
 * Shared building blocks of every Postcare contract. Each reusable schema carries a `$id` and is
 * registered once per service, so the OpenAPI documents show named components.
 */
import Type, { type Static, type TSchema } from 'typebox'

/** A `$ref` to a named component, typed as the component itself. */
export function ref<T extends TSchema & { $id?: string }>(schema: T) {
  if (!schema.$id) throw new Error('ref() needs a schema with a $id')
  return Type.Unsafe<Static<T>>({ $ref: schema.$id })
}

export const Instant = Type.String({
  $id: 'Instant',
  format: 'date-time',
  maxLength: 40,
  description: 'An ISO-8601 instant in UTC, for example `2026-11-23T08:30:00Z`.'
})

export const CalendarDate = Type.String({
  $id: 'CalendarDate',
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  maxLength: 10,
  description: 'A calendar date, `YYYY-MM-DD`.'
})

export const Uuid = Type.String({ $id: 'Uuid', format: 'uuid', maxLength: 36 })

export const OfficeCode = Type.String({
  $id: 'OfficeCode',
  pattern: '^[A-Z]{3}[0-9]{3}$',
  minLength: 6,
  maxLength: 6,
  description: 'A post office code: three letters of the district and a three-digit number, e.g. `KLN012`.'
})

export const DistrictCode = Type.String({
  $id: 'DistrictCode',
  pattern: '^[A-Z]{3}$',
  minLength: 3,
  maxLength: 3,
  description: 'A three-letter district code, e.g. `KLN`.'
})

export const regionClasses = ['urban', 'rural', 'coastal', 'island_remote'] as const
export const RegionClass = Type.Enum([...regionClasses], {
  $id: 'RegionClass',
  description: 'How the place an office serves is classed, for service-equity figures: urban, rural, coastal or island_remote.'
})
export type RegionClass = Static<typeof RegionClass>

export const channels = ['counter', 'delivery', 'hotline', 'web', 'email', 'letter', 'mobile', 'social'] as const
export const Channel = Type.Enum([...channels], { $id: 'Channel', description: 'The service channel a record came through.' })
export type Channel = Static<typeof Channel>

export const Money = Type.Object(
  {
    amountMinor: Type.Integer({ minimum: 0, maximum: 100_000_000_00, description: 'Integer minor units (cents).' }),
    currency: Type.String({ pattern: '^[A-Z]{3}$', minLength: 3, maxLength: 3, description: 'ISO 4217 code.' })
  },
  { $id: 'Money', additionalProperties: false }
)
export type Money = Static<typeof Money>

export const FieldError = Type.Object(
  {
    field: Type.String({ maxLength: 500, description: 'Where the problem is: `body/items/3/officeCode`, `query/limit`.' }),
    message: Type.String({ maxLength: 1000 })
  },
  { $id: 'FieldError', additionalProperties: false }
)

/** RFC 9457 problem details, with Postcare's stable `code` and the request id. */
export const Problem = Type.Object(
  {
    type: Type.String({ maxLength: 200, description: 'A URI naming the kind of problem.' }),
    title: Type.String({ maxLength: 200 }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.Optional(Type.String({ maxLength: 2000 })),
    instance: Type.Optional(Type.String({ maxLength: 2000 })),
    code: Type.String({ maxLength: 100, pattern: '^[A-Z][A-Z0-9_]*$', description: 'Stable machine code, e.g. `FEEDBACK_NOT_FOUND`.' }),
    requestId: Type.String({ maxLength: 100 }),
    errors: Type.Optional(Type.Array(ref(FieldError), { maxItems: 1000 })),
    allowed: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50, description: 'For illegal transitions: the commands allowed now.' }))
  },
  { $id: 'Problem', additionalProperties: true }
)
export type Problem = Static<typeof Problem>

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Page size, 1 to 500.' })),
  cursor: Type.Optional(Type.String({ maxLength: 1000, description: 'Opaque cursor from a previous page\'s `nextCursor`.' }))
}

export function Page<T extends TSchema>(item: T, id: string) {
  return Type.Object(
    {
      items: Type.Array(item, { maxItems: 500 }),
      nextCursor: Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], { description: 'Null on the last page.' })
    },
    { $id: id, additionalProperties: false }
  )
}

/** A reporting period: first and last calendar day, both inclusive. */
export const Period = Type.Object({ from: ref(CalendarDate), to: ref(CalendarDate) }, { $id: 'Period', additionalProperties: false })
export type Period = Static<typeof Period>

export const Health = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
    service: Type.String({ maxLength: 50 }),
    checks: Type.Optional(Type.Record(Type.String({ maxLength: 50 }), Type.String({ maxLength: 200 })))
  },
  { $id: 'Health', additionalProperties: false }
)

/** Components every service registers. */
export const commonSchemas = [Instant, CalendarDate, Uuid, OfficeCode, DistrictCode, RegionClass, Channel, Money, FieldError, Problem, Period, Health]

/** Headers of a change: If-Match with the ETag last read (428 when missing, 412 when stale). */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ maxLength: 100, description: 'The ETag from your last read; required.' }))
})

/** Headers of a create: an optional Idempotency-Key that makes retries safe. */
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 1, maxLength: 255, description: 'Any unique string per intended create; retries with the same key and body replay the first response.' })
  )
})
