/** Representatives: who sits in a group, for which constituency, in which position, for how long. */
import Type, { type Static } from 'typebox'
import { CalendarDate, Instant, Page, PageQuery, Uuid, ref } from '../common.js'
import { StaffId } from '../directory.js'
import { PERSONAL_DATA_STATUS, PERSONAL_DATA_SUBJECT, personal } from '../personal-data.js'
import { createRepresentativeExamples } from './examples.js'
import { Constituency, Position } from './taxonomy.js'

const Version = Type.Integer({ minimum: 1, maximum: 2147483647 })
const Email = personal(Type.String({ format: 'email', minLength: 3, maxLength: 254 }), 'email')
const Phone = personal(Type.String({ pattern: '^\\+?[0-9][0-9 ()-]{5,24}$', minLength: 6, maxLength: 25 }), 'phone')
export const MessageLanguage = Type.Enum(['en', 'zh-Hant', 'ko'], { $id: 'LiaisonMessageLanguage', description: 'The language notices and reminders are sent in.' })

export const CreateRepresentative = Type.Object(
  {
    constituency: ref(Constituency),
    position: ref(Position),
    staffId: Type.Optional(Type.Unsafe<string>({ $ref: 'StaffId', description: 'Required for constituency `official` (and only then): the directory staff member; the name comes from the directory.' })),
    name: Type.Optional(personal(Type.String({ minLength: 1, maxLength: 200, description: 'Required for every constituency but `official`.' }), 'name')),
    organisation: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'e.g. `Sha Tin District Council`, `Hong Kong Philatelic Society`.' })),
    email: Type.Optional(Email),
    phone: Type.Optional(Phone),
    language: Type.Optional(Type.Unsafe<string>({ $ref: 'LiaisonMessageLanguage', description: 'Default `en`.' })),
    termStart: Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'First day of the term of appointment.' }),
    termEnd: Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'Last day of the term, inclusive; not before `termStart`.' }),
    consentToPublishName: Type.Boolean({
      default: false,
      description: 'The person consented to being named in the published record. Without it the public record shows the constituency instead of the name. Officials are always named.'
    })
  },
  { $id: 'CreateLiaisonRepresentative', additionalProperties: false, examples: createRepresentativeExamples }
)
export type CreateRepresentative = Static<typeof CreateRepresentative>

export const UpdateRepresentative = Type.Object(
  {
    position: Type.Optional(ref(Position)),
    name: Type.Optional(personal(Type.String({ minLength: 1, maxLength: 200, description: 'Not for officials (their name is the directory\'s).' }), 'name')),
    organisation: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()])),
    email: Type.Optional(Type.Union([Email, Type.Null()])),
    phone: Type.Optional(Type.Union([Phone, Type.Null()])),
    language: Type.Optional(ref(MessageLanguage)),
    termEnd: Type.Optional(Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'Extends or ends the term early; not before `termStart`.' })),
    consentToPublishName: Type.Optional(Type.Boolean())
  },
  { $id: 'UpdateLiaisonRepresentative', additionalProperties: false, minProperties: 1 }
)
export type UpdateRepresentative = Static<typeof UpdateRepresentative>

export const Representative = Type.Object(
  {
    id: ref(Uuid),
    groupId: ref(Uuid),
    constituency: ref(Constituency),
    position: ref(Position),
    staffId: Type.Union([ref(StaffId), Type.Null()]),
    name: personal(Type.String({ maxLength: 200 }), 'name'),
    organisation: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
    email: personal(Type.Union([Type.String({ maxLength: 254 }), Type.Null()]), 'email'),
    phone: personal(Type.Union([Type.String({ maxLength: 25 }), Type.Null()]), 'phone'),
    language: ref(MessageLanguage),
    termStart: ref(CalendarDate),
    termEnd: ref(CalendarDate),
    consentToPublishName: Type.Boolean(),
    personalData: Type.Enum(['full', 'masked', 'erased'], { description: '`masked` unless the caller holds `personal-data:read`; `erased` after an erasure request or the retention period.' }),
    erasedAt: Type.Union([ref(Instant), Type.Null()]),
    version: Version,
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  {
    $id: 'LiaisonRepresentative',
    additionalProperties: false,
    [PERSONAL_DATA_SUBJECT]: 'liaison_representative',
    [PERSONAL_DATA_STATUS]: 'personalData',
    description: 'Name, e-mail and phone are personal data: masked without `personal-data:read`, and each read with it is audited. An erased representative keeps the constituency and term; the name becomes `[erased]`.'
  }
)
export type Representative = Static<typeof Representative>

export const RepresentativePage = Page(ref(Representative), 'LiaisonRepresentativePage')

export const RepresentativeListQuery = Type.Object(
  {
    current: Type.Optional(Type.Boolean({ description: '`true`: only those whose term covers today (local); `false`: only those whose term does not.' })),
    ...PageQuery
  },
  { additionalProperties: false }
)

export const TermsEndingQuery = Type.Object(
  {
    termEndsWithinDays: Type.Integer({ minimum: 0, maximum: 366, default: 30, description: 'Current terms ending from today to this many days ahead (local days).' }),
    groupId: Type.Optional(ref(Uuid)),
    ...PageQuery
  },
  { additionalProperties: false }
)
