/**
 * Message templates, one per kind of message, with a variant per language (after Zendesk's
 * dynamic content): en, zh-Hant and ko, each with a subject, a plain text and an HTML body, and
 * optionally a short text for SMS. Mustache, logic-less, so a template is text a reviewer can
 * read. Templates live in the owning service's code and are checked when they are defined, so a
 * bad one stops the service from loading rather than a message from going out:
 *  - every variable a template names must be declared (mustache's own parser lists them);
 *  - HTML may not use `{{{ }}}` or `{{& }}`: customer text is always escaped there;
 *  - no partials and no delimiter changes, so what is checked is what is rendered.
 * Rendering is at enqueue: what is sent is what the business transaction committed, and a missing
 * or unknown variable fails that transaction.
 */
import Mustache from 'mustache'

export const templateLanguages = ['en', 'zh-Hant', 'ko'] as const
export type TemplateLanguage = (typeof templateLanguages)[number]

export interface TemplateVariant {
  subject: string
  text: string
  html: string
  /** The text of an SMS, when `text` is too long for one; `text` otherwise. */
  sms?: string
}

export interface TemplateDefinition<V extends string = string> {
  variables: readonly V[]
  en: TemplateVariant
  'zh-Hant': TemplateVariant
  ko: TemplateVariant
}

export type VariableValue = string | number | boolean | null

export interface Rendered {
  language: TemplateLanguage
  subject: string
  text: string
  html: string
  sms: string
}

export class TemplateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TemplateError'
  }
}

export interface Templates<T extends Record<string, TemplateDefinition>> {
  readonly kinds: ReadonlyArray<keyof T & string>
  render<K extends keyof T & string>(kind: K, language: string, variables: Record<T[K]['variables'][number], VariableValue>): Rendered
}

const KIND = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/
const VARIABLE = /^[A-Za-z][A-Za-z0-9_]*$/

type Token = [string, string, number, number, Token[]?, ...unknown[]]

/** The variable names a template uses (the first segment of `a.b`), refusing what may not be used. */
function namesIn(template: string, where: string, html: boolean): Set<string> {
  let tokens: Token[]
  try {
    tokens = Mustache.parse(template) as Token[]
  } catch (err) {
    throw new TemplateError(`${where}: ${(err as Error).message}`)
  }
  const names = new Set<string>()
  const walk = (list: Token[]) => {
    for (const [type, value, , , children] of list) {
      if (type === 'text' || type === '!') continue
      if (type === '>' || type === '=') throw new TemplateError(`${where}: partials and delimiter changes are not allowed ({{${type}${value}}})`)
      if (type === '&' && html) throw new TemplateError(`${where}: {{{${value}}}} would insert ${value} unescaped into HTML; use {{${value}}}`)
      if (value !== '.') names.add(value.split('.')[0]!)
      if (children) walk(children)
    }
  }
  walk(tokens)
  return names
}

function check(kind: string, definition: TemplateDefinition): void {
  if (!KIND.test(kind)) throw new TemplateError(`template ${JSON.stringify(kind)}: a kind is lower-case words joined by dots, e.g. complaint.acknowledged`)
  const declared = new Set(definition.variables)
  for (const v of declared) if (!VARIABLE.test(v)) throw new TemplateError(`template ${kind}: ${JSON.stringify(v)} is not a variable name`)
  for (const language of templateLanguages) {
    const variant = definition[language]
    if (!variant) throw new TemplateError(`template ${kind}: the ${language} variant is missing`)
    for (const part of ['subject', 'text', 'html', 'sms'] as const) {
      const source = variant[part]
      if (source === undefined && part === 'sms') continue
      if (typeof source !== 'string' || source.trim() === '') throw new TemplateError(`template ${kind} (${language}): ${part} is empty`)
      for (const name of namesIn(source, `template ${kind} (${language} ${part})`, part === 'html')) {
        if (!declared.has(name)) throw new TemplateError(`template ${kind} (${language} ${part}) names {{${name}}}, which is not one of its variables (${[...declared].join(', ') || 'none'})`)
      }
    }
  }
}

/**
 * The variant for a recipient's language (a BCP 47 tag): the same language, with Chinese in
 * traditional script (zh-HK, zh-TW, zh-Hant) taken as zh-Hant; anything else gets en.
 */
export function chooseLanguage(tag: string): TemplateLanguage {
  let locale: Intl.Locale
  try {
    locale = new Intl.Locale(tag).maximize()
  } catch {
    return 'en'
  }
  if (locale.language === 'zh') return locale.script === 'Hant' ? 'zh-Hant' : 'en'
  return (templateLanguages as readonly string[]).includes(locale.language) ? (locale.language as TemplateLanguage) : 'en'
}

const asText = (value: unknown) => String(value)

/** Defines a service's templates, checking each; throws TemplateError naming the first bad one. */
export function defineTemplates<const T extends Record<string, TemplateDefinition>>(definitions: T): Templates<T> {
  for (const [kind, definition] of Object.entries(definitions)) check(kind, definition)
  return {
    kinds: Object.keys(definitions) as Array<keyof T & string>,
    render(kind, tag, variables) {
      const definition = definitions[kind]
      if (!definition) throw new TemplateError(`no template ${JSON.stringify(kind)}`)
      const declared = new Set<string>(definition.variables)
      const given = Object.keys(variables)
      const unknown = given.filter((v) => !declared.has(v))
      const missing = [...declared].filter((v) => !(v in variables))
      if (unknown.length || missing.length) {
        throw new TemplateError(`template ${kind}: ${[missing.length ? `missing ${missing.join(', ')}` : '', unknown.length ? `unknown ${unknown.join(', ')}` : ''].filter(Boolean).join('; ')}`)
      }
      for (const [name, value] of Object.entries(variables as Record<string, unknown>)) {
        if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) throw new TemplateError(`template ${kind}: ${name} must be a string, number, boolean or null`)
      }
      const language = chooseLanguage(tag)
      const variant = definition[language]
      // Plain text is not escaped (it is not HTML); HTML always is, by mustache's escaper.
      const plain = (source: string) => Mustache.render(source, variables, undefined, { escape: asText })
      const text = plain(variant.text)
      return {
        language,
        // One line: a header cannot be split by what a customer typed.
        subject: plain(variant.subject).replace(/\s+/g, ' ').trim(),
        text,
        html: Mustache.render(variant.html, variables),
        sms: variant.sms === undefined ? text : plain(variant.sms)
      }
    }
  }
}
