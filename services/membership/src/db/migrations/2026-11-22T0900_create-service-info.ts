import { type Kysely, sql } from 'kysely'

// The first migration of a skeleton service: proves the schema, role and migrator work end to end.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table service_info (
      key text primary key,
      value text not null,
      updated_at timestamptz not null default now()
    )`.execute(db)
  await sql`insert into service_info (key, value) values ('schema_version', '1')`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table service_info`.execute(db)
}
