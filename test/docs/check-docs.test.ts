/**
 * The README check fails on what does not exist, and only on that: run on a small repository of
 * its own, whose READMEs name real and missing paths and scripts.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'

const script = join(import.meta.dirname, '../../scripts/check-docs.ts')

function repo(t: Test, readme: string, serviceReadme = 'Routes: `GET /v1/x/things` answers `text/csv`; fields like `body/code`.\n') {
  const dir = mkdtempSync(join(tmpdir(), 'check-docs-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  mkdirSync(join(dir, 'services/things/src'), { recursive: true })
  mkdirSync(join(dir, 'scripts'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { test: 'x', lint: 'y' } }))
  writeFileSync(join(dir, 'scripts/run.mjs'), '')
  writeFileSync(join(dir, 'services/things/src/app.ts'), '')
  writeFileSync(join(dir, '.gitignore'), '.state/\n')
  writeFileSync(join(dir, 'README.md'), readme)
  writeFileSync(join(dir, 'services/things/README.md'), serviceReadme)
  spawnSync('git', ['init', '-q'], { cwd: dir })
  const res = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), script], { cwd: dir, encoding: 'utf8' })
  return { status: res.status, output: res.stdout + res.stderr }
}

t.test('paths and scripts that exist pass, with globs, placeholders, API paths and ignored run output left alone', async (t) => {
  const { status, output } = repo(t, [
    'Run `npm test` or `npm run lint`; start with `node scripts/run.mjs start`.',
    '```sh\nnode scripts/run.mjs test services/things/src/app.ts   # one file\n```',
    'Each service has `services/<name>/src/app.ts` (`services/*/src/*.ts`); logs go to `.state/logs/x.log`; see `../shared/DESIGN.md`.',
    'Call `GET /v1/things` at `http://127.0.0.1:8080/v1/things`.'
  ].join('\n'), 'Its code: `src/app.ts`.\n')
  t.equal(status, 0, output)
})

t.test('a path that does not exist fails, naming it and the README', async (t) => {
  const { status, output } = repo(t, '```sh\nnode scripts/run.mjs test services/things/test/things.test.ts\n```\n')
  t.equal(status, 1)
  t.match(output, 'README.md: `services/things/test/things.test.ts` does not exist')
})

t.test('a script package.json does not have fails, in a service README too', async (t) => {
  const { status, output } = repo(t, 'Run `npm start`.\n', 'Regenerate with npm run openapi.\n')
  t.equal(status, 1)
  t.match(output, 'README.md: `npm start` is not a script of package.json')
  t.match(output, 'services/things/README.md: `npm run openapi` is not a script of package.json')
})
