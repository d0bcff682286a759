/**
 * Bulk data for the reporting benchmarks, written straight into the services' tables as the
 * superuser, and the rollups rebuilt from those rows. Rows are spread pseudo-randomly but
 * deterministically over ten financial years (April 2010 to March 2020), so growing from the
 * small size to the large one keeps the same distribution. Before loading, each rebuild is
 * compared with the rollup rows the service itself wrote for a few records created through its
 * API: a benchmark over a rollup that the service would not have produced proves nothing.
 */
import type { Context } from './context.js'
import { benchSurvey, feedbackBody, surveyResponseBody } from './intake.js'

/** The financial year the reports are asked for, and the one before it (for year-on-year change). */
export const STATS_YEAR = { label: '2018/19', previousFrom: '2017-04-01', from: '2018-04-01', to: '2019-04-01' }

const SPAN_SECONDS = 315_532_800 // ten years from 2010-04-01
// Knuth's multiplicative hash spreads consecutive row numbers over the ten years.
const at = (g: string) => `(timestamptz '2010-04-01 00:00:00+00' + make_interval(secs => ((${g})::bigint * 2654435761 % ${SPAN_SECONDS})::double precision))`
const pick = (values: readonly string[], g: string, salt: number) =>
  `(array[${values.map((v) => `'${v}'`).join(',')}])[1 + abs(hashint4(((${g}) * 31 + ${salt})::int)) % ${values.length}]`

async function count(ctx: Context, sql: string, values: unknown[] = []): Promise<number> {
  const { rows } = await ctx.admin.query<{ n: number }>(sql, values)
  return rows[0]?.n ?? 0
}

async function post(ctx: Context, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${ctx.system.gateway.origin}${path}`, {
    method: 'POST',
    headers: { ...ctx.viaGateway(), 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
  if (res.status >= 300) throw new Error(`POST ${path}: ${res.status} ${(await res.text()).slice(0, 300)}`)
}

/** Multiset difference of two row lists, as a short description (or null when equal). */
function diffRows(label: string, service: unknown[], rebuilt: unknown[]): string | null {
  const key = (r: unknown) => JSON.stringify(r)
  const a = service.map(key).sort()
  const b = rebuilt.map(key).sort()
  if (a.length === b.length && a.every((x, i) => x === b[i])) return null
  const onlyService = a.filter((x) => !b.includes(x)).slice(0, 3)
  const onlyRebuilt = b.filter((x) => !a.includes(x)).slice(0, 3)
  return `${label}: the rebuild differs from the service's own rows (${a.length} vs ${b.length} rows; service only: ${onlyService.join(' ')}; rebuild only: ${onlyRebuilt.join(' ')})`
}

// ---- survey

// As responses.service.ts keeps it: per survey, UTC day (SURVEY_TIME_ZONE's default), rating
// question and dimensions, with the count of each answer value in c0..c10.
const SURVEY_ROLLUP = `
  select r.survey_id, (r.responded_at at time zone 'UTC')::date as day, a->>'questionId' as question_id, r.channel, r.office_code, r.district_code,
         r.region_class, r.segment,
         ${Array.from({ length: 11 }, (_, v) => `count(*) filter (where (a->>'value')::int = ${v})::int as c${v}`).join(', ')}
    from survey.responses r cross join lateral jsonb_array_elements(r.answers) a
   where r.survey_id = $1
   group by 1, 2, 3, 4, 5, 6, 7, 8`
// The monthly rollup (no office), which results read for whole months.
const SURVEY_MONTHLY = `
  select survey_id, date_trunc('month', day)::date as month, question_id, channel, district_code, region_class, segment,
         ${Array.from({ length: 11 }, (_, v) => `sum(c${v})::int as c${v}`).join(', ')}
    from survey.rating_rollup where survey_id = $1
   group by 1, 2, 3, 4, 5, 6, 7`
const SURVEY_MONTHLY_COLS = `survey_id, month, question_id, channel, district_code, region_class, segment, ${Array.from({ length: 11 }, (_, v) => `c${v}`).join(', ')}`
const SURVEY_ROLLUP_COLS = `survey_id, day, question_id, channel, office_code, district_code, region_class, segment, ${Array.from({ length: 11 }, (_, v) => `c${v}`).join(', ')}`

