import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fromDayNumber, toDayNumber } from '../../src/time/calendar-date.js'
import { hijriOf, hijriToGregorian } from '../../src/time/hijri.js'
import { onlyValue, timesOf } from './find.js'

// Pairs checked against ICU's Umm al-Qura calendar (and the Saudi announcements they match).
const KNOWN_PAIRS: ReadonlyArray<readonly [number, number, number, string]> = [
  [1446, 9, 1, '2025-03-01'], // 1 Ramadan 1446
  [1446, 1, 1, '2024-07-07'], // 1 Muharram 1446
  [1445, 12, 10, '2024-06-16'], // 10 Dhu al-Hijjah 1445, Eid al-Adha
  [1445, 10, 1, '2024-04-10'], // 1 Shawwal 1445, Eid al-Fitr
  [1447, 1, 1, '2025-06-26'], // 1 Muharram 1447
  [1444, 9, 1, '2023-03-23'], // 1 Ramadan 1444
  [1446, 6, 30, '2024-12-31'], // Jumada al-Akhirah 1446 has thirty days
  [1446, 7, 1, '2025-01-01'], // 1 Rajab 1446
]

const iso = (date: { year: number; month: number; day: number } | null): string | null =>
  date === null
    ? null
    : `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`

test('Umm al-Qura conversion matches known pairs', () => {
  for (const [year, month, day, gregorian] of KNOWN_PAIRS) {
    assert.equal(iso(hijriToGregorian(year, month, day)), gregorian, `${day}/${month}/${year}`)
  }
})

test('conversion round-trips every day of 1420-1480 AH', () => {
  const first = toDayNumber({ year: 1999, month: 4, day: 17 })
  const last = toDayNumber({ year: 2058, month: 1, day: 1 })
  for (let day = first; day <= last; day += 1) {
    const hijri = hijriOf(day)
    assert.equal(iso(hijriToGregorian(hijri.year, hijri.month, hijri.day)), iso(fromDayNumber(day)))
  }
})

test('a day a month does not have gets no date', () => {
  assert.equal(hijriToGregorian(1446, 9, 30), null) // Ramadan 1446 had 29 days
  assert.equal(hijriToGregorian(1446, 13, 1), null)
})

test('Hijri dates in text are converted, never read as Gregorian', () => {
  const [time] = timesOf('في 15 رمضان 1446 هـ')
  assert.equal(time?.text, '15 رمضان 1446 هـ')
  assert.equal(time?.value, '2025-03-15')
  assert.equal(time?.calendar, 'hijri')
  assert.equal(onlyValue('يوم العاشر من ذي الحجة 1445هـ'), '2024-06-16')
  assert.equal(onlyValue('في غرة رمضان 1446'), '2025-03-01')
  assert.equal(onlyValue('بتاريخ 1/9/1446 هـ'), '2025-03-01')
  assert.equal(onlyValue('بتاريخ 1446/09/01هـ'), '2025-03-01')
})

test('a الموافق pair gives both dates, one per calendar', () => {
  const times = timesOf('صدر القرار في 15 رمضان 1446 هـ الموافق 15 آذار 2025 م.')
  assert.deepEqual(
    times.map((time) => [time.text, time.value, time.calendar]),
    [
      ['15 رمضان 1446 هـ', '2025-03-15', 'hijri'],
      ['15 آذار 2025 م', '2025-03-15', 'gregorian'],
    ],
  )
})

test('a Hijri month is the Gregorian month holding its 15th; a Hijri year the one holding 1 Rajab', () => {
  assert.equal(onlyValue('خلال شهر رمضان 1446'), '2025-03')
  assert.equal(onlyValue('خلال شهر محرم 1446 هـ'), '2024-07')
  assert.equal(onlyValue('موسم حج عام 1445 هـ'), '2024')
})

test('a yearless Hijri date takes the most recent such date on or before publication', () => {
  // Published 2025-08-20 = 26 Safar 1447: the last Ramadan was 1446.
  assert.equal(onlyValue('منذ منتصف شهر رمضان', '2025-08-20'), '2025-03')
  assert.equal(onlyValue('في 27 رمضان', '2025-08-20'), '2025-03-27')
  // With no publication date a Hijri month cannot be written as XXXX-MM.
  assert.equal(onlyValue('في 27 رمضان', null), null)
})
