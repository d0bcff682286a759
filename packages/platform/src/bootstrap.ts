/**
 * Applies the same bootstrap SQL that docker-compose uses: roles (once per cluster, with
 * passwords) and the per-service schemas (once per database).
 */
import { readFileSync } from 'node:fs'
import pg from 'pg'

// Read when used, not when imported: a service bundle (scripts/build.ts) carries this module
// without the sql/ folder beside it, and services never bootstrap.
const sqlDir = new URL('../sql/', import.meta.url)
const readSql = (name: string) => readFileSync(new URL(name, sqlDir), 'utf8')
export const schemaNames = ['gateway', 'directory', 'feedback', 'survey', 'membership', 'liaison'] as const
export type SchemaName = (typeof schemaNames)[number]

export function roleOf(schema: SchemaName): string {
  return `postcare_${schema}`
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Creates the service roles and sets their passwords (`adminUrl` must be a superuser). */
export async function bootstrapRoles(adminUrl: string, passwords: Record<SchemaName, string>): Promise<void> {
  await withClient(adminUrl, async (c) => {
    await c.query(readSql('roles.sql'))
    for (const s of schemaNames) {
      const escaped = passwords[s].replace(/'/g, "''")
      await c.query(`ALTER ROLE ${roleOf(s)} PASSWORD '${escaped}'`)
    }
  })
}

export async function bootstrapSchemas(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, (c) => c.query(readSql('schemas.sql')))
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (c) => {
    const exists = await c.query('select 1 from pg_database where datname = $1', [name])
    if (exists.rowCount === 0) await c.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`)
  })
}

/** The URL a service uses: same server and database, its own role. */
export function serviceUrl(databaseUrl: string, schema: SchemaName, password: string): string {
  const u = new URL(databaseUrl)
  u.username = roleOf(schema)
  u.password = password
  return u.toString()
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}
