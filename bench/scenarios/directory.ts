/**
 * Reads through the directory service, direct and through the gateway, against the bare
 * baselines: framework cost (Fastify vs node:http), database cost (Fastify + pg vs Fastify),
 * service overhead (the real route vs Fastify + pg) and the gateway hop.
 */
import type { Group, Member } from '../lib/harness.js'
import type { Proc } from '../lib/system.js'
import type { Context } from './context.js'

/** The nginx reverse-proxy member of a group, when nginx runs; the service behind it is the same. */
function nginxMember(nginx: Proc | null, paths: string[], headers: () => Promise<Record<string, string>>, servicePid: number): Member[] {
  if (!nginx) return []
  return [{ key: 'nginx', label: 'baseline: nginx reverse proxy in front of the service', spec: async () => ({ origin: nginx.origin, method: 'GET', paths, headers: await headers() }), pids: () => [nginx.pid, servicePid] }]
}

export async function directoryGroups(ctx: Context): Promise<Group[]> {
  const { system } = ctx
  const directory = system.services.get('directory')!
  const gateway = system.gateway
  const { rows } = await ctx.admin.query<{ code: string }>('select code from directory.offices order by code')
  if (rows.length === 0) throw new Error('the directory has no offices (demo seed missing)')
  const codes = rows.map((r) => r.code)
  const [raw, fastify, pgGet, pgList] = await Promise.all(['raw-http', 'fastify', 'fastify-pg-get', 'fastify-pg-list'].map((k) => system.startBaseline(k)))
  const proxy = await system.startBaseline('proxy', { BENCH_UPSTREAM: directory.origin })
  // nginx in front of the same service: the limit of a reverse-proxy hop (absent without nginx).
  const nginx = await system.startNginx(directory.origin)
  const read = ['directory:read']
  const getPaths = codes.map((c) => `/v1/directory/offices/${c}`)

  return [
    {
      key: 'framework',
      label: 'A static office as JSON, 50 connections',
      connections: 50,
      members: [
        { key: 'node-http', label: 'baseline: raw node:http', spec: async () => ({ origin: raw!.origin, method: 'GET', paths: ['/office'], headers: {} }), pids: () => [raw!.pid] },
        { key: 'fastify', label: 'baseline: bare Fastify + response schema', spec: async () => ({ origin: fastify!.origin, method: 'GET', paths: ['/office'], headers: {} }), pids: () => [fastify!.pid] }
      ],
      comparisons: [{ key: 'fastify-vs-node', label: 'bare Fastify ÷ raw node:http', scenario: 'fastify', baseline: 'node-http', metric: 'throughput' }]
    },
    {
      key: 'get-by-id',
      label: `GET an office by code (${codes.length} codes in turn), 50 connections`,
      connections: 50,
      members: [
        { key: 'fastify', label: 'baseline: bare Fastify, no database', spec: async () => ({ origin: fastify!.origin, method: 'GET', paths: ['/office'], headers: {} }), pids: () => [fastify!.pid] },
        { key: 'fastify-pg', label: 'baseline: bare Fastify + pg by primary key', spec: async () => ({ origin: pgGet!.origin, method: 'GET', paths: codes.map((c) => `/offices/${c}`), headers: {} }), pids: () => [pgGet!.pid] },
        { key: 'direct', label: 'directory service, direct', spec: async () => ({ origin: directory.origin, method: 'GET', paths: getPaths, headers: await ctx.direct('directory', read) }), pids: () => [directory.pid] },
        { key: 'bare-proxy', label: 'baseline: bare Fastify + undici proxy in front of the service', spec: async () => ({ origin: proxy.origin, method: 'GET', paths: getPaths, headers: await ctx.direct('directory', read) }), pids: () => [proxy.pid, directory.pid] },
        { key: 'gateway', label: 'directory service through the gateway', spec: async () => ({ origin: gateway.origin, method: 'GET', paths: getPaths, headers: ctx.viaGateway() }), pids: () => [gateway.pid, directory.pid] },
        ...nginxMember(nginx, getPaths, () => ctx.direct('directory', read), directory.pid)
      ],
      comparisons: [
        ...(nginx ? [{ key: 'nginx-throughput', label: 'baseline nginx proxy ÷ direct (the limit of a reverse-proxy hop)', scenario: 'nginx', baseline: 'direct', metric: 'throughput' as const }, { key: 'gateway-vs-nginx', label: 'gateway ÷ nginx proxy', scenario: 'gateway', baseline: 'nginx', metric: 'throughput' as const }] : []),
        { key: 'pg-vs-fastify', label: 'bare Fastify + pg ÷ bare Fastify', scenario: 'fastify-pg', baseline: 'fastify', metric: 'throughput' },
        { key: 'service-overhead', label: 'Service overhead: GET by id via service ÷ bare Fastify + pg', scenario: 'direct', baseline: 'fastify-pg', metric: 'throughput', goal: { op: '>=', value: 0.8, text: '≥ 0.8x' } },
        { key: 'gateway-throughput', label: 'Gateway: GET via gateway ÷ direct, 50 connections', scenario: 'gateway', baseline: 'direct', metric: 'throughput', goal: { op: '>=', value: 0.6, text: '≥ 0.6x' } },
        { key: 'bare-proxy-throughput', label: 'bare undici proxy ÷ direct (the limit of a Node proxy hop)', scenario: 'bare-proxy', baseline: 'direct', metric: 'throughput' },
        { key: 'gateway-vs-bare-proxy', label: 'gateway ÷ bare undici proxy (auth, rate limit, token, logging)', scenario: 'gateway', baseline: 'bare-proxy', metric: 'throughput' }
      ]
    },
    {
      key: 'get-by-id-1c',
      label: 'GET an office by code, 1 connection',
      connections: 1,
      members: [
        { key: 'direct', label: 'directory service, direct', spec: async () => ({ origin: directory.origin, method: 'GET', paths: getPaths, headers: await ctx.direct('directory', read) }), pids: () => [directory.pid] },
        { key: 'bare-proxy', label: 'baseline: bare Fastify + undici proxy', spec: async () => ({ origin: proxy.origin, method: 'GET', paths: getPaths, headers: await ctx.direct('directory', read) }), pids: () => [proxy.pid, directory.pid] },
        { key: 'gateway', label: 'directory service through the gateway', spec: async () => ({ origin: gateway.origin, method: 'GET', paths: getPaths, headers: ctx.viaGateway() }), pids: () => [gateway.pid, directory.pid] },
        ...nginxMember(nginx, getPaths, () => ctx.direct('directory', read), directory.pid)
      ],
      comparisons: [
        ...(nginx ? [{ key: 'nginx-latency', label: 'baseline nginx proxy: p50 added at 1 connection (ms)', scenario: 'nginx', baseline: 'direct', metric: 'p50-added' as const }] : []),
        { key: 'bare-proxy-latency', label: 'bare undici proxy: p50 added at 1 connection (ms)', scenario: 'bare-proxy', baseline: 'direct', metric: 'p50-added' }, { key: 'gateway-latency', label: 'Gateway: p50 added at 1 connection (ms)', scenario: 'gateway', baseline: 'direct', metric: 'p50-added', goal: { op: '<=', value: 0.2, text: '≤ 0.2 ms' } }]
    },
    {
      key: 'list',
      label: 'List offices, first page of 50, 50 connections',
      connections: 50,
      members: [
        { key: 'fastify-pg', label: 'baseline: bare Fastify + pg, same page', spec: async () => ({ origin: pgList!.origin, method: 'GET', paths: ['/offices?limit=50'], headers: {} }), pids: () => [pgList!.pid] },
        { key: 'direct', label: 'directory service, direct', spec: async () => ({ origin: directory.origin, method: 'GET', paths: ['/v1/directory/offices?limit=50'], headers: await ctx.direct('directory', read) }), pids: () => [directory.pid] },
        { key: 'gateway', label: 'directory service through the gateway', spec: async () => ({ origin: gateway.origin, method: 'GET', paths: ['/v1/directory/offices?limit=50'], headers: ctx.viaGateway() }), pids: () => [gateway.pid, directory.pid] }
      ],
      comparisons: [
        { key: 'list-service', label: 'List via service ÷ bare Fastify + pg', scenario: 'direct', baseline: 'fastify-pg', metric: 'throughput' },
        { key: 'list-gateway', label: 'List via gateway ÷ direct', scenario: 'gateway', baseline: 'direct', metric: 'throughput' }
      ]
    }
  ]
}
