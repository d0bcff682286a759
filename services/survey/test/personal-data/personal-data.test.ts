import { ConfigError } from '@postcare/platform'
import { testKeys } from '@postcare/platform/testing'
import { sql } from 'kysely'
import t from 'tap'
import { loadConfig } from '../../src/config.js'
import { buildTestApp, caller, counterResponse, counterSurvey, eventually, fakeFeedback, importResponses, openSurvey, testClock, type TestApp } from '../helper.js'

const manager = () => caller({ scopes: ['survey:read', 'survey:write', 'survey:manage'] })
const withFollowUp = counterSurvey({ followUp: { questionId: 'overall', atOrBelow: 3 } })

const person = { name: 'Chan Tai Man', phone: '+852 2921 2222', email: 'Tai.Man.Chan@Example.org' }
/** A consenting respondent with a free-text comment, a choice and ratings. */
const answered = (contact: Record<string, unknown> = person, overall = 6, comment = 'Ask for Chan at 2921 2222') =>
  counterResponse({ overall }, {
    contact: { consentToContact: true, ...contact },
    answers: [{ questionId: 'overall', value: overall }, { questionId: 'visit_reason', value: 'parcel' }, { questionId: 'services', value: ['stamps'] }, { questionId: 'queue_ok', value: true }, { questionId: 'comments', value: comment }]
  })

