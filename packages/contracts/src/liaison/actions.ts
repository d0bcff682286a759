/** Actions raised at meetings (owners, due dates, progress) and the views raised there: "you said, we did". */
import Type, { type Static } from 'typebox'
import { CalendarDate, Instant, Page, PageQuery, Uuid, ref } from '../common.js'
import { StaffId } from '../directory.js'
import { CategoryCode } from '../feedback/taxonomy.js'
import { PERSONAL_DATA_SUBJECT, personal } from '../personal-data.js'
import { actionProgressExamples, createActionExamples, createViewExamples } from './examples.js'
import { ActionStatus, Constituency } from './taxonomy.js'

const Version = Type.Integer({ minimum: 1, maximum: 2147483647 })

export const CreateAction = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 500 }),
    ownerStaffId: Type.Unsafe<string>({ $ref: 'StaffId', description: 'The member of staff who owns it, from the directory.' }),
    ownerEmail: Type.Optional(personal(Type.String({ format: 'email', minLength: 3, maxLength: 254, description: 'Where the owner is reminded while the action is overdue.' }), 'email')),
    dueOn: Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'Due by the end of this local day; overdue from the next.' }),
    agendaItemId: Type.Optional(Type.Unsafe<string>({ $ref: 'Uuid', description: 'The agenda item of this meeting it arose under.' })),
    viewId: Type.Optional(Type.Unsafe<string>({ $ref: 'Uuid', description: 'The view raised at this meeting it answers ("you said, we did").' }))
  },
  { $id: 'CreateLiaisonAction', additionalProperties: false, examples: createActionExamples }
)
export type CreateAction = Static<typeof CreateAction>

export const ActionProgress = Type.Object(
  {
    note: Type.String({ minLength: 1, maxLength: 2000 }),
    status: Type.Optional(Type.Unsafe<string>({ $ref: 'LiaisonActionStatus', description: 'The new status, if it changes.' }))
  },
  { $id: 'LiaisonActionProgress', additionalProperties: false, examples: actionProgressExamples }
)

export const Action = Type.Object(
  {
    id: ref(Uuid),
    groupId: ref(Uuid),
    meetingId: Type.Unsafe<string>({ $ref: 'Uuid', description: 'The meeting it was raised at.' }),
    agendaItemId: Type.Union([ref(Uuid), Type.Null()]),
    viewId: Type.Union([ref(Uuid), Type.Null()]),
    title: Type.String({ maxLength: 500 }),
    owner: Type.Object(
      { staffId: ref(StaffId), name: Type.String({ maxLength: 200 }), email: personal(Type.Union([Type.String({ maxLength: 254 }), Type.Null()]), 'email') },
      { additionalProperties: false }
    ),
    raisedOn: Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'The local day of the meeting it was raised at.' }),
    dueOn: ref(CalendarDate),
    status: ref(ActionStatus),
    overdue: Type.Boolean({ description: 'Open or in progress, and due before today (local).' }),
    progress: Type.Array(
      Type.Object({ at: ref(Instant), by: Type.String({ maxLength: 200 }), note: Type.String({ maxLength: 2000 }), status: ref(ActionStatus) }, { additionalProperties: false }),
      { maxItems: 1000 }
    ),
    closedAt: Type.Union([ref(Instant), Type.Null()]),
    version: Version,
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'LiaisonAction', additionalProperties: false, [PERSONAL_DATA_SUBJECT]: 'liaison_action' }
)
export type Action = Static<typeof Action>

export const ActionPage = Page(ref(Action), 'LiaisonActionPage')

export const ActionListQuery = Type.Object(
  {
    status: Type.Optional(ref(ActionStatus)),
    overdue: Type.Optional(Type.Boolean({ description: '`true`: only actions open or in progress and due before today.' })),
    groupId: Type.Optional(Type.Unsafe<string>({ $ref: 'Uuid', description: 'Only this group\'s (the network-wide list).' })),
    ownerStaffId: Type.Optional(ref(StaffId)),
    ...PageQuery
  },
  { additionalProperties: false }
)

export const CreateView = Type.Object(
  {
    category: Type.Unsafe<string>({ $ref: 'CategoryCode', description: 'The feedback category it concerns (one of feedback\'s live categories), so it reads beside complaints.' }),
    summary: Type.String({ minLength: 1, maxLength: 5000, description: 'The view, as minuted.' }),
    agendaItemId: Type.Optional(Type.Unsafe<string>({ $ref: 'Uuid', description: 'The agenda item of this meeting it was raised under.' })),
    representativeId: Type.Optional(Type.Unsafe<string>({ $ref: 'Uuid', description: 'Who raised it (a member of the group); its constituency is kept with the view.' }))
  },
  { $id: 'CreateLiaisonView', additionalProperties: false, examples: createViewExamples }
)
export type CreateView = Static<typeof CreateView>

export const RespondToView = Type.Object(
  { response: Type.String({ minLength: 1, maxLength: 5000, description: 'What was done about it ("we did").' }) },
  { $id: 'RespondToLiaisonView', additionalProperties: false }
)

export const View = Type.Object(
  {
    id: ref(Uuid),
    groupId: ref(Uuid),
    meetingId: ref(Uuid),
    agendaItemId: Type.Union([ref(Uuid), Type.Null()]),
    representativeId: Type.Union([ref(Uuid), Type.Null()]),
    constituency: Type.Union([ref(Constituency), Type.Null()]),
    category: ref(CategoryCode),
    summary: Type.String({ maxLength: 5000 }),
    raisedOn: ref(CalendarDate),
    response: Type.Union([Type.String({ maxLength: 5000 }), Type.Null()]),
    respondedAt: Type.Union([ref(Instant), Type.Null()]),
    status: Type.Enum(['awaiting_response', 'responded']),
    version: Version,
    createdAt: ref(Instant),
    updatedAt: ref(Instant)
  },
  { $id: 'LiaisonView', additionalProperties: false, description: 'A view raised at a meeting and what was done about it: one line of the "you said, we did" register.' }
)
export type View = Static<typeof View>

export const ViewPage = Page(ref(View), 'LiaisonViewPage')

export const ViewListQuery = Type.Object(
  {
    groupId: Type.Optional(ref(Uuid)),
    category: Type.Optional(ref(CategoryCode)),
    status: Type.Optional(Type.Enum(['awaiting_response', 'responded'])),
    from: Type.Optional(Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'Raised on or after this local day.' })),
    to: Type.Optional(Type.Unsafe<string>({ $ref: 'CalendarDate', description: 'Raised on or before this local day.' })),
    ...PageQuery
  },
  { additionalProperties: false }
)
