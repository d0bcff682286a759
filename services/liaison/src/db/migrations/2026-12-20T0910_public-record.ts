import { type Kysely, sql } from 'kysely'

/**
 * The public record, as views that hold nothing confidential, granted to the read-only role
 * postcare_liaison_public and to nobody else. That role has no privilege on any table: a view runs
 * with its owner's rights, so the role reads what the views select and nothing more. What a view
 * leaves out is left out by its definition, not by a filter applied after a query:
 *  - meetings only once their agenda is published; never the online link;
 *  - agenda items, their papers and their minutes only when the item is public (now: an item made
 *    confidential later disappears at once, one made public appears);
 *  - minutes and attendance only once the minutes are confirmed and published; the minutes' text
 *    is the copy kept for the public (names without consent already replaced);
 *  - a representative's name only for officials and those who consented (and are not erased).
 * security_barrier keeps a caller's own conditions from being evaluated before the views' own.
 */
const views = ['public_meetings', 'public_agenda_items', 'public_papers', 'public_paper_chunks', 'public_minutes', 'public_attendance']

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create view public_meetings with (security_barrier) as
    select m.id, m.group_id, g.name_en as group_en, g.name_zh as group_zh, m.title_en, m.title_zh, m.start_at, m.end_at, m.venue, m.chair_name,
           case m.status when 'published' then 'minutes_published' when 'minutes_drafted' then 'held' when 'minutes_confirmed' then 'held' else m.status end as status,
           m.status = 'published' as minutes_published
    from meetings m join groups g on g.id = m.group_id
    where m.agenda_published_at is not null`.execute(db)
  await sql`
    create view public_agenda_items with (security_barrier) as
    select a.id, a.meeting_id, a.position, a.title_en, a.title_zh, a.category
    from agenda_items a join meetings m on m.id = a.meeting_id
    where m.agenda_published_at is not null and a.visibility = 'public'`.execute(db)
  await sql`
    create view public_papers with (security_barrier) as
    select p.id, p.agenda_item_id, a.meeting_id, p.title_en, p.title_zh, p.media_type, p.size_bytes, p.sha256
    from papers p join public_agenda_items a on a.id = p.agenda_item_id
    where p.status = 'ready'`.execute(db)
  await sql`
    create view public_paper_chunks with (security_barrier) as
    select pp.id as paper_id, pp.meeting_id, c.seq, c.data
    from public_papers pp join papers p on p.id = pp.id join blob_chunks c on c.key = p.blob_key`.execute(db)
  await sql`
    create view public_minutes with (security_barrier) as
    select e.meeting_id, e.agenda_item_id, e.public_discussion_en as discussion_en, e.public_discussion_zh as discussion_zh,
           e.public_decisions_en as decisions_en, e.public_decisions_zh as decisions_zh
    from minute_entries e
    join public_agenda_items a on a.id = e.agenda_item_id
    join minutes mi on mi.meeting_id = e.meeting_id
    join meetings m on m.id = e.meeting_id
    where m.status = 'published' and mi.status = 'confirmed'`.execute(db)
  await sql`
    create view public_attendance with (security_barrier) as
    select e.meeting_id, r.constituency, r.position, e.status,
           case when r.constituency = 'official' or (r.consent_to_publish_name and r.erased_at is null) then r.name end as name,
           case when r.constituency = 'official' or (r.consent_to_publish_name and r.erased_at is null) then r.organisation end as organisation
    from attendance_entries e
    join representatives r on r.id = e.representative_id
    join meetings m on m.id = e.meeting_id
    where m.status = 'published'`.execute(db)
  for (const view of views) await sql`grant select on ${sql.table(view)} to postcare_liaison_public`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const view of [...views].reverse()) await sql`drop view ${sql.table(view)}`.execute(db)
}
