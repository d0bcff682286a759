import t from 'tap'
import { buildTestApp, caller, counterSurvey, en, type TestApp } from '../helper.js'

// One app and database for the tests that work on surveys of their own, to keep the file fast.
let shared: TestApp
t.before(async () => {
  shared = await buildTestApp(t)
})

t.test('a survey is created as a draft and read back with its ETag in every language', async (t) => {
  const app = shared
  const created = await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers: await caller(), payload: counterSurvey() })
  t.equal(created.statusCode, 201, created.body)
  const id = created.json().id
  t.equal(created.headers.location, `/v1/survey/surveys/${id}`)
  const got = await app.inject({ method: 'GET', url: `/v1/survey/surveys/${id}`, headers: await caller() })
  t.equal(got.statusCode, 200)
  t.equal(got.headers.etag, '"1"')
  t.match(got.json(), { status: 'draft', definitionVersion: 1, publishedVersion: null, title: { 'zh-Hant': 'Counter service survey（中文）', ko: 'Counter service survey (한국어)' } })
  t.equal(got.json().questions.length, 9)
  t.equal(got.json().indexWeights.kcsiOverall, 0.3)
})

t.test('a question missing one of the survey languages is 422 naming the question', async (t) => {
  const app = shared
  const body = counterSurvey()
  ;(body.questions as any[])[1].text = { en: 'Our staff' }
  const res = await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers: await caller(), payload: body })
  t.equal(res.statusCode, 422)
  t.equal(res.json().code, 'SURVEY_INVALID_DEFINITION')
  t.same(res.json().errors, [{ field: 'body/questions/1/text', message: 'needs a text in zh-Hant, ko' }])
})

t.test('a rating question without a scale is 422 naming the question', async (t) => {
  const app = shared
  const body = counterSurvey()
  delete (body.questions as any[])[0].scale
  const res = await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers: await caller(), payload: body })
  t.equal(res.statusCode, 422)
  t.match(res.json().errors[0], { field: 'body/questions/0/scale', message: /`overall`/ })
})

t.test('a draft cannot be opened before a version is published and the 409 names what is allowed', async (t) => {
  const app = shared
  const created = await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers: await caller(), payload: counterSurvey() })
  const id = created.json().id
  const res = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/open`, headers: { ...(await caller()), 'if-match': '"1"' } })
  t.equal(res.statusCode, 409)
  t.equal(res.json().code, 'SURVEY_ILLEGAL_TRANSITION')
  t.same(res.json().allowed, ['publish'])
})

t.test('a survey goes from draft to open to paused to closed and then allows nothing', async (t) => {
  const app = shared
  const id = (await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers: await caller(), payload: counterSurvey() })).json().id
  const step = async (verb: string, etag: string) => app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/${verb}`, headers: { ...(await caller()), 'if-match': etag } })
  t.equal((await step('publish', '"1"')).json().publishedVersion, 1)
  t.equal((await step('open', '"2"')).json().status, 'open')
  t.equal((await step('pause', '"3"')).json().status, 'paused')
  const closed = await step('close', '"4"')
  t.equal(closed.json().status, 'closed')
  t.equal(closed.headers.etag, '"5"')
  const again = await step('open', '"5"')
  t.equal(again.statusCode, 409)
  t.same(again.json().allowed, [])
})

t.test('a command with a stale If-Match is 412 and without one is 428', async (t) => {
  const app = shared
  const id = (await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers: await caller(), payload: counterSurvey() })).json().id
  const stale = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/publish`, headers: { ...(await caller()), 'if-match': '"7"' } })
  t.equal(stale.statusCode, 412)
  const missing = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/publish`, headers: await caller() })
  t.equal(missing.statusCode, 428)
})

t.test('editing questions after publishing makes a new draft version and leaves the published one unchanged', async (t) => {
  const app = shared
  const id = (await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers: await caller(), payload: counterSurvey() })).json().id
  await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/publish`, headers: { ...(await caller()), 'if-match': '"1"' } })
  const questions = counterSurvey().questions.slice(0, 2)
  questions[0]!.text = en('How satisfied are you overall?')
  const edited = await app.inject({ method: 'PATCH', url: `/v1/survey/surveys/${id}`, headers: { ...(await caller()), 'if-match': '"2"' }, payload: { questions } })
  t.equal(edited.statusCode, 200, edited.body)
  t.match(edited.json(), { definitionVersion: 2, publishedVersion: 1 })
  t.equal(edited.json().questions.length, 2)
  const v1 = await app.inject({ method: 'GET', url: `/v1/survey/surveys/${id}/versions/1`, headers: await caller() })
  t.equal(v1.statusCode, 200)
  t.equal(v1.json().questions.length, 9)
  t.equal(v1.json().questions[0].text.en, 'Overall, how satisfied are you?')
  const v2 = await app.inject({ method: 'GET', url: `/v1/survey/surveys/${id}/versions/2`, headers: await caller() })
  t.equal(v2.statusCode, 404, 'a draft is not served as a definition')
})

t.test('editing a draft changes it in place without a new version', async (t) => {
  const app = shared
  const id = (await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers: await caller(), payload: counterSurvey() })).json().id
  const edited = await app.inject({ method: 'PATCH', url: `/v1/survey/surveys/${id}`, headers: { ...(await caller()), 'if-match': '"1"' }, payload: { title: en('Renamed') } })
  t.equal(edited.statusCode, 200, edited.body)
  t.match(edited.json(), { definitionVersion: 1, title: { en: 'Renamed' } })
})

t.test('a terminal fetches the published definition as JSON to render offline', async (t) => {
  const app = shared
  const id = (await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers: await caller(), payload: counterSurvey() })).json().id
  await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/publish`, headers: { ...(await caller()), 'if-match': '"1"' } })
  const def = await app.inject({ method: 'GET', url: `/v1/survey/surveys/${id}/definition`, headers: await caller({ scopes: ['survey:read'] }) })
  t.equal(def.statusCode, 200, def.body)
  t.match(def.json(), { surveyId: id, version: 1, languages: ['en', 'zh-Hant', 'ko'] })
  t.ok(def.json().publishedAt)
})

t.test('creating a survey needs survey:write', async (t) => {
  const app = shared
  const res = await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers: await caller({ scopes: ['survey:read'] }), payload: counterSurvey() })
  t.equal(res.statusCode, 403)
})

t.test('surveys are listed by status with a cursor', async (t) => {
  const app = await buildTestApp(t)
  for (let i = 0; i < 3; i++) await app.inject({ method: 'POST', url: '/v1/survey/surveys', headers: await caller(), payload: counterSurvey() })
  const first = await app.inject({ method: 'GET', url: '/v1/survey/surveys?status=draft&limit=2', headers: await caller() })
  t.equal(first.statusCode, 200, first.body)
  t.equal(first.json().items.length, 2)
  const second = await app.inject({ method: 'GET', url: `/v1/survey/surveys?status=draft&limit=2&cursor=${first.json().nextCursor}`, headers: await caller() })
  t.equal(second.json().items.length, 1)
  t.equal(second.json().nextCursor, null)
})

t.test('a well-formed cursor that this list did not issue is 400, not a database error', async (t) => {
  const forged = Buffer.from(JSON.stringify(["'; drop table x; --"])).toString('base64url')
  const res = await shared.inject({ method: 'GET', url: `/v1/survey/surveys?cursor=${forged}`, headers: await caller() })
  t.equal(res.statusCode, 400)
  t.equal(res.json().code, 'INVALID_CURSOR')
})
