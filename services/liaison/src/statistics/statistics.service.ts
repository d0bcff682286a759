/**
 * The liaison figures of a period of local days: meetings held per group against the frequency
 * target, the attendance rate (LiaisonAttendanceFigures defines it), seats and vacancies, actions
 * opened, closed and overdue with the median days to close, and views raised by category.
 */
import type { LiaisonStatistics } from '@postcare/contracts'
import { daysBetween, type OperatorCalendar, type PeriodQuery } from '@postcare/platform'
import { sql, type Kysely } from 'kysely'
import { quorumOf, type Member } from '../attendance/quorum.js'
import type { Database, QuorumRuleRow } from '../db/database.js'
import { coverageOf } from '../groups/groups.service.js'
import { SEAT_POSITIONS } from '../groups/groups.repository.js'
import { HELD_STATES } from '../meetings/lifecycle.js'

const rate = (attended: number, expected: number) => (expected === 0 ? null : Math.round((1000 * attended) / expected) / 10)

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function statisticsService(db: Kysely<Database>, calendar: OperatorCalendar, now: () => Date) {
  return {
    async compute(query: PeriodQuery): Promise<LiaisonStatistics> {
      const { period, financialYear } = calendar.resolvePeriod(query, now())
      const today = calendar.dayOf(now())
      const { since, before } = calendar.dayRange(period.from, period.to)
      const days = daysBetween(period.from, period.to) + 1
      const groups = await db.selectFrom('groups').selectAll().orderBy('nameEn').orderBy('id').execute()
      const reps = await db.selectFrom('representatives').select(['id', 'groupId', 'constituency', 'position', 'termStart', 'termEnd']).execute()
      const meetings = await db.selectFrom('meetings').select(['id', 'groupId', 'startAt', 'quorumRule']).where('status', 'in', [...HELD_STATES]).where('startAt', '>=', since!).where('startAt', '<', before!).execute()
      const entries = meetings.length ? await db.selectFrom('attendanceEntries').select(['meetingId', 'representativeId', 'status']).where('meetingId', 'in', meetings.map((m) => m.id)).execute() : []

      const membersOf = new Map<string, Member[]>()
      for (const r of reps) membersOf.set(r.groupId, [...(membersOf.get(r.groupId) ?? []), r])
      const total = { expected: 0, attended: 0 }
      const perGroup = groups.map((g) => {
        const held = meetings.filter((m) => m.groupId === g.id)
        const figures = { expected: 0, attended: 0 }
        for (const m of held) {
          const q = quorumOf((m.quorumRule ?? g.quorum) as QuorumRuleRow, calendar.dayOf(m.startAt), membersOf.get(g.id) ?? [], entries.filter((e) => e.meetingId === m.id))
          figures.expected += q.votingMembers
          figures.attended += q.present
        }
        total.expected += figures.expected
        total.attended += figures.attended
        const target = financialYear ? g.meetingsPerYear : Math.round((10 * g.meetingsPerYear * days) / 365) / 10
        return {
          groupId: g.id, name: { en: g.nameEn, 'zh-Hant': g.nameZh }, type: g.type as LiaisonStatistics['groups'][number]['type'],
          meetingsHeld: held.length, meetingsTarget: target, metTarget: held.length >= target,
          attendance: { ...figures, rate: rate(figures.attended, figures.expected) }
        }
      })

      // Seats and the members holding them on the period's last day (or today, if that is earlier).
      const asOf = period.to < today ? period.to : today
      const byConstituency = new Map<string, { current: number; seats: number; vacancies: number }>()
      for (const g of groups) {
        const holders = new Map<string, number>()
        for (const r of membersOf.get(g.id) ?? []) {
          if (r.termStart > asOf || r.termEnd < asOf || r.constituency === 'official' || !(SEAT_POSITIONS as readonly string[]).includes(r.position)) continue
          holders.set(r.constituency, (holders.get(r.constituency) ?? 0) + 1)
        }
        for (const [constituency, n] of holders) byConstituency.set(constituency, { ...(byConstituency.get(constituency) ?? { current: 0, seats: 0, vacancies: 0 }), current: (byConstituency.get(constituency)?.current ?? 0) + n })
        for (const s of coverageOf(g, holders, asOf).seats) {
          const c = byConstituency.get(s.constituency) ?? { current: 0, seats: 0, vacancies: 0 }
          byConstituency.set(s.constituency, { ...c, seats: c.seats + s.seats, vacancies: c.vacancies + s.vacancies })
        }
      }
      const constituencies = [...byConstituency.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([constituency, c]) => ({ constituency: constituency as never, ...c }))

      const opened = await db.selectFrom('actions').select(sql<number>`count(*)::int`.as('n')).where('raisedOn', '>=', period.from).where('raisedOn', '<=', period.to).executeTakeFirstOrThrow()
      const closed = await db.selectFrom('actions').select(['raisedOn', 'closedOn']).where('closedOn', '>=', period.from).where('closedOn', '<=', period.to).execute()
      const overdue = await db.selectFrom('actions').select(sql<number>`count(*)::int`.as('n')).where('status', 'in', ['open', 'in_progress']).where('dueOn', '<', today).executeTakeFirstOrThrow()
      const views = await db
        .selectFrom('viewsRaised')
        .select(['category', sql<number>`count(*)::int`.as('count')])
        .where('raisedOn', '>=', period.from)
        .where('raisedOn', '<=', period.to)
        .groupBy('category')
        .orderBy('category')
        .execute()

      return {
        period,
        financialYear,
        groups: perGroup,
        attendance: { ...total, rate: rate(total.attended, total.expected) },
        representatives: { asOf, byConstituency: constituencies, vacancies: constituencies.reduce((n, c) => n + c.vacancies, 0) },
        actions: { opened: opened.n, closed: closed.length, overdue: overdue.n, medianDaysToClose: median(closed.map((a) => daysBetween(a.raisedOn, a.closedOn!))) },
        viewsByCategory: views
      }
    }
  }
}
export type StatisticsService = ReturnType<typeof statisticsService>

