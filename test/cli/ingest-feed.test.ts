import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { fileURLToPath } from 'node:url'

const entry = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url))
const page = readFileSync(fileURLToPath(new URL('../fixtures/html/capital-post-split.html', import.meta.url)))
const db = join(mkdtempSync(join(tmpdir(), 'isnad-feed-')), 'store.db')
const requests: string[] = []
let base = ''

const feed = () => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>بوابة</title>
<item><title>بالنص الكامل</title><guid>full-1</guid><link>${base}/full</link><pubDate>Tue, 10 Jun 2025 12:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>أعلنت وزارة النقل اليوم تشغيل خط حافلات جديد يربط العاصمة بالمطار على مدار الساعة.</p>]]></content:encoded></item>
<item><title>صفحة</title><link>${base}/page</link><description>ملخص</description></item>
<item><title>مفقود</title><link>${base}/missing</link></item>
</channel></rss>`

const server = createServer((request, response) => {
  requests.push(request.url ?? '')
  if (request.url === '/feed.xml') {
    if (request.headers['if-none-match'] === '"f1"') response.writeHead(304).end()
    else
      response
        .writeHead(200, { etag: '"f1"', 'content-type': 'application/rss+xml; charset=utf-8' })
        .end(feed())
  } else if (request.url === '/page')
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
  else response.writeHead(404).end()
})

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => {
  server.closeAllConnections()
  server.close()
})

/** The CLI run asynchronously: the server lives in this process and must keep answering. */
const run = (args: readonly string[]): Promise<{ status: number | null; stderr: string; stdout: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args])
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })

test('ingest a feed URL: full-text items, linked pages fetched, a missing page reported', async () => {
  const result = await run(['ingest', `${base}/feed.xml`, '--db', db, '--workers', '1'])
  assert.equal(result.status, 1, result.stderr)
  assert.match(result.stderr, /\/missing: HTTP 404/)
  assert.match(result.stderr, /3 read, 2 stored .* 1 failed/)
  assert.equal(requests.filter((path) => path === '/missing').length, 1, '404 is not retried')
  const search = await run(['search', 'البرلمان', '--db', db, '--format', 'jsonl'])
  const hit = JSON.parse(search.stdout)
  assert.equal(hit.outlet, 'بوابة العاصمة')
  assert.equal(hit.url, 'https://capitalpost.example/politics/489201')
})

test('a second run: the unchanged feed answers 304 and nothing is fetched again', async () => {
  const before = requests.length
  const result = await run(['ingest', `${base}/feed.xml`, '--db', db, '--workers', '1'])
  assert.equal(result.status, 0, result.stderr)
  assert.match(result.stderr, /not modified since the last run/)
  assert.deepEqual(requests.slice(before), ['/feed.xml'])
})
