/** Minutes: per agenda item, edited with If-Match, confirmed at the next meeting or by circulation. */
import Type, { type Static } from 'typebox'
import { Instant, Uuid, ref } from '../common.js'
import { PERSONAL_DATA_SUBJECT, PERSONAL_DATA_SUBJECT_ID, personal } from '../personal-data.js'
import { createObjectionExamples, updateMinutesExamples } from './examples.js'
import { LiaisonText, MinutesConfirmation } from './taxonomy.js'

export const MinuteEntry = Type.Object(
  {
    agendaItemId: ref(Uuid),
    discussion: ref(LiaisonText),
    decisions: ref(LiaisonText)
  },
  { $id: 'LiaisonMinuteEntry', additionalProperties: false, description: 'What was discussed and decided under one agenda item, in both languages.' }
)
export type MinuteEntry = Static<typeof MinuteEntry>

export const UpdateMinutes = Type.Object(
  { entries: Type.Array(ref(MinuteEntry), { maxItems: 200, description: 'Every entry, each agenda item of the meeting at most once: the minutes as they now read.' }) },
  { $id: 'UpdateLiaisonMinutes', additionalProperties: false, examples: updateMinutesExamples }
)
export type UpdateMinutes = Static<typeof UpdateMinutes>

export const Objection = Type.Object(
  {
    id: ref(Uuid),
    representativeId: ref(Uuid),
    name: personal(Type.String({ maxLength: 200 }), 'name'),
    reason: Type.String({ maxLength: 2000 }),
    createdAt: ref(Instant)
  },
  { $id: 'LiaisonObjection', additionalProperties: false, [PERSONAL_DATA_SUBJECT]: 'liaison_representative', [PERSONAL_DATA_SUBJECT_ID]: 'representativeId' }
)

export const CreateObjection = Type.Object(
  {
    representativeId: Type.Unsafe<string>({ $ref: 'Uuid', description: 'A member of the group whose term covers today.' }),
    reason: Type.String({ minLength: 1, maxLength: 2000, description: 'What the member says is not a correct record.' })
  },
  { $id: 'CreateLiaisonObjection', additionalProperties: false, examples: createObjectionExamples }
)

export const Minutes = Type.Object(
  {
    meetingId: ref(Uuid),
    status: Type.Enum(['draft', 'circulated', 'confirmed'], {
      description: '`circulated`: sent to the members with an objection window (groups confirming by circulation); an objection sends them back to `draft`.'
    }),
    entries: Type.Array(ref(MinuteEntry), { maxItems: 200 }),
    confirmation: ref(MinutesConfirmation),
    circulatedAt: Type.Union([ref(Instant), Type.Null()]),
    objectionsCloseAt: Type.Union([ref(Instant), Type.Null()], { description: 'End of the objection window: 00:00 local time after `objectionWindowDays` local days.' }),
    objections: Type.Array(ref(Objection), { maxItems: 500 }),
    confirmedAt: Type.Union([ref(Instant), Type.Null()]),
    confirmedAtMeetingId: Type.Union([ref(Uuid), Type.Null()]),
    version: Type.Integer({ minimum: 1, maximum: 2147483647 }),
    updatedAt: ref(Instant)
  },
  {
    $id: 'LiaisonMinutes',
    additionalProperties: false,
    description: 'Edited with If-Match: two secretaries saving at once cannot overwrite each other (one gets 412). Confirmed minutes no longer change.'
  }
)
export type Minutes = Static<typeof Minutes>
