import type { Kysely } from 'kysely'
import type { Registry } from 'prom-client'
import type { Identity } from './identity.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on every non-public route once the gateway's identity token is verified. */
    identity: Identity
  }
  interface FastifyContextConfig {
    /** The scope a caller needs for this route (checked by the platform). */
    scope?: string
    /** No identity needed (health, metrics). */
    public?: boolean
    /** Acts on the whole network (reference data, administration, network-wide figures): refused to office-bound callers. */
    network?: boolean
  }
  interface FastifyInstance {
    db: Kysely<any>
    /**
     * Masks or audits records an export streams, as every JSON answer is on its way out: the
     * records are of the contract schema `schemaId`.
     */
    discloseRecords(request: FastifyRequest, schemaId: string, records: unknown[]): Promise<unknown[]>
    /** The app's Prometheus registry, served by serveMetrics on a listener of its own. */
    metrics: Registry
    /** Adds a check to `/health/ready` (a part of the process that can be unable to do its work). */
    addReadinessCheck(name: string, check: () => Promise<boolean>): void
  }
}
