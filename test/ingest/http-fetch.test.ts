import assert from 'node:assert/strict'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import { Fetcher } from '../../src/ingest/http-fetch.js'

const hits = new Map<string, number>()
const agents: string[] = []
let base = ''
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  const path = request.url ?? '/'
  hits.set(path, (hits.get(path) ?? 0) + 1)
  agents.push(request.headers['user-agent'] ?? '')
  if (path === '/flaky' && hits.get(path)! < 3) {
    response.writeHead(503).end()
    return
  }
  if (path === '/feed') {
    if (request.headers['if-none-match'] === '"v1"') {
      response.writeHead(304).end()
      return
    }
    response.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' }).end('<rss></rss>')
    return
  }
  if (path === '/slow') {
    setTimeout(() => response.writeHead(200).end('late'), 2_000)
    return
  }
  if (path === '/missing') {
    response.writeHead(404).end()
    return
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>نص</p>')
})

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => {
  server.closeAllConnections()
  server.close()
})

const quick = { backoffMs: 10, hostIntervalMs: 0, timeoutMs: 500 }

test('a 503 is retried with backoff until it succeeds', async () => {
  const result = await new Fetcher(quick).get(`${base}/flaky`)
  assert.equal(result.kind, 'fetched')
  assert.equal(hits.get('/flaky'), 3)
  assert.ok(agents.every((agent) => agent.startsWith('isnad/')))
})

test('conditional GET: the ETag is sent back and an unchanged feed is a 304', async () => {
  const fetcher = new Fetcher(quick)
  assert.equal((await fetcher.get(`${base}/feed`)).kind, 'fetched')
  assert.deepEqual(fetcher.validators.get(`${base}/feed`), { etag: '"v1"' })
  assert.equal((await fetcher.get(`${base}/feed`)).kind, 'not-modified')
})

test('a timeout is retried, then reported by address', async () => {
  await assert.rejects(
    new Fetcher({ ...quick, timeoutMs: 100, retries: 1 }).get(`${base}/slow`),
    (error: Error & { input?: string }) => {
      assert.equal(error.input, `${base}/slow`)
      assert.match(error.message, /no answer within 100 ms \(after 2 attempts\)/)
      return true
    },
  )
})

test('a 404 is not retried', async () => {
  await assert.rejects(new Fetcher(quick).get(`${base}/missing`), /HTTP 404/)
  assert.equal(hits.get('/missing'), 1)
})

test('requests to one host are spaced by the interval', async () => {
  const fetcher = new Fetcher({ ...quick, hostIntervalMs: 150 })
  const started = Date.now()
  await Promise.all([fetcher.get(`${base}/a`), fetcher.get(`${base}/b`), fetcher.get(`${base}/c`)])
  assert.ok(Date.now() - started >= 290, `${Date.now() - started} ms for three requests`)
})
