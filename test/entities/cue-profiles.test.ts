import assert from 'node:assert/strict'
import { test } from 'node:test'
import { corpusLabels } from '../../src/entities/corpus-tags.js'
import { countCues, cueLabels, withCueLabels } from '../../src/entities/cue-profiles.js'
import { cueClass, triggerClass } from '../../src/entities/trigger-words.js'

test('profile-only cue classes leave the window features’ trigger classes alone', () => {
  assert.equal(triggerClass('الرئيس', 'رئيس'), 'title')
  assert.equal(cueClass('الرئيس', 'رئيس'), 'title')
  assert.equal(triggerClass('الفريق', 'فريق'), undefined)
  assert.equal(cueClass('الفريق', 'فريق'), 'teamHead')
  assert.equal(cueClass('مضيفه', 'مضيفه'), 'match')
})

test('cue profiles count the cue classes right before and after each word', () => {
  // A made-up club name seen six times: four after a team head, twice before a speech verb.
  const sentences = [
    ['فريق', 'زيتونيا', 'فاز'],
    ['الفريق', 'زيتونيا', 'قال'],
    ['نادي', 'زيتونيا'],
    ['منتخب', 'زيتونيا'],
    ['زيتونيا', 'اعلن'],
    ['شاهد', 'زيتونيا'],
  ]
  const counts = countCues(sentences)
  const labels = cueLabels(counts.get('زيتونيا')!)
  assert.deepEqual(labels, ['<organisationHead:10', '>speech:25', '<teamHead:25'])
  // Too few occurrences say nothing.
  assert.deepEqual(cueLabels(counts.get('فاز')!), [])
})

test('cue labels join a word’s corpus profile labels, replacing older cue labels', () => {
  const counts = countCues(Array.from({ length: 5 }, () => ['سيارة', 'لوتاري']))
  const tags = new Map([
    ['لوتاري', 'entity:25,ORG:25,<title:3'],
    ['بيت', 'entity:0'],
  ])
  const merged = withCueLabels(tags, counts)
  assert.equal(merged.get('لوتاري'), 'entity:25,ORG:25,<workHead:25')
  assert.equal(merged.get('بيت'), 'entity:0')
  assert.deepEqual(corpusLabels(merged, 'لوتاري'), ['c:entity:25', 'c:ORG:25', 'c:<workHead:25'])
})
