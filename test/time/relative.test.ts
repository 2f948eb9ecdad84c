import assert from 'node:assert/strict'
import { test } from 'node:test'
import { onlyValue, pairsOf, timesOf } from './find.js'

// 2025-08-20 is a Wednesday.

test('relative days cross month, leap-day and year boundaries', () => {
  assert.equal(onlyValue('وصل الوفد أمس', '2025-03-01'), '2025-02-28')
  assert.equal(onlyValue('وصل الوفد أمس', '2024-03-01'), '2024-02-29')
  assert.equal(onlyValue('وصل الوفد أمس', '2025-01-01'), '2024-12-31')
  assert.equal(onlyValue('يصل الوفد غداً', '2024-12-31'), '2025-01-01')
  assert.equal(onlyValue('وصل الوفد أول أمس', '2025-03-01'), '2025-02-27')
  assert.equal(onlyValue('وصل الوفد أول من أمس', '2025-03-01'), '2025-02-27')
  assert.equal(onlyValue('يصل الوفد بعد غد', '2025-02-27'), '2025-03-01')
  assert.equal(onlyValue('وصل الوفد البارحة', '2025-03-01'), '2025-02-28')
})

test('today, tonight and times of day keep the day they name', () => {
  assert.equal(onlyValue('قال الوزير اليوم إن', '2025-08-20'), '2025-08-20')
  assert.deepEqual(pairsOf('شنت الطائرات غارات فجر اليوم', '2025-08-20'), ['فجر اليوم=2025-08-20'])
  assert.deepEqual(pairsOf('اندلعت الاشتباكات صباح أمس', '2025-08-20'), ['صباح أمس=2025-08-19'])
  assert.deepEqual(pairsOf('تبدأ الجلسة مساء الغد', '2025-08-20'), ['مساء الغد=2025-08-21'])
  assert.deepEqual(pairsOf('يعقد المجلس جلسة الليلة', '2025-08-20'), ['الليلة=2025-08-20'])
  assert.deepEqual(pairsOf('وقع الانفجار الليلة الماضية', '2025-08-20'), ['الليلة الماضية=2025-08-19'])
  assert.deepEqual(pairsOf('التقى الرئيس يوم أمس', '2025-08-20'), ['يوم أمس=2025-08-19'])
})

test('months and years counted from publication', () => {
  assert.equal(onlyValue('ارتفعت الأسعار الشهر الماضي', '2025-01-02'), '2024-12')
  assert.equal(onlyValue('تنتهي المهلة الشهر المقبل', '2024-12-15'), '2025-01')
  assert.equal(onlyValue('خلال الشهر الجاري', '2025-08-20'), '2025-08')
  assert.equal(onlyValue('في العام الماضي', '2025-01-02'), '2024')
  assert.equal(onlyValue('في السنة المقبلة', '2025-12-31'), '2026')
  assert.equal(onlyValue('منذ مطلع العام الجاري', '2025-08-20'), '2025')
  assert.equal(onlyValue('خلال هذا العام', '2025-08-20'), '2025')
  assert.equal(onlyValue('في العام قبل الماضي', '2025-08-20'), '2023')
  assert.deepEqual(pairsOf('منتصف الشهر وأواخر العام الماضي ونهاية الشهر', '2025-01-02'), [
    'منتصف الشهر=2025-01',
    'أواخر العام الماضي=2024',
    'نهاية الشهر=2025-01',
  ])
})

test('a week has no precision of its own: its month, else its year, else no value', () => {
  assert.equal(onlyValue('التقى الوفدان الأسبوع الماضي', '2025-08-20'), '2025-08')
  assert.equal(onlyValue('يلتقي الوفدان الأسبوع المقبل', '2025-08-20'), '2025-08')
  // 2025-07-27 … 2025-08-02 spans two months of one year.
  assert.equal(onlyValue('التقى الوفدان الأسبوع الماضي', '2025-08-03'), '2025')
  // 2024-12-27 … 2025-01-02 spans two years.
  assert.equal(onlyValue('التقى الوفدان الأسبوع الماضي', '2025-01-03'), null)
  assert.equal(timesOf('الأسبوع الماضي', '2025-01-03')[0]?.kind, 'relative')
})