/** Submits a few responses through the API and compares the service's rollup with the rebuild. */
export async function checkSurveyRollup(ctx: Context, surveyId: string): Promise<string | null> {
  const { rows } = await ctx.admin.query<{ code: string }>('select code from directory.offices order by code limit 5')
  for (let i = 0; i < 24; i++) {
    await post(ctx, `/v1/survey/surveys/${surveyId}/responses`, { ...surveyResponseBody(rows[i % rows.length]!.code, i), respondedAt: `2019-0${1 + (i % 9)}-1${i % 10}T23:30:00Z` })
  }
  const cols = SURVEY_ROLLUP_COLS.replace('day', 'day::text')
  const service = await ctx.admin.query(`select ${cols} from survey.rating_rollup where survey_id = $1`, [surveyId])
  const rebuilt = await ctx.admin.query(`select ${cols} from (${SURVEY_ROLLUP}) x`, [surveyId])
  const mcols = SURVEY_MONTHLY_COLS.replace('month', 'month::text')
  const monthly = await ctx.admin.query(`select ${mcols} from survey.rating_rollup_monthly where survey_id = $1`, [surveyId])
  const monthlyRebuilt = await ctx.admin.query(`select ${mcols} from (${SURVEY_MONTHLY}) x`, [surveyId])
  return diffRows('rating_rollup', service.rows, rebuilt.rows) ?? diffRows('rating_rollup_monthly', monthly.rows, monthlyRebuilt.rows)
}

/** Grows the survey's responses to `size` and rebuilds its rollup. */
export async function loadSurveyResponses(ctx: Context, surveyId: string, size: number): Promise<void> {
  const have = await count(ctx, 'select count(*)::int as n from survey.responses where survey_id = $1', [surveyId])
  const questions = benchSurvey.questions
  const answers = questions
    .map((q, i) => {
      const max = q.scale === '0-10' ? 11 : 7
      const min = q.scale === '0-10' ? 0 : 1
      // Skewed towards satisfied, as real answers are.
      return `jsonb_build_object('questionId', '${q.id}', 'value', ${min} + greatest(0, ${max - 1} - abs(hashint4((g * 7 + ${i})::int)) % ${max + 2}))`
    })
    .join(', ')
  const client = await ctx.admin.connect()
  try {
    await client.query('begin')
    for (let start = have; start < size; start += 200_000) {
      const end = Math.min(size, start + 200_000)
      await client.query(
        `with o as (
           select array_agg(code order by code) as c, array_agg(district_code order by code) as d, array_agg(region_class order by code) as r, count(*)::int as n
             from directory.offices)
         insert into survey.responses (id, survey_id, survey_version, channel, office_code, district_code, region_class, segment, language, responded_at, answers, created_at)
         select gen_random_uuid(), $1, 1, ${pick(['counter', 'delivery', 'hotline', 'web'], 'g', 1)},
                o.c[1 + g % o.n], o.d[1 + g % o.n], o.r[1 + g % o.n],
                ${pick(['general_public', 'business_customer', 'philatelist', 'club_member'], 'g', 2)}, 'en', ${at('g')},
                jsonb_build_array(${answers}), ${at('g')}
           from generate_series($2::int, $3::int) g, o`,
        [surveyId, start + 1, end]
      )
    }
    await client.query('delete from survey.rating_rollup where survey_id = $1', [surveyId])
    await client.query(
      `insert into survey.rating_rollup (${SURVEY_ROLLUP_COLS}) ${SURVEY_ROLLUP}`,
      [surveyId]
    )
    await client.query('delete from survey.rating_rollup_monthly where survey_id = $1', [surveyId])
    await client.query(`insert into survey.rating_rollup_monthly (${SURVEY_MONTHLY_COLS}) ${SURVEY_MONTHLY}`, [surveyId])
    await client.query('commit')
  } catch (err) {
    await client.query('rollback')
    throw err
  } finally {
    client.release()
  }
  await ctx.admin.query('analyze survey.responses, survey.rating_rollup, survey.rating_rollup_monthly')
}

/** The same figures the results route gives (satisfied share, mean, count by question and channel), from the raw rows. */
export function surveyScanSql(surveyId: string): { text: string; values: unknown[] } {
  return {
    text: `select a->>'questionId' as question_id, r.channel, count(*) as n, avg((a->>'value')::int) as mean,
                  count(*) filter (where (a->>'value')::int >= case when a->>'questionId' = 'recommend' then 9 else 6 end) as satisfied,
                  count(*) filter (where a->>'questionId' = 'recommend' and (a->>'value')::int <= 6) as detractors
             from survey.responses r cross join lateral jsonb_array_elements(r.answers) a
            where r.survey_id = $1 and r.responded_at >= $2 and r.responded_at < $3
            group by 1, 2`,
    values: [surveyId, STATS_YEAR.from, STATS_YEAR.to]
  }
}

