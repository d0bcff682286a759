/**
 * The public record, read as the read-only role postcare_liaison_public through the views of the
 * migration 2026-12-20T0910_public-record, and through nothing else: that role cannot read a
 * table, so whatever this module asks, it can only ever get what the views hold (nothing
 * confidential, no name without consent).
 */
import type { PublicMeeting } from '@postcare/contracts'
import { decodeCursor, iso, toPage } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { PublicDatabase, PublicMeetingView } from '../db/public-database.js'
import { LiaisonErrors } from '../errors.js'
import { localTimes } from '../local-times.js'

export type PublicLanguage = 'en' | 'zh-Hant'

export function publicRecordService(db: Kysely<PublicDatabase>, zone: string) {
  const pick = (lang: PublicLanguage, en: string, zh: string) => (lang === 'zh-Hant' ? zh : en)
  const summary = (m: PublicMeetingView, lang: PublicLanguage) => ({
    id: m.id,
    groupId: m.groupId,
    group: pick(lang, m.groupEn, m.groupZh),
    title: pick(lang, m.titleEn, m.titleZh),
    start: iso(m.startAt),
    end: iso(m.endAt),
    local: localTimes(m.startAt, m.endAt, zone),
    venue: m.venue,
    chair: m.chairName,
    status: m.status
  })
  const notFound = (id: string) => LiaisonErrors.LIAISON_MEETING_NOT_FOUND(`No meeting ${id} on the public record.`)

  return {
    async list(lang: PublicLanguage, groupId: string | undefined, limit: number, cursor?: string) {
      const after = decodeCursor(cursor, ['instant', 'uuid'])
      let q = db.selectFrom('publicMeetings').selectAll()
      if (groupId) q = q.where('groupId', '=', groupId)
      if (after) q = q.where((eb) => eb.or([eb('startAt', '<', new Date(after[0])), eb.and([eb('startAt', '=', new Date(after[0])), eb('id', '>', after[1])])]))
      const rows = await q.orderBy('startAt', 'desc').orderBy('id').limit(limit + 1).execute()
      return toPage(rows, limit, (r) => [iso(r.startAt), r.id], (r) => summary(r, lang))
    },
    async get(id: string, lang: PublicLanguage): Promise<PublicMeeting> {
      const meeting = await db.selectFrom('publicMeetings').selectAll().where('id', '=', id).executeTakeFirst()
      if (!meeting) throw notFound(id)
      const [items, papers, minutes, attendance] = await Promise.all([
        db.selectFrom('publicAgendaItems').selectAll().where('meetingId', '=', id).orderBy('position').execute(),
        db.selectFrom('publicPapers').selectAll().where('meetingId', '=', id).orderBy('id').execute(),
        db.selectFrom('publicMinutes').selectAll().where('meetingId', '=', id).execute(),
        db.selectFrom('publicAttendance').selectAll().where('meetingId', '=', id).orderBy('constituency').orderBy('position').orderBy('name').execute()
      ])
      return {
        ...summary(meeting, lang),
        language: lang,
        agenda: items.map((item) => {
          const m = minutes.find((x) => x.agendaItemId === item.id)
          return {
            position: item.position,
            title: pick(lang, item.titleEn, item.titleZh),
            category: item.category,
            papers: papers.filter((p) => p.agendaItemId === item.id).map((p) => ({ id: p.id, title: pick(lang, p.titleEn, p.titleZh), mediaType: p.mediaType as never, sizeBytes: p.sizeBytes })),
            minutes: m ? { discussion: pick(lang, m.discussionEn, m.discussionZh), decisions: pick(lang, m.decisionsEn, m.decisionsZh) } : null
          }
        }),
        attendance: attendance.map((a) => ({ name: a.name, organisation: a.organisation, constituency: a.constituency as never, position: a.position as never, status: a.status as never }))
      }
    },
    /** A public paper's file, a chunk at a time, from the public view of the chunks. */
    async paper(meetingId: string, paperId: string) {
      const paper = await db.selectFrom('publicPapers').selectAll().where('meetingId', '=', meetingId).where('id', '=', paperId).executeTakeFirst()
      if (!paper) throw LiaisonErrors.LIAISON_PAPER_NOT_FOUND(`No paper ${paperId} of meeting ${meetingId} on the public record.`)
      async function* content(): AsyncIterable<Buffer> {
        for (let seq = 0; ; seq++) {
          const row = await db.selectFrom('publicPaperChunks').select('data').where('paperId', '=', paperId).where('seq', '=', seq).executeTakeFirst()
          if (!row) return
          yield row.data
        }
      }
      return { paper, content: content() }
    }
  }
}
export type PublicRecordService = ReturnType<typeof publicRecordService>
