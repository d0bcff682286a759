/**
 * The outbox and its dispatcher against a real loopback SMTP server: what a transaction commits
 * is sent exactly once whatever stops in between, what it rolls back never is; refusals are
 * retried or failed by their kind; replicas racing never send one message twice.
 */
import t from 'tap'
import { sql } from 'kysely'
import { enqueue, enqueueMany, smtpTransport, type Transport } from '../../src/messaging/index.js'
import { asCaller } from '../../src/testing/index.js'
import { localSmtp, notesService, parse, smtpEnv, templates, testConfig, type NoteInput } from './helper.js'

type Service = Awaited<ReturnType<typeof notesService>>

const post = async ({ app }: Service, body: NoteInput) =>
  app.inject({ method: 'POST', url: '/v1/directory/notes', headers: await asCaller('directory'), payload: body })

const rows = ({ app }: Service) => app.db.selectFrom('outboxMessages').selectAll().orderBy('createdAt').orderBy('id').execute()

t.test('a change rolled back sends nothing', async (t) => {
  const smtp = await localSmtp(t)
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp)))
  const res = await post(service, { body: 'never happened', fail: true })
  t.equal(res.statusCode, 422)
  t.equal(res.json().code, 'NOTE_REFUSED')
  t.same(await service.outbox.dispatch(), { claimed: 0, sent: 0, retried: 0, failed: 0 })
  t.same(await rows(service), [], 'no message row was left behind')
  t.equal(smtp.received.length, 0)
  const outside = { kind: 'note.written' as const, to: { channel: 'email' as const, email: 'a@example.org' }, language: 'en', variables: { name: 'A', reference: 'R', body: 'B' }, subjectType: 'note', subjectId: '1' }
  await t.rejects(enqueue(service.app.db, templates, outside), /must run in the transaction of the change/, 'a message outside a transaction is refused')
})

t.test('a service stopped between commit and send delivers the message exactly once after it starts again', async (t) => {
  const smtp = await localSmtp(t)
  const config = await testConfig(t, smtpEnv(smtp))
  const first = await notesService(t, config)
  const res = await post(first, { body: 'committed, then the process died' })
  t.equal(res.statusCode, 201)
  await first.app.close()
  t.equal(smtp.received.length, 0, 'nothing was sent before the stop')

  const restarted = await notesService(t, config)
  t.match(await restarted.outbox.dispatch(), { claimed: 1, sent: 1 })
  t.match(await restarted.outbox.dispatch(), { claimed: 0 }, 'nothing is left to send')
  const [row] = await rows(restarted)
  t.match(row, { id: res.json().messageId, status: 'sent', attempts: 1, lastError: null, deliveredTo: /^250/ })
  t.equal(smtp.received.length, 1)
  t.equal(smtp.received[0]!.messageId, `<${row!.id}@postcare.invalid>`, 'sent with the message\'s stable Message-ID')
  t.same(smtp.received[0]!.to, ['customer@example.org'])
  const mail = await parse(smtp.received[0]!.raw)
  t.match(mail, { subject: /^Your note N-\d+$/, text: /We wrote down: committed, then the process died/, html: /<p>Dear Chan Tai Man,<\/p>/ }, 'what was committed is what arrived')
})

t.test('two dispatchers racing over 500 due messages deliver each exactly once', async (t) => {
  const smtp = await localSmtp(t, { keep: true })
  const config = await testConfig(t, smtpEnv(smtp, { MESSAGES_BATCH_SIZE: '25' }))
  const a = await notesService(t, config)
  const b = await notesService(t, config)
  const ids = await a.app.db.transaction().execute((trx) =>
    enqueueMany(trx, templates, Array.from({ length: 500 }, (_, i) => ({
      kind: 'note.written' as const,
      to: { channel: 'email' as const, email: `person${i}@example.org` },
      language: 'en',
      variables: { name: `Person ${i}`, reference: `N-${i}`, body: 'racing' },
      subjectType: 'note',
      subjectId: String(i)
    })))
  )
  t.equal(ids.length, 500)
  const [ra, rb] = await Promise.all([a.outbox.dispatch(), b.outbox.dispatch()])
  t.equal(ra.sent + rb.sent, 500, 'every message sent once between them')
  t.ok(ra.claimed > 0 && rb.claimed > 0, `both took a share (${ra.claimed} and ${rb.claimed})`)
  const counts = smtp.countByMessageId()
  t.equal(smtp.received.length, 500, '500 mails arrived')
  t.equal(counts.size, 500, '500 different Message-IDs')
  t.same([...counts.values()].filter((n) => n !== 1), [], 'none twice')
  const byStatus = await sql<{ status: string; n: number }>`select status, count(*)::int as n from outbox_messages group by status`.execute(a.app.db)
  t.same(byStatus.rows, [{ status: 'sent', n: 500 }])
})