async function submit(app: TestApp, surveyId: string, payload: Record<string, unknown>, key?: string) {
  const res = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${surveyId}/responses`, headers: { ...(await caller()), ...(key ? { 'idempotency-key': key } : {}) }, payload })
  if (res.statusCode !== 201) throw new Error(`submit: ${res.statusCode} ${res.body}`)
  return res.json() as { id: string; personalData: string }
}

const get = async (app: TestApp, surveyId: string, id: string) => (await app.inject({ method: 'GET', url: `/v1/survey/surveys/${surveyId}/responses/${id}`, headers: await caller() })).json()
const erase = async (app: TestApp, surveyId: string, id: string, reason = 'Erasure request 2026/118') =>
  app.inject({ method: 'POST', url: `/v1/survey/surveys/${surveyId}/responses/${id}/erase-personal-data`, headers: await manager(), payload: { reason } })
const eraseSubject = async (app: TestApp, payload: Record<string, unknown>) => app.inject({ method: 'POST', url: '/v1/survey/personal-data/erase', headers: await manager(), payload })

/** What the database holds of a response, read directly: the API never returns the contact. */
async function stored(app: TestApp, id: string) {
  const { rows } = await sql<{ contactConsent: boolean; contactName: string | null; contactPhone: string | null; contactEmail: string | null; answers: unknown }>`
    select contact_consent, contact_name, contact_phone, contact_email, answers from responses where id = ${id}`.execute(app.db)
  return rows[0]!
}

/** A detractor's response whose first follow-up call failed: the follow-up is pending, with a reason. */
async function detractorWithFailedFollowUp(t: Parameters<typeof buildTestApp>[0]) {
  const feedback = fakeFeedback()
  feedback.state.failNext = 1
  const app = await buildTestApp(t, {}, feedback)
  const surveyId = await openSurvey(app, withFollowUp)
  const response = await submit(app, surveyId, answered(person, 2))
  await eventually(async () => ((await get(app, surveyId, response.id)).followUp.lastError ? true : null))
  return { feedback, app, surveyId, response }
}

t.test('erasing a response removes its contact details and free text, keeps ratings and choices, and reads as erased', async (t) => {
  const app = await buildTestApp(t)
  const surveyId = await openSurvey(app)
  const response = await submit(app, surveyId, answered())
  t.equal(response.personalData, 'held', 'a consenting respondent\'s contact is held')
  const results = async () => (await app.inject({ method: 'GET', url: `/v1/survey/surveys/${surveyId}/results?from=2020-01-01&to=2029-12-31`, headers: await caller() })).body
  const before = await results()

  const res = await erase(app, surveyId, response.id)
  t.equal(res.statusCode, 200, res.body)
  const erased = res.json()
  t.match(erased, { id: response.id, personalData: 'erased', anonymous: true, personalDataErasedAt: String })
  t.same(erased.answers, [
    { questionId: 'overall', value: 6 }, { questionId: 'visit_reason', value: 'parcel' }, { questionId: 'services', value: ['stamps'] }, { questionId: 'queue_ok', value: true }
  ], 'ratings and choices stay')
  t.same(erased.comments, [{ questionId: 'comments', text: '[erased]' }], 'only the free text is replaced')
  t.same(await get(app, surveyId, response.id), erased, 'a later read shows the same')
  t.match(await stored(app, response.id), { contactConsent: true, contactName: null, contactPhone: null, contactEmail: null })
  t.equal(await results(), before, 'the results are exactly as before')
})

t.test('erasing twice answers 200 both times and audits each request without the contact details', async (t) => {
  const app = await buildTestApp(t)
  const surveyId = await openSurvey(app)
  const response = await submit(app, surveyId, answered())
  const first = await erase(app, surveyId, response.id, 'Erasure request 2026/118')
  const second = await erase(app, surveyId, response.id, 'Erasure request 2026/118, repeated')
  t.equal(second.statusCode, 200)
  t.same(second.json(), first.json(), 'the second erasure changes nothing')
  const { rows } = await sql<{ caller: string; action: string; subjectType: string; details: Record<string, unknown> }>`
    select caller, action, subject_type, details from audit_log where subject_id = ${response.id} and action = 'personal_data.erased' order by id`.execute(app.db)
  t.same(rows.map((r) => [r.action, r.subjectType, r.details.reason]), [
    ['personal_data.erased', 'survey_response', 'Erasure request 2026/118'],
    ['personal_data.erased', 'survey_response', 'Erasure request 2026/118, repeated']
  ])
  t.notMatch(JSON.stringify(rows), /2921|Chan|example\.org/i, 'the audit rows hold no contact details')
})

t.test('a retried submission after erasure replays the erased response and records nothing new', async (t) => {
  const app = await buildTestApp(t)
  const surveyId = await openSurvey(app)
  const response = await submit(app, surveyId, answered(), 'kiosk-7-000001')
  await erase(app, surveyId, response.id)
  const retried = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${surveyId}/responses`, headers: { ...(await caller()), 'idempotency-key': 'kiosk-7-000001' }, payload: answered() })
  t.equal(retried.statusCode, 201)
  t.equal(retried.headers['idempotent-replayed'], 'true')
  t.match(retried.json(), { id: response.id, personalData: 'erased', anonymous: true })
  t.same(retried.json().comments, [{ questionId: 'comments', text: '[erased]' }])
  const { rows } = await sql<{ n: string }>`select count(*) as n from responses`.execute(app.db)
  t.equal(Number(rows[0]!.n), 1, 'still one response')
  const { rows: keys } = await sql<{ body: string }>`select response_body::text as body from idempotency_keys`.execute(app.db)
  t.notMatch(keys.map((k) => k.body).join(' '), /2921|Chan/, 'the stored answer no longer holds the free text')
})

