/**
 * Staff bearer tokens, checked against a JWKS served on 127.0.0.1 the way an identity provider
 * publishes one, through the real gateway to a stand-in service that reports what reached it.
 */
import { createServer } from 'node:http'
import { IDENTITY_HEADER, IdentityVerifier, type Identity } from '@postcare/platform'
import { testKeys } from '@postcare/platform/testing'
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose'
import t, { type Test } from 'tap'
import { call, listenServer, startGateway } from '../helper.js'

const ISSUER = 'https://idp.postal.example'
const AUDIENCE = 'postcare-api'

const provider = await generateKeyPair('RS256')
const stranger = await generateKeyPair('RS256')
const jwk = { ...(await exportJWK(provider.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }
let jwksRequests = 0
const jwksUrl = await listenServer(
  t,
  createServer((_req, res) => {
    jwksRequests++
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ keys: [jwk] }))
  })
)

const received: string[] = []
const service = await listenServer(
  t,
  createServer((req, res) => {
    received.push(String(req.headers[IDENTITY_HEADER]))
    res.setHeader('content-type', 'application/json')
    res.end('{}')
  })
)

const { url: gw } = await startGateway(t, {
  upstreams: { liaison: service },
  env: { GATEWAY_JWKS_URL: `${jwksUrl}/.well-known/jwks.json`, GATEWAY_JWT_ISSUER: ISSUER, GATEWAY_JWT_AUDIENCE: AUDIENCE }
})

interface TokenOptions {
  key?: CryptoKey
  issuer?: string
  audience?: string
  expiresAt?: number
  kid?: string
  claims?: Record<string, unknown>
}

function token(opts: TokenOptions = {}): Promise<string> {
  return new SignJWT({ scope: 'liaison:read directory:read unknown:scope', name: 'Chan Tai Man', office: 'ISL001', ...opts.claims })
    .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? 'k1' })
    .setSubject('staff-1001')
    .setIssuer(opts.issuer ?? ISSUER)
    .setAudience(opts.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(opts.expiresAt ?? Math.floor(Date.now() / 1000) + 300)
    .sign(opts.key ?? provider.privateKey)
}

const bearer = (value: string) => call(gw, '/v1/liaison/groups', { key: null, headers: { authorization: `Bearer ${value}` } })

async function refused(t: Test, value: string, detail?: RegExp) {
  received.length = 0
  const res = await bearer(value)
  t.equal(res.status, 401)
  t.match(res.headers.get('content-type'), /^application\/problem\+json/)
  const problem = await res.json()
  t.equal(problem.code, 'UNAUTHENTICATED')
  if (detail) t.match(problem.detail, detail)
  t.equal(received.length, 0, 'nothing reached the service')
}

async function identityReceived(): Promise<Identity | null> {
  const verifier = await IdentityVerifier.create((await testKeys()).publicJwk, 'liaison')
  return verifier.verify(received[0]!)
}

t.test('a good staff token passes, and the service gets the staff member with known scopes and office', async (t) => {
  received.length = 0
  const res = await bearer(await token())
  t.equal(res.status, 200)
  t.ok(jwksRequests >= 1, 'the key set was fetched from the JWKS URL')
  t.same(await identityReceived(), { sub: 'user:staff-1001', name: 'Chan Tai Man', kind: 'user', scopes: ['liaison:read', 'directory:read'], office: 'ISL001' })
})

t.test('the office claim "*" makes the staff member network-wide, explicitly', async (t) => {
  received.length = 0
  const res = await bearer(await token({ claims: { office: '*' } }))
  t.equal(res.status, 200)
  t.match(await identityReceived(), { sub: 'user:staff-1001', office: null })
})

t.test('a token whose office claim is missing, or neither an office code nor "*", is 401 saying so', async (t) => {
  const cases: Array<[string, unknown]> = [
    ['missing', undefined],
    ['null', null],
    ['a number', 1],
    ['true', true],
    ['an array', ['ISL001']],
    ['an array holding "*"', ['*']],
    ['an object', { code: 'ISL001' }],
    ['lower case', 'isl001'],
    ['empty', ''],
    ['another string', 'ALL'],
    ['an office code and more', 'ISL0011'],
    ['"*" with a space', ' *'],
    ['"**"', '**']
  ]
  for (const [what, office] of cases) {
    t.test(what, async (t) => {
      await refused(t, await token({ claims: { office } }), /`office` claim is missing or not valid/)
    })
  }
})

t.test('a token from another issuer is 401', async (t) => {
  await refused(t, await token({ issuer: 'https://evil.example' }))
})

t.test('a token for another audience is 401', async (t) => {
  await refused(t, await token({ audience: 'some-other-app' }))
})

t.test('an expired token is 401', async (t) => {
  await refused(t, await token({ expiresAt: Math.floor(Date.now() / 1000) - 120 }))
})

t.test('an unsigned token (alg none) is 401', async (t) => {
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'staff-1001', iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 300, scope: 'liaison:read' })}.`
  await refused(t, unsigned)
})

t.test('a token signed by a key not in the JWKS is 401', async (t) => {
  await refused(t, await token({ key: stranger.privateKey }))
  await refused(t, await token({ key: stranger.privateKey, kid: 'k2' }))
})

t.test('an HMAC token keyed with the provider\'s public key is 401', async (t) => {
  const secret = new TextEncoder().encode(JSON.stringify(jwk))
  const forged = await new SignJWT({ scope: 'liaison:read' })
    .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
    .setSubject('staff-1001')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime('5m')
    .sign(secret)
  await refused(t, forged)
})

t.test('garbage in place of a token is 401', async (t) => {
  await refused(t, 'not-a-jwt')
})
