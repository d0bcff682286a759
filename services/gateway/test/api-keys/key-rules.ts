/**
 * What the key-administration rule tests share: an oracle written from the rules alone (never from
 * the gateway's code), the enumeration of callers and key shapes, and quick ways to make keys and
 * ask the gateway. The rules:
 *  - issue: allowed iff the requested scopes are a subset of the caller's, and an office-bound
 *    caller names its own office (an unbound one may name any office or none);
 *  - revoke: another office's key is invisible to an office-bound caller (404); a key from
 *    configuration is never revoked (409); otherwise allowed iff the caller holds the key's scopes.
 */
import { scopes } from '@postcare/contracts'
import type { Identity } from '@postcare/platform'
import type { TestContext } from '@postcare/platform/testing'
import type { Kysely } from 'kysely'
import { apiKeysService } from '../../src/app.js'
import type { Database } from '../../src/db/database.js'
import { startGateway } from '../helper.js'

export const A = 'ISL001'
export const B = 'KLN001'
export const OFFICES = [null, A, B] as const
export const SERVICE_KEYS = { feedback: 'pc_service_feedback_0123456789abcdefghij', survey: 'pc_service_survey_0123456789abcdefghijkl' }
export const SEED = 20261201

export interface Holder {
  scopes: readonly string[]
  office: string | null
}
export interface Caller extends Holder {
  id: string
  secret: string
}
export interface Target extends Holder {
  id: string
  configured: boolean
}
/** The answers the oracle accepts: a status and the problem's code (none for a success). */
export type Verdict = Array<[number, string | null]>
export interface Answer {
  status: number
  code: string | null
}

// ---- the oracle ----

const holds = (caller: Holder, wanted: readonly string[]) => wanted.every((s) => caller.scopes.includes(s))

export function issueVerdict(caller: Holder, wanted: Holder): Verdict {
  const refusals: Verdict = []
  if (caller.office !== null && wanted.office !== caller.office) refusals.push([403, 'OFFICE_NOT_PERMITTED'])
  if (!holds(caller, wanted.scopes)) refusals.push([403, 'GATEWAY_SCOPE_NOT_HELD'])
  return refusals.length > 0 ? refusals : [[201, null]]
}

export function revokeVerdict(caller: Holder, target: Target): Verdict {
  if (caller.office !== null && target.office !== caller.office) return [[404, 'GATEWAY_API_KEY_NOT_FOUND']]
  const refusals: Verdict = []
  if (target.configured) refusals.push([409, 'GATEWAY_KEY_CONFIGURED'])
  if (!holds(caller, target.scopes)) refusals.push([403, 'GATEWAY_SCOPE_NOT_HELD'])
  return refusals.length > 0 ? refusals : [[200, null]]
}

export const allowed = (v: Verdict) => v[0]![1] === null
export const accepts = (v: Verdict, got: Answer) => v.some(([status, code]) => status === got.status && code === got.code)
export const describe = (h: Holder) => `${h.office ?? 'unbound'} [${h.scopes.join(' ')}]`
export const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s) => b.includes(s))

// ---- the enumeration ----

export const others = scopes.filter((s) => s !== 'admin:keys')
const pairs = <T>(xs: readonly T[]) => xs.flatMap((x, i) => xs.slice(i + 1).map((y) => [x, y]))
/**
 * What a caller holds: admin:keys (to reach the routes) and none or one more (the core), or two
 * more (the wide layer).
 */
export const coreHeldSets: string[][] = [[], ...others.map((s) => [s])].map((extra) => ['admin:keys', ...extra])
export const wideHeldSets: string[][] = pairs(others).map((extra) => ['admin:keys', ...extra])
/** What is asked for, or what a target key holds: one or two of every scope. */
export const wantedSets: string[][] = [...scopes.map((s) => [s]), ...pairs(scopes)]
const bound = (sets: string[][]): Holder[] => sets.flatMap((s) => OFFICES.map((office) => ({ scopes: s, office })))
export const callerShapes: Holder[] = [...bound(coreHeldSets), ...bound(wideHeldSets)]
export const keyShapes: Holder[] = bound(wantedSets)
const isCore = (caller: Holder) => caller.scopes.length <= 2

/**
 * The (caller, key shape) pairs to check. A core caller meets every key shape, each scope set with
 * each binding. A wide caller meets every scope set within its own binding, where the office rule
 * allows and the scope rule alone decides (the office rule is covered by the core, and the whole
 * cross product would not fit the time budget).
 */
export function pairsToCheck<C extends Holder>(callers: readonly C[]): Array<{ caller: C; ci: number; shape: Holder; si: number }> {
  return callers.flatMap((caller, ci) =>
    keyShapes.flatMap((shape, si) => (isCore(caller) || shape.office === caller.office ? [{ caller, ci, shape, si }] : []))
  )
}

/** The figures of the enumeration, for the test's comment. */
export function enumerationFigures(): string {
  return (
    `callers: admin:keys and 0 or 1 more scope (${coreHeldSets.length} sets) or 2 more (${wideHeldSets.length} sets), each unbound, bound to ${A} and bound to ${B}; ` +
    `key shapes: ${wantedSets.length} scope sets (every set of 1 or 2 of the ${scopes.length} scopes) × ${OFFICES.length} bindings (none, ${A}, ${B}), ` +
    'all of them for a core caller, those of its own binding for a wide one'
  )
}

/** Runs `fn` over `items`, `width` at a time (the pool and the event loop stay busy, not flooded). */
export async function inBatches<T, R>(items: readonly T[], fn: (item: T, i: number) => Promise<R>, width = 8): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: width }, worker))
  return out
}

/** The real gateway (with configured admin and service keys), and ways to make keys and ask it. */
export async function keyRulesGateway(t: TestContext) {
  const { app } = await startGateway(t, { env: { GATEWAY_RATE_LIMIT_MAX: '100000000', GATEWAY_SERVICE_KEYS: JSON.stringify(SERVICE_KEYS) } })
  const db = app.db as Kysely<Database>
  const keys = apiKeysService(db)
  const setup: { identity: Identity; requestId: string } = {
    identity: { sub: 'test:setup', name: 'set-up', kind: 'api_key', scopes: [...scopes], office: null },
    requestId: 'key-rules-setup'
  }
  const answer = (res: { statusCode: number; json(): unknown }): Answer => ({ status: res.statusCode, code: res.statusCode >= 400 ? (res.json() as { code: string }).code : null })
  return {
    app,
    db,
    /** Keys made through the service (the set-up caller holds everything), many at once. */
    makeKeys(holders: readonly Holder[], name: (i: number) => string): Promise<Caller[]> {
      return inBatches(holders, async (h, i) => {
        const issued = await keys.create(setup, { name: name(i), scopes: [...h.scopes] as never, ...(h.office ? { officeCode: h.office } : {}) })
        return { ...h, id: issued.apiKey.id, secret: issued.secret }
      })
    },
    async issue(caller: Caller, name: string, wanted: Holder): Promise<Answer> {
      const payload = JSON.stringify({ name, scopes: wanted.scopes, ...(wanted.office ? { officeCode: wanted.office } : {}) })
      return answer(await app.inject({ method: 'POST', url: '/v1/gateway/api-keys', headers: { 'x-api-key': caller.secret, 'content-type': 'application/json' }, payload }))
    },
    async revoke(caller: Caller, id: string): Promise<Answer> {
      return answer(await app.inject({ method: 'POST', url: `/v1/gateway/api-keys/${id}/revoke`, headers: { 'x-api-key': caller.secret } }))
    }
  }
}
