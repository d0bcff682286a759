/**
 * Two Ajv instances: bodies are validated strictly (no type coercion, unknown fields rejected by
 * `additionalProperties: false` in the contracts), while query strings, params and headers are
 * coerced from their string form. Both know every shared contract schema by its `$id`.
 */
import { Ajv, type AnySchema } from 'ajv'
import addFormatsImport from 'ajv-formats'
import type { FastifyInstance } from 'fastify'

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
