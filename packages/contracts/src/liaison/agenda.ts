/** The agenda: items (with papers and declarations of interest), members' contributions, and matters arising. */
import Type, { type Static } from 'typebox'
import { CalendarDate, Instant, Uuid, ref } from '../common.js'
import { StaffId } from '../directory.js'
import { CategoryCode } from '../feedback/taxonomy.js'
import { PERSONAL_DATA_SUBJECT, PERSONAL_DATA_SUBJECT_ID, personal } from '../personal-data.js'
import { createAgendaItemExamples, createContributionExamples, createDeclarationExamples } from './examples.js'
import { ActionStatus, LiaisonTitle, PaperMediaType, Visibility } from './taxonomy.js'

const Version = Type.Integer({ minimum: 1, maximum: 2147483647 })
const Position = Type.Integer({ minimum: 1, maximum: 200, description: 'Place on the agenda, from 1.' })
const Category = Type.Unsafe<string>({ $ref: 'CategoryCode', description: 'The feedback category the item concerns: one of feedback\'s live categories (`GET /v1/feedback/categories`), so it can be read beside complaints.' })

export const CreateAgendaItem = Type.Object(
  {
    title: ref(LiaisonTitle),
    category: Category,
    visibility: Type.Optional(Type.Unsafe<string>({ $ref: 'LiaisonVisibility', description: 'Default `public`.' })),
    presenterRepresentativeId: Type.Optional(Type.Unsafe<string>({ $ref: 'Uuid', description: 'A representative of the group who presents the item (or give `presenterStaffId`).' })),
    presenterStaffId: Type.Optional(Type.Unsafe<string>({ $ref: 'StaffId', description: 'A member of staff who presents the item, from the directory.' })),
    position: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, description: 'Default: after the last item.' }))
  },
  { $id: 'CreateLiaisonAgendaItem', additionalProperties: false, examples: createAgendaItemExamples }
)
export type CreateAgendaItem = Static<typeof CreateAgendaItem>

export const UpdateAgendaItem = Type.Object(
  {
    title: Type.Optional(ref(LiaisonTitle)),
    category: Type.Optional(ref(CategoryCode)),
    visibility: Type.Optional(ref(Visibility)),
    position: Type.Optional(Position)
  },
  { $id: 'UpdateLiaisonAgendaItem', additionalProperties: false, minProperties: 1, description: 'Visibility may change at any time, after publication too: the public record follows at once.' }
)
export type UpdateAgendaItem = Static<typeof UpdateAgendaItem>

export const Paper = Type.Object(
  {
    id: ref(Uuid),
    agendaItemId: ref(Uuid),
    title: ref(LiaisonTitle),
    status: Type.Enum(['awaiting_content', 'ready'], { description: '`awaiting_content` until its file is uploaded (`PUT …/content`).' }),
    mediaType: Type.Union([ref(PaperMediaType), Type.Null()]),
    sizeBytes: Type.Union([Type.Integer({ minimum: 1, maximum: 20 * 1024 * 1024 }), Type.Null()]),
    sha256: Type.Union([Type.String({ pattern: '^[0-9a-f]{64}$', minLength: 64, maxLength: 64 }), Type.Null()]),
    uploadedAt: Type.Union([ref(Instant), Type.Null()]),
    version: Version,
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'LiaisonPaper', additionalProperties: false }
)
export type Paper = Static<typeof Paper>

export const CreatePaper = Type.Object({ title: ref(LiaisonTitle) }, { $id: 'CreateLiaisonPaper', additionalProperties: false })

export const Declaration = Type.Object(
  {
    id: ref(Uuid),
    agendaItemId: ref(Uuid),
    representativeId: ref(Uuid),
    name: personal(Type.String({ maxLength: 200 }), 'name'),
    interest: Type.String({ maxLength: 1000 }),
    createdAt: ref(Instant)
  },
  { $id: 'LiaisonDeclaration', additionalProperties: false, [PERSONAL_DATA_SUBJECT]: 'liaison_representative', [PERSONAL_DATA_SUBJECT_ID]: 'representativeId' }
)

