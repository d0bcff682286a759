/**
 * The demo liaison groups, loaded into an empty liaison schema on first start (LIAISON_SEED_DEMO,
 * which `npm start` and docker-compose set): the Philately Liaison Group and two Customer Liaison
 * Groups, chaired by the demo directory's senior officials (S900001 to S900005), with members, a
 * meeting held and published with its minutes (one confidential item among the public ones), an
 * action carried to the next meeting, and that next meeting scheduled with its agenda published.
 */
import { addDays, type OperatorCalendar } from '@postcare/platform'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { refreshPublicMinutes } from '../minutes/redaction.js'

interface DemoGroup {
  type: string
  en: string
  zh: string
  districts: string[]
  seats: Array<{ constituency: string; count: number }>
  quorum: Record<string, unknown>
  chair: [string, string]
  members: Array<[string, string, string | null, boolean]>
  items: Array<[string, string, string, 'public' | 'confidential']>
}

const secretary: [string, string] = ['S900005', 'Tang Ho Yin']

const groups: DemoGroup[] = [
  {
    type: 'philately_liaison', en: 'Philately Liaison Group', zh: '集郵聯絡小組', districts: [],
    seats: [{ constituency: 'philatelist', count: 4 }, { constituency: 'business_association', count: 1 }],
    quorum: { basis: 'count', count: 3, officialsCount: true, minimumPerConstituency: [] },
    chair: ['S900001', 'Leung Wai Man'],
    members: [['philatelist', 'Ho Wing Sze', 'Hong Kong Philatelic Society', true], ['philatelist', 'Kwok Chi Ming', null, false], ['philatelist', 'Alice Tsang', 'Stamp Club of Kowloon', true], ['business_association', 'David Mak', 'Stamp Dealers Association', true]],
    items: [['Special stamp issues for the coming year', '來年特別郵票發行計劃', 'philately', 'public'], ['First-day cover ordering online', '網上訂購首日封', 'website_app', 'public'], ['Printing contract renewal', '印刷合約續期', 'philately', 'confidential']]
  },
  {
    type: 'customer_liaison', en: 'Kowloon Customer Liaison Group', zh: '九龍區客戶聯絡小組', districts: ['YTM', 'SSP', 'KLC', 'WTS', 'KTG'],
    seats: [{ constituency: 'district_council', count: 2 }, { constituency: 'account_customer', count: 2 }, { constituency: 'member_of_public', count: 2 }],
    quorum: { basis: 'fraction', numerator: 1, denominator: 2, officialsCount: false, minimumPerConstituency: [{ constituency: 'district_council', count: 1 }] },
    chair: ['S900003', 'Wong Chi Ming'],
    members: [['district_council', 'Lee Ka Yan', 'Kowloon City District Council', true], ['district_council', 'Cheung Siu Fung', 'Sham Shui Po District Council', true], ['account_customer', 'Priya Patel', 'Harbour Trading Ltd', true], ['member_of_public', 'Chan Mei Ling', null, false]],
    items: [['Queues at counters at lunchtime', '午膳時間櫃位輪候情況', 'counter_service', 'public'], ['Delivery to older buildings without lifts', '無升降機舊樓的派遞', 'delivery_failure', 'public']]
  },
  {
    type: 'customer_liaison', en: 'New Territories East Customer Liaison Group', zh: '新界東客戶聯絡小組', districts: ['SHT', 'TPO', 'NTH', 'SKG'],
    seats: [{ constituency: 'district_council', count: 2 }, { constituency: 'member_of_public', count: 2 }, { constituency: 'business_association', count: 1 }],
    quorum: { basis: 'fraction', numerator: 1, denominator: 2, officialsCount: false, minimumPerConstituency: [] },
    chair: ['S900004', 'Lau Siu Fung'],
    members: [['district_council', 'Yip Tsz Ching', 'Sha Tin District Council', true], ['member_of_public', 'Lam Kwok Wai', null, false], ['business_association', 'Samuel Fung', 'Tai Po Merchants Association', true]],
    items: [['Mobile post office timetable in rural areas', '鄉郊流動郵政局時間表', 'counter_service', 'public'], ['Parcel lockers in new estates', '新屋苑的智能櫃', 'business_parcel_services', 'public']]
  }
]

