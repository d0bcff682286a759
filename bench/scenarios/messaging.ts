/**
 * Messages to people: the outbox dispatcher's throughput against nodemailer sending the same
 * messages directly, both to the same loopback SMTP server (its own process), in one run.
 *
 *   dispatcher  N messages enqueued (not timed: that is the business transaction's cost), then
 *               timed from the first claim until every one is recorded as sent: claims with
 *               SKIP LOCKED in batches, sends through the platform's SMTP transport, records.
 *   direct      the same N rendered messages handed to a nodemailer SMTP pool with the same
 *               options (connections, no rate limit), all at once, timed until the last is accepted.
 *
 * Both run in this process, alternating, forward on even rounds and backward on odd ones; the
 * ratio is taken within each round and the median reported (goal: ≥ 0.8x). No rate limit on
 * either side: SMTP_MAX_PER_SECOND would measure the limit, not the dispatcher.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import {
  createDatabase,
  createDispatcher,
  defineTemplates,
  enqueueMany,
  loadMessagingConfig,
  migrateToLatest,
  smtpTransport
} from '@postcare/platform'
import nodemailer from 'nodemailer'
import pg from 'pg'
import type { ComparisonSummary } from '../lib/harness.js'
import { pin } from '../lib/proc.js'
import { median, spread } from '../lib/stats.js'
import { root } from '../lib/system.js'

const SCHEMA = 'bench_messaging'

const templates = defineTemplates({
  'complaint.acknowledged': {
    variables: ['name', 'reference', 'summary'],
    en: {
      subject: 'We have received your complaint {{reference}}',
      text: 'Dear {{name}},\n\nThank you for telling us about: {{summary}}\n\nWe will reply within 10 working days, quoting {{reference}}.\n\nCustomer Services',
      html: '<p>Dear {{name}},</p><p>Thank you for telling us about: {{summary}}</p><p>We will reply within 10 working days, quoting <b>{{reference}}</b>.</p><p>Customer Services</p>'
    },
    'zh-Hant': { subject: '我們已收到您的投訴 {{reference}}', text: '{{name}} 您好：{{summary}}', html: '<p>{{name}} 您好：{{summary}}</p>' },
    ko: { subject: '불만 {{reference}} 접수', text: '{{name}}님: {{summary}}', html: '<p>{{name}}님: {{summary}}</p>' }
  }
})

interface Sink {
  url: string
  count(): Promise<{ total: number; distinct: number; repeated: number }>
  stop(): void
}

async function startSink(serverCores: string | null): Promise<Sink> {
  const child: ChildProcess = fork(join(root, 'bench', 'baselines', 'smtp-sink.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  if (serverCores && child.pid) pin(child.pid, serverCores)
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port))
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited with ${code}`)))
  })
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve(m as { total: number; distinct: number; repeated: number }))
        child.send('count')
      }),
    stop: () => child.kill('SIGTERM')
  }
}

export interface MessagingBenchOptions {
  adminUrl: string
  rounds: number
  messages: number
  serverCores: string | null
  log: (line: string) => void
}

export async function messagingBench(opts: MessagingBenchOptions): Promise<ComparisonSummary[]> {
  const admin = new pg.Client({ connectionString: opts.adminUrl })
  await admin.connect()
  await admin.query(`drop schema if exists ${SCHEMA} cascade; create schema ${SCHEMA}`)
  await admin.end()
  const database = createDatabase({ url: opts.adminUrl, schema: SCHEMA, applicationName: 'bench-messaging', poolMax: 4, connectionTimeoutMs: 3000, statementTimeoutMs: 30_000, idleTimeoutMs: 30_000 })
  const sink = await startSink(opts.serverCores)
  try {
    await migrateToLatest(database.db, SCHEMA, {})
    const config = loadMessagingConfig({ SMTP_URL: sink.url, SMTP_MAX_PER_SECOND: '0' })
    const transport = smtpTransport({ url: sink.url, from: config.from, maxPerSecond: 0, maxConnections: config.smtpMaxConnections })
    const dispatcher = createDispatcher({ db: database.db, transports: { email: transport }, config, log: { warn: (details, message) => opts.log(`  dispatcher: ${message} ${JSON.stringify(details)}`) } })
    const direct = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: config.smtpMaxConnections }, { from: config.from })

    const inputs = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        kind: 'complaint.acknowledged' as const,
        to: { channel: 'email' as const, email: `customer${i}@example.org`, name: `Customer ${i}` },
        language: 'en',
        variables: { name: `Customer ${i}`, reference: `CMP-2026-${String(i).padStart(6, '0')}`, summary: 'My parcel arrived two weeks late & opened <again>.' },
        subjectType: 'feedback_item',
        subjectId: String(i)
      }))

    const viaDispatcher = async (n: number): Promise<number> => {
      await database.db.deleteFrom('outboxMessages').execute()
      await database.db.transaction().execute((trx) => enqueueMany(trx, templates, inputs(n)))
      const t0 = performance.now()
      const r = await dispatcher.dispatch()
      const ms = performance.now() - t0
      if (r.sent !== n) throw new Error(`the dispatcher sent ${r.sent} of ${n}`)
      return (n / ms) * 1000
    }
    const viaNodemailer = async (n: number): Promise<number> => {
      const mails = inputs(n).map((m) => {
        const r = templates.render(m.kind, m.language, m.variables)
        return { to: { name: m.to.name, address: m.to.email }, subject: r.subject, text: r.text, html: r.html, messageId: `<${randomUUID()}@postcare.invalid>`, headers: { 'X-Postcare-Kind': m.kind, 'Content-Language': r.language } }
      })
      const t0 = performance.now()
      await Promise.all(mails.map((m) => direct.sendMail(m)))
      return (n / (performance.now() - t0)) * 1000
    }

    // One untimed round of each first: connections open, plans cached, code optimised.
    await viaDispatcher(opts.messages)
    await viaNodemailer(opts.messages)
    const sent = { dispatcher: [] as number[], direct: [] as number[] }
    for (let round = 0; round < opts.rounds; round++) {
      const order = round % 2 === 0 ? (['dispatcher', 'direct'] as const) : (['direct', 'dispatcher'] as const)
      for (const who of order) sent[who].push(who === 'dispatcher' ? await viaDispatcher(opts.messages) : await viaNodemailer(opts.messages))
      opts.log(`  messaging round ${round + 1}/${opts.rounds}: dispatcher ${sent.dispatcher.at(-1)!.toFixed(0)} msg/s, nodemailer direct ${sent.direct.at(-1)!.toFixed(0)} msg/s`)
    }
    const received = await sink.count()
    const expected = 2 * (1 + opts.rounds) * opts.messages
    if (received.total !== expected || received.repeated !== 0) throw new Error(`the sink received ${received.total} messages (${received.repeated} Message-IDs twice), expected ${expected}, each once`)
    opts.log(`  messaging: the sink received all ${received.total} messages, each Message-ID once`)
    direct.close()
    await transport.close?.()

    const perRound = sent.dispatcher.map((d, i) => d / sent.direct[i]!)
    const value = median(perRound)
    return [
      {
        key: 'messaging-dispatcher',
        label: `Messaging: dispatcher ÷ nodemailer direct (${opts.messages} e-mails to loopback SMTP; ${median(sent.dispatcher).toFixed(0)} vs ${median(sent.direct).toFixed(0)} msg/s)`,
        scenario: 'dispatcher',
        baseline: 'direct',
        metric: 'throughput',
        goal: { op: '>=', value: 0.8, text: '≥ 0.8x' },
        group: 'messaging',
        perRound,
        value,
        spread: spread(perRound),
        met: value >= 0.8
      }
    ]
  } finally {
    sink.stop()
    await database.close()
  }
}
