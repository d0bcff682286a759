/**
 * The webhook dispatcher: follows the feed for each active subscription, from the subscription's
 * own cursor, and POSTs each event of its types in feed order.
 *  - A subscription is taken with a lease (`claimed_until`, `claim_token`) over a `FOR UPDATE SKIP
 *    LOCKED` selection: among replicas one dispatcher at a time delivers to it, so its events go
 *    out in order. A dispatcher that died leaves it to be taken again when the lease ends.
 *  - Each run delivers up to WEBHOOK_BATCH_SIZE events and stops at the first failure; the
 *    cursor moves past what was delivered, recorded under the claim token (a dispatcher that
 *    outlived its lease cannot move it). An event is delivered again until it is acknowledged
 *    (at least once); its id, sent as the idempotency key, makes a repeat recognisable.
 *  - A failure is retried after WEBHOOK_RETRY_BASE_SECONDS × 2^(failures−1), capped and
 *    jittered; WEBHOOK_DISABLE_AFTER_FAILURES in a row disable the subscription with the reason.
 *    A target the allow-list no longer admits, or a secret the key cannot open, disables it at once.
 *  - Redeliveries an operator asked for (`pending` rows of the log) go first; they are attempted
 *    once and do not count towards disabling.
 */
import { randomUUID } from 'node:crypto'
import type { Agent } from 'node:http'
import { sql, type Kysely } from 'kysely'
import { backoffSeconds, type DispatchLog } from '../messaging/dispatcher.js'
import { deliver, pinnedAgent, type DeliveryResult } from './deliver.js'
import { presentEvent, readEvent, readFeed, type FeedPosition, type FeedRow } from './feed.js'
import { openSecret } from './secrets.js'
import type { WebhookConfig } from './settings.js'
import { checkTarget, resolveTarget, type Target } from './targets.js'

export interface WebhookDispatchSummary {
  subscriptions: number
  delivered: number
  failed: number
  disabled: number
}

export interface WebhookDispatcher {
  /** Delivers everything due now, round after round, until nothing is left (or stop is called). */
  dispatch(): Promise<WebhookDispatchSummary>
  start(): void
  stop(waitMs?: number): Promise<void>
  /** Seconds the oldest event waiting for a due, untaken subscription has waited (0 when none). */
  oldestPendingAgeSeconds(): Promise<number>
  stuck(): Promise<boolean>
}

export interface WebhookDispatcherOptions {
  db: Kysely<any>
  service: string
  config: WebhookConfig
  log: DispatchLog
  onOutcome?(outcome: 'delivered' | 'failed' | 'disabled'): void
}

interface Claimed {
  id: string
  url: string
  eventTypes: string[]
  secretSealed: string
  cursorXactId: string
  cursorSequence: number
  consecutiveFailures: number
}

interface Attempt extends DeliveryResult {
  id: string
  eventId: string
  eventType: string
}

/** Subscriptions one round takes at most; each is delivered to in parallel with the others. */
const SUBSCRIPTIONS_PER_ROUND = 10
const MAX_REASON = 2000

