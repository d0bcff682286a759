import { migrateToLatest, retryUntil, runServer } from '@postcare/platform'
import type { Kysely } from 'kysely'
import { buildApp, migrations } from './app.js'
import { loadConfig } from './config.js'
import type { Database } from './db/database.js'
import { seedDemoData } from './seed/seed.js'

await runServer({
  loadConfig,
  buildApp,
  async prepare(app, config) {
    await retryUntil(() => migrateToLatest(app.db, config.service, migrations), { log: (m) => app.log.warn(m) })
    if (config.seedDemoData) {
      const loaded = await seedDemoData(app.db as Kysely<Database>, { onlyIfEmpty: true })
      if (loaded) app.log.info(loaded, 'demo network loaded')
    }
  }
})
