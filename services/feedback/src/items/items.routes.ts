import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import {
  AcknowledgeFeedbackItem, AddFeedbackNote, AssignFeedbackItem, CloseFeedbackItem, CreateFeedbackBatch, CreateFeedbackItem, FeedbackBatchResponse, FeedbackExportQuery,
  FeedbackItem, FeedbackItemPage, FeedbackItemParams, FeedbackListQuery, IdempotencyHeaders, IfMatchHeaders, ReasonedCommand, RespondToFeedbackItem, Timeline,
  TimelineEntry, UpdateFeedbackItem, ref
} from '@postcare/contracts'
import { idempotentCreate, ifMatchVersion, problemBody, problemFromError, problemResponse, setEtag } from '@postcare/platform'
import type { FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/database.js'
import { toCsvLine, csvHeader, exportRecord } from './items.export.js'
import type { Caller, ItemsService } from './items.service.js'
import { toEntry } from './items.view.js'
import type { Command } from './items.workflow.js'

const tags = ['feedback']

export interface ItemRoutesOptions {
  items: ItemsService
  idempotencyRetentionHours: number
}

const caller = (req: FastifyRequest): Caller => ({ identity: req.identity, requestId: String(req.id) })

const changeResponses = {
  200: ref(FeedbackItem),
  409: problemResponse('Not allowed in the current state; `allowed` names the commands that are.'),
  412: problemResponse('Stale If-Match: read the item again.'),
  422: problemResponse('The change is not acceptable; `errors` names the field.'),
  428: problemResponse('If-Match missing.')
}

interface CommandRoute {
  command: Command
  operationId: string
  summary: string
  description: string
  body?: typeof AcknowledgeFeedbackItem | typeof ReasonedCommand | typeof RespondToFeedbackItem | typeof CloseFeedbackItem
  bodyOptional?: boolean
}

const commandRoutes: CommandRoute[] = [
  { command: 'acknowledge', operationId: 'acknowledgeFeedbackItem', summary: 'Acknowledge an item', description: 'Records the acknowledgement (optionally the message sent) and whether it met the acknowledgement pledge. The body may be omitted.', body: AcknowledgeFeedbackItem, bodyOptional: true },
  { command: 'investigate', operationId: 'investigateFeedbackItem', summary: 'Start (or resume) investigating a complaint', description: 'From acknowledged, or from responded when the reply did not settle it.' },
  { command: 'await-customer', operationId: 'awaitFeedbackCustomer', summary: 'Wait for the customer', description: 'Asks the customer for something; the reply clock pauses until `resume`.', body: ReasonedCommand },
  { command: 'resume', operationId: 'resumeFeedbackItem', summary: 'Resume after the customer answered', description: 'The working days spent waiting are added to the reply deadline.' },
  { command: 'respond', operationId: 'respondToFeedbackItem', summary: 'Send the substantive reply', description: 'Records the reply sent to the customer and whether it met the pledge for the current stage.', body: RespondToFeedbackItem },
  { command: 'escalate', operationId: 'escalateFeedbackItem', summary: 'Escalate a complaint to its next stage', description: 'frontline → investigation → review_panel → external_dispute_resolution; each stage sets its own reply deadline.', body: ReasonedCommand },
  { command: 'forward', operationId: 'forwardFeedbackItem', summary: 'Forward a commendation', description: 'To the staff member concerned and their office (or the office it names).' },
  { command: 'close', operationId: 'closeFeedbackItem', summary: 'Close an item', description: 'A complaint needs its outcome, the remedy given (not empty unless the outcome is not_upheld or withdrawn) and a root cause; for other kinds the body may be omitted.', body: CloseFeedbackItem, bodyOptional: true },
  { command: 'reopen', operationId: 'reopenFeedbackItem', summary: 'Reopen a closed complaint or suggestion', description: 'Clears the outcome and sets a new reply deadline for the current stage.', body: ReasonedCommand }
]

export const itemRoutes: FastifyPluginAsyncTypebox<ItemRoutesOptions> = async (app, { items, idempotencyRetentionHours }) => {
  const db = app.db as Kysely<Database>

  app.post('/v1/feedback/items', {
    config: { scope: 'feedback:write' },
    schema: {
      operationId: 'createFeedbackItem', tags, summary: 'Submit a complaint, commendation or suggestion',
      description: 'Office-bound callers (counter terminals) may only submit for their own office. Send an Idempotency-Key so retries cannot create duplicates.',
      headers: IdempotencyHeaders, body: ref(CreateFeedbackItem),
      response: {
        201: ref(FeedbackItem),
        403: problemResponse('An office-bound caller submitted for another office.'),
        409: problemResponse('A request with this Idempotency-Key is still in flight.'),
        422: problemResponse('Unknown office, staff or category, a reply that cannot be sent, or a reused Idempotency-Key; `errors` names the field.')
      }
    }
  }, async (req, reply) =>
    idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const [outcome] = await items.create(trx, [req.body], caller(req), () => 'body')
      if (!outcome || 'error' in outcome) throw outcome?.error ?? new Error('no outcome')
      const [item] = items.present([outcome.row])
      return { statusCode: 201, body: item!, headers: { location: `/v1/feedback/items/${item!.id}`, etag: `"${item!.version}"` } }
    })
  )

  app.post('/v1/feedback/items/batch', {
    config: { scope: 'feedback:write' },
    schema: {
      operationId: 'createFeedbackItemBatch', tags, summary: 'Submit up to 1,000 items at once',
      description: 'For offline terminals and imports. A body that does not match the schema is refused whole (400, with the item index in each field); otherwise each item is created or refused on its own, with its result at its index.',
      headers: IdempotencyHeaders, body: ref(CreateFeedbackBatch),
      response: { 200: ref(FeedbackBatchResponse), 409: problemResponse('A request with this Idempotency-Key is still in flight.'), 422: problemResponse('The Idempotency-Key was used for another request.') }
    }
  }, async (req, reply) =>
    idempotentCreate(db, req, reply, { retentionHours: idempotencyRetentionHours }, async (trx) => {
      const outcomes = await items.create(trx, req.body.items, caller(req), (i) => `body/items/${i}`)
      const created = items.present(outcomes.flatMap((o) => ('row' in o ? [o.row] : [])))
      const byId = new Map(created.map((i) => [i.id, i]))
      const results = outcomes.map((o) => {
        if ('row' in o) return { index: o.index, status: 201, item: byId.get(o.row.id)! }
        const problem = problemFromError(o.error, req)
        return {
          index: o.index,
          status: problem.statusCode,
          problem: problemBody(problem, String(req.id))
        }
      })
      const n = created.length
      return { statusCode: 200, body: { created: n, rejected: results.length - n, results }, records: created.map((i) => i.id) }
    })
  )

  app.get('/v1/feedback/items', {
    config: { scope: 'feedback:read' },
    schema: {
      operationId: 'listFeedbackItems', tags, summary: 'Find feedback items',
      description: 'Newest received first. Filters combine; `queue` selects a work queue. Contact details are masked without `personal-data:read`.',
      querystring: FeedbackListQuery, response: { 200: ref(FeedbackItemPage) }
    }
  }, async (req) => {
    const { limit = 50, cursor, ...filter } = req.query
    const page = await items.list(filter, caller(req), limit, cursor)
    return { items: items.present(page.items), nextCursor: page.nextCursor }
  })

  app.get('/v1/feedback/items/export', {
    config: { scope: 'feedback:read', disclosure: 'personal_data.export' },
    schema: {
      operationId: 'exportFeedbackItems', tags, summary: 'Export feedback items as CSV or NDJSON',
      description: 'Streams every item matching the filters (same as the list), newest first, without paging. Contact details are masked without `personal-data:read`.',
      querystring: FeedbackExportQuery,
      response: {
        200: {
          description: 'One item per line.',
          content: {
            'text/csv': { schema: { type: 'string', maxLength: 2147483647 } },
            'application/x-ndjson': { schema: { type: 'string', maxLength: 2147483647 } }
          }
        }
      }
    }
  }, async (req, reply) => {
    const { format = 'ndjson', ...filter } = req.query
    const who = caller(req)
    async function* lines() {
      if (format === 'csv') yield csvHeader
      for await (const rows of items.scan(filter, who)) {
        const page = (await app.discloseRecords(req, 'FeedbackItem', items.present(rows))) as FeedbackItem[]
        yield page.map((item) => (format === 'csv' ? toCsvLine(exportRecord(item)) : `${JSON.stringify(item)}\n`)).join('')
      }
    }
    reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
    reply.header('content-disposition', `attachment; filename="feedback.${format === 'csv' ? 'csv' : 'ndjson'}"`)
    // The declared body is a string per line format; what is sent is a stream of those lines.
    return reply.send(Readable.from(lines()) as unknown as string)
  })

  app.get('/v1/feedback/items/:itemId', {
    config: { scope: 'feedback:read' },
    schema: { operationId: 'getFeedbackItem', tags, summary: 'Get a feedback item', params: FeedbackItemParams, response: { 200: ref(FeedbackItem) } }
  }, async (req, reply) => {
    const [item] = items.present([await items.get(req.params.itemId, caller(req))])
    setEtag(reply, item!.version)
    return item!
  })

  app.patch('/v1/feedback/items/:itemId', {
    config: { scope: 'feedback:write' },
    schema: { operationId: 'updateFeedbackItem', tags, summary: 'Correct an item\'s details', params: FeedbackItemParams, headers: IfMatchHeaders, body: ref(UpdateFeedbackItem), response: changeResponses }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const row = await db.transaction().execute((trx) => items.update(trx, req.params.itemId, version, req.body, caller(req)))
    const [item] = items.present([row])
    setEtag(reply, item!.version)
    return item!
  })

  for (const route of commandRoutes) {
    app.post(`/v1/feedback/items/:itemId/${route.command}`, {
      config: { scope: 'feedback:write' },
      schema: {
        operationId: route.operationId, tags, summary: route.summary, description: route.description, params: FeedbackItemParams, headers: IfMatchHeaders,
        ...(route.body ? { body: ref(route.body) } : {}),
        response: changeResponses
      },
      // Bodies whose fields are all optional may be left out altogether.
      ...(route.bodyOptional ? { preValidation: async (req: FastifyRequest) => { req.body ??= {} } } : {})
    }, async (req, reply) => {
      const version = ifMatchVersion(req)!
      const body = (req.body ?? {}) as Record<string, unknown>
      const row = await db.transaction().execute((trx) => items.command(trx, req.params.itemId, version, route.command, body, caller(req)))
      const [item] = items.present([row])
      setEtag(reply, item!.version)
      return item!
    })
  }

  app.post('/v1/feedback/items/:itemId/assign', {
    config: { scope: 'feedback:write' },
    schema: { operationId: 'assignFeedbackItem', tags, summary: 'Assign an item to a team and an officer', description: 'Null clears either.', params: FeedbackItemParams, headers: IfMatchHeaders, body: ref(AssignFeedbackItem), response: changeResponses }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const row = await db.transaction().execute((trx) => items.assign(trx, req.params.itemId, version, req.body, caller(req)))
    const [item] = items.present([row])
    setEtag(reply, item!.version)
    return item!
  })

  app.post('/v1/feedback/items/:itemId/erase-personal-data', {
    config: { scope: 'feedback:manage', network: true },
    schema: {
      operationId: 'eraseFeedbackPersonalData', tags, summary: 'Erase the customer\'s personal data now',
      description: 'For an erasure request: name, contact details and membership number are removed for good; the item and its figures stay.',
      params: FeedbackItemParams, headers: IfMatchHeaders, body: ref(ReasonedCommand), response: changeResponses
    }
  }, async (req, reply) => {
    const version = ifMatchVersion(req)!
    const row = await db.transaction().execute((trx) => items.erase(trx, req.params.itemId, version, req.body.reason, caller(req)))
    const [item] = items.present([row])
    setEtag(reply, item!.version)
    return item!
  })

  const entryRoute = (path: string, operationId: string, summary: string, visibility: 'internal' | 'customer') =>
    app.post(`/v1/feedback/items/:itemId/${path}`, {
      config: { scope: 'feedback:write' },
      schema: {
        operationId, tags, summary, params: FeedbackItemParams, body: ref(AddFeedbackNote),
        response: { 201: ref(TimelineEntry), 409: problemResponse('The item is closed.') }
      }
    }, async (req, reply) => {
      const entry = await db.transaction().execute((trx) => items.addEntry(trx, req.params.itemId, req.body.body, visibility, caller(req)))
      return reply.code(201).send(toEntry(entry))
    })
  entryRoute('notes', 'addFeedbackNote', 'Add an internal note (never sent to the customer)', 'internal')
  entryRoute('replies', 'addFeedbackReply', 'Record a message sent to the customer', 'customer')

  app.get('/v1/feedback/items/:itemId/timeline', {
    config: { scope: 'feedback:read' },
    schema: { operationId: 'getFeedbackTimeline', tags, summary: 'Everything that happened to an item, oldest first', params: FeedbackItemParams, response: { 200: ref(Timeline) } }
  }, async (req) => ({ items: (await items.timeline(req.params.itemId, caller(req))).map(toEntry) }))
}