t.test('erasing an unknown response is 404 SURVEY_RESPONSE_NOT_FOUND; a bad body or id is 400 naming the field', async (t) => {
  const app = await buildTestApp(t)
  const surveyId = await openSurvey(app)
  const missing = await erase(app, surveyId, '00000000-0000-4000-8000-000000000000')
  t.equal(missing.statusCode, 404)
  t.equal(missing.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(missing.json(), { status: 404, code: 'SURVEY_RESPONSE_NOT_FOUND' })
  const response = await submit(app, surveyId, answered())
  const noReason = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${surveyId}/responses/${response.id}/erase-personal-data`, headers: await manager(), payload: {} })
  t.equal(noReason.statusCode, 400)
  t.match(noReason.json(), { code: 'VALIDATION_FAILED', errors: [{ field: 'body/reason' }] })
  const badId = await erase(app, surveyId, 'not-a-uuid')
  t.equal(badId.statusCode, 400)
  t.match(badId.json(), { errors: [{ field: 'params/responseId' }] })
  t.equal((await get(app, surveyId, response.id)).personalData, 'held', 'nothing was erased by the refused requests')
})

t.test('erasure cancels a pending follow-up, so the contact details are never sent to the feedback service', async (t) => {
  const { feedback, app, surveyId, response } = await detractorWithFailedFollowUp(t)
  const erased = (await erase(app, surveyId, response.id)).json()
  t.match(erased.followUp, { status: 'cancelled', attempts: 1, lastError: null, nextAttemptAt: null, caseReference: null })
  const dispatch = await app.inject({ method: 'POST', url: '/v1/survey/follow-ups/dispatch', headers: await caller() })
  t.same(dispatch.json(), { attempted: 0, opened: 0, failed: 0, gaveUp: 0 })
  t.equal(feedback.calls.length, 1, 'only the call made before the erasure')
})

t.test('erasure by subject finds responses by e-mail in any case and phone in any format, and invitations sent to them', async (t) => {
  const app = await buildTestApp(t)
  const surveyId = await openSurvey(app)
  const byEmail = await submit(app, surveyId, answered({ name: person.name, email: 'tai.man.chan@example.ORG' }))
  const byPhone = await submit(app, surveyId, answered({ phone: '+85229212222' }))
  const other = await submit(app, surveyId, answered({ name: 'Lee Siu Ming', email: 'lee@example.org' }))
  const invitation = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${surveyId}/invitations`, headers: await caller(), payload: { channel: 'web', contact: person.email } })
  t.equal(invitation.statusCode, 201, invitation.body)
  // An anonymous answer to that invitation is the person's too: its free text may name them.
  const viaInvitation = await submit(app, surveyId, counterResponse({}, { channel: 'web', invitationToken: invitation.json().token, answers: [{ questionId: 'overall', value: 5 }, { questionId: 'comments', value: 'I am Chan Tai Man' }] }))

  const res = await eraseSubject(app, { email: person.email, phone: person.phone, reason: 'Erasure request 2026/119' })
  t.equal(res.statusCode, 200, res.body)
  t.same(res.json(), { responses: 3, invitations: 1, followUpCases: [] })
  for (const r of [byEmail, byPhone, viaInvitation]) t.equal((await get(app, surveyId, r.id)).personalData, 'erased', `${r.id} is erased`)
  t.same((await get(app, surveyId, viaInvitation.id)).comments, [{ questionId: 'comments', text: '[erased]' }])
  t.equal((await get(app, surveyId, other.id)).personalData, 'held', 'another person is untouched')
  const { rows } = await sql<{ contactHash: string | null }>`select contact_hash from invitations`.execute(app.db)
  t.same(rows, [{ contactHash: null }], 'the invitation no longer recognises the person')
  const { rows: audit } = await sql<{ subjectType: string; details: string }>`select subject_type, details::text as details from audit_log where action = 'personal_data.erased' order by id`.execute(app.db)
  t.same(audit.map((a) => a.subjectType).sort(), ['survey_invitation', 'survey_response', 'survey_response', 'survey_response'])
  t.notMatch(audit.map((a) => a.details).join(' '), /2921|example\.org/i, 'neither the e-mail nor the phone is in the audit log')

  const again = await eraseSubject(app, { email: person.email, phone: person.phone, reason: 'Erasure request 2026/119' })
  t.same(again.json(), { responses: 0, invitations: 0, followUpCases: [] }, 'repeating erases nothing more')
})

