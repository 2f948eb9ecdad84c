import assert from 'node:assert/strict'
import { test } from 'node:test'
import { splitSentences } from '../../src/text/sentences.js'
import { tokenize } from '../../src/text/tokenize.js'

const sentences = (text: string): string[] =>
  splitSentences(text, tokenize(text)).map((span) => text.slice(span.start, span.end))

test('splits after . ؟ ? ! ؛ and …', () => {
  assert.deepEqual(sentences('وصل الوفد. هل اتفقوا؟ لا! ربما? ثم؛ انتظروا… وانتهى'), [
    'وصل الوفد.',
    'هل اتفقوا؟',
    'لا!',
    'ربما?',
    'ثم؛',
    'انتظروا…',
    'وانتهى',
  ])
})

test('adjacent terminators and closing brackets stay with the sentence', () => {
  assert.deepEqual(sentences('حقاً؟! نعم... (وهذا صحيح.) انتهى'), ['حقاً؟!', 'نعم...', '(وهذا صحيح.)', 'انتهى'])
})

test('splits at single and blank line breaks', () => {
  assert.deepEqual(sentences('العنوان الرئيسي\nالسطر الثاني\r\n\r\n  الفقرة الثالثة  \n'), [
    'العنوان الرئيسي',
    'السطر الثاني',
    'الفقرة الثالثة',
  ])
})

test('does not split inside a quotation', () => {
  assert.deepEqual(sentences('قال: «لن نتراجع. سنواصل» ثم خرج. وانتهى'), [
    'قال: «لن نتراجع. سنواصل» ثم خرج.',
    'وانتهى',
  ])
  assert.deepEqual(sentences('وقال “هذا خطأ. وذاك أيضاً” أمس. بعدها'), [
    'وقال “هذا خطأ. وذاك أيضاً” أمس.',
    'بعدها',
  ])
  assert.deepEqual(sentences('وقال "هذا خطأ. وذاك" أمس. بعدها'), ['وقال "هذا خطأ. وذاك" أمس.', 'بعدها'])
})

test('reversed curly quotes are read by position, not glyph', () => {
  assert.deepEqual(sentences('وقال ”هذا خطأ. وذاك“ أمس. بعدها'), ['وقال ”هذا خطأ. وذاك“ أمس.', 'بعدها'])
})

test('a quotation ending its own sentence ends the sentence', () => {
  assert.deepEqual(sentences('قال: «انتهى الأمر.» وأضاف أنه راضٍ.'), ['قال: «انتهى الأمر.»', 'وأضاف أنه راضٍ.'])
})

test('scare quotes joined to a proclitic do not open a long quotation', () => {
  assert.deepEqual(sentences('ندد بـ”الاحتلال” أمس. ثم غادر.'), ['ندد بـ”الاحتلال” أمس.', 'ثم غادر.'])
})

test('an unclosed quotation stops suppressing splits after a while', () => {
  const long = 'كلام طويل جداً هنا. '.repeat(40)
  const found = sentences('قال «' + long)
  assert.ok(found.length > 10, `got ${found.length} sentences`)
  assert.ok(found[0]!.length < 600)
})

test('a line break ends an unclosed quotation', () => {
  assert.deepEqual(sentences('قال «بدأ\nالسطر. التالي'), ['قال «بدأ', 'السطر.', 'التالي'])
})

test('one-letter abbreviations do not end sentences', () => {
  assert.deepEqual(sentences('التقى د. أحمد و م. سعيد وأ.د. ليلى في ص. ب. 12. ثم افترقوا'), [
    'التقى د. أحمد و م. سعيد وأ.د. ليلى في ص. ب. 12.',
    'ثم افترقوا',
  ])
  assert.deepEqual(sentences('بني في القرن الخامس ق.م على التل. ثم هُدم'), [
    'بني في القرن الخامس ق.م على التل.',
    'ثم هُدم',
  ])
  assert.deepEqual(sentences('قال Dr. Smith من U.S. اليوم. نعم'), ['قال Dr. Smith من U.S. اليوم.', 'نعم'])
})

test('an era letter after a year ends a sentence', () => {
  assert.deepEqual(sentences('ولد عام 1950م. وتوفي عام 1420 هـ. ودفن'), [
    'ولد عام 1950م.',
    'وتوفي عام 1420 هـ.',
    'ودفن',
  ])
})

test('numbers, dates and web addresses do not end sentences', () => {
  assert.deepEqual(sentences('نما بنسبة 3.5 في 12.10.2024 حسب www.example.com اليوم. ثم'), [
    'نما بنسبة 3.5 في 12.10.2024 حسب www.example.com اليوم.',
    'ثم',
  ])
})

test('spans are trimmed and empty sentences dropped', () => {
  const text = '  \n\n. . \n  جملة.  \n\n'
  const spans = splitSentences(text, tokenize(text))
  assert.deepEqual(
    spans.map((span) => text.slice(span.start, span.end)),
    ['.', '.', 'جملة.'],
  )
  assert.deepEqual(splitSentences('', []), [])
  assert.deepEqual(splitSentences('   ', tokenize('   ')), [])
})
