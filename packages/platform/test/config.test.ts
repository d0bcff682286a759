/**
 * Settings are validated before anything starts, and every complaint names the setting.
 */
import { spawnSync } from 'node:child_process'
import t from 'tap'
import { loadConfig as loadGatewayConfig } from '../../../services/gateway/src/app.js'
import { ConfigError, loadServiceConfig } from '../src/config.js'
import { testKeys } from '../src/testing/index.js'

const { publicJwk, privateJwk } = await testKeys()
const good = { DIRECTORY_DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/postcare', POSTCARE_IDENTITY_PUBLIC_KEY: publicJwk, POSTCARE_TIME_ZONE: 'Asia/Hong_Kong' }

function problemsOf(fn: () => unknown): string[] {
  try {
    fn()
  } catch (err) {
    if (err instanceof ConfigError) return err.problems
    throw err
  }
  return []
}

t.test('a complete configuration loads, frozen, with defaults', async (t) => {
  const config = loadServiceConfig('directory', good)
  t.match(config, { service: 'directory', host: '127.0.0.1', port: 3101, logLevel: 'info', bodyLimitBytes: 1_048_576 })
  t.same(config.calendar, { timeZone: 'Asia/Hong_Kong', financialYearStartMonth: 4, businessHours: { opensAt: 540, closesAt: 1020 } }, 'the operator\'s calendar, April financial years and 09:00-17:00 by default')
  t.ok(Object.isFrozen(config))
})

const cases: Array<[string, Record<string, string | undefined>, string]> = [
  ['no database URL', { ...good, DIRECTORY_DATABASE_URL: undefined }, 'DIRECTORY_DATABASE_URL'],
  ['a database URL that is not postgres://', { ...good, DIRECTORY_DATABASE_URL: 'mysql://u@h/db' }, 'DIRECTORY_DATABASE_URL'],
  ['a bad shared DATABASE_URL', { ...good, DIRECTORY_DATABASE_URL: undefined, DATABASE_URL: 'localhost:5432' }, 'DATABASE_URL'],
  ['no identity public key', { ...good, POSTCARE_IDENTITY_PUBLIC_KEY: undefined }, 'POSTCARE_IDENTITY_PUBLIC_KEY'],
  ['an identity public key that is not JSON', { ...good, POSTCARE_IDENTITY_PUBLIC_KEY: 'this is not a JWK at all' }, 'POSTCARE_IDENTITY_PUBLIC_KEY'],
  ['a port that is not a number', { ...good, DIRECTORY_PORT: 'eighty' }, 'DIRECTORY_PORT'],
  ['a port out of range', { ...good, DIRECTORY_PORT: '70000' }, 'DIRECTORY_PORT'],
  ['an unknown log level', { ...good, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ['a pool of zero', { ...good, DB_POOL_MAX: '0' }, 'DB_POOL_MAX'],
  ['a tiny body limit', { ...good, DIRECTORY_BODY_LIMIT_BYTES: '10' }, 'DIRECTORY_BODY_LIMIT_BYTES'],
  // No default: a UTC default would count a complaint at 07:30 on 1 April in Hong Kong in the previous financial year.
  ['no time zone', { ...good, POSTCARE_TIME_ZONE: undefined }, 'POSTCARE_TIME_ZONE'],
  ['a time zone that is not an IANA name', { ...good, POSTCARE_TIME_ZONE: 'HKT' }, 'POSTCARE_TIME_ZONE'],
  ['a fixed offset for a time zone', { ...good, POSTCARE_TIME_ZONE: '+08:00' }, 'POSTCARE_TIME_ZONE'],
  ['a thirteenth month', { ...good, POSTCARE_FINANCIAL_YEAR_START_MONTH: '13' }, 'POSTCARE_FINANCIAL_YEAR_START_MONTH'],
  ['business hours that close before they open', { ...good, POSTCARE_BUSINESS_HOURS: '17:00-09:00' }, 'POSTCARE_BUSINESS_HOURS']
]
for (const [what, env, name] of cases) {
  t.test(`${what} is refused, naming ${name}`, async (t) => {
    const problems = problemsOf(() => loadServiceConfig('directory', env))
    t.ok(problems.length > 0, 'refused')
    t.ok(problems.some((p) => p.startsWith(name)), `${JSON.stringify(problems)} names ${name}`)
  })
}

t.test('several bad settings are all named at once', async (t) => {
  const problems = problemsOf(() => loadServiceConfig('directory', { ...good, DIRECTORY_PORT: 'x', LOG_LEVEL: 'loud', POSTCARE_TIME_ZONE: undefined }))
  t.ok(problems.some((p) => p.startsWith('DIRECTORY_PORT')))
  t.ok(problems.some((p) => p.startsWith('LOG_LEVEL')))
  t.ok(problems.some((p) => p.startsWith('POSTCARE_TIME_ZONE')))
})

const gatewayGood = { GATEWAY_DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/postcare', POSTCARE_IDENTITY_PRIVATE_KEY: privateJwk }
const gatewayCases: Array<[string, Record<string, string | undefined>, string]> = [
  ['a public key where the private one belongs', { ...gatewayGood, POSTCARE_IDENTITY_PRIVATE_KEY: publicJwk }, 'POSTCARE_IDENTITY_PRIVATE_KEY'],
  ['a JWKS URL without issuer and audience', { ...gatewayGood, GATEWAY_JWKS_URL: 'https://idp.example/jwks' }, 'GATEWAY_JWT_ISSUER'],
  ['a short admin key', { ...gatewayGood, POSTCARE_ADMIN_API_KEY: 'short' }, 'POSTCARE_ADMIN_API_KEY'],
  ['a CORS origin with a path', { ...gatewayGood, GATEWAY_CORS_ORIGINS: 'https://a.example/app' }, 'GATEWAY_CORS_ORIGINS'],
  ['an upstream that is not a URL', { ...gatewayGood, GATEWAY_UPSTREAM_FEEDBACK: 'feedback:3102' }, 'GATEWAY_UPSTREAM_FEEDBACK'],
  ['service keys that are not JSON', { ...gatewayGood, GATEWAY_SERVICE_KEYS: 'feedback=abc' }, 'GATEWAY_SERVICE_KEYS'],
  ['a service key for no service', { ...gatewayGood, GATEWAY_SERVICE_KEYS: JSON.stringify({ billing: 'x'.repeat(40) }) }, 'GATEWAY_SERVICE_KEYS']
]
for (const [what, env, name] of gatewayCases) {
  t.test(`the gateway refuses ${what}, naming ${name}`, async (t) => {
    const problems = problemsOf(() => loadGatewayConfig(env))
    t.ok(problems.some((p) => p.startsWith(name)), `${JSON.stringify(problems)} names ${name}`)
  })
}

t.test('a service started with a bad setting exits 78 before listening, saying which setting', async (t) => {
  const res = spawnSync(process.execPath, ['--import', 'tsx', new URL('../../../services/directory/src/server.ts', import.meta.url).pathname], {
    env: { PATH: process.env.PATH, DIRECTORY_DATABASE_URL: 'postgres://u:p@127.0.0.1:9/none', POSTCARE_IDENTITY_PUBLIC_KEY: publicJwk, POSTCARE_TIME_ZONE: 'UTC', DIRECTORY_PORT: 'eighty' },
    encoding: 'utf8',
    timeout: 30_000
  })
  t.equal(res.status, 78)
  t.match(res.stderr, /DIRECTORY_PORT/)
})

t.test('a service started without POSTCARE_TIME_ZONE exits 78 before listening, saying so', async (t) => {
  const res = spawnSync(process.execPath, ['--import', 'tsx', new URL('../../../services/directory/src/server.ts', import.meta.url).pathname], {
    env: { PATH: process.env.PATH, DIRECTORY_DATABASE_URL: 'postgres://u:p@127.0.0.1:9/none', POSTCARE_IDENTITY_PUBLIC_KEY: publicJwk },
    encoding: 'utf8',
    timeout: 30_000
  })
  t.equal(res.status, 78)
  t.match(res.stderr, /POSTCARE_TIME_ZONE: must be set to the operator's IANA time zone/)
})

t.test('the gateway keeps no days: it needs no time zone', async (t) => {
  t.same(problemsOf(() => loadGatewayConfig(gatewayGood)), [])
})

t.test('messaging settings: defaults send nothing anywhere, and the From names the Message-ID domain', async (t) => {
  t.match(loadServiceConfig('directory', good).messaging, { smtpUrl: null, spoolDir: null, from: 'Postcare <no-reply@postcare.invalid>', messageIdDomain: 'postcare.invalid' })
  const config = loadServiceConfig('directory', { ...good, SMTP_URL: 'smtps://user:pass@mail.post.example:465', MAIL_FROM: '"Customer Services" <Care@Post.Example>' })
  t.match(config.messaging, { smtpUrl: 'smtps://user:pass@mail.post.example:465', messageIdDomain: 'post.example' })
})

const messagingCases: Array<[string, Record<string, string | undefined>, string]> = [
  ['a mail relay that is not smtp:// or smtps://', { ...good, SMTP_URL: 'http://mail.example:25' }, 'SMTP_URL'],
  ['a From that is not an address', { ...good, MAIL_FROM: 'Postcare' }, 'MAIL_FROM'],
  ['a batch the rate limit cannot send within half a lease', { ...good, MESSAGES_BATCH_SIZE: '1000', SMTP_MAX_PER_SECOND: '5', MESSAGES_LEASE_SECONDS: '120' }, 'MESSAGES_BATCH_SIZE'],
  ['no attempts at all', { ...good, MESSAGES_MAX_ATTEMPTS: '0' }, 'MESSAGES_MAX_ATTEMPTS']
]
for (const [what, env, name] of messagingCases) {
  t.test(`${what} is refused, naming ${name}`, async (t) => {
    const problems = problemsOf(() => loadServiceConfig('directory', env))
    t.ok(problems.some((p) => p.startsWith(name)), `${JSON.stringify(problems)} names ${name}`)
  })
}
