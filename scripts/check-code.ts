/**
 * Rules of the codebase that a reviewer would otherwise have to remember, checked on every test
 * run (STYLE.md, "Learned here"):
 *  - no hand-written TypeScript file under `services/<name>/src` or `packages/<name>/src` is longer
 *    than 300 lines (generated files are exempt: the client's `schema.d.ts`);
 *  - no code outside `packages/platform` names a table the platform owns (idempotency keys, audit
 *    log, outbox, events, webhook subscriptions and deliveries): services reach them only through the platform's functions.
 * Prints each breach with its place and exits 1 when there is one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = process.cwd()
export const MAX_LINES = 300
const GENERATED = new Set(['packages/client/src/schema.d.ts'])
const PLATFORM_TABLES = /\b(idempotency_keys|audit_log|outbox_messages|outbox_events|webhook_subscriptions|webhook_deliveries|idempotencyKeys|auditLog|outboxMessages|outboxEvents|webhookSubscriptions|webhookDeliveries)\b/

function tsFiles(dir: string): string[] {
  let out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (name === 'node_modules' || name === 'dist') continue
    if (statSync(path).isDirectory()) out = out.concat(tsFiles(path))
    else if (name.endsWith('.ts')) out.push(path)
  }
  return out
}

const sourceDirs = ['services', 'packages'].flatMap((top) => readdirSync(join(root, top)).map((name) => join(root, top, name, 'src'))).filter((d) => {
  try {
    return statSync(d).isDirectory()
  } catch {
    return false
  }
})

const problems: string[] = []
for (const file of sourceDirs.flatMap(tsFiles)) {
  const rel = relative(root, file)
  if (GENERATED.has(rel)) continue
  const text = readFileSync(file, 'utf8')
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
  if (lines > MAX_LINES) problems.push(`${rel}: ${lines} lines (at most ${MAX_LINES}: split it along its seams)`)
  if (!rel.startsWith('packages/platform/')) {
    text.split('\n').forEach((line, i) => {
      const m = PLATFORM_TABLES.exec(line)
      if (m) problems.push(`${rel}:${i + 1}: names the platform's table ${m[1]} (use the platform's functions)`)
    })
  }
}

if (problems.length > 0) {
  console.log(`${problems.length} breach${problems.length === 1 ? '' : 'es'} of the code rules:`)
  for (const p of problems) console.log(`  - ${p}`)
  process.exit(1)
}
console.log(`code rules: ${sourceDirs.length} source folders, every file at most ${MAX_LINES} lines, no platform table named outside the platform`)
