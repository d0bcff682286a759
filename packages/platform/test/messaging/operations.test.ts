/**
 * What a message holds and who may see it: escaped customer text, the recipient's language,
 * letters and SMS through their spools, erasure, the messages routes (masking, audit, retry,
 * office binding), metrics and readiness.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { eraseMessages } from '../../src/messaging/index.js'
import { asCaller } from '../../src/testing/index.js'
import { localSmtp, notesService, parse, smtpEnv, testConfig, type NoteInput } from './helper.js'

type Service = Awaited<ReturnType<typeof notesService>>

const post = async ({ app }: Service, body: NoteInput) => {
  const res = await app.inject({ method: 'POST', url: '/v1/directory/notes', headers: await asCaller('directory'), payload: body })
  if (res.statusCode !== 201) throw new Error(res.body)
  return res.json() as { id: number; messageId: string }
}

const rowOf = ({ app }: Service, id: string) => app.db.selectFrom('outboxMessages').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

const get = async ({ app }: Service, url: string, scopes: string[], who: Record<string, unknown> = {}) =>
  app.inject({ method: 'GET', url, headers: await asCaller('directory', { scopes, ...who }) })

t.test('customer text with <script> arrives escaped in the HTML and as typed in the plain text, and a line break in a name adds no header', async (t) => {
  const smtp = await localSmtp(t)
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp)))
  await post(service, { body: '<script>alert("x")</script> & <b>bold</b>', name: 'Eve\r\nBcc: everyone@example.org' })
  await service.outbox.dispatch()
  const mail = await parse(smtp.received[0]!.raw)
  t.notMatch(String(mail.html), /<script>|<b>/, 'no markup from the customer in the HTML')
  t.match(String(mail.html), '&lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt; &amp; &lt;b&gt;bold&lt;&#x2F;b&gt;')
  t.match(String(mail.text), '<script>alert("x")</script> & <b>bold</b>', 'plain text is not HTML: shown as typed')
  t.same(smtp.received[0]!.to, ['customer@example.org'], 'no recipient was added from the customer\'s text')
  t.equal(mail.headers.get('bcc'), undefined)
})

t.test('the recipient\'s language picks the variant, and a language without one falls back to en', async (t) => {
  const smtp = await localSmtp(t)
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp)))
  const cases: Array<[string, string, RegExp]> = [['zh-HK', 'zh-Hant', /^您的記錄 N-/], ['ko-KR', 'ko', /^메모 N-/], ['fr', 'en', /^Your note N-/], ['zh-CN', 'en', /^Your note N-/]]
  for (const [tag, language, subject] of cases) {
    const { messageId } = await post(service, { body: 'x', language: tag })
    t.match(await rowOf(service, messageId), { language, subject }, `${tag} → ${language}`)
  }
  await service.outbox.dispatch()
  const subjects = await Promise.all(smtp.received.map(async (m) => (await parse(m.raw)).subject))
  t.ok(subjects.some((s) => s?.startsWith('您的記錄')), 'the zh-Hant subject arrives intact')
})

t.test('a letter is rendered to a printable page in the spool folder and listed for collection; an SMS goes to its loopback', async (t) => {
  const spool = await mkdtemp(join(tmpdir(), 'postcare-spool-'))
  t.teardown(() => rm(spool, { recursive: true, force: true }))
  const service = await notesService(t, await testConfig(t, { MESSAGES_SPOOL_DIR: spool }))
  const letter = await post(service, { body: 'on paper <i>please</i>', to: { channel: 'letter', name: 'Chan Tai Man', postalAddress: 'Flat 3, 1 Lamma Road\nLamma Island' } })
  const sms = await post(service, { body: 'short', to: { channel: 'sms', phone: '+852 9123 4567' } })
  t.match(await service.outbox.dispatch(), { sent: 2 })
  const row = await rowOf(service, letter.messageId)
  t.equal(row.deliveredTo, `letters/directory/${letter.messageId}.html`)
  const page = await readFile(join(spool, row.deliveredTo!), 'utf8')
  t.match(page, /^<!doctype html>/)
  t.match(page, 'Chan Tai Man\nFlat 3, 1 Lamma Road\nLamma Island')
  t.match(page, 'on paper &lt;i&gt;please&lt;&#x2F;i&gt;')
  const list = await get(service, '/v1/directory/messages?channel=letter&status=sent', ['directory:read'])
  t.equal(list.statusCode, 200)
  t.same(list.json().items.map((m: { id: string; deliveredTo: string }) => [m.id, m.deliveredTo]), [[letter.messageId, row.deliveredTo]], 'the print room finds it in the list')
  const text = await readFile(join(spool, (await rowOf(service, sms.messageId)).deliveredTo!), 'utf8')
  t.match(text, /^To: \+852 9123 4567\n/)
  t.match(text, /\n\nNote N-\d+ written\.\n$/, 'the template\'s SMS text')
})

t.test('erasure cancels pending messages and blanks sent ones, and leaves other records\' alone', async (t) => {
  const smtp = await localSmtp(t)
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp)))
  const sent = await post(service, { body: 'personal' })
  await service.outbox.dispatch()
  const pending = await post(service, { body: 'a reminder', dueAt: new Date(Date.now() + 3_600_000).toISOString() })
  const other = await post(service, { body: 'someone else' })
  const result = await service.app.db.transaction().execute((trx) => eraseMessages(trx, { subjectType: 'note', subjectIds: [String(sent.id), String(pending.id)] }))
  t.same(result, { cancelled: 1, erased: 2 })
  t.match(await rowOf(service, sent.messageId), { status: 'sent', recipient: '[erased]', recipientName: '[erased]', subject: '[erased]', bodyText: '[erased]', bodyHtml: '[erased]', erasedAt: Date })
  t.match(await rowOf(service, pending.messageId), { status: 'cancelled', cancelledAt: Date, nextAttemptAt: null, recipient: '[erased]', bodyText: '[erased]' })
  t.match(await rowOf(service, other.messageId), { status: 'queued', recipient: 'customer@example.org', bodyText: /someone else/ })
  t.match(await service.outbox.dispatch(), { sent: 1 }, 'only the other record\'s message is sent')
  const read = await get(service, `/v1/directory/messages/${sent.messageId}`, ['directory:read', 'personal-data:read'])
  t.match(read.json(), { personalData: 'erased', to: { email: '[erased]' }, text: '[erased]' })
})

t.test('the messages routes mask recipients and text without personal-data:read, and show them with it, audited', async (t) => {
  const smtp = await localSmtp(t)
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp)))
  const { messageId } = await post(service, { body: 'private matter', name: 'Chan Tai Man' })
  const masked = await get(service, `/v1/directory/messages/${messageId}`, ['directory:read'])
  t.equal(masked.statusCode, 200)
  t.match(masked.json(), { id: messageId, kind: 'note.written', channel: 'email', status: 'queued', personalData: 'masked', to: { name: 'C*** T*** M***', email: 'c***@example.org' }, text: '[withheld: needs personal-data:read]' })
  t.notMatch(masked.body, /private matter|Chan Tai Man/)
  const audits = () => service.app.db.selectFrom('auditLog').selectAll().where('subjectType', '=', 'message').execute()
  t.same(await audits(), [], 'a masked read is not a disclosure')
  const full = await get(service, `/v1/directory/messages/${messageId}`, ['directory:read', 'personal-data:read'])
  t.match(full.json(), { personalData: 'full', to: { name: 'Chan Tai Man', email: 'customer@example.org' }, text: /private matter/, messageId: `<${messageId}@postcare.invalid>` })
  t.equal(full.headers.etag, '"1"')
  const list = await get(service, '/v1/directory/messages', ['directory:read', 'personal-data:read'])
  t.match(list.json(), { items: [{ id: messageId, html: /private matter/ }], counts: { queued: 1, sent: 0, failed: 0, cancelled: 0 } })
  t.match(await audits(), [{ action: 'personal_data.read', subjectId: messageId }, { action: 'personal_data.read', subjectId: messageId }], 'both reads audited')
  t.equal((await get(service, '/v1/directory/messages', ['personal-data:read'])).statusCode, 403, 'reading needs the read scope')
})

t.test('the list filters by status, kind, channel and record, pages with a cursor, and counts by status', async (t) => {
  const spool = await mkdtemp(join(tmpdir(), 'postcare-spool-'))
  t.teardown(() => rm(spool, { recursive: true, force: true }))
  const smtp = await localSmtp(t, { refuse: (to) => (to.startsWith('bad') ? { code: 550, message: 'no' } : undefined) })
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp, { MESSAGES_SPOOL_DIR: spool })))
  const made = []
  for (let i = 0; i < 5; i++) made.push(await post(service, { body: `n${i}` }))
  const bad = await post(service, { body: 'bad', to: { channel: 'email', email: 'bad@example.org' } })
  await service.outbox.dispatch()
  await post(service, { body: 'later', dueAt: new Date(Date.now() + 3_600_000).toISOString() })
  await post(service, { body: 'paper', to: { channel: 'letter', name: 'A', postalAddress: 'B' }, dueAt: new Date(Date.now() + 3_600_000).toISOString() })
  const scopes = ['directory:read']
  const seen: string[] = []
  let url = '/v1/directory/messages?limit=3&channel=email'
  for (let pages = 0; pages < 5; pages++) {
    const page = (await get(service, url, scopes)).json()
    t.same(page.counts, { queued: 1, sent: 5, failed: 1, cancelled: 0 }, 'counts over the other filters')
    seen.push(...page.items.map((m: { id: string }) => m.id))
    if (!page.nextCursor) break
    url = `/v1/directory/messages?limit=3&channel=email&cursor=${page.nextCursor}`
  }
  t.equal(seen.length, 7, 'every e-mail once, newest first')
  t.equal(new Set(seen).size, 7)
  const failed = (await get(service, '/v1/directory/messages?status=failed', scopes)).json()
  t.same(failed.items.map((m: { id: string }) => m.id), [bad.messageId])
  t.match(failed.items[0], { lastError: /550/ })
  const about = (await get(service, `/v1/directory/messages?subjectType=note&subjectId=${made[2]!.id}`, scopes)).json()
  t.same(about.items.map((m: { id: string }) => m.id), [made[2]!.messageId])
  t.equal((await get(service, '/v1/directory/messages?kind=other.kind', scopes)).json().items.length, 0)
  t.equal((await get(service, '/v1/directory/messages?cursor=bm9wZQ', scopes)).statusCode, 400)
})

t.test('a failed message is retried with If-Match by a caller with the manage scope, and then sent', async (t) => {
  let refuse = true
  const smtp = await localSmtp(t, { refuse: () => (refuse ? { code: 554, message: '5.7.1 Rejected for policy reasons' } : undefined) })
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp)))
  const { messageId } = await post(service, { body: 'rejected once' })
  await service.outbox.dispatch()
  const url = `/v1/directory/messages/${messageId}/retry`
  const retry = async (scopes: string[], ifMatch?: string, who: Record<string, unknown> = {}) =>
    service.app.inject({ method: 'POST', url, headers: { ...(await asCaller('directory', { scopes, ...who })), ...(ifMatch ? { 'if-match': ifMatch } : {}) } })
  const { version } = await rowOf(service, messageId)
  t.equal((await retry(['directory:read'], `"${version}"`)).statusCode, 403, 'reading is not managing')
  t.equal((await retry(['directory:manage'])).statusCode, 428)
  t.equal((await retry(['directory:manage'], `"${version - 1}"`)).statusCode, 412)
  const ok = await retry(['directory:manage'], `"${version}"`)
  t.equal(ok.statusCode, 200)
  t.match(ok.json(), { status: 'queued', attempts: 0, failedAt: null })
  t.equal(ok.headers.etag, `"${version + 1}"`)
  const again = await retry(['directory:manage'], `"${version + 1}"`)
  t.equal(again.statusCode, 409)
  t.match(again.json(), { code: 'MESSAGE_NOT_RETRYABLE' })
  refuse = false
  t.match(await service.outbox.dispatch(), { sent: 1 })
  t.match(await rowOf(service, messageId), { status: 'sent', attempts: 1 })
  t.match(await service.app.db.selectFrom('auditLog').selectAll().where('action', '=', 'message.retry').execute(), [{ subjectType: 'message', subjectId: messageId, caller: 'key:test' }], 'the retry is audited')
  t.equal((await service.app.inject({ method: 'POST', url: '/v1/directory/messages/7d3c6f7e-51c4-4a4d-9b2a-5d8f0c1e2a3b/retry', headers: { ...(await asCaller('directory', { scopes: ['directory:manage'] })), 'if-match': '"1"' } })).statusCode, 404)
})

t.test('office-bound callers are refused the messages routes', async (t) => {
  const service = await notesService(t, await testConfig(t, {}))
  const { messageId } = await post(service, { body: 'x' })
  const office = { office: 'KLN012' }
  const all = ['directory:read', 'directory:manage', 'personal-data:read']
  for (const url of ['/v1/directory/messages', `/v1/directory/messages/${messageId}`]) {
    const res = await get(service, url, all, office)
    t.equal(res.statusCode, 403, url)
    t.equal(res.json().code, 'OFFICE_NOT_PERMITTED')
  }
  const res = await service.app.inject({ method: 'POST', url: `/v1/directory/messages/${messageId}/retry`, headers: { ...(await asCaller('directory', { scopes: all, ...office })), 'if-match': '"1"' } })
  t.equal(res.json().code, 'OFFICE_NOT_PERMITTED')
})

t.test('metrics count queued, sent and failed messages and the age of the oldest due one', async (t) => {
  const smtp = await localSmtp(t, { refuse: (to) => (to.startsWith('bad') ? { code: 550, message: 'no' } : undefined) })
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp)))
  await post(service, { body: 'a' })
  await post(service, { body: 'b', to: { channel: 'email', email: 'bad@example.org' } })
  await post(service, { body: 'c', dueAt: new Date(Date.now() - 90_000).toISOString() })
  let text = await service.app.metrics.metrics()
  t.match(text, /^messages_queued\{service="directory"\} 3$/m)
  const age = Number(/^messages_oldest_due_age_seconds\{service="directory"\} ([\d.]+)$/m.exec(text)?.[1])
  t.ok(age >= 89 && age < 120, `the oldest has been due 90 s (${age})`)
  await service.outbox.dispatch()
  text = await service.app.metrics.metrics()
  t.match(text, /^messages_sent_total\{channel="email",service="directory"\} 2$/m)
  t.match(text, /^messages_failed_total\{channel="email",service="directory"\} 1$/m)
  t.match(text, /^messages_failed\{service="directory"\} 1$/m)
  t.match(text, /^messages_queued\{service="directory"\} 0$/m)
  t.match(text, /^messages_oldest_due_age_seconds\{service="directory"\} 0$/m)
  await service.app.db.destroy()
  text = await service.app.metrics.metrics()
  t.match(text, /^messages_queued\{service="directory"\} nan$/im, 'with the database gone the gauges say NaN (prom-client writes Nan; Prometheus reads it either way), and the scrape still answers')
})

t.test('readiness reports a dispatcher that has left a message due longer than MESSAGES_STUCK_SECONDS', async (t) => {
  const smtp = await localSmtp(t)
  const service = await notesService(t, await testConfig(t, smtpEnv(smtp, { MESSAGES_STUCK_SECONDS: '1' })))
  const ready = () => service.app.inject({ method: 'GET', url: '/health/ready' })
  await post(service, { body: 'overdue', dueAt: new Date(Date.now() - 60_000).toISOString() })
  await new Promise((r) => setTimeout(r, 1100))
  const stuck = await ready()
  t.equal(stuck.statusCode, 503)
  t.match(stuck.json(), { status: 'unavailable', checks: { database: 'ok', messages: 'unavailable' } })
  await service.outbox.dispatch()
  const fine = await ready()
  t.equal(fine.statusCode, 200)
  t.match(fine.json(), { checks: { messages: 'ok' } })
})
