import assert from 'node:assert/strict'
import { test } from 'node:test'
import { datePhrase, joinNames, pastTense, properName } from '../../src/events/english.js'
import { summarize } from '../../src/events/summary.js'
import type { Attribution, EventParticipant } from '../../src/pipeline/analysis.js'

const party = (code: string, name: string): EventParticipant => ({ code, text: '', entity: null, name })
const countryNames = new Map([['SYR', 'Syria']])

test('English helpers: past tense, lists, dates, names with the', () => {
  assert.equal(pastTense('meet'), 'met')
  assert.equal(pastTense('accuse'), 'accused')
  assert.equal(pastTense('supply'), 'supplied')
  assert.equal(pastTense('deploy'), 'deployed')
  assert.equal(joinNames(['A', 'B', 'C']), 'A, B and C')
  assert.equal(datePhrase('2024-12-08'), 'on 8 December 2024')
  assert.equal(datePhrase('2024-12'), 'in December 2024')
  assert.equal(datePhrase('XXXX-12-08'), null)
  assert.equal(properName('United States'), 'the United States')
})

const base = {
  gloss: 'meet',
  actors: [party('SYR', 'Syria')],
  recipients: [party('ISR', 'Israel')],
  mediators: [party('USA', 'United States')],
  location: { text: 'باريس', start: 0, end: 5, name: 'Paris', country: 'FRA' },
  date: null,
  negated: false,
  modality: 'asserted' as const,
  symmetric: true,
  attribution: undefined,
  countryNames,
}

test('a mediated meeting in a place', () => {
  assert.equal(summarize(base), 'Syria met Israel in Paris, mediated by the United States')
})

test('negation and modality set the tense; a trailing preposition goes with no recipient', () => {
  const agreement = {
    ...base,
    gloss: 'reach an agreement with',
    recipients: [],
    mediators: [],
    location: null,
  }
  assert.equal(summarize({ ...agreement, negated: true }), 'Syria did not reach an agreement')
  assert.equal(summarize({ ...agreement, modality: 'future' }), 'Syria will reach an agreement')
  assert.equal(summarize({ ...agreement, modality: 'hypothetical' }), 'Syria may reach an agreement')
})

test('the source an event rests on', () => {
  const attribution: Attribution = {
    id: 'q1',
    speaker: { text: 'مصدر دبلوماسي مطّلع', start: 0, end: 19, kind: 'anonymous', code: null },
    via: [],
    cue: { text: 'كشف', start: 0, end: 3 },
    content: { start: 20, end: 40 },
    direct: false,
  }
  assert.equal(
    summarize({ ...base, attribution }),
    'Syria met Israel in Paris, mediated by the United States — reported by an anonymous informed diplomatic source',
  )
})

test('a body that names no country is reported by its English name, not a romanisation', () => {
  const attribution: Attribution = {
    id: 'q1',
    speaker: { text: 'الخارجية', start: 0, end: 8, kind: 'official-body', code: 'GOV' },
    via: [],
    cue: { text: 'قالت', start: 0, end: 4 },
    content: { start: 20, end: 40 },
    direct: false,
  }
  const summary = summarize({
    ...base,
    mediators: [],
    attribution,
    speakerName: () => 'Ministry of Foreign Affairs',
  })
  assert.equal(summary, 'Syria met Israel in Paris — reported by the Ministry of Foreign Affairs')
  assert.match(summarize({ ...base, mediators: [], attribution }), /reported by al-/)
})

test('no actor: an unnamed party', () => {
  assert.equal(
    summarize({ ...base, gloss: 'attack', actors: [], symmetric: false, mediators: [], location: null }),
    'An unnamed party attacked Israel',
  )
})
