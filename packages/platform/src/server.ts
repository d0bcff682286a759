/**
 * The only place that listens: load config (a bad setting stops here, naming it), build the app,
 * migrate, listen, and close gracefully on SIGTERM/SIGINT — in-flight requests finish, idle
 * keep-alive connections close, and the process exits within 10 s whatever happens.
 */
import closeWithGrace from 'close-with-grace'
import type { FastifyInstance } from 'fastify'
import { ConfigError } from './config.js'
import { sendProblem } from './error-handler.js'
import { PlatformErrors } from './errors.js'
import { serveMetrics, type MetricsListener } from './metrics.js'

/**
 * Closing without dropping anyone: once close begins, every answer carries `Connection: close`,
 * so keep-alive connections that were busy end with their answer instead of holding the process
 * until the grace timer; new requests get a problem+json 503 with Retry-After (Fastify's own
 * closing answer is plain JSON without it). Needs `return503OnClosing: false` (serverOptions).
 */
export function registerGracefulClose(app: FastifyInstance): void {
  let closing = false
  app.addHook('preClose', (done) => {
    closing = true
    done()
  })
  app.addHook('onRequest', (request, reply, done) => {
    if (!closing) return done()
    reply.header('connection', 'close')
    sendProblem(reply, PlatformErrors.SERVICE_UNAVAILABLE('The service is shutting down; retry shortly.'))
  })
  app.addHook('onSend', (_request, reply, _payload, done) => {
    if (closing) reply.header('connection', 'close')
    done()
  })
}

type Listening = { host: string; port: number; metrics: MetricsListener | null }

export interface RunOptions<C extends Listening> {
  loadConfig: () => C
  buildApp: (config: C) => Promise<FastifyInstance>
  /** Runs after the app is built and before it listens (migrations, seeding); a ConfigError here exits 78 like a bad setting. */
  prepare?: (app: FastifyInstance, config: C) => Promise<void>
}

export const SHUTDOWN_GRACE_MS = 8000

export async function runServer<C extends Listening>(opts: RunOptions<C>): Promise<void> {
  let config: C
  try {
    config = opts.loadConfig()
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`)
      process.exit(78) // EX_CONFIG
    }
    throw err
  }
  const app = await opts.buildApp(config)
  closeWithGrace({ delay: SHUTDOWN_GRACE_MS }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error')
    else app.log.info({ signal }, 'closing')
    await app.close()
  })
  try {
    if (opts.prepare) await opts.prepare(app, config)
  } catch (err) {
    // A setting at odds with the data (rollups built in another time zone) is refused like a bad
    // setting: the message names it, and the process exits without listening.
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`)
      app.log.fatal({ problems: err.problems }, 'refusing to start')
      await app.close()
      process.exit(78)
    }
    throw err
  }
  await app.listen({ host: config.host, port: config.port })
  if (config.metrics) {
    const server = await serveMetrics(app.metrics, config.metrics)
    app.addHook('onClose', (_app, done) => {
      server.close(() => done())
    })
    app.log.info({ metrics: `${config.metrics.host}:${config.metrics.port}` }, 'metrics listener up')
  }
}

/** Retries `fn` while the database is still starting, for migrations at start-up. */
export async function retryUntil<T>(fn: () => Promise<T>, opts: { attempts?: number; delayMs?: number; log?: (msg: string) => void } = {}): Promise<T> {
  const attempts = opts.attempts ?? 30
  for (let i = 1; ; i++) {
    try {
      return await fn()
    } catch (err) {
      if (i >= attempts) throw err
      opts.log?.(`not ready yet (${(err as Error).message}); retrying`)
      await new Promise((r) => setTimeout(r, opts.delayMs ?? 1000))
    }
  }
}
