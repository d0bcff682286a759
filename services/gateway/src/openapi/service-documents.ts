/**
 * Each service publishes its own document at `/openapi.json`. The gateway fetches them, keeps the
 * last good copy of each (a service restarting must not take the whole document away), and
 * merges them with its own.
 */
import type { ServiceName } from '@postcare/platform'
import type { Dispatcher } from 'undici'
import { mergeDocuments, type OpenApiDocument } from './merge.js'

const FRESH_MS = 60_000
const FETCH_TIMEOUT_MS = 3000

export class ServiceUnreachableError extends Error {
  constructor(readonly services: string[]) {
    super(`No API document from: ${services.join(', ')}`)
    this.name = 'ServiceUnreachableError'
  }
}

export class MergedDocument {
  private readonly lastGood = new Map<string, OpenApiDocument>()
  private merged: { doc: OpenApiDocument; at: number } | undefined
  private pending: Promise<OpenApiDocument> | undefined

  constructor(
    private readonly upstreams: Readonly<Record<ServiceName, string>>,
    private readonly dispatcher: Dispatcher,
    private readonly gatewayDocument: () => OpenApiDocument
  ) {}

  get(): Promise<OpenApiDocument> {
    if (this.merged && Date.now() - this.merged.at < FRESH_MS) return Promise.resolve(this.merged.doc)
    // Concurrent readers share one round of fetches.
    this.pending ??= this.rebuild().finally(() => {
      this.pending = undefined
    })
    return this.pending
  }

  private async rebuild(): Promise<OpenApiDocument> {
    const entries = Object.entries(this.upstreams) as Array<[ServiceName, string]>
    const fetched = await Promise.all(entries.map(async ([name, base]) => [name, await this.fetchDocument(base).catch(() => undefined)] as const))
    const missing: string[] = []
    for (const [name, doc] of fetched) {
      if (doc) this.lastGood.set(name, doc)
      else if (!this.lastGood.has(name)) missing.push(name)
    }
    if (missing.length > 0) throw new ServiceUnreachableError(missing)
    const doc = mergeDocuments(this.gatewayDocument(), Object.fromEntries(entries.map(([name]) => [name, this.lastGood.get(name)!])))
    this.merged = { doc, at: Date.now() }
    return doc
  }

  private async fetchDocument(base: string): Promise<OpenApiDocument> {
    const url = new URL(`${base}/openapi.json`)
    const res = await this.dispatcher.request({
      origin: url.origin,
      path: url.pathname,
      method: 'GET',
      headers: { accept: 'application/json' },
      headersTimeout: FETCH_TIMEOUT_MS,
      bodyTimeout: FETCH_TIMEOUT_MS
    })
    if (res.statusCode !== 200) {
      await res.body.dump()
      throw new Error(`${url.href} answered ${res.statusCode}`)
    }
    const doc = (await res.body.json()) as OpenApiDocument
    if (typeof doc?.openapi !== 'string') throw new Error(`${url.href} is not an OpenAPI document`)
    return doc
  }
}
