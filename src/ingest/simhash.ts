/**
 * SimHash (Charikar) over folded words and word pairs: near-identical texts — one wire story with a
 * different headline, dateline or closing line — get 64-bit fingerprints a few bits apart. (Longer
 * shingles make short news items too sensitive: one added sentence moves them 8–10 bits.) Split into
 * eight 8-bit bands, any two fingerprints within 7 bits share at least one band exactly, which is how
 * the store finds candidates without comparing against every document.
 */
import { createHash } from 'node:crypto'
import { foldWord } from '../text/fold.js'

const WORD = /[\p{L}\p{N}]+/gu
/** Shingle sizes hashed: single words and word pairs. */
const SHINGLES = [1, 2] as const
export const SIMHASH_BANDS = 8
/** Hex digits per band (8 bits). */
const BAND_DIGITS = 2
/** Fingerprints this close are near duplicates. */
export const NEAR_DUPLICATE_BITS = 6

/** The folded words of a text (ة→ه too), as every dedup key sees it. */
export const foldedWords = (text: string): string[] =>
  foldWord(text, { tehMarbuta: true }).toLowerCase().match(WORD) ?? []

/** 64 bits of a string's hash, as two unsigned 32-bit halves. */
const hash64 = (text: string): [number, number] => {
  const digest = createHash('md5').update(text).digest()
  return [digest.readUInt32BE(0), digest.readUInt32BE(4)]
}

/**
 * The SimHash of a text as 16 hex digits.
 *
 * @example simhash('التقى الوزير نظيره في العاصمة') // → 'a3f0…' (16 hex digits)
 */
export const simhash = (text: string): string => {
  const words = foldedWords(text)
  const weights = new Int32Array(64)
  for (const size of SHINGLES) {
    for (let index = 0; index + size <= words.length; index++) {
      const [high, low] = hash64(size === 1 ? words[index]! : words.slice(index, index + size).join(' '))
      for (let bit = 0; bit < 32; bit++) {
        weights[bit]! += (high >>> bit) & 1 ? 1 : -1
        weights[32 + bit]! += (low >>> bit) & 1 ? 1 : -1
      }
    }
  }
  let high = 0
  let low = 0
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit]! > 0) high |= 1 << bit
    if (weights[32 + bit]! > 0) low |= 1 << bit
  }
  return (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0')
}

/** The eight 8-bit bands of a fingerprint, as numbers. */
export const simhashBands = (fingerprint: string): number[] =>
  Array.from({ length: SIMHASH_BANDS }, (_, band) =>
    Number.parseInt(fingerprint.slice(band * BAND_DIGITS, (band + 1) * BAND_DIGITS), 16),
  )

const popcount = (value: number): number => {
  let bits = value - ((value >>> 1) & 0x55555555)
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333)
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/** The number of bits two fingerprints differ in (0..64). */
export const hammingDistance = (left: string, right: string): number =>
  popcount((Number.parseInt(left.slice(0, 8), 16) ^ Number.parseInt(right.slice(0, 8), 16)) >>> 0) +
  popcount((Number.parseInt(left.slice(8), 16) ^ Number.parseInt(right.slice(8), 16)) >>> 0)

/** A hash of the folded words: texts differing only in spelling variants, spacing or punctuation agree. */
export const textHash = (text: string): string =>
  createHash('sha1').update(foldedWords(text).join(' ')).digest('hex')
