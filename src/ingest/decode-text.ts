/**
 * Turning bytes into article text, with a clear error for what is not text: a binary file, invalid UTF-8
 * (naming the byte offset), and UTF-16 files with a byte-order mark decoded rather than refused.
 */
import { InputError } from '../errors/isnad-error.js'

/** How far into a file we look for NUL bytes, the mark of a binary file. */
const BINARY_SNIFF_BYTES = 8192

/** The offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export const findInvalidUtf8 = (bytes: Uint8Array): number => {
  let index = 0
  const length = bytes.length
  while (index < length) {
    const byte = bytes[index]!
    if (byte < 0x80) {
      index++
      continue
    }
    let continuation: number
    let minimum: number
    if (byte >= 0xc2 && byte <= 0xdf) {
      continuation = 1
      minimum = 0x80
    } else if (byte >= 0xe0 && byte <= 0xef) {
      continuation = 2
      minimum = 0x800
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      continuation = 3
      minimum = 0x10000
    } else return index
    let codePoint = byte & (0x3f >> continuation)
    for (let offset = 1; offset <= continuation; offset++) {
      const next = bytes[index + offset]
      if (next === undefined || (next & 0xc0) !== 0x80) return index
      codePoint = (codePoint << 6) | (next & 0x3f)
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (codePoint < minimum || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff)
      return index
    index += continuation + 1
  }
  return -1
}

const hasNulByte = (bytes: Uint8Array): boolean => {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES)
  for (let index = 0; index < end; index++) if (bytes[index] === 0) return true
  return false
}

/**
 * Decodes a file's bytes as text: UTF-8 (a BOM is dropped), or UTF-16 LE/BE when a BOM says so.
 * Throws an InputError naming `inputName` for binary data or invalid UTF-8.
 *
 * @example decodeText(Buffer.from('نص'), 'article.txt') // → 'نص'
 */
export const decodeText = (bytes: Uint8Array, inputName: string): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  if (hasNulByte(body)) {
    throw new InputError(inputName, 'this is a binary file, not text (give a .txt, .jsonl or .html file)')
  }
  const invalidAt = findInvalidUtf8(body)
  if (invalidAt >= 0) {
    const offset = invalidAt + (body === bytes ? 0 : 3)
    const hex = body[invalidAt]!.toString(16).padStart(2, '0')
    throw new InputError(
      inputName,
      `invalid UTF-8 at byte offset ${offset} (byte 0x${hex}); convert the file to UTF-8, e.g. iconv -f WINDOWS-1256 -t UTF-8`,
    )
  }
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')
}
