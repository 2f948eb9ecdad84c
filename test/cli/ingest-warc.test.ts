import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { runCli } from '../helpers/run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'isnad-warc-'))

test('ingest reads the HTML pages of a .warc.gz, with their addresses', () => {
  const page = readFileSync(fileURLToPath(new URL('../fixtures/html/valley-daily.html', import.meta.url)))
  const block = Buffer.concat([
    Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'),
    page,
  ])
  const header = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://alwadi.example/p?id=7\r\nWARC-Date: 2025-03-13T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${block.length}\r\n\r\n`
  writeFileSync(
    join(folder, 'crawl.warc.gz'),
    gzipSync(Buffer.concat([Buffer.from(header), block, Buffer.from('\r\n\r\n')])),
  )
  const db = join(folder, 'store.db')
  const result = runCli(['ingest', folder, '--db', db, '--workers', '1'])
  assert.equal(result.status, 0, result.stderr)
  assert.match(result.stderr, /1 read, 1 stored/)
  const [hit] = runCli(['search', 'المياه', '--db', db, '--format', 'jsonl'])
    .stdout.trim()
    .split('\n')
    .map((line) => JSON.parse(line))
  assert.equal(hit.published, '2025-03-12')
  assert.equal(
    hit.url,
    'https://alwadi.example/news/2025/03/12/irbid-greywater',
    'the canonical address wins',
  )
  assert.match(hit.id, /crawl#1$/)
})