export function createWebhookDispatcher(opts: WebhookDispatcherOptions): WebhookDispatcher {
  const { db, config, log, service } = opts
  let stopping = false
  let timer: NodeJS.Timeout | undefined
  const inFlight = new Set<Promise<unknown>>()
  let lastProgress = Date.now()

  const pendingWork = sql`(exists (select 1 from webhook_deliveries d where d.subscription_id = w.id and d.status = 'pending')
    or exists (select 1 from outbox_events e where e.xact_id < pg_snapshot_xmin(pg_current_snapshot())
                 and (e.xact_id, e.sequence) > (w.cursor_xact_id, w.cursor_sequence) and e.type = any(w.event_types)))`

  async function claim(token: string): Promise<Claimed[]> {
    const { rows } = await sql<Claimed>`
      update webhook_subscriptions s
         set claimed_until = now() + make_interval(secs => ${config.leaseSeconds}), claim_token = ${token}::uuid
       where s.id in (
         select w.id from webhook_subscriptions w
          where w.status = 'active' and w.next_attempt_at <= now() and (w.claimed_until is null or w.claimed_until < now()) and ${pendingWork}
          order by w.next_attempt_at
          limit ${SUBSCRIPTIONS_PER_ROUND}
          for update skip locked)
      returning s.id, s.url, s.event_types, s.secret_sealed, s.cursor_xact_id::text as cursor_xact_id, s.cursor_sequence, s.consecutive_failures`.execute(db)
    return rows
  }

  /** How to send to `sub`, or why nothing can be sent to it at all (which disables it at once). */
  function prepare(sub: Claimed): { reason: string } | { secret: string; target: Target } {
    const target = checkTarget(sub.url, config)
    if (typeof target === 'string') return { reason: `the URL ${target}` }
    if (!config.secretKey) return { reason: 'WEBHOOK_SECRET_KEY is not set: deliveries cannot be signed' }
    try {
      return { secret: openSecret(config.secretKey, sub.id, sub.secretSealed), target }
    } catch {
      return { reason: 'the signing secret does not open with WEBHOOK_SECRET_KEY (was the key changed?)' }
    }
  }

  /** `agent` is the run's pinned connection, or why the target cannot be reached (its addresses were refused). */
  interface Sending { secret: string; target: Target; agent: Agent | string }

  async function deliverRow(how: Sending, row: FeedRow, id: string): Promise<Attempt> {
    const base = { id, eventId: row.id, eventType: row.type }
    if (typeof how.agent === 'string') return { ...base, delivered: false, responseStatus: null, error: how.agent, durationMs: 0 }
    const body = JSON.stringify(presentEvent(row, service))
    const result = await deliver({ target: how.target, agent: how.agent, secret: how.secret, service, eventId: row.id, eventType: row.type, deliveryId: id, body, timeoutMs: config.timeoutMs })
    opts.onOutcome?.(result.delivered ? 'delivered' : 'failed')
    return { ...base, ...result, error: result.error?.slice(0, MAX_REASON) ?? null }
  }

  interface Outcome { redelivered: Attempt[]; attempts: Attempt[]; cursor: FeedPosition; failure: string | null }

  /** The redeliveries asked for, then the next events in feed order up to the first failure. */
  async function deliverDue(sub: Claimed, how: Sending, deadline: number): Promise<Outcome> {
    const out: Outcome = { redelivered: [], attempts: [], cursor: { xactId: sub.cursorXactId, sequence: sub.cursorSequence }, failure: null }
    const pending = await db.selectFrom('webhookDeliveries').select(['id', 'eventId']).where('subscriptionId', '=', sub.id).where('status', '=', 'pending').orderBy('seq').limit(config.batchSize).execute()
    for (const p of pending) {
      if (Date.now() > deadline) return out
      const row = await readEvent(db, p.eventId)
      out.redelivered.push(row ? await deliverRow(how, row, p.id) : { id: p.id, eventId: p.eventId, eventType: '', delivered: false, responseStatus: null, error: 'the event no longer exists', durationMs: 0 })
    }
    const feed = await readFeed(db, { after: out.cursor, limit: config.batchSize, types: sub.eventTypes })
    for (const row of feed.rows) {
      if (Date.now() > deadline) return out
      const a = await deliverRow(how, row, randomUUID())
      out.attempts.push(a)
      if (!a.delivered) return { ...out, failure: a.error ?? 'failed' }
      out.cursor = { xactId: row.xactId, sequence: row.sequence }
    }
    return { ...out, cursor: feed.next }
  }

  /** One run for one claimed subscription, recorded under its claim token. */
  async function run(sub: Claimed, token: string, deadline: number): Promise<{ delivered: number; failed: number; disabled: boolean }> {
    const prepared = prepare(sub)
    let outcome: Outcome = { redelivered: [], attempts: [], cursor: { xactId: sub.cursorXactId, sequence: sub.cursorSequence }, failure: null }
    if (!('reason' in prepared)) {
      // Resolved and checked once a run; every delivery of the run goes to the addresses checked.
      const addresses = await resolveTarget(prepared.target, config)
      const agent = typeof addresses === 'string' ? addresses : pinnedAgent(prepared.target, addresses)
      try {
        outcome = await deliverDue(sub, { ...prepared, agent }, deadline)
      } finally {
        if (typeof agent !== 'string') agent.destroy()
      }
    }
    // A delivery made before the failure ends the run of failures: the one that failed is the first.
    const failures = outcome.failure === null ? 0 : outcome.attempts.length > 1 ? 1 : sub.consecutiveFailures + 1
    const disabledReason =
      'reason' in prepared ? `disabled: ${prepared.reason}`.slice(0, MAX_REASON)
      : failures >= config.disableAfterFailures ? `disabled after ${failures} failed deliveries in a row; the last: ${outcome.failure}`.slice(0, MAX_REASON)
      : null
    await record(sub, token, { ...outcome, failures, disabledReason })
    if (disabledReason) {
      opts.onOutcome?.('disabled')
      log.warn({ subscriptionId: sub.id, reason: disabledReason }, 'webhook subscription disabled')
    }
    const all = [...outcome.redelivered, ...outcome.attempts]
    return { delivered: all.filter((a) => a.delivered).length, failed: all.filter((a) => !a.delivered).length, disabled: disabledReason !== null }
  }

  async function record(sub: Claimed, token: string, r: Outcome & { failures: number; disabledReason: string | null }) {
    const json = (list: Attempt[]) =>
      JSON.stringify(list.map((a) => ({ id: a.id, event_id: a.eventId, event_type: a.eventType, status: a.delivered ? 'delivered' : 'failed', response_status: a.responseStatus, error: a.error, duration_ms: a.durationMs })))
    const retryIn = r.failures > 0 ? backoffSeconds(r.failures, config) : 0
    const delivered = [...r.redelivered, ...r.attempts].some((a) => a.delivered)
    // One statement, so one round trip: the subscription moves on (under the claim token only) and
    // the log gets its rows. A subscription deleted meanwhile takes its log with it: the foreign
    // key then fails the statement, and there is nothing left to record against.
    await sql`
      with moved as (
        update webhook_subscriptions
           set cursor_xact_id = ${r.cursor.xactId}::xid8, cursor_sequence = ${r.cursor.sequence},
               consecutive_failures = ${r.failures},
               next_attempt_at = now() + make_interval(secs => ${retryIn}),
               status = case when ${r.disabledReason}::text is null then status else 'disabled' end,
               disabled_reason = coalesce(${r.disabledReason}::text, disabled_reason),
               disabled_at = case when ${r.disabledReason}::text is null then disabled_at else now() end,
               last_delivered_at = case when ${delivered} then now() else last_delivered_at end,
               claimed_until = null, claim_token = null, version = version + 1, updated_at = now()
         where id = ${sub.id}::uuid and claim_token = ${token}::uuid
        returning id),
      logged as (
        insert into webhook_deliveries (id, subscription_id, event_id, event_type, status, attempt, response_status, error, duration_ms, attempted_at)
        select v.id, ${sub.id}::uuid, v.event_id, v.event_type, v.status,
               coalesce((select max(x.attempt) from webhook_deliveries x where x.subscription_id = ${sub.id}::uuid and x.event_id = v.event_id), 0) + 1,
               v.response_status, v.error, v.duration_ms, now()
          from rows from (jsonb_to_recordset(${json(r.attempts)}::jsonb) as (id uuid, event_id uuid, event_type text, status text, response_status int, error text, duration_ms int))
               with ordinality as v(id, event_id, event_type, status, response_status, error, duration_ms, n)
         order by v.n
        returning id),
      redelivered as (
        update webhook_deliveries d
           set status = v.status, response_status = v.response_status, error = v.error, duration_ms = v.duration_ms, attempted_at = now()
          from jsonb_to_recordset(${json(r.redelivered)}::jsonb) as v(id uuid, status text, response_status int, error text, duration_ms int)
         where d.id = v.id and d.status = 'pending'
        returning d.id)
      select (select count(*) from moved) as moved, (select count(*) from logged) as logged, (select count(*) from redelivered) as redelivered`.execute(db)
  }

  async function round(): Promise<WebhookDispatchSummary> {
    const token = randomUUID()
    const claimed = await claim(token)
    lastProgress = Date.now()
    const total: WebhookDispatchSummary = { subscriptions: claimed.length, delivered: 0, failed: 0, disabled: 0 }
    const deadline = Date.now() + config.leaseSeconds * 1000 - config.timeoutMs - 1000
    const results = await Promise.allSettled(claimed.map((sub) => run(sub, token, deadline)))
    for (const [i, r] of results.entries()) {
      if (r.status === 'rejected') {
        log.warn({ err: r.reason, subscriptionId: claimed[i]!.id }, 'webhook delivery run failed')
        continue
      }
      total.delivered += r.value.delivered
      total.failed += r.value.failed
      total.disabled += r.value.disabled ? 1 : 0
    }
    lastProgress = Date.now()
    return total
  }

  async function dispatch(): Promise<WebhookDispatchSummary> {
    const total: WebhookDispatchSummary = { subscriptions: 0, delivered: 0, failed: 0, disabled: 0 }
    while (!stopping) {
      const p = round()
      inFlight.add(p)
      const r = await p.finally(() => inFlight.delete(p))
      if (r.subscriptions === 0) break
      total.subscriptions += r.subscriptions
      total.delivered += r.delivered
      total.failed += r.failed
      total.disabled += r.disabled
    }
    return total
  }

  async function oldestPendingAgeSeconds(): Promise<number> {
    const { rows } = await sql<{ age: number | null }>`
      select extract(epoch from now() - min(e.recorded_at))::float8 as age
        from webhook_subscriptions w
        cross join lateral (
          select recorded_at from outbox_events e
           where e.xact_id < pg_snapshot_xmin(pg_current_snapshot()) and (e.xact_id, e.sequence) > (w.cursor_xact_id, w.cursor_sequence) and e.type = any(w.event_types)
           order by e.xact_id, e.sequence limit 1) e
       where w.status = 'active' and w.next_attempt_at <= now() and (w.claimed_until is null or w.claimed_until < now())`.execute(db)
    return Math.max(0, rows[0]?.age ?? 0)
  }

  return {
    dispatch,
    start() {
      const tick = () => {
        if (stopping) return
        dispatch()
          .catch((err: unknown) => log.warn({ err }, 'webhook dispatch failed'))
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
    oldestPendingAgeSeconds,
    async stuck() {
      if (Date.now() - lastProgress < config.stuckSeconds * 1000) return false
      return (await oldestPendingAgeSeconds()) > config.stuckSeconds
    }
  }
}
