/**
 * Where webhooks may go, without a database: the allow-list as the operator writes it, URLs in
 * every spelling of a host, and the classes of address a host name may resolve to.
 */
import type { LookupAddress } from 'node:dns'
import type { lookup } from 'node:dns/promises'
import t from 'tap'
import { loadServiceConfig } from '../../src/config.js'
import { addressClass, checkTarget, resolveTarget, type WebhookConfig } from '../../src/events/index.js'
import { testKeys, testSettings } from '../../src/testing/index.js'

const { publicJwk } = await testKeys()
const load = (env: Record<string, string>) =>
  loadServiceConfig('directory', { ...testSettings, DIRECTORY_DATABASE_URL: 'postgres://x@127.0.0.1:1/x', POSTCARE_IDENTITY_PUBLIC_KEY: publicJwk, ...env })

t.test('the allow-list is read from WEBHOOK_ALLOWED_HOSTS, and a bad entry stops the service naming it', async (t) => {
  const config = load({ WEBHOOK_ALLOWED_HOSTS: ' crm.post.example, *.warehouse.post.example,10.2.3.4:8443 , [FD00::5]' }).webhooks
  t.same(config.allowedHosts, [
    { host: 'crm.post.example', wildcard: false, literal: false, port: null },
    { host: 'warehouse.post.example', wildcard: true, literal: false, port: null },
    { host: '10.2.3.4', wildcard: false, literal: true, port: 8443 },
    { host: 'fd00::5', wildcard: false, literal: true, port: null }
  ])
  t.match(load({}).webhooks, { allowedHosts: [], secretKey: null, allowHttp: false, allowPrivateAddresses: false, disableAfterFailures: 20 })
  t.throws(() => load({ WEBHOOK_ALLOWED_HOSTS: 'crm.post.example,http://x.example,a b' }), /WEBHOOK_ALLOWED_HOSTS: "http:\/\/x.example" is not a host[\s\S]*"a b"/)
  t.throws(() => load({ WEBHOOK_ALLOWED_HOSTS: 'x.example:70000' }), /the port must be 1 to 65535/)
  t.throws(() => load({ WEBHOOK_SECRET_KEY: 'short' }), /WEBHOOK_SECRET_KEY/)
  t.throws(() => load({ WEBHOOK_TIMEOUT_MS: '30000', WEBHOOK_LEASE_SECONDS: '50' }), /WEBHOOK_LEASE_SECONDS: must be at least twice WEBHOOK_TIMEOUT_MS/)
})

t.test('a URL is allowed only for a listed host, port and scheme, however its host is spelt', async (t) => {
  const config = load({ WEBHOOK_ALLOWED_HOSTS: 'crm.post.example,*.warehouse.post.example,10.2.3.4:8443,::1', WEBHOOK_ALLOW_HTTP: 'false' }).webhooks
  const allowed = ['https://crm.post.example/hooks', 'https://CRM.Post.Example:443/x', 'https://dw.warehouse.post.example/in', 'https://10.2.3.4:8443/', 'https://[0:0:0:0:0:0:0:1]/x']
  for (const url of allowed) t.type(checkTarget(url, config), 'object', url)
  const refused: Array<[string, RegExp]> = [
    ['http://crm.post.example/hooks', /must be https/],
    ['https://warehouse.post.example/', /not a host the operator allows/],
    ['https://crm.post.example.evil.example/', /not a host/],
    ['https://10.2.3.4/', /10\.2\.3\.4, which is not/],
    ['https://0x0a020305:8443/', /^names 10\.2\.3\.5:8443, which is not/],
    ['https://a:b@crm.post.example/', /credentials/],
    ['https://crm.post.example./', /not a host/],
    ['not a url', /is not a URL/]
  ]
  for (const [url, why] of refused) t.match(checkTarget(url, config), why, url)
  t.match(checkTarget('https://0x0a020304:8443/', config), { host: '10.2.3.4', port: 8443 }, 'the listed address spelt in hex is the same target')
})

t.test('addresses are classed, IPv4 inside IPv6 included', async (t) => {
  const cases: Array<[string, string]> = [
    ['8.8.8.8', 'public'], ['2606:4700::1111', 'public'], ['10.1.2.3', 'private'], ['172.20.0.1', 'private'], ['192.168.1.1', 'private'], ['100.64.0.1', 'private'], ['fd12::1', 'private'],
    ['127.0.0.1', 'loopback'], ['127.255.0.9', 'loopback'], ['::1', 'loopback'], ['::ffff:127.0.0.1', 'loopback'], ['::ffff:a01:203', 'private'],
    ['169.254.169.254', 'link-local'], ['fe80::1', 'link-local'], ['0.0.0.0', 'unspecified'], ['::', 'unspecified'], ['224.0.0.1', 'multicast'], ['ff02::1', 'multicast'],
    ['240.0.0.1', 'reserved'], ['198.18.0.1', 'reserved']
  ]
  for (const [address, kind] of cases) t.equal(addressClass(address), kind, address)
})

t.test('a host name is refused when any address it resolves to may not be called', async (t) => {
  const base = load({ WEBHOOK_ALLOWED_HOSTS: 'crm.post.example' }).webhooks
  const target = checkTarget('https://crm.post.example/hooks', base)
  if (typeof target === 'string') throw new Error(target)
  const resolving = (...addresses: string[]) => (async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))) as unknown as typeof lookup
  const check = (config: WebhookConfig, ...addresses: string[]) => resolveTarget(target, config, resolving(...addresses))
  t.same(await check(base, '203.0.113.9'), 'crm.post.example resolves to 203.0.113.9, a reserved address: only an address written in WEBHOOK_ALLOWED_HOSTS may be one')
  t.same(await check(base, '8.8.4.4', '2001:4860::8844'), [{ address: '8.8.4.4', family: 4 }, { address: '2001:4860::8844', family: 6 }] as LookupAddress[])
  t.match(await check(base, '8.8.4.4', '10.0.0.7'), /resolves to 10\.0\.0\.7, a private address: private addresses are allowed only with WEBHOOK_ALLOW_PRIVATE_ADDRESSES/)
  t.same(await check({ ...base, allowPrivateAddresses: true }, '10.0.0.7'), [{ address: '10.0.0.7', family: 4 }])
  t.match(await check({ ...base, allowPrivateAddresses: true }, '169.254.169.254'), /link-local/, 'cloud metadata is never reached through a name')
  t.match(await check({ ...base, allowPrivateAddresses: true }, '::ffff:127.0.0.1'), /loopback/)
  const failing = (async () => {
    throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' })
  }) as unknown as typeof lookup
  t.equal(await resolveTarget(target, base, failing), 'crm.post.example could not be resolved (ENOTFOUND)')
})
