/**
 * Runs a command (the tap suite) with a PostgreSQL for tests: the one DATABASE_URL names (any
 * PostgreSQL 15+, as CI does), or otherwise a throwaway embedded one on a free port. Service
 * roles are bootstrapped once here; each test file then makes its own database.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bootstrapRoles, databaseRoleNames, type DatabaseRoleName } from '@postcare/platform'
import { startEmbeddedPostgres, type RunningPostgres } from '@postcare/platform/embedded'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: tsx scripts/test-db.ts <command> [args...]')
  process.exit(2)
}

let adminUrl = process.env.DATABASE_URL
let running: RunningPostgres | undefined
let dataRoot: string | undefined
if (adminUrl) {
  console.log(`tests: using the PostgreSQL at ${new URL(adminUrl).host} (DATABASE_URL)`)
} else {
  dataRoot = mkdtempSync(join(tmpdir(), 'postcare-test-'))
  chmodSync(dataRoot, 0o755)
  running = await startEmbeddedPostgres({ dataDir: join(dataRoot, 'pg'), password: randomBytes(12).toString('hex'), persistent: false })
  adminUrl = running.adminUrl
  console.log(`tests: embedded PostgreSQL on port ${running.port}`)
}

const rolePassword = randomBytes(12).toString('hex')
await bootstrapRoles(adminUrl, Object.fromEntries(databaseRoleNames.map((s) => [s, rolePassword])) as Record<DatabaseRoleName, string>)

const child = spawn(command, args, {
  stdio: 'inherit',
  // POSTCARE_TEST_DATABASE says which run this is, for a test that need not repeat itself on an
  // external server (test/reliability/stack.test.ts).
  env: { ...process.env, POSTCARE_TEST_ADMIN_URL: adminUrl, POSTCARE_TEST_ROLE_PASSWORD: rolePassword, POSTCARE_TEST_DATABASE: running ? 'embedded' : 'external', DATABASE_URL: '' }
})
const code: number = await new Promise((resolve) => child.on('exit', (c, sig) => resolve(c ?? (sig ? 1 : 0))))
if (running) await running.stop().catch((err) => console.error('stopping PostgreSQL:', err))
if (dataRoot) rmSync(dataRoot, { recursive: true, force: true })
process.exit(code)
