import t from 'tap'
import { WITHHELD } from '@postcare/platform'
import { buildTestApp, caller, counterResponse, counterSurvey, importResponses, openSurvey, testClock, type TestApp } from '../helper.js'

// One app and database for the file (each test works on surveys of its own), to keep it fast.
let app: TestApp
t.before(async () => {
  app = await buildTestApp(t)
})

const url = (id: string) => `/v1/survey/surveys/${id}/responses`

t.test('a response is recorded with the district and region class of its office as the directory had them', async (t) => {
  const id = await openSurvey(app)
  const res = await app.inject({ method: 'POST', url: url(id), headers: await caller(), payload: counterResponse({}, { officeCode: 'ISL001', segment: 'philatelist', language: 'ko' }) })
  t.equal(res.statusCode, 201, res.body)
  t.match(res.json(), { surveyId: id, surveyVersion: 1, officeCode: 'ISL001', districtCode: 'ISL', regionClass: 'island_remote', segment: 'philatelist', language: 'ko', anonymous: true, followUp: null })
  const got = await app.inject({ method: 'GET', url: res.headers.location as string, headers: await caller() })
  t.equal(got.statusCode, 200)
  t.same(got.json(), res.json())
})

t.test('answers that do not fit are 422 naming each question: unknown, wrong type, out of range, missing required', async (t) => {
  const id = await openSurvey(app)
  const payload = {
    channel: 'counter',
    officeCode: 'KLN001',
    language: 'en',
    answers: [
      { questionId: 'staff', value: 'very good' },
      { questionId: 'speed', value: 8 },
      { questionId: 'recommend', value: 9.5 },
      { questionId: 'parking', value: 3 },
      { questionId: 'visit_reason', value: 'stamps' },
      { questionId: 'queue_ok', value: 1 }
    ]
  }
  const res = await app.inject({ method: 'POST', url: url(id), headers: await caller(), payload })
  t.equal(res.statusCode, 422, res.body)
  t.equal(res.json().code, 'SURVEY_INVALID_ANSWERS')
  t.same(res.json().errors, [
    { field: 'body/answers/0/value', message: 'question `staff` takes a whole number from 1 to 7, not text' },
    { field: 'body/answers/1/value', message: 'question `speed` takes a whole number from 1 to 7; 8 is out of range' },
    { field: 'body/answers/2/value', message: 'question `recommend` takes a whole number from 0 to 10, not 9.5' },
    { field: 'body/answers/3/questionId', message: 'question `parking` is not in this version of the survey' },
    { field: 'body/answers/4/value', message: 'question `visit_reason` has no option `stamps`; it takes one of mail, parcel' },
    { field: 'body/answers/5/value', message: 'question `queue_ok` takes true or false, not 1' },
    { field: 'body/answers', message: 'question `overall` is required' }
  ])
  const list = await app.inject({ method: 'GET', url: url(id), headers: await caller() })
  t.equal(list.json().items.length, 0, 'nothing was recorded')
})

t.test('an office the directory does not know is 422 naming officeCode', async (t) => {
  const id = await openSurvey(app)
  const res = await app.inject({ method: 'POST', url: url(id), headers: await caller(), payload: counterResponse({}, { officeCode: 'XXX999' }) })
  t.equal(res.statusCode, 422)
  t.same(res.json().errors, [{ field: 'body/officeCode', message: 'there is no post office XXX999' }])
})

t.test('a channel the survey does not target and a language it is not offered in are 422', async (t) => {
  const id = await openSurvey(app, counterSurvey({ languages: ['en'], title: { en: 'Counter' }, questions: [{ id: 'overall', type: 'rating', scale: '1-7', text: { en: 'Overall?' } }] }))
  const res = await app.inject({ method: 'POST', url: url(id), headers: await caller(), payload: { channel: 'hotline', language: 'ko', answers: [{ questionId: 'overall', value: 5 }] } })
  t.equal(res.statusCode, 422)
  t.same(res.json().errors.map((e: { field: string }) => e.field), ['body/channel', 'body/language'])
})

t.test('a survey that is not open takes no responses', async (t) => {
  const id = (await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers: await caller(), payload: counterSurvey() })).json().id
  const res = await app.inject({ method: 'POST', url: url(id), headers: await caller(), payload: counterResponse() })
  t.equal(res.statusCode, 409)
  t.equal(res.json().code, 'SURVEY_NOT_ACCEPTING_RESPONSES')
})

