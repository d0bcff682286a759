/**
 * The liaison service: the Customer Liaison Groups and the Philately Liaison Group, their
 * representatives, meetings (agenda with papers, contributions, attendance and quorum, minutes),
 * actions and views raised, the figures, and the public record.
 *
 * Who owns a transaction: the route, as in every service. A request that writes runs in exactly
 * one transaction, opened where the request is handled — by the platform's `idempotentCreate` for
 * a create and by `db.transaction()` for every other write. What a request names outside the
 * service (districts and staff in the directory, feedback's live categories) is checked before
 * that transaction. The sweep (overdue-action reminders, then retention) owns its transactions.
 *
 * Two pools: the service's own role for everything, and the public record's read-only role
 * (LIAISON_PUBLIC_DATABASE_URL), which can read the public views and nothing else.
 */
import { liaisonSchemas } from '@postcare/contracts'
import { createDatabase, createServiceApp, httpDirectoryLookup, messagesTag, operatorCalendar, registerMessaging, type DirectoryLookup, type MessagingOptions, type ServiceAppOptions } from '@postcare/platform'
import type { FastifyBaseLogger } from 'fastify'
import type { Kysely } from 'kysely'
import { actionRoutes } from './actions/actions.routes.js'
import { actionsService } from './actions/actions.service.js'
import { remindersService } from './actions/reminders.js'
import { viewRoutes } from './actions/views.routes.js'
import { viewsService } from './actions/views.service.js'
import { agendaRoutes } from './agenda/agenda.routes.js'
import { agendaService } from './agenda/agenda.service.js'
import { contributionRoutes } from './agenda/contributions.routes.js'
import { contributionsService } from './agenda/contributions.service.js'
import { attendanceRoutes } from './attendance/attendance.routes.js'
import { attendanceService } from './attendance/attendance.service.js'
import { httpFeedbackCategories, type FeedbackCategories } from './clients/feedback-categories.js'
import type { LiaisonConfig } from './config.js'
import type { Database } from './db/database.js'
import type { PublicDatabase } from './db/public-database.js'
import { groupRoutes } from './groups/groups.routes.js'
import { groupsService } from './groups/groups.service.js'
import { lookups as makeLookups } from './lookups.js'
import { meetingCommandsService } from './meetings/meetings.commands.js'
import { meetingRoutes } from './meetings/meetings.routes.js'
import { meetingsService } from './meetings/meetings.service.js'
import { minutesRoutes } from './minutes/minutes.routes.js'
import { minutesService } from './minutes/minutes.service.js'
import { paperRoutes } from './papers/papers.routes.js'
import { papersService } from './papers/papers.service.js'
import { postgresPaperStore, type PaperStore } from './papers/storage.js'
import { publicRoutes } from './public/public.routes.js'
import { publicRecordService } from './public/public.service.js'
import { erasureService } from './representatives/erasure.js'
import { representativeRoutes } from './representatives/representatives.routes.js'
import { representativesService } from './representatives/representatives.service.js'
import { statisticsRoutes } from './statistics/statistics.routes.js'
import { statisticsService } from './statistics/statistics.service.js'

export { migrations } from './db/migrations/index.js'
export { seedDemoGroups } from './seed/demo.js'

export type LiaisonDeps = Pick<ServiceAppOptions, 'logStream' | 'database'> & Pick<MessagingOptions, 'transports' | 'scheduleDispatch'> & {
  /** Districts, staff and the calendar; by default looked up through the gateway with the service's own key. */
  directory?: DirectoryLookup
  /** Feedback's live categories; by default read through the gateway with the service's own key. */
  feedbackCategories?: FeedbackCategories
  /** Where papers' files are kept (PostgreSQL by default). */
  paperStore?: PaperStore
  /** The service's clock: contribution cutoffs, objection windows, overdue actions, reminders (tests move it). */
  now?: () => Date
  /** Starts the periodic sweep and returns how to stop it; tests take the task and run it when they choose. */
  scheduleSweep?: (sweep: () => Promise<void>) => () => void
}

