export function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (s.length === 0) return Number.NaN
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** Spread of a series as (max - min) / median: how far apart the rounds were. */
export function spread(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x))
  if (s.length < 2) return 0
  return (Math.max(...s) - Math.min(...s)) / median(s)
}

export function fmt(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return '-'
  return x.toFixed(digits)
}

export function fmtInt(x: number): string {
  if (!Number.isFinite(x)) return '-'
  return Math.round(x).toLocaleString('en-US')
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`
}
