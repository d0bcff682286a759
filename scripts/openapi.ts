/**
 * Generates the committed API documents from the code: one OpenAPI 3.1 document per service,
 * the gateway's merged one (the document terminal vendors generate clients from), and the typed
 * client in packages/client. With --check it writes nothing, fails on any difference from the
 * committed files, and lints the documents with Redocly and Spectral's OWASP ruleset.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateIdentityKeys, loadServiceConfig, readOnlyRolesOf, serviceNames, type ServiceName } from '@postcare/platform'
import openapiTS, { astToString } from 'openapi-typescript'
import { gatewayDocument, mergeDocuments } from '@postcare/gateway'

const root = process.cwd()
const check = process.argv.includes('--check')
// Building an app opens no connection (pg pools connect on first query), so any URL will do.
const offlineDb = 'postgres://docs@127.0.0.1:1/docs'

async function serviceDocument(service: ServiceName, publicJwk: string): Promise<Record<string, unknown>> {
  const mod = (await import(`@postcare/${service}`)) as { buildApp: (config: any) => Promise<any> }
  const P = service.toUpperCase()
  const readOnlyUrls = Object.fromEntries(readOnlyRolesOf(service).map((role) => [`${role.toUpperCase()}_DATABASE_URL`, offlineDb]))
  const base = loadServiceConfig(service, { [`${P}_DATABASE_URL`]: offlineDb, POSTCARE_IDENTITY_PUBLIC_KEY: publicJwk, POSTCARE_TIME_ZONE: 'UTC', LOG_LEVEL: 'silent' })
  const configModule = (await import(`../services/${service}/src/config.ts`)) as { loadConfig?: (env: Record<string, string>) => unknown }
  const config = configModule.loadConfig
    ? configModule.loadConfig({ [`${P}_DATABASE_URL`]: offlineDb, ...readOnlyUrls, POSTCARE_IDENTITY_PUBLIC_KEY: publicJwk, POSTCARE_TIME_ZONE: 'UTC', LOG_LEVEL: 'silent', SURVEY_CONTACT_HASH_KEY: 'openapi-generation-only' })
    : base
  const app = await mod.buildApp(config)
  await app.ready()
  const doc = app.swagger() as Record<string, unknown>
  await app.close()
  return doc
}

const json = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`

const keys = await generateIdentityKeys()
const publicJwk = JSON.stringify(keys.publicJwk)
const outputs = new Map<string, string>()
const serviceDocs: Record<string, Record<string, unknown>> = {}
for (const service of serviceNames) {
  serviceDocs[service] = await serviceDocument(service, publicJwk)
  outputs.set(`openapi/${service}.json`, json(serviceDocs[service]))
}
const gatewayDoc = await gatewayDocument({ publicJwk, privateJwk: JSON.stringify(keys.privateJwk) })
outputs.set('openapi/gateway.json', json(gatewayDoc))
const merged = mergeDocuments(gatewayDoc, Object.values(serviceDocs))
outputs.set('openapi/postcare.json', json(merged))
// Fields with a default are optional to send: a terminal need not repeat what the server assumes.
const clientTypes = `// Generated from openapi/postcare.json by scripts/openapi.ts. Do not edit.\n${astToString(await openapiTS(merged as never, { defaultNonNullable: false }))}`
outputs.set('packages/client/src/schema.d.ts', clientTypes)

if (!check) {
  for (const [path, text] of outputs) writeFileSync(join(root, path), text)
  console.log(`Wrote ${[...outputs.keys()].join(', ')}`)
  process.exit(0)
}

const drift = [...outputs].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text).map(([p]) => p)
if (drift.length) {
  console.error(`These generated files differ from the code: ${drift.join(', ')}\nRun \`pnpm openapi\` (or \`npx tsx scripts/openapi.ts\`) and commit the result.`)
  process.exit(1)
}
console.log(`OpenAPI documents and client types match the code (${outputs.size} files).`)

const docs = [...outputs.keys()].filter((p) => p.startsWith('openapi/'))
const redocly = spawnSync(join(root, 'node_modules/.bin/redocly'), ['lint', '--format=summary', ...docs], { stdio: 'inherit' })
const spectral = spawnSync(join(root, 'node_modules/.bin/spectral'), ['lint', '--ruleset', '.spectral.mjs', '--fail-severity', 'error', '--display-only-failures', ...docs], { stdio: 'inherit' })
process.exit(redocly.status === 0 && spectral.status === 0 ? 0 : 1)
