import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { EquityQuery, IndicesQuery, ResultsQuery, SurveyEquity, SurveyIndices, SurveyResults, SurveyTrends, TrendsQuery, Uuid, ref } from '@postcare/contracts'
import { problemResponse } from '@postcare/platform'
import Type from 'typebox'
import type { ResultsService } from './results.service.js'

const Params = Type.Object({ surveyId: ref(Uuid) }, { additionalProperties: false })
const tags = ['results']
const period =
  'The period is `from` and `to` (calendar days, inclusive, in the operator\'s time zone; at most 3,660 days) or a `financialYear` such as `2012/13`; without either, the current financial year there. A response counts on the local day it was given.'
const problems = {
  400: problemResponse('The period or question is not valid (`INVALID_PERIOD`, `SURVEY_UNKNOWN_QUESTION`); `errors` names the parameter.'),
  404: problemResponse('No such survey.')
}

export const resultRoutes: FastifyPluginAsyncTypebox<{ results: ResultsService }> = async (app, { results }) => {
  app.get('/v1/survey/surveys/:surveyId/results', {
    config: { scope: 'survey:read', network: true },
    schema: {
      operationId: 'getSurveyResults', tags, summary: 'Satisfied shares, means and NPS per rating question and group',
      description: `${period}

For each rating question and group: \`n\` responses; the satisfied (top-box) share — answers at or above the question's \`topBoxMin\` (default the top two: 4-5 of 5, 6-7 of 7, 9-10 of 10) — with its Wilson score 95% interval; the mean answer; and for 0-10 questions the net promoter score (promoters 9-10 minus detractors 0-6, in points) with a 95% interval. A group with fewer responses than the survey's \`minSampleSize\` (default 30) is \`suppressed\` and carries no figures.

With \`weighted=true\`, responses are post-stratified to the survey's \`segmentShares\`: each respondent of segment s weighs P_s / (n_s / n); intervals then use Kish's effective sample size (\`effectiveN\`). Responses of segments without a share are left out of weighted figures.`,
      params: Params, querystring: ResultsQuery,
      response: { 200: ref(SurveyResults), ...problems, 409: problemResponse('`weighted=true` but the survey has no segment shares.') }
    }
  }, async (req) => results.results(req.params.surveyId, req.query))

  app.get('/v1/survey/surveys/:surveyId/trends', {
    config: { scope: 'survey:read', network: true },
    schema: {
      operationId: 'getSurveyTrends', tags, summary: 'Satisfied share per month, quarter or financial year, with significant changes marked',
      description: `${period}

Each point is a month (\`2026-04\`), calendar quarter (\`2026-Q2\`) or financial year (\`2026/27\`). \`changeFromPrevious\` compares a point with the previous point that was not suppressed by a two-sided two-proportion z-test with the pooled estimate; \`significant\` means p < 0.05.`,
      params: Params, querystring: TrendsQuery,
      response: { 200: ref(SurveyTrends), ...problems }
    }
  }, async (req) => results.trends(req.params.surveyId, req.query))

  app.get('/v1/survey/surveys/:surveyId/indices', {
    config: { scope: 'survey:read', network: true },
    schema: {
      operationId: 'getSurveyIndices', tags, summary: 'KCSI-style and ACSI-style composite satisfaction indices (0-100)',
      description: `${period}

**KCSI-style index** (after the Korean Customer Satisfaction Index):

    KCSI = w_o · S_overall + w_a · Σ_i (imp_i · S_i) / Σ_i imp_i + w_r · S_reuse

where every S is 100 × the item's top-box share (answers at or above its \`topBoxMin\`; on a 7-point scale, 6 and 7), S_overall averages the \`overall_satisfaction\` questions, S_i are the \`attribute_satisfaction\` questions with their \`importance\` (default 1), and S_reuse averages the \`intention_reuse\` questions. Default weights w_o = 0.3, w_a = 0.5, w_r = 0.2 (\`indexWeights.kcsiOverall\`, \`kcsiAttributes\`, \`kcsiIntention\`).

**ACSI-style index**: each item's mean answer rescaled to 0-100, (mean − min) / (max − min) × 100, and the index the weighted average of the \`overall_satisfaction\`, \`expectation_confirmation\` and \`ideal_comparison\` items (equal weights by default: \`acsiOverall\`, \`acsiExpectation\`, \`acsiIdeal\`).

Weights are set per survey and divided by their sum over the components the survey asks about, so a survey without, say, ideal-comparison questions is indexed on the others. A component with fewer responses than the minimum sample (its \`n\` is the smallest of its questions') has a null score, and then the index is null.`,
      params: Params, querystring: IndicesQuery,
      response: { 200: ref(SurveyIndices), ...problems }
    }
  }, async (req) => results.indices(req.params.surveyId, req.query))

  app.get('/v1/survey/surveys/:surveyId/equity', {
    config: { scope: 'survey:read', network: true },
    schema: {
      operationId: 'getSurveyEquity', tags, summary: 'Satisfaction by region class and office: the "same service wherever you are" promise, measured',
      description: `${period}

For one rating question (\`questionId\`, default the first \`overall_satisfaction\` question): the satisfied share by region class and by office (offices only with at least the minimum sample). \`gap\` is the best minus the worst region class with Newcombe's hybrid score 95% interval; it is \`significant\` when the interval excludes zero (\`pValue\` from the two-proportion z-test). \`officesBelowThreshold\` lists offices with enough responses whose share is below \`threshold\` (default the survey's \`equityThreshold\`, else the service's), lowest first; \`significantlyBelow\` when even the upper end of the interval is below it.`,
      params: Params, querystring: EquityQuery,
      response: { 200: ref(SurveyEquity), ...problems }
    }
  }, async (req) => results.equity(req.params.surveyId, req.query))
}
