/**
 * How a message leaves: one small interface per channel, so that a provider (an SMS gateway, say)
 * is an adapter added here and configured, without touching the services.
 *  - e-mail: nodemailer's SMTP pool to SMTP_URL, with its rate limit (SMTP_MAX_PER_SECOND);
 *  - letters: a printable HTML page in the print room's spool folder, listed for collection;
 *  - SMS: no provider is contracted yet, so the loopback writes each to the spool folder too.
 * A transport throws PermanentFailure when trying again cannot help (the server said 5xx to the
 * recipient or the message); anything else it throws is taken as transient and retried.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { MessageChannel } from '@postcare/contracts'
import Mustache from 'mustache'
import nodemailer from 'nodemailer'
import type { MessagingConfig } from './settings.js'

export interface OutgoingMessage {
  id: string
  /** `<id@domain>`, the same on every attempt. */
  messageId: string
  kind: string
  channel: MessageChannel
  language: string
  to: { address: string; name: string | null }
  subject: string
  text: string
  html: string | null
}

export interface Delivery {
  /** What took it: the mail server's answer, the spool file. */
  deliveredTo: string
}

export interface Transport {
  send(message: OutgoingMessage): Promise<Delivery>
  close?(): Promise<void>
}

export type Transports = Partial<Record<MessageChannel, Transport>>

export class PermanentFailure extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'PermanentFailure'
  }
}

interface SmtpError extends Error {
  code?: string
  responseCode?: number
  response?: string
}

/**
 * A 5xx to the envelope or the message is the server's final word on this message. Anything else
 * (4xx, a refused or dropped connection, a timeout, TLS, even a 5xx to our credentials) is about
 * the server or our settings, not the message, and is worth another try.
 */
export function isPermanentSmtpError(err: SmtpError): boolean {
  return (err.code === 'EENVELOPE' || err.code === 'EMESSAGE') && typeof err.responseCode === 'number' && err.responseCode >= 500
}

export interface SmtpOptions {
  url: string
  from: string
  maxPerSecond: number
  maxConnections: number
}

export function smtpTransport(options: SmtpOptions): Transport {
  const mailer = nodemailer.createTransport(
    {
      url: options.url,
      pool: true,
      maxConnections: options.maxConnections,
      ...(options.maxPerSecond > 0 ? { rateLimit: options.maxPerSecond, rateDelta: 1000 } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000
    },
    { from: options.from }
  )
  return {
    async send(m) {
      try {
        const info = await mailer.sendMail({
          to: { name: m.to.name ?? '', address: m.to.address },
          subject: m.subject,
          text: m.text,
          ...(m.html ? { html: m.html } : {}),
          messageId: m.messageId,
          headers: { 'X-Postcare-Kind': m.kind, 'Content-Language': m.language }
        })
        return { deliveredTo: String(info.response ?? 'accepted') }
      } catch (err) {
        const e = err as SmtpError
        const reason = e.response ?? e.message
        if (isPermanentSmtpError(e)) throw new PermanentFailure(reason, { cause: err })
        throw Object.assign(new Error(reason, { cause: err }), { name: 'TransientFailure' })
      }
    },
    async close() {
      mailer.close()
    }
  }
}

/** Writes `text` to `path` whole: a collector never sees half a file, and a resend replaces the first. */
async function writeWhole(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, text, { mode: 0o600 })
  await rename(tmp, path)
}

const LETTER_PAGE = `<!doctype html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<title>{{subject}}</title>
<style>
@page { size: A4; margin: 25mm 20mm; }
body { font-family: serif; font-size: 11pt; line-height: 1.4; }
.address { white-space: pre-line; margin: 0 0 3em; }
.reference { font-size: 8pt; color: #555; }
</style>
</head>
<body>
<div class="address">{{name}}
{{address}}</div>
<h1>{{subject}}</h1>
{{{body}}}
<p class="reference">{{messageId}}</p>
</body>
</html>
`

/**
 * Letters for the print room: `<spool>/letters/<service>/<id>.html`, one printable A4 page each
 * (the template's HTML, already escaped, under the escaped name and address). The file is named by
 * the message, so a resend after a crash replaces it rather than printing it twice.
 */
export function letterSpoolTransport(spoolDir: string, service: string): Transport {
  const dir = join(spoolDir, 'letters', service)
  return {
    async send(m) {
      await mkdir(dir, { recursive: true, mode: 0o700 })
      const page = Mustache.render(LETTER_PAGE, { language: m.language, subject: m.subject, name: m.to.name ?? '', address: m.to.address, body: m.html ?? `<pre>${Mustache.escape(m.text)}</pre>`, messageId: m.messageId })
      const file = join('letters', service, `${m.id}.html`)
      await writeWhole(join(spoolDir, file), page)
      return { deliveredTo: file }
    }
  }
}

/** The SMS loopback: `<spool>/sms/<service>/<id>.txt`, until an SMS provider's adapter replaces it. */
export function smsSpoolTransport(spoolDir: string, service: string): Transport {
  const dir = join(spoolDir, 'sms', service)
  return {
    async send(m) {
      await mkdir(dir, { recursive: true, mode: 0o700 })
      const file = join('sms', service, `${m.id}.txt`)
      await writeWhole(join(spoolDir, file), `To: ${m.to.address}\nMessage-ID: ${m.messageId}\n\n${m.text}\n`)
      return { deliveredTo: file }
    }
  }
}

/** The transports the settings configure: e-mail with SMTP_URL, letters and SMS with MESSAGES_SPOOL_DIR. */
export function configuredTransports(config: MessagingConfig, service: string): Transports {
  return {
    ...(config.smtpUrl ? { email: smtpTransport({ url: config.smtpUrl, from: config.from, maxPerSecond: config.smtpMaxPerSecond, maxConnections: config.smtpMaxConnections }) } : {}),
    ...(config.spoolDir ? { letter: letterSpoolTransport(config.spoolDir, service), sms: smsSpoolTransport(config.spoolDir, service) } : {})
  }
}
