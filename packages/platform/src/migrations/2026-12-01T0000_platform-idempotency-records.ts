import { type Kysely, sql } from 'kysely'

/**
 * A stored create answer names the records it disclosed (`records`), so that an erasure finds the
 * answers holding a person's data through an index instead of scanning their text. Rows already
 * stored name what their answers show at the top level, in `ids`, or in batch results.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table idempotency_keys add column records text[] not null default '{}'`.execute(db)
  await sql`
    update idempotency_keys set records = array(
      select distinct r from (
        select response_body ->> 'id' as r where jsonb_typeof(response_body) = 'object'
        union all select jsonb_array_elements_text(case when jsonb_typeof(response_body -> 'ids') = 'array' then response_body -> 'ids' else '[]'::jsonb end)
        union all select x -> 'item' ->> 'id' from jsonb_array_elements(case when jsonb_typeof(response_body -> 'results') = 'array' then response_body -> 'results' else '[]'::jsonb end) x
      ) found where r is not null)`.execute(db)
  await sql`create index idempotency_keys_records_idx on idempotency_keys using gin (records)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table idempotency_keys drop column records`.execute(db)
}
