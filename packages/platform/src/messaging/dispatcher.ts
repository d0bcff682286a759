/**
 * The dispatcher: takes due messages in batches, sends them, records each outcome.
 *  - Taking is one UPDATE over a `FOR UPDATE SKIP LOCKED` selection that sets a lease
 *    (`claimed_until`) and a claim token: several replicas never take one message at once, and a
 *    message whose dispatcher died mid-send is taken again when the lease runs out.
 *  - Every attempt carries the message's own Message-ID, so a resend after a crash between
 *    sending and recording is recognisable downstream as the same message.
 *  - An outcome is recorded only under the claim token it was taken with: a dispatcher that
 *    outlived its lease cannot overwrite what the one that took over recorded.
 *  - Transient failures are retried with exponential back-off (with jitter, up to a cap) until
 *    MESSAGES_MAX_ATTEMPTS; a permanent one is marked failed with its reason at once.
 * Channels without a transport are left queued: e-mail waits for SMTP_URL, not fails.
 */
import { randomUUID } from 'node:crypto'
import type { MessageChannel } from '@postcare/contracts'
import { sql, type Kysely } from 'kysely'
import { PermanentFailure, type Transports } from './transports.js'
import type { MessagingConfig } from './settings.js'

export interface DispatchSummary {
  claimed: number
  sent: number
  retried: number
  failed: number
}

export interface DispatchEvents {
  onOutcome?(channel: MessageChannel, outcome: 'sent' | 'retry' | 'failed'): void
}

export interface Dispatcher {
  /** Sends every message due now, batch after batch, until none is left (or stop is called). */
  dispatch(): Promise<DispatchSummary>
  /** Runs dispatch every MESSAGES_POLL_MS until stop. */
  start(): void
  /** Stops the loop and waits (up to `waitMs`) for a batch in flight to finish. */
  stop(waitMs?: number): Promise<void>
  /** Seconds the oldest due message that no one has taken has been due (0 when none). */
  oldestDueAgeSeconds(): Promise<number>
  /** Due messages wait longer than MESSAGES_STUCK_SECONDS and this dispatcher has done nothing as long. */
  stuck(): Promise<boolean>
}

/** As the database's CamelCasePlugin hands it back, raw SQL included. */
interface ClaimedRow {
  id: string
  kind: string
  channel: MessageChannel
  language: string
  recipient: string
  recipientName: string | null
  subject: string
  bodyText: string
  bodyHtml: string | null
  attempts: number
}

interface Outcome {
  id: string
  outcome: 'sent' | 'retry' | 'failed'
  error: string | null
  delivered_to: string | null
  retry_in: number | null
}

export function messageIdOf(id: string, domain: string): string {
  return `<${id}@${domain}>`
}

/** Seconds to wait after the `attempt`-th failure: doubling from the base up to the cap, the upper half jittered. */
export function backoffSeconds(attempt: number, config: Pick<MessagingConfig, 'retryBaseSeconds' | 'retryMaxSeconds'>, random = Math.random): number {
  const ceiling = Math.min(config.retryMaxSeconds, config.retryBaseSeconds * 2 ** Math.min(attempt - 1, 30))
  return ceiling / 2 + (ceiling / 2) * random()
}

const MAX_REASON = 2000
/** Batches one dispatch() keeps in flight at most. */
const LANES = 2

/** What the dispatcher logs through (the app's pino logger). */
export interface DispatchLog {
  warn(details: object, message: string): void
}

