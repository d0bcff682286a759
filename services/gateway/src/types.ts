declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A proxied route: the caller must be authenticated here, and the named service checks the
     * scope itself (it owns the rules for its data).
     */
    upstream?: string
  }
}
export {}