// ---- feedback

export { feedbackBody }

const KINDS = ['complaint', 'complaint', 'commendation', 'commendation', 'commendation', 'suggestion'] as const
const CATEGORIES = ['loss', 'delay', 'damage', 'delivery_failure', 'redirection', 'counter_service', 'staff_conduct', 'hotline', 'website_app', 'philately', 'business_parcel_services', 'pricing', 'other']
const CHANNELS = ['counter', 'delivery', 'hotline', 'web', 'email', 'letter', 'mobile', 'social']
const OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld', 'withdrawn']
const ROOT_CAUSES = ['process_failure', 'staff_error', 'staff_conduct', 'system_fault', 'capacity_or_staffing', 'third_party', 'address_or_information', 'customer_error', 'no_fault_found']

/**
 * Grows feedback_items to `size` rows: closed items with a whole history (acknowledged, answered
 * or forwarded, closed; complaints with an outcome, a root cause and sometimes compensation), as
 * the past years of a real register are.
 */
async function insertFeedbackItems(ctx: Context, from: number, to: number): Promise<void> {
  const kind = pick(KINDS, 'g', 11)
  await ctx.admin.query(
    `with o as (
       select array_agg(code order by code) as c, array_agg(district_code order by code) as d, array_agg(region_class order by code) as r, count(*)::int as n
         from directory.offices),
     base as (
       select g, ${kind} as kind, ${at('g')} as received_at, abs(hashint4((g * 13)::int)) as h, o.c[1 + g % o.n] as office,
              o.d[1 + g % o.n] as district, o.r[1 + g % o.n] as region
         from generate_series($1::int, $2::int) g, o),
     t as (
       select *, received_at + make_interval(hours => 2 + h % 90) as ack_at,
              received_at + make_interval(days => 1 + h % 16) as reply_at
         from base)
     insert into feedback.feedback_items (
       reference, kind, status, stage, priority, channel, office_code, district_code, region_class, category_code, subject, description,
       received_at, tracking_numbers, reply_required, customer_anonymous, customer_name, customer_email, preferred_reply_channel, language,
       acknowledge_due_on, reply_due_on, acknowledged_at, first_responded_at, first_reply_on_time, responded_at, forwarded_at, closed_at,
       acknowledgement_breached, reply_breached, outcome, remedy, compensation_minor, root_cause, created_by, created_at, updated_at)
     select
       (case kind when 'complaint' then 'CMP' when 'commendation' then 'COM' else 'SUG' end) || '-' || extract(year from received_at)::int || '-' || lpad(g::text, 7, '0'),
       kind, 'closed', case when kind = 'complaint' then 'frontline' end, 'normal', ${pick(CHANNELS, 'g', 12)}, office, district, region,
       ${pick(CATEGORIES, 'g', 13)}, 'Registered letter arrived late', 'Loaded by the benchmark.',
       received_at, array['RR' || lpad(g::text, 9, '0') || 'HK'], kind = 'complaint', false, 'Chan Tai Man', 'chan@example.com', 'email', 'en',
       (received_at + interval '2 days')::date, case when kind <> 'commendation' then (received_at + interval '14 days')::date end,
       ack_at,
       case when kind <> 'commendation' then reply_at end,
       case when kind <> 'commendation' then reply_at::date <= (received_at + interval '14 days')::date end,
       case when kind <> 'commendation' then reply_at end,
       case when kind = 'commendation' then reply_at end,
       reply_at + interval '1 day',
       ack_at::date > (received_at + interval '2 days')::date,
       kind <> 'commendation' and reply_at::date > (received_at + interval '14 days')::date,
       case when kind = 'complaint' then ${pick(OUTCOMES, 'g', 14)} end,
       case when kind = 'complaint' then '{"apology": true}'::jsonb end,
       case when kind = 'complaint' and h % 10 = 0 then 5000 else 0 end,
       case when kind = 'complaint' then ${pick(ROOT_CAUSES, 'g', 15)} end,
       'key:bench', received_at, reply_at + interval '1 day'
     from t`,
    [from, to]
  )
}

