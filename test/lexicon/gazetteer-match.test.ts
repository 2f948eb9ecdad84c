import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compileGazetteer } from '../../src/lexicon/gazetteer.js'
import { parseGazetteerTsv } from '../../src/lexicon/gazetteer-file.js'
import { matchGazetteer } from '../../src/lexicon/match-gazetteer.js'
import { tokenize } from '../../src/text/tokenize.js'

// A small gazetteer of its own, so these tests do not move when the data files grow.
const rows = [
  ['حلب|مدينة حلب', 'Aleppo', 'SYR', 'city', 'SYR'],
  ['ريف حلب|ريف حلب الشمالي', 'Aleppo countryside', 'SYR', 'region', 'SYR'],
  ['مرسيليا', 'Marseille', 'FRA', 'city', 'FRA'],
  ['الأمم المتحدة', 'United Nations', 'IGOUNO', 'igo', ''],
  ['مجلس الأمن|مجلس الأمن الدولي', 'UN Security Council', 'IGOUNO', 'igo', ''],
  ['الجيش|جيش', 'armed forces', '~MIL', 'sector', ''],
  ['سوري|السوري|سورية|السورية', 'Syria', 'SYR', 'nationality', 'SYR'],
  ['سورية|سوريا', 'Syria', 'SYR', 'country', 'SYR'],
  ['الكيان الإسرائيلي', 'Israel', 'ISR', 'country', 'ISR'],
  ['العراق', 'Iraq', 'IRQ', 'country', 'IRQ'],
  ['اللجنة العليا', 'Higher Committee', 'XYZGOV', 'agency', 'XYZ'],
]
const tsv = rows.map((row) => [...row, '', '', 'test'].join('\t')).join('\n')
const gazetteer = compileGazetteer(parseGazetteerTsv(tsv, 'test.tsv'))

const found = (text: string, date?: string) =>
  matchGazetteer(tokenize(text), gazetteer, { text, ...(date === undefined ? {} : { date }) }).map(
    (match) => ({
      text: text.slice(match.start, match.end),
      code: match.entry.code,
      type: match.entry.type,
    }),
  )

test('the longest name wins over its prefix', () => {
  assert.deepEqual(found('قصف ريف حلب الشمالي أمس'), [
    { text: 'ريف حلب الشمالي', code: 'SYR', type: 'region' },
  ])
  assert.deepEqual(found('اجتماع مجلس الأمن الدولي'), [
    { text: 'مجلس الأمن الدولي', code: 'IGOUNO', type: 'igo' },
  ])
  assert.deepEqual(found('في حلب وريف حلب'), [
    { text: 'حلب', code: 'SYR', type: 'city' },
    { text: 'ريف حلب', code: 'SYR', type: 'region' },
  ])
})

test('proclitics on the first token are stripped from the span', () => {
  assert.deepEqual(found('وصل وبمرسيليا'), [{ text: 'مرسيليا', code: 'FRA', type: 'city' }])
  assert.deepEqual(found('عاد إلى والعراق'), [{ text: 'العراق', code: 'IRQ', type: 'country' }])
  // ل + ال merge into لل: no substring is the name, so the span keeps the whole word.
  assert.deepEqual(found('رسالة للأمم المتحدة'), [{ text: 'للأمم المتحدة', code: 'IGOUNO', type: 'igo' }])
  assert.deepEqual(found('وللأمم المتحدة'), [{ text: 'للأمم المتحدة', code: 'IGOUNO', type: 'igo' }])
})

test('diacritics on proclitics stay outside the span', () => {
  assert.deepEqual(found('وَبِمَرسيليا'), [{ text: 'مَرسيليا', code: 'FRA', type: 'city' }])
})

test('ة and ه, alef forms and diacritics fold together', () => {
  assert.equal(found('سوريه')[0]?.code, 'SYR')
  assert.equal(found('الجيشُ السوريّ').length, 2)
  assert.equal(found('اللجنه العليا')[0]?.code, 'XYZGOV')
})

test('scare quotes inside a name are stepped over and the closing one kept', () => {
  assert.deepEqual(found('ممثلين عن الكيان “الإسرائيلي” أمس'), [
    { text: 'الكيان “الإسرائيلي”', code: 'ISR', type: 'country' },
  ])
  assert.deepEqual(found('الجيش «السوري»'), [
    { text: 'الجيش', code: '~MIL', type: 'sector' },
    { text: 'السوري', code: 'SYR', type: 'nationality' },
  ])
})

test('a proclitic reading finds a name inside a word, a suffixed word is no name', () => {
  assert.deepEqual(found('بحلب'), [{ text: 'حلب', code: 'SYR', type: 'city' }])
  assert.deepEqual(found('حلبي'), [])
})

test('every entry of an ambiguous name is returned, the best first', () => {
  const [match] = matchGazetteer(tokenize('سورية'), gazetteer)
  assert.ok(match !== undefined)
  assert.deepEqual(
    match.entries.map((entry) => entry.type),
    ['country', 'nationality'],
  )
  assert.equal(match.entry.type, 'country')
})

test('token indices are half-open and offsets index the text', () => {
  const text = 'قال مجلس الأمن إن'
  const [match] = matchGazetteer(tokenize(text), gazetteer, { text })
  assert.ok(match !== undefined)
  assert.equal(match.startToken, 1)
  assert.equal(match.endToken, 3)
  assert.equal(text.slice(match.start, match.end), 'مجلس الأمن')
})

test('nothing matches in text without names', () => {
  assert.deepEqual(found('قال مصدر مطلع إن الاجتماع انتهى'), [])
  assert.deepEqual(found(''), [])
})

test('an accusative ا is read off indefinite nouns and adjectives, never off names', () => {
  assert.deepEqual(found('أرسلت جيشا'), [{ text: 'جيشا', code: '~MIL', type: 'sector' }])
  assert.deepEqual(found('دعما سوريا'), [{ text: 'سوريا', code: 'SYR', type: 'country' }])
  assert.deepEqual(found('موقفا عراقا'), [])
})

test('matching the same tokens again gives the same matches in a new array, and other options match anew', () => {
  const text = 'وصل وفد الأمم المتحدة إلى مدينة حلب'
  const tokens = tokenize(text)
  const first = matchGazetteer(tokens, gazetteer, { text })
  const again = matchGazetteer(tokens, gazetteer, { text })
  assert.notEqual(again, first)
  assert.deepEqual(again, first)
  again.pop() // a caller may change its array: the next one is whole
  assert.deepEqual(matchGazetteer(tokens, gazetteer, { text }), first)
  // Without the text, offsets are counted from the folded letters: the result is not the remembered one.
  assert.deepEqual(
    matchGazetteer(tokens, gazetteer).map((match) => match.entry.code),
    first.map((match) => match.entry.code),
  )
})