t.test('erasure by subject lists the feedback cases the responses had opened', async (t) => {
  const app = await buildTestApp(t)
  const surveyId = await openSurvey(app, withFollowUp)
  const response = await submit(app, surveyId, answered(person, 1))
  await eventually(async () => ((await get(app, surveyId, response.id)).followUp.status === 'opened' ? true : null))
  const res = await eraseSubject(app, { phone: '+852-2921-2222', reason: 'Erasure request 2026/120' })
  t.same(res.json(), { responses: 1, invitations: 0, followUpCases: ['CMP-2026-000001'] })
  t.match((await get(app, surveyId, response.id)).followUp, { status: 'opened', caseReference: 'CMP-2026-000001' }, 'an opened case stays recorded')
})

t.test('erasure by subject without an e-mail or phone is 422 naming the body; a malformed e-mail is 400', async (t) => {
  const app = await buildTestApp(t)
  const none = await eraseSubject(app, { reason: 'Erasure request 2026/121' })
  t.equal(none.statusCode, 422)
  t.match(none.json(), { code: 'SURVEY_INVALID_ERASURE_REQUEST', errors: [{ field: 'body' }] })
  const bad = await eraseSubject(app, { email: 'not an address', reason: 'x' })
  t.equal(bad.statusCode, 400)
  t.match(bad.json(), { code: 'VALIDATION_FAILED', errors: [{ field: 'body/email' }] })
})

t.test('the retention sweep anonymises responses whose contact was given longer ago than SURVEY_CONTACT_RETENTION_DAYS and leaves newer ones', async (t) => {
  const app = await buildTestApp(t, { contactRetentionDays: 30 })
  const surveyId = await openSurvey(app)
  const day = 86_400_000
  const [old] = await importResponses(app, surveyId, [{ ...answered(), respondedAt: new Date(Date.now() - 31 * day).toISOString() }])
  const [edge] = await importResponses(app, surveyId, [{ ...answered({ email: 'edge@example.org' }), respondedAt: new Date(Date.now() - 29 * day).toISOString() }])
  const recent = await submit(app, surveyId, answered({ email: 'recent@example.org' }))
  const anonymous = await submit(app, surveyId, counterResponse({}, { answers: [{ questionId: 'overall', value: 4 }, { questionId: 'comments', value: 'no contact' }] }))

  const run = await app.inject({ method: 'POST', url: '/v1/survey/retention/run', headers: await manager() })
  t.equal(run.statusCode, 200)
  t.same(run.json(), { anonymised: 1, invitations: 0 })
  t.equal((await get(app, surveyId, old!)).personalData, 'erased', 'given 31 days ago: erased')
  t.equal((await get(app, surveyId, edge!)).personalData, 'held', 'given 29 days ago: kept')
  t.equal((await get(app, surveyId, recent.id)).personalData, 'held', 'given now: kept')
  t.same((await get(app, surveyId, anonymous.id)).comments, [{ questionId: 'comments', text: 'no contact' }], 'a response without contact details is not touched')
  const { rows } = await sql<{ caller: string; subjectId: string }>`select caller, subject_id from audit_log where action = 'personal_data.erased'`.execute(app.db)
  t.same(rows, [{ caller: 'system:retention', subjectId: old }])
  t.same((await app.inject({ method: 'POST', url: '/v1/survey/retention/run', headers: await manager() })).json(), { anonymised: 0, invitations: 0 }, 'a second run finds nothing')
})

t.test('the retention sweep removes an invitation\'s contact hash only once both the retention and the re-contact period have passed', async (t) => {
  const clock = testClock()
  const app = await buildTestApp(t, { contactRetentionDays: 30, recontactDays: 90 }, fakeFeedback(), { now: clock.now })
  const surveyId = await openSurvey(app)
  await app.inject({ method: 'POST', url: `/v1/survey/surveys/${surveyId}/invitations`, headers: await caller(), payload: { channel: 'web', contact: person.email } })
  const run = async () => (await app.inject({ method: 'POST', url: '/v1/survey/retention/run', headers: await manager() })).json()
  clock.advance(31 * 86_400_000)
  t.same(await run(), { anonymised: 0, invitations: 0 }, 'past retention but within the re-contact period: kept for the re-contact rule')
  clock.advance(60 * 86_400_000)
  t.same(await run(), { anonymised: 0, invitations: 1 }, 'past both: the hash is removed')
})

