/**
 * What a paper is, read from its first bytes (file-type's magic numbers, which look inside ZIP
 * containers to tell a Word document from a spreadsheet), never from its name or the type the
 * caller declared. Only PDF, office documents and images are papers.
 */
import { paperMediaTypes } from '@postcare/contracts'
import { fileTypeFromBuffer } from 'file-type'
import { LiaisonErrors, fieldProblem } from '../errors.js'

/** Enough of the start of a file to recognise it (an Office Open XML file's first ZIP entries). */
const HEAD_BYTES = 64 * 1024

export interface Sniffed {
  mediaType: (typeof paperMediaTypes)[number]
  /** The whole content again, from its first byte. */
  content: AsyncIterable<Buffer>
}

/** Reads the start of `source`, refuses it (415, nothing stored) unless it is a paper, and answers its type and the whole content. */
export async function sniffPaper(source: AsyncIterable<Buffer>): Promise<Sniffed> {
  const iterator = source[Symbol.asyncIterator]()
  const head: Buffer[] = []
  let held = 0
  let done = false
  while (held < HEAD_BYTES) {
    const next = await iterator.next()
    if (next.done) {
      done = true
      break
    }
    head.push(next.value)
    held += next.value.length
  }
  const start = Buffer.concat(head)
  if (start.length === 0) throw fieldProblem(LiaisonErrors.LIAISON_PAPER_TYPE_NOT_ALLOWED, 'body', 'is empty: send the file as the body')
  const type = await fileTypeFromBuffer(start.subarray(0, HEAD_BYTES))
  const mediaType = paperMediaTypes.find((t) => t === type?.mime)
  if (!mediaType) {
    throw fieldProblem(LiaisonErrors.LIAISON_PAPER_TYPE_NOT_ALLOWED, 'body', `is ${type ? `a ${type.mime} file` : 'not a file type recognised from its content'}; a paper is a PDF, an office document or an image (${paperMediaTypes.join(', ')})`)
  }
  async function* content(): AsyncIterable<Buffer> {
    yield start
    if (done) return
    for (;;) {
      const next = await iterator.next()
      if (next.done) return
      yield next.value
    }
  }
  return { mediaType, content: content() }
}
