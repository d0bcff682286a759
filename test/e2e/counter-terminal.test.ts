/**
 * End to end: the directory, feedback, survey, membership and liaison apps and the gateway, each
 * listening on its own 127.0.0.1 port over one test database (each service as its own role), driven
 * through the gateway with the generated client exactly as a counter terminal would drive it.
 */
import { createPostcareClient, newIdempotencyKey, type PostcareClient } from '@postcare/client'
import { serviceNames, WITHHELD } from '@postcare/platform'
import { createTestDatabase } from '@postcare/platform/testing'
import t from 'tap'
import { ADMIN_KEY, deadPort, startGateway, startService } from '../../services/gateway/test/helper.js'

const database = await createTestDatabase(t)
// Services reach the directory through the gateway with keys of their own, so they need its URL first.
const gatewayPort = await deadPort()
const gatewayUrl = `http://127.0.0.1:${gatewayPort}`
const serviceKeys = { feedback: `pc_svc_feedback_${'f'.repeat(32)}`, survey: `pc_svc_survey_${'s'.repeat(32)}` }
const upstreams: Record<string, string> = {}
for (const service of serviceNames) {
  upstreams[service] = (
    await startService(t, service, database, {
      POSTCARE_GATEWAY_URL: gatewayUrl,
      ...(service === 'feedback' ? { FEEDBACK_API_KEY: serviceKeys.feedback } : {}),
      ...(service === 'survey' ? { SURVEY_API_KEY: serviceKeys.survey } : {})
    })
  ).url
}
await startGateway(t, { database, port: gatewayPort, upstreams, env: { GATEWAY_SERVICE_KEYS: JSON.stringify(serviceKeys) } })

const admin = createPostcareClient({ baseUrl: gatewayUrl, apiKey: ADMIN_KEY })

// The head office sets the network up; creates carry an Idempotency-Key and are retried once, as a flaky link would.
const districtKey = newIdempotencyKey()
const district = { code: 'ISL', name: 'Islands', area: 'New Territories' }
const firstDistrict = await admin.POST('/v1/directory/districts', { body: district, params: { header: { 'idempotency-key': districtKey } } })
const retriedDistrict = await admin.POST('/v1/directory/districts', { body: district, params: { header: { 'idempotency-key': districtKey } } })

const officeKey = newIdempotencyKey()
const office = { code: 'ISL001', name: 'Tai O Post Office', districtCode: 'ISL', regionClass: 'island_remote' as const, address: '1 Tai O Road', openedOn: '1962-05-01' }
const firstOffice = await admin.POST('/v1/directory/offices', { body: office, params: { header: { 'idempotency-key': officeKey } } })
const retriedOffice = await admin.POST('/v1/directory/offices', { body: office, params: { header: { 'idempotency-key': officeKey } } })
await admin.POST('/v1/directory/offices', { body: { ...office, code: 'ISL002', name: 'Mui Wo Post Office', regionClass: 'coastal' } })

// The counter terminal at Tai O gets its own key, bound to its office.
const issued = await admin.POST('/v1/gateway/api-keys', { body: { name: 'Tai O counter 1', scopes: ['directory:read', 'feedback:write', 'feedback:read'], officeCode: 'ISL001' } })
const terminal: PostcareClient = createPostcareClient({ baseUrl: gatewayUrl, apiKey: issued.data!.secret })

t.test('the admin issues an office-bound key for the terminal', async (t) => {
  t.equal(issued.response.status, 201)
  t.match(issued.data?.apiKey, { name: 'Tai O counter 1', officeCode: 'ISL001', revokedAt: null })
})

t.test('a district created twice with one Idempotency-Key is one record, the retry replayed', async (t) => {
  t.equal(firstDistrict.response.status, 201)
  t.equal(retriedDistrict.response.status, 201)
  t.equal(retriedDistrict.response.headers.get('idempotent-replayed'), 'true')
  t.same(retriedDistrict.data, firstDistrict.data)
  const list = await terminal.GET('/v1/directory/districts', { params: { query: { limit: 100 } } })
  t.equal(list.response.status, 200)
  t.same(list.data?.items.map((d) => d.code), ['ISL'])
})

t.test('an office created twice with one Idempotency-Key is one record, the retry replayed', async (t) => {
  t.equal(firstOffice.response.status, 201)
  t.equal(firstOffice.response.headers.get('location'), '/v1/directory/offices/ISL001')
  t.equal(retriedOffice.response.status, 201)
  t.equal(retriedOffice.response.headers.get('idempotent-replayed'), 'true')
  t.same(retriedOffice.data, firstOffice.data)
  const list = await terminal.GET('/v1/directory/offices', { params: { query: { districtCode: 'ISL', limit: 100 } } })
  t.same(list.data?.items.map((o) => o.code), ['ISL001', 'ISL002'])
})

