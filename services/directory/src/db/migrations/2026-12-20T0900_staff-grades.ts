import { type Kysely, sql } from 'kysely'

/**
 * Staff grades become a closed list, with the senior officials who chair the liaison groups (up to
 * the Postmaster General). The list is written out here, not imported: a migration is frozen.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table staff add constraint staff_grade_check check (grade in (
      'postmaster', 'assistant_postmaster', 'postal_officer', 'counter_clerk', 'postman', 'customer_service_officer', 'account_manager',
      'chief_postmaster', 'assistant_postmaster_general', 'deputy_postmaster_general', 'postmaster_general'
    ))`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table staff drop constraint staff_grade_check`.execute(db)
}
