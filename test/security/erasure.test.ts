/**
 * Item 18, proven by canaries: every text, varchar, json, jsonb, text[] and tsvector column of
 * every table in every service schema of the database is scanned for a subject's unique values
 * after an erasure request or the retention sweep. The scan reads the catalogue, so a table or
 * column added tomorrow is scanned without editing this file. A control subject that was not
 * erased must still be found, which proves the scan can see what it is looking for.
 */
import { randomBytes } from 'node:crypto'
import { serviceNames, staticDirectoryLookup } from '@postcare/platform'
import { asCaller, buildServiceTestApp, createTestDatabase, offices, testClock } from '@postcare/platform/testing'
import pg from 'pg'
import t, { type Test } from 'tap'
import { feedbackService } from '../../services/feedback/test/helper.js'
import { counterResponse, counterSurvey, fakeFeedback, openSurvey, surveyService, surveyTestEnv } from '../../services/survey/test/helper.js'

const RETENTION_DAYS = 30

/**
 * Where a canary is known to survive. Each entry is still asserted (as a tap todo), so a fix shows
 * up as a passing todo and the entry can be removed; a leak in any column not listed here fails.
 */
const KNOWN_DEFECTS: Record<string, string> = {}

const database = await createTestDatabase(t)
const clock = testClock('2026-11-23T09:00:00Z')
const { app } = await buildServiceTestApp(t, feedbackService, {
  database,
  env: { FEEDBACK_RETENTION_DAYS: String(RETENTION_DAYS) },
  deps: { directory: staticDirectoryLookup(offices), now: clock.now }
})

// The scan runs as the admin: the service's own role might not see every schema.
const admin = new pg.Pool({ connectionString: database.url, max: 2 })
// The database may be dropped WITH (FORCE) before this pool ends: an idle client terminated then
// must not become an uncaught 'error' (as in the harness).
admin.on('error', () => {})
t.teardown(() => admin.end())

// The survey app on the same database, since its responses keep respondents' contact details.
const { app: survey } = await buildServiceTestApp(t, surveyService, {
  database,
  env: { ...surveyTestEnv, SURVEY_CONTACT_HASH_KEY: 'erasure-test-key', SURVEY_CONTACT_RETENTION_DAYS: String(RETENTION_DAYS) },
  deps: { directory: staticDirectoryLookup(offices), feedback: fakeFeedback().client }
})
const surveyId = await openSurvey(survey, counterSurvey())

const manager = () => asCaller('feedback', { sub: 'user:dpo', scopes: ['feedback:read', 'feedback:write', 'feedback:manage', 'personal-data:read'] })
const surveyManager = () => asCaller('survey', { sub: 'user:dpo', scopes: ['survey:read', 'survey:write', 'survey:manage'] })

/** A survey response by `s` with consented contact and a free-text comment; `respondedAt` is when they gave it. */
async function surveyResponseBy(s: Subject, respondedAt?: Date) {
  const body = counterResponse({}, {
    contact: { consentToContact: true, name: s.name, phone: s.phone, email: s.email },
    answers: [{ questionId: 'overall', value: 6 }, { questionId: 'comments', value: `${s.name} ${s.freeText}` }],
    ...(respondedAt ? { respondedAt: respondedAt.toISOString() } : {})
  })
  const res = await survey.inject({ method: 'POST', url: `/v1/survey/surveys/${surveyId}/responses`, headers: { ...(await asCaller('survey')), 'idempotency-key': randomBytes(8).toString('hex') }, payload: body })
  if (res.statusCode !== 201) throw new Error(`survey response: ${res.statusCode} ${res.body}`)
  return res.json() as { id: string }
}

interface Subject { name: string; phone: string; email: string; address: string; idCard: string; membership: string; freeText: string }

/** Values that occur nowhere else, so a hit can only be this subject's data. */
function canaries(): Subject {
  // Each value has its own random part, so a hit names the kind of value that survived.
  const hex = () => randomBytes(5).toString('hex')
  const digits = () => String(randomBytes(4).readUInt32BE(0) % 100_000_000).padStart(8, '0')
  const phone = digits()
  const idCard = digits()
  return {
    name: `Canary Name ${hex()}`,
    phone: `+852 ${phone.slice(0, 4)} ${phone.slice(4)}`,
    email: `canary.${hex()}@example.org`,
    address: `Flat ${hex()}, 1 Canary Road`,
    idCard: `Z${idCard.slice(0, 6)}(${idCard[6]})`,
    membership: `PP-${hex().toUpperCase()}`,
    freeText: `canarytext${hex()}`
  }
}

