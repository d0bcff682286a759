/**
 * Templates are checked when they are defined, so a bad one stops the service from loading; and
 * rendering escapes customer text where it is HTML. No database needed.
 */
import t from 'tap'
import { backoffSeconds, chooseLanguage, defineTemplates, TemplateError, type TemplateDefinition } from '../../src/messaging/index.js'

const variant = (s: string) => ({ subject: `S ${s}`, text: `T ${s}`, html: `<p>${s}</p>` })
const template = (over: Partial<TemplateDefinition> = {}): TemplateDefinition => ({ variables: ['name'], en: variant('{{name}}'), 'zh-Hant': variant('{{name}}'), ko: variant('{{name}}'), ...over })

t.test('a template that names an unknown variable refuses to load', async (t) => {
  t.throws(() => defineTemplates({ 'note.sent': template({ ko: variant('{{nmae}}') }) }), new TemplateError('template note.sent (ko subject) names {{nmae}}, which is not one of its variables (name)'))
  t.throws(() => defineTemplates({ 'note.sent': template({ en: { ...variant('{{name}}'), html: '{{#reply}}<p>{{text}}</p>{{/reply}}' } }) }), /names \{\{reply\}\}/, 'inside sections too')
  t.doesNotThrow(() => defineTemplates({ 'note.sent': template({ variables: ['name', 'reply'], en: { ...variant('{{name}}'), html: '{{#reply}}<p>{{reply}}</p>{{/reply}}' } }) }))
})

t.test('a template that would put a variable into HTML unescaped refuses to load', async (t) => {
  t.throws(() => defineTemplates({ 'note.sent': template({ en: { ...variant('{{name}}'), html: '<p>{{{name}}}</p>' } }) }), /unescaped into HTML/)
  t.throws(() => defineTemplates({ 'note.sent': template({ en: { ...variant('{{name}}'), html: '<p>{{& name}}</p>' } }) }), /unescaped into HTML/)
})

t.test('partials, delimiter changes, a missing language and a bad kind refuse to load', async (t) => {
  t.throws(() => defineTemplates({ 'note.sent': template({ en: { ...variant('{{name}}'), text: '{{> footer}}' } }) }), /partials/)
  t.throws(() => defineTemplates({ 'note.sent': template({ en: { ...variant('{{name}}'), text: '{{=<% %>=}}<% name %>' } }) }), /delimiter/)
  const { ko: _ko, ...withoutKo } = template()
  t.throws(() => defineTemplates({ 'note.sent': withoutKo as TemplateDefinition }), /the ko variant is missing/)
  t.throws(() => defineTemplates({ 'Note Sent': template() }), /a kind is lower-case words/)
  t.throws(() => defineTemplates({ 'note.sent': template({ en: { ...variant('{{name}}'), text: '{{#name}}unclosed' } }) }), TemplateError)
})

t.test('rendering needs exactly the declared variables', async (t) => {
  const templates = defineTemplates({ 'note.sent': template({ variables: ['name', 'reference'] }) })
  t.throws(() => templates.render('note.sent', 'en', { name: 'A' } as never), /missing reference/)
  t.throws(() => templates.render('note.sent', 'en', { name: 'A', reference: 'R', extra: 1 } as never), /unknown extra/)
  t.throws(() => templates.render('note.sent', 'en', { name: { toString: () => 'x' }, reference: 'R' } as never), /must be a string/)
  t.throws(() => templates.render('other.kind' as never, 'en', {} as never), /no template/)
})

t.test('customer text is escaped in HTML, left as typed in text, and a subject stays on one line', async (t) => {
  const templates = defineTemplates({
    'note.sent': { variables: ['name'], en: { subject: 'Re: {{name}}', text: 'Dear {{name}}', html: '<p title="{{name}}">Dear {{name}}</p>' }, 'zh-Hant': variant('{{name}}'), ko: variant('{{name}}') }
  })
  const r = templates.render('note.sent', 'en', { name: '<script>alert(1)</script> "Tom" & \'Jerry\'\r\nBcc: x@example.org' })
  t.equal(r.html, '<p title="&lt;script&gt;alert(1)&lt;&#x2F;script&gt; &quot;Tom&quot; &amp; &#39;Jerry&#39;\r\nBcc: x@example.org">Dear &lt;script&gt;alert(1)&lt;&#x2F;script&gt; &quot;Tom&quot; &amp; &#39;Jerry&#39;\r\nBcc: x@example.org</p>')
  t.equal(r.text, 'Dear <script>alert(1)</script> "Tom" & \'Jerry\'\r\nBcc: x@example.org')
  t.equal(r.subject, 'Re: <script>alert(1)</script> "Tom" & \'Jerry\' Bcc: x@example.org')
  t.equal(r.sms, r.text, 'an SMS without its own text gets the plain text')
})

t.test('the recipient\'s language picks the variant; any other falls back to en', async (t) => {
  const cases: Array<[string, string]> = [
    ['en', 'en'], ['en-GB', 'en'], ['zh-Hant', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-TW', 'zh-Hant'], ['zh-Hant-HK', 'zh-Hant'],
    ['ko', 'ko'], ['ko-KR', 'ko'], ['zh', 'en'], ['zh-Hans', 'en'], ['fr', 'en'], ['', 'en'], ['not a tag!', 'en']
  ]
  for (const [tag, language] of cases) t.equal(chooseLanguage(tag), language, JSON.stringify(tag))
  const templates = defineTemplates({ 'note.sent': template({ 'zh-Hant': variant('你好 {{name}}'), ko: variant('안녕 {{name}}') }) })
  t.match(templates.render('note.sent', 'zh-HK', { name: '陳' }), { language: 'zh-Hant', subject: 'S 你好 陳' })
  t.match(templates.render('note.sent', 'ja', { name: 'A' }), { language: 'en', subject: 'S A' })
})

t.test('the back-off doubles from the base up to the cap, jittered within its upper half', async (t) => {
  const config = { retryBaseSeconds: 30, retryMaxSeconds: 3600 }
  t.same([1, 2, 3, 8, 40].map((n) => backoffSeconds(n, config, () => 1)), [30, 60, 120, 3600, 3600])
  t.same([1, 2, 3].map((n) => backoffSeconds(n, config, () => 0)), [15, 30, 60])
})