export const openapiInfo = {
  title: 'Postcare Liaison API',
  description: 'The Customer Liaison Groups and the Philately Liaison Group: representatives and their terms, seats and vacancies, meetings chaired by senior officials (agenda, papers, contributions, attendance and quorum, minutes confirmed as a correct record), actions and the "you said, we did" register, the figures, and the public record.',
  version: '1.0.0',
  tags: [
    { name: 'groups', description: 'Liaison groups, their seats, quorum rule and coverage' },
    { name: 'representatives', description: 'Representatives, their positions and terms; erasure' },
    { name: 'meetings', description: 'Meetings, their lifecycle, attendance and quorum' },
    { name: 'agenda', description: 'Agenda items, declarations of interest, members\' contributions, matters arising' },
    { name: 'papers', description: 'Papers: PDF, office documents and images up to 20 MiB' },
    { name: 'minutes', description: 'Minutes per agenda item, edited with If-Match, confirmed and published' },
    { name: 'actions', description: 'Actions raised at meetings, their owners and progress' },
    { name: 'views', description: 'Views raised and what was done: "you said, we did"' },
    { name: 'statistics', description: 'Meetings against target, attendance, seats, actions, views' },
    { name: 'public-record', description: 'The public record: published agendas and minutes, without a key' },
    messagesTag
  ]
}

function everyMinutes(minutes: number, log: FastifyBaseLogger) {
  return (sweep: () => Promise<void>) => {
    const timer = setInterval(() => {
      sweep().catch((err: unknown) => log.warn({ err }, 'liaison sweep failed'))
    }, minutes * 60_000)
    timer.unref()
    return () => clearInterval(timer)
  }
}

export async function buildApp(config: LiaisonConfig, deps: LiaisonDeps = {}) {
  const {
    directory = httpDirectoryLookup({ baseUrl: config.gatewayUrl, apiKey: config.apiKey ?? '' }),
    feedbackCategories = httpFeedbackCategories({ gatewayUrl: config.gatewayUrl, apiKey: config.apiKey, ttlMs: config.categoryCacheSeconds * 1000 }),
    now = () => new Date(),
    scheduleSweep,
    paperStore,
    transports,
    scheduleDispatch,
    ...platformDeps
  } = deps
  const app = await createServiceApp({ config, schemas: liaisonSchemas, openapi: openapiInfo, ...platformDeps })
  const db = app.db as Kysely<Database>
  const publicDatabase = createDatabase<PublicDatabase>({
    url: config.publicDatabaseUrl, schema: config.service, applicationName: 'postcare-liaison-public', poolMax: config.publicPoolMax,
    connectionTimeoutMs: config.db.connectionTimeoutMs, statementTimeoutMs: config.db.statementTimeoutMs, idleTimeoutMs: config.db.idleTimeoutMs, log: app.log
  })
  app.addHook('onClose', async () => publicDatabase.close())
  await registerMessaging(app, config, { transports, scheduleDispatch })

  const calendar = operatorCalendar(config.calendar, directory)
  const today = () => calendar.dayOf(now())
  const lookups = makeLookups(directory, feedbackCategories)
  const retention = { idempotencyRetentionHours: config.idempotencyRetentionHours }
  const groups = groupsService(db, lookups, today)
  const meetings = meetingsService(db, groups, lookups, calendar)
  const agenda = agendaService(db, meetings, lookups, calendar, today)
  const erasure = erasureService(db, config.retentionDays, today)
  const reminders = remindersService(db, config.actionReminderDays, today)
  await app.register(groupRoutes, { groups, ...retention })
  await app.register(representativeRoutes, { representatives: representativesService(db, groups, lookups, today), erasure, ...retention })
  await app.register(meetingRoutes, { meetings, commands: meetingCommandsService({ meetings, agenda, calendar, now, reminderHours: config.meetingReminderHours }), ...retention })
  await app.register(attendanceRoutes, { attendance: attendanceService(db, meetings, calendar) })
  await app.register(agendaRoutes, { agenda, ...retention })
  await app.register(contributionRoutes, { contributions: contributionsService(db, meetings, agenda, lookups, calendar, now), ...retention })
  await app.register(paperRoutes, { papers: papersService(db, meetings, agenda, paperStore ?? postgresPaperStore(db), now), ...retention })
  await app.register(minutesRoutes, { minutes: minutesService(db, meetings, today, now), ...retention })
  await app.register(actionRoutes, { actions: actionsService(db, meetings, agenda, lookups, calendar, today, now), ...retention })
  await app.register(viewRoutes, { views: viewsService(db, meetings, agenda, lookups, calendar, now), ...retention })
  await app.register(statisticsRoutes, { statistics: statisticsService(db, calendar, now) })
  await app.register(publicRoutes, { record: publicRecordService(publicDatabase.db, calendar.timeZone), maxAgeSeconds: config.publicMaxAgeSeconds })

  // Reminders first; retention is a legal duty, so a failing reminder run must not keep it from running.
  const sweep = async () => {
    try {
      await reminders.remindOverdue()
    } finally {
      await erasure.sweepRetention()
    }
  }
  const stop = (scheduleSweep ?? everyMinutes(config.sweepMinutes, app.log))(sweep)
  app.addHook('onClose', async () => stop())
  return app
}