t.test('the retention and follow-up settings are validated', async (t) => {
  const env = { SURVEY_DATABASE_URL: 'postgres://x@localhost/x', POSTCARE_IDENTITY_PUBLIC_KEY: (await testKeys()).publicJwk, POSTCARE_TIME_ZONE: 'UTC', SURVEY_CONTACT_HASH_KEY: 'test-contact-hash-key-000' }
  t.match(loadConfig(env), { contactRetentionDays: 365, retentionSweepMinutes: 60, followUpMaxAttempts: 24, followUpGiveUpHours: 20 }, 'defaults')
  for (const name of ['SURVEY_CONTACT_RETENTION_DAYS', 'SURVEY_RETENTION_SWEEP_MINUTES', 'SURVEY_FOLLOW_UP_MAX_ATTEMPTS', 'SURVEY_FOLLOW_UP_GIVE_UP_HOURS']) {
    let refused: unknown
    try {
      loadConfig({ ...env, [name]: '0' })
    } catch (err) {
      refused = err
    }
    t.ok(refused instanceof ConfigError && String(refused.message).includes(name), `${name}=0 is refused, naming it`)
  }
  const { SURVEY_CONTACT_HASH_KEY: _key, ...withoutKey } = env
  for (const [label, settings] of [['missing', withoutKey], ['too short', { ...env, SURVEY_CONTACT_HASH_KEY: 'short' }]] as const) {
    let refused: unknown
    try {
      loadConfig(settings)
    } catch (err) {
      refused = err
    }
    t.ok(refused instanceof ConfigError && String(refused.message).includes('SURVEY_CONTACT_HASH_KEY'), `a ${label} SURVEY_CONTACT_HASH_KEY stops the service, naming it`)
  }
})

t.test('an erasure waits (409) while a follow-up is being sent to the feedback service, so it can name the case', async (t) => {
  const { app, surveyId, response } = await detractorWithFailedFollowUp(t)
  // A dispatch holds the follow-up while it calls the feedback service.
  await sql`update follow_ups set claimed_until = now() + interval '1 minute' where response_id = ${response.id}`.execute(app.db)
  for (const res of [await erase(app, surveyId, response.id), await eraseSubject(app, { phone: person.phone, reason: 'Erasure request 2026/120' })]) {
    t.equal(res.statusCode, 409, res.body)
    t.equal(res.json().code, 'SURVEY_FOLLOW_UP_IN_FLIGHT')
  }
  t.equal((await get(app, surveyId, response.id)).personalData, 'held', 'nothing was erased by the refused requests')
  await sql`update follow_ups set claimed_until = null where response_id = ${response.id}`.execute(app.db)
  t.equal((await erase(app, surveyId, response.id)).statusCode, 200, 'once the call is over, the erasure goes through')
})

t.test('a counter terminal may not erase or run retention, even with the scope', async (t) => {
  const app = await buildTestApp(t)
  const surveyId = await openSurvey(app)
  const response = await submit(app, surveyId, answered())
  const terminal = await caller({ office: 'KLN001', scopes: ['survey:read', 'survey:write', 'survey:manage'] })
  const requests = [
    { url: `/v1/survey/surveys/${surveyId}/responses/${response.id}/erase-personal-data`, payload: { reason: 'x' } },
    { url: '/v1/survey/personal-data/erase', payload: { phone: person.phone, reason: 'x' } },
    { url: '/v1/survey/retention/run', payload: undefined }
  ]
  for (const r of requests) {
    const res = await app.inject({ method: 'POST', url: r.url, headers: terminal, ...(r.payload ? { payload: r.payload } : {}) })
    t.equal(res.statusCode, 403, `${r.url}: ${res.body}`)
  }
  t.equal((await get(app, surveyId, response.id)).personalData, 'held')
})