t.test('the terminal lists offices page by page', async (t) => {
  const first = await terminal.GET('/v1/directory/offices', { params: { query: { limit: 1 } } })
  t.equal(first.response.status, 200)
  t.equal(first.data?.items.length, 1)
  t.type(first.data?.nextCursor, 'string')
  const second = await terminal.GET('/v1/directory/offices', { params: { query: { limit: 1, cursor: first.data!.nextCursor! } } })
  t.equal(second.data?.items.length, 1)
  t.not(second.data?.items[0]?.code, first.data?.items[0]?.code)
  t.equal(second.data?.nextCursor, null)
})

t.test('the terminal fetches its own office, with an ETag and the request id echoed', async (t) => {
  const res = await terminal.GET('/v1/directory/offices/{code}', { params: { path: { code: 'ISL001' } }, headers: { 'x-request-id': 'tai-o-counter-1.0001' } })
  t.equal(res.response.status, 200)
  t.match(res.data, { code: 'ISL001', name: 'Tai O Post Office', districtCode: 'ISL', regionClass: 'island_remote', status: 'open' })
  t.equal(res.response.headers.get('etag'), '"1"')
  t.equal(res.response.headers.get('x-request-id'), 'tai-o-counter-1.0001')
})

t.test('a call without a key is 401 problem+json', async (t) => {
  const anonymous = createPostcareClient({ baseUrl: gatewayUrl })
  const res = await anonymous.GET('/v1/directory/offices', {})
  t.equal(res.response.status, 401)
  t.match(res.response.headers.get('content-type'), /^application\/problem\+json/)
  t.match(res.error, { status: 401, code: 'UNAUTHENTICATED' })
})

t.test('the terminal may not change the directory: 403 from the directory itself', async (t) => {
  const res = await terminal.POST('/v1/directory/districts', { body: { code: 'KLN', name: 'Kowloon', area: 'Kowloon' } })
  t.equal(res.response.status, 403)
  t.match(res.error, { code: 'FORBIDDEN' })
})

t.test('bad input is a 400 problem naming the fields, and writes nothing', async (t) => {
  const res = await admin.POST('/v1/directory/offices', {
    body: { ...office, code: 'isl-9', regionClass: 'suburban' as never, openedOn: '1 May 1962' },
    params: { header: { 'idempotency-key': newIdempotencyKey() } }
  })
  t.equal(res.response.status, 400)
  t.match(res.response.headers.get('content-type'), /^application\/problem\+json/)
  const fields = (res.error as { errors?: Array<{ field: string }> }).errors?.map((e) => e.field) ?? []
  for (const field of ['body/code', 'body/regionClass', 'body/openedOn']) t.ok(fields.includes(field), `${field} named`)
  const list = await admin.GET('/v1/directory/offices', { params: { query: { limit: 100 } } })
  t.equal(list.data?.items.length, 2)
})

t.test('an unknown office is a 404 problem', async (t) => {
  const res = await terminal.GET('/v1/directory/offices/{code}', { params: { path: { code: 'ZZZ999' } } })
  t.equal(res.response.status, 404)
  t.match(res.error, { status: 404, code: 'DIRECTORY_OFFICE_NOT_FOUND' })
})

const complaint = {
  kind: 'complaint' as const,
  channel: 'counter' as const,
  officeCode: 'ISL001',
  category: 'counter_service',
  subject: 'Long queue at the counter',
  description: 'Waited 40 minutes; only one counter was open.',
  // The generated types make fields with a default required (openapi-typescript's defaultNonNullable),
  // so a typed client sends them; the service would fill in the same values.
  trackingNumbers: [],
  customer: { anonymous: false, name: 'Chan Tai Man', email: 'chan@example.com', preferredReplyChannel: 'email' as const, language: 'en', vulnerable: false, vulnerabilityConsent: false }
}

t.test('the terminal submits a complaint and retries it on a flaky link: one item, placed in its district and region class', async (t) => {
  const key = newIdempotencyKey()
  const first = await terminal.POST('/v1/feedback/items', { body: complaint, params: { header: { 'idempotency-key': key } } })
  t.equal(first.response.status, 201, JSON.stringify(first.error))
  const retry = await terminal.POST('/v1/feedback/items', { body: complaint, params: { header: { 'idempotency-key': key } } })
  t.equal(retry.response.status, 201)
  t.equal(retry.response.headers.get('idempotent-replayed'), 'true')
  t.equal(retry.data?.id, first.data?.id)
  // The feedback service looked the office up in the directory, through the gateway, with its own key.
  t.match(first.data, { officeCode: 'ISL001', districtCode: 'ISL', regionClass: 'island_remote', kind: 'complaint', status: 'received' })
  const got = await terminal.GET('/v1/feedback/items/{itemId}', { params: { path: { itemId: first.data!.id } } })
  t.equal(got.response.status, 200)
  // The terminal's key has no personal-data:read: the free text it typed is withheld from it now.
  t.equal(got.data?.subject, WITHHELD)
  const full = await admin.GET('/v1/feedback/items/{itemId}', { params: { path: { itemId: first.data!.id } } })
  t.equal(full.data?.subject, complaint.subject)
  const list = await admin.GET('/v1/feedback/items', { params: { query: { limit: 100 } } })
  t.equal(list.data?.items.length, 1, 'one item, not two')
})

