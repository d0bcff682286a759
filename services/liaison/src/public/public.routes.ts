/**
 * The public record's routes: no key (the gateway lets exactly these through, rate-limited per
 * address), read-only, and cacheable: what they serve is published by design, so it carries
 * `Cache-Control: public` and an ETag of its content, and a conditional GET costs a 304.
 */
import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { PublicMeeting, PublicMeetingListQuery, PublicMeetingPage, PublicMeetingQuery, Uuid, paperMediaTypes, ref } from '@postcare/contracts'
import { problemResponse } from '@postcare/platform'
import type { FastifyReply } from 'fastify'
import Type from 'typebox'
import { fileNameOf } from '../papers/papers.service.js'
import type { PublicLanguage, PublicRecordService } from './public.service.js'

const tags = ['public-record']
const Params = Type.Object({ meetingId: ref(Uuid) }, { additionalProperties: false })
const PaperParams = Type.Object({ meetingId: ref(Uuid), paperId: ref(Uuid) }, { additionalProperties: false })
const problems = {
  400: problemResponse('A parameter is not valid; `errors` names it.'),
  404: problemResponse('Not on the public record.'),
  429: problemResponse('Too many requests from this address; see Retry-After.'),
  503: problemResponse('Temporarily unavailable; see Retry-After.')
}
/** Public: no credentials, so no security requirement in the document. */
const open = { security: [] as never[] }

export const publicRoutes: FastifyPluginAsyncTypebox<{ record: PublicRecordService; maxAgeSeconds: number }> = async (app, { record, maxAgeSeconds }) => {
  const cacheable = (reply: FastifyReply, body: unknown, lang?: string) => {
    const tag = createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 32)
    reply.header('etag', `"${tag}"`).header('cache-control', `public, max-age=${maxAgeSeconds}`)
    if (lang) reply.header('content-language', lang)
    return body
  }

  app.get('/v1/liaison/public/meetings', {
    config: { public: true },
    schema: {
      operationId: 'listLiaisonPublicMeetings', tags, ...open, summary: 'The public record: meetings whose agenda is published, latest first',
      description: 'No key needed. In English or Traditional Chinese (`lang`). Cacheable (ETag, Cache-Control: public).',
      querystring: PublicMeetingListQuery, response: { 200: ref(PublicMeetingPage), ...problems }
    }
  }, async (req, reply) => {
    const lang = (req.query.lang ?? 'en') as PublicLanguage
    return cacheable(reply, await record.list(lang, req.query.groupId, req.query.limit ?? 20, req.query.cursor), lang)
  })

  app.get('/v1/liaison/public/meetings/:meetingId', {
    config: { public: true },
    schema: {
      operationId: 'getLiaisonPublicMeeting', tags, ...open, summary: 'The public record of a meeting: its published agenda and, once confirmed and published, its minutes and attendance',
      description: 'Only the public items, their papers and their minutes; nothing confidential; members of the public who have not consented are shown by their constituency, never by name.',
      params: Params, querystring: PublicMeetingQuery, response: { 200: ref(PublicMeeting), ...problems }
    }
  }, async (req, reply) => {
    const lang = (req.query.lang ?? 'en') as PublicLanguage
    return cacheable(reply, await record.get(req.params.meetingId, lang), lang)
  })

  app.get('/v1/liaison/public/meetings/:meetingId/papers/:paperId', {
    config: { public: true },
    schema: {
      operationId: 'downloadLiaisonPublicPaper', tags, ...open, summary: 'A public paper\'s file', params: PaperParams,
      response: { 200: { description: 'The file.', content: Object.fromEntries(paperMediaTypes.map((t) => [t, { schema: { type: 'string', format: 'binary', maxLength: 20 * 1024 * 1024 } }])) }, ...problems }
    }
  }, async (req, reply) => {
    const { paper, content } = await record.paper(req.params.meetingId, req.params.paperId)
    return reply
      .header('etag', `"${paper.sha256}"`)
      .header('cache-control', `public, max-age=${maxAgeSeconds}`)
      .type(paper.mediaType)
      .header('content-length', String(paper.sizeBytes))
      .header('content-disposition', `attachment; filename="${fileNameOf(paper)}"`)
      .send(Readable.from(content))
  })
}