/** A complaint by `s` whose contact details and free text all carry its canaries. */
function complaintBy(s: Subject, kind = 'complaint') {
  return {
    kind,
    channel: 'counter',
    officeCode: 'KLN001',
    category: 'delay',
    subject: `Late letter ${s.freeText}`,
    description: `I am ${s.name}, HKID ${s.idCard}, living at ${s.address}; call ${s.phone}. ${s.freeText}`,
    trackingNumbers: ['RR123456789HK'],
    remedySought: `Refund to ${s.name} ${s.freeText}`,
    customer: { name: s.name, email: s.email, phone: s.phone, address: s.address, membershipNumber: s.membership, preferredReplyChannel: 'email', language: 'en' }
  }
}

interface Column { schema: string; table: string; column: string; type: string }

async function scannableColumns(): Promise<Column[]> {
  const { rows } = await admin.query<Column>(
    `select c.table_schema as schema, c.table_name as table, c.column_name as column, c.data_type as type
       from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema = any($1)
        and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'tsvector')
             or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar')))
      order by 1, 2, 3`,
    [[...serviceNames]]
  )
  return rows
}

/** Where each of `values` occurs: `schema.table.column` and the number of rows, case-insensitively. */
async function scan(subject: Subject): Promise<{ columns: number; tables: number; hits: Record<string, number>; kinds: Record<string, string[]> }> {
  const columns = await scannableColumns()
  const like = (v: string) => `%${v.replace(/[\\%_]/g, '\\$&')}%`
  // A tsvector keeps lower-cased words, so for it the long words of each value are what is matched.
  const words = (v: string) => v.toLowerCase().split(/[^a-z0-9.@]+/).filter((w) => w.length >= 10)
  const hits: Record<string, number> = {}
  const kinds: Record<string, string[]> = {}
  for (const c of columns) {
    const where = `${c.schema}.${c.table}.${c.column}`
    const patterns = Object.entries(subject).flatMap(([kind, v]) => (c.type === 'tsvector' ? words(v) : [v]).map((p) => [kind, like(p)]))
    const { rows } = await admin.query<{ n: string; kinds: string[] | null }>(
      `select count(distinct x.ctid) as n, array_agg(distinct p.kind) as kinds
         from "${c.schema}"."${c.table}" x join unnest($1::text[], $2::text[]) as p(kind, pattern) on x."${c.column}"::text ilike p.pattern`,
      [patterns.map((p) => p[0]), patterns.map((p) => p[1])]
    )
    const n = Number(rows[0]!.n)
    if (n > 0) {
      hits[where] = n
      kinds[where] = rows[0]!.kinds ?? []
    }
  }
  return { columns: columns.length, tables: new Set(columns.map((c) => `${c.schema}.${c.table}`)).size, hits, kinds }
}

/** Asserts no hits outside KNOWN_DEFECTS, and each known defect in `schemas` as a todo naming it. */
function assertNoHits(t: Test, label: string, hits: Record<string, number>, schemas: string[]) {
  const unexpected = Object.entries(hits).filter(([where]) => !KNOWN_DEFECTS[where])
  t.same(Object.fromEntries(unexpected), {}, `${label}: no canary in any column`)
  // Only the schemas the subject's data went to: a todo elsewhere would pass without proving anything.
  const relevant = Object.entries(KNOWN_DEFECTS).filter(([where]) => schemas.includes(where.split('.')[0]!))
  for (const [where, defect] of relevant) t.equal(hits[where] ?? 0, 0, `${label}: no canary in ${where}`, { todo: `DEFECT: ${defect}` })
}

async function create(body: Record<string, unknown>, key?: string) {
  const res = await app.inject({ method: 'POST', url: '/v1/feedback/items', headers: { ...(await manager()), ...(key ? { 'idempotency-key': key } : {}) }, payload: body })
  if (res.statusCode !== 201) throw new Error(`create: ${res.statusCode} ${res.body}`)
  return res.json() as { id: string; version: number; reference: string }
}