export const CreateDeclaration = Type.Object(
  {
    representativeId: Type.Unsafe<string>({ $ref: 'Uuid', description: 'A member of the group whose term covers the meeting day.' }),
    interest: Type.String({ minLength: 1, maxLength: 1000, description: 'The interest declared, as it will be minuted.' })
  },
  { $id: 'CreateLiaisonDeclaration', additionalProperties: false, examples: createDeclarationExamples }
)

export const AgendaItem = Type.Object(
  {
    id: ref(Uuid),
    meetingId: ref(Uuid),
    position: Position,
    title: ref(LiaisonTitle),
    category: ref(CategoryCode),
    visibility: ref(Visibility),
    presenter: Type.Union([
      Type.Object(
        { representativeId: Type.Union([ref(Uuid), Type.Null()]), staffId: Type.Union([ref(StaffId), Type.Null()]), name: personal(Type.String({ maxLength: 200 }), 'name') },
        { additionalProperties: false }
      ),
      Type.Null()
    ]),
    contributionId: Type.Union([ref(Uuid), Type.Null()], { description: 'The member\'s contribution it was accepted from.' }),
    papers: Type.Array(ref(Paper), { maxItems: 50 }),
    declarations: Type.Array(ref(Declaration), { maxItems: 200 }),
    version: Type.Unsafe<number>({ ...Version, description: 'Raised by a change of the item and by a paper or declaration added to it.' }),
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'LiaisonAgendaItem', additionalProperties: false }
)
export type AgendaItem = Static<typeof AgendaItem>

export const MatterArising = Type.Object(
  {
    actionId: ref(Uuid),
    title: Type.String({ maxLength: 500 }),
    ownerStaffId: ref(StaffId),
    dueOn: ref(CalendarDate),
    status: ref(ActionStatus),
    overdue: Type.Boolean(),
    raisedAtMeetingId: ref(Uuid)
  },
  { $id: 'LiaisonMatterArising', additionalProperties: false }
)

export const Agenda = Type.Object(
  {
    meetingId: ref(Uuid),
    items: Type.Array(ref(AgendaItem), { maxItems: 200 }),
    mattersArising: Type.Array(ref(MatterArising), {
      maxItems: 500,
      description: 'Actions of the group raised at earlier meetings and still open, carried here automatically; fixed when the meeting is held.'
    })
  },
  { $id: 'LiaisonAgenda', additionalProperties: false }
)
export type Agenda = Static<typeof Agenda>

export const CreateContribution = Type.Object(
  {
    representativeId: Type.Unsafe<string>({ $ref: 'Uuid', description: 'The member contributing: one whose term covers the meeting day.' }),
    title: ref(LiaisonTitle),
    category: Category,
    summary: Type.String({ minLength: 1, maxLength: 5000, description: 'What the member wants discussed, and why.' })
  },
  { $id: 'CreateLiaisonContribution', additionalProperties: false, examples: createContributionExamples }
)
export type CreateContribution = Static<typeof CreateContribution>

export const Contribution = Type.Object(
  {
    id: ref(Uuid),
    meetingId: ref(Uuid),
    representativeId: ref(Uuid),
    title: ref(LiaisonTitle),
    category: ref(CategoryCode),
    summary: Type.String({ maxLength: 5000 }),
    status: Type.Enum(['submitted', 'accepted', 'declined']),
    agendaItemId: Type.Union([ref(Uuid), Type.Null()], { description: 'The agenda item it became, once accepted.' }),
    decisionNote: Type.Union([Type.String({ maxLength: 1000 }), Type.Null()]),
    version: Version,
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'LiaisonContribution', additionalProperties: false }
)
export type Contribution = Static<typeof Contribution>

export const ContributionList = Type.Object({ items: Type.Array(ref(Contribution), { maxItems: 500 }) }, { $id: 'LiaisonContributionList', additionalProperties: false })

export const AcceptContribution = Type.Object(
  { visibility: Type.Optional(Type.Unsafe<string>({ $ref: 'LiaisonVisibility', description: 'Of the agenda item made from it; default `public`.' })) },
  { $id: 'AcceptLiaisonContribution', additionalProperties: false }
)