t.test('a retried submission with the same Idempotency-Key records one response and replays it', async (t) => {
  const id = await openSurvey(app)
  const headers = { ...(await caller()), 'idempotency-key': 'terminal-7-0001' }
  const first = await app.inject({ method: 'POST', url: url(id), headers, payload: counterResponse() })
  const second = await app.inject({ method: 'POST', url: url(id), headers, payload: counterResponse() })
  t.equal(first.statusCode, 201)
  t.equal(second.statusCode, 201)
  t.equal(second.headers['idempotent-replayed'], 'true')
  t.equal(second.json().id, first.json().id)
  const list = await app.inject({ method: 'GET', url: url(id), headers: await caller() })
  t.equal(list.json().items.length, 1)
})

t.test('without consent no contact details are kept and the response is anonymous', async (t) => {
  const id = await openSurvey(app)
  const res = await app.inject({ method: 'POST', url: url(id), headers: await caller(), payload: counterResponse({}, { contact: { consentToContact: false, name: 'Chan Tai Man', phone: '+852 2921 2222' } }) })
  t.equal(res.statusCode, 201, res.body)
  t.equal(res.json().anonymous, true)
  const row = await app.db.selectFrom('responses').select(['contactName', 'contactPhone']).where('id', '=', res.json().id).executeTakeFirstOrThrow()
  t.same(row, { contactName: null, contactPhone: null })
})

t.test('a counter terminal records responses for its own office only, which is the default', async (t) => {
  const id = await openSurvey(app)
  const terminal = await caller({ office: 'NTR001', scopes: ['survey:write', 'survey:read'] })
  const own = await app.inject({ method: 'POST', url: url(id), headers: terminal, payload: counterResponse({}, { officeCode: undefined }) })
  t.equal(own.statusCode, 201, own.body)
  t.match(own.json(), { officeCode: 'NTR001', regionClass: 'rural' })
  const other = await app.inject({ method: 'POST', url: url(id), headers: terminal, payload: counterResponse({}, { officeCode: 'KLN001' }) })
  t.equal(other.statusCode, 403)
})

t.test('an import with one invalid response records none and names the response and question', async (t) => {
  const id = await openSurvey(app)
  const responses = [counterResponse(), counterResponse({ overall: 0 }), counterResponse()]
  const res = await app.inject({ method: 'POST', url: `${url(id)}/import`, headers: await caller(), payload: { responses } })
  t.equal(res.statusCode, 422)
  t.same(res.json().errors, [{ field: 'body/responses/1/answers/0/value', message: 'question `overall` takes a whole number from 1 to 7; 0 is out of range' }])
  const list = await app.inject({ method: 'GET', url: url(id), headers: await caller() })
  t.equal(list.json().items.length, 0)
})

t.test('an import records every response and they are listed with a cursor', async (t) => {
  const id = await openSurvey(app)
  const ids = await importResponses(app, id, Array.from({ length: 5 }, (_, i) => counterResponse({ overall: 1 + i })))
  t.equal(ids.length, 5)
  const first = await app.inject({ method: 'GET', url: `${url(id)}?limit=3`, headers: await caller() })
  const second = await app.inject({ method: 'GET', url: `${url(id)}?limit=3&cursor=${first.json().nextCursor}`, headers: await caller() })
  const listed = [...first.json().items, ...second.json().items].map((r: { id: string }) => r.id)
  t.same(new Set(listed), new Set(ids))
  t.equal(second.json().nextCursor, null)
})

t.test('a response cursor whose id is not a UUID is 400, not a database error', async (t) => {
  const id = await openSurvey(app)
  const forged = Buffer.from(JSON.stringify(['2026-11-23T00:00:00.000Z', 'x'])).toString('base64url')
  const res = await app.inject({ method: 'GET', url: `${url(id)}?cursor=${forged}`, headers: await caller() })
  t.equal(res.statusCode, 400)
  t.equal(res.json().code, 'INVALID_CURSOR')
})

t.test('a counter terminal sees only its own office\'s responses: another office\'s is 404 and never listed', async (t) => {
  const id = await openSurvey(app)
  const admin = await caller()
  const theirs = await app.inject({ method: 'POST', url: url(id), headers: admin, payload: counterResponse({}, { officeCode: 'KLN001' }) })
  const ours = await app.inject({ method: 'POST', url: url(id), headers: admin, payload: counterResponse({}, { officeCode: 'NTR001' }) })
  t.equal(theirs.statusCode, 201)
  t.equal(ours.statusCode, 201)
  const terminal = await caller({ office: 'NTR001', scopes: ['survey:read'] })
  const other = await app.inject({ method: 'GET', url: `${url(id)}/${theirs.json().id}`, headers: terminal })
  t.equal(other.statusCode, 404)
  t.match(other.json(), { code: 'SURVEY_RESPONSE_NOT_FOUND' })
  const own = await app.inject({ method: 'GET', url: `${url(id)}/${ours.json().id}`, headers: terminal })
  t.equal(own.statusCode, 200)
  for (const query of ['', '?officeCode=KLN001']) {
    const list = await app.inject({ method: 'GET', url: `${url(id)}${query}`, headers: terminal })
    t.equal(list.statusCode, 200)
    t.same(list.json().items.map((r: { id: string }) => r.id), query ? [] : [ours.json().id], `the list${query ? ' filtered by another office' : ''} holds only the terminal's office`)
  }
  const all = await app.inject({ method: 'GET', url: url(id), headers: admin })
  t.same(all.json().items.map((r: { id: string }) => r.id).sort(), [theirs.json().id, ours.json().id].sort(), 'a network-wide caller sees both')
})