/** The statistics' figures (counts by kind and each breakdown, both years; pledges; outcomes; compensation) from the raw rows. */
export function feedbackScanSql(): { text: string; values: unknown[] } {
  return {
    text: `select kind, channel, category_code, office_code, district_code, region_class, received_at >= $2 as current,
                  count(*) as received,
                  count(*) filter (where acknowledged_at is not null and not acknowledgement_breached) as acknowledged_on_time,
                  count(*) filter (where first_reply_on_time) as answered_on_time,
                  count(*) filter (where outcome = 'upheld') as upheld,
                  sum(compensation_minor) as compensation
             from feedback.feedback_items
            where received_at >= $1 and received_at < $3
            group by grouping sets ((kind, current), (kind, channel, current), (kind, category_code, current), (kind, office_code, current),
                                    (kind, district_code, current), (kind, region_class, current))`,
    values: [STATS_YEAR.previousFrom, STATS_YEAR.from, STATS_YEAR.to]
  }
}

/**
 * The rollup the service keeps, rebuilt from the rows: every event adds to the day, month,
 * calendar year and financial year it falls in, once per dimension. Aggregated by day first so
 * that a million items do not become a hundred million intermediate rows.
 */
const FEEDBACK_DIMENSIONS: Array<[string, string]> = [
  ['all', "''"],
  ['channel', 'channel'],
  ['category', 'category_code'],
  ['office', 'office_code'],
  ['district', 'district_code'],
  ['region_class', 'region_class']
]

function feedbackRollupSql(where: string): string {
  const dimCols = 'channel, category_code, office_code, district_code, region_class'
  return `
    with ev as (
      select kind, (received_at at time zone 'UTC')::date as day, ${dimCols}, 1 as received, 0 as acknowledged, 0 as acknowledged_on_time, 0 as answered, 0 as answered_on_time,
             0 as closed, 0 as upheld, 0 as partly_upheld, 0 as not_upheld, 0 as withdrawn, 0::bigint as compensation_minor
        from feedback.feedback_items where ${where}
      union all
      select kind, (acknowledged_at at time zone 'UTC')::date, ${dimCols}, 0, 1, (not acknowledgement_breached)::int, 0, 0, 0, 0, 0, 0, 0, 0
        from feedback.feedback_items where ${where} and acknowledged_at is not null
      union all
      select kind, (first_responded_at at time zone 'UTC')::date, ${dimCols}, 0, 0, 0, 1, coalesce(first_reply_on_time, false)::int, 0, 0, 0, 0, 0, 0
        from feedback.feedback_items where ${where} and first_responded_at is not null
      union all
      select kind, (closed_at at time zone 'UTC')::date, ${dimCols}, 0, 0, 0, 0, 0, 1, coalesce(outcome = 'upheld', false)::int, coalesce(outcome = 'partly_upheld', false)::int,
             coalesce(outcome = 'not_upheld', false)::int, coalesce(outcome = 'withdrawn', false)::int, compensation_minor
        from feedback.feedback_items where ${where} and closed_at is not null),
    daily as (
      select kind, day, ${dimCols}, sum(received) received, sum(acknowledged) acknowledged, sum(acknowledged_on_time) acknowledged_on_time,
             sum(answered) answered, sum(answered_on_time) answered_on_time, sum(closed) closed, sum(upheld) upheld, sum(partly_upheld) partly_upheld,
             sum(not_upheld) not_upheld, sum(withdrawn) withdrawn, sum(compensation_minor) compensation_minor
        from ev group by kind, day, ${dimCols}),
    per_dim as (
      select d.dimension, d.dim_value, daily.*
        from daily cross join lateral (values ${FEEDBACK_DIMENSIONS.map(([name, col]) => `('${name}', ${col})`).join(', ')}) d(dimension, dim_value)),
    per_day as (
      select dimension, dim_value, kind, day, sum(received) received, sum(acknowledged) acknowledged, sum(acknowledged_on_time) acknowledged_on_time,
             sum(answered) answered, sum(answered_on_time) answered_on_time, sum(closed) closed, sum(upheld) upheld, sum(partly_upheld) partly_upheld,
             sum(not_upheld) not_upheld, sum(withdrawn) withdrawn, sum(compensation_minor) compensation_minor
        from per_dim group by dimension, dim_value, kind, day)
    select l.level, case l.level when 'd' then day
                                 when 'm' then date_trunc('month', day)::date
                                 when 'y' then date_trunc('year', day)::date
                                 else (date_trunc('year', day - interval '3 months') + interval '3 months')::date end as period_start,
           dimension, dim_value, kind, sum(received)::int received, sum(acknowledged)::int acknowledged, sum(acknowledged_on_time)::int acknowledged_on_time,
           sum(answered)::int answered, sum(answered_on_time)::int answered_on_time, sum(closed)::int closed, sum(upheld)::int upheld,
           sum(partly_upheld)::int partly_upheld, sum(not_upheld)::int not_upheld, sum(withdrawn)::int withdrawn, sum(compensation_minor)::bigint compensation_minor
      from per_day cross join (values ('d'), ('m'), ('y'), ('f')) l(level)
     group by 1, 2, 3, 4, 5`
}

