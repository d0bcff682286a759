import { type Kysely, sql } from 'kysely'

/**
 * An invitation for a person asked within the re-contact period is recorded as `suppressed`
 * instead of being refused: the caller gets the same answer as for anyone else (a refusal told any
 * `survey:write` key whether and when a person had been contacted), nothing is ever sent for it,
 * and its token is refused as an expired one is. Only invitations that were not suppressed count
 * for the re-contact rule, so a run of suppressed ones does not push the next real one away.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table invitations add column suppressed boolean not null default false`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table invitations drop column suppressed`.execute(db)
}
