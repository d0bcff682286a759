import t from 'tap'
import { buildTestApp, caller, counterSurvey, importResponses, openSurvey } from '../helper.js'

// Ten respondents, answers on 1-7 scales (top box = 6 or 7):
const overall = [7, 7, 7, 7, 6, 6, 6, 6, 4, 3] //  8 of 10 top box → S_overall = 80
const staff = [7, 7, 7, 6, 6, 6, 6, 5, 5, 2] //    7 of 10 → S_staff = 70, importance 2
const speed = [7, 7, 6, 6, 5, 5, 5, 4, 4, 4] //    4 of 10 → S_speed = 40, importance 1
const reuse = [7, 7, 7, 7, 7, 6, 6, 6, 6, 1] //    9 of 10 → S_reuse = 90

function dataset() {
  return overall.map((_, i) => ({
    channel: 'counter',
    officeCode: 'KLN001',
    language: 'en',
    respondedAt: '2026-05-12T03:00:00Z',
    answers: [
      { questionId: 'overall', value: overall[i] },
      { questionId: 'staff', value: staff[i] },
      { questionId: 'speed', value: speed[i] },
      { questionId: 'reuse', value: reuse[i] }
    ]
  }))
}

t.test('the KCSI of a small known dataset equals the value worked out by hand', async (t) => {
  const app = await buildTestApp(t)
  const id = await openSurvey(app, counterSurvey({ minSampleSize: 10 }))
  await importResponses(app, id, dataset())
  const res = await app.inject({ method: 'GET', url: `/v1/survey/surveys/${id}/indices?financialYear=2026/27`, headers: await caller() })
  t.equal(res.statusCode, 200, res.body)
  const { kcsi, acsi } = res.json()
  // KCSI = 0.3 × S_overall + 0.5 × (2 × S_staff + 1 × S_speed) / (2 + 1) + 0.2 × S_reuse
  //      = 0.3 × 80 + 0.5 × (140 + 40) / 3 + 0.2 × 90 = 24 + 30 + 18 = 72
  t.equal(Number(kcsi.value.toFixed(10)), 72)
  t.same(
    kcsi.components.map((c: { component: string; score: number; weight: number; n: number }) => [c.component, Number(c.score.toFixed(10)), c.weight, c.n]),
    [['overall', 80, 0.3, 10], ['attributes', 60, 0.5, 10], ['intention', 90, 0.2, 10]]
  )
  // ACSI: only the overall item is asked (no expectation or ideal questions), so its weight
  // becomes 1: mean 59 / 10 = 5.9, rescaled (5.9 − 1) / (7 − 1) × 100 = 81.666…
  t.equal(Number(acsi.value.toFixed(6)), Number((((5.9 - 1) / 6) * 100).toFixed(6)))
})

t.test('custom index weights on the survey change the KCSI accordingly', async (t) => {
  const app = await buildTestApp(t)
  const weights = { kcsiOverall: 0.5, kcsiAttributes: 0.25, kcsiIntention: 0.25, acsiOverall: 1, acsiExpectation: 0, acsiIdeal: 0 }
  const id = await openSurvey(app, counterSurvey({ minSampleSize: 10, indexWeights: weights }))
  await importResponses(app, id, dataset())
  const res = await app.inject({ method: 'GET', url: `/v1/survey/surveys/${id}/indices?financialYear=2026/27`, headers: await caller() })
  // 0.5 × 80 + 0.25 × 60 + 0.25 × 90 = 40 + 15 + 22.5 = 77.5
  t.equal(Number(res.json().kcsi.value.toFixed(10)), 77.5)
})

t.test('an index whose components have fewer responses than the minimum sample is null', async (t) => {
  const app = await buildTestApp(t)
  const id = await openSurvey(app)
  await importResponses(app, id, dataset())
  const res = await app.inject({ method: 'GET', url: `/v1/survey/surveys/${id}/indices?financialYear=2026/27`, headers: await caller() })
  t.equal(res.json().minSampleSize, 30)
  t.equal(res.json().kcsi.value, null)
  t.equal(res.json().kcsi.components[0].score, null)
})
