import assert from 'node:assert/strict'
import { test } from 'node:test'
import { curatedNamePairs, loadCuratedNames } from '../../src/entities/curated-names.js'
import { createNameLexicon, matchNames } from '../../src/entities/name-lexicon.js'

test('curated rows give one name per alias, hyphens split like the tokenizer splits them', () => {
  const pairs = curatedNamePairs('# a comment\ncarmaker\tمرسيدس-بنز|مرسيدس\r\nteam\tالنجم الأحمر\n\n')
  assert.deepEqual(
    pairs.map(([nameClass, keys]) => `${nameClass}:${keys.join(' ')}`),
    ['carmaker:مرسيدس بنز', 'carmaker:مرسيدس', 'team:النجم الاحمر'],
  )
  const lexicon = createNameLexicon(pairs)
  assert.deepEqual(matchNames(lexicon, ['فاز', 'والنجم', 'الأحمر', 'على', 'مرسيدس']), [
    '',
    'n:B-team',
    'n:I-team',
    '',
    'n:B-carmaker',
  ])
})

test('the shipped lists load, and a club, a car maker and a broadcaster are found by class', () => {
  const lexicon = loadCuratedNames()
  assert.ok(lexicon.size > 400, `only ${lexicon.size} curated names`)
  assert.deepEqual(matchNames(lexicon, ['تعادل', 'بنفيكا', 'مع', 'سلتيك']), ['', 'n:B-team', '', 'n:B-team'])
  assert.deepEqual(matchNames(lexicon, ['إعلان', 'تويوتا', 'على', 'روتانا']), [
    '',
    'n:B-carmaker',
    '',
    'n:B-broadcaster',
  ])
  // A club named by an everyday word has a class of its own: الاتفاق is mostly "the agreement".
  assert.deepEqual(matchNames(lexicon, ['بعد', 'الاتفاق']), ['', 'n:B-team-word'])
})
