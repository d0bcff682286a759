/**
 * Item 1: every create that takes an Idempotency-Key, found from the services' own documents,
 * makes exactly one record per key however many identical requests race, and the edge cases of
 * the IETF draft hold (other body 422, other caller independent, failures not remembered, expiry).
 */
import t, { type Test } from 'tap'
import { fillPath, problemViolations, sample, servicesUnderTest, startService, UnsupportedSchema, type RouteInfo, type ServiceUnderTest } from './harness.js'
import { readyPath, withReferences } from './records.js'

const ROUNDS = Number(process.env.RELIABILITY_IDEMPOTENCY_ROUNDS ?? 20)
const CONCURRENCY = 50
const SEED = 20261123

const delta = (a: Record<string, number>, b: Record<string, number>) => Object.keys(b).reduce((n, k) => n + (b[k]! - (a[k] ?? 0)), 0)

/**
 * Path parameters for a nested create: a parent that takes what the route makes (a survey
 * published and opened before it takes responses), made through the routes when there is none.
 */
async function parentParams(s: ServiceUnderTest, route: RouteInfo): Promise<Record<string, string> | string> {
  if (Object.keys((route.params?.properties as object | undefined) ?? {}).length === 0) return {}
  const ready = await readyPath(s, route)
  return typeof ready === 'string' ? `no parent to create under: ${ready}` : ready.params
}

/** A generated body this route accepts (tries a few seeds), with the seed that made it. */
async function acceptedBody(s: ServiceUnderTest, route: RouteInfo, url: string, from: number, params: Record<string, string>) {
  const headers = await s.caller()
  let last = ''
  for (let seed = from; seed < from + 8; seed++) {
    const body = await referenced(s, route, params, sample(route.body, seed))
    if (body instanceof UnsupportedSchema) return { last: `schema beyond the generator: ${body.reason}` }
    const res = await s.app.inject({ method: route.method as 'POST', url, headers, payload: body as object })
    if (res.statusCode < 300) return { body, seed, res }
    last = `${res.statusCode} ${res.body.slice(0, 200)}`
  }
  return { last }
}

for (const service of servicesUnderTest) {
  t.test(`${service}: every create with an Idempotency-Key makes one record per key under concurrency`, async (t) => {
    const s = await startService(t, service)
    const creates = s.routes.filter((r) => r.idempotent)
    t.comment(`${service}: ${creates.length} routes take Idempotency-Key: ${creates.map((r) => r.operationId).join(', ') || '(none)'}`)
    let tested = 0
    for (const route of creates) {
      const params = await parentParams(s, route)
      if (typeof params === 'string') {
        t.comment(`idempotency: SKIPPED ${route.operationId}: ${params}`)
        continue
      }
      const url = fillPath(route.url, params)
      const beforeProbe = await s.rowCounts()
      const probe = await acceptedBody(s, route, url, SEED, params)
      if (!('body' in probe)) {
        t.comment(`idempotency: SKIPPED ${route.operationId}: no generated body accepted in 8 seeds (last: ${probe.last})`)
        continue
      }
      // What one create writes, across every table of the schema.
      const perCreate = delta(beforeProbe, await s.rowCounts())
      tested++
      const batch = Object.values((route.body?.properties as Record<string, { type?: string }> | undefined) ?? {}).some((p) => p.type === 'array')
      let seed = probe.seed! + 1
      let records = 0
      let fiveXx = 0
      let replayed = 0
      let inFlight = 0
      let roundsRun = 0
      let refused = 0
      for (let round = 0; round < ROUNDS && refused < 40; round++) {
        // A fresh body each round: creates often carry unique fields (codes, numbers).
        const body = await referenced(s, route, params, sample(route.body, seed++))
        const key = `rel-${route.operationId}-${round}-${seed}`
        const headers = { ...(await s.caller()), 'idempotency-key': key }
        const before = await s.rowCounts()
        const answers = await Promise.all(
          Array.from({ length: CONCURRENCY }, () => s.app.inject({ method: route.method as 'POST', url, headers, payload: body as object }))
        )
        const after = await s.rowCounts()
        const failures = answers.filter((a) => a.statusCode >= 500)
        fiveXx += failures.length
        if (failures.length) t.comment(`idempotency: ${route.operationId} round ${round}: ${failures.length} 5xx, first: ${failures[0]!.body.slice(0, 300)}`)
        const ok = answers.filter((a) => a.statusCode < 300)
        if (ok.length === 0 && failures.length === 0) {
          // This seed's body is refused by the domain (a clash on a unique field, say): not a key matter; try the next.
          if (refused++ === 0) t.comment(`idempotency: ${route.operationId}: a generated body was refused (${answers[0]!.statusCode} ${answers[0]!.body.slice(0, 200)}); trying the next seed`)
          round--
          t.equal(delta(before, after), 0, `${route.operationId}: a refused body writes nothing`)
          continue
        }
        roundsRun++
        inFlight += answers.filter((a) => a.statusCode === 409).length
        replayed += answers.filter((a) => a.headers['idempotent-replayed'] === 'true').length
        const distinct = new Set(ok.map((a) => a.body))
        t.equal(distinct.size, 1, `${route.operationId} round ${round}: every success is the same response`)
        const created = delta(before, after)
        if (created > 0) records++
        // A batch writes as many rows as its accepted items, so only single creates have a fixed count.
        if (batch) t.ok(created >= 0, `${route.operationId} round ${round}: batch wrote ${created} rows`)
        else t.equal(created, perCreate, `${route.operationId} round ${round}: the rows of exactly one create were written`)
        t.same(answers.filter((a) => a.statusCode >= 300 && a.statusCode !== 409).map((a) => `${a.statusCode} ${a.body.slice(0, 160)}`), [], `${route.operationId} round ${round}: only 2xx or 409 in flight`, { diagnostic: false })
        for (const a of answers.filter((x) => x.statusCode === 409)) t.same(problemViolations(a), [], 'the 409 is problem+json')
        // The same key once more, after the race: a replay of the one record.
        const again = await s.app.inject({ method: route.method as 'POST', url, headers, payload: body as object })
        t.equal(again.headers['idempotent-replayed'], 'true', `${route.operationId} round ${round}: a later retry is replayed`)
        t.ok(again.body === [...distinct][0], `${route.operationId} round ${round}: the replay is the first response`)
        t.equal(delta(after, await s.rowCounts()), 0, `${route.operationId} round ${round}: the replay writes nothing`)
      }
      t.equal(fiveXx, 0, `${route.operationId}: no 5xx`)
      t.ok(roundsRun >= Math.min(ROUNDS, 1), `${route.operationId}: rounds ran`)
      t.comment(`idempotency: ${route.operationId}: ${roundsRun} rounds x ${CONCURRENCY} concurrent: ${records} records (${refused} generated bodies refused by the domain), ${replayed} replays, ${inFlight} in-flight 409s, ${fiveXx} 5xx`)
      await edgeCases(t, s, route, url, seed + 100, batch ? 0 : perCreate, params)
    }
    t.comment(`idempotency: ${service}: ${tested} of ${creates.length} create routes exercised`)
  })
}

