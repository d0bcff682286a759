/**
 * Directory contracts: districts, post offices and staff — the reference data every other service
 * validates against and splits its figures by.
 */
import Type, { type Static } from 'typebox'
import { CalendarDate, DistrictCode, Instant, OfficeCode, Page, PageQuery, RegionClass, ref } from './common.js'

const Name = Type.String({ minLength: 1, maxLength: 200 })

export const District = Type.Object(
  {
    code: ref(DistrictCode),
    name: Name,
    area: Type.String({ minLength: 1, maxLength: 100, description: 'The wider area the district belongs to, e.g. `Kowloon`.' }),
    version: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'District', additionalProperties: false }
)
export type District = Static<typeof District>

export const CreateDistrict = Type.Object(
  { code: ref(DistrictCode), name: Name, area: Type.String({ minLength: 1, maxLength: 100 }) },
  { $id: 'CreateDistrict', additionalProperties: false }
)
export type CreateDistrict = Static<typeof CreateDistrict>

export const UpdateDistrict = Type.Object(
  { name: Type.Optional(Name), area: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  { $id: 'UpdateDistrict', additionalProperties: false, minProperties: 1 }
)
export type UpdateDistrict = Static<typeof UpdateDistrict>

export const DistrictPage = Page(ref(District), 'DistrictPage')

export const OfficeStatus = Type.Enum(['open', 'closed'], { $id: 'OfficeStatus' })

export const Office = Type.Object(
  {
    code: ref(OfficeCode),
    name: Name,
    districtCode: ref(DistrictCode),
    regionClass: ref(RegionClass),
    address: Type.String({ minLength: 1, maxLength: 500 }),
    status: ref(OfficeStatus),
    openedOn: ref(CalendarDate),
    closedOn: Type.Union([ref(CalendarDate), Type.Null()]),
    version: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'Office', additionalProperties: false }
)
export type Office = Static<typeof Office>

export const CreateOffice = Type.Object(
  {
    code: ref(OfficeCode),
    name: Name,
    districtCode: ref(DistrictCode),
    regionClass: ref(RegionClass),
    address: Type.String({ minLength: 1, maxLength: 500 }),
    openedOn: ref(CalendarDate)
  },
  { $id: 'CreateOffice', additionalProperties: false }
)
export type CreateOffice = Static<typeof CreateOffice>

export const UpdateOffice = Type.Object(
  {
    name: Type.Optional(Name),
    regionClass: Type.Optional(ref(RegionClass)),
    address: Type.Optional(Type.String({ minLength: 1, maxLength: 500 }))
  },
  { $id: 'UpdateOffice', additionalProperties: false, minProperties: 1 }
)
export type UpdateOffice = Static<typeof UpdateOffice>

export const CloseOffice = Type.Object(
  { closedOn: ref(CalendarDate) },
  { $id: 'CloseOffice', additionalProperties: false }
)

export const OfficePage = Page(ref(Office), 'OfficePage')

export const OfficeListQuery = Type.Object(
  {
    districtCode: Type.Optional(ref(DistrictCode)),
    regionClass: Type.Optional(ref(RegionClass)),
    status: Type.Optional(ref(OfficeStatus)),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Case-insensitive match on the office name or code.' })),
    ...PageQuery
  },
  { additionalProperties: false }
)

/** Grades of staff, the senior officials who chair liaison groups last, up to the Postmaster General. */
export const staffGrades = [
  'postmaster', 'assistant_postmaster', 'postal_officer', 'counter_clerk', 'postman', 'customer_service_officer', 'account_manager',
  'chief_postmaster', 'assistant_postmaster_general', 'deputy_postmaster_general', 'postmaster_general'
] as const
export const StaffGrade = Type.Enum([...staffGrades], {
  $id: 'StaffGrade',
  description: 'Grade or role of a member of staff. Senior officials: `chief_postmaster`, `assistant_postmaster_general`, `deputy_postmaster_general` and the `postmaster_general`.'
})

export const StaffId = Type.String({ $id: 'StaffId', pattern: '^S[0-9]{6}$', minLength: 7, maxLength: 7, description: 'Staff number, e.g. `S000123`.' })

export const Staff = Type.Object(
  {
    id: ref(StaffId),
    name: Name,
    grade: ref(StaffGrade),
    officeCode: ref(OfficeCode),
    active: Type.Boolean(),
    version: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'Staff', additionalProperties: false }
)
export type Staff = Static<typeof Staff>

export const CreateStaff = Type.Object(
  { id: ref(StaffId), name: Name, grade: ref(StaffGrade), officeCode: ref(OfficeCode) },
  { $id: 'CreateStaff', additionalProperties: false }
)
export type CreateStaff = Static<typeof CreateStaff>

export const UpdateStaff = Type.Object(
  {
    name: Type.Optional(Name),
    grade: Type.Optional(ref(StaffGrade)),
    officeCode: Type.Optional(ref(OfficeCode)),
    active: Type.Optional(Type.Boolean())
  },
  { $id: 'UpdateStaff', additionalProperties: false, minProperties: 1 }
)
export type UpdateStaff = Static<typeof UpdateStaff>

export const StaffPage = Page(ref(Staff), 'StaffPage')

export const StaffListQuery = Type.Object(
  {
    officeCode: Type.Optional(ref(OfficeCode)),
    grade: Type.Optional(ref(StaffGrade)),
    active: Type.Optional(Type.Boolean()),
    ...PageQuery
  },
  { additionalProperties: false }
)

export const directorySchemas = [District, CreateDistrict, UpdateDistrict, DistrictPage, OfficeStatus, Office, CreateOffice, UpdateOffice, CloseOffice, OfficePage, StaffGrade, StaffId, Staff, CreateStaff, UpdateStaff, StaffPage]
