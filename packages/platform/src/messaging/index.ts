/**
 * Messages to people, wired into a service app in one call (registerMessaging): the messages
 * routes, a dispatcher started with the app and stopped on close (safe with replicas), its
 * metrics, and a readiness check that reports it stuck. The service's own code only defines its
 * templates and calls enqueue / cancelMessages / eraseMessages (outbox.ts).
 */
import { messageSchemas, type MessageChannel } from '@postcare/contracts'
import type { FastifyInstance } from 'fastify'
import { Counter, Gauge } from 'prom-client'
import Type from 'typebox'
import { ConfigError, readSettings, type ServiceConfig } from '../config.js'
import { createDispatcher, type DispatchSummary } from './dispatcher.js'
import { messageRoutes } from './routes.js'
import { messagingConfig, messagingSettings, type MessagingConfig } from './settings.js'
import { configuredTransports, type Transports } from './transports.js'

export * from './dispatcher.js'
export * from './outbox.js'
export { MessagingErrors, messageRoutes, messagesTag, presentMessage, type MessageRoutesOptions } from './routes.js'
export * from './settings.js'
export * from './templates.js'
export * from './transports.js'

/** The messaging settings alone, for a process that is not a service (the benchmark). */
export function loadMessagingConfig(env: Record<string, string | undefined>): MessagingConfig {
  const problems: string[] = []
  const config = messagingConfig(readSettings(Type.Object(messagingSettings()), env), problems)
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

export interface MessagingOptions {
  /** Transports by channel; by default those the settings configure (SMTP_URL, MESSAGES_SPOOL_DIR). */
  transports?: Transports
  /**
   * Starts the dispatcher and returns how to stop it. By default it runs every MESSAGES_POLL_MS;
   * tests take the task and run it by hand (`dispatch()` of what this returns).
   */
  scheduleDispatch?: (dispatch: () => Promise<void>) => () => void
  /** Scopes of the messages routes: `<service>:read` and `<service>:manage` by default. */
  scopes?: { read: string; manage: string }
}

export interface Messaging {
  /** Sends every message due now; what the dispatcher loop runs. */
  dispatch(): Promise<DispatchSummary>
}

/** Counters of this process's outcomes, and gauges of the outbox read at scrape time. */
function registerMessagingMetrics(app: FastifyInstance, oldestDueAgeSeconds: () => Promise<number>) {
  const registers = [app.metrics]
  const sent = new Counter({ name: 'messages_sent_total', help: 'Messages sent by this process', labelNames: ['channel'], registers })
  const retried = new Counter({ name: 'messages_retried_total', help: 'Attempts that failed and will be retried', labelNames: ['channel'], registers })
  const failed = new Counter({ name: 'messages_failed_total', help: 'Messages that failed for good', labelNames: ['channel'], registers })
  const byStatus = async (status: 'queued' | 'failed') =>
    Number((await app.db.selectFrom('outboxMessages').select((eb) => eb.fn.countAll().as('n')).where('status', '=', status).executeTakeFirstOrThrow()).n)
  // Read at scrape time; with the database down they say NaN rather than fail the whole scrape.
  const fromOutbox = (name: string, help: string, read: () => Promise<number>) =>
    new Gauge({
      name, help, registers,
      async collect() {
        this.set(await read().catch(() => Number.NaN))
      }
    })
  fromOutbox('messages_queued', 'Messages waiting to be sent (due or not), in this service', () => byStatus('queued'))
  fromOutbox('messages_failed', 'Messages that failed and wait for someone to look (retry or leave)', () => byStatus('failed'))
  fromOutbox('messages_oldest_due_age_seconds', 'How long the oldest due message that no dispatcher has taken has been due', oldestDueAgeSeconds)
  return {
    onOutcome(channel: MessageChannel, outcome: 'sent' | 'retry' | 'failed') {
      ;({ sent, retry: retried, failed })[outcome].inc({ channel })
    }
  }
}

export async function registerMessaging(app: FastifyInstance, config: ServiceConfig, opts: MessagingOptions = {}): Promise<Messaging> {
  for (const schema of messageSchemas as ReadonlyArray<object> as Array<{ $id: string }>) if (!app.getSchema(schema.$id)) app.addSchema(schema)
  const settings = config.messaging
  const transports = opts.transports ?? configuredTransports(settings, config.service)
  const missing = (['email', 'sms', 'letter'] as const).filter((c) => !transports[c])
  if (missing.length) app.log.warn({ channels: missing }, 'messages on these channels stay queued: no transport is configured (SMTP_URL, MESSAGES_SPOOL_DIR)')

  let oldest: () => Promise<number> = async () => 0
  const metrics = registerMessagingMetrics(app, () => oldest())
  const dispatcher = createDispatcher({ db: app.db, transports, config: settings, log: app.log, events: metrics })
  oldest = dispatcher.oldestDueAgeSeconds
  app.addReadinessCheck('messages', async () => !(await dispatcher.stuck()))
  await app.register(messageRoutes, { service: config.service, messageIdDomain: settings.messageIdDomain, scopes: opts.scopes })

  const schedule =
    opts.scheduleDispatch ??
    (() => {
      dispatcher.start()
      return () => {}
    })
  let unschedule: (() => void) | undefined
  app.addHook('onReady', async () => {
    unschedule = schedule(async () => {
      await dispatcher.dispatch()
    })
  })
  app.addHook('onClose', async () => {
    unschedule?.()
    await dispatcher.stop()
    await Promise.all(Object.values(transports).map((t) => t?.close?.()))
  })
  return { dispatch: dispatcher.dispatch }
}
