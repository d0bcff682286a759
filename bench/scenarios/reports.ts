/**
 * Reports over 100,000 and 1,000,000 rows against a full scan of the same rows, and the deep
 * page of a filtered list against its first page.
 */
import type { ComparisonSummary, MemberSummary, MemorySampler, Timing } from '../lib/harness.js'
import type { LoadGenerator } from '../lib/load.js'
import type { Context } from './context.js'

export interface ReportResult {
  key: string
  label: string
  rows: number
  serviceMs: number
  scanMs: number
  note?: string
}

export async function reportScenarios(
  _ctx: Context,
  _load: LoadGenerator,
  _memory: MemorySampler,
  _timing: Timing
): Promise<{ results: ReportResult[]; members: MemberSummary[]; comparisons: ComparisonSummary[]; skipped: string[] }> {
  return { results: [], members: [], comparisons: [], skipped: ['reports: not yet built'] }
}