t.test('the terminal may not submit for another office: 403 from the feedback service', async (t) => {
  const res = await terminal.POST('/v1/feedback/items', { body: { ...complaint, officeCode: 'ISL002' }, params: { header: { 'idempotency-key': newIdempotencyKey() } } })
  t.equal(res.response.status, 403)
  t.match(res.response.headers.get('content-type'), /^application\/problem\+json/)
})

t.test('a complaint for an office the directory does not know is 422 naming the field', async (t) => {
  const res = await admin.POST('/v1/feedback/items', { body: { ...complaint, officeCode: 'ZZZ999' }, params: { header: { 'idempotency-key': newIdempotencyKey() } } })
  t.equal(res.response.status, 422)
  t.ok(((res.error as { errors?: Array<{ field: string }> }).errors ?? []).some((e) => e.field === 'body/officeCode'), JSON.stringify(res.error))
})

// Closing the loop across services: a low score from a respondent who agreed to be contacted opens
// a complaint in the feedback service, which the survey service calls through the gateway with its
// own key, with an Idempotency-Key of its own so that no retry, of the terminal or of the survey
// service, opens a second case.
const text = (en: string) => ({ en, 'zh-Hant': en, ko: en })

t.test('a detractor who agreed to be contacted opens exactly one feedback case, through the gateway, though the terminal retries', async (t) => {
  const created = await admin.POST('/v1/survey/surveys', {
    body: {
      title: text('Counter service survey'),
      languages: ['en', 'zh-Hant', 'ko'],
      targetChannels: ['counter'],
      followUp: { questionId: 'overall', atOrBelow: 2 },
      questions: [{ id: 'overall', type: 'rating', scale: '1-7', measures: 'overall_satisfaction', required: true, text: text('Overall, how satisfied are you?') }]
    },
    params: { header: { 'idempotency-key': newIdempotencyKey() } }
  })
  t.equal(created.response.status, 201, JSON.stringify(created.error))
  const surveyId = created.data!.id
  const published = await admin.POST('/v1/survey/surveys/{surveyId}/publish', { params: { path: { surveyId }, header: { 'if-match': created.response.headers.get('etag')! } } })
  t.equal(published.response.status, 200, JSON.stringify(published.error))
  const opened = await admin.POST('/v1/survey/surveys/{surveyId}/open', { params: { path: { surveyId }, header: { 'if-match': published.response.headers.get('etag')! } } })
  t.equal(opened.response.status, 200, JSON.stringify(opened.error))

  const kiosk = await admin.POST('/v1/gateway/api-keys', { body: { name: 'Tai O survey kiosk', scopes: ['survey:write', 'survey:read'], officeCode: 'ISL001' } })
  const surveyTerminal = createPostcareClient({ baseUrl: gatewayUrl, apiKey: kiosk.data!.secret })
  const before = await admin.GET('/v1/feedback/items', { params: { query: { limit: 100 } } })
  const key = newIdempotencyKey()
  const body = {
    channel: 'counter' as const,
    officeCode: 'ISL001',
    language: 'en' as const,
    answers: [{ questionId: 'overall', value: 1 }],
    contact: { consentToContact: true, name: 'Lee Siu Ming', phone: '+852 2988 1234' }
  }
  const first = await surveyTerminal.POST('/v1/survey/surveys/{surveyId}/responses', { body, params: { path: { surveyId }, header: { 'idempotency-key': key } } })
  t.equal(first.response.status, 201, JSON.stringify(first.error))
  const retry = await surveyTerminal.POST('/v1/survey/surveys/{surveyId}/responses', { body, params: { path: { surveyId }, header: { 'idempotency-key': key } } })
  t.equal(retry.data?.id, first.data?.id, 'the retry is the same response')

  // The case is opened after the response commits; a dispatch sweep retried on top changes nothing.
  let followUp = first.data?.followUp
  for (let i = 0; i < 100 && followUp?.status !== 'opened'; i++) {
    await new Promise((r) => setTimeout(r, 50))
    const got = await admin.GET('/v1/survey/surveys/{surveyId}/responses/{responseId}', { params: { path: { surveyId, responseId: first.data!.id } } })
    followUp = got.data?.followUp
  }
  t.match(followUp, { status: 'opened', caseReference: /^CMP-\d{4}-\d{6}$/ }, 'the response records the case reference')
  const sweep = await admin.POST('/v1/survey/follow-ups/dispatch', {})
  t.equal(sweep.response.status, 200)
  t.match(sweep.data, { attempted: 0, opened: 0 })

  const after = await admin.GET('/v1/feedback/items', { params: { query: { limit: 100 } } })
  const cases = (after.data?.items ?? []).filter((i) => !(before.data?.items ?? []).some((b) => b.id === i.id))
  t.equal(cases.length, 1, 'one feedback case, not two')
  t.match(cases[0], { reference: followUp!.caseReference, kind: 'complaint', channel: 'counter', officeCode: 'ISL001', regionClass: 'island_remote' })
})
