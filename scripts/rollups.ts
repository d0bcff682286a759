/**
 * The rollups of feedback and survey against the operator's calendar, for the start command and
 * `npm run rebuild-rollups`: each service's rollups hold the time zone (and, for feedback, the
 * financial year's first month) they were built with (platform rollup-calendar.ts).
 */
import { checkRollupCalendar, ConfigError, createDatabase, migrateToLatest, rollupCalendarState, type CalendarSettings, type RollupOwner } from '@postcare/platform'
import { migrations as feedbackMigrations } from '@postcare/feedback/migrations'
import { feedbackRollups, rebuildFeedbackRollups } from '@postcare/feedback/rollups'
import { migrations as surveyMigrations } from '@postcare/survey/migrations'
import { rebuildSurveyRollups, surveyRollups } from '@postcare/survey/rollups'

/** The zone of the demo, which `npm start` (and so this command, on its installation) uses unless POSTCARE_TIME_ZONE says otherwise. */
export const DEMO_TIME_ZONE = 'Asia/Hong_Kong'

type Db = Parameters<typeof migrateToLatest>[0]
type Migrations = Parameters<typeof migrateToLatest>[2]

export interface RollupService {
  owner: RollupOwner
  migrations: Migrations
  rebuild: (db: Db, calendar: CalendarSettings) => Promise<Record<string, number>>
}

export const rollupServices: Record<'feedback' | 'survey', RollupService> = {
  feedback: { owner: feedbackRollups, migrations: feedbackMigrations, rebuild: rebuildFeedbackRollups },
  survey: { owner: surveyRollups, migrations: surveyMigrations, rebuild: rebuildSurveyRollups }
}
export type RollupServiceName = keyof typeof rollupServices

/** Runs `fn` on the service's schema as the service's role (`url`), migrated to the latest schema. */
export async function onServiceDatabase<T>(name: RollupServiceName, url: string, fn: (db: Db) => Promise<T>): Promise<T> {
  // A rebuild of years of rows is one long statement: half an hour, not a service's few seconds.
  const database = createDatabase({ url, schema: name, applicationName: `postcare-rollups-${name}`, poolMax: 2, connectionTimeoutMs: 10_000, statementTimeoutMs: 30 * 60_000, idleTimeoutMs: 10_000 })
  try {
    await migrateToLatest(database.db, name, rollupServices[name].migrations)
    return await fn(database.db)
  } finally {
    await database.close()
  }
}

/** Rebuilds one service's rollups in `calendar` and records it; answers the rows written per table. */
export function rebuildService(name: RollupServiceName, url: string, calendar: CalendarSettings): Promise<Record<string, number>> {
  return onServiceDatabase(name, url, (db) => rollupServices[name].rebuild(db, calendar))
}

/**
 * What the start command does before starting the services: a database whose rollups were built
 * before their calendar was recorded (rows, no record) is rebuilt at once in `calendar` (its first
 * start with this version); one recorded in another calendar is left alone and its refusal
 * returned, naming both (the services would refuse to start the same way), for the operator to
 * run the rebuild command explicitly.
 */
export async function prepareRollups(urls: Record<RollupServiceName, string>, calendar: CalendarSettings, log: (line: string) => void): Promise<string[]> {
  const refusals: string[] = []
  for (const name of Object.keys(rollupServices) as RollupServiceName[]) {
    await onServiceDatabase(name, urls[name], async (db) => {
      const { owner, rebuild } = rollupServices[name]
      const found = await rollupCalendarState(db, calendar, owner)
      if (found.state === 'unrecorded') {
        const started = Date.now()
        const rows = await rebuild(db, calendar)
        log(`${name}: rollups rebuilt in ${calendar.timeZone} days (built before their time zone was recorded) in ${Date.now() - started} ms: ${JSON.stringify(rows)}`)
      } else if (found.state === 'differs') {
        try {
          await checkRollupCalendar(db, calendar, owner)
        } catch (err) {
          if (!(err instanceof ConfigError)) throw err
          refusals.push(...err.problems)
        }
      }
    })
  }
  return refusals
}
