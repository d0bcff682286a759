/**
 * Two Ajv instances: bodies are validated strictly (no type coercion, unknown fields rejected by
 * `additionalProperties: false` in the contracts), while query strings, params and headers are
 * coerced from their string form. Both know every shared contract schema by its `$id`.
 */
import { Ajv, type AnySchema } from 'ajv'
import addFormatsImport from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import sjson from 'secure-json-parse'
import { PlatformErrors } from './errors.js'

const NUL_MESSAGE = 'must not contain the NUL character (U+0000)'

/** Deeper than any body the contracts describe; a deeper one is refused before anything walks it. */
export const MAX_BODY_DEPTH = 32

type BodyProblem = { field: string; message: string }

/**
 * The first thing in a parsed body that no contract can accept and that would otherwise reach
 * code unprepared for it: nesting deeper than MAX_BODY_DEPTH (recursion over it would exhaust the
 * stack), or a string (value or key) holding U+0000, which PostgreSQL cannot store in text.
 * Walks with an explicit stack, so the walk itself cannot overflow.
 */
function bodyProblem(root: unknown): BodyProblem | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: 'body', depth: 0 }]
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { field: path, message: NUL_MESSAGE }
      continue
    }
    if (!value || typeof value !== 'object') continue
    if (depth >= MAX_BODY_DEPTH) return { field: path, message: `is nested deeper than ${MAX_BODY_DEPTH} levels` }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}/${i}`, depth: depth + 1 })
      continue
    }
    const entries = Object.entries(value)
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!
      if (key.includes('\u0000')) return { field: `${path}/${key.replaceAll('\u0000', '\\u0000')}`, message: NUL_MESSAGE }
      stack.push({ value: item, path: `${path}/${key}`, depth: depth + 1 })
    }
  }
  return undefined
}

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    coerceTypes: coerce ? 'array' : false,
    useDefaults: true,
    removeAdditional: false,
    allErrors: true,
    strict: false,
    allowUnionTypes: true
  })
  addFormats(ajv)
  return ajv
}

export function registerValidation(app: FastifyInstance, schemas: ReadonlyArray<{ $id?: string }>): void {
  const body = makeAjv(false)
  const other = makeAjv(true)
  const seen = new Set<string>()
  for (const schema of schemas) {
    if (!schema.$id || seen.has(schema.$id)) continue
    seen.add(schema.$id)
    app.addSchema(schema)
    body.addSchema(schema as AnySchema)
    other.addSchema(schema as AnySchema)
  }
  app.setValidatorCompiler(({ schema, httpPart }) => {
    // Schemas the app learnt after it was assembled (registerMessaging, registerEvents add theirs
    // with app.addSchema) are known to both validators before the first route that may use them.
    for (const [id, late] of Object.entries(app.getSchemas() as Record<string, AnySchema>)) {
      if (seen.has(id)) continue
      seen.add(id)
      body.addSchema(late)
      other.addSchema(late)
    }
    const ajv = httpPart === 'body' ? body : other
    return ajv.compile(schema as AnySchema) as never
  })
}

/**
 * JSON only: no text/plain parser (a string body is a 415, not a confusing validation error),
 * prototype-poisoning keys rejected with a message that says so, and U+0000 refused anywhere in
 * the body, path or query with the field named.
 */
export function registerBodyParsing(app: FastifyInstance): void {
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = body as string
    if (text.length === 0) {
      done(Object.assign(new Error('The body is empty.'), { statusCode: 400, code: 'FST_ERR_CTP_EMPTY_JSON_BODY' }), undefined)
      return
    }
    let parsed: unknown
    try {
      parsed = sjson.parse(text, { protoAction: 'error', constructorAction: 'error' })
    } catch (err) {
      const message = (err as Error).message
      const forbidden = /prototype property|constructor property/i.test(message)
      done(Object.assign(new Error(forbidden ? message : 'The body is not valid JSON.'), { statusCode: 400, code: forbidden ? 'POSTCARE_FORBIDDEN_PROPERTY' : 'FST_ERR_CTP_INVALID_JSON_BODY' }), undefined)
      return
    }
    const problem = bodyProblem(parsed)
    if (problem) {
      done(PlatformErrors.VALIDATION_FAILED(`${problem.field} ${problem.message}`, { errors: [problem] }), undefined)
      return
    }
    done(null, parsed)
  })

  // The same for the path and the query string, before routing can hand them to a handler.
  app.addHook('onRequest', async (request) => {
    if (/%00/i.test(request.url)) {
      const where = request.url.indexOf('?') !== -1 && /%00/i.test(request.url.slice(request.url.indexOf('?'))) ? 'query' : 'path'
      throw PlatformErrors.VALIDATION_FAILED(`The ${where} ${NUL_MESSAGE}`, { errors: [{ field: where, message: NUL_MESSAGE }] })
    }
  })
}
