/** The first-word filter in front of the framing phrase matcher: it may let extra words through, never drop one. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { firstWordFilter, mayStartAt } from '../../src/framing/first-word-filter.js'
import { loadFrameLexicon } from '../../src/framing/frame-lexicon.js'
import { createPhraseIndex, phraseInsert } from '../../src/lexicon/phrase-index.js'

test('every first word of the framing lexicons passes, bare and with proclitics written on it', () => {
  const lexicon = loadFrameLexicon()
  for (const index of [lexicon.terms, lexicon.labelHeads, lexicon.labelLinks]) {
    const filter = firstWordFilter(index)
    for (const phrase of index.phrases.keys()) {
      const first = phrase.split(' ')[0]!
      const bare = first.startsWith('ال') ? first.slice(2) : first
      for (const written of [first, 'و' + first, 'ب' + first, 'ل' + bare, 'لل' + bare, 'ولل' + bare]) {
        assert.ok(mayStartAt(filter, written), `${written} (${phrase})`)
      }
    }
  }
})

test('words that end unlike every first word are turned away', () => {
  const index = createPhraseIndex<string>()
  phraseInsert(index, ['الكيان', 'الصهيوني'], 'term')
  phraseInsert(index, ['عصابات'], 'term')
  const filter = firstWordFilter(index)
  assert.equal(mayStartAt(filter, 'للكيان'), true)
  assert.equal(mayStartAt(filter, 'والعصابات'), true)
  assert.equal(mayStartAt(filter, 'قال'), false)
  assert.equal(mayStartAt(filter, 'في'), false)
  assert.equal(mayStartAt(filter, ''), false)
})

test('a two-letter first word lets through every word ending in its two letters', () => {
  const index = createPhraseIndex<string>()
  phraseInsert(index, ['الحق', 'في'], 'link')
  const filter = firstWordFilter(index)
  // حق (الحق without its article) is two letters: بحق and وللحق end the same way.
  assert.equal(mayStartAt(filter, 'بحق'), true)
  assert.equal(mayStartAt(filter, 'وللحق'), true)
  assert.equal(mayStartAt(filter, 'حقل'), false)
})