async function command(item: { id: string }, name: string, payload: Record<string, unknown>) {
  const current = await app.inject({ method: 'GET', url: `/v1/feedback/items/${item.id}`, headers: await manager() })
  const res = await app.inject({ method: 'POST', url: `/v1/feedback/items/${item.id}/${name}`, headers: { ...(await manager()), 'if-match': String(current.headers.etag) }, payload })
  if (res.statusCode !== 200 && res.statusCode !== 201) throw new Error(`${name}: ${res.statusCode} ${res.body}`)
  return res.json() as { customer: { personalData: string; name: string | null } }
}

/** Everything a case handler does with a subject's item, so every table that can hold their data does. */
async function workOn(s: Subject, key: string) {
  const item = await create(complaintBy(s), key)
  const batch = await app.inject({ method: 'POST', url: '/v1/feedback/items/batch', headers: { ...(await manager()), 'idempotency-key': `${key}-batch` }, payload: { items: [complaintBy(s, 'suggestion')] } })
  if (batch.statusCode !== 200) throw new Error(`batch: ${batch.statusCode} ${batch.body}`)
  const batchItem = (batch.json() as { results: Array<{ item: { id: string } }> }).results[0]!.item
  await command(item, 'acknowledge', { message: `Dear ${s.name}, we have your complaint ${s.freeText}` })
  await command(item, 'notes', { body: `Rang ${s.phone}, HKID ${s.idCard} checked ${s.freeText}` })
  await command(item, 'replies', { body: `Dear ${s.name}, an update ${s.freeText}` })
  // Full reads, item and list and export, so the audit log holds rows about the subject.
  await app.inject({ method: 'GET', url: `/v1/feedback/items/${item.id}`, headers: await manager() })
  await app.inject({ method: 'GET', url: `/v1/feedback/items?q=${encodeURIComponent(s.freeText)}`, headers: await manager() })
  await app.inject({ method: 'GET', url: `/v1/feedback/items/export?format=ndjson&q=${encodeURIComponent(s.freeText)}`, headers: await manager() })
  // The same person answers a survey, agrees to be contacted, and is invited to another.
  await surveyResponseBy(s)
  const invitation = await survey.inject({ method: 'POST', url: `/v1/survey/surveys/${surveyId}/invitations`, headers: await asCaller('survey'), payload: { channel: 'web', contact: s.email } })
  if (invitation.statusCode !== 201) throw new Error(`survey invitation: ${invitation.statusCode} ${invitation.body}`)
  return [item, batchItem]
}

t.test('after an erasure request no column of any service schema holds the subject\'s canaries, while another subject\'s are still found', async (t) => {
  const erased = canaries()
  const control = canaries()
  const items = await workOn(erased, randomBytes(8).toString('hex'))
  await workOn(control, randomBytes(8).toString('hex'))

  const before = await scan(erased)
  t.ok(Object.keys(before.hits).length > 0, 'the scan finds the subject before erasure')
  for (const item of items) {
    const res = await command(item, 'erase-personal-data', { reason: 'Erasure request 2026/118' })
    t.equal(res.customer.personalData, 'erased', 'the erasure command answers with the personal data erased')
  }
  // A person asks the survey service by their contact details: they know no response id.
  const surveyErasure = await survey.inject({ method: 'POST', url: '/v1/survey/personal-data/erase', headers: await surveyManager(), payload: { email: erased.email, phone: erased.phone, reason: 'Erasure request 2026/118' } })
  t.equal(surveyErasure.statusCode, 200, surveyErasure.body)
  t.same(surveyErasure.json(), { responses: 1, invitations: 1, followUpCases: [] }, 'the survey erasure finds the subject\'s response and invitation')
  const after = await scan(erased)
  const [audit] = (await admin.query<{ n: string }>(`select count(*) as n from feedback.audit_log where subject_id = any($1::text[]) and action like 'personal_data.%'`, [items.map((i) => i.id)])).rows
  t.ok(Number(audit!.n) > 0, 'the full reads of the erased subject are audited, and the audit rows are part of the scan')
  const controlHits = await scan(control)
  t.ok(controlHits.hits['feedback.feedback_items.customer_name'], 'the control subject is still found, so the scan can see')
  for (const column of ['contact_name', 'contact_phone', 'contact_email', 'answers']) {
    t.equal(controlHits.hits[`survey.responses.${column}`], 1, `the control subject's survey response keeps its ${column}`)
  }
  const [surveyAudit] = (await admin.query<{ n: string }>(`select count(*) as n from survey.audit_log where action = 'personal_data.erased'`)).rows
  t.equal(Number(surveyAudit!.n), 2, 'the survey erasure is audited: the response and the invitation')
  assertNoHits(t, 'erased subject', after.hits, ['feedback', 'survey'])
  const total = Object.values(after.hits).reduce((a, b) => a + b, 0)
  t.comment(`erasure: ${after.tables} tables, ${after.columns} columns scanned in ${serviceNames.length} schemas; erased subject: ${total} rows with canaries (before erasure: ${Object.values(before.hits).reduce((a, b) => a + b, 0)}); control subject: ${Object.values(controlHits.hits).reduce((a, b) => a + b, 0)} rows`)
  for (const [where, n] of Object.entries(after.hits)) t.comment(`erasure: canary survives in ${where}: ${n} rows (${after.kinds[where]!.join(', ')})`)
})

