import assert from 'node:assert/strict'
import { test } from 'node:test'
import { onlyValue, pairsOf, timesOf } from './find.js'

test('the two seed phrasings, in new sentences', () => {
  const text =
    'وقال مسؤول محلي إن المواجهات لم تتوقف منذ مطلع كانون الأول/ديسمبر، وإن القوات تقدمت بعد الثامن من كانون الأول نحو القرى.'
  const times = timesOf(text, '2025-08-20')
  assert.deepEqual(
    times.map((time) => [time.text, time.value, time.precision, time.calendar]),
    [
      ['مطلع كانون الأول/ديسمبر', '2024-12', 'month', 'gregorian'],
      ['الثامن من كانون الأول', '2024-12-08', 'day', 'gregorian'],
    ],
  )
})

test('every span is a slice of the text', () => {
  const text =
    'وَأَمسِ، وفي ٨ كانونَ الأوّل ٢٠٢٤، وبالأمس وللعام الماضي ومنذ ثلاث سنوات (الثلاثاء 4 آذار) غرة رمضان 1446هـ، 2024-12-08.'
  const times = timesOf(text)
  assert.ok(times.length >= 7, JSON.stringify(times))
  for (const time of times) assert.equal(text.slice(time.start, time.end), time.text)
})

test('a proclitic stays outside the span; the expression itself is kept whole', () => {
  assert.deepEqual(pairsOf('وأمس قال', '2025-03-01'), ['أمس=2025-02-28'])
  assert.deepEqual(pairsOf('وبالأمس قال', '2025-03-01'), ['الأمس=2025-02-28'])
  // ل + ال drops an alef (للعام): the article's lam cannot be told from the preposition's, so both stay.
  assert.deepEqual(pairsOf('وللعام الماضي'), ['للعام الماضي=2024'])
  assert.deepEqual(pairsOf('والثامن من آذار 2025'), ['الثامن من آذار 2025=2025-03-08'])
})

test('combined month forms', () => {
  assert.deepEqual(pairsOf('في 8 كانون الأول/ديسمبر 2024'), ['8 كانون الأول/ديسمبر 2024=2024-12-08'])
  assert.deepEqual(pairsOf('في ديسمبر (كانون الأول) 2024'), ['ديسمبر (كانون الأول) 2024=2024-12'])
  assert.deepEqual(pairsOf('في آب/أغسطس الماضي'), ['آب/أغسطس الماضي=2024-08'])
  // Two different months joined by a slash are two months.
  assert.deepEqual(pairsOf('في آذار/نيسان 2025'), ['آذار=2025-03', 'نيسان 2025=2025-04'])
})

test('numeric dates are day first, in any digits', () => {
  assert.equal(onlyValue('بتاريخ 8/12/2024'), '2024-12-08')
  assert.equal(onlyValue('بتاريخ ٨/١٢/٢٠٢٤'), '2024-12-08')
  assert.equal(onlyValue('بتاريخ 08.12.2024'), '2024-12-08')
  assert.equal(onlyValue('بتاريخ 2024-12-08'), '2024-12-08')
  assert.equal(onlyValue('بتاريخ 2024/12/08'), '2024-12-08')
  assert.equal(onlyValue('بتاريخ 12/31/2024'), '2024-12-31')
  assert.deepEqual(pairsOf('بلغ النمو 3.5 بالمئة و1.000.000 دولار'), [])
  assert.deepEqual(pairsOf('في 31/2/2024'), [])
})

