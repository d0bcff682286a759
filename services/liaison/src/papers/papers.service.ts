/** Papers of an agenda item: created with a title, then their file uploaded (and replaced) with If-Match. */
import type { Paper } from '@postcare/contracts'
import { LIAISON_PAPER_MAX_BYTES } from '@postcare/contracts'
import { PlatformErrors, preconditionFailed, versionedUpdate } from '@postcare/platform'
import type { Kysely, Transaction } from 'kysely'
import { agendaRepository, type PaperRow } from '../agenda/agenda.repository.js'
import { toPaper, type AgendaService } from '../agenda/agenda.service.js'
import type { Database } from '../db/database.js'
import { LiaisonErrors } from '../errors.js'
import type { MeetingsService } from '../meetings/meetings.service.js'
import { sniffPaper } from './media-type.js'
import type { PaperStore } from './storage.js'

export interface PaperPath {
  groupId: string
  meetingId: string
  itemId: string
}

export function papersService(db: Kysely<Database>, meetings: MeetingsService, agenda: AgendaService, store: PaperStore, now: () => Date) {
  const notFound = (id: string) => () => LiaisonErrors.LIAISON_PAPER_NOT_FOUND(`No paper ${id} under this agenda item.`)

  async function load(at: PaperPath, id: string, r: Kysely<Database> = db): Promise<PaperRow> {
    await meetings.load(at.groupId, at.meetingId)
    await agenda.loadItem(at.meetingId, at.itemId)
    const row = await r.selectFrom('papers').selectAll().where('agendaItemId', '=', at.itemId).where('id', '=', id).executeTakeFirst()
    if (!row) throw notFound(id)()
    return row
  }

  return {
    async get(at: PaperPath, id: string): Promise<Paper> {
      return toPaper(await load(at, id))
    },
    async create(trx: Transaction<Database>, at: PaperPath, title: { en: string; 'zh-Hant': string }): Promise<Paper> {
      const meeting = await agenda.lockMeeting(trx, at.groupId, at.meetingId)
      if (meeting.status === 'cancelled') throw LiaisonErrors.LIAISON_ILLEGAL_TRANSITION(`Meeting ${at.meetingId} is cancelled.`, { allowed: [] })
      await agenda.loadItem(at.meetingId, at.itemId, agendaRepository(trx))
      const row = await trx.insertInto('papers').values({ agendaItemId: at.itemId, titleEn: title.en, titleZh: title['zh-Hant'] }).returningAll().executeTakeFirstOrThrow()
      await agendaRepository(trx).touch(at.itemId)
      return toPaper(row)
    },
    /**
     * Stores the file (its type read from its content), then points the paper at it with If-Match;
     * the file it replaces goes, and a file stored for an upload that then failed goes too.
     */
    async upload(at: PaperPath, id: string, expected: number, body: AsyncIterable<Buffer>, declaredLength: number | undefined): Promise<Paper> {
      const current = await load(at, id)
      if (current.version !== expected) preconditionFailed(current.version)
      if (declaredLength !== undefined && declaredLength > LIAISON_PAPER_MAX_BYTES) throw PlatformErrors.BODY_TOO_LARGE(`A paper is at most ${LIAISON_PAPER_MAX_BYTES} bytes.`)
      const { mediaType, content } = await sniffPaper(body)
      const blob = await store.put(content, LIAISON_PAPER_MAX_BYTES)
      try {
        const row = await db.transaction().execute(async (trx) => {
          const updated = await versionedUpdate<PaperRow>(trx, 'papers', { id }, expected, {
            status: 'ready', mediaType, sizeBytes: blob.sizeBytes, sha256: blob.sha256, blobKey: blob.key, uploadedAt: now()
          }, notFound(id))
          await agendaRepository(trx).touch(at.itemId)
          return updated
        })
        if (current.blobKey) await store.remove(current.blobKey).catch(() => {})
        return toPaper(row)
      } catch (err) {
        await store.remove(blob.key).catch(() => {})
        throw err
      }
    },
    async download(at: PaperPath, id: string): Promise<{ paper: PaperRow; content: AsyncIterable<Buffer> }> {
      const paper = await load(at, id)
      if (!paper.blobKey) throw LiaisonErrors.LIAISON_PAPER_NOT_READY(`Paper ${id} has no file yet: upload it with PUT …/content.`)
      return { paper, content: store.read(paper.blobKey) }
    }
  }
}
export type PapersService = ReturnType<typeof papersService>

/** The file name a paper is offered under: its id, with the extension of its type. */
export function fileNameOf(paper: { id: string; mediaType: string | null }): string {
  const ext: Record<string, string> = {
    'application/pdf': 'pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
    'application/vnd.oasis.opendocument.text': 'odt',
    'application/vnd.oasis.opendocument.spreadsheet': 'ods',
    'application/vnd.oasis.opendocument.presentation': 'odp',
    'application/x-cfb': 'doc',
    'image/png': 'png',
    'image/jpeg': 'jpg',
    'image/gif': 'gif',
    'image/webp': 'webp',
    'image/tiff': 'tiff'
  }
  return `paper-${paper.id}.${ext[paper.mediaType ?? ''] ?? 'bin'}`
}

