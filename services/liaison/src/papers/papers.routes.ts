import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { CreatePaper, IdempotencyHeaders, IfMatchHeaders, LIAISON_PAPER_MAX_BYTES, Paper, Uuid, paperMediaTypes, ref } from '@postcare/contracts'
import { idempotentCreate, ifMatchVersion, problemResponse, setEtag } from '@postcare/platform'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import { LiaisonErrors, fieldProblem } from '../errors.js'
import { ItemParams, READ, WRITE, changeProblems, createProblems } from '../http.js'
import { fileNameOf, type PapersService } from './papers.service.js'

const tags = ['papers']
const Params = Type.Object({ groupId: ref(Uuid), meetingId: ref(Uuid), itemId: ref(Uuid), paperId: ref(Uuid) }, { additionalProperties: false })
const Binary = { type: 'string', format: 'binary', maxLength: LIAISON_PAPER_MAX_BYTES }
/** The types a caller may declare; the type kept is the one read from the content. */
const uploadTypes = [...paperMediaTypes, 'application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint', 'application/octet-stream']

export const paperRoutes: FastifyPluginAsyncTypebox<{ papers: PapersService; idempotencyRetentionHours: number }> = async (app, { papers, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>
  const base = '/v1/liaison/groups/:groupId/meetings/:meetingId/agenda-items/:itemId/papers'
  const at = (p: { groupId: string; meetingId: string; itemId: string }) => ({ groupId: p.groupId, meetingId: p.meetingId, itemId: p.itemId })

  app.post(base, {
    config: WRITE,
    schema: {
      operationId: 'createLiaisonPaper', tags, summary: 'Add a paper to an agenda item (its file follows with PUT …/content)',
      params: ItemParams, headers: IdempotencyHeaders, body: ref(CreatePaper), response: { 201: ref(Paper), ...createProblems }
    }
  }, async (req, reply) =>
    idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const paper = await papers.create(trx, at(req.params), req.body.title)
      return { statusCode: 201, body: paper, headers: { location: `${req.url}/${paper.id}`, etag: `"${paper.version}"` } }
    }))

  app.get(`${base}/:paperId`, {
    config: READ,
    schema: { operationId: 'getLiaisonPaper', tags, summary: 'Get a paper\'s details', params: Params, response: { 200: ref(Paper) } }
  }, async (req, reply) => {
    const paper = await papers.get(at(req.params), req.params.paperId)
    setEtag(reply, paper.version)
    return paper
  })

  app.get(`${base}/:paperId/content`, {
    config: READ,
    schema: {
      operationId: 'downloadLiaisonPaper', tags, summary: 'Download a paper\'s file', params: Params,
      response: {
        200: { description: 'The file, with the type read from its content.', content: Object.fromEntries(paperMediaTypes.map((t) => [t, { schema: Binary }])) },
        409: problemResponse('The paper has no file yet.')
      }
    }
  }, async (req, reply) => {
    const { paper, content } = await papers.download(at(req.params), req.params.paperId)
    setEtag(reply, paper.version)
    return reply
      .type(paper.mediaType!)
      .header('content-length', String(paper.sizeBytes))
      .header('content-disposition', `attachment; filename="${fileNameOf(paper)}"`)
      .send(Readable.from(content))
  })

  // The upload takes the file itself as the body, streamed to the store: a parser of its own that
  // hands the stream on, and no schema validation of a body that is not JSON.
  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>()
    scope.addContentTypeParser('*', (_req, payload, done) => done(null, payload))
    const inherited = scope.validatorCompiler!
    scope.setValidatorCompiler((route) => (route.httpPart === 'body' ? () => true : inherited(route)))
    scope.put(`${base}/:paperId/content`, {
      config: WRITE,
      bodyLimit: LIAISON_PAPER_MAX_BYTES,
      schema: {
        operationId: 'uploadLiaisonPaper', tags, summary: 'Upload (or replace) a paper\'s file',
        description: `A PDF, an office document or an image, at most ${LIAISON_PAPER_MAX_BYTES} bytes (20 MiB), sent as the body. Its type is read from its content (magic bytes), never from a name or the declared Content-Type: anything else is 415 LIAISON_PAPER_TYPE_NOT_ALLOWED and nothing is kept.`,
        params: Params, headers: IfMatchHeaders,
        body: { content: Object.fromEntries(uploadTypes.map((t) => [t, { schema: Binary }])) },
        response: { 200: ref(Paper), ...changeProblems, 415: problemResponse('Not a PDF, an office document or an image, or no body.') }
      }
    }, async (req, reply) => {
      const version = ifMatchVersion(req)!
      const body = req.body as unknown
      if (!(body instanceof Readable)) throw fieldProblem(LiaisonErrors.LIAISON_PAPER_TYPE_NOT_ALLOWED, 'body', 'must be the file itself (a PDF, an office document or an image), not JSON or nothing')
      const length = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length'])
      const paper = await papers.upload(at(req.params), req.params.paperId, version, body, length)
      setEtag(reply, paper.version)
      return paper
    })
  })
}
