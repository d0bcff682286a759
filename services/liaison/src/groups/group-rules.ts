/** The rules a group's shape must follow beyond its schema; each breach names its field (422). */
import type { AppError } from '@postcare/platform'
import { LiaisonErrors, fieldProblem } from '../errors.js'

interface Seat {
  constituency: string
  count: number
}

export interface GroupShape {
  type: string
  districtCodes: readonly string[]
  seats: readonly Seat[]
  quorum: { basis: string; count?: number; numerator?: number; denominator?: number; officialsCount: boolean; minimumPerConstituency?: readonly Seat[] }
}

const invalid = (field: string, message: string): AppError => fieldProblem(LiaisonErrors.LIAISON_INVALID_GROUP, field, message)

export function checkGroup(g: GroupShape): void {
  if (g.type === 'customer_liaison' && g.districtCodes.length === 0) throw invalid('body/districtCodes', 'must name the districts a Customer Liaison Group covers')
  if (g.type === 'philately_liaison' && g.districtCodes.length > 0) throw invalid('body/districtCodes', 'must be empty: the Philately Liaison Group covers the whole territory')
  const seats = new Map<string, number>()
  for (const [i, s] of g.seats.entries()) {
    if (s.constituency === 'official') throw invalid(`body/seats/${i}/constituency`, 'officials hold no seats: they attend by position')
    if (seats.has(s.constituency)) throw invalid(`body/seats/${i}/constituency`, `names ${s.constituency} a second time`)
    seats.set(s.constituency, s.count)
  }
  const q = g.quorum
  if (q.basis === 'count') {
    if (q.count === undefined) throw invalid('body/quorum/count', 'is required with basis count')
    if (q.numerator !== undefined || q.denominator !== undefined) throw invalid('body/quorum/numerator', 'is only for basis fraction')
  } else {
    if (q.numerator === undefined) throw invalid('body/quorum/numerator', 'is required with basis fraction')
    if (q.denominator === undefined) throw invalid('body/quorum/denominator', 'is required with basis fraction')
    if (q.numerator > q.denominator) throw invalid('body/quorum/numerator', 'must not be above denominator: a quorum cannot need more members than there are')
    if (q.count !== undefined) throw invalid('body/quorum/count', 'is only for basis count')
  }
  const named = new Set<string>()
  for (const [i, m] of (q.minimumPerConstituency ?? []).entries()) {
    const field = `body/quorum/minimumPerConstituency/${i}`
    if (named.has(m.constituency)) throw invalid(`${field}/constituency`, `names ${m.constituency} a second time`)
    named.add(m.constituency)
    if (m.constituency === 'official') {
      if (!q.officialsCount) throw invalid(`${field}/constituency`, 'officials do not count towards this quorum (officialsCount is false)')
      continue
    }
    const held = seats.get(m.constituency)
    if (held === undefined) throw invalid(`${field}/constituency`, `the group has no seats for ${m.constituency}`)
    if (m.count > held) throw invalid(`${field}/count`, `is more than the ${held} seats ${m.constituency} holds`)
  }
}
