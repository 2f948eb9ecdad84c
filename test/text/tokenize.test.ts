import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { TokenKind } from '../../src/text/token.js'
import { tokenize } from '../../src/text/tokenize.js'

/** Tokens as `[text, kind]` pairs. */
const pairs = (text: string): Array<[string, TokenKind]> =>
  tokenize(text).map((token) => [text.slice(token.start, token.end), token.kind])

const texts = (text: string): string[] => tokenize(text).map((token) => text.slice(token.start, token.end))

test('Arabic words keep their diacritics and tatweel', () => {
  assert.deepEqual(pairs('وَصَلَ الوفـــدُ'), [
    ['وَصَلَ', 'word'],
    ['الوفـــدُ', 'word'],
  ])
  assert.deepEqual(
    tokenize('وَصَلَ الوفـــدُ').map((token) => token.folded),
    ['وصل', 'الوفد'],
  )
})

test('a word never spans a quotation mark; the tatweel-joined clitic stays in the first token', () => {
  assert.deepEqual(pairs('بـ”الإرهاب”'), [
    ['بـ', 'word'],
    ['”', 'punctuation'],
    ['الإرهاب', 'word'],
    ['”', 'punctuation'],
  ])
  assert.deepEqual(texts('و«السلام»'), ['و', '«', 'السلام', '»'])
})

test('numbers in every digit script, with separators', () => {
  assert.deepEqual(pairs('3.5 ٣٫٥ 1,000 ١٬٠٠٠ ۱۴۰۳ 10/12/2024 12.10.2024 10:45'), [
    ['3.5', 'number'],
    ['٣٫٥', 'number'],
    ['1,000', 'number'],
    ['١٬٠٠٠', 'number'],
    ['۱۴۰۳', 'number'],
    ['10/12/2024', 'number'],
    ['12.10.2024', 'number'],
    ['10:45', 'number'],
  ])
  assert.equal(tokenize('٣٫٥')[0]!.folded, '3.5')
})

test('a separator not followed by a digit ends the number', () => {
  assert.deepEqual(texts('عام 2024. و1,'), ['عام', '2024', '.', 'و', '1', ','])
  assert.deepEqual(texts('2024م'), ['2024', 'م'])
})

test('Latin runs with digits inside, folded to lower case', () => {
  assert.deepEqual(pairs('طائرات F16 من Lockheed'), [
    ['طائرات', 'word'],
    ['F16', 'latin'],
    ['من', 'word'],
    ['Lockheed', 'latin'],
  ])
  assert.equal(tokenize('NATO')[0]!.folded, 'nato')
})

test('web addresses, with trailing punctuation given back', () => {
  assert.deepEqual(pairs('انظر https://example.org/a/b?c=1، و(www.example.com).'), [
    ['انظر', 'word'],
    ['https://example.org/a/b?c=1', 'url'],
    ['،', 'punctuation'],
    ['و', 'word'],
    ['(', 'punctuation'],
    ['www.example.com', 'url'],
    [')', 'punctuation'],
    ['.', 'punctuation'],
  ])
  assert.deepEqual(texts('http://ar.wikipedia.org/wiki/بغداد_(مدينة)'), [
    'http://ar.wikipedia.org/wiki/بغداد_(مدينة)',
  ])
  assert.deepEqual(texts('http:// www'), ['http', ':', '/', '/', 'www'])
})

test('e-mail addresses', () => {
  assert.deepEqual(pairs('راسلوا info@news-site.com.sa.'), [
    ['راسلوا', 'word'],
    ['info@news-site.com.sa', 'email'],
    ['.', 'punctuation'],
  ])
  assert.deepEqual(pairs('a@b'), [
    ['a', 'latin'],
    ['@b', 'mention'],
  ])
})

test('hashtags in Arabic or Latin, and mentions', () => {
  assert.deepEqual(pairs('#عاجل #Breaking_News @UN_News # @'), [
    ['#عاجل', 'hashtag'],
    ['#Breaking_News', 'hashtag'],
    ['@UN_News', 'mention'],
    ['#', 'punctuation'],
    ['@', 'punctuation'],
  ])
})

test('each punctuation mark is its own token', () => {
  assert.deepEqual(texts('حقاً؟!... «لا»،'), ['حقاً', '؟', '!', '.', '.', '.', '«', 'لا', '»', '،'])
})

test('emoji and other symbols stay whole', () => {
  assert.deepEqual(pairs('👍🏽 👨‍👩‍👧 🇸🇦 ✔️ ©'), [
    ['👍🏽', 'symbol'],
    ['👨‍👩‍👧', 'symbol'],
    ['🇸🇦', 'symbol'],
    ['✔️', 'symbol'],
    ['©', 'symbol'],
  ])
  assert.deepEqual(texts('نص😀نص'), ['نص', '😀', 'نص'])
})

test('whitespace and invisible controls between words are skipped', () => {
  assert.deepEqual(texts('\u200fقال\u200f \u00a0 الوزير\u200c\n'), ['قال', 'الوزير'])
  // A ZWNJ inside a word stays in it.
  assert.deepEqual(texts('می\u200cخواهم'), ['می\u200cخواهم'])
})

test('a run of tatweel or lone diacritics is a symbol', () => {
  assert.deepEqual(pairs('ـــ ً'), [
    ['ـــ', 'symbol'],
    ['ً', 'symbol'],
  ])
})

test('other scripts come as one run', () => {
  assert.deepEqual(pairs('Αθήνα Москва'), [
    ['Αθήνα', 'symbol'],
    ['Москва', 'symbol'],
  ])
})

test('empty and blank inputs give no tokens', () => {
  assert.deepEqual(tokenize(''), [])
  assert.deepEqual(tokenize(' \n\t\u200f'), [])
})
