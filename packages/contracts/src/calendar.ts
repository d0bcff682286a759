/**
 * The operator's calendar as reference data, owned by the directory: public holidays and service
 * suspensions (a typhoon signal 8 or black rainstorm warning, an office closure). Pledge clocks in
 * every service count working days with them; figures are cut into the operator's local days.
 * Also the period parameters every report takes.
 */
import Type, { type Static } from 'typebox'
import { CalendarDate, DistrictCode, Instant, OfficeCode, Page, PageQuery, Uuid, ref } from './common.js'

const Version = Type.Integer({ minimum: 1, maximum: 2147483647 })

/** The longest suspension one declaration may cover; a longer closure is declared again. */
export const MAX_SUSPENSION_DAYS = 31

export const PublicHolidayStatus = Type.Enum(['active', 'retired'], {
  $id: 'PublicHolidayStatus',
  description: '`retired`: no longer a holiday (declared in error, or moved); kept so the deadlines computed with it can be explained.'
})

export const PublicHoliday = Type.Object(
  {
    id: ref(Uuid),
    date: ref(CalendarDate),
    name: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. `Lunar New Year\'s Day`.' }),
    status: ref(PublicHolidayStatus),
    retiredAt: Type.Union([ref(Instant), Type.Null()]),
    version: Version,
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'PublicHoliday', additionalProperties: false }
)
export type PublicHoliday = Static<typeof PublicHoliday>

export const CreatePublicHoliday = Type.Object(
  { date: ref(CalendarDate), name: Type.String({ minLength: 1, maxLength: 200 }) },
  { $id: 'CreatePublicHoliday', additionalProperties: false }
)
export type CreatePublicHoliday = Static<typeof CreatePublicHoliday>

export const PublicHolidayListQuery = Type.Object(
  {
    year: Type.Optional(Type.Integer({ minimum: 1800, maximum: 2199, description: 'Holidays in this calendar year, 1800 to 2199.' })),
    status: Type.Optional(Type.Union([ref(PublicHolidayStatus), Type.Literal('all')], { description: 'Default `active`.' })),
    ...PageQuery
  },
  { additionalProperties: false }
)

export const PublicHolidayPage = Page(ref(PublicHoliday), 'PublicHolidayPage')

export const SuspensionKind = Type.Enum(['typhoon_signal_8', 'black_rainstorm', 'office_closure', 'other'], {
  $id: 'SuspensionKind',
  description: 'Why service was suspended: a tropical cyclone signal No. 8 or above, a black rainstorm warning, an office closure, or another reason.'
})

export const SuspensionStatus = Type.Enum(['active', 'cancelled'], { $id: 'SuspensionStatus', description: '`cancelled`: declared in error; its days are working days again.' })

const DistrictCodes = Type.Array(ref(DistrictCode), { maxItems: 50, uniqueItems: true })
const OfficeCodes = Type.Array(ref(OfficeCode), { maxItems: 500, uniqueItems: true })

export const ServiceSuspension = Type.Object(
  {
    id: ref(Uuid),
    from: ref(CalendarDate),
    to: ref(CalendarDate),
    kind: ref(SuspensionKind),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    territoryWide: Type.Boolean({ description: 'True when no district or office is named: every clock in the territory stops.' }),
    districtCodes: DistrictCodes,
    officeCodes: OfficeCodes,
    status: ref(SuspensionStatus),
    cancelledAt: Type.Union([ref(Instant), Type.Null()]),
    cancelReason: Type.Union([Type.String({ maxLength: 500 }), Type.Null()]),
    version: Version,
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'ServiceSuspension', additionalProperties: false }
)
export type ServiceSuspension = Static<typeof ServiceSuspension>

export const CreateServiceSuspension = Type.Object(
  {
    from: ref(CalendarDate),
    to: Type.Optional(Type.Unsafe<string>({ $ref: 'CalendarDate', description: `Last day suspended, inclusive (default \`from\`); at most ${MAX_SUSPENSION_DAYS} days in all.` })),
    kind: ref(SuspensionKind),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    districtCodes: Type.Optional(Type.Array(ref(DistrictCode), { maxItems: 50, uniqueItems: true, description: 'The districts whose clocks stop; with neither list, the whole territory.' })),
    officeCodes: Type.Optional(Type.Array(ref(OfficeCode), { maxItems: 500, uniqueItems: true, description: 'The offices whose clocks stop (besides those of the districts named).' }))
  },
  { $id: 'CreateServiceSuspension', additionalProperties: false }
)
export type CreateServiceSuspension = Static<typeof CreateServiceSuspension>

export const CancelServiceSuspension = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 500 }) },
  { $id: 'CancelServiceSuspension', additionalProperties: false }
)
export type CancelServiceSuspension = Static<typeof CancelServiceSuspension>

export const ServiceSuspensionListQuery = Type.Object(
  {
    year: Type.Optional(Type.Integer({ minimum: 1800, maximum: 2199, description: 'Suspensions with a day in this calendar year, 1800 to 2199.' })),
    status: Type.Optional(Type.Union([ref(SuspensionStatus), Type.Literal('all')], { description: 'Default `active`.' })),
    ...PageQuery
  },
  { additionalProperties: false }
)

export const ServiceSuspensionPage = Page(ref(ServiceSuspension), 'ServiceSuspensionPage')

/**
 * The period parameters of every report: `from` and `to`, or `financialYear`, or neither for the
 * current financial year. Days are the operator's local days (POSTCARE_TIME_ZONE).
 */
export const periodQuery = {
  from: Type.Optional(Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'First day of the period, in the operator\'s time zone (with `to`).' })),
  to: Type.Optional(Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'Last day of the period, inclusive (with `from`); at most 3,660 days after `from`.' })),
  financialYear: Type.Optional(
    Type.Unsafe<string>({ $ref: 'FinancialYear', description: 'A financial year such as `2012/13` (April to March unless the operator set another first month), instead of from/to. Neither: the current financial year.' })
  )
}

export const calendarSchemas = [PublicHolidayStatus, PublicHoliday, CreatePublicHoliday, PublicHolidayPage, SuspensionKind, SuspensionStatus, ServiceSuspension, CreateServiceSuspension, CancelServiceSuspension, ServiceSuspensionPage]
