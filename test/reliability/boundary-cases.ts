/**
 * Requests that put one field of a route at a time at each of its extremes (path parameters,
 * query parameters, headers, body fields at any depth, arrays at their sizes), everything else
 * valid, plus requests with every field at the same kind of extreme at once (all at their maximum,
 * all just above it, `from` and `to` both 9999-12-31). The values come from extremes.ts.
 */
import { ARRAY_CAP, cursorExtremes, leafExtremes, type Extreme, type Schema } from './extremes.js'
import { sample, UnsupportedSchema, type RouteInfo } from './harness.js'

export type Where = 'params' | 'query' | 'headers' | 'body'
type Path = Array<string | number>

export interface Variant {
  label: string
  /** What the variant sets, each at one place. */
  sets: Array<{ where: Where; path: Path; value: unknown }>
  /** A raw body instead of JSON of the base body (structural extremes). */
  raw?: string
}

interface Leaf { path: Path; schema: Schema; kind: 'leaf' | 'array' | 'object' }

/** Every leaf, array and object of a (resolved) schema, arrays entered at their first item. */
export function leaves(schema: Schema | undefined, path: Path = [], out: Leaf[] = [], depth = 0): Leaf[] {
  if (!schema || depth > 10) return out
  const branches = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined
  if (branches) {
    for (const b of branches) leaves(b, path, out, depth + 1)
    return out
  }
  if (schema.properties) {
    out.push({ path, schema, kind: 'object' })
    for (const [k, v] of Object.entries(schema.properties as Record<string, Schema>)) leaves(v, [...path, k], out, depth + 1)
  } else if (schema.type === 'array' || schema.items) {
    out.push({ path, schema, kind: 'array' })
    leaves(schema.items as Schema | undefined, [...path, 0], out, depth + 1)
  } else out.push({ path, schema, kind: 'leaf' })
  return out
}

/** The schema at `path`, through the object or array branch of unions. */
function schemaAt(schema: Schema | undefined, path: Path): Schema | undefined {
  let s = schema
  for (const step of path) {
    if (!s) return undefined
    const branch = ((s.anyOf ?? s.oneOf) as Schema[] | undefined)?.find((b) => (typeof step === 'number' ? b.items : b.properties))
    s = branch ?? s
    s = typeof step === 'number' ? (s.items as Schema | undefined) : (s.properties as Record<string, Schema> | undefined)?.[step]
  }
  return s
}

/** `base` with `value` at `path`; missing containers on the way are sampled from their schema. */
export function setAt(base: unknown, path: Path, value: unknown, schema: Schema | undefined, seed: number): unknown {
  if (path.length === 0) return value
  const [step, ...rest] = path
  const sub = schemaAt(schema, [step!])
  const fresh = (s: Schema | undefined) => {
    const v = sample(s, seed)
    return v instanceof UnsupportedSchema ? undefined : v
  }
  if (typeof step === 'number') {
    const list = Array.isArray(base) ? [...(base as unknown[])] : []
    list[step] = setAt(list[step] ?? fresh(sub), rest, value, sub, seed)
    return list
  }
  const obj = base && typeof base === 'object' && !Array.isArray(base) ? { ...(base as Record<string, unknown>) } : {}
  obj[step!] = setAt(obj[step!] ?? (rest.length ? fresh(sub) : undefined), rest, value, sub, seed)
  return obj
}

/** Array sizes: empty, one under minItems, minItems, maxItems (capped) and one over. */
function arrayExtremes(schema: Schema, first: unknown, seed: number): Extreme[] {
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : ARRAY_CAP
  const itemSchema = schema.items as Schema | undefined
  const enumValues = Array.isArray(itemSchema?.enum) ? (itemSchema!.enum as unknown[]) : undefined
  const items = (n: number): unknown[] => {
    if (enumValues && schema.uniqueItems) return enumValues.slice(0, n)
    if (!schema.uniqueItems && first !== undefined) return Array.from({ length: n }, () => structuredClone(first))
    const seen = new Set<string>()
    const out: unknown[] = []
    for (let i = 0; out.length < n && i < n * 3; i++) {
      const v = i === 0 && first !== undefined ? first : sample(itemSchema, seed + i)
      if (v instanceof UnsupportedSchema) break
      if (seen.has(JSON.stringify(v))) continue
      seen.add(JSON.stringify(v))
      out.push(v)
    }
    return out
  }
  const top = Math.min(max, ARRAY_CAP)
  const out: Extreme[] = [{ label: 'empty array', group: min > 0 ? 'below' : 'min', value: [] }]
  if (min > 1) out.push({ label: 'minItems - 1', group: 'below', value: items(min - 1) }, { label: 'minItems', group: 'min', value: items(min) })
  out.push({ label: `${top} items (${top < max ? `maxItems ${max}, capped` : 'maxItems'})`, group: 'max', value: items(top) })
  if (max < ARRAY_CAP) out.push({ label: 'maxItems + 1', group: 'above', value: items(max + 1) })
  return out
}

