/**
 * Each service migrates its own schema with Kysely's Migrator: the migration table lives in the
 * service schema, and Kysely takes a PostgreSQL advisory lock so concurrent starts don't race.
 * The platform contributes its own frozen migrations (idempotency keys, audit log), ordered
 * before the service's by their timestamped names.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely'
import { platformMigrations } from './migrations/index.js'

class StaticProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.migrations
  }
}

export async function migrateToLatest(db: Kysely<any>, schema: string, migrations: Record<string, Migration>): Promise<string[]> {
  const all = { ...platformMigrations, ...migrations }
  const migrator = new Migrator({
    db,
    provider: new StaticProvider(all),
    migrationTableSchema: schema,
    migrationTableName: 'kysely_migration',
    migrationLockTableName: 'kysely_migration_lock'
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
