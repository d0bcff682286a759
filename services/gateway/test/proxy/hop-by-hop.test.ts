/**
 * The gateway as an HTTP proxy, over real sockets: hop-by-hop headers (RFC 9110 §7.6.1) stop at
 * the gateway in both directions, `Expect: 100-continue` works end to end, a client's
 * `Connection: close` is honoured, and no malformed percent-encoding anywhere in the URL is a 5xx.
 * Behind it: the real directory, and a stand-in for membership that reports what reached it and
 * answers with hop-by-hop headers of its own.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { connect } from 'node:net'
import t, { type Test } from 'tap'
import { ADMIN_KEY, gatewayWithDirectory, listenServer } from '../helper.js'

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect']

const seen: Array<{ url: string; headers: IncomingHttpHeaders; bytes: number }> = []
const standIn = createServer((req, res) => {
  let bytes = 0
  req.on('data', (chunk: Buffer) => (bytes += chunk.length))
  req.on('end', () => {
    seen.push({ url: req.url ?? '', headers: req.headers, bytes })
    // Its own connection's business, which must not reach the gateway's client.
    res.writeHead(200, {
      'content-type': 'application/json',
      connection: 'keep-alive, x-upstream-hop',
      'keep-alive': 'timeout=5',
      'proxy-connection': 'keep-alive',
      'x-upstream-hop': 'for the gateway only',
      'x-end-to-end': 'for the client'
    })
    res.end(JSON.stringify({ url: req.url, bytes }))
  })
})
const standInUrl = await listenServer(t, standIn)
const { url: gw } = await gatewayWithDirectory(t, { upstreams: { membership: standInUrl } })
const port = Number(new URL(gw).port)

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: string
  /** Whether the client saw `100 Continue` before it sent the body. */
  continued: boolean
}

/**
 * One request with node:http on a connection of its own (`Connection: close` unless told
 * otherwise, as curl's last request on a connection is), with exactly the headers given. With
 * `expect: 100-continue` the body is sent only once the gateway says 100 Continue.
 */
function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let continued = false
    const headers: Record<string, string> = { 'x-api-key': ADMIN_KEY, ...opts.headers }
    const req = httpRequest({ host: '127.0.0.1', port, path, method: opts.method ?? (opts.body ? 'POST' : 'GET'), headers, agent: false }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, continued }))
    })
    req.on('error', reject)
    if (headers.expect) {
      req.on('continue', () => {
        continued = true
        req.end(opts.body)
      })
    } else {
      req.end(opts.body)
    }
  })
}

const problem = (t: Test, res: Answer, status: number) => {
  t.equal(res.status, status, `status ${status}`)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  return JSON.parse(res.body) as { code: string }
}

t.test('Expect: 100-continue with a body over 1 MiB (what curl sends) streams through to the service', async (t) => {
  seen.length = 0
  const body = Buffer.alloc(3 * 1024 * 1024, '{')
  const res = await send('/v1/membership/imports', { headers: { 'content-type': 'application/json', expect: '100-continue', 'content-length': String(body.length) }, body })
  t.equal(res.status, 200, res.body.slice(0, 300))
  t.ok(res.continued, 'the gateway said 100 Continue before the body was sent')
  t.equal(seen.length, 1)
  t.equal(seen[0]!.bytes, body.length, 'every byte reached the service')
  t.equal(seen[0]!.headers.expect, undefined, 'the expectation was met by the gateway, not passed on')
})

t.test('hop-by-hop request headers stop at the gateway; end-to-end ones go on', async (t) => {
  const cases: Array<[string, Record<string, string>]> = [
    ['Keep-Alive', { 'keep-alive': 'timeout=5' }],
    ['a bare Upgrade', { upgrade: 'foo' }],
    ['Upgrade with Connection: upgrade', { connection: 'upgrade', upgrade: 'websocket' }],
    ['TE', { te: 'trailers' }],
    ['Trailer (on a chunked body, where it is allowed)', { trailer: 'x-checksum', 'transfer-encoding': 'chunked', 'content-type': 'application/json' }],
    ['Proxy-Connection', { 'proxy-connection': 'keep-alive' }],
    ['a header the Connection header names', { connection: 'close, x-client-hop', 'x-client-hop': 'for the gateway only' }]
  ]
  for (const [what, headers] of cases) {
    seen.length = 0
    const body = headers['transfer-encoding'] ? Buffer.from('{}') : undefined
    const res = await send('/v1/membership/members?q=1', { headers: { ...headers, 'x-end-to-end': 'kept' }, body })
    t.equal(res.status, 200, `${what}: 200 (${res.body.slice(0, 200)})`)
    const forwarded = seen[0]?.headers ?? {}
    const leaked = [...HOP_BY_HOP.filter((h) => h !== 'connection'), 'x-client-hop'].filter((h) => h in forwarded)
    t.same(leaked, [], `${what}: none reached the service`)
    t.notMatch(String(forwarded.connection ?? ''), /upgrade|x-client-hop/i, `${what}: the client's Connection did not either`)
    t.equal(forwarded['x-end-to-end'], 'kept', `${what}: an end-to-end header did`)
  }
})

