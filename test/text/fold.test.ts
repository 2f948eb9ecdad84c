import assert from 'node:assert/strict'
import { test } from 'node:test'
import { foldText, foldWord, originalSpan } from '../../src/text/fold.js'

test('foldWord removes diacritics, dagger alef and Quranic marks', () => {
  assert.equal(foldWord('مُفَاوَضَاتٌ'), 'مفاوضات')
  assert.equal(foldWord('هٰذا'), 'هذا')
  assert.equal(foldWord('الرَّحِيمِ\u06da'), 'الرحيم')
  assert.equal(foldWord('شَدَّةٌ'), 'شدة')
})

test('foldWord removes tatweel and invisible controls', () => {
  assert.equal(foldWord('الحكـــومة'), 'الحكومة')
  assert.equal(foldWord('\u200fبيان\u200b\u200c'), 'بيان')
  assert.equal(foldWord('\u202bنص\u202c\u2067\u2069\ufeff\u061c'), 'نص')
})

test('foldWord unifies alef forms and alef maqsura', () => {
  assert.equal(foldWord('أحمد إبراهيم آمن ٱلقاهرة'), 'احمد ابراهيم امن القاهرة')
  assert.equal(foldWord('مستشفى'), 'مستشفي')
})

test('foldWord keeps the hamza seats ؤ and ئ', () => {
  assert.equal(foldWord('مسؤول'), 'مسؤول')
  assert.equal(foldWord('رئيس'), 'رئيس')
})

test('foldWord maps Persian and Urdu letter variants', () => {
  assert.equal(foldWord('کابل'), 'كابل')
  assert.equal(foldWord('ڪتاب'), 'كتاب')
  assert.equal(foldWord('ایران'), 'ايران')
  assert.equal(foldWord('ہرات'), 'هرات')
  assert.equal(foldWord('خانۀ'), 'خانه')
})

test('foldWord maps digits of every Arabic script to ASCII', () => {
  assert.equal(foldWord('٢٠٢٤'), '2024')
  assert.equal(foldWord('۱۴۰۳'), '1403')
  assert.equal(foldWord('٣٫٥'), '3.5')
  assert.equal(foldWord('١٬٠٠٠'), '1,000')
})

test('foldWord maps Arabic punctuation and quote styles', () => {
  assert.equal(foldWord('،؛؟'), ',;?')
  assert.equal(foldWord('“”«»„‟″'), '"""""""')
  assert.equal(foldWord('‘’‚'), "'''")
})

test('foldWord lower-cases Latin', () => {
  assert.equal(foldWord('Reuters ÉLYSÉE'), 'reuters élysée')
})

test('ة folds to ه only when asked', () => {
  assert.equal(foldWord('الحكومة'), 'الحكومة')
  assert.equal(foldWord('الحكومة', { tehMarbuta: true }), 'الحكومه')
  assert.equal(foldText('مدينة جميلة', { tehMarbuta: true }).text, 'مدينه جميله')
})

test('foldWord returns an unchanged word as is', () => {
  const word = 'بغداد'
  assert.equal(foldWord(word), word)
  assert.equal(foldWord(''), '')
})

test('foldWord folds Arabic presentation forms to base letters', () => {
  assert.equal(foldWord('\ufe83\ufeeb\ufee0\ufe8e'), 'اهلا')
})

test('foldText keeps a map back to the original', () => {
  const original = 'قالَ الرئيسُ'
  const folded = foldText(original)
  assert.equal(folded.text, 'قال الرئيس')
  assert.equal(folded.toOriginal.length, folded.text.length + 1)
  assert.equal(folded.toOriginal[folded.text.length], original.length)
  assert.equal(folded.toOriginal[3], 4) // the space after قالَ
})

test('originalSpan includes the diacritics of the last letter, not those of the word before', () => {
  const original = 'كَتَبَ زيدٌ رسالةً'
  const folded = foldText(original)
  assert.equal(folded.text, 'كتب زيد رسالة')
  const first = originalSpan(folded, 0, 3)
  assert.equal(original.slice(first.start, first.end), 'كَتَبَ')
  const second = originalSpan(folded, 4, 7)
  assert.equal(original.slice(second.start, second.end), 'زيدٌ')
  const last = originalSpan(folded, 8, 13)
  assert.equal(original.slice(last.start, last.end), 'رسالةً')
})

test('originalSpan clamps and handles empty spans', () => {
  const folded = foldText('نصٌّ')
  assert.deepEqual(originalSpan(folded, 1, 1), { start: 1, end: 1 })
  assert.deepEqual(originalSpan(folded, -5, 99), { start: 0, end: 4 })
})

test('foldText keeps lone surrogates exactly', () => {
  const original = 'نص\ud800 طويل '.repeat(10)
  assert.equal(foldText(original).text, original)
})

test('foldText on a long text matches foldWord', () => {
  const original = 'وَقَالَ الـمُتَحَدِّثُ إنّ «الوضعَ» مستقرٌّ 😀 ٢٠٢٤. '.repeat(2000)
  assert.equal(foldText(original).text, foldWord(original))
})
