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

/**
 * Every date the API accepts lies between these (inclusive), stated in the schemas so clients see
 * it: no loop, sequence or SQL cast ever meets a year like 0001 or 10000.
 */
export const EARLIEST_DATE = '1800-01-01'
export const LATEST_DATE = '2199-12-31'
const YEAR = '(1[89][0-9]{2}|2[01][0-9]{2})'
/** A financial year must end by LATEST_DATE: it starts in 1800 to 2198. */
const FY_START = '(1[89][0-9]{2}|20[0-9]{2}|21[0-8][0-9]|219[0-8])'
const INSTANT_PATTERN = `^${YEAR}-[0-9]{2}-[0-9]{2}T`
const DATE_PATTERN = `^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`
const FINANCIAL_YEAR_PATTERN = `^${FY_START}/[0-9]{2}$`

export const Instant = Type.String({
  $id: 'Instant',
  format: 'date-time',
  pattern: INSTANT_PATTERN,
  maxLength: 40,
  description: `An ISO-8601 instant, for example \`2026-11-23T08:30:00Z\`, between ${EARLIEST_DATE} and ${LATEST_DATE}.`
})

export const CalendarDate = Type.String({
  $id: 'CalendarDate',
  format: 'date',
  pattern: DATE_PATTERN,
  minLength: 10,
  maxLength: 10,
  description: `A calendar date, \`YYYY-MM-DD\`, from ${EARLIEST_DATE} to ${LATEST_DATE}.`
})

/** A financial year named by the calendar years it spans, `2012/13`; the second must follow the first. */
export const FinancialYear = Type.String({
  $id: 'FinancialYear',
  pattern: FINANCIAL_YEAR_PATTERN,
  minLength: 7,
  maxLength: 7,
  description: 'A financial year, April to March by default, e.g. `2012/13`: the year it starts in and the last two digits of the next. From 1800/01 to 2198/99.'
})

/**
 * What a person should read when a value does not match one of these patterns, instead of the
 * regular expression itself.
 */
export const patternMessages: Readonly<Record<string, string>> = {
  [DATE_PATTERN]: `must be a date written YYYY-MM-DD, from ${EARLIEST_DATE} to ${LATEST_DATE}`,
  [INSTANT_PATTERN]: `must be an ISO-8601 instant such as 2026-11-23T08:30:00Z, from ${EARLIEST_DATE} to ${LATEST_DATE}`,
  [FINANCIAL_YEAR_PATTERN]: 'must be a financial year such as 2012/13, from 1800/01 to 2198/99'
}

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
export const commonSchemas = [Instant, CalendarDate, FinancialYear, Uuid, OfficeCode, DistrictCode, RegionClass, Channel, Money, FieldError, Problem, Period, Health]

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
