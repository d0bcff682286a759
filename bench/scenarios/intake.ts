/**
 * Creates with an Idempotency-Key through the gateway (feedback items, survey responses) against
 * the bare INSERT baseline.
 */
import type { Group } from '../lib/harness.js'
import type { Context } from './context.js'

export async function intakeGroups(_ctx: Context): Promise<{ groups: Group[]; skipped: string[] }> {
  return { groups: [], skipped: ['feedback and survey intake: not yet built'] }
}