// Complaints closed per root cause, per period of their closing (feedback_root_cause_stats).
const ROOT_CAUSE_ROLLUP = `
  select l.level, case l.level when 'd' then day
                               when 'm' then date_trunc('month', day)::date
                               when 'y' then date_trunc('year', day)::date
                               else (date_trunc('year', day - interval '3 months') + interval '3 months')::date end as period_start,
         root_cause, sum(n)::int as closed
    from (select (closed_at at time zone 'UTC')::date as day, root_cause, count(*) as n
            from feedback.feedback_items where closed_at is not null and root_cause is not null group by 1, 2) x
   cross join (values ('d'), ('m'), ('y'), ('f')) l(level)
   group by 1, 2, 3`

const FEEDBACK_STATS_COLS = 'level, period_start, dimension, dim_value, kind, received, acknowledged, acknowledged_on_time, answered, answered_on_time, closed, upheld, partly_upheld, not_upheld, withdrawn, compensation_minor'

/** Creates a few items through the API (one batch) and compares the service's rollup with the rebuild. */
export async function checkFeedbackRollup(ctx: Context): Promise<string | null> {
  const { rows } = await ctx.admin.query<{ code: string }>('select code from directory.offices order by code limit 5')
  const items = Array.from({ length: 30 }, (_, i) => ({ ...feedbackBody(rows[i % rows.length]!.code, i), receivedAt: `2019-0${1 + (i % 9)}-1${i % 10}T23:30:00Z` }))
  await post(ctx, '/v1/feedback/items/batch', { items })
  const cols = FEEDBACK_STATS_COLS.replace('period_start', 'period_start::text')
  const service = await ctx.admin.query(`select ${cols} from feedback.feedback_stats`)
  const rebuilt = await ctx.admin.query(`select ${cols} from (${feedbackRollupSql('true')}) x`)
  const causes = await ctx.admin.query('select level, period_start::text, root_cause, closed from feedback.feedback_root_cause_stats')
  const causesRebuilt = await ctx.admin.query(`select level, period_start::text, root_cause, closed from (${ROOT_CAUSE_ROLLUP}) x`)
  return diffRows('feedback_stats', service.rows, rebuilt.rows) ?? diffRows('feedback_root_cause_stats', causes.rows, causesRebuilt.rows)
}

/** Grows feedback_items to `size` and rebuilds the rollup from every row. */
export async function loadFeedbackItems(ctx: Context, size: number): Promise<void> {
  const have = await count(ctx, 'select count(*)::int as n from feedback.feedback_items')
  for (let start = have; start < size; start += 200_000) await insertFeedbackItems(ctx, start + 1, Math.min(size, start + 200_000))
  const client = await ctx.admin.connect()
  try {
    await client.query('begin')
    await client.query('truncate feedback.feedback_stats')
    await client.query(`insert into feedback.feedback_stats (${FEEDBACK_STATS_COLS}) ${feedbackRollupSql('true')}`)
    await client.query('truncate feedback.feedback_root_cause_stats')
    await client.query(`insert into feedback.feedback_root_cause_stats (level, period_start, root_cause, closed) ${ROOT_CAUSE_ROLLUP}`)
    await client.query('commit')
  } catch (err) {
    await client.query('rollback')
    throw err
  } finally {
    client.release()
  }
  await ctx.admin.query('analyze feedback.feedback_items, feedback.feedback_stats, feedback.feedback_root_cause_stats')
}
