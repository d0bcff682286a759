/**
 * One document for the whole system, which counter terminals and internal systems generate their
 * clients from. Paths, named schemas and tags of every service are unioned into the gateway's
 * own document. Anything that would make the union ambiguous is an error, never a silent pick:
 * two operations with one operationId, one path and method claimed twice, or one component name
 * meaning two different things.
 */

export interface OpenApiDocument {
  openapi: string
  info: Record<string, unknown>
  paths?: Record<string, Record<string, unknown>>
  components?: Record<string, Record<string, unknown> | undefined>
  tags?: Array<{ name: string; description?: string }>
  [key: string]: unknown
}

export class OpenApiMergeError extends Error {
  constructor(readonly problems: string[]) {
    super(`The API documents cannot be merged:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'OpenApiMergeError'
  }
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

/** Stable JSON (sorted keys), so that two equal definitions compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]])) : v
  )
}

/**
 * @param gatewayDoc the gateway's own document: its info, servers and security stay.
 * @param serviceDocs each service's document, keyed by service name (or a list, named by title),
 *   for the error messages.
 */
export function mergeDocuments(gatewayDoc: object, serviceDocs: Record<string, object> | object[]): OpenApiDocument {
  const problems: string[] = []
  const paths: Record<string, Record<string, unknown>> = {}
  const components: Record<string, Record<string, unknown>> = {}
  const componentOwner = new Map<string, string>()
  const operationOwner = new Map<string, string>()
  const tags: Array<{ name: string; description?: string }> = []
  const tagNames = new Set<string>()

  const named = Array.isArray(serviceDocs)
    ? serviceDocs.map((doc, i): [string, object] => [String((doc as OpenApiDocument).info?.title ?? `document ${i + 1}`), doc])
    : Object.entries(serviceDocs)
  const sources = [['gateway', gatewayDoc] as [string, object], ...named].map(([name, doc]) => [name, doc as OpenApiDocument] as const)
  for (const [source, doc] of sources) {
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      const target = (paths[path] ??= {})
      for (const [method, operation] of Object.entries(item)) {
        if (METHODS.has(method) && method in target) {
          problems.push(`${method.toUpperCase()} ${path} is defined by ${source} and by another document`)
          continue
        }
        if (!METHODS.has(method) && method in target && canonical(target[method]) !== canonical(operation)) {
          problems.push(`${path} has a different \`${method}\` in ${source}`)
          continue
        }
        target[method] = operation
        const operationId = METHODS.has(method) ? (operation as { operationId?: string }).operationId : undefined
        if (operationId === undefined) continue
        const owner = operationOwner.get(operationId)
        if (owner) problems.push(`operationId ${operationId} is used by ${owner} and by ${source} (${method.toUpperCase()} ${path})`)
        else operationOwner.set(operationId, `${source} (${method.toUpperCase()} ${path})`)
      }
    }

    for (const [kind, entries] of Object.entries(doc.components ?? {})) {
      const target = (components[kind] ??= {})
      for (const [name, definition] of Object.entries(entries ?? {})) {
        const id = `${kind}/${name}`
        if (name in target) {
          if (canonical(target[name]) !== canonical(definition)) {
            problems.push(`components/${id} is defined differently by ${componentOwner.get(id)} and ${source}`)
          }
          continue
        }
        target[name] = definition
        componentOwner.set(id, source)
      }
    }

    for (const tag of doc.tags ?? []) {
      if (tagNames.has(tag.name)) continue
      tagNames.add(tag.name)
      tags.push(tag)
    }
  }

  if (problems.length > 0) throw new OpenApiMergeError(problems)
  return {
    ...(gatewayDoc as OpenApiDocument),
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: Object.fromEntries(Object.entries(components).map(([kind, entries]) => [kind, Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)))])),
    tags
  }
}
