/**
 * `npm run rebuild-rollups -- feedback` (or `survey`, or both when none is named): recomputes a
 * service's rollups from its rows in the operator's calendar (POSTCARE_TIME_ZONE,
 * POSTCARE_FINANCIAL_YEAR_START_MONTH) and records it, so the service starts again after the
 * setting changed. Stop every process of the service first: one still running with the old setting
 * would add its changes in the old calendar.
 *
 * The database: `<SERVICE>_DATABASE_URL` (the service's own, as in docker-compose), else
 * `DATABASE_URL` (a superuser URL, with the role passwords of the local installation), else the
 * embedded PostgreSQL of `npm start` in `POSTCARE_STATE_DIR` (stop `npm start` first: one server
 * per data folder). Without POSTCARE_TIME_ZONE it uses the start command's demo zone, so that it
 * rebuilds what `npm start` would run with.
 */
import { ConfigError, loadCalendarSettings, serviceUrl, withDatabase } from '@postcare/platform'
import { DEMO_TIME_ZONE, rebuildService, rollupServices, type RollupServiceName } from './rollups.js'

const names = process.argv.slice(2).filter((a) => a !== '--')
const unknown = names.filter((n) => !(n in rollupServices))
if (unknown.length > 0) {
  console.error(`usage: npm run rebuild-rollups -- [${Object.keys(rollupServices).join('|')} ...]  (unknown: ${unknown.join(', ')})`)
  process.exit(2)
}
const services = (names.length > 0 ? names : Object.keys(rollupServices)) as RollupServiceName[]

let calendar
try {
  calendar = loadCalendarSettings({ ...process.env, POSTCARE_TIME_ZONE: process.env.POSTCARE_TIME_ZONE || DEMO_TIME_ZONE })
} catch (err) {
  if (!(err instanceof ConfigError)) throw err
  console.error(err.message)
  process.exit(78)
}

let embedded: { adminUrl: string; stop: () => Promise<void> } | undefined
async function urlOf(name: RollupServiceName): Promise<string> {
  const own = process.env[`${name.toUpperCase()}_DATABASE_URL`]
  if (own) return own
  const { loadOrCreateSecrets, localStateDir } = await import('./local-secrets.js')
  const secrets = await loadOrCreateSecrets(localStateDir())
  if (process.env.DATABASE_URL) return serviceUrl(process.env.DATABASE_URL, name, secrets.rolePasswords[name])
  if (!embedded) {
    const { join } = await import('node:path')
    const { startEmbeddedPostgres } = await import('@postcare/platform/embedded')
    const pg = await startEmbeddedPostgres({ dataDir: join(localStateDir(), 'pg'), password: secrets.postgresPassword, persistent: true })
    embedded = { adminUrl: withDatabase(pg.adminUrl, 'postcare'), stop: () => pg.stop() }
  }
  return serviceUrl(embedded.adminUrl, name, secrets.rolePasswords[name])
}

try {
  for (const name of services) {
    const started = Date.now()
    const rows = await rebuildService(name, await urlOf(name), calendar)
    const fy = rollupServices[name].owner.usesFinancialYear ? `, financial years from month ${calendar.financialYearStartMonth}` : ''
    console.log(`${name}: rollups rebuilt in ${calendar.timeZone} days${fy} in ${Date.now() - started} ms: ${JSON.stringify(rows)}`)
  }
} finally {
  await embedded?.stop()
}
