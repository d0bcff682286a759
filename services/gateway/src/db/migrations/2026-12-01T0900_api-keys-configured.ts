import { type Kysely, sql } from 'kysely'

// Keys registered from configuration (the admin key, each service's own key) are marked so that
// the API can refuse to revoke them. Existing rows start unmarked: the gateway marks its
// configured keys again at every start, before it listens.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table api_keys add column configured boolean not null default false`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table api_keys drop column configured`.execute(db)
}
