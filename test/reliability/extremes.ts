/**
 * The extremes of a schema: for every leaf, the first and last values it allows and the values
 * just outside them, read from the schema itself (minimum and maximum, minLength and maxLength,
 * the longest and shortest strings a pattern matches, each enum value, the date bounds the
 * contracts state, maxItems), so a bound added or changed tomorrow is tested at its edges.
 */
import { EARLIEST_DATE, LATEST_DATE } from '@postcare/contracts'

export type Schema = Record<string, unknown>

/**
 * One boundary value. `group` lets values of the same kind be combined across fields: every field
 * at its maximum in one request, every field just above it in another.
 */
export interface Extreme {
  label: string
  group: 'min' | 'max' | 'below' | 'above' | 'other'
  value: unknown
}

/** Longest arrays built: a maxItems of 100,000 is tested at 1,000, which is what batches allow. */
export const ARRAY_CAP = 1000

const x = (label: string, group: Extreme['group'], value: unknown): Extreme => ({ label, group, value })

/** Days outside the contracts' range, each once broke something somewhere (a loop, a cast, a sort). */
const OUTSIDE_DAYS = ['0001-01-01', '9999-12-31', '+010000-01-01']

function dayExtremes(): Extreme[] {
  return [
    x(`day ${EARLIEST_DATE}`, 'min', EARLIEST_DATE),
    x(`day ${LATEST_DATE}`, 'max', LATEST_DATE),
    x('day 1799-12-31', 'below', '1799-12-31'),
    x('day 2200-01-01', 'above', '2200-01-01'),
    ...OUTSIDE_DAYS.map((d) => x(`day ${d}`, 'other', d)),
    x('day 2024-02-29 (leap)', 'other', '2024-02-29'),
    x('day 2026-02-29 (no such day)', 'other', '2026-02-29')
  ]
}

function instantExtremes(): Extreme[] {
  return [
    x('instant first', 'min', `${EARLIEST_DATE}T00:00:00.000Z`),
    x('instant last', 'max', `${LATEST_DATE}T23:59:59.999Z`),
    x('instant 1799-12-31', 'below', '1799-12-31T23:59:59.999Z'),
    x('instant 2200-01-01', 'above', '2200-01-01T00:00:00.000Z'),
    ...OUTSIDE_DAYS.map((d) => x(`instant ${d}`, 'other', `${d}T00:00:00Z`)),
    // In range as written, out of range once the offset is applied.
    x('instant last day, -14:00', 'other', `${LATEST_DATE}T23:59:59-14:00`),
    x('instant first day, +14:00', 'other', `${EARLIEST_DATE}T00:00:00+14:00`),
    x('instant leap second', 'other', '2016-12-31T23:59:60Z'),
    x('instant nanoseconds', 'other', '2026-01-05T03:04:05.123456789Z'),
    x('instant 2026-02-29', 'other', '2026-02-29T00:00:00Z')
  ]
}

const FINANCIAL_YEARS_OUTSIDE = ['1799/00', '2199/00', '9999/00', '0001/02', '2026/28']

