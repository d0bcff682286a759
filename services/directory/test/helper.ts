import { asCaller, createTestDatabase, testKeys, type TestContext } from '@postcare/platform/testing'
import { loadServiceConfig, migrateToLatest } from '@postcare/platform'
import { buildApp, migrations } from '../src/app.js'
import type { DirectoryConfig } from '../src/config.js'

/** The real directory app on a fresh, migrated database of its own. */
export async function buildTestApp(t: TestContext, overrides: Partial<DirectoryConfig> = {}) {
  const database = await createTestDatabase(t)
  const { publicJwk } = await testKeys()
  const config: DirectoryConfig = {
    ...loadServiceConfig('directory', { DIRECTORY_DATABASE_URL: database.urlFor('directory'), POSTCARE_IDENTITY_PUBLIC_KEY: publicJwk, LOG_LEVEL: 'silent' }),
    seedDemoData: false,
    ...overrides
  }
  const app = await buildApp(config)
  t.teardown(() => app.close())
  await migrateToLatest(app.db, 'directory', migrations)
  await app.ready()
  return app
}

export const caller = (who = {}) => asCaller('directory', who)
