import assert from 'node:assert/strict'
import { test } from 'node:test'
import { joinGivenNames } from '../../src/entities/given-names.js'

// Profiles as the corpus gives them: a word tagged a person in a quarter or more of its uses.
const profiles = new Map([
  ['رائد', 'entity:25,PERS:25'],
  ['هاني', 'entity:75,PERS:75'],
  ['الوزير', 'entity:5,PERS:5'],
])

test('a given name before a kunya joins the person span', () => {
  const keys = ['الوزير', 'رائد', 'ابو', 'السعود', 'سيزور']
  const tags = joinGivenNames(keys, ['O', 'O', 'B-PERS', 'I-PERS', 'O'], profiles)
  assert.deepEqual(tags, ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'])
})

test('a given name before a nasab joins too', () => {
  const tags = joinGivenNames(['هاني', 'بن', 'سعيد'], ['O', 'B-PERS', 'I-PERS'], profiles)
  assert.deepEqual(tags, ['B-PERS', 'I-PERS', 'I-PERS'])
})

test('a word that is rarely a name, or a span without a kunya, stays as tagged', () => {
  assert.deepEqual(joinGivenNames(['الوزير', 'ابو', 'مازن'], ['O', 'B-PERS', 'I-PERS'], profiles), [
    'O',
    'B-PERS',
    'I-PERS',
  ])
  assert.deepEqual(joinGivenNames(['رائد', 'السعود'], ['O', 'B-PERS'], profiles), ['O', 'B-PERS'])
  assert.deepEqual(joinGivenNames(['رائد', 'ابو', 'السعود'], ['B-LOC', 'B-PERS', 'I-PERS'], profiles), [
    'B-LOC',
    'B-PERS',
    'I-PERS',
  ])
})
