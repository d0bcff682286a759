/**
 * A catch-all SMTP server on loopback (the `smtp-server` package): it accepts every message for
 * any address, relays nothing, keeps what it received, and writes each as an `.eml` file when
 * given a folder. `npm start` runs one so that the demo can send mail without ever reaching a
 * real address; the tests and the benchmark send to it with the production transport, and can
 * make it refuse (a 4xx or 5xx per recipient) to exercise retries and failures.
 */
import { mkdirSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { SMTPServer, type SMTPServerSession } from 'smtp-server'

export interface ReceivedMail {
  from: string
  to: string[]
  /** The Message-ID header, as sent (`<id@domain>`). */
  messageId: string | null
  raw: Buffer
  receivedAt: Date
  /** Whether the session was upgraded with STARTTLS. */
  secure: boolean
  /** Who authenticated, if anyone. */
  user: string | null
}

/** An SMTP reply refusing a recipient, e.g. `{ code: 450, message: 'mailbox busy' }`. */
export interface Refusal {
  code: number
  message: string
}

export interface LocalSmtpOptions {
  host?: string
  /** 0 (the default) picks a free port. */
  port?: number
  /** Each message is written here as `<time>-<n>.eml`. */
  dir?: string
  /** Keep received messages in memory (`received`); on by default, off for a long-running demo. */
  keep?: boolean
  /** Refuses a recipient by returning the reply to give; accepts it by returning undefined. */
  refuse?: (recipient: string) => Refusal | undefined
  /** Offers STARTTLS, with smtp-server's built-in certificate for localhost (for tests only). */
  starttls?: boolean
  /** Requires AUTH with these credentials (535 otherwise). */
  credentials?: { user: string; pass: string }
}

export interface LocalSmtp {
  host: string
  port: number
  /** For SMTP_URL (no TLS on loopback). */
  url: string
  received: ReceivedMail[]
  /** How many messages were received with each Message-ID. */
  countByMessageId(): Map<string, number>
  close(): Promise<void>
}

const refusal = (r: Refusal) => Object.assign(new Error(r.message), { responseCode: r.code })

export async function startLocalSmtp(opts: LocalSmtpOptions = {}): Promise<LocalSmtp> {
  const host = opts.host ?? '127.0.0.1'
  const keep = opts.keep ?? true
  const received: ReceivedMail[] = []
  let n = 0
  if (opts.dir) mkdirSync(opts.dir, { recursive: true, mode: 0o700 })
  const server = new SMTPServer({
    name: 'postcare-local-smtp',
    banner: 'Postcare local catch-all: nothing is relayed',
    logger: false,
    authOptional: !opts.credentials,
    allowInsecureAuth: !opts.starttls,
    disabledCommands: opts.starttls ? [] : ['STARTTLS'],
    size: 25 * 1024 * 1024,
    // Senders keep pooled connections open; closing waits for them no longer than this.
    closeTimeout: 2000,
    onAuth(auth, _session, callback) {
      const c = opts.credentials
      if (c && (auth.username !== c.user || auth.password !== c.pass)) return callback(refusal({ code: 535, message: '5.7.8 Authentication credentials invalid' }))
      callback(null, { user: auth.username ?? 'local' })
    },
    onRcptTo(address, _session, callback) {
      const r = opts.refuse?.(address.address)
      callback(r ? refusal(r) : null)
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', (err) => callback(err))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks)
        const header = raw.subarray(0, Math.max(0, raw.indexOf('\r\n\r\n')) || raw.length).toString('utf8')
        const messageId = /^message-id:\s*(<[^>\r\n]+>)/im.exec(header)?.[1] ?? null
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId,
          raw,
          receivedAt: new Date(),
          secure: session.secure,
          user: typeof session.user === 'string' ? session.user : null
        }
        if (keep) received.push(mail)
        if (!opts.dir) return callback(null)
        const file = join(opts.dir, `${mail.receivedAt.toISOString().replace(/[:.]/g, '-')}-${++n}.eml`)
        writeFile(file, raw, { mode: 0o600 }).then(() => callback(null), (err: Error) => callback(err))
      })
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, host, () => resolve())
  })
  server.on('error', () => {})
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port
  return {
    host,
    port,
    url: `smtp://${host}:${port}`,
    received,
    countByMessageId() {
      const counts = new Map<string, number>()
      for (const m of received) if (m.messageId) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1)
      return counts
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
