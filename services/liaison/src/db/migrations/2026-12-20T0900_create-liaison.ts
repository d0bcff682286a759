import { type Kysely, sql } from 'kysely'

/**
 * The liaison groups, their representatives and meetings, everything a meeting holds (agenda,
 * papers, declarations, contributions, attendance, minutes and objections), actions and views
 * raised. Every foreign key has an index; the lists' sort keys have theirs.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table groups (
      id uuid primary key default gen_random_uuid(),
      type text not null check (type in ('customer_liaison', 'philately_liaison', 'other')),
      name_en text not null,
      name_zh text not null,
      district_codes text[] not null default '{}',
      terms_en text not null,
      terms_zh text not null,
      terms_review_on date not null,
      seats jsonb not null,
      quorum jsonb not null,
      meetings_per_year integer not null check (meetings_per_year between 1 and 52),
      minutes_confirmation text not null check (minutes_confirmation in ('next_meeting', 'circulation')),
      objection_window_days integer not null check (objection_window_days between 1 and 60),
      agenda_cutoff_days integer not null check (agenda_cutoff_days between 0 and 60),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db)

  await sql`
    create table representatives (
      id uuid primary key default gen_random_uuid(),
      group_id uuid not null references groups (id),
      constituency text not null check (constituency in ('district_council', 'philatelist', 'account_customer', 'member_of_public', 'business_association', 'official')),
      position text not null check (position in ('chair', 'vice_chair', 'secretary', 'member', 'observer', 'substitute')),
      staff_id text,
      name text not null,
      organisation text,
      email text,
      phone text,
      language text not null default 'en' check (language in ('en', 'zh-Hant', 'ko')),
      term_start date not null,
      term_end date not null,
      consent_to_publish_name boolean not null default false,
      erased_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (term_end >= term_start),
      check ((constituency = 'official') = (staff_id is not null))
    )`.execute(db)
  await sql`create index representatives_group_idx on representatives (group_id, id)`.execute(db)
  await sql`create index representatives_term_end_idx on representatives (term_end, id)`.execute(db)

  await sql`
    create table meetings (
      id uuid primary key default gen_random_uuid(),
      group_id uuid not null references groups (id),
      title_en text not null,
      title_zh text not null,
      start_at timestamptz not null,
      end_at timestamptz not null,
      venue text,
      online_link text,
      chair_staff_id text not null,
      chair_name text not null,
      status text not null default 'scheduled' check (status in ('scheduled', 'postponed', 'cancelled', 'held', 'minutes_drafted', 'minutes_confirmed', 'published')),
      reason text,
      contributions_close_at timestamptz not null,
      quorum_rule jsonb,
      agenda_published_at timestamptz,
      notice_circulated_at timestamptz,
      held_at timestamptz,
      minutes_published_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (end_at > start_at),
      check (venue is not null or online_link is not null)
    )`.execute(db)
  await sql`create index meetings_group_start_idx on meetings (group_id, start_at desc, id)`.execute(db)
  await sql`create index meetings_start_idx on meetings (start_at desc, id)`.execute(db)

  await sql`
    create table agenda_items (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references meetings (id),
      position integer not null check (position between 1 and 200),
      title_en text not null,
      title_zh text not null,
      category text not null,
      visibility text not null default 'public' check (visibility in ('public', 'confidential')),
      presenter_representative_id uuid references representatives (id),
      presenter_staff_id text,
      presenter_name text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint agenda_items_position_key unique (meeting_id, position) deferrable initially deferred
    )`.execute(db)
  await sql`create index agenda_items_presenter_idx on agenda_items (presenter_representative_id)`.execute(db)

  await sql`
    create table declarations (
      id uuid primary key default gen_random_uuid(),
      agenda_item_id uuid not null references agenda_items (id),
      representative_id uuid not null references representatives (id),
      interest text not null,
      created_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index declarations_item_idx on declarations (agenda_item_id)`.execute(db)
  await sql`create index declarations_representative_idx on declarations (representative_id)`.execute(db)

  await sql`
    create table contributions (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references meetings (id),
      representative_id uuid not null references representatives (id),
      title_en text not null,
      title_zh text not null,
      category text not null,
      summary text not null,
      status text not null default 'submitted' check (status in ('submitted', 'accepted', 'declined')),
      agenda_item_id uuid references agenda_items (id),
      decision_note text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index contributions_meeting_idx on contributions (meeting_id, created_at, id)`.execute(db)
  await sql`create index contributions_representative_idx on contributions (representative_id)`.execute(db)
  await sql`create index contributions_item_idx on contributions (agenda_item_id)`.execute(db)

  // Papers' files: a blob per upload, in chunks, so a 20 MB file is written and read a chunk at a time.
  await sql`create table blobs (key uuid primary key, size_bytes bigint not null, sha256 text not null, created_at timestamptz not null default now())`.execute(db)
  await sql`
    create table blob_chunks (
      key uuid not null references blobs (key) on delete cascade,
      seq integer not null,
      data bytea not null,
      primary key (key, seq)
    )`.execute(db)
  await sql`
    create table papers (
      id uuid primary key default gen_random_uuid(),
      agenda_item_id uuid not null references agenda_items (id),
      title_en text not null,
      title_zh text not null,
      status text not null default 'awaiting_content' check (status in ('awaiting_content', 'ready')),
      media_type text,
      size_bytes bigint,
      sha256 text,
      blob_key uuid references blobs (key),
      uploaded_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((status = 'ready') = (blob_key is not null))
    )`.execute(db)
  await sql`create index papers_item_idx on papers (agenda_item_id)`.execute(db)
  await sql`create index papers_blob_idx on papers (blob_key)`.execute(db)

  await sql`create table attendance_registers (meeting_id uuid primary key references meetings (id), version integer not null default 1, created_at timestamptz not null default now(), updated_at timestamptz not null default now())`.execute(db)
  await sql`
    create table attendance_entries (
      meeting_id uuid not null references attendance_registers (meeting_id),
      representative_id uuid not null references representatives (id),
      status text not null check (status in ('present', 'apologies', 'absent', 'substitute')),
      substitute_id uuid references representatives (id),
      primary key (meeting_id, representative_id),
      check ((status = 'substitute') = (substitute_id is not null))
    )`.execute(db)
  await sql`create index attendance_entries_representative_idx on attendance_entries (representative_id)`.execute(db)
  await sql`create index attendance_entries_substitute_idx on attendance_entries (substitute_id)`.execute(db)

  await sql`
    create table minutes (
      meeting_id uuid primary key references meetings (id),
      status text not null default 'draft' check (status in ('draft', 'circulated', 'confirmed')),
      confirmation text not null check (confirmation in ('next_meeting', 'circulation')),
      circulated_at timestamptz,
      objections_close_at timestamptz,
      confirmed_at timestamptz,
      confirmed_at_meeting_id uuid references meetings (id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index minutes_confirmed_at_meeting_idx on minutes (confirmed_at_meeting_id)`.execute(db)
  // What the public record may show of an entry is kept beside it (names without consent replaced).
  await sql`
    create table minute_entries (
      meeting_id uuid not null references minutes (meeting_id),
      agenda_item_id uuid not null references agenda_items (id),
      discussion_en text not null default '',
      discussion_zh text not null default '',
      decisions_en text not null default '',
      decisions_zh text not null default '',
      public_discussion_en text not null default '',
      public_discussion_zh text not null default '',
      public_decisions_en text not null default '',
      public_decisions_zh text not null default '',
      primary key (meeting_id, agenda_item_id)
    )`.execute(db)
  await sql`create index minute_entries_item_idx on minute_entries (agenda_item_id)`.execute(db)
  await sql`
    create table objections (
      id uuid primary key default gen_random_uuid(),
      meeting_id uuid not null references minutes (meeting_id),
      representative_id uuid not null references representatives (id),
      reason text not null,
      created_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index objections_meeting_idx on objections (meeting_id)`.execute(db)
  await sql`create index objections_representative_idx on objections (representative_id)`.execute(db)

  await sql`
    create table views_raised (
      id uuid primary key default gen_random_uuid(),
      group_id uuid not null references groups (id),
      meeting_id uuid not null references meetings (id),
      agenda_item_id uuid references agenda_items (id),
      representative_id uuid references representatives (id),
      constituency text,
      category text not null,
      summary text not null,
      raised_on date not null,
      response text,
      responded_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index views_raised_group_idx on views_raised (group_id)`.execute(db)
  await sql`create index views_raised_meeting_idx on views_raised (meeting_id, created_at, id)`.execute(db)
  await sql`create index views_raised_item_idx on views_raised (agenda_item_id)`.execute(db)
  await sql`create index views_raised_representative_idx on views_raised (representative_id)`.execute(db)
  await sql`create index views_raised_list_idx on views_raised (raised_on desc, id)`.execute(db)

  await sql`
    create table actions (
      id uuid primary key default gen_random_uuid(),
      group_id uuid not null references groups (id),
      meeting_id uuid not null references meetings (id),
      agenda_item_id uuid references agenda_items (id),
      view_id uuid references views_raised (id),
      title text not null,
      owner_staff_id text not null,
      owner_name text not null,
      owner_email text,
      raised_on date not null,
      due_on date not null,
      status text not null default 'open' check (status in ('open', 'in_progress', 'completed', 'dropped')),
      closed_at timestamptz,
      closed_on date,
      reminded_on date,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (due_on >= raised_on),
      check ((status in ('completed', 'dropped')) = (closed_at is not null))
    )`.execute(db)
  await sql`create index actions_group_idx on actions (group_id, created_at, id)`.execute(db)
  await sql`create index actions_meeting_idx on actions (meeting_id, created_at, id)`.execute(db)
  await sql`create index actions_item_idx on actions (agenda_item_id)`.execute(db)
  await sql`create index actions_view_idx on actions (view_id)`.execute(db)
  await sql`create index actions_list_idx on actions (created_at, id)`.execute(db)
  await sql`create index actions_open_due_idx on actions (due_on, id) where status in ('open', 'in_progress')`.execute(db)
  await sql`
    create table action_updates (
      id bigint generated always as identity primary key,
      action_id uuid not null references actions (id),
      at timestamptz not null default now(),
      by_caller text not null,
      note text not null,
      status text not null
    )`.execute(db)
  await sql`create index action_updates_action_idx on action_updates (action_id, id)`.execute(db)
  // The open actions a meeting carried as matters arising, fixed when it was held.
  await sql`
    create table matters_arising (
      meeting_id uuid not null references meetings (id),
      action_id uuid not null references actions (id),
      primary key (meeting_id, action_id)
    )`.execute(db)
  await sql`create index matters_arising_action_idx on matters_arising (action_id)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['matters_arising', 'action_updates', 'actions', 'views_raised', 'objections', 'minute_entries', 'minutes', 'attendance_entries', 'attendance_registers', 'papers', 'blob_chunks', 'blobs', 'contributions', 'declarations', 'agenda_items', 'meetings', 'representatives', 'groups']) {
    await sql`drop table ${sql.table(table)}`.execute(db)
  }
}
