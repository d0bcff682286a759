import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table surveys (
      id uuid primary key,
      status text not null default 'draft' check (status in ('draft', 'open', 'paused', 'closed')),
      definition_version integer not null default 1,
      published_version integer,
      target_channels text[] not null default '{}',
      opens_on date,
      closes_on date,
      index_weights jsonb not null,
      segment_shares jsonb,
      follow_up jsonb,
      min_sample_size integer,
      equity_threshold double precision,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (opens_on is null or closes_on is null or opens_on <= closes_on)
    )`.execute(db)
  await sql`create index surveys_status_idx on surveys (status, id)`.execute(db)
  // One row per definition version; a published one is never updated again (enforced below).
  await sql`
    create table survey_versions (
      survey_id uuid not null references surveys (id),
      number integer not null,
      title jsonb not null,
      description jsonb,
      languages text[] not null,
      questions jsonb not null,
      published_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (survey_id, number)
    )`.execute(db)
  await sql`
    create function survey_versions_immutable() returns trigger language plpgsql as $$
    begin
      if old.published_at is not null then
        raise exception 'survey version %/% is published and immutable', old.survey_id, old.number using errcode = 'P0001';
      end if;
      return new;
    end $$`.execute(db)
  await sql`
    create trigger survey_versions_immutable before update or delete on survey_versions
    for each row execute function survey_versions_immutable()`.execute(db)

  await sql`
    create table invitations (
      id uuid primary key,
      survey_id uuid not null references surveys (id),
      channel text not null,
      office_code text,
      contact_hash text not null,
      token_hash text not null unique,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index invitations_survey_id_idx on invitations (survey_id)`.execute(db)
  await sql`create index invitations_contact_idx on invitations (contact_hash, created_at)`.execute(db)

  await sql`
    create table responses (
      id uuid primary key,
      survey_id uuid not null,
      survey_version integer not null,
      channel text not null,
      office_code text,
      district_code text,
      region_class text check (region_class in ('urban', 'rural', 'coastal', 'island_remote')),
      segment text not null,
      language text not null,
      responded_at timestamptz not null,
      answers jsonb not null,
      contact_consent boolean not null default false,
      contact_name text,
      contact_phone text,
      contact_email text,
      invitation_id uuid references invitations (id),
      created_at timestamptz not null default now(),
      foreign key (survey_id, survey_version) references survey_versions (survey_id, number),
      check (contact_consent or (contact_name is null and contact_phone is null and contact_email is null))
    )`.execute(db)
  await sql`create index responses_survey_created_idx on responses (survey_id, created_at, id)`.execute(db)
  await sql`create index responses_survey_version_idx on responses (survey_id, survey_version)`.execute(db)
  await sql`create unique index responses_invitation_id_idx on responses (invitation_id) where invitation_id is not null`.execute(db)

  // The narrow table of rating answers: the source of truth the rollup can be rebuilt from.
  await sql`
    create table rating_answers (
      response_id uuid not null references responses (id),
      question_id text not null,
      value smallint not null,
      primary key (response_id, question_id)
    )`.execute(db)

  // Counts per survey/day/question/dimensions/value, kept in the same transaction as each
  // response: results read this (size bounded by the dimensions, not by the responses).
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
      value smallint not null,
      n integer not null,
      constraint rating_rollup_key unique nulls not distinct (survey_id, day, question_id, channel, office_code, district_code, region_class, segment, value)
    )`.execute(db)

  await sql`
    create table follow_ups (
      response_id uuid primary key references responses (id),
      survey_id uuid not null references surveys (id),
      status text not null default 'pending' check (status in ('pending', 'opened')),
      attempts integer not null default 0,
      claimed_until timestamptz,
      case_id text,
      case_reference text,
      opened_at timestamptz,
      last_error text,
      created_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index follow_ups_pending_idx on follow_ups (created_at) where status = 'pending'`.execute(db)
  await sql`create index follow_ups_survey_id_idx on follow_ups (survey_id)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['follow_ups', 'rating_rollup', 'rating_answers', 'responses', 'invitations', 'survey_versions', 'surveys']) {
    await sql`drop table ${sql.table(table)}`.execute(db)
  }
  await sql`drop function survey_versions_immutable()`.execute(db)
}