t.test('a chunked request body streams through, re-framed by the gateway', async (t) => {
  seen.length = 0
  const res = await send('/v1/membership/members', { headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, body: Buffer.from('{"note":"chunked"}') })
  t.equal(res.status, 200)
  t.equal(seen[0]?.bytes, 18)
})

t.test('the service\'s hop-by-hop response headers stop at the gateway', async (t) => {
  const res = await send('/v1/membership/members', { headers: { connection: 'keep-alive' } })
  t.equal(res.status, 200)
  t.equal(res.headers['x-end-to-end'], 'for the client', 'an end-to-end header comes back')
  t.equal(res.headers['x-upstream-hop'], undefined, 'one the service\'s Connection named does not')
  t.equal(res.headers['proxy-connection'], undefined)
  t.not(res.headers['keep-alive'], 'timeout=5', 'the keep-alive terms are the gateway\'s own')
  t.equal(res.headers.connection, 'keep-alive')
})

t.test('Connection: close is answered with Connection: close, and the gateway closes the socket', async (t) => {
  const raw = await new Promise<{ text: string; closedByServer: boolean }>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`GET /v1/membership/members HTTP/1.1\r\nHost: gateway\r\nX-API-Key: ${ADMIN_KEY}\r\nConnection: close\r\n\r\n`)
    })
    let text = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (text += chunk))
    // 'end' is the server's FIN: this side never ends the connection.
    socket.on('end', () => resolve({ text, closedByServer: true }))
    setTimeout(() => {
      socket.destroy()
      resolve({ text, closedByServer: false })
    }, 3000).unref()
  })
  t.match(raw.text, /^HTTP\/1\.1 200 /)
  t.match(raw.text, /\r\nconnection: close\r\n/i)
  t.notMatch(raw.text, /\r\nconnection: keep-alive/i)
  t.ok(raw.closedByServer, 'the gateway closed the connection after the answer')
})

t.test('a malformed percent-encoding in the query reaches the service untouched: the directory answers 400 INVALID_CURSOR', async (t) => {
  const res = await send('/v1/directory/offices?cursor=%FF%FE')
  t.equal(problem(t, res, 400).code, 'INVALID_CURSOR')
  seen.length = 0
  const echoed = await send('/v1/membership/members?cursor=%FF%FE&q=%&r=%E0%A4%A&s=%ZZ')
  t.equal(echoed.status, 200)
  t.equal(seen[0]?.url, '/v1/membership/members?cursor=%FF%FE&q=%&r=%E0%A4%A&s=%ZZ', 'byte for byte')
})

t.test('no malformed percent-encoding, in the path or the query, is ever a 5xx: always problem+json', async (t) => {
  const bad = ['%FF', '%FF%FE', '%', '%Z', '%ZZ', '%C0%AF', '%E0%A4%A', '%ED%A0%80', '%00', '%2e%2e', '..%2F..']
  const urls = [
    ...bad.map((b) => `/v1/directory/offices?cursor=${b}`),
    ...bad.map((b) => `/v1/directory/offices?limit=${b}`),
    ...bad.map((b) => `/v1/directory/offices?${b}=1`),
    ...bad.map((b) => `/v1/directory/offices/${b}`),
    ...bad.map((b) => `/v1/directory/${b}/offices`),
    ...bad.map((b) => `/v1/membership/${b}?x=${b}`),
    ...bad.map((b) => `/v1/gateway/api-keys?cursor=${b}`),
    ...bad.map((b) => `/v1/gateway/api-keys/${b}`)
  ]
  const answers = await Promise.all(urls.map(async (url) => ({ url, res: await send(url) })))
  const wrong = answers.filter(({ res }) => res.status >= 500 || (res.status >= 400 && !/^application\/problem\+json/.test(String(res.headers['content-type']))))
  t.same(wrong.map(({ url, res }) => `${url}: ${res.status} ${res.headers['content-type']}`), [], `${urls.length} URLs: none a 5xx, every refusal problem+json`)
  t.ok(answers.some(({ res }) => res.status === 400), 'and the malformed ones are refused')
})
