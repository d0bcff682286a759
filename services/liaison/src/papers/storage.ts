/**
 * Where papers' files are kept, behind a small interface so an S3-compatible object store can take
 * the place of the default: PostgreSQL, a blob row and its content in chunks of 256 KiB
 * (`blobs`, `blob_chunks`). A file is written and read a chunk at a time, never held whole: a
 * 20 MB upload is in memory at most a chunk and a half at once. A write is one transaction, so a
 * failed or refused upload leaves nothing behind; while it streams, that transaction waits on the
 * client between chunks (bounded by the database's idle-in-transaction timeout).
 */
import { createHash, randomUUID } from 'node:crypto'
import { PlatformErrors } from '@postcare/platform'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'

export interface StoredBlob {
  key: string
  sizeBytes: number
  sha256: string
}

export interface PaperStore {
  /** Stores `content`, refusing it (413 BODY_TOO_LARGE) once it passes `maxBytes`; answers its key, size and SHA-256. */
  put(content: AsyncIterable<Buffer>, maxBytes: number): Promise<StoredBlob>
  /** The content stored under `key`, a chunk at a time. */
  read(key: string): AsyncIterable<Buffer>
  /** Forgets `key` (a file replaced, or stored for an upload that then failed). */
  remove(key: string): Promise<void>
}

export const CHUNK_BYTES = 256 * 1024

/** `source` cut into pieces of exactly `size` bytes (the last one shorter), holding at most one piece and one incoming buffer. */
export async function* rechunk(source: AsyncIterable<Buffer>, size: number): AsyncIterable<Buffer> {
  let parts: Buffer[] = []
  let held = 0
  for await (const buffer of source) {
    parts.push(buffer)
    held += buffer.length
    while (held >= size) {
      const all = Buffer.concat(parts)
      yield all.subarray(0, size)
      parts = [all.subarray(size)]
      held = all.length - size
    }
  }
  if (held > 0) yield Buffer.concat(parts)
}

export function postgresPaperStore(db: Kysely<Database>): PaperStore {
  return {
    async put(content, maxBytes) {
      const key = randomUUID()
      const hash = createHash('sha256')
      return db.transaction().execute(async (trx) => {
        await trx.insertInto('blobs').values({ key, sizeBytes: 0, sha256: '' }).execute()
        let size = 0
        let seq = 0
        for await (const chunk of rechunk(content, CHUNK_BYTES)) {
          size += chunk.length
          if (size > maxBytes) throw PlatformErrors.BODY_TOO_LARGE(`A paper is at most ${maxBytes} bytes.`)
          hash.update(chunk)
          await trx.insertInto('blobChunks').values({ key, seq: seq++, data: chunk }).execute()
        }
        const sha256 = hash.digest('hex')
        await trx.updateTable('blobs').set({ sizeBytes: size, sha256 }).where('key', '=', key).execute()
        return { key, sizeBytes: size, sha256 }
      })
    },
    async *read(key) {
      for (let seq = 0; ; seq++) {
        const row = await db.selectFrom('blobChunks').select('data').where('key', '=', key).where('seq', '=', seq).executeTakeFirst()
        if (!row) return
        yield row.data
      }
    },
    async remove(key) {
      await db.deleteFrom('blobs').where('key', '=', key).execute()
    }
  }
}
