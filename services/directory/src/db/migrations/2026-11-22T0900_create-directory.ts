import { type Kysely, sql } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table districts (
      code text primary key check (code ~ '^[A-Z]{3}$'),
      name text not null,
      area text not null,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db)
  await sql`
    create table offices (
      code text primary key check (code ~ '^[A-Z]{3}[0-9]{3}$'),
      name text not null,
      district_code text not null references districts (code),
      region_class text not null check (region_class in ('urban', 'rural', 'coastal', 'island_remote')),
      address text not null,
      status text not null default 'open' check (status in ('open', 'closed')),
      opened_on date not null,
      closed_on date,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((status = 'closed') = (closed_on is not null))
    )`.execute(db)
  await sql`create index offices_district_code_idx on offices (district_code, code)`.execute(db)
  await sql`create index offices_region_class_idx on offices (region_class, code)`.execute(db)
  await sql`
    create table staff (
      id text primary key check (id ~ '^S[0-9]{6}$'),
      name text not null,
      grade text not null,
      office_code text not null references offices (code),
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db)
  await sql`create index staff_office_code_idx on staff (office_code, id)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table staff`.execute(db)
  await sql`drop table offices`.execute(db)
  await sql`drop table districts`.execute(db)
}
