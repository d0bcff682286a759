/**
 * Items 10 and 12: every registered route of every service, except an explicit allowlist, refuses
 * bad identity tokens with 401 before any handler runs, and refuses a caller without the route's
 * scope with 403. The policy table is read from the routes themselves, so it covers 100% of them.
 */
import { scopes } from '@postcare/contracts'
import { generateIdentityKeys, IDENTITY_HEADER, IDENTITY_ISSUER, IdentitySigner, audienceFor } from '@postcare/platform'
import { testKeys } from '@postcare/platform/testing'
import { importJWK, SignJWT } from 'jose'
import t from 'tap'
import { fillPath, problemViolations, servicesUnderTest, startService, type ServiceUnderTest } from '../reliability/harness.js'

/**
 * Routes that answer without a caller: they describe the service or say whether it is alive, and
 * the liaison public record (published by design, read through views that hold nothing
 * confidential; the gateway lets exactly these through, rate-limited per address).
 */
const PUBLIC_ALLOWLIST = new Set([
  'GET /openapi.json', 'GET /health/live', 'GET /health/ready',
  'GET /v1/liaison/public/meetings', 'GET /v1/liaison/public/meetings/:meetingId', 'GET /v1/liaison/public/meetings/:meetingId/papers/:paperId'
])

const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url')

async function badTokens(service: string): Promise<Record<string, string | undefined>> {
  const { privateJwk } = await testKeys()
  const claims = { name: 'x', kind: 'api_key', scp: ['directory:read'], office: null }
  const key = await importJWK(JSON.parse(privateJwk) as object, 'EdDSA')
  const now = Math.floor(Date.now() / 1000)
  const expired = await new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' }).setSubject('key:x').setIssuer(IDENTITY_ISSUER)
    .setAudience(audienceFor(service)).setIssuedAt(now - 600).setExpirationTime(now - 300).sign(key)
  const stranger = await IdentitySigner.fromJwk((await generateIdentityKeys()).privateJwk)
  const identity = { sub: 'key:x', name: 'x', kind: 'api_key' as const, scopes: ['directory:read'], office: null }
  return {
    missing: undefined,
    malformed: 'not.a-jwt',
    expired,
    'wrongly signed': await stranger.sign(identity, service),
    'wrong audience': await (await IdentitySigner.fromJwk(privateJwk)).sign(identity, service === 'survey' ? 'directory' : 'survey'),
    'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, sub: 'key:x', iss: IDENTITY_ISSUER, aud: audienceFor(service), iat: now, exp: now + 60 })}.`
  }
}

const label = (r: { method: string; url: string }) => `${r.method} ${r.url}`

async function call(s: ServiceUnderTest, route: { method: string; url: string }, headers: Record<string, string>) {
  const withBody = ['POST', 'PUT', 'PATCH'].includes(route.method)
  return s.app.inject({ method: route.method as 'GET', url: fillPath(route.url, {}), headers, ...(withBody ? { payload: {} } : {}) })
}

for (const service of servicesUnderTest) {
  t.test(`${service}: every route outside the allowlist refuses missing and bad identity tokens with 401 before any handler runs`, async (t) => {
    const s = await startService(t, service)
    const tokens = await badTokens(service)
    const guarded = s.registered.filter((r) => !PUBLIC_ALLOWLIST.has(label(r)))
    const reachedBefore = s.reached.length
    const rowsBefore = await s.rowCounts()
    let requests = 0
    for (const route of guarded) {
      for (const [kind, token] of Object.entries(tokens)) {
        const res = await call(s, route, token === undefined ? {} : { [IDENTITY_HEADER]: token })
        requests++
        t.equal(res.statusCode, 401, `${label(route)} with a ${kind} token is 401`)
        t.same(problemViolations(res), [], `${label(route)} ${kind}: problem+json`)
      }
    }
    t.equal(s.reached.length - reachedBefore, 0, 'no handler ran for any of them')
    t.same(await s.rowCounts(), rowsBefore, 'nothing was written')
    // The allowlist is exact: a route that is public without being on it fails here.
    const open: string[] = []
    for (const route of s.registered) {
      const res = await call(s, route, {})
      if (res.statusCode !== 401) open.push(label(route))
    }
    t.same(open.filter((r) => !PUBLIC_ALLOWLIST.has(r)), [], 'only allowlisted routes answer without a caller')
    t.comment(`authentication: ${service}: ${guarded.length} routes x ${Object.keys(tokens).length} bad tokens = ${requests} requests: all 401, 0 handlers reached; public: ${open.join(', ')}`)
  })

  t.test(`${service}: the policy table covers every route and each refuses a caller without its scope with 403`, async (t) => {
    const s = await startService(t, service)
    const guarded = s.registered.filter((r) => !PUBLIC_ALLOWLIST.has(label(r)))
    const table: Array<{ route: string; scope: string }> = []
    const reachedBefore = s.reached.length
    for (const route of guarded) {
      const res = await call(s, route, await s.caller({ scopes: [] }))
      t.equal(res.statusCode, 403, `${label(route)} without scopes is 403`)
      t.same(problemViolations(res), [], `${label(route)}: problem+json`)
      const scope = /needs the scope `([^`]+)`/.exec(String((res.json() as { detail?: string }).detail))?.[1]
      t.ok(scope, `${label(route)} names its scope`)
      if (!scope) continue
      table.push({ route: label(route), scope })
      // Every other scope in the system, but not this one: still 403.
      const others = await s.caller({ scopes: scopes.filter((x) => x !== scope) })
      t.equal((await call(s, route, others)).statusCode, 403, `${label(route)} with every scope but ${scope} is 403`)
      const only = await call(s, route, await s.caller({ scopes: [scope] }))
      t.not(only.statusCode, 403, `${label(route)} with ${scope} alone gets past authorization (${only.statusCode})`)
      t.not(only.statusCode, 401, `${label(route)} with ${scope} alone is authenticated`)
    }
    t.equal(table.length, guarded.length, `the policy table covers ${table.length} of ${guarded.length} routes`)
    t.comment(`authorization: ${service}: policy table covers ${table.length}/${guarded.length} routes (100%), each 403 without its scope:\n${table.map((r) => `  ${r.route} -> ${r.scope}`).join('\n')}`)
    t.ok(s.reached.length - reachedBefore <= guarded.length, 'handlers ran only for the calls that carried the scope')
  })
}
