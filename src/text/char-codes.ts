/**
 * Turning a buffer of UTF-16 code units into a string. TextDecoder is several times faster than
 * `String.fromCharCode.apply` on long buffers, but it replaces lone surrogates with U+FFFD, so it is used
 * only when the caller knows the units are well formed.
 */

const CHUNK = 8192
const SHORT = 24
const utf16 = new TextDecoder('utf-16le')

/** Decodes the first `length` code units of `codes` into a string, exactly (lone surrogates included). */
export const codesToString = (codes: Uint16Array, length: number, wellFormed = false): string => {
  if (length <= SHORT) {
    // Short words (tokens): a few concatenations beat allocating a view or calling into the decoder.
    let text = ''
    for (let index = 0; index < length; index++) text += String.fromCharCode(codes[index]!)
    return text
  }
  if (wellFormed) return utf16.decode(codes.subarray(0, length))
  const parts: string[] = []
  for (let start = 0; start < length; start += CHUNK) {
    const chunk = codes.subarray(start, Math.min(length, start + CHUNK))
    parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]))
  }
  return parts.join('')
}
