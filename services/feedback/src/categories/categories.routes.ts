import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CategoryCode, CreateFeedbackCategory, FeedbackCategory, FeedbackCategoryList, IfMatchHeaders, UpdateFeedbackCategory, ref } from '@postcare/contracts'
import { ifMatchVersion, problemResponse, setEtag } from '@postcare/platform'
import type { Kysely } from 'kysely'
import Type from 'typebox'
import type { Database } from '../db/database.js'
import type { CategoriesService } from './categories.service.js'

const tags = ['categories']
const Params = Type.Object({ code: ref(CategoryCode) }, { additionalProperties: false })

export const categoryRoutes: FastifyPluginAsyncTypebox<{ categories: CategoriesService }> = async (app, { categories }) => {
  const db = app.db as Kysely<Database>

  app.get('/v1/feedback/categories', {
    config: { scope: 'feedback:read' },
    schema: { operationId: 'listFeedbackCategories', tags, summary: 'The feedback category taxonomy', description: 'Inactive categories are kept for old items but refused for new ones.', response: { 200: ref(FeedbackCategoryList) } }
  }, async () => ({ items: await categories.list() }))

  app.post('/v1/feedback/categories', {
    config: { scope: 'feedback:manage', network: true },
    schema: { operationId: 'createFeedbackCategory', tags, summary: 'Add a category', body: ref(CreateFeedbackCategory), response: { 201: ref(FeedbackCategory), 409: problemResponse('The code exists.') } }
  }, async (req, reply) => {
    const category = await db.transaction().execute((trx) => categories.create(trx, req.body))
    setEtag(reply, category.version)
    return reply.code(201).header('location', `/v1/feedback/categories/${category.code}`).send(category)
  })

  app.patch('/v1/feedback/categories/:code', {
    config: { scope: 'feedback:manage', network: true },
    schema: {
      operationId: 'updateFeedbackCategory', tags, summary: 'Rename, retire or restore a category', params: Params, headers: IfMatchHeaders, body: ref(UpdateFeedbackCategory),
      response: { 200: ref(FeedbackCategory), 412: problemResponse('Stale If-Match.'), 428: problemResponse('If-Match missing.') }
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const category = await db.transaction().execute((trx) => categories.update(trx, req.params.code, version, req.body))
    setEtag(reply, category.version)
    return category
  })
}