t.test('the retention sweep anonymises items closed longer ago than FEEDBACK_RETENTION_DAYS and leaves a recent closed item and an open item whole', async (t) => {
  const old = canaries()
  const recent = canaries()
  const open = canaries()
  clock.at = new Date('2026-11-23T09:00:00Z')
  const oldItem = await create(complaintBy(old, 'suggestion'), randomBytes(8).toString('hex'))
  const recentItem = await create(complaintBy(recent, 'suggestion'), randomBytes(8).toString('hex'))
  await create(complaintBy(open, 'suggestion'), randomBytes(8).toString('hex'))
  await command(oldItem, 'notes', { body: `Spoke to ${old.name} ${old.freeText}` })
  // Survey answers given longer ago than the contact retention (keyed in now), and just now.
  await surveyResponseBy(old, new Date(Date.now() - (RETENTION_DAYS + 1) * 86_400_000))
  await surveyResponseBy(recent)
  await command(oldItem, 'close', {})
  clock.at = new Date(Date.parse('2026-11-23T09:00:00Z') + (RETENTION_DAYS + 1) * 86_400_000)
  await command(recentItem, 'close', {})

  const run = await app.inject({ method: 'POST', url: '/v1/feedback/retention/run', headers: await manager() })
  t.equal(run.statusCode, 200, 'the sweep runs on request')
  // Items from the other test are open or erased already, so only the old one is due.
  t.same(run.json(), { anonymised: 1 }, 'the sweep anonymises exactly the one item past retention')

  const surveyRun = await survey.inject({ method: 'POST', url: '/v1/survey/retention/run', headers: await surveyManager() })
  t.equal(surveyRun.statusCode, 200)
  // The other test's responses were given just now (or erased already), so only the old one is due.
  t.same(surveyRun.json(), { anonymised: 1, invitations: 0 }, 'the survey sweep anonymises exactly the one response past contact retention')

  const get = async (id: string) => (await app.inject({ method: 'GET', url: `/v1/feedback/items/${id}`, headers: await manager() })).json() as { customer: { personalData: string } }
  t.equal((await get(oldItem.id)).customer.personalData, 'erased', 'the item past retention reads as erased')
  t.equal((await get(recentItem.id)).customer.personalData, 'full', 'the recent closed item reads in full')

  const [oldHits, recentHits, openHits] = await Promise.all([old, recent, open].map((s) => scan(s)))
  assertNoHits(t, 'item and survey response past retention', oldHits!.hits, ['feedback', 'survey'])
  for (const column of ['contact_name', 'contact_phone', 'contact_email', 'answers']) {
    t.equal(recentHits!.hits[`survey.responses.${column}`], 1, `the recent survey response keeps its ${column}`)
  }
  for (const [label, { hits }] of [['recent closed', recentHits!], ['open', openHits!]] as const) {
    for (const column of ['customer_name', 'customer_email', 'customer_phone', 'customer_address', 'membership_number']) {
      t.equal(hits[`feedback.feedback_items.${column}`], 1, `${label} item keeps its ${column}`)
    }
  }
  const sum = (h: Record<string, number>) => Object.values(h).reduce((a, b) => a + b, 0)
  t.comment(`retention: ${RETENTION_DAYS} days; anonymised ${run.json().anonymised} items and ${surveyRun.json().anonymised} survey responses; past retention: ${sum(oldHits!.hits)} rows with canaries; recent closed: ${sum(recentHits!.hits)}; open: ${sum(openHits!.hits)}`)
  for (const [where, n] of Object.entries(oldHits!.hits)) t.comment(`retention: canary survives in ${where}: ${n} rows (${oldHits!.kinds[where]!.join(', ')})`)
})
