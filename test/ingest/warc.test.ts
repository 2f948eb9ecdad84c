import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { warcPages } from '../../src/ingest/warc.js'

const page = readFileSync(fileURLToPath(new URL('../fixtures/html/gulf-ledger.html', import.meta.url)))

/** One WARC record, with its Content-Length computed. */
const record = (
  type: string,
  uri: string,
  block: Buffer,
  contentType = 'application/http; msgtype=response',
): Buffer => {
  const header = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2025-04-22T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:${type}-${uri.length}>\r\nContent-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`
  return Buffer.concat([Buffer.from(header), block, Buffer.from('\r\n\r\n')])
}

const http = (status: string, contentType: string, body: Buffer, extra = ''): Buffer =>
  Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\n${extra}\r\n`), body])

/** An HTTP body in chunked transfer encoding: each chunk's size in bytes, in hex. */
const chunked = (chunks: readonly string[]): Buffer =>
  Buffer.concat([
    ...chunks.map((chunk) => Buffer.from(`${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`)),
    Buffer.from('0\r\n\r\n'),
  ])

const records = [
  record('warcinfo', '', Buffer.from('software: test\r\n'), 'application/warc-fields'),
  record('request', 'https://marsad.example/a', Buffer.from('GET /a HTTP/1.1\r\n\r\n')),
  record('response', 'https://marsad.example/a', http('200 OK', 'text/html; charset=utf-8', page)),
  record('response', 'https://marsad.example/logo.png', http('200 OK', 'image/png', Buffer.from([1, 2, 3]))),
  record(
    'response',
    'https://marsad.example/gone',
    http('404 Not Found', 'text/html', Buffer.from('<p>لا</p>')),
  ),
  record(
    'response',
    'https://marsad.example/chunked',
    http('200 OK', 'text/html', chunked(['<p>نص', '</p>']), 'Transfer-Encoding: chunked\r\n'),
  ),
]

test('WARC: HTML responses with their address and capture date; other records passed over', () => {
  const pages = [...warcPages(Buffer.concat(records), 'crawl.warc')]
  assert.deepEqual(
    pages.map((each) => [each.url, each.captured, each.record]),
    [
      ['https://marsad.example/a', '2025-04-22', 3],
      ['https://marsad.example/chunked', '2025-04-22', 6],
    ],
  )
  assert.ok(pages[0]!.html.includes('موانئ الخليج'))
  assert.equal(pages[1]!.html, '<p>نص</p>')
})

test('WARC.gz: gzipped record by record', () => {
  const gz = Buffer.concat(records.map((each) => gzipSync(each)))
  assert.equal([...warcPages(gz, 'crawl.warc.gz')].length, 2)
})

test('WARC: a file that is not one is refused by name', () => {
  assert.throws(
    () => [...warcPages(Buffer.from('<html></html>'), 'x.warc')],
    (error: Error & { input?: string }) =>
      error.input === 'x.warc#1' && /not a WARC record/.test(error.message),
  )
})
