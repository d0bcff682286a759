#!/usr/bin/env node
// The entry point of `npm start`, `npm test`, `npm run seed`, `npm run rebuild-rollups` and `npm run bench` on a machine
// that has only Node: it installs the workspace with a pinned pnpm when node_modules is missing
// or older than the lockfile (corepack's signature check fails against some registries, so pnpm
// comes through npx), then runs the TypeScript script of that name with tsx.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const PNPM = 'pnpm@10.34.9'
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const [command, ...args] = process.argv.slice(2)
const scripts = { start: 'scripts/start.ts', test: 'scripts/test.ts', seed: 'scripts/seed.ts', 'rebuild-rollups': 'scripts/rebuild-rollups.ts', bench: 'bench/run.ts' }
if (!scripts[command]) {
  console.error(`usage: node scripts/run.mjs <${Object.keys(scripts).join('|')}> [args]`)
  process.exit(2)
}

function installed() {
  const marker = join(root, 'node_modules', '.modules.yaml')
  const tsx = join(root, 'node_modules', '.bin', 'tsx')
  if (!existsSync(marker) || !existsSync(tsx)) return false
  return statSync(marker).mtimeMs >= statSync(join(root, 'pnpm-lock.yaml')).mtimeMs
}

if (!installed()) {
  console.log(`Installing dependencies with ${PNPM} ...`)
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
  const res = spawnSync(npx, ['-y', PNPM, 'install', '--frozen-lockfile'], { cwd: root, stdio: 'inherit' })
  if (res.status !== 0) {
    console.error('Installing dependencies failed.')
    process.exit(res.status ?? 1)
  }
}

const child = spawn(process.execPath, ['--import', 'tsx', join(root, scripts[command]), ...args], { cwd: root, stdio: 'inherit' })
// Ctrl-C reaches the child too (same process group); we wait for it to finish its clean-up.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
