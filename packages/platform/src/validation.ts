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

/** The path of the first string (value or key) holding U+0000, which PostgreSQL cannot store in text. */
function findNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], `${path}/${i}`)
      if (found) return found
    }
    return undefined
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return `${path}/${key.replaceAll('\u0000', '\\u0000')}`
      const found = findNul(item, `${path}/${key}`)
      if (found) return found
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
    // PostgreSQL refuses U+0000 in text: left in, it would surface as a database error (a 500).
    const nul = findNul(parsed, 'body')
    if (nul) {
      done(PlatformErrors.VALIDATION_FAILED(`${nul} ${NUL_MESSAGE}`, { errors: [{ field: nul, message: NUL_MESSAGE }] }), undefined)
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