async function edgeCases(t: Test, s: ServiceUnderTest, route: RouteInfo, url: string, seed: number, perCreate: number, params: Record<string, string>) {
  const generated = acceptedBodyWithoutWriting(route, seed)
  const first = await referenced(s, route, params, generated)
  const other = await referenced(s, route, params, otherBody(route, generated, seed + 50))
  const key = `edge-${route.operationId}-${seed}`
  const alice = { ...(await s.caller({ sub: 'key:alice' })), 'idempotency-key': key }
  const bob = { ...(await s.caller({ sub: 'key:bob' })), 'idempotency-key': key }

  // A failed validation is not remembered: the key stays free for the corrected request.
  const invalid = await s.app.inject({ method: 'POST', url, headers: alice, payload: { ...(first as object), __notAField: true } })
  t.ok(invalid.statusCode >= 400 && invalid.statusCode < 500, `${route.operationId}: an invalid body with a key is a 4xx (${invalid.statusCode})`)
  const created = await s.app.inject({ method: 'POST', url, headers: alice, payload: first as object })
  if (created.statusCode >= 300) {
    t.comment(`idempotency edge cases: SKIPPED ${route.operationId}: seed ${seed} body refused (${created.statusCode})`)
    return
  }
  t.not(created.headers['idempotent-replayed'], 'true', `${route.operationId}: the failed validation left no key behind`)

  const reused = await s.app.inject({ method: 'POST', url, headers: alice, payload: other as object })
  t.equal(reused.statusCode, 422, `${route.operationId}: the same key with another body is 422`)
  t.same(problemViolations(reused), [], 'the 422 is problem+json')

  const before = await s.rowCounts()
  const bobs = await s.app.inject({ method: 'POST', url, headers: bob, payload: other as object })
  t.ok(bobs.statusCode < 300 && bobs.headers['idempotent-replayed'] !== 'true', `${route.operationId}: another caller's same key is independent (${bobs.statusCode})`)
  // A batch whose generated items were all refused writes nothing, with or without a key.
  if (perCreate > 0) t.ok(delta(before, await s.rowCounts()) > 0, `${route.operationId}: another caller's key creates its own record`)

  // Expiry: once the retention period has passed the key is free again (aged in the database,
  // as the hourly purge would find it).
  await s.sql(`update "${s.name}".idempotency_keys set expires_at = now() - interval '1 second' where key = $1 and caller = 'key:alice'`, [key])
  const third = await referenced(s, route, params, sample(route.body, seed + 99))
  const afterExpiry = await s.app.inject({ method: 'POST', url, headers: alice, payload: third as object })
  t.ok(afterExpiry.statusCode !== 422 && afterExpiry.headers['idempotent-replayed'] !== 'true', `${route.operationId}: an expired key is not replayed nor refused as reused (${afterExpiry.statusCode})`)
  t.comment(`idempotency edge cases: ${route.operationId}: other body ${reused.statusCode}, other caller ${bobs.statusCode}, failed validation not remembered, after expiry ${afterExpiry.statusCode}`)
}

/** `body` naming records that exist where it names one by id (records.ts withReferences); an unsupported schema as it is. */
async function referenced(s: ServiceUnderTest, route: RouteInfo, params: Record<string, string>, body: unknown): Promise<unknown> {
  return body instanceof UnsupportedSchema ? body : withReferences(s, route, params, body, await s.caller())
}

function acceptedBodyWithoutWriting(route: RouteInfo, seed: number) {
  return sample(route.body, seed)
}

/** A body other than `first`, from the next seeds (bodies from a schema's few examples repeat). */
function otherBody(route: RouteInfo, first: unknown, from: number): unknown {
  for (let seed = from; seed < from + 10; seed++) {
    const body = sample(route.body, seed)
    if (JSON.stringify(body) !== JSON.stringify(first)) return body
  }
  return sample(route.body, from)
}
