/**
 * Feedback's live categories, as the liaison service checks an agenda item's, a contribution's or
 * a view's category: read through the gateway with the liaison service's own key (scope
 * `feedback:read`), the whole list at once (a few dozen codes), cached for a while, and served
 * stale while feedback cannot be reached once it has been read. Only `code` and `active` of the
 * answer are relied on, so feedback's contract can grow without breaking this client. Tests pass a
 * fake through buildApp deps.
 */

export interface FeedbackCategories {
  /** Whether `code` is one of feedback's active categories; throws CategoriesUnavailableError when they cannot be read. */
  isLive(code: string): Promise<boolean>
}

export class CategoriesUnavailableError extends Error {
  override readonly name = 'CategoriesUnavailableError'
}

export interface HttpFeedbackCategoriesOptions {
  gatewayUrl: string
  apiKey: string | undefined
  ttlMs: number
  timeoutMs?: number
}

export function httpFeedbackCategories(opts: HttpFeedbackCategoriesOptions): FeedbackCategories {
  let cached: { live: ReadonlySet<string>; until: number } | undefined
  let inflight: Promise<ReadonlySet<string>> | undefined

  async function load(): Promise<ReadonlySet<string>> {
    if (!opts.apiKey) throw new CategoriesUnavailableError('LIAISON_API_KEY is not set, so feedback\'s categories cannot be read')
    let res: Response
    try {
      res = await fetch(new URL('/v1/feedback/categories', opts.gatewayUrl), {
        headers: { 'x-api-key': opts.apiKey, accept: 'application/json' },
        signal: AbortSignal.timeout(opts.timeoutMs ?? 3000)
      })
    } catch (err) {
      throw new CategoriesUnavailableError(`feedback categories could not be read: ${String((err as Error).message).slice(0, 200)}`)
    }
    if (!res.ok) throw new CategoriesUnavailableError(`feedback categories answered ${res.status}`)
    const body = (await res.json().catch(() => null)) as { items?: Array<{ code?: unknown; active?: unknown }> } | null
    if (!Array.isArray(body?.items)) throw new CategoriesUnavailableError('feedback categories answered without a list')
    return new Set(body.items.filter((c) => c.active === true && typeof c.code === 'string').map((c) => c.code as string))
  }

  function live(): Promise<ReadonlySet<string>> {
    if (cached && cached.until > Date.now()) return Promise.resolve(cached.live)
    inflight ??= load()
      .then((set) => {
        cached = { live: set, until: Date.now() + opts.ttlMs }
        return set
      })
      // A list a minute old beats refusing every agenda item while feedback restarts.
      .catch((err: unknown) => {
        if (cached) return cached.live
        throw err
      })
      .finally(() => {
        inflight = undefined
      })
    return inflight
  }

  return { isLive: async (code) => (await live()).has(code) }
}
