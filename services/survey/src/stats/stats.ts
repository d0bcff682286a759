/**
 * The statistics behind every survey figure, as pure functions over counts so they can be checked
 * by hand. Everything is computed from value counts (how many answered 1, 2, … on a question),
 * which is what the rollup table stores, so the figures are exact whatever the number of responses.
 */

/** Two-sided 95% normal quantile, z_{0.975}. */
export const Z95 = 1.959963984540054

export interface Interval {
  lower: number
  upper: number
}

/**
 * Standard normal CDF Φ(x) = ½·erfc(−x/√2). erfc by the Chebyshev fit of Numerical Recipes
 * (`erfcc`, fractional error below 1.2e-7 everywhere), ample for p-values reported to 4 places.
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2
  const t = 1 / (1 + 0.5 * z)
  const erfc =
    t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    )
  return x >= 0 ? 1 - erfc / 2 : erfc / 2
}

/**
 * Wilson score interval for a proportion p̂ = x/n (Wilson 1927), which unlike the Wald interval
 * behaves near 0 and 1 — where satisfaction figures (96.9%) live:
 *
 *   centre = (p̂ + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √( p̂(1−p̂)/n + z²/4n² )
 *
 * `n` may be a Kish effective sample size (not an integer) for weighted shares.
 */
export function wilson(x: number, n: number, z = Z95): Interval {
  if (n <= 0) return { lower: 0, upper: 1 }
  const p = x / n
  const z2 = z * z
  const denom = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denom
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) }
}

/**
 * Net promoter score on a 0-10 question: promoters answer 9-10, detractors 0-6.
 *   NPS = 100 · (p_P − p_D)
 * Each respondent scores +1, 0 or −1, so NPS/100 is a mean with variance
 *   Var = p_P + p_D − (p_P − p_D)²      (per respondent)
 * and the 95% interval is NPS ± 100 · z · √(Var / n), clipped to [−100, 100].
 */
export function netPromoterScore(promoters: number, passives: number, detractors: number, n = promoters + passives + detractors, z = Z95) {
  const total = promoters + passives + detractors
  if (total <= 0 || n <= 0) return null
  const pP = promoters / total
  const pD = detractors / total
  // From counts rather than from the two shares, so 600 − 150 of 1,000 is exactly 45 (not 44.999…).
  const score = (100 * (promoters - detractors)) / total
  const variance = pP + pD - (pP - pD) ** 2
  const half = 100 * z * Math.sqrt(variance / n)
  return { score, promoters, passives, detractors, interval: { lower: Math.max(-100, score - half), upper: Math.min(100, score + half) } }
}

/**
 * Two-proportion z-test of H0: p1 = p2, with the pooled estimate
 *   p̄ = (x1 + x2) / (n1 + n2),  SE = √( p̄(1−p̄)(1/n1 + 1/n2) ),  z = (p2 − p1) / SE
 * and the two-sided p-value 2·(1 − Φ(|z|)). `difference` is p2 − p1 (later minus earlier).
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number, alpha = 0.05) {
  const p1 = x1 / n1
  const p2 = x2 / n2
  const pooled = (x1 + x2) / (n1 + n2)
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
  const difference = p2 - p1
  // Identical all-or-nothing groups: no variance, no evidence of a difference.
  if (se === 0) return { difference, z: 0, pValue: 1, significant: false }
  const z = difference / se
  const pValue = Math.min(1, 2 * (1 - normalCdf(Math.abs(z))))
  return { difference, z, pValue, significant: pValue < alpha }
}

/**
 * Newcombe's hybrid score interval for p1 − p2 (Newcombe 1998, method 10), built from the two
 * Wilson intervals (l1,u1), (l2,u2); much better coverage than Wald for shares near 1:
 *   lower = d − √( (p1 − l1)² + (u2 − p2)² )
 *   upper = d + √( (u1 − p1)² + (p2 − l2)² )
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number): Interval & { difference: number } {
  const p1 = x1 / n1
  const p2 = x2 / n2
  const w1 = wilson(x1, n1)
  const w2 = wilson(x2, n2)
  const d = p1 - p2
  return {
    difference: d,
    lower: d - Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2),
    upper: d + Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2)
  }
}

/** Counts of each answer value of one rating question: value → count (possibly weighted). */
export type ValueCounts = Map<number, number>

