/**
 * The READMEs stay true: every repository path the root README and each service's README name in
 * code (backticks or fenced blocks) must exist, and every `npm run <script>` (and `npm start`,
 * `npm test`) they mention anywhere must be a script of the root package.json (or, in a service's
 * README, of that service's package.json). Run by `npm test` beside lint, typecheck and OpenAPI.
 *
 * What counts as a path: a token with a slash whose first segment is an entry of the repository's
 * root or of the README's folder (`services/feedback/...`, `scripts/x.ts`, a service's `src/...`),
 * so API paths (`/v1/...`), URLs, media types (`text/csv`) and field names (`body/officeCode`) are
 * not mistaken for files. `<name>` placeholders and `*` are globs that must match a file. Paths git
 * ignores (`.postcare/`, `node_modules/`, `dist/`) are what a run makes, so they are not required.
 * Paths outside the repository (`../shared/...`) are not this repository's to check.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = process.cwd()
const git = (args: string[], input?: string) => spawnSync('git', args, { cwd: root, encoding: 'utf8', input })
const files = git(['ls-files', '--cached', '--others', '--exclude-standard']).stdout.split('\n').filter(Boolean)

function readmes(): string[] {
  const services = readdirSync(join(root, 'services'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'services', d.name, 'README.md')))
    .map((d) => `services/${d.name}/README.md`)
  return ['README.md', ...services]
}

/** The text inside backticks and fenced code blocks. */
export function codeOf(markdown: string): string[] {
  const out: string[] = []
  const fence = /^```[^\n]*\n([\s\S]*?)^```/gm
  for (const m of markdown.matchAll(fence)) out.push(m[1]!)
  const prose = markdown.replace(fence, '')
  for (const m of prose.matchAll(/`([^`\n]+)`/g)) out.push(m[1]!)
  return out
}

function globToRegExp(glob: string): RegExp {
  const re = glob
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${re}/?$`)
}

function isIgnored(path: string): boolean {
  return git(['check-ignore', '-q', '--no-index', path]).status === 0
}

/** Candidate paths of one code span or block, as written. */
export function pathsIn(code: string): string[] {
  return code
    .split(/[\s'"(),;=|]+/)
    .map((token) => token.replace(/[.:]+$/, ''))
    .filter((token) => token.includes('/') && !token.startsWith('/') && !token.includes('://') && !token.includes('?') && /^[\w.<>*{}/-]+$/.test(token))
}

function missingPaths(readme: string, text: string): string[] {
  const base = dirname(readme)
  const entries = (dir: string) => new Set(readdirSync(join(root, dir)))
  const starts = [entries('.'), entries(base)]
  const missing: string[] = []
  for (const code of codeOf(text)) {
    for (const written of pathsIn(code)) {
      if (written.startsWith('../')) continue
      const first = written.split('/')[0]!.replace(/^\.\//, '')
      if (!starts.some((s) => s.has(first))) continue
      const candidates = [written, join(base, written)].map((p) => normalize(p).replace(/\/$/, ''))
      if (candidates.some((p) => relative(root, join(root, p)).startsWith('..'))) continue
      const glob = /[*<]/.test(written)
      const found = candidates.some((p) => {
        if (!glob) return existsSync(join(root, p))
        const re = globToRegExp(p.replace(/<[^>]+>/g, '*'))
        return files.some((f) => re.test(f) || re.test(dirname(f)))
      })
      if (!found && !candidates.some((p) => isIgnored(p.replace(/<[^>]+>/g, 'x')))) missing.push(written)
    }
  }
  return [...new Set(missing)]
}

function scriptsOf(packageJson: string): Set<string> {
  if (!existsSync(packageJson)) return new Set()
  return new Set(Object.keys((JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {}))
}

function missingScripts(readme: string, text: string): string[] {
  const known = new Set([...scriptsOf(join(root, 'package.json')), ...(readme === 'README.md' ? [] : scriptsOf(join(root, dirname(readme), 'package.json')))])
  // A script name ends before a sentence's full stop or colon.
  const named = [...text.matchAll(/\bnpm\s+(?:run(?:-script)?\s+([\w:.-]*\w)|(start|test)\b)/g)].map((m) => m[1] ?? m[2]!)
  return [...new Set(named.filter((s) => !known.has(s)))].map((s) => `npm ${s === 'start' || s === 'test' ? s : `run ${s}`}`)
}

function main(): void {
  const problems: string[] = []
  for (const readme of readmes()) {
    const text = readFileSync(join(root, readme), 'utf8')
    for (const path of missingPaths(readme, text)) problems.push(`${readme}: \`${path}\` does not exist`)
    for (const script of missingScripts(readme, text)) problems.push(`${readme}: \`${script}\` is not a script of package.json`)
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'))
    console.error(`${problems.length} thing${problems.length === 1 ? '' : 's'} the READMEs name do${problems.length === 1 ? 'es' : ''} not exist.`)
    process.exit(1)
  }
  console.log(`READMEs: every path and npm script named exists (${readmes().length} files).`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
