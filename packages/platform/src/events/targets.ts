/**
 * Where a webhook may be sent: no server-side request forgery through a subscription.
 *  - When subscribing (and when the URL changes), the URL's host must be one the operator allows
 *    (WEBHOOK_ALLOWED_HOSTS), https unless WEBHOOK_ALLOW_HTTP, with no credentials in it.
 *  - At every delivery the URL is checked again (the allow-list may have changed), the host name
 *    is resolved, and every address it resolves to must be public, or private when the operator
 *    allows private addresses; loopback, link-local (cloud metadata), multicast and reserved
 *    addresses are refused unless the operator wrote that very address in the allow-list. The
 *    connection then goes to the address checked (the lookup is pinned), so a DNS answer that
 *    changes between the check and the connection (rebinding) cannot redirect it.
 *  - Redirects are never followed (a 3xx is a failed delivery).
 */
import { lookup } from 'node:dns/promises'
import type { LookupAddress } from 'node:dns'
import { BlockList, isIP } from 'node:net'
import type { AllowedHost, WebhookConfig } from './settings.js'

export interface Target {
  url: URL
  /** The host as the connection names it (brackets removed). */
  host: string
  port: number
}

const canonical = (host: string) => {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  return isIP(bare) === 6 ? new URL(`http://[${bare}]`).hostname.slice(1, -1) : bare
}

function allows(entry: AllowedHost, host: string, port: number): boolean {
  if (entry.port !== null && entry.port !== port) return false
  if (entry.literal) return canonical(entry.host) === host
  if (isIP(host)) return false
  return entry.wildcard ? host.endsWith(`.${entry.host}`) : host === entry.host
}

/** The target of `raw`, or why it may not be called. */
export function checkTarget(raw: string, config: Pick<WebhookConfig, 'allowedHosts' | 'allowHttp'>): Target | string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'is not a URL'
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && config.allowHttp)) return config.allowHttp ? 'must be http or https' : 'must be https (the operator does not allow http)'
  if (url.username || url.password) return 'must not carry credentials'
  // The URL parser has already written the host canonically (`0x7f.1` is 127.0.0.1 by now).
  const host = canonical(url.hostname)
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80
  if (!config.allowedHosts.some((e) => allows(e, host, port))) return `names ${host}${url.port ? `:${port}` : ''}, which is not a host the operator allows (WEBHOOK_ALLOWED_HOSTS)`
  return { url, host, port }
}

const blocks = (ranges: Array<[string, number, 'ipv4' | 'ipv6']>) => {
  const list = new BlockList()
  for (const [net, prefix, type] of ranges) list.addSubnet(net, prefix, type)
  return list
}

/** Address classes a host name may never resolve to unless the address itself is allow-listed. */
const never: Array<[string, BlockList]> = [
  ['loopback', blocks([['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']])],
  ['unspecified', blocks([['0.0.0.0', 8, 'ipv4'], ['::', 128, 'ipv6']])],
  ['link-local', blocks([['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']])],
  ['multicast', blocks([['224.0.0.0', 4, 'ipv4'], ['ff00::', 8, 'ipv6']])],
  ['reserved', blocks([['240.0.0.0', 4, 'ipv4'], ['192.0.0.0', 24, 'ipv4'], ['192.0.2.0', 24, 'ipv4'], ['198.18.0.0', 15, 'ipv4'], ['198.51.100.0', 24, 'ipv4'], ['203.0.113.0', 24, 'ipv4'], ['100::', 64, 'ipv6'], ['2001:db8::', 32, 'ipv6']])]
]
const privateNetworks = blocks([['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['100.64.0.0', 10, 'ipv4'], ['fc00::', 7, 'ipv6']])

/** What kind of address this is: `public`, `private`, or a class that is never called through a host name. */
export function addressClass(address: string): string {
  const type = isIP(address) === 6 ? 'ipv6' : 'ipv4'
  for (const [name, list] of never) if (list.check(address, type)) return name
  return privateNetworks.check(address, type) ? 'private' : 'public'
}

/**
 * The addresses to connect to for `target`, each checked, or why none may be. An IP address in
 * the URL passed the allow-list as itself; a host name is resolved here.
 */
export async function resolveTarget(target: Target, config: Pick<WebhookConfig, 'allowPrivateAddresses'>, resolve = lookup): Promise<LookupAddress[] | string> {
  const family = isIP(target.host)
  if (family) return [{ address: target.host, family }]
  let addresses: LookupAddress[]
  try {
    addresses = await resolve(target.host, { all: true, verbatim: true })
  } catch (err) {
    return `${target.host} could not be resolved (${(err as NodeJS.ErrnoException).code ?? 'error'})`
  }
  if (addresses.length === 0) return `${target.host} has no address`
  for (const { address } of addresses) {
    const kind = addressClass(address)
    if (kind === 'public' || (kind === 'private' && config.allowPrivateAddresses)) continue
    const rule = kind === 'private' ? 'private addresses are allowed only with WEBHOOK_ALLOW_PRIVATE_ADDRESSES' : 'only an address written in WEBHOOK_ALLOWED_HOSTS may be one'
    return `${target.host} resolves to ${address}, a ${kind} address: ${rule}`
  }
  return addresses
}