const IF_MATCH = ['"2147483647"', '"2147483648"', '"999999999999"', '"0"', 'W/"1"', '*']

/** Extremes of every field of `route`; `base` holds the valid values the rest keep. */
export function variants(route: RouteInfo, base: { params: Record<string, unknown>; query: Record<string, unknown>; body: unknown }, seed: number): Variant[] {
  const out: Variant[] = []
  const byLabel = new Map<string, Variant['sets']>()
  const byGroup = new Map<string, Variant['sets']>()
  const add = (where: Where, path: Path, e: Extreme, combine = true) => {
    const set = { where, path, value: e.value }
    out.push({ label: `${where}/${path.join('/') || '(whole)'} ${e.label}`, sets: [set] })
    // Combinations take the leaves of the query and the body, one value per place: a path or header
    // at an extreme would stop the request before the rest is read.
    if (!combine || where === 'params' || where === 'headers' || path.length === 0) return
    const key = `${where}/${path.join('/')}`
    for (const [map, k] of [[byLabel, e.label], [byGroup, e.group]] as const) {
      if (k === 'other') continue
      const sets = map.get(k) ?? (map.set(k, []), map.get(k)!)
      if (!sets.some((s) => `${s.where}/${s.path.join('/')}` === key)) sets.push(set)
    }
  }
  const walk = (where: Where, schema: Schema | undefined, root: unknown) => {
    for (const leaf of leaves(schema)) {
      if (where !== 'body' && leaf.path.length === 0) continue
      const name = String(leaf.path[leaf.path.length - 1] ?? '')
      if (leaf.kind === 'array') {
        const current = leaf.path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k as string], root)
        for (const e of arrayExtremes(leaf.schema, Array.isArray(current) ? current[0] : undefined, seed)) add(where, leaf.path, e, false)
      } else if (leaf.kind === 'object') {
        add(where, leaf.path, { label: 'empty object', group: 'other', value: {} }, false)
      } else {
        let extremes = leafExtremes(leaf.schema)
        if (where === 'query' && name === 'cursor') extremes = [...extremes, ...cursorExtremes()]
        if (where === 'headers') {
          // Header values are bytes a client can send: no raw non-ASCII.
          extremes = extremes.filter((e) => /^[\x20-\x7e]*$/.test(String(e.value)))
          if (name === 'if-match') extremes.push(...IF_MATCH.map((v) => ({ label: `If-Match ${v}`, group: 'other' as const, value: v })))
        }
        for (const e of extremes) add(where, leaf.path, e)
      }
    }
  }
  walk('params', route.params, base.params)
  walk('query', route.query, base.query)
  walk('headers', { type: 'object', properties: route.headers }, {})
  if (route.body) {
    walk('body', route.body, base.body)
    // Structure rather than values: nesting far past any schema (and past MAX_BODY_DEPTH), and a body of only the required fields.
    out.push({ label: 'body nested 10,000 arrays deep', sets: [], raw: `${'['.repeat(10_000)}${']'.repeat(10_000)}` })
    out.push({ label: 'body field nested 10,000 objects deep', sets: [], raw: `{"${Object.keys(base.body ?? {})[0] ?? 'a'}":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}` })
    const required = (route.body.required as string[] | undefined) ?? []
    if (base.body && typeof base.body === 'object' && !Array.isArray(base.body)) {
      out.push({ label: 'body with only its required fields', sets: [{ where: 'body', path: [], value: Object.fromEntries(Object.entries(base.body).filter(([k]) => required.includes(k))) }] })
    }
  }
  for (const [group, sets] of byGroup) if (sets.length > 1) out.push({ label: `every field at its ${group}`, sets })
  for (const [label, sets] of byLabel) if (sets.length > 1) out.push({ label: `every field at ${label}`, sets })
  return out
}
