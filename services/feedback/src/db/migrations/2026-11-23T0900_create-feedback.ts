import { type Kysely, sql } from 'kysely'

// The seed taxonomy; the live one is edited through the categories API.
const seedCategories: Array<[string, string]> = [
  ['loss', 'Loss'],
  ['delay', 'Delay'],
  ['damage', 'Damage'],
  ['delivery_failure', 'Delivery failure'],
  ['redirection', 'Redirection'],
  ['counter_service', 'Counter service'],
  ['staff_conduct', 'Staff conduct'],
  ['hotline', 'Hotline'],
  ['website_app', 'Website and app'],
  ['philately', 'Philately'],
  ['business_parcel_services', 'Business and parcel services'],
  ['pricing', 'Pricing'],
  ['other', 'Other']
]

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table categories (
      code text primary key check (code ~ '^[a-z][a-z0-9_]{1,49}$'),
      name text not null,
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db)
  for (const [code, name] of seedCategories) {
    await sql`insert into categories (code, name) values (${code}, ${name})`.execute(db)
  }

  // One sequence per (kind, year): numbers are taken without a lock held to commit, so
  // concurrent intakes never queue behind each other (a rolled-back intake leaves a gap,
  // which references may have; they must only be unique). Years outside the range are refused.
  await sql`
    do $$
    begin
      for y in 1990..2099 loop
        execute format('create sequence reference_cmp_%s', y);
        execute format('create sequence reference_com_%s', y);
        execute format('create sequence reference_sug_%s', y);
      end loop;
    end $$`.execute(db)

  await sql`
    create table feedback_items (
      id uuid primary key default gen_random_uuid(),
      reference text not null unique,
      kind text not null check (kind in ('complaint', 'commendation', 'suggestion')),
      status text not null check (status in ('received', 'acknowledged', 'investigating', 'awaiting_customer', 'responded', 'forwarded', 'closed')),
      stage text check (stage in ('frontline', 'investigation', 'review_panel', 'external_dispute_resolution')),
      priority text not null check (priority in ('normal', 'high')),
      channel text not null,
      office_code text not null,
      district_code text not null,
      region_class text not null check (region_class in ('urban', 'rural', 'coastal', 'island_remote')),
      category_code text not null references categories (code),
      subject text not null,
      description text not null,
      occurred_at timestamptz,
      received_at timestamptz not null,
      tracking_numbers text[] not null default '{}',
      staff_id text,
      staff_office_code text,
      remedy_sought text,
      reply_required boolean not null,
      customer_anonymous boolean not null,
      customer_name text,
      customer_email text,
      customer_phone text,
      customer_address text,
      preferred_reply_channel text not null,
      language text not null,
      membership_number text,
      vulnerable boolean not null default false,
      personal_data_erased_at timestamptz,
      team text,
      officer_id text,
      acknowledge_due_on date not null,
      reply_due_on date,
      next_due_on date,
      paused_at timestamptz,
      paused_working_days integer not null default 0,
      acknowledged_at timestamptz,
      first_responded_at timestamptz,
      first_reply_on_time boolean,
      responded_at timestamptz,
      forwarded_at timestamptz,
      forwarded_to_office text,
      closed_at timestamptz,
      acknowledgement_breached boolean not null default false,
      reply_breached boolean not null default false,
      outcome text check (outcome in ('upheld', 'partly_upheld', 'not_upheld', 'withdrawn')),
      remedy jsonb,
      compensation_minor bigint not null default 0,
      root_cause text,
      created_by text not null,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      search tsvector generated always as (to_tsvector('simple', reference || ' ' || subject || ' ' || description)) stored,
      check ((kind = 'complaint') = (stage is not null)),
      check ((status = 'closed') = (closed_at is not null))
    )`.execute(db)
  // Lists are keyset-paginated newest first; each filter gets an index leading with it.
  await sql`create index feedback_items_received_idx on feedback_items (received_at desc, id desc)`.execute(db)
  for (const col of ['kind', 'status', 'channel', 'category_code', 'office_code', 'district_code', 'region_class']) {
    await sql`create index ${sql.raw(`feedback_items_${col}_idx`)} on feedback_items (${sql.ref(col)}, received_at desc, id desc)`.execute(db)
  }
  await sql`create index feedback_items_stage_idx on feedback_items (stage, received_at desc, id desc) where stage is not null`.execute(db)
  await sql`create index feedback_items_officer_idx on feedback_items (officer_id, received_at desc, id desc) where officer_id is not null`.execute(db)
  await sql`create index feedback_items_team_idx on feedback_items (team, received_at desc, id desc) where team is not null`.execute(db)
  await sql`create index feedback_items_unassigned_idx on feedback_items (received_at desc, id desc) where officer_id is null and status <> 'closed'`.execute(db)
  await sql`create index feedback_items_next_due_idx on feedback_items (next_due_on) where next_due_on is not null`.execute(db)
  await sql`create index feedback_items_tracking_idx on feedback_items using gin (tracking_numbers)`.execute(db)
  await sql`create index feedback_items_search_idx on feedback_items using gin (search)`.execute(db)
  await sql`create index feedback_items_retention_idx on feedback_items (closed_at) where status = 'closed' and personal_data_erased_at is null`.execute(db)

  await sql`
    create table feedback_events (
      id bigint generated always as identity primary key,
      item_id uuid not null references feedback_items (id),
      at timestamptz not null,
      actor text not null,
      type text not null,
      visibility text not null check (visibility in ('internal', 'customer')),
      command text,
      from_status text,
      to_status text,
      body text,
      changes jsonb not null default '{}'::jsonb
    )`.execute(db)
  await sql`create index feedback_events_item_idx on feedback_events (item_id, id)`.execute(db)

  // Statistics read these, never feedback_items, so a report costs the same at a million
  // items as at a hundred thousand. Each write adds its contribution to the day, month,
  // calendar year and financial year it falls in, once per dimension, in its own transaction.
  await sql`
    create table feedback_stats (
      level char(1) not null check (level in ('d', 'm', 'y', 'f')),
      period_start date not null,
      dimension text not null,
      dim_value text not null,
      kind text not null,
      received integer not null default 0,
      acknowledged integer not null default 0,
      acknowledged_on_time integer not null default 0,
      answered integer not null default 0,
      answered_on_time integer not null default 0,
      closed integer not null default 0,
      upheld integer not null default 0,
      partly_upheld integer not null default 0,
      not_upheld integer not null default 0,
      withdrawn integer not null default 0,
      compensation_minor bigint not null default 0,
      primary key (level, period_start, dimension, dim_value, kind)
    )`.execute(db)
  // Complaints closed per root cause, kept apart from feedback_stats so that table's dimensions
  // stay those of the items themselves (every one a breakdown of received items too).
  await sql`
    create table feedback_root_cause_stats (
      level char(1) not null check (level in ('d', 'm', 'y', 'f')),
      period_start date not null,
      root_cause text not null,
      closed integer not null default 0,
      primary key (level, period_start, root_cause)
    )`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table feedback_root_cause_stats`.execute(db)
  await sql`drop table feedback_stats`.execute(db)
  await sql`drop table feedback_events`.execute(db)
  await sql`drop table feedback_items`.execute(db)
  await sql`
    do $$
    begin
      for y in 1990..2099 loop
        execute format('drop sequence reference_cmp_%s, reference_com_%s, reference_sug_%s', y, y, y);
      end loop;
    end $$`.execute(db)
  await sql`drop table categories`.execute(db)
}
