import assert from 'node:assert/strict'
import { test } from 'node:test'
import { timeVocabulary } from '../../src/time/time-vocabulary.js'
import { onlyValue } from './find.js'

const months = (vocabulary: string) =>
  timeVocabulary().words.filter((word) => word.kind === 'month' && word.vocabulary === vocabulary)

for (const vocabulary of ['levantine', 'egyptian', 'moroccan', 'maghrebi']) {
  test(`the ${vocabulary} vocabulary names all twelve months`, () => {
    const numbers = new Set(months(vocabulary).map((word) => word.number))
    assert.deepEqual(
      [...numbers].sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    )
  })
}

// Every spelling the regional press uses, each read with a day and a year (bound names need one).
const SPELLINGS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['كانون الثاني', 'كانون ثاني', 'يناير', 'جانفي']],
  [2, ['شباط', 'فبراير', 'فيفري']],
  [3, ['آذار', 'اذار', 'مارس']],
  [4, ['نيسان', 'أبريل', 'إبريل', 'ابريل', 'أفريل']],
  [5, ['أيار', 'مايو', 'ماي']],
  [6, ['حزيران', 'يونيو', 'يونيه', 'جوان']],
  [7, ['تموز', 'يوليو', 'يوليه', 'يوليوز', 'جويلية']],
  [8, ['آب', 'أغسطس', 'اغسطس', 'غشت', 'أوت']],
  [9, ['أيلول', 'سبتمبر', 'شتنبر']],
  [10, ['تشرين الأول', 'تشرين أول', 'أكتوبر', 'اكتوبر']],
  [11, ['تشرين الثاني', 'نوفمبر', 'نونبر']],
  [12, ['كانون الأول', 'كانون أول', 'ديسمبر', 'دجنبر']],
]

for (const [month, names] of SPELLINGS) {
  test(`month ${month} in every regional spelling`, () => {
    const expected = `2024-${String(month).padStart(2, '0')}-08`
    for (const name of names) assert.equal(onlyValue(`وقع ذلك في 8 ${name} 2024 في العاصمة`), expected, name)
  })
}

test('diacritics, tatweel and ة/ه do not change a match', () => {
  assert.equal(onlyValue('في ٨ كانُونَ الأوّل ٢٠٢٤'), '2024-12-08')
  assert.equal(onlyValue('في 8 كانـــون الأول 2024'), '2024-12-08')
  assert.equal(onlyValue('في 8 يوليه 2024'), onlyValue('في 8 يوليو 2024'))
  assert.equal(onlyValue('خلال السنه الماضيه', '2025-08-20'), '2024')
})

test('the Hijri vocabulary names all twelve months, with its variant spellings', () => {
  const hijri = timeVocabulary().words.filter((word) => word.kind === 'hijri-month')
  assert.deepEqual(
    [...new Set(hijri.map((word) => word.number))].sort((a, b) => a - b),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  )
  const pairs: ReadonlyArray<readonly [string, number]> = [
    ['محرم', 1],
    ['صفر', 2],
    ['ربيع الأول', 3],
    ['ربيع الآخر', 4],
    ['ربيع الثاني', 4],
    ['جمادى الأولى', 5],
    ['جمادى الآخرة', 6],
    ['جمادى الثانية', 6],
    ['رجب', 7],
    ['شعبان', 8],
    ['رمضان', 9],
    ['شوال', 10],
    ['ذو القعدة', 11],
    ['ذي القعدة', 11],
    ['ذو الحجة', 12],
    ['ذي الحجة', 12],
  ]
  for (const [name, month] of pairs) {
    const word = hijri.find((entry) => entry.phrase === name)
    assert.equal(word?.number, month, name)
  }
})

test('weekday names cover the week, Sunday = 0', () => {
  const weekdays = timeVocabulary().words.filter((word) => word.kind === 'weekday')
  assert.deepEqual(
    [...new Set(weekdays.map((word) => word.number))].sort((a, b) => a - b),
    [0, 1, 2, 3, 4, 5, 6],
  )
  assert.equal(weekdays.find((word) => word.phrase === 'الثلاثاء')?.number, 2)
})

test('ordinal day words from الأول to الحادي والثلاثين, masculine and feminine', () => {
  const ordinals = timeVocabulary().words.filter((word) => word.kind === 'ordinal')
  for (let day = 1; day <= 31; day++)
    assert.ok(
      ordinals.some((word) => word.number === day),
      `day ${day}`,
    )
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['الأول من آذار 2025', '2025-03-01'],
    ['الأولى من آذار 2025', '2025-03-01'],
    ['الحادي عشر من سبتمبر 2001', '2001-09-11'],
    ['الثانية عشرة من أيار 2025', '2025-05-12'],
    ['العشرين من نيسان 2025', '2025-04-20'],
    ['الحادي والعشرين من أيلول 2024', '2024-09-21'],
    ['الحادية والعشرين من أيلول 2024', '2024-09-21'],
    ['التاسع والعشرين من شباط 2024', '2024-02-29'],
    ['الحادي والثلاثين من كانون الأول 2024', '2024-12-31'],
  ]
  for (const [text, value] of cases) assert.equal(onlyValue(text), value, text)
})
