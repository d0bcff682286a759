/**
 * The public copy of the minutes: every name of a representative who has not consented to be
 * named (officials always are) replaced by their constituency, in both languages. Kept beside the
 * minutes and refreshed whenever what it depends on changes (the minutes, a name, a consent, an
 * erasure), so the public record's views read a copy that holds no such name. Names are matched as
 * the register spells them, ignoring case.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'

export const constituencyLabels: Record<string, { en: string; zh: string }> = {
  district_council: { en: 'a District Council member', zh: '一位區議會議員' },
  philatelist: { en: 'a philatelist', zh: '一位集郵人士' },
  account_customer: { en: 'an account customer', zh: '一位商業客戶' },
  member_of_public: { en: 'a member of the public', zh: '一位市民' },
  business_association: { en: 'a business association representative', zh: '一位商會代表' },
  official: { en: 'an official', zh: '一位職員' }
}

export interface Unnamed {
  name: string
  constituency: string
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** `text` with each of `people`'s names replaced by their constituency in `language`. */
export function redact(text: string, people: readonly Unnamed[], language: 'en' | 'zh'): string {
  let out = text
  // Longer names first, so "Chan Tai Man" is not left as "a member of the public Tai Man".
  for (const p of [...people].sort((a, b) => b.name.length - a.name.length)) {
    if (!p.name.trim()) continue
    out = out.replace(new RegExp(escape(p.name.trim()), 'giu'), constituencyLabels[p.constituency]?.[language] ?? constituencyLabels.member_of_public![language])
  }
  return out
}

/** Rewrites the public copy of the minutes of `groupId`'s meetings (or of one meeting of it). */
export async function refreshPublicMinutes(db: Kysely<Database>, groupId: string, meetingId?: string): Promise<void> {
  const people = await db
    .selectFrom('representatives')
    .select(['name', 'constituency'])
    .where('groupId', '=', groupId)
    .where('constituency', '<>', 'official')
    .where((eb) => eb.or([eb('consentToPublishName', '=', false), eb('erasedAt', 'is not', null)]))
    .execute()
  let q = db.selectFrom('minuteEntries as e').innerJoin('meetings as m', 'm.id', 'e.meetingId').selectAll('e').where('m.groupId', '=', groupId)
  if (meetingId) q = q.where('e.meetingId', '=', meetingId)
  for (const e of await q.forUpdate().execute()) {
    const copy = {
      publicDiscussionEn: redact(e.discussionEn, people, 'en'),
      publicDiscussionZh: redact(e.discussionZh, people, 'zh'),
      publicDecisionsEn: redact(e.decisionsEn, people, 'en'),
      publicDecisionsZh: redact(e.decisionsZh, people, 'zh')
    }
    if (Object.entries(copy).every(([k, v]) => e[k as keyof typeof e] === v)) continue
    await db.updateTable('minuteEntries').set(copy).where('meetingId', '=', e.meetingId).where('agendaItemId', '=', e.agendaItemId).execute()
  }
}

/** An erased person's name goes from the minutes themselves too (the constituency in its place). */
export async function eraseFromMinutes(db: Kysely<Database>, groupId: string, person: Unnamed): Promise<void> {
  const entries = await db.selectFrom('minuteEntries as e').innerJoin('meetings as m', 'm.id', 'e.meetingId').selectAll('e').where('m.groupId', '=', groupId).forUpdate().execute()
  for (const e of entries) {
    const set = {
      discussionEn: redact(e.discussionEn, [person], 'en'),
      discussionZh: redact(e.discussionZh, [person], 'zh'),
      decisionsEn: redact(e.decisionsEn, [person], 'en'),
      decisionsZh: redact(e.decisionsZh, [person], 'zh')
    }
    if (Object.entries(set).some(([k, v]) => e[k as keyof typeof e] !== v)) {
      await db.updateTable('minuteEntries').set(set).where('meetingId', '=', e.meetingId).where('agendaItemId', '=', e.agendaItemId).execute()
    }
  }
}
