import { migrateToLatest, operatorCalendar, retryUntil, runServer, staticDirectoryLookup } from '@postcare/platform'
import { buildApp, migrations, seedDemoGroups } from './app.js'
import { loadConfig } from './config.js'

await runServer({
  loadConfig,
  buildApp,
  async prepare(app, config) {
    await retryUntil(() => migrateToLatest(app.db, config.service, migrations), { log: (m) => app.log.warn(m) })
    if (config.seedDemo) {
      // The demo's days need only the zone, not the directory's holidays.
      const seeded = await seedDemoGroups(app.db, operatorCalendar(config.calendar, staticDirectoryLookup([])), new Date())
      if (seeded) app.log.info(seeded, 'demo liaison groups loaded')
    }
  }
})
