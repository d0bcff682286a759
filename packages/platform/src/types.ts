import type { Kysely } from 'kysely'
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
  }
  interface FastifyInstance {
    db: Kysely<any>
  }
}