t.test('a crash between sending and recording resends with the same Message-ID', async (t) => {
  const smtp = await localSmtp(t)
  const config = await testConfig(t, smtpEnv(smtp))
  const real = smtpTransport({ url: smtp.url, from: config.messaging.from, maxPerSecond: 0, maxConnections: 1 })
  t.teardown(() => real.close?.())
  let crashes = 1
  const crashingAfterSend: Transport = {
    async send(m) {
      const delivery = await real.send(m)
      if (crashes-- > 0) throw new Error('the process died before it could record the send')
      return delivery
    }
  }
  const service = await notesService(t, config, { transports: { email: crashingAfterSend } })
  await post(service, { body: 'sent twice, recognisably' })
  t.match(await service.outbox.dispatch(), { claimed: 1, retried: 1 })
  t.match(await service.outbox.dispatch(), { claimed: 1, sent: 1 })
  const [row] = await rows(service)
  t.match(row, { status: 'sent', attempts: 2 })
  t.equal(smtp.received.length, 2, 'the mail went out twice')
  t.same(smtp.received.map((m) => m.messageId), [`<${row!.id}@postcare.invalid>`, `<${row!.id}@postcare.invalid>`], 'both times with the same Message-ID')
})

t.test('a dispatcher whose lease ran out cannot overwrite what the dispatcher that took over recorded', async (t) => {
  const smtp = await localSmtp(t)
  const config = await testConfig(t, smtpEnv(smtp, { MESSAGES_LEASE_SECONDS: '1' }))
  let release!: () => void
  const held = new Promise<void>((r) => (release = r))
  const slow: Transport = {
    async send() {
      await held
      throw new Error('too late: the connection dropped')
    }
  }
  const stalled = await notesService(t, config, { transports: { email: slow } })
  const other = await notesService(t, config)
  await post(stalled, { body: 'taken twice' })
  const first = stalled.outbox.dispatch()
  await new Promise((r) => setTimeout(r, 1200))
  t.match(await other.outbox.dispatch(), { claimed: 1, sent: 1 }, 'taken again once the lease ran out')
  release()
  t.match(await first, { claimed: 1, retried: 1 }, 'the stalled dispatcher finished its attempt')
  const [row] = await rows(other)
  t.match(row, { status: 'sent', attempts: 2, lastError: null, claimToken: null }, 'the late failure was not recorded over the send')
  t.equal(smtp.received.length, 1)
})

t.test('a server that refuses with 4xx and then accepts is retried until the message is sent', async (t) => {
  let refusals = 2
  const smtp = await localSmtp(t, { refuse: () => (refusals-- > 0 ? { code: 451, message: '4.3.0 Mailbox temporarily unavailable' } : undefined) })
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp)))
  await post(service, { body: 'try, try again' })
  t.match(await service.outbox.dispatch(), { retried: 1 })
  let [row] = await rows(service)
  t.match(row, { status: 'queued', attempts: 1, lastError: /451/ })
  t.match(await service.outbox.dispatch(), { retried: 1 })
  t.match(await service.outbox.dispatch(), { sent: 1 })
  ;[row] = await rows(service)
  t.match(row, { status: 'sent', attempts: 3, lastError: null })
  t.equal(smtp.received.length, 1)
})