/** Loads the demo groups when the schema has none; null when it had some. */
export async function seedDemoGroups(db: Kysely<Database>, calendar: OperatorCalendar, now: Date): Promise<{ groups: number } | null> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext('postcare-liaison-seed'))`.execute(trx)
    if (await trx.selectFrom('groups').select('id').limit(1).executeTakeFirst()) return null
    const today = calendar.dayOf(now)
    const at = (day: string, hour: number) => new Date(calendar.startOfDay(day).getTime() + hour * 3_600_000)
    for (const [n, g] of groups.entries()) {
      const group = await trx.insertInto('groups').values({
        type: g.type, nameEn: g.en, nameZh: g.zh, districtCodes: g.districts, termsEn: `To exchange views on postal products and services with the ${g.en.replace(/ Group$/, '')} members and follow up the actions agreed.`,
        termsZh: `與${g.zh.replace(/小組$/, '')}成員就郵政產品及服務交流意見，並跟進議定的行動。`, termsReviewOn: addDays(today, 300), seats: JSON.stringify(g.seats), quorum: JSON.stringify(g.quorum),
        meetingsPerYear: 4, minutesConfirmation: 'next_meeting', objectionWindowDays: 14, agendaCutoffDays: 7
      }).returning('id').executeTakeFirstOrThrow()
      const term = { termStart: addDays(today, -400), termEnd: addDays(today, 700) }
      const official = (staff: [string, string], position: string) => ({ groupId: group.id, constituency: 'official', position, staffId: staff[0], name: staff[1], language: 'en', ...term, consentToPublishName: true })
      const reps = await trx.insertInto('representatives').values([
        official(g.chair, 'chair'), official(secretary, 'secretary'),
        ...g.members.map(([constituency, name, organisation, consent], i) => ({
          groupId: group.id, constituency, position: 'member', staffId: null, name, organisation, email: `demo.member.${n}${i}@example.org`, language: i % 2 ? 'zh-Hant' : 'en', ...term, consentToPublishName: consent
        }))
      ]).returning(['id', 'name']).execute()
      const held = addDays(today, -60 - 10 * n)
      const next = addDays(today, 30 + 7 * n)
      const meeting = (day: string, status: string, title: [string, string]) => ({
        groupId: group.id, titleEn: title[0], titleZh: title[1], startAt: at(day, 14.5), endAt: at(day, 16.5), venue: 'General Post Office, 2 Connaught Place, Central',
        chairStaffId: g.chair[0], chairName: g.chair[1], status, contributionsCloseAt: calendar.startOfDay(addDays(day, -7)), agendaPublishedAt: at(addDays(day, -14), 10)
      })
      const past = await trx.insertInto('meetings').values({ ...meeting(held, 'published', ['Meeting held in the spring', '春季會議']), heldAt: at(held, 16.5), minutesPublishedAt: at(addDays(held, 21), 10), quorumRule: JSON.stringify(g.quorum) }).returningAll().executeTakeFirstOrThrow()
      const upcoming = await trx.insertInto('meetings').values(meeting(next, 'scheduled', ['Next meeting', '下次會議'])).returningAll().executeTakeFirstOrThrow()
      for (const m of [past, upcoming]) {
        await trx.insertInto('attendanceRegisters').values({ meetingId: m.id }).execute()
        await trx.insertInto('minutes').values({ meetingId: m.id, confirmation: 'next_meeting', ...(m === past ? { status: 'confirmed', confirmedAt: at(addDays(held, 20), 10), confirmedAtMeetingId: null } : {}) }).execute()
      }
      await trx.insertInto('attendanceEntries').values(reps.map((r, i) => ({ meetingId: past.id, representativeId: r.id, status: i === reps.length - 1 ? 'apologies' : 'present', substituteId: null }))).execute()
      for (const [i, [en, zh, category, visibility]] of g.items.entries()) {
        const item = await trx.insertInto('agendaItems').values({ meetingId: past.id, position: i + 1, titleEn: en, titleZh: zh, category, visibility }).returning('id').executeTakeFirstOrThrow()
        const member = reps[2]!.name
        await trx.insertInto('minuteEntries').values({
          meetingId: past.id, agendaItemId: item.id, discussionEn: `${member} raised ${en.toLowerCase()}. The chair explained the position and the plans.`, discussionZh: `${member}提出${zh}。主席解釋了現況及計劃。`,
          decisionsEn: 'The operator will report progress at the next meeting.', decisionsZh: '郵政署將於下次會議匯報進展。'
        }).execute()
        await trx.insertInto('agendaItems').values({ meetingId: upcoming.id, position: i + 1, titleEn: `${en}: progress`, titleZh: `${zh}：進展`, category, visibility }).execute()
      }
      const view = await trx.insertInto('viewsRaised').values({ groupId: group.id, meetingId: past.id, agendaItemId: null, representativeId: reps[2]!.id, constituency: g.members[0]![0], category: g.items[0]![2], summary: `Members asked for more on ${g.items[0]![0].toLowerCase()}.`, raisedOn: held, response: null, respondedAt: null }).returning('id').executeTakeFirstOrThrow()
      await trx.insertInto('actions').values({ groupId: group.id, meetingId: past.id, agendaItemId: null, viewId: view.id, title: `Report on ${g.items[0]![0].toLowerCase()}`, ownerStaffId: secretary[0], ownerName: secretary[1], ownerEmail: 'liaison.secretariat@example.org', raisedOn: held, dueOn: addDays(held, 45) }).execute()
      await refreshPublicMinutes(trx, group.id)
    }
    return { groups: groups.length }
  })
}
