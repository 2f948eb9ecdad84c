/**
 * Turning a web page's bytes into a string. Pages say their encoding in a BOM or in a `<meta charset>`
 * near the top; Arabic sites still serve windows-1256 and ISO-8859-6, which are decoded, not refused.
 */
import { TextDecoder } from 'node:util'
import { decodeText } from './decode-text.js'

/** The HTML standard looks for the charset declaration in the first 1024 bytes; some pages need more. */
const SNIFF_BYTES = 4096
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i
/** Labels that mean UTF-8, decoded strictly (naming the bad byte) by `decodeText`. */
const UTF8_LABELS: ReadonlySet<string> = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8'])

/** The charset a page (meta charset) or an XML feed (encoding=…) declares in its first bytes, or null. */
export const declaredCharset = (bytes: Uint8Array): string | null => {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString(
    'latin1',
  )
  const match = META_CHARSET.exec(head)
  return (match?.[1] ?? match?.[2])?.toLowerCase() ?? null
}

const decoderFor = (label: string): TextDecoder | null => {
  try {
    return new TextDecoder(label)
  } catch {
    return null // an unknown label: fall back to UTF-8
  }
}

/**
 * Decodes a page: a BOM wins, then a declared charset (windows-1256, iso-8859-6, …), then UTF-8.
 *
 * @example decodeHtml(Buffer.from('<meta charset="windows-1256">\xc7\xe1', 'latin1'), 'page.html') // → '<meta charset="windows-1256">ال'
 */
export const decodeHtml = (bytes: Uint8Array, inputName: string): string => {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  const charset = hasBom ? null : declaredCharset(bytes)
  if (charset === null || UTF8_LABELS.has(charset)) return decodeText(bytes, inputName)
  const decoder = decoderFor(charset)
  return decoder === null ? decodeText(bytes, inputName) : decoder.decode(bytes)
}
