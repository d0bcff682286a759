/**
 * The quorum of a meeting, as a pure computation from the rule it is held under, the group's
 * representatives and the attendance register. Terms are read as of the meeting's local day: a
 * term that ended the day before does not make a voting member, and neither does one starting the
 * day after. See the LiaisonQuorumRule contract for the definition this implements.
 */
import type { QuorumRuleRow } from '../db/database.js'
import { SEAT_POSITIONS } from '../groups/groups.repository.js'

export interface Member {
  id: string
  constituency: string
  position: string
  termStart: string
  termEnd: string
}

export interface Entry {
  representativeId: string
  status: string
}

export type NotCountedReason = 'term_not_current' | 'not_a_voting_member' | 'official_not_counted'

export interface QuorumResult {
  votingMembers: number
  required: number
  present: number
  met: boolean
  byConstituency: Array<{ constituency: string; members: number; present: number; minimum: number | null; met: boolean }>
  notCounted: Array<{ representativeId: string; reason: NotCountedReason }>
}

/** Why `m` is not a voting member on `day` under `rule`, or null when it is one. */
export function notVoting(m: Member, day: string, rule: QuorumRuleRow): NotCountedReason | null {
  if (m.termStart > day || m.termEnd < day) return 'term_not_current'
  if (!(SEAT_POSITIONS as readonly string[]).includes(m.position)) return 'not_a_voting_member'
  if (m.constituency === 'official' && !rule.officialsCount) return 'official_not_counted'
  return null
}

export function quorumOf(rule: QuorumRuleRow, day: string, members: readonly Member[], entries: readonly Entry[]): QuorumResult {
  const voting = members.filter((m) => notVoting(m, day, rule) === null)
  const byId = new Map(members.map((m) => [m.id, m]))
  const attended = new Set(entries.filter((e) => e.status === 'present' || e.status === 'substitute').map((e) => e.representativeId))
  const presentMembers = voting.filter((m) => attended.has(m.id))
  const required = rule.basis === 'count' ? (rule.count ?? 1) : Math.max(1, Math.ceil((voting.length * (rule.numerator ?? 1)) / (rule.denominator ?? 1)))
  const minimums = new Map((rule.minimumPerConstituency ?? []).map((m) => [m.constituency, m.count]))
  const constituencies = [...new Set([...voting.map((m) => m.constituency), ...minimums.keys()])].sort()
  const byConstituency = constituencies.map((constituency) => {
    const present = presentMembers.filter((m) => m.constituency === constituency).length
    const minimum = minimums.get(constituency) ?? null
    return { constituency, members: voting.filter((m) => m.constituency === constituency).length, present, minimum, met: minimum === null || present >= minimum }
  })
  const notCounted = entries.flatMap((e) => {
    const m = byId.get(e.representativeId)
    const reason = m ? notVoting(m, day, rule) : 'not_a_voting_member'
    return reason ? [{ representativeId: e.representativeId, reason }] : []
  })
  return {
    votingMembers: voting.length,
    required,
    present: presentMembers.length,
    met: presentMembers.length >= required && byConstituency.every((c) => c.met),
    byConstituency,
    notCounted
  }
}
