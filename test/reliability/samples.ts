/**
 * Request bodies (and params, queries) for the suite: from a schema's own examples when it has
 * them, else from json-schema-faker, with references pointed at things that exist.
 */
import { generateSync } from 'json-schema-faker'

type Schema = Record<string, unknown>

/** Field name → a value that exists (a category code), learnt from the service's lists. */
const references = new Map<string, unknown>()

export function rememberReference(field: string, value: unknown): void {
  if (!references.has(field)) references.set(field, value)
}

/**
 * A schema-valid value from `schema`, the same for the same seed. A schema with `examples` gives
 * one of them (the seed picks which): they are the contract's own worked bodies, valid beyond what
 * a schema can say (a survey's texts in each of its languages, answers that fit its questions),
 * which no generator would produce. Without examples, json-schema-faker.
 */
export function sample(schema: Schema | undefined, seed: number): unknown {
  if (!schema) return undefined
  const examples = schema.examples
  if (Array.isArray(examples) && examples.length > 0) return asSomeone(fixUp(structuredClone(examples[Math.abs(seed) % examples.length])), seed)
  try {
    return fixUp(generateSync(schema as never, { seed, maxItems: 3, maxLength: 60, optionalsProbability: 0.5 }))
  } catch (err) {
    // Some schemas are beyond the generator (patternProperties with closed objects, say).
    return new UnsupportedSchema(String((err as Error).message).slice(0, 160))
  }
}

/**
 * An example's contact details made the seed's own (`tm.chan+0007@example.org`, `+852 9123 0007`):
 * rules about people (nobody is invited twice within a month) would otherwise refuse every body
 * made from an example after the first.
 */
function asSomeone(value: unknown, seed: number, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => asSomeone(v, seed, key))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asSomeone(v, seed, k)]))
  if (typeof value !== 'string' || !/email|contact|phone/i.test(key)) return value
  const tag = String(Math.abs(seed) % 10_000).padStart(4, '0')
  if (value.includes('@')) return value.replace(/^([^@+]+)(\+[^@]*)?@/, `$1+${tag}@`)
  return /\d{4}$/.test(value) ? `${value.slice(0, -4)}${tag}` : value
}

export class UnsupportedSchema {
  constructor(readonly reason: string) {}
}

/** References that must name things that exist (offices, districts) are pointed at seeded ones. */
export function fixUp(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fixUp)
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (references.has(k) && typeof v === typeof references.get(k)) out[k] = references.get(k)
    else if (k === 'officeCode' && typeof v === 'string') out[k] = 'KLN001'
    else if (k === 'districtCode' && typeof v === 'string') out[k] = 'KLN'
    // Instants in the past and in order (occurred before received), as any real record's are.
    else if (/At$/.test(k) && typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v)) out[k] = '2026-01-05T03:04:05.000Z'
    else out[k] = fixUp(v)
  }
  // An office code starts with its district's code.
  if (typeof out.districtCode === 'string' && typeof out.code === 'string' && /^[A-Z]{3}\d{3}$/.test(out.code)) out.code = `${out.districtCode}${out.code.slice(3)}`
  return out
}