t.test('a submission retried after the survey closed is replayed, not refused, and a new one is refused', async (t) => {
  const id = await openSurvey(app)
  const headers = { ...(await caller()), 'idempotency-key': 'terminal-7-0002' }
  const first = await app.inject({ method: 'POST', url: url(id), headers, payload: counterResponse() })
  t.equal(first.statusCode, 201)
  const survey = await app.inject({ method: 'GET', url: `/v1/survey/surveys/${id}`, headers: await caller() })
  const closed = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/close`, headers: { ...(await caller()), 'if-match': String(survey.headers.etag) } })
  t.equal(closed.statusCode, 200, closed.body)
  const retry = await app.inject({ method: 'POST', url: url(id), headers, payload: counterResponse() })
  t.equal(retry.statusCode, 201, 'the flaky link\'s retry gets the answer the first request got')
  t.equal(retry.headers['idempotent-replayed'], 'true')
  t.equal(retry.json().id, first.json().id)
  const reused = await app.inject({ method: 'POST', url: url(id), headers, payload: counterResponse({ overall: 1 }) })
  t.equal(reused.statusCode, 422, 'the same key with another body is still refused')
  const fresh = await app.inject({ method: 'POST', url: url(id), headers: { ...(await caller()), 'idempotency-key': 'terminal-7-0003' }, payload: counterResponse() })
  t.equal(fresh.statusCode, 409, 'a new submission to the closed survey is refused')
})

t.test('free-text answers come back as comments: withheld without personal-data:read, shown and audited with it; ratings are shown to both', async (t) => {
  const id = await openSurvey(app)
  const payload = counterResponse({ overall: 2 }, { answers: [{ questionId: 'overall', value: 2 }, { questionId: 'comments', value: 'Ask for Wong on 9123 4567' }] })
  const res = await app.inject({ method: 'POST', url: url(id), headers: await caller(), payload })
  t.equal(res.statusCode, 201, res.body)
  t.same(res.json().answers, [{ questionId: 'overall', value: 2 }], 'ratings and choices stay in answers')
  t.same(res.json().comments, [{ questionId: 'comments', text: 'Ask for Wong on 9123 4567' }])
  const location = res.headers.location as string
  const narrow = await app.inject({ method: 'GET', url: location, headers: await caller({ scopes: ['survey:read'] }) })
  t.same(narrow.json().comments, [{ questionId: 'comments', text: WITHHELD }])
  t.same(narrow.json().answers, [{ questionId: 'overall', value: 2 }])
  const listed = await app.inject({ method: 'GET', url: url(id), headers: await caller({ scopes: ['survey:read'] }) })
  t.notMatch(listed.body, /9123|Wong/, 'nor in the list')
  const full = await app.inject({ method: 'GET', url: location, headers: await caller() })
  t.same(full.json().comments, [{ questionId: 'comments', text: 'Ask for Wong on 9123 4567' }])
  const audit = await app.db.selectFrom('auditLog').selectAll().where('requestId', '=', String(full.headers['x-request-id'])).execute()
  t.match(audit, [{ action: 'personal_data.read', subjectType: 'survey_response', subjectId: res.json().id }])
})

t.test('a response is dated and judged by the service\'s clock, not the machine\'s', async (t) => {
  // Three days behind the machine: a response without `respondedAt` is dated then, and one dated
  // at the machine's now is in the future for the service.
  const clock = testClock(new Date(Date.now() - 3 * 86_400_000))
  const clocked = await buildTestApp(t, {}, undefined, { now: clock.now })
  const id = await openSurvey(clocked)
  const res = await clocked.inject({ method: 'POST', url: url(id), headers: await caller(), payload: counterResponse() })
  t.equal(res.statusCode, 201, res.body)
  t.equal(res.json().respondedAt, clock.at.toISOString())
  t.equal(res.json().createdAt, clock.at.toISOString())
  const ahead = await clocked.inject({ method: 'POST', url: url(id), headers: await caller(), payload: counterResponse({}, { respondedAt: new Date().toISOString() }) })
  t.equal(ahead.statusCode, 422, ahead.body)
  t.same(ahead.json().errors, [{ field: 'body/respondedAt', message: 'is in the future' }])
})
