/**
 * Turning a buffer of UTF-16 code units into a string in chunks: `String.fromCharCode.apply` has an
 * argument-count limit, and building strings a character at a time is slow on long inputs.
 */

const CHUNK = 8192

/** Decodes the first `length` code units of `codes` into a string. */
export const codesToString = (codes: Uint16Array, length: number): string => {
  if (length <= CHUNK)
    return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[])
  const parts: string[] = []
  for (let start = 0; start < length; start += CHUNK) {
    const chunk = codes.subarray(start, Math.min(length, start + CHUNK))
    parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]))
  }
  return parts.join('')
}
