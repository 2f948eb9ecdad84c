/**
 * Shingle overlap between an extracted text and the expected one, as article-extraction benchmarks
 * score it: both texts become multisets of word 4-grams (folded), and precision, recall and F1 count
 * the shared ones.
 */
import { foldWord } from '../text/fold.js'

export interface ShingleScore {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

const WORD = /[\p{L}\p{N}]+/gu

/** The multiset of word n-grams of a text, folded so spelling variants of one word agree. */
export const shingles = (text: string, size = 4): Map<string, number> => {
  const words = foldWord(text, { tehMarbuta: true }).match(WORD) ?? []
  const counts = new Map<string, number>()
  if (words.length > 0 && words.length < size) counts.set(words.join(' '), 1)
  for (let index = 0; index + size <= words.length; index++) {
    const shingle = words.slice(index, index + size).join(' ')
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1)
  }
  return counts
}

const total = (counts: ReadonlyMap<string, number>): number => {
  let sum = 0
  for (const count of counts.values()) sum += count
  return sum
}

/**
 * Precision, recall and F1 of `extracted` against `expected` over word 4-grams.
 *
 * @example shingleScore('أ ب ج د ه', 'أ ب ج د') // → { precision: 0.5, recall: 1, f1: 0.667 } (rounded)
 */
export const shingleScore = (extracted: string, expected: string): ShingleScore => {
  const got = shingles(extracted)
  const want = shingles(expected)
  let shared = 0
  for (const [shingle, count] of got) shared += Math.min(count, want.get(shingle) ?? 0)
  const gotTotal = total(got)
  const wantTotal = total(want)
  // Nothing expected and nothing extracted is a perfect score, as the benchmarks count it.
  const precision = gotTotal === 0 ? (wantTotal === 0 ? 1 : 0) : shared / gotTotal
  const recall = wantTotal === 0 ? 1 : shared / wantTotal
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}