test('weekdays: the nearest on or before publication; الماضي before, المقبل after', () => {
  assert.equal(onlyValue('اجتمع المجلس يوم الثلاثاء', '2025-08-20'), '2025-08-19')
  assert.equal(onlyValue('اجتمع المجلس الأربعاء', '2025-08-20'), '2025-08-20')
  assert.equal(onlyValue('اجتمع المجلس الأربعاء الماضي', '2025-08-20'), '2025-08-13')
  assert.equal(onlyValue('يجتمع المجلس الأحد المقبل', '2025-08-20'), '2025-08-24')
  assert.equal(onlyValue('اجتمع المجلس يوم السبت', '2025-01-02'), '2024-12-28')
  // A future cue in the clause turns a bare weekday forward.
  assert.equal(onlyValue('ومن المقرر أن يجتمع المجلس يوم الأحد', '2025-08-20'), '2025-08-24')
})

test('a weekday followed by its date takes the written date', () => {
  assert.deepEqual(pairsOf('عقدت الجلسة يوم الثلاثاء 4 آذار', '2025-08-20'), [
    'يوم الثلاثاء 4 آذار=2025-03-04',
  ])
  assert.deepEqual(pairsOf('عقدت الجلسة الثلاثاء (4/3/2025)', '2025-08-20'), [
    'الثلاثاء (4/3/2025)=2025-03-04',
  ])
  assert.deepEqual(pairsOf('عقدت الجلسة الثلاثاء الموافق 4 آذار 2025'), [
    'الثلاثاء الموافق 4 آذار 2025=2025-03-04',
  ])
  // No year written: the year in which 4 March is a Tuesday, near publication (2025, not 2024).
  assert.equal(onlyValue('يوم الثلاثاء 4 آذار', '2026-01-10'), '2025-03-04')
})

test('yearless dates: the most recent on or before publication', () => {
  assert.equal(onlyValue('منذ مطلع كانون الأول', '2025-08-20'), '2024-12')
  assert.equal(onlyValue('منذ مطلع كانون الأول', '2025-12-20'), '2025-12')
  assert.equal(onlyValue('بعد الثامن من كانون الأول', '2025-08-20'), '2024-12-08')
  assert.equal(onlyValue('في 20 آب', '2025-08-20'), '2025-08-20')
  assert.equal(onlyValue('في 21 آب', '2025-08-20'), '2024-08-21')
  assert.equal(onlyValue('في آب الماضي', '2025-08-20'), '2024-08')
  assert.equal(onlyValue('في أيلول المقبل', '2025-08-20'), '2025-09')
  assert.equal(onlyValue('في الخامس من الشهر الجاري', '2025-08-20'), '2025-08-05')
  assert.equal(onlyValue('في 29 شباط', '2027-05-01'), '2024-02-29')
  assert.equal(onlyValue('ستعقد الانتخابات في 8 كانون الأول', '2025-08-20'), '2025-12-08')
})

test('with no publication date the year is unknown', () => {
  assert.equal(onlyValue('بعد الثامن من كانون الأول', null), 'XXXX-12-08')
  assert.equal(onlyValue('منذ مطلع كانون الأول', null), 'XXXX-12')
  assert.equal(onlyValue('وصل الوفد أمس', null), null)
  assert.equal(onlyValue('في العام الماضي', null), null)
  assert.equal(onlyValue('اجتمع المجلس يوم الثلاثاء', null), null)
  assert.equal(onlyValue('في 8 كانون الأول 2024', null), '2024-12-08')
  assert.equal(timesOf('وصل الوفد أمس', null)[0]?.precision, null)
})

test('قبل and بعد with a count and nothing after count from publication', () => {
  assert.equal(onlyValue('وقع الهجوم قبل يومين', '2025-03-01'), '2025-02-27')
  assert.equal(onlyValue('وقع الهجوم قبل ثلاثة أشهر', '2025-01-15'), '2024-10')
  assert.equal(onlyValue('وقع الهجوم قبل عام', '2025-01-15'), '2024')
  assert.equal(onlyValue('تنتهي المهلة بعد أسبوعين', '2025-08-05'), '2025-08')
  // From an event, not from publication: a duration.
  const [time] = timesOf('وقع الهجوم قبل يومين من الانتخابات', '2025-03-01')
  assert.deepEqual([time?.text, time?.value, time?.kind], ['قبل يومين', null, 'duration'])
})
