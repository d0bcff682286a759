/**
 * The loopback SMTP server both sides of the messaging comparison send to: the platform's
 * catch-all (smtp-server), in a process of its own so that it can be pinned to the server core
 * and its cost is not the sender's. Says `{ port }` over IPC once listening; answers `count` with
 * how many messages it received and how many distinct Message-IDs among them.
 */
import { startLocalSmtp } from '@postcare/platform/local-smtp'

const smtp = await startLocalSmtp({ keep: true })
// The raw bodies are not needed: only the count and the Message-IDs are kept.
const seen = new Map<string, number>()
let total = 0
setInterval(() => {
  for (const m of smtp.received.splice(0)) {
    total++
    if (m.messageId) seen.set(m.messageId, (seen.get(m.messageId) ?? 0) + 1)
  }
}, 100).unref()
process.on('message', (msg) => {
  if (msg !== 'count') return
  for (const m of smtp.received.splice(0)) {
    total++
    if (m.messageId) seen.set(m.messageId, (seen.get(m.messageId) ?? 0) + 1)
  }
  process.send?.({ total, distinct: seen.size, repeated: [...seen.values()].filter((n) => n > 1).length })
})
process.on('SIGTERM', () => void smtp.close().finally(() => process.exit(0)))
process.send?.({ port: smtp.port })