export function totalOf(counts: ValueCounts): number {
  let n = 0
  for (const c of counts.values()) n += c
  return n
}

/** Answers at or above `topBoxMin`: the "satisfied" (top-box) count. */
export function topBoxCount(counts: ValueCounts, topBoxMin: number): number {
  let x = 0
  for (const [v, c] of counts) if (v >= topBoxMin) x += c
  return x
}

export function meanOf(counts: ValueCounts): number | null {
  let n = 0
  let sum = 0
  for (const [v, c] of counts) {
    n += c
    sum += v * c
  }
  return n > 0 ? sum / n : null
}

/** Promoters (9-10), passives (7-8), detractors (0-6) of a 0-10 question. */
export function npsCounts(counts: ValueCounts) {
  let promoters = 0
  let passives = 0
  let detractors = 0
  for (const [v, c] of counts) {
    if (v >= 9) promoters += c
    else if (v >= 7) passives += c
    else detractors += c
  }
  return { promoters, passives, detractors }
}

/**
 * Post-stratification by segment. With population shares P_s and sample counts n_s, every
 * respondent of segment s weighs w_s = P_s / (n_s / n) (weights normalised over the segments
 * present, so they sum to n). The weighted counts feed the same formulas; intervals use Kish's
 * effective sample size n_eff = (Σ n_s w_s)² / Σ n_s w_s², which is n when the sample already
 * matches the population and smaller the more it has to be reweighted.
 */
export function poststratify(bySegment: Map<string, ValueCounts>, shares: Record<string, number | undefined>): { counts: ValueCounts; n: number; effectiveN: number } {
  const sizes = new Map([...bySegment].map(([s, c]) => [s, totalOf(c)] as const))
  const n = [...sizes.values()].reduce((a, b) => a + b, 0)
  const present = [...sizes].filter(([s, size]) => size > 0 && (shares[s] ?? 0) > 0)
  const shareSum = present.reduce((a, [s]) => a + (shares[s] ?? 0), 0)
  const counts: ValueCounts = new Map()
  if (n === 0 || shareSum === 0) return { counts, n, effectiveN: 0 }
  const weighted = present.reduce((a, [, size]) => a + size, 0)
  let sumW = 0
  let sumW2 = 0
  for (const [segment, size] of present) {
    const w = ((shares[segment] ?? 0) / shareSum) / (size / weighted)
    sumW += size * w
    sumW2 += size * w * w
    for (const [v, c] of bySegment.get(segment) ?? []) counts.set(v, (counts.get(v) ?? 0) + c * w)
  }
  return { counts, n, effectiveN: (sumW * sumW) / sumW2 }
}

/**
 * A weighted average of component scores with the weights renormalised over the components
 * that exist, so a survey without, say, expectation questions still gets a 0-100 index from
 * the others. Returns null when no component has a score.
 */
export function weightedIndex(components: Array<{ weight: number; score: number | null }>): number | null {
  const usable = components.filter((c) => c.score !== null && c.weight > 0)
  const total = usable.reduce((a, c) => a + c.weight, 0)
  if (total === 0) return null
  return usable.reduce((a, c) => a + c.weight * (c.score as number), 0) / total
}

/**
 * ACSI-style item score: the mean answer rescaled to 0-100, (mean − min) / (max − min) × 100, as
 * the ACSI does with its 10-point items; the index is then the weighted average of the overall,
 * expectation-confirmation and comparison-with-ideal items (equal weights by default).
 */
export function rescaledMean(mean: number, min: number, max: number): number {
  return ((mean - min) / (max - min)) * 100
}
