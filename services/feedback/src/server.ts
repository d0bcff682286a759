import { migrateToLatest, retryUntil, runServer } from '@postcare/platform'
import type { Kysely } from 'kysely'
import { buildApp, migrations } from './app.js'
import { loadConfig } from './config.js'
import type { Database } from './db/database.js'
import { checkFeedbackRollups } from './statistics/rollups.js'

await runServer({
  loadConfig,
  buildApp,
  async prepare(app, config) {
    await retryUntil(() => migrateToLatest(app.db, config.service, migrations), { log: (m) => app.log.warn(m) })
    // Refuses to serve figures from rollups built in another time zone or financial year (names both; exits 78).
    await checkFeedbackRollups(app.db as Kysely<Database>, config.calendar)
  }
})
