import { migrateToLatest, retryUntil, runServer } from '@postcare/platform'
import { buildApp, migrations } from './app.js'
import { loadConfig } from './config.js'

await runServer({
  loadConfig,
  buildApp,
  async prepare(app, config) {
    await retryUntil(() => migrateToLatest(app.db, config.service, migrations), { log: (m) => app.log.warn(m) })
  }
})
