import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CategoryCode, CreateFeedbackCategory, FeedbackCategory, FeedbackCategoryList, IfMatchHeaders, UpdateFeedbackCategory, ref } from '@postcare/contracts'
import { ifMatchVersion, iso, problemResponse, setEtag, versionedUpdate } from '@postcare/platform'
import type { Kysely, Selectable } from 'kysely'
import Type from 'typebox'
import type { CategoryTable, Database } from '../db/database.js'
import { FeedbackErrors, pgCode } from '../errors.js'

const tags = ['categories']
const Params = Type.Object({ code: ref(CategoryCode) }, { additionalProperties: false })

const toCategory = (r: Selectable<CategoryTable>) => ({ code: r.code, name: r.name, active: r.active, version: r.version, createdAt: iso(r.createdAt) })

export const categoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = app.db as Kysely<Database>
  const view = (r: Selectable<CategoryTable>) => {
    const { createdAt: _createdAt, ...c } = toCategory(r)
    return c
  }

  app.get('/v1/feedback/categories', {
    config: { scope: 'feedback:read' },
    schema: { operationId: 'listFeedbackCategories', tags, summary: 'The feedback category taxonomy', description: 'Inactive categories are kept for old items but refused for new ones.', response: { 200: ref(FeedbackCategoryList) } }
  }, async () => ({ items: (await db.selectFrom('categories').selectAll().orderBy('code').execute()).map(view) }))

  app.post('/v1/feedback/categories', {
    config: { scope: 'feedback:manage', network: true },
    schema: { operationId: 'createFeedbackCategory', tags, summary: 'Add a category', body: ref(CreateFeedbackCategory), response: { 201: ref(FeedbackCategory), 409: problemResponse('The code exists.') } }
  }, async (req, reply) => {
    try {
      const row = await db.insertInto('categories').values(req.body).returningAll().executeTakeFirstOrThrow()
      setEtag(reply, row.version)
      return reply.code(201).header('location', `/v1/feedback/categories/${row.code}`).send(view(row))
    } catch (err) {
      if (pgCode(err) === '23505') throw FeedbackErrors.FEEDBACK_CATEGORY_EXISTS(`Category ${req.body.code} exists.`, { errors: [{ field: 'body/code', message: 'is already taken' }] })
      throw err
    }
  })

  app.patch('/v1/feedback/categories/:code', {
    config: { scope: 'feedback:manage', network: true },
    schema: {
      operationId: 'updateFeedbackCategory', tags, summary: 'Rename, retire or restore a category', params: Params, headers: IfMatchHeaders, body: ref(UpdateFeedbackCategory),
      response: { 200: ref(FeedbackCategory), 412: problemResponse('Stale If-Match.'), 428: problemResponse('If-Match missing.') }
    }
  }, async (req, reply) => {
    const row = await versionedUpdate<Selectable<CategoryTable>>(db, 'categories', { code: req.params.code }, ifMatchVersion(req)!, { ...req.body }, () =>
      FeedbackErrors.FEEDBACK_CATEGORY_NOT_FOUND(`No category ${req.params.code}.`)
    )
    setEtag(reply, row.version)
    return view(row)
  })
}
