// Spectral: the OpenAPI core rules plus the OWASP API Security Top 10 ruleset. CI fails on errors.
import { oas } from '@stoplight/spectral-rulesets'
import owasp from '@stoplight/spectral-owasp-ruleset'

export default { extends: [oas, owasp] }