test('years in context, alone and in ranges', () => {
  assert.deepEqual(pairsOf('في عام 2024 والعام 2023 وسنة 2022'), [
    'عام 2024=2024',
    'العام 2023=2023',
    'سنة 2022=2022',
  ])
  assert.deepEqual(pairsOf('في 2011 اندلعت الاحتجاجات'), ['2011=2011'])
  assert.deepEqual(pairsOf('منذ 2011'), ['2011=2011'])
  assert.deepEqual(pairsOf('في مطلع 2024'), ['مطلع 2024=2024'])
  assert.deepEqual(pairsOf('قتل 2024 شخصا'), [])
  assert.deepEqual(pairsOf('بين عامي 2011 و2014'), ['عامي 2011=2011', '2014=2014'])
  assert.deepEqual(pairsOf('من 2011 إلى 2014'), ['2011=2011', '2014=2014'])
  assert.deepEqual(pairsOf('خلال الفترة 2011-2014 وعام 2020 م'), [
    '2011=2011',
    '2014=2014',
    'عام 2020 م=2020',
  ])
  assert.deepEqual(pairsOf('في 2014 وعام 2020'), ['2014=2014', 'عام 2020=2020'])
  assert.deepEqual(pairsOf('في نوفمبر 2024'), ['نوفمبر 2024=2024-11'])
  assert.deepEqual(pairsOf('في كانون الأول من العام الماضي'), ['كانون الأول من العام الماضي=2024-12'])
  assert.deepEqual(pairsOf('في ديسمبر من عام 2023'), ['ديسمبر من عام 2023=2023-12'])
})

test('day ranges give each end, sharing month and year', () => {
  assert.deepEqual(pairsOf('من 3 إلى 5 آذار 2025'), ['3=2025-03-03', '5 آذار 2025=2025-03-05'])
  assert.deepEqual(pairsOf('بين 3 و5 آذار', '2025-08-20'), ['3=2025-03-03', '5 آذار=2025-03-05'])
  assert.deepEqual(pairsOf('في الفترة 3-5 آذار', null), ['3=XXXX-03-03', '5 آذار=XXXX-03-05'])
  assert.deepEqual(pairsOf('من 1 إلى 3 رمضان 1446 هـ'), ['1=2025-03-01', '3 رمضان 1446 هـ=2025-03-03'])
  assert.deepEqual(pairsOf('من كانون الأول إلى شباط 2025'), ['كانون الأول=2024-12', 'شباط 2025=2025-02'])
  assert.deepEqual(pairsOf('من 28 كانون الأول 2024 إلى 3 كانون الثاني 2025'), [
    '28 كانون الأول 2024=2024-12-28',
    '3 كانون الثاني 2025=2025-01-03',
  ])
})

test('durations are recognised with no value', () => {
  for (const text of [
    'منذ ثلاث سنوات',
    'خلال 48 ساعة',
    'لمدة أسبوعين',
    'منذ سنوات',
    'على مدى عقدين',
    'منذ نحو خمسة وعشرين عاما',
  ]) {
    const times = timesOf(`استمر ذلك ${text} في المدينة`)
    assert.deepEqual(
      times.map((time) => [time.text, time.value, time.precision, time.kind]),
      [[text, null, null, 'duration']],
      text,
    )
  }
  assert.deepEqual(pairsOf('سجن عامين'), ['عامين=null'])
  // The unit word names a date here.
  assert.deepEqual(pairsOf('منذ عام 2011'), ['عام 2011=2011'])
  assert.deepEqual(pairsOf('خلال شهر رمضان 1446'), ['شهر رمضان 1446=2025-03'])
})

test('everyday words that look like dates are left alone', () => {
  for (const text of [
    'مارس الضغط على الحكومة',
    'قال رمضان عبد الله',
    'وصل أب وابنه',
    'قال الأمين العام للأمم المتحدة',
    'أفادت قناة روسيا اليوم',
    'وفي اليوم التالي عاد الوفد',
    'في اليوم نفسه',
    'الرأي العام',
    'شهر من المفاوضات',
    'بعد الظهر',
    'عدد الأيام',
  ]) {
    assert.deepEqual(pairsOf(text), [], text)
  }
})

test('vague times are recognised with no value', () => {
  assert.deepEqual(
    timesOf('عقد لقاء مؤخرًا').map((time) => [time.text, time.value, time.kind]),
    [['مؤخرًا', null, 'vague']],
  )
})

test('an empty text or one with no tokens has no times', () => {
  assert.deepEqual(timesOf(''), [])
  assert.deepEqual(timesOf('   '), [])
})
