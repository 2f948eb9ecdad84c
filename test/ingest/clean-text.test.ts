import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadBoilerplate } from '../../src/ingest/boilerplate.js'
import { cleanText } from '../../src/ingest/clean-text.js'

const phrases = loadBoilerplate()

test('a related-links block at the end is dropped with its headlines', () => {
  const input =
    'عنوان قصير للخبر\n\nجرى اللقاء في المدينة صباح اليوم.\n\nاقرأ أيضاً\nعنوان خبر آخر\nعنوان ثالث'
  const cleaned = cleanText(input, phrases)
  assert.equal(cleaned.text, 'عنوان قصير للخبر\n\nجرى اللقاء في المدينة صباح اليوم.')
  assert.deepEqual(cleaned.removed, [
    { text: 'اقرأ أيضاً\nعنوان خبر آخر\nعنوان ثالث', reason: 'related-links' },
  ])
  assert.equal(cleaned.title, 'عنوان قصير للخبر')
})

test('the marker alone at the very end is dropped, whatever its spelling', () => {
  for (const marker of ['قد يعجبك ايضا', 'قد يعجبك أيضاً', 'قـد يعجبك أيضا:']) {
    const cleaned = cleanText(`نص الخبر الأول.\n\n${marker}`, phrases)
    assert.equal(cleaned.text, 'نص الخبر الأول.')
    assert.equal(cleaned.removed[0]?.reason, 'related-links')
  }
})

test('an inline "read also" line in the middle goes, the prose after it stays', () => {
  const paragraph =
    'وتابع المتحدث أن الحكومة ستواصل العمل على تحسين الخدمات في المحافظات كافة، وأن الخطة الجديدة تشمل مشاريع للبنية التحتية والطاقة والمياه خلال الأعوام المقبلة.'
  const cleaned = cleanText(`الفقرة الأولى من الخبر.\nاقرأ أيضا: عنوان لا صلة له\n${paragraph}`, phrases)
  assert.equal(cleaned.text, `الفقرة الأولى من الخبر.\n${paragraph}`)
  assert.equal(cleaned.removed.length, 1)
})

test('share, follow, subscribe and copyright lines are dropped with their reasons', () => {
  const cleaned = cleanText(
    'نص الخبر هنا.\nشارك\nتابعونا على فيسبوك وتويتر\nاشترك في النشرة البريدية\n© 2025 جميع الحقوق محفوظة',
    phrases,
  )
  assert.equal(cleaned.text, 'نص الخبر هنا.')
  assert.deepEqual(
    cleaned.removed.map((removed) => removed.reason),
    ['share', 'share', 'subscribe', 'copyright'],
  )
})

test('prose that merely starts like furniture is kept', () => {
  const input = 'شارك الآلاف في مسيرة وسط المدينة.\nإعلان الحكومة عن الموازنة الجديدة أثار جدلاً.'
  const cleaned = cleanText(input, phrases)
  assert.equal(cleaned.text, input)
  assert.deepEqual(cleaned.removed, [])
})

test('no title is guessed from a one-line text or a line ending a sentence', () => {
  assert.equal(cleanText('سطر واحد فقط', phrases).title, null)
  assert.equal(cleanText('جملة كاملة تنتهي بنقطة.\nثم نص آخر.', phrases).title, null)
})

test('kept lines keep their own line breaks (CRLF stays CRLF)', () => {
  const cleaned = cleanText('العنوان\r\nالنص الأول.\r\nشارك\r\nالنص الثاني.', phrases)
  assert.equal(cleaned.text, 'العنوان\r\nالنص الأول.\r\nالنص الثاني.')
})
