/** Reads tap's closing `# { total: N, pass: N, fail: N, ... }` line from its output. */
export interface Counts {
  passed: number
  failed: number
  skipped: number
  total: number
}

export function parseTapCounts(output: string): Counts | undefined {
  const lines = output.split('\n').filter((l) => /^# \{ total: \d+/.test(l.trim()))
  const last = lines[lines.length - 1]
  if (!last) return undefined
  const num = (key: string) => Number(new RegExp(`${key}: (\\d+)`).exec(last)?.[1] ?? 0)
  const total = num('total')
  return { total, passed: num('pass'), failed: num('fail'), skipped: num('skip') + num('todo') }
}
