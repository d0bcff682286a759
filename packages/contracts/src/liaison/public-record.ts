/**
 * The public record: published agendas and confirmed, published minutes, in English or Traditional
 * Chinese, with nothing confidential and no name a member of the public has not consented to show.
 * Served without a key, cacheable (ETag, Cache-Control: public).
 */
import Type, { type Static } from 'typebox'
import { Instant, Page, Uuid, ref } from '../common.js'
import { CategoryCode } from '../feedback/taxonomy.js'
import { LocalTimes } from './meetings.js'
import { AttendanceStatus, Constituency, PaperMediaType, Position } from './taxonomy.js'

const Text = (maxLength: number) => Type.String({ maxLength })

export const PublicLanguage = Type.Enum(['en', 'zh-Hant'], { $id: 'LiaisonPublicLanguage', description: 'The language of the record: English or Traditional Chinese.' })

export const PublicMeetingSummary = Type.Object(
  {
    id: ref(Uuid),
    groupId: ref(Uuid),
    group: Text(300),
    title: Text(300),
    start: ref(Instant),
    end: ref(Instant),
    local: ref(LocalTimes),
    venue: Type.Union([Text(300), Type.Null()]),
    chair: Text(200),
    status: Type.Enum(['scheduled', 'postponed', 'cancelled', 'held', 'minutes_published'], { description: 'Where the meeting is; minutes are shown once `minutes_published`.' })
  },
  { $id: 'LiaisonPublicMeetingSummary', additionalProperties: false }
)

export const PublicMeetingPage = Page(ref(PublicMeetingSummary), 'LiaisonPublicMeetingPage')

export const PublicPaper = Type.Object(
  { id: ref(Uuid), title: Text(300), mediaType: ref(PaperMediaType), sizeBytes: Type.Integer({ minimum: 1, maximum: 20 * 1024 * 1024 }) },
  { $id: 'LiaisonPublicPaper', additionalProperties: false }
)

export const PublicMeeting = Type.Object(
  {
    ...PublicMeetingSummary.properties,
    language: ref(PublicLanguage),
    agenda: Type.Array(
      Type.Object(
        {
          position: Type.Integer({ minimum: 1, maximum: 200 }),
          title: Text(300),
          category: ref(CategoryCode),
          papers: Type.Array(ref(PublicPaper), { maxItems: 50 }),
          minutes: Type.Union([Type.Object({ discussion: Text(20000), decisions: Text(20000) }, { additionalProperties: false }), Type.Null()], {
            description: 'Once the minutes are confirmed and published. A name a member of the public has not consented to show reads as their constituency.'
          })
        },
        { additionalProperties: false }
      ),
      { maxItems: 200, description: 'The public items only, in agenda order.' }
    ),
    attendance: Type.Array(
      Type.Object(
        {
          name: Type.Union([Text(200), Type.Null()], { description: 'Null when the person has not consented to be named (officials are always named).' }),
          organisation: Type.Union([Text(200), Type.Null()]),
          constituency: ref(Constituency),
          position: ref(Position),
          status: ref(AttendanceStatus)
        },
        { additionalProperties: false }
      ),
      { maxItems: 200, description: 'Once the minutes are published.' }
    )
  },
  { $id: 'LiaisonPublicMeeting', additionalProperties: false }
)
export type PublicMeeting = Static<typeof PublicMeeting>

export const PublicMeetingListQuery = Type.Object(
  {
    lang: Type.Optional(Type.Unsafe<string>({ $ref: 'LiaisonPublicLanguage', description: 'Default `en`.' })),
    groupId: Type.Optional(ref(Uuid)),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 }))
  },
  { additionalProperties: false }
)

export const PublicMeetingQuery = Type.Object({ lang: Type.Optional(Type.Unsafe<string>({ $ref: 'LiaisonPublicLanguage', description: 'Default `en`.' })) }, { additionalProperties: false })
