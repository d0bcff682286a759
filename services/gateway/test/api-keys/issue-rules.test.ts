/**
 * Issuing keys never grants more than the caller holds: every answer of createApiKey is compared
 * with the oracle of key-rules.ts, over the enumeration there and then at random (fast-check,
 * fixed seed) together with revocation. The table is checked as well as the status: nothing the
 * oracle refuses may exist.
 */
import { scopes } from '@postcare/contracts'
import fc from 'fast-check'
import t from 'tap'
import { OFFICES, SEED, accepts, allowed, callerShapes, describe, enumerationFigures, inBatches, issueVerdict, keyRulesGateway, keyShapes, others, pairsToCheck, revokeVerdict, sameSet } from './key-rules.js'

const started = performance.now()
const { db, makeKeys, issue, revoke } = await keyRulesGateway(t)
const callers = await makeKeys(callerShapes, (i) => `caller ${i}`)

t.test('issuing: every caller of the enumeration asks for the key shapes of the enumeration', async (t) => {
  const cases = pairsToCheck(callers)
  const mismatches: string[] = []
  await inBatches(cases, async ({ caller, ci, shape, si }) => {
    const got = await issue(caller, `probe ${ci}.${si}`, shape)
    const verdict = issueVerdict(caller, shape)
    if (!accepts(verdict, got)) mismatches.push(`${describe(caller)} issuing ${describe(shape)}: ${got.status} ${got.code}, expected ${JSON.stringify(verdict)}`)
  })
  t.same(mismatches.slice(0, 20), [], `every answer as the oracle says (${mismatches.length} mismatches)`)

  const expected = new Set(cases.filter((c) => allowed(issueVerdict(c.caller, c.shape))).map((c) => `probe ${c.ci}.${c.si}`))
  const rows = await db.selectFrom('apiKeys').select(['id', 'name', 'scopes', 'officeCode']).where('name', 'like', 'probe %').execute()
  const indices = (name: string) => name.slice('probe '.length).split('.').map(Number) as [number, number]
  const wrong = rows.filter((r) => {
    const shape = keyShapes[indices(r.name)[1]]!
    return !expected.has(r.name) || !sameSet(r.scopes, shape.scopes) || r.officeCode !== shape.office
  })
  t.same(wrong.slice(0, 20), [], 'the table holds no key the oracle refused, and each key as asked')
  t.equal(rows.length, expected.size, `every allowed key exists once (${expected.size} of ${cases.length})`)

  const audit = await db.selectFrom('auditLog').select(['subjectId', 'caller', 'details']).where('action', '=', 'api_key.create').where('subjectId', 'in', rows.map((r) => r.id)).execute()
  const byId = new Map(rows.map((r) => [r.id, r]))
  t.equal(audit.length, rows.length, 'one audit entry per key issued')
  const misrecorded = audit.filter((a) => {
    const row = byId.get(a.subjectId)!
    const details = a.details as { scopes: string[]; officeCode: string | null; name: string }
    return a.caller !== `key:${callers[indices(row.name)[0]]!.id}` || details.name !== row.name || !sameSet(details.scopes, row.scopes) || details.officeCode !== row.officeCode
  })
  t.same(misrecorded.slice(0, 5), [], 'each naming the caller that issued it, and the key\'s name, scopes and office')
  t.comment(`issuing, enumerated: ${enumerationFigures()}`)
  t.comment(`issuing, enumerated: ${callers.length} callers, ${cases.length} requests, ${expected.size} allowed`)
})

t.test('at random: any scope sets and bindings, against the same oracle', async (t) => {
  // fast-check draws the cases (seeded, so every run checks the same ones); they are then run side
  // by side, which a property run one case at a time could not do within the time budget.
  const RUNS = 3000
  const holder = (extra: fc.Arbitrary<string[]>) => fc.record({ scopes: extra, office: fc.constantFrom<string | null>(...OFFICES) })
  const callerArb = holder(fc.subarray(others).map((s) => ['admin:keys', ...s]))
  const keyArb = holder(fc.subarray([...scopes], { minLength: 1 }))
  const pool = await makeKeys(fc.sample(callerArb, { seed: SEED, numRuns: 300 }), (i) => `random caller ${i}`)
  const drawn = fc.sample(fc.record({ ci: fc.nat({ max: pool.length - 1 }), wanted: keyArb, shape: keyArb }), { seed: SEED + 1, numRuns: RUNS })
  const targets = await makeKeys(drawn.map((d) => d.shape), (i) => `random target ${i}`)
  const cases = drawn.map((d, i) => ({ caller: pool[d.ci]!, wanted: d.wanted, target: { ...targets[i]!, configured: false }, name: `random ${i}` }))

  const mismatches: string[] = []
  await inBatches(cases, async ({ caller, wanted, target, name }) => {
    const issued = await issue(caller, name, wanted)
    if (!accepts(issueVerdict(caller, wanted), issued)) mismatches.push(`${describe(caller)} issuing ${describe(wanted)}: ${issued.status} ${issued.code}`)
    const revoked = await revoke(caller, target.id)
    if (!accepts(revokeVerdict(caller, target), revoked)) mismatches.push(`${describe(caller)} revoking ${describe(target)}: ${revoked.status} ${revoked.code}`)
  })
  t.same(mismatches.slice(0, 20), [], `every answer as the oracle says (${mismatches.length} mismatches)`)

  const mayIssue = new Map(cases.map((c) => [c.name, allowed(issueVerdict(c.caller, c.wanted))]))
  const issuedRows = await db.selectFrom('apiKeys').select('name').where('name', 'in', [...mayIssue.keys()]).execute()
  t.same(issuedRows.filter((r) => !mayIssue.get(r.name)), [], 'no key the oracle refused exists')
  const allowedIssues = [...mayIssue.values()].filter(Boolean).length
  t.equal(issuedRows.length, allowedIssues, 'every allowed key exists')
  const mayRevoke = new Map(cases.map((c) => [c.target.id, allowed(revokeVerdict(c.caller, c.target))]))
  const targetRows = await db.selectFrom('apiKeys').select(['id', 'revokedAt']).where('id', 'in', [...mayRevoke.keys()]).execute()
  t.same(targetRows.filter((r) => (r.revokedAt !== null) !== mayRevoke.get(r.id)), [], 'exactly the keys the oracle lets go are revoked')
  const allowedRevokes = [...mayRevoke.values()].filter(Boolean).length
  t.comment(`random (fast-check, seed ${SEED}): ${pool.length} callers drawn, ${RUNS} cases of one issue and one revocation each (${allowedIssues} issues and ${allowedRevokes} revocations allowed)`)
  t.comment(`the whole file took ${((performance.now() - started) / 1000).toFixed(1)} s`)
})