const UUIDS = [
  x('uuid nil', 'min', '00000000-0000-0000-0000-000000000000'),
  x('uuid max', 'max', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
  x('36 dashes', 'other', '-'.repeat(36)),
  x('uuid-shaped, not hex', 'other', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz'),
  x('uuid 37 chars', 'above', `${'f'.repeat(8)}-ffff-ffff-ffff-${'f'.repeat(13)}`)
]

/** The longest e-mail address a maxLength allows: a 64-character local part, labels of at most 63. */
function longestEmail(max: number): string {
  const local = 'a'.repeat(Math.min(64, max - 6))
  let rest = max - local.length - '@'.length - '.org'.length
  const labels: string[] = []
  while (rest > 0) {
    const n = Math.min(63, rest)
    labels.push('b'.repeat(n))
    rest -= n + 1
  }
  return `${local}@${labels.join('.')}.org`
}

function stringExtremes(s: Schema): Extreme[] {
  const max = typeof s.maxLength === 'number' ? s.maxLength : undefined
  const min = typeof s.minLength === 'number' ? s.minLength : 0
  if (s.format === 'date') return dayExtremes()
  if (s.format === 'date-time') return instantExtremes()
  if (s.format === 'uuid') return UUIDS
  const out: Extreme[] = []
  if (s.format === 'email') {
    if (max) out.push(x('longest e-mail', 'max', longestEmail(max)), x('e-mail one too long', 'above', `a${longestEmail(max)}`))
    out.push(x('shortest e-mail', 'min', 'a@b.co'))
  } else if (typeof s.pattern === 'string') {
    const longest = expand(s.pattern, 'max', max)
    const shortest = expand(s.pattern, 'min', max)
    if (longest !== undefined) out.push(x('longest match', 'max', longest), x('longest match + 1', 'above', `${longest}${longest.slice(-1)}`))
    if (shortest !== undefined) out.push(x('shortest match', 'min', shortest))
    if (s.pattern.includes('/')) for (const fy of FINANCIAL_YEARS_OUTSIDE) out.push(x(`financial year ${fy}`, 'other', fy))
  } else {
    if (max !== undefined) {
      out.push(x('maxLength', 'max', 'x'.repeat(max)), x('maxLength + 1', 'above', 'x'.repeat(max + 1)))
      // Code points, as JSON Schema counts them: twice as many UTF-16 units, four bytes each in UTF-8.
      out.push(x('maxLength astral', 'other', '😀'.repeat(max)), x('maxLength CJK', 'other', '郵'.repeat(max)))
    }
    if (min > 0) out.push(x('minLength', 'min', 'x'.repeat(min)))
    if (min > 1) out.push(x('minLength - 1', 'below', 'x'.repeat(min - 1)))
  }
  out.push(x('empty string', min > 0 ? 'below' : 'min', ''))
  return out
}

function numberExtremes(s: Schema): Extreme[] {
  const integer = s.type === 'integer'
  const step = integer ? 1 : 1e-6
  const lo = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + step : undefined
  const hi = typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - step : undefined
  const out: Extreme[] = []
  if (lo !== undefined) out.push(x('minimum', 'min', lo), x('minimum - 1 step', 'below', lo - step))
  if (hi !== undefined) out.push(x('maximum', 'max', hi), x('maximum + 1 step', 'above', hi + step))
  if (typeof s.exclusiveMinimum === 'number') out.push(x('exclusiveMinimum itself', 'other', s.exclusiveMinimum))
  if (integer && lo !== undefined) out.push(x('fraction', 'other', lo + 0.5))
  out.push(x('2^53', 'other', 2 ** 53), x('-2^63', 'other', -(2 ** 63)), x('1e308', 'other', 1e308))
  return out
}

/** Boundary values of a schema that is not an object or array (those are walked by the caller). */
export function leafExtremes(s: Schema): Extreme[] {
  if (Array.isArray(s.enum)) {
    const values = s.enum as unknown[]
    return values.map((v, i) => x(`enum ${String(v)}`, i === 0 ? 'min' : i === values.length - 1 ? 'max' : 'other', v))
  }
  if ('const' in s) return [x('const', 'max', s.const)]
  const types = Array.isArray(s.type) ? s.type : [s.type]
  if (types.includes('integer') || types.includes('number')) return numberExtremes(s)
  if (types.includes('string')) return stringExtremes(s)
  if (types.includes('boolean')) return [x('false', 'min', false), x('true', 'max', true)]
  if (types.includes('null')) return [x('null', 'other', null)]
  return []
}

// ---- Cursors: opaque to callers, but only base64url JSON underneath, so anything can be put in one.

/** Values no list ever puts in a cursor, each of a kind some cursor position holds (instant, date, uuid, number, string). */
export const CURSOR_VALUES: Array<{ label: string; value: unknown }> = [
  ...['0001-01-01T00:00:00Z', '+010000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '1799-12-31T23:59:59.999Z', '2200-01-01T00:00:00.000Z', '2016-12-31T23:59:60Z'].map((v) => ({ label: `instant ${v}`, value: v })),
  ...['0001-01-01', '9999-12-31', '+010000-01-01', '2026-02-30'].map((v) => ({ label: `date ${v}`, value: v })),
  { label: '36 dashes', value: '-'.repeat(36) },
  { label: 'uuid-shaped, not hex', value: 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz' },
  ...[2 ** 63, -(2 ** 63), 1e308, 1.5, -1].map((v) => ({ label: `number ${v}`, value: v })),
  { label: 'nested arrays', value: [[[]]] },
  { label: 'object', value: { a: 1 } },
  { label: 'null', value: null },
  { label: 'true', value: true },
  { label: 'empty string', value: '' },
  { label: '700-char string', value: 'x'.repeat(700) },
  { label: 'a delay, as SQL', value: "'; select pg_sleep(10); --" }
]

export const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url')

/**
 * Well-formed cursors holding those values: alone, twice, and after or before a valid first key
 * (a list sorted by time then id holds two), plus a 1,000-character string, which is over the
 * cursor's maxLength once encoded.
 */
export function cursorExtremes(): Extreme[] {
  const out: Extreme[] = []
  for (const { label, value } of CURSOR_VALUES) {
    out.push(x(`cursor [${label}]`, 'other', encodeCursor([value])))
    out.push(x(`cursor [${label}, ${label}]`, 'other', encodeCursor([value, value])))
    out.push(x(`cursor [instant, ${label}]`, 'other', encodeCursor(['2026-01-05T03:04:05.000Z', value])))
    out.push(x(`cursor [${label}, uuid]`, 'other', encodeCursor([value, '00000000-0000-4000-8000-000000000000'])))
  }
  out.push(x('cursor [1,000-char string]', 'other', encodeCursor(['x'.repeat(1000)])))
  return out
}

// ---- The longest and shortest strings a pattern matches (the subset of regular expressions the contracts use).

type Node =
  | { t: 'alt'; options: Node[][] }
  | { t: 'chars'; set: string }
  | { t: 'rep'; node: Node; lo: number; hi: number | undefined }

function parse(pattern: string): Node[] {
  let i = 0
  const classOf = (esc: string) => (esc === 'd' ? '0123456789' : esc === 'w' ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_' : esc === 's' ? ' ' : esc)
  function sequence(): Node[][] {
    const options: Node[][] = [[]]
    while (i < pattern.length && pattern[i] !== ')') {
      const c = pattern[i++]!
      let node: Node | undefined
      if (c === '|') { options.push([]); continue }
      if (c === '^' || c === '$') continue
      if (c === '(') {
        if (pattern.startsWith('?:', i)) i += 2
        node = { t: 'alt', options: sequence() }
        i++
      } else if (c === '[') {
        let set = ''
        while (pattern[i] !== ']') {
          let ch = pattern[i++]!
          if (ch === '\\') ch = classOf(pattern[i++]!)
          if (pattern[i] === '-' && pattern[i + 1] !== ']' && ch.length === 1) {
            const end = pattern[i + 1]!
            i += 2
            for (let code = ch.charCodeAt(0); code <= end.charCodeAt(0); code++) set += String.fromCharCode(code)
          } else set += ch
        }
        i++
        node = { t: 'chars', set }
      } else if (c === '\\') node = { t: 'chars', set: classOf(pattern[i++]!) }
      else if (c === '.') node = { t: 'chars', set: 'az' }
      else node = { t: 'chars', set: c }
      const q = /^(\?|\*|\+|\{(\d+)(,(\d*))?\})/.exec(pattern.slice(i))
      if (q) {
        i += q[0].length
        const [lo, hi] = q[1] === '?' ? [0, 1] : q[1] === '*' ? [0, undefined] : q[1] === '+' ? [1, undefined] : [Number(q[2]), q[3] === undefined ? Number(q[2]) : q[4] ? Number(q[4]) : undefined]
        node = { t: 'rep', node, lo: lo!, hi }
      }
      options[options.length - 1]!.push(node)
    }
    return options
  }
  return sequence()[0] ?? []
}

/** The longest (`max`, highest characters) or shortest (`min`, lowest) string matching `pattern` within maxLength. */
export function expand(pattern: string, mode: 'max' | 'min', maxLength?: number): string | undefined {
  let nodes: Node[]
  try {
    nodes = parse(pattern)
  } catch {
    return undefined
  }
  // Unbounded repetitions share what maxLength leaves (`spare`); when the bounded ones alone are
  // too long, the first repetitions give back what is `over`.
  let spare = 0
  let over = 0
  const gen = (n: Node): string => {
    if (n.t === 'chars') return mode === 'max' ? n.set[n.set.length - 1]! : n.set[0]!
    if (n.t === 'alt') {
      const made = n.options.map((o) => o.map(gen).join(''))
      return made.reduce((best, s) => (mode === 'max' ? (s.length >= best.length ? s : best) : s.length < best.length ? s : best))
    }
    const one = gen(n.node)
    let count = mode === 'min' ? n.lo : n.hi ?? n.lo
    if (mode === 'max' && one.length > 0) {
      if (n.hi === undefined) {
        const more = Math.floor(spare / one.length)
        count += more
        spare -= more * one.length
      }
      const cut = Math.min(count - n.lo, Math.ceil(over / one.length))
      count -= cut
      over -= cut * one.length
    }
    return one.repeat(count)
  }
  const fixed = nodes.map(gen).join('')
  if (mode === 'min') return matches(pattern, fixed, maxLength) ? fixed : undefined
  const limit = maxLength ?? fixed.length + 50
  spare = Math.max(0, limit - fixed.length)
  over = Math.max(0, fixed.length - limit)
  const longest = nodes.map(gen).join('')
  return matches(pattern, longest, maxLength) ? longest : undefined
}

function matches(pattern: string, value: string, maxLength?: number): boolean {
  return new RegExp(pattern, 'u').test(value) && (maxLength === undefined || value.length <= maxLength)
}
