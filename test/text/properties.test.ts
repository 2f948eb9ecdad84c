/**
 * Property-based tests on random Arabic-heavy strings: letters, diacritics, tatweel, digits of three
 * scripts, quotes, spaces and line breaks, Latin, punctuation, invisible controls, emoji and lone surrogates.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { cliticReadings } from '../../src/text/clitics.js'
import { foldText, foldWord, originalSpan } from '../../src/text/fold.js'
import { splitSentences } from '../../src/text/sentences.js'
import { tokenize } from '../../src/text/tokenize.js'

const range = (first: number, last: number): string[] =>
  Array.from({ length: last - first + 1 }, (_, offset) => String.fromCharCode(first + offset))

const pick = (chars: readonly string[]) => fc.constantFrom(...chars)

const arabicLetters = pick([...range(0x0621, 0x063a), ...range(0x0641, 0x064a), 'ک', 'ی', 'ہ', 'ۀ', 'ڪ', 'ٱ'])
const diacritics = pick([...range(0x064b, 0x065f), '\u0670', '\u06d6', '\u06ed', 'ـ'])
const digits = pick([...range(0x30, 0x39), ...range(0x0660, 0x0669), ...range(0x06f0, 0x06f9)])
const quotes = pick(['“', '”', '«', '»', '"', "'", '‘', '’', '„', '″'])
const spaces = pick([' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0'])
const latin = pick([...range(0x41, 0x5a), ...range(0x61, 0x7a), 'é', 'Ç'])
const punctuation = pick([
  '.',
  '.',
  ',',
  '،',
  '؛',
  '؟',
  '?',
  '!',
  '…',
  ':',
  '/',
  '-',
  '(',
  ')',
  '#',
  '@',
  '_',
  '٫',
  '٬',
  '%',
])
const invisible = pick([
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202b',
  '\u202c',
  '\u2067',
  '\ufeff',
  '\u061c',
  '\u001a',
])
const astral = pick(['😀', '👍🏽', '🇸🇦', '👨‍👩‍👧', '𝐀', '✔️', '\ud800', '\udc00'])
const fragments = pick([
  'http://',
  'https://a.b/',
  'www.',
  'a@b.co',
  'ق.م',
  'د.',
  '2024م.',
  'لل',
  'ال',
  '\ufe83',
  '\ufefb',
])

/** A random string, mostly Arabic letters, with a little of everything else. */
const arabicHeavy = fc
  .array(
    fc.oneof(
      { arbitrary: arabicLetters, weight: 12 },
      { arbitrary: diacritics, weight: 4 },
      { arbitrary: spaces, weight: 4 },
      { arbitrary: digits, weight: 2 },
      { arbitrary: quotes, weight: 2 },
      { arbitrary: punctuation, weight: 2 },
      { arbitrary: latin, weight: 2 },
      { arbitrary: invisible, weight: 1 },
      { arbitrary: astral, weight: 1 },
      { arbitrary: fragments, weight: 1 },
    ),
    { maxLength: 200, size: 'large' },
  )
  .map((parts) => parts.join(''))

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff
const splitsPair = (text: string, index: number): boolean =>
  index > 0 && index < text.length && isHigh(text.charCodeAt(index - 1)) && isLow(text.charCodeAt(index))

// PROPERTY_RUNS=50000 for a deeper search than the default.
const runs = Number(process.env.PROPERTY_RUNS ?? 1000)

test('tokens are non-empty, ordered, non-overlapping, whole code points, folded from their text', () => {
  fc.assert(
    fc.property(arabicHeavy, (text) => {
      let previousEnd = 0
      for (const token of tokenize(text)) {
        assert.ok(token.start < token.end, 'non-empty')
        assert.ok(token.start >= previousEnd, 'ordered and non-overlapping')
        assert.ok(token.end <= text.length)
        assert.ok(!splitsPair(text, token.start) && !splitsPair(text, token.end), 'surrogate pair split')
        assert.equal(token.folded, foldWord(text.slice(token.start, token.end)))
        previousEnd = token.end
      }
    }),
    { numRuns: runs },
  )
})

test('tokens leave out only whitespace and invisible or control characters', () => {
  fc.assert(
    fc.property(arabicHeavy, (text) => {
      let previousEnd = 0
      const gaps: string[] = []
      for (const token of tokenize(text)) {
        gaps.push(text.slice(previousEnd, token.start))
        previousEnd = token.end
      }
      gaps.push(text.slice(previousEnd))
      for (const gap of gaps) assert.match(gap, /^[\s\p{Cf}\p{Cc}]*$/u)
    }),
    { numRuns: runs },
  )
})

test('foldText map is monotonic with correct endpoints, and agrees with foldWord', () => {
  fc.assert(
    fc.property(arabicHeavy, fc.boolean(), (text, tehMarbuta) => {
      const folded = foldText(text, { tehMarbuta })
      const map = folded.toOriginal
      assert.equal(map.length, folded.text.length + 1)
      assert.equal(map[folded.text.length], text.length)
      for (let index = 1; index < map.length; index++) assert.ok(map[index]! > map[index - 1]!, 'monotonic')
      for (let index = 0; index < folded.text.length; index++) {
        assert.equal(folded.text[index], foldWord(text[map[index]!]!, { tehMarbuta }))
      }
      assert.equal(folded.text, foldWord(text, { tehMarbuta }))
    }),
    { numRuns: runs },
  )
})

test('a folded span maps back to an original span that folds to it', () => {
  fc.assert(
    fc.property(arabicHeavy, fc.nat(), fc.nat(), (text, first, second) => {
      const folded = foldText(text)
      const length = folded.text.length
      const start = Math.min(first, second) % (length + 1)
      const end = start + (Math.max(first, second) % (length - start + 1))
      const span = originalSpan(folded, start, end)
      assert.ok(span.start <= span.end && span.end <= text.length)
      assert.equal(foldWord(text.slice(span.start, span.end)), folded.text.slice(start, end))
    }),
    { numRuns: runs },
  )
})

test('sentences are ordered, trimmed, non-empty and cover every token', () => {
  fc.assert(
    fc.property(arabicHeavy, (text) => {
      const tokens = tokenize(text)
      const spans = splitSentences(text, tokens)
      let previousEnd = 0
      for (const span of spans) {
        assert.ok(span.start < span.end && span.start >= previousEnd && span.end <= text.length)
        assert.equal(text.slice(span.start, span.end).trim(), text.slice(span.start, span.end))
        previousEnd = span.end
      }
      let sentence = 0
      for (const token of tokens) {
        while (sentence < spans.length && spans[sentence]!.end <= token.start) sentence++
        const span = spans[sentence]
        assert.ok(
          span !== undefined && span.start <= token.start && token.end <= span.end,
          'token outside sentences',
        )
      }
    }),
    { numRuns: runs },
  )
})

test('clitic readings start with the whole word and never strip below two letters', () => {
  fc.assert(
    fc.property(arabicHeavy, (text) => {
      for (const token of tokenize(text)) {
        if (token.kind !== 'word') continue
        const [whole, ...rest] = cliticReadings(token.folded)
        assert.deepEqual(whole, { proclitics: [], stem: token.folded, enclitic: '' })
        for (const reading of rest) {
          assert.ok(reading.stem.length >= 2)
          assert.ok(token.folded.endsWith(reading.enclitic))
          assert.ok(reading.proclitics.length > 0 || reading.enclitic !== '')
        }
      }
    }),
    { numRuns: runs },
  )
})
