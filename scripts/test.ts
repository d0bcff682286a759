/**
 * The test command: lint, typecheck, the OpenAPI drift and lint check, the README check, then the
 * tap suite on a real PostgreSQL (embedded unless DATABASE_URL is set). Ends with `N passed,
 * N failed` from tap's own counts (each static check counting as one more), and exits non-zero if
 * any step failed.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { parseTapCounts } from './summary.js'

const bin = (name: string) => `node_modules/.bin/${name}`

/**
 * Runs a step. A captured step (the tap suite) keeps its full TAP in .tap/tap.log and shows only
 * what a reader needs: one line per test file, and every failing assertion with its diagnostics.
 */
function run(label: string, cmd: string, args: string[], capture = false): Promise<{ code: number; output: string }> {
  console.log(`\n▶ ${label}`)
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', env: process.env })
    let output = ''
    let pending = ''
    let inFailure = false
    const show = (line: string) => {
      const trimmed = line.trim()
      if (/^not ok\b/.test(trimmed)) inFailure = true
      else if (inFailure && /^(ok|# Subtest)\b/.test(trimmed)) inFailure = false
      if (inFailure || !/^\s/.test(line) || /^tests?:/.test(line)) process.stdout.write(`${line}\n`)
    }
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString()
      output += text
      const lines = (pending + text).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) show(line)
    })
    child.on('exit', (code, signal) => {
      if (pending) show(pending)
      resolve({ code: code ?? (signal ? 1 : 0), output })
    })
  })
}

const failures: string[] = []
// `--suite-only` runs just the tap suite (CI's second run, against an external PostgreSQL);
// file arguments narrow it further.
const suiteOnly = process.argv.includes('--suite-only')
const only = process.argv.slice(2).filter((a) => a !== '--suite-only')
const steps: Array<[string, string, string[]]> = [
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['openapi: documents and client match the code, and pass Redocly and Spectral OWASP lint', process.execPath, ['--import', 'tsx', 'scripts/openapi.ts', '--check']],
  ['docs: every path and npm script the READMEs name exists', process.execPath, ['--import', 'tsx', 'scripts/check-docs.ts']],
  ['code: no source file over 300 lines, no platform table named outside the platform', process.execPath, ['--import', 'tsx', 'scripts/check-code.ts']]
]
if (only.length === 0 && !suiteOnly) {
  for (const [label, cmd, args] of steps) {
    const { code } = await run(label, cmd, args)
    if (code !== 0) failures.push(label)
  }
}

const tap = await run('tap suite', process.execPath, ['--import', 'tsx', 'scripts/test-db.ts', bin('tap'), ...(only.length ? only : [])], true)
const counts = parseTapCounts(tap.output)
if (tap.code !== 0) failures.push('tap suite')
mkdirSync('.tap', { recursive: true })
writeFileSync('.tap/tap.log', tap.output)
writeFileSync('.tap/counts.json', JSON.stringify({ ...counts, failures }))
if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`)
if (!counts) {
  console.log('0 passed, 1 failed')
  process.exit(1)
}
// The static checks count as one test each, beside tap's assertions.
const ranStatic = only.length === 0 && !suiteOnly ? steps.length : 0
const staticFailed = failures.filter((f) => f !== 'tap suite').length
console.log(`${counts.passed + ranStatic - staticFailed} passed, ${counts.failed + staticFailed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`)
process.exit(failures.length ? 1 : 0)
