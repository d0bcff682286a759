/**
 * Two Ajv instances: bodies are validated strictly (no type coercion, unknown fields rejected by
 * `additionalProperties: false` in the contracts), while query strings, params and headers are
 * coerced from their string form. Both know every shared contract schema by its `$id`.
 */
import { Ajv, type AnySchema } from 'ajv'
import addFormatsImport from 'ajv-formats'
import type { FastifyInstance } from 'fastify'
import sjson from 'secure-json-parse'

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
 * and prototype-poisoning keys rejected with a message that says so.
 */
export function registerBodyParsing(app: FastifyInstance): void {
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = body as string
    if (text.length === 0) {
      done(Object.assign(new Error('The body is empty.'), { statusCode: 400, code: 'FST_ERR_CTP_EMPTY_JSON_BODY' }), undefined)
      return
    }
    try {
      done(null, sjson.parse(text, { protoAction: 'error', constructorAction: 'error' }))
    } catch (err) {
      const message = (err as Error).message
      const forbidden = /prototype property|constructor property/i.test(message)
      done(Object.assign(new Error(forbidden ? message : 'The body is not valid JSON.'), { statusCode: 400, code: forbidden ? 'POSTCARE_FORBIDDEN_PROPERTY' : 'FST_ERR_CTP_INVALID_JSON_BODY' }), undefined)
    }
  })
}
