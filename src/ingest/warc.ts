/**
 * WARC files (ISO 28500), plain or gzipped record by record (.warc.gz): the `response` records holding
 * HTML pages, with their address and capture date. Records of other types (request, metadata,
 * warcinfo…) and non-HTML responses are passed over.
 */
import { gunzipSync } from 'node:zlib'
import { InputError } from '../errors/isnad-error.js'
import { declaredCharset } from './decode-html.js'

export interface WarcPage {
  /** WARC-Target-URI. */
  readonly url: string | null
  /** WARC-Date as `YYYY-MM-DD`: when the page was captured (not necessarily published). */
  readonly captured: string | null
  readonly html: string
  /** The record's ordinal in the file, from 1, for messages. */
  readonly record: number
}

const CRLF_CRLF = Buffer.from('\r\n\r\n')
const LF_LF = Buffer.from('\n\n')

/** The end of a header block (the blank line), and where the body starts. */
const headerEnd = (bytes: Buffer, from: number): { end: number; body: number } | null => {
  const crlf = bytes.indexOf(CRLF_CRLF, from)
  const lf = bytes.indexOf(LF_LF, from)
  if (crlf < 0 && lf < 0) return null
  if (crlf >= 0 && (lf < 0 || crlf <= lf)) return { end: crlf, body: crlf + 4 }
  return { end: lf, body: lf + 2 }
}

const parseHeaders = (text: string): Map<string, string> => {
  const headers = new Map<string, string>()
  for (const line of text.split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return headers
}

/** A chunked HTTP body, de-chunked. */
const dechunk = (body: Buffer): Buffer => {
  const parts: Buffer[] = []
  let at = 0
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at)
    if (lineEnd < 0) break
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1').split(';')[0]!, 16)
    if (!Number.isFinite(size) || size <= 0) break
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}

const charsetOf = (contentType: string | undefined): string | null =>
  /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? null

const decodeBody = (body: Buffer, contentType: string | undefined): string => {
  const charset = charsetOf(contentType) ?? declaredCharset(body) ?? 'utf-8'
  try {
    return new TextDecoder(charset).decode(body)
  } catch {
    return body.toString('utf8') // an unknown label: UTF-8, as browsers mostly guess
  }
}

/** The HTML page in a response record's block (an HTTP response), or null when it holds none. */
const pageOf = (block: Buffer): { html: string } | null => {
  const head = headerEnd(block, 0)
  if (head === null) return null
  const http = parseHeaders(block.subarray(0, head.end).toString('latin1'))
  const status = /^HTTP\/\S+\s+(\d{3})/.exec(block.subarray(0, 64).toString('latin1'))?.[1]
  if (status !== undefined && !status.startsWith('2')) return null
  const contentType = http.get('content-type')
  if (contentType !== undefined && !/html/i.test(contentType)) return null
  let body = block.subarray(head.body)
  if (/chunked/i.test(http.get('transfer-encoding') ?? '')) body = dechunk(body)
  if (/gzip/i.test(http.get('content-encoding') ?? '')) body = gunzipSync(body)
  return { html: decodeBody(body, contentType) }
}

/**
 * The HTML pages in a WARC file's bytes (gzipped or not).
 *
 * @example
 *   for (const page of warcPages(readFileSync('crawl.warc.gz'), 'crawl.warc.gz')) page.url // → 'https://…'
 */
export function* warcPages(bytes: Uint8Array, name: string): Generator<WarcPage> {
  let data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // gunzip reads every member of a record-by-record .warc.gz.
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data)
    } catch (error) {
      throw new InputError(name, `not a readable gzip file (${(error as Error).message})`)
    }
  }
  let at = 0
  let record = 0
  while (at < data.length) {
    // Records are separated by blank lines; skip them.
    while (at < data.length && (data[at] === 0x0d || data[at] === 0x0a)) at++
    if (at >= data.length) break
    if (data.subarray(at, at + 5).toString('latin1') !== 'WARC/') {
      throw new InputError(`${name}#${record + 1}`, 'not a WARC record (no WARC/ version line)')
    }
    const head = headerEnd(data, at)
    if (head === null) throw new InputError(`${name}#${record + 1}`, 'a WARC record header with no end')
    record++
    const headers = parseHeaders(data.subarray(at, head.end).toString('utf8'))
    const length = Number(headers.get('content-length'))
    if (!Number.isFinite(length) || length < 0) {
      throw new InputError(`${name}#${record}`, 'a WARC record without a valid Content-Length')
    }
    const block = data.subarray(head.body, head.body + length)
    at = head.body + length
    if (headers.get('warc-type') !== 'response') continue
    const page = pageOf(block)
    if (page === null) continue
    const date = /^(\d{4}-\d{2}-\d{2})/.exec(headers.get('warc-date') ?? '')?.[1] ?? null
    yield {
      url: headers.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null,
      captured: date,
      html: page.html,
      record,
    }
  }
}
