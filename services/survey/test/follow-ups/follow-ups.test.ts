import t from 'tap'
import { buildTestApp, caller, counterResponse, counterSurvey, eventually, fakeFeedback, openSurvey, type TestApp } from '../helper.js'

const withFollowUp = counterSurvey({ followUp: { questionId: 'overall', atOrBelow: 3 } })
const detractor = counterResponse({ overall: 2 }, { contact: { consentToContact: true, name: 'Chan Tai Man', phone: '+852 2921 2222' }, language: 'zh-Hant' })

async function followUpOf(app: TestApp, surveyId: string, responseId: string) {
  const res = await app.inject({ method: 'GET', url: `/v1/survey/surveys/${surveyId}/responses/${responseId}`, headers: await caller() })
  return res.json().followUp
}

t.test('a detractor with consent opens exactly one feedback case even when the submission is retried', async (t) => {
  const feedback = fakeFeedback()
  const app = await buildTestApp(t, {}, feedback)
  const id = await openSurvey(app, withFollowUp)
  const headers = { ...(await caller()), 'idempotency-key': 'kiosk-3-000042' }
  const first = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers, payload: detractor })
  t.equal(first.statusCode, 201, first.body)
  t.match(first.json().followUp, { status: 'pending', caseReference: null })
  const retried = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers, payload: detractor })
  t.equal(retried.json().id, first.json().id)
  const opened = await eventually(async () => {
    const f = await followUpOf(app, id, first.json().id)
    return f.status === 'opened' ? f : null
  })
  // A sweep after the case is open finds nothing to do.
  const sweep = await app.inject({ method: 'POST', url: '/v1/survey/follow-ups/dispatch', headers: await caller() })
  t.same(sweep.json(), { attempted: 0, opened: 0, failed: 0 })
  t.equal(feedback.cases.size, 1)
  t.equal(feedback.calls.length, 1)
  t.match(opened, { status: 'opened', caseId: 'case-1', caseReference: 'CMP-2026-000001', attempts: 1 })
  const call = feedback.calls[0]!
  t.equal(call.key, `survey-response-${first.json().id}`)
  t.match(call.body, {
    kind: 'complaint', channel: 'counter', officeCode: 'KLN001', category: 'counter_service',
    customer: { anonymous: false, name: 'Chan Tai Man', phone: '+852 2921 2222', preferredReplyChannel: 'phone', language: 'zh-Hant' }
  })
})

t.test('a case the feedback service failed to open stays pending and the retry opens one case', async (t) => {
  const feedback = fakeFeedback()
  feedback.state.failNext = 1
  const app = await buildTestApp(t, {}, feedback)
  const id = await openSurvey(app, withFollowUp)
  const res = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers: await caller(), payload: detractor })
  const responseId = res.json().id
  const failed = await eventually(async () => {
    const f = await followUpOf(app, id, responseId)
    return f.attempts === 1 ? f : null
  })
  t.match(failed, { status: 'pending', caseReference: null })
  const sweep = await app.inject({ method: 'POST', url: '/v1/survey/follow-ups/dispatch', headers: await caller() })
  t.same(sweep.json(), { attempted: 1, opened: 1, failed: 0 })
  t.match(await followUpOf(app, id, responseId), { status: 'opened', caseReference: 'CMP-2026-000001', attempts: 2 })
  t.equal(feedback.cases.size, 1)
  t.same(feedback.calls.map((c) => c.key), [`survey-response-${responseId}`, `survey-response-${responseId}`], 'both attempts used the same Idempotency-Key')
})

t.test('a low score without consent, or a good score with it, opens no case', async (t) => {
  const feedback = fakeFeedback()
  const app = await buildTestApp(t, {}, feedback)
  const id = await openSurvey(app, withFollowUp)
  const anonymous = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers: await caller(), payload: counterResponse({ overall: 1 }) })
  const happy = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers: await caller(), payload: { ...detractor, answers: [{ questionId: 'overall', value: 6 }] } })
  t.equal(anonymous.json().followUp, null)
  t.equal(happy.json().followUp, null)
  const sweep = await app.inject({ method: 'POST', url: '/v1/survey/follow-ups/dispatch', headers: await caller() })
  t.same(sweep.json(), { attempted: 0, opened: 0, failed: 0 })
  t.equal(feedback.calls.length, 0)
})

t.test('consent to be contacted without a phone or e-mail is 422 naming contact', async (t) => {
  const app = await buildTestApp(t)
  const id = await openSurvey(app, withFollowUp)
  const res = await app.inject({ method: 'POST', url: `/v1/survey/surveys/${id}/responses`, headers: await caller(), payload: { ...detractor, contact: { consentToContact: true, name: 'Chan' } } })
  t.equal(res.statusCode, 422)
  t.same(res.json().errors, [{ field: 'body/contact', message: 'consent to be contacted needs a phone number or an e-mail address' }])
})