t.test('a transient failure waits out its back-off before the next attempt', async (t) => {
  const smtp = await localSmtp(t, { refuse: () => ({ code: 421, message: '4.7.0 Try again later' }) })
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp, { MESSAGES_RETRY_BASE_SECONDS: '60' })))
  await post(service, { body: 'later' })
  const before = Date.now()
  t.match(await service.outbox.dispatch(), { retried: 1 })
  const [row] = await rows(service)
  const wait = new Date(row!.nextAttemptAt!).getTime() - before
  t.ok(wait >= 29_000 && wait <= 61_000, `the next attempt is 30 to 60 s away (${wait} ms)`)
  t.match(await service.outbox.dispatch(), { claimed: 0 }, 'not taken again before then')
})

t.test('a server that rejects with 5xx marks the message failed at once, with its reason and without the address', async (t) => {
  const smtp = await localSmtp(t, { refuse: (to) => ({ code: 550, message: `5.1.1 <${to}>: Recipient address rejected: User unknown` }) })
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp)))
  await post(service, { body: 'to nobody' })
  t.match(await service.outbox.dispatch(), { claimed: 1, failed: 1 })
  t.match(await service.outbox.dispatch(), { claimed: 0 }, 'not tried again')
  const [row] = await rows(service)
  t.match(row, { status: 'failed', attempts: 1, lastError: /550.*User unknown/, failedAt: Date })
  t.notMatch(row!.lastError, /customer@example\.org/, 'the recipient\'s address is not kept in the reason')
})

t.test('a message still failing after the last attempt is marked failed', async (t) => {
  const smtp = await localSmtp(t, { refuse: () => ({ code: 452, message: '4.2.2 Mailbox full' }) })
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp, { MESSAGES_MAX_ATTEMPTS: '2' })))
  await post(service, { body: 'full' })
  t.match(await service.outbox.dispatch(), { retried: 1 })
  t.match(await service.outbox.dispatch(), { failed: 1 })
  const [row] = await rows(service)
  t.match(row, { status: 'failed', attempts: 2, lastError: /^gave up after 2 attempts: .*452/ })
})

t.test('SMTP_URL names the credentials and can insist on STARTTLS; refused credentials are retried, not failed', async (t) => {
  const smtp = await localSmtp(t, { starttls: true, credentials: { user: 'postcare', pass: 's3cret' } })
  const url = (pass: string) => `smtp://postcare:${pass}@127.0.0.1:${smtp.port}/?requireTLS=true&tls.rejectUnauthorized=false`
  const wrong = await notesService(t, await testConfig(t, smtpEnv(smtp, { SMTP_URL: url('wrong') })))
  await post(wrong, { body: 'not yet' })
  t.match(await wrong.outbox.dispatch(), { retried: 1 }, 'a 535 is our settings\' fault, not the message\'s')
  t.match((await rows(wrong))[0], { status: 'queued', lastError: /535/ })
  const right = await notesService(t, await testConfig(t, smtpEnv(smtp, { SMTP_URL: url('s3cret') })))
  await post(right, { body: 'privately' })
  t.match(await right.outbox.dispatch(), { sent: 1 })
  t.match(smtp.received, [{ secure: true, user: 'postcare' }], 'sent over TLS, authenticated')
})

t.test('a server that cannot be reached is a transient failure', async (t) => {
  const smtp = await localSmtp(t)
  await smtp.close()
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp)))
  await post(service, { body: 'nobody home' })
  t.match(await service.outbox.dispatch(), { retried: 1 })
  const [row] = await rows(service)
  t.match(row, { status: 'queued', attempts: 1, lastError: /ECONNREFUSED|connect/i })
})

t.test('a message due later is not sent before its time', async (t) => {
  const smtp = await localSmtp(t)
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp)))
  const due = new Date(Date.now() + 1500)
  await post(service, { body: 'a reminder', dueAt: due.toISOString() })
  t.match(await service.outbox.dispatch(), { claimed: 0 })
  t.equal(smtp.received.length, 0)
  await new Promise((r) => setTimeout(r, due.getTime() - Date.now() + 50))
  t.match(await service.outbox.dispatch(), { sent: 1 })
  t.ok(smtp.received[0]!.receivedAt.getTime() >= due.getTime(), 'sent once it was due')
})
