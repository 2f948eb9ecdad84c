/** The package's event data files: they load, and they cover what the coder promises. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CUE } from '../../src/events/cue-kinds.js'
import { loadEventLexicon } from '../../src/events/event-lexicon.js'
import { PLOVER_TYPES } from '../../src/vocabulary/plover.js'

const lexicon = loadEventLexicon()

test('every PLOVER type has verbs or nouns that trigger it', () => {
  const types = new Set(lexicon.triggers.entries.map((entry) => entry.type))
  for (const type of Object.keys(PLOVER_TYPES)) assert.ok(types.has(type as never), type)
})

test('every type has both a verb and a noun or construction, so verbal and nominal events are found', () => {
  for (const type of Object.keys(PLOVER_TYPES)) {
    const parts = new Set(
      lexicon.triggers.entries.filter((entry) => entry.type === type).map((entry) => entry.part),
    )
    assert.ok(parts.has('verb') || parts.has('construction'), `${type} has a verb`)
    assert.ok(parts.has('noun') || parts.has('construction'), `${type} has a noun`)
  }
})

test('CAMEO codes are digits; glosses are English verbs', () => {
  for (const entry of lexicon.triggers.entries) {
    if (entry.type === null) continue
    assert.match(entry.cameo ?? '', /^\d{3,4}$/, entry.origin)
    assert.match(entry.gloss, /^[a-z][a-z -]*$/, entry.origin)
  }
})

test('verbs are found in every inflection, nouns with clitics', () => {
  assert.equal(lexicon.triggers.verbs.get('اتهموا')?.[0]?.entry.type, 'ACCUSE')
  assert.equal(lexicon.triggers.verbs.get('يلتقون')?.[0]?.entry.type, 'CONSULT')
  assert.equal(lexicon.triggers.nouns.get('اشتباكات')?.[0]?.type, 'ASSAULT')
  assert.equal(lexicon.triggers.nouns.get('مظاهره')?.[0]?.type, 'PROTEST')
})

test('no generated verb form is a function word', () => {
  for (const [key, flags] of lexicon.cues.words) {
    if ((flags & (CUE.preposition | CUE.complementizer | CUE.relative)) === 0) continue
    assert.equal(lexicon.triggers.verbs.has(key), false, key)
  }
})

test('cues, designations, place nouns and sports words load', () => {
  assert.ok(((lexicon.cues.words.get('لم') ?? 0) & CUE.negation) !== 0)
  assert.ok(((lexicon.cues.verbs.get('يعتزمون') ?? 0) & CUE.future) !== 0)
  assert.equal(lexicon.cues.designations.get('الاحتلال')?.code, 'ISR')
  assert.ok(lexicon.cues.placeNouns.has('ريف'))
  assert.ok(lexicon.cues.sportsWords.has('مباراه'))
})
