/**
 * Revoking and reading keys: an office-bound caller never sees or revokes another office's key,
 * a key is revoked only by a caller holding all its scopes, and a key from configuration never.
 * Every answer of revokeApiKey is compared with the oracle of key-rules.ts over the enumeration
 * there; the table is checked as well as the status.
 */
import t from 'tap'
import { OFFICES, SERVICE_KEYS, type Target, accepts, allowed, callerShapes, describe, enumerationFigures, inBatches, keyRulesGateway, keyShapes, pairsToCheck, revokeVerdict } from './key-rules.js'

const started = performance.now()
const { app, db, makeKeys, revoke } = await keyRulesGateway(t)
const callers = await makeKeys(callerShapes, (i) => `caller ${i}`)
// One key of each shape, kept for the refusals: a refused revocation must leave it as it was.
const shared: Target[] = (await makeKeys(keyShapes, (i) => `target ${i}`)).map((k) => ({ ...k, configured: false }))

t.test('revoking: every caller of the enumeration revokes the key shapes of the enumeration, and the configured keys', async (t) => {
  const configured = await db.selectFrom('apiKeys').select(['id', 'scopes', 'officeCode']).where('configured', '=', true).execute()
  t.equal(configured.length, 1 + Object.keys(SERVICE_KEYS).length, 'the admin key and each service key are marked configured')
  const configuredTargets: Target[] = configured.map((r) => ({ id: r.id, scopes: r.scopes, office: r.officeCode, configured: true }))
  const cases = [
    ...pairsToCheck(callers).map((c) => ({ caller: c.caller, target: shared[c.si]! })),
    ...callers.flatMap((caller) => configuredTargets.map((target) => ({ caller, target })))
  ].map((c) => ({ ...c, verdict: revokeVerdict(c.caller, c.target) }))
  // A key the oracle lets go is revoked for good: each such case gets a fresh key of the same shape.
  const toFresh = cases.filter((c) => allowed(c.verdict))
  const fresh = await makeKeys(toFresh.map((c) => c.target), (i) => `fresh ${i}`)
  const freshOf = new Map(toFresh.map((c, i) => [c, fresh[i]!.id]))

  const mismatches: string[] = []
  await inBatches(cases, async (c) => {
    const got = await revoke(c.caller, freshOf.get(c) ?? c.target.id)
    if (!accepts(c.verdict, got)) mismatches.push(`${describe(c.caller)} revoking ${describe(c.target)}${c.target.configured ? ' (configured)' : ''}: ${got.status} ${got.code}, expected ${JSON.stringify(c.verdict)}`)
  })
  t.same(mismatches.slice(0, 20), [], `every answer as the oracle says (${mismatches.length} mismatches)`)

  const protectedIds = [...shared, ...configuredTargets].map((k) => k.id)
  const stillActive = await db.selectFrom('apiKeys').select('id').where('id', 'in', protectedIds).where('revokedAt', 'is', null).execute()
  t.equal(stillActive.length, protectedIds.length, 'no key the oracle protects was revoked (the configured keys included)')
  const revoked = await db.selectFrom('apiKeys').select('id').where('id', 'in', fresh.map((k) => k.id)).where('revokedAt', 'is not', null).execute()
  t.equal(revoked.length, fresh.length, `every key the oracle lets go was revoked (${fresh.length})`)
  const audit = await db.selectFrom('auditLog').select(['subjectId', 'caller']).where('action', '=', 'api_key.revoke').execute()
  const revoker = new Map(toFresh.map((c) => [freshOf.get(c)!, `key:${c.caller.id}`]))
  t.equal(audit.length, fresh.length, 'one audit entry per revocation, none for a refusal')
  t.ok(audit.every((a) => revoker.get(a.subjectId) === a.caller), 'each naming the caller that revoked')
  t.comment(`revoking, enumerated: ${enumerationFigures()}; and the ${configured.length} configured keys for every caller`)
  t.comment(`revoking, enumerated: ${callers.length} callers, ${cases.length} requests, ${fresh.length} allowed`)
})

t.test('reading: an office-bound caller sees only its office\'s keys, in the list and one by one', async (t) => {
  const all = await db.selectFrom('apiKeys').select(['id', 'officeCode']).where((eb) => eb.or([eb('id', 'in', shared.map((k) => k.id)), eb('configured', '=', true)])).execute()
  for (const office of OFFICES) {
    const caller = callers.find((c) => c.office === office && c.scopes.length === 1)!
    const listed: string[] = []
    let cursor: string | null = null
    do {
      const res = await app.inject({ url: `/v1/gateway/api-keys?limit=500${cursor ? `&cursor=${cursor}` : ''}`, headers: { 'x-api-key': caller.secret } })
      const page = res.json() as { items: Array<{ id: string }>; nextCursor: string | null }
      listed.push(...page.items.map((k) => k.id))
      cursor = page.nextCursor
    } while (cursor)
    let visible = db.selectFrom('apiKeys').select('id')
    if (office) visible = visible.where('officeCode', '=', office)
    const expected = (await visible.execute()).map((r) => r.id)
    t.same(listed.sort(), expected.sort(), `${office ?? 'unbound'}: the list holds exactly the keys ${office ? 'bound to that office' : 'of every office and none'} (${listed.length})`)
    const mismatches = (
      await inBatches(all, async (k) => {
        const res = await app.inject({ url: `/v1/gateway/api-keys/${k.id}`, headers: { 'x-api-key': caller.secret } })
        const visible = office === null || k.officeCode === office
        return res.statusCode === (visible ? 200 : 404) ? null : `${k.id} (${k.officeCode}): ${res.statusCode}`
      })
    ).filter(Boolean)
    t.same(mismatches, [], `${office ?? 'unbound'}: getApiKey is 200 for a visible key and 404 for another office's (${all.length} keys)`)
  }
  t.comment(`the whole file took ${((performance.now() - started) / 1000).toFixed(1)} s`)
})