export function createDispatcher(opts: { db: Kysely<any>; transports: Transports; config: MessagingConfig; log: DispatchLog; events?: DispatchEvents }): Dispatcher {
  const { db, transports, config, log } = opts
  const channels = Object.keys(transports) as MessageChannel[]
  let stopping = false
  let timer: NodeJS.Timeout | undefined
  const inFlight = new Set<Promise<unknown>>()
  let lastProgress = Date.now()

  async function claim(token: string): Promise<ClaimedRow[]> {
    const { rows } = await sql<ClaimedRow>`
      update outbox_messages m
         set claimed_until = now() + make_interval(secs => ${config.leaseSeconds}), claim_token = ${token}::uuid, attempts = m.attempts + 1
       where m.id in (
         select id from outbox_messages
          where status = 'queued' and next_attempt_at <= now() and channel = any(${channels}::text[])
            and (claimed_until is null or claimed_until < now())
          order by next_attempt_at
          limit ${config.batchSize}
          for update skip locked)
      returning m.id, m.kind, m.channel, m.language, m.recipient, m.recipient_name, m.subject, m.body_text, m.body_html, m.attempts`.execute(db)
    return rows
  }

  async function attempt(row: ClaimedRow): Promise<Outcome> {
    const transport = transports[row.channel]!
    try {
      const delivery = await transport.send({
        id: row.id,
        messageId: messageIdOf(row.id, config.messageIdDomain),
        kind: row.kind,
        channel: row.channel,
        language: row.language,
        to: { address: row.recipient, name: row.recipientName },
        subject: row.subject,
        text: row.bodyText,
        html: row.bodyHtml
      })
      return { id: row.id, outcome: 'sent', error: null, delivered_to: delivery.deliveredTo.slice(0, MAX_REASON), retry_in: null }
    } catch (err) {
      // A reason may quote the address ("550 <x@y>: no such user"): it is the recipient's, not ours to keep.
      const reason = String((err as Error)?.message ?? err).replaceAll(row.recipient, '<recipient>').slice(0, MAX_REASON)
      if (err instanceof PermanentFailure) return { id: row.id, outcome: 'failed', error: reason, delivered_to: null, retry_in: null }
      if (row.attempts >= config.maxAttempts) return { id: row.id, outcome: 'failed', error: `gave up after ${row.attempts} attempts: ${reason}`.slice(0, MAX_REASON), delivered_to: null, retry_in: null }
      return { id: row.id, outcome: 'retry', error: reason, delivered_to: null, retry_in: backoffSeconds(row.attempts, config) }
    }
  }

  async function record(token: string, outcomes: Outcome[]): Promise<void> {
    await sql`
      update outbox_messages m
         set status = case v.outcome when 'sent' then 'sent' when 'failed' then 'failed' else 'queued' end,
             next_attempt_at = case when v.outcome = 'retry' then now() + make_interval(secs => v.retry_in) end,
             sent_at = case when v.outcome = 'sent' then now() else m.sent_at end,
             failed_at = case when v.outcome = 'failed' then now() else m.failed_at end,
             delivered_to = coalesce(v.delivered_to, m.delivered_to),
             last_error = case when v.outcome = 'sent' then null else v.error end,
             claimed_until = null, claim_token = null,
             version = m.version + 1, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(outcomes)}::jsonb) as v(id uuid, outcome text, error text, delivered_to text, retry_in double precision)
       where m.id = v.id and m.claim_token = ${token}::uuid and m.status = 'queued'`.execute(db)
  }

  async function batch(onClaimed: (full: boolean) => void): Promise<DispatchSummary & { full: boolean }> {
    const token = randomUUID()
    const rows = await claim(token)
    lastProgress = Date.now()
    onClaimed(rows.length >= config.batchSize)
    if (rows.length === 0) return { claimed: 0, sent: 0, retried: 0, failed: 0, full: false }
    const outcomes = await Promise.all(rows.map(attempt))
    await record(token, outcomes)
    lastProgress = Date.now()
    const count = (o: Outcome['outcome']) => outcomes.filter((x) => x.outcome === o).length
    outcomes.forEach((o, i) => opts.events?.onOutcome?.(rows[i]!.channel, o.outcome))
    for (const o of outcomes) if (o.outcome !== 'sent') log.warn({ messageId: o.id, outcome: o.outcome, reason: o.error }, 'message not sent')
    return { claimed: rows.length, sent: count('sent'), retried: count('retry'), failed: count('failed'), full: rows.length >= config.batchSize }
  }

  /**
   * Batch after batch while they come back full. When there is a backlog a second lane runs
   * beside the first, claiming its batch while the first is still sending, so the transport is
   * never left waiting on the database between batches.
   */
  async function dispatch(): Promise<DispatchSummary> {
    const total: DispatchSummary = { claimed: 0, sent: 0, retried: 0, failed: 0 }
    if (channels.length === 0) return total
    const lanes: Array<Promise<void>> = []
    const lane = async (): Promise<void> => {
      for (;;) {
        const b = batch((full) => {
          if (full && !stopping && lanes.length < LANES) lanes.push(lane())
        })
        inFlight.add(b)
        const r = await b.finally(() => inFlight.delete(b))
        total.claimed += r.claimed
        total.sent += r.sent
        total.retried += r.retried
        total.failed += r.failed
        if (!r.full || stopping) return
      }
    }
    lanes.push(lane())
    // Every lane is waited for, even when one fails, so that no failure goes unheard.
    const failures: unknown[] = []
    for (let settled = 0; settled < lanes.length; ) {
      const results = await Promise.allSettled(lanes.slice(settled))
      settled += results.length
      for (const r of results) if (r.status === 'rejected') failures.push(r.reason)
    }
    if (failures.length > 0) throw failures[0]
    return total
  }

  async function oldestDueAgeSeconds(): Promise<number> {
    if (channels.length === 0) return 0
    const { rows } = await sql<{ age: number | null }>`
      select extract(epoch from now() - min(next_attempt_at))::float8 as age from outbox_messages
       where status = 'queued' and next_attempt_at <= now() and channel = any(${channels}::text[])
         and (claimed_until is null or claimed_until < now())`.execute(db)
    return Math.max(0, rows[0]?.age ?? 0)
  }

  return {
    dispatch,
    start() {
      const tick = () => {
        if (stopping) return
        dispatch()
          .catch((err: unknown) => log.warn({ err }, 'message dispatch failed'))
          .finally(() => {
            if (!stopping) timer = setTimeout(tick, config.pollMs)
          })
      }
      timer = setTimeout(tick, 0)
    },
    async stop(waitMs = 5000) {
      stopping = true
      clearTimeout(timer)
      let wait: NodeJS.Timeout | undefined
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => (wait = setTimeout(r, waitMs)))])
      clearTimeout(wait)
    },
    oldestDueAgeSeconds,
    async stuck() {
      if (Date.now() - lastProgress < config.stuckSeconds * 1000) return false
      return (await oldestDueAgeSeconds()) > config.stuckSeconds
    }
  }
}
