/**
 * One pg pool and one Kysely per service, scoped to the service's schema through search_path.
 * Connection, statement and query timeouts make a silent or dead database fail fast (503)
 * instead of hanging a request; the pool's error listener keeps a dropped idle connection from
 * crashing the process, and the pool reconnects by itself when the database returns.
 */
import { CamelCasePlugin, Kysely, PostgresAdapter, PostgresDialect, sql, type DialectAdapter } from 'kysely'
import pg from 'pg'
import type { Logger } from 'pino'
import { serializeError } from './logging.js'

// Calendar dates stay strings (no time-zone shifts); bigint counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v)
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v))

/**
 * Kysely's PostgreSQL adapter takes one advisory lock for every migrator in a database and waits
 * on it in a single query. Our services share a database (each with its own schema) and start
 * together, so the second service's wait ran into the pool's query timeout and start-up failed
 * under load. Here the lock is per schema, and it is taken by polling a try-lock, so no single
 * query waits longer than the timeout however long another migration of the same schema runs.
 */
class SchemaMigrationLockAdapter extends PostgresAdapter {
  constructor(private readonly lockName: string) {
    super()
  }

  override async acquireMigrationLock(db: Kysely<any>): Promise<void> {
    const deadline = Date.now() + 10 * 60_000
    for (;;) {
      const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(hashtextextended(${this.lockName}, 0)) as locked`.execute(db)
      if (rows[0]?.locked) return
      if (Date.now() > deadline) throw new Error(`Another process held the migration lock of ${this.lockName} for over 10 minutes`)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }

  override async releaseMigrationLock(db: Kysely<any>): Promise<void> {
    await sql`select pg_advisory_unlock(hashtextextended(${this.lockName}, 0))`.execute(db)
  }
}

class SchemaPostgresDialect extends PostgresDialect {
  constructor(config: ConstructorParameters<typeof PostgresDialect>[0], private readonly schema: string) {
    super(config)
  }

  override createAdapter(): DialectAdapter {
    return new SchemaMigrationLockAdapter(`postcare-migrations:${this.schema}`)
  }
}

export interface DatabaseOptions {
  url: string
  schema: string
  applicationName: string
  poolMax: number
  connectionTimeoutMs: number
  statementTimeoutMs: number
  idleTimeoutMs: number
  log?: Pick<Logger, 'warn' | 'error'>
}

export interface Database<DB = any> {
  db: Kysely<DB>
  pool: pg.Pool
  close(): Promise<void>
}

export function createDatabase<DB = any>(opts: DatabaseOptions): Database<DB> {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolMax,
    connectionTimeoutMillis: opts.connectionTimeoutMs,
    idleTimeoutMillis: opts.idleTimeoutMs,
    // Server-side limit, and a client-side one for when the server has gone silent.
    statement_timeout: opts.statementTimeoutMs,
    query_timeout: opts.statementTimeoutMs + 1000,
    lock_timeout: opts.statementTimeoutMs,
    idle_in_transaction_session_timeout: opts.statementTimeoutMs * 4,
    application_name: opts.applicationName,
    keepAlive: true,
    // JIT adds 8-11 ms to reporting queries for nothing at our sizes.
    options: `-c search_path=${opts.schema} -c jit=off -c timezone=UTC`
  })
  pool.on('error', (err) => opts.log?.warn({ err: serializeError(err) }, 'idle database connection failed'))
  // A connection that dies while checked out (the server stopped or was killed mid-query) emits
  // 'error' on its client, which the pool does not listen to then: unheard, it is an uncaught
  // exception that takes the whole service down. The query in flight fails on its own (503).
  pool.on('connect', (client) => {
    client.on('error', (err) => opts.log?.warn({ err: serializeError(err) }, 'database connection failed'))
  })
  const db = new Kysely<DB>({ dialect: new SchemaPostgresDialect({ pool }, opts.schema), plugins: [new CamelCasePlugin()] })
  let closed = false
  return {
    db,
    pool,
    async close() {
      if (closed) return
      closed = true
      await db.destroy()
    }
  }
}

/** Quick readiness probe with its own short timeout. */
export async function pingDatabase(db: Kysely<any>, timeoutMs = 1500): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      sql`select 1`.execute(db),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('ping timeout')), timeoutMs)
      })
    ])
    return true
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}
