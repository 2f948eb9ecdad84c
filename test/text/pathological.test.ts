/**
 * Pathological inputs must stay linear: each runs fold + tokenize + sentences well under the 2 s budget
 * (typically a few milliseconds to tens of milliseconds).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { foldText, foldWord } from '../../src/text/fold.js'
import { splitSentences } from '../../src/text/sentences.js'
import { tokenize } from '../../src/text/tokenize.js'

const BUDGET_SECONDS = 2

const inputs: Record<string, string> = {
  '1 MB of Arabic letters without spaces': 'بسم'.repeat(350_000),
  '100k tatweel inside a word': 'ب' + 'ـ'.repeat(100_000) + 'ا',
  '100k diacritics on one letter': 'ك' + '\u064e\u0651'.repeat(50_000) + 'ب',
  '100k tatweel alone': 'ـ'.repeat(100_000),
  '10k nested quotes': '“«'.repeat(10_000) + 'نص' + '»”'.repeat(10_000),
  '10k opening quotes and full stops': '«كلمة. '.repeat(10_000),
  'one unclosed quote over 1 MB': '“' + 'كلمة. '.repeat(170_000),
  '1 MB of dots': '.'.repeat(1_000_000),
  '1 MB of one-letter abbreviations': 'د.'.repeat(500_000),
  'dotted Latin without @': 'a.'.repeat(500_000),
  'e-mail local parts without a domain': 'a@'.repeat(500_000),
  'a domain that never ends': 'a@' + 'b-'.repeat(500_000),
  'one endless web address': 'https://' + 'a/'.repeat(500_000),
  'web address of trailing punctuation': 'www.a' + ').'.repeat(500_000),
  '1 MB of hashtags': '#'.repeat(1_000_000),
  '1 MB of digits and separators': '1.'.repeat(500_000),
  '1 MB of emoji': '👨‍👩‍👧'.repeat(130_000),
  '1 MB of lone surrogates': '\ud800'.repeat(1_000_000),
  '1 MB of line breaks': '\n'.repeat(1_000_000),
  '1 MB of bidi marks between letters': 'ب\u200f'.repeat(500_000),
}

for (const [name, text] of Object.entries(inputs)) {
  test(`linear on ${name}`, () => {
    const started = performance.now()
    foldText(text)
    foldWord(text)
    const tokens = tokenize(text)
    splitSentences(text, tokens)
    const seconds = (performance.now() - started) / 1000
    assert.ok(seconds < BUDGET_SECONDS, `${name}: ${seconds.toFixed(2)} s`)
  })
}
