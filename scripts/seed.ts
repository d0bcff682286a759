/**
 * The seed command: loads the deterministic demo network (18 districts, ~3,400 offices, their
 * staff) into the directory. Existing rows are kept; missing ones are added. Uses DATABASE_URL,
 * or the embedded PostgreSQL of `npm start` (in `POSTCARE_STATE_DIR`, `.postcare` by default;
 * stop `npm start` first: one server per data folder).
 */
import { join } from 'node:path'
import { bootstrapRoles, bootstrapSchemas, createDatabase, createDatabaseIfMissing, migrateToLatest, serviceUrl, withDatabase } from '@postcare/platform'
import { startEmbeddedPostgres, type RunningPostgres } from '@postcare/platform/embedded'
import { migrations } from '@postcare/directory'
import { seedDemoData } from '@postcare/directory/seed'
import { loadOrCreateSecrets, localStateDir } from './local-secrets.js'

const stateDir = localStateDir()
const secrets = await loadOrCreateSecrets(stateDir)
let pg: RunningPostgres | undefined
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  pg = await startEmbeddedPostgres({ dataDir: join(stateDir, 'pg'), password: secrets.postgresPassword, persistent: true })
  await createDatabaseIfMissing(pg.adminUrl, 'postcare')
  databaseUrl = withDatabase(pg.adminUrl, 'postcare')
}
try {
  await bootstrapRoles(databaseUrl, secrets.rolePasswords)
  await bootstrapSchemas(databaseUrl)
  const database = createDatabase({
    url: serviceUrl(databaseUrl, 'directory', secrets.rolePasswords.directory),
    schema: 'directory',
    applicationName: 'postcare-seed',
    poolMax: 2,
    connectionTimeoutMs: 5000,
    statementTimeoutMs: 120_000,
    idleTimeoutMs: 10_000
  })
  await migrateToLatest(database.db, 'directory', migrations)
  const before = Date.now()
  const loaded = await seedDemoData(database.db as never, { onlyIfEmpty: false })
  console.log(`Demo network loaded in ${Date.now() - before} ms:`, loaded)
  await database.close()
} finally {
  await pg?.stop()
}
