import { type Kysely, sql } from 'kysely'

/**
 * Results read counts, never responses. The first schema kept one rollup row per answer value and
 * a narrow rating_answers table; this one keeps all eleven possible values (c0..c10) in one row,
 * adds a monthly rollup without the office (a year of results reads twelve months, however many
 * offices and responses), indexes the response lists by office and channel, and records the office
 * a follow-up case is opened for.
 *
 * The first schema shipped before any route wrote responses, so the tables replaced here are empty
 * wherever it ran: they are dropped and made anew rather than converted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index responses_survey_office_idx on responses (survey_id, office_code, created_at, id)`.execute(db)
  await sql`create index responses_survey_channel_idx on responses (survey_id, channel, created_at, id)`.execute(db)

  await sql`drop table rating_rollup`.execute(db)
  await sql`drop table rating_answers`.execute(db)
  await sql`
    create table rating_rollup (
      survey_id uuid not null references surveys (id),
      day date not null,
      question_id text not null,
      channel text not null,
      office_code text,
      district_code text,
      region_class text,
      segment text not null,
      c0 integer not null default 0, c1 integer not null default 0, c2 integer not null default 0, c3 integer not null default 0,
      c4 integer not null default 0, c5 integer not null default 0, c6 integer not null default 0, c7 integer not null default 0,
      c8 integer not null default 0, c9 integer not null default 0, c10 integer not null default 0,
      constraint rating_rollup_key unique nulls not distinct (survey_id, question_id, day, channel, office_code, district_code, region_class, segment)
    )`.execute(db)
  await sql`
    create table rating_rollup_monthly (
      survey_id uuid not null references surveys (id),
      month date not null check (extract(day from month) = 1),
      question_id text not null,
      channel text not null,
      district_code text,
      region_class text,
      segment text not null,
      c0 integer not null default 0, c1 integer not null default 0, c2 integer not null default 0, c3 integer not null default 0,
      c4 integer not null default 0, c5 integer not null default 0, c6 integer not null default 0, c7 integer not null default 0,
      c8 integer not null default 0, c9 integer not null default 0, c10 integer not null default 0,
      constraint rating_rollup_monthly_key unique nulls not distinct (survey_id, question_id, month, channel, district_code, region_class, segment)
    )`.execute(db)

  // Empty wherever the first schema ran (no route opened follow-ups then), so NOT NULL holds.
  await sql`alter table follow_ups add column office_code text not null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table follow_ups drop column office_code`.execute(db)
  await sql`drop table rating_rollup_monthly`.execute(db)
  await sql`drop table rating_rollup`.execute(db)
  await sql`drop index responses_survey_channel_idx`.execute(db)
  await sql`drop index responses_survey_office_idx`.execute(db)
}
