import { migrateToLatest, retryUntil, runServer } from '@postcare/platform'
import { scopes } from '@postcare/contracts'
import type { Kysely } from 'kysely'
import { apiKeysService, buildApp, migrations } from './app.js'
import { loadConfig } from './config.js'
import type { Database } from './db/database.js'

await runServer({
  loadConfig,
  buildApp,
  async prepare(app, config) {
    await retryUntil(() => migrateToLatest(app.db, 'gateway', migrations), { log: (m) => app.log.warn(m) })
    if (config.adminApiKey) {
      await apiKeysService(app.db as Kysely<Database>).registerConfigured('admin (POSTCARE_ADMIN_API_KEY)', config.adminApiKey, scopes)
      app.log.info('admin API key registered')
    }
  }
})
