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

/**
 * Read-only roles beside the service roles, each of one service: `liaison_public` reads the liaison
 * public record, through views granted to it alone, and nothing else (it has no privilege on any
 * table). A service connects as such a role with `<ROLE>_DATABASE_URL` (`LIAISON_PUBLIC_DATABASE_URL`).
 */
export const readOnlyRoleNames = ['liaison_public'] as const
export type ReadOnlyRoleName = (typeof readOnlyRoleNames)[number]

/** Every login role the bootstrap creates, by its short name. */
export const databaseRoleNames = [...schemaNames, ...readOnlyRoleNames] as const
export type DatabaseRoleName = (typeof databaseRoleNames)[number]

export function roleOf(name: DatabaseRoleName): string {
  return `postcare_${name}`
}

/** The read-only roles of `service` (their names start with it). */
export function readOnlyRolesOf(service: string): ReadOnlyRoleName[] {
  return readOnlyRoleNames.filter((r) => r.startsWith(`${service}_`))
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

/** Creates the service roles (and the read-only ones) and sets their passwords (`adminUrl` must be a superuser). */
export async function bootstrapRoles(adminUrl: string, passwords: Record<DatabaseRoleName, string>): Promise<void> {
  await withClient(adminUrl, async (c) => {
    await c.query(readSql('roles.sql'))
    for (const s of databaseRoleNames) {
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

/** The URL a service uses: same server and database, its own role (or one of its read-only roles). */
export function serviceUrl(databaseUrl: string, schema: DatabaseRoleName, password: string): string {
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
