import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compileCues, inflect, loadCueLexicon } from '../../src/attribution/cue-lexicon.js'
import { compileSpeakerWords, headRoleOf, loadSpeakerWords } from '../../src/attribution/speaker-words.js'

test('past verbs get their feminine, plural and dual forms', () => {
  assert.deepEqual(inflect('أكد', 'past'), ['اكد', 'اكدت', 'اكدوا', 'اكدا', 'اكدتا'])
  // A final ى or ا drops before the endings.
  assert.deepEqual(inflect('نفى', 'past'), ['نفي', 'نفت', 'نفوا', 'نفتا'])
  assert.deepEqual(inflect('دعا', 'past'), ['دعا', 'دعت', 'دعوا', 'دعتا'])
})

test('present verbs get the feminine prefix and the plural endings', () => {
  assert.deepEqual(inflect('يقول', 'present'), ['يقول', 'تقول', 'يقولون', 'يقولان'])
  assert.deepEqual(inflect('ينفي', 'present'), ['ينفي', 'تنفي', 'ينفون'])
})

test('participles get the adverbial and agreeing endings, folded', () => {
  const forms = inflect('مؤكد', 'participle')
  for (const form of ['مؤكد', 'مؤكدا', 'مؤكده', 'مؤكدين']) assert.ok(forms.includes(form), form)
})

test('a form that is a cue base reads first as that cue', () => {
  const lexicon = compileCues([
    ['نقل', 'relay-verb', 'past', 'عن', 'complement', 'relay'],
    ['نقلا', 'relay-preposition', 'none', 'عن', 'complement', 'quoting'],
  ])
  assert.equal(lexicon.forms.get('نقلا')?.[0]?.cue.kind, 'relay-preposition')
  assert.equal(lexicon.forms.get('نقلا')?.[1]?.plural, true)
})

test('the package cue lexicon knows the cues of Arabic news', () => {
  const { forms } = loadCueLexicon()
  for (const form of ['قال', 'قالت', 'اكدوا', 'مشيرا', 'بحسب', 'وفقا', 'نقلا', 'يري', 'زعم', 'ادعت']) {
    assert.ok(forms.has(form), form)
  }
  assert.equal(forms.get('علي')?.[0]?.cue.next, 'لسان')
})

test('a malformed row names its file and row', () => {
  assert.throws(() => compileCues([['قال', 'shout', 'past', '-', '-', '']], 'cues.tsv'), /cues\.tsv: row 1/)
  assert.throws(() => compileSpeakerWords([['مصدر', 'boss', '']], 'words.tsv'), /words\.tsv: row 1/)
})

test('speaker words give heads their role, the strongest first', () => {
  const words = loadSpeakerWords()
  assert.equal(headRoleOf(words, 'مصدر'), 'anonymous')
  assert.equal(headRoleOf(words, 'وزير'), 'office')
  assert.equal(headRoleOf(words, 'مسؤول'), 'member')
  assert.equal(headRoleOf(words, 'وزاره'), 'body')
  assert.equal(headRoleOf(words, 'قناه'), 'outlet')
  assert.equal(headRoleOf(words, 'بيان'), 'document')
  assert.equal(headRoleOf(words, 'شهود عيان'), 'anonymous')
})
