import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseVerbStems, verbForms } from '../../src/events/verb-paradigm.js'

const forms = (written: string): string[] => verbForms(parseVerbStems(written)).map((form) => form.form)

test('a sound verb: past and present persons, the form before a pronoun', () => {
  const all = forms('اتهم/يتهم')
  for (const form of [
    'اتهم',
    'اتهمت',
    'اتهموا',
    'اتهمنا',
    'يتهم',
    'تتهم',
    'نتهم',
    'يتهمون',
    'يتهمان',
    'اتهمو',
  ]) {
    assert.ok(all.includes(form), form)
  }
})

test('the masculine dual past is left out: it is written like the accusative noun', () => {
  assert.ok(!forms('قصف/يقصف').includes('قصفا'))
  assert.ok(forms('قصف/يقصف').includes('قصفتا'))
})

test('a verb ending in ى: التقى، التقت، التقوا، يلتقي، يلتقون، التقا- before a pronoun', () => {
  const all = forms('التقى/يلتقي')
  for (const form of ['التقي', 'التقت', 'التقوا', 'التقيا', 'يلتقي', 'تلتقي', 'يلتقون', 'التقا']) {
    assert.ok(all.includes(form), form)
  }
})

test('a verb ending in ا: دعا، دعت، دعوا، يدعو، يدعون', () => {
  const all = forms('دعا/يدعو')
  for (const form of ['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو', 'يدعون']) assert.ok(all.includes(form), form)
})

test('a final hamza is a sound letter: بدأت is بدات, not بدت', () => {
  const all = forms('بدأ/يبدأ')
  assert.ok(all.includes('بدات'))
  assert.ok(!all.includes('بدت'))
})

test('! keeps the bare past out; the participle only as a circumstantial accusative', () => {
  const all = forms('!فجر/يفجر')
  assert.ok(!all.includes('فجر'))
  assert.ok(all.includes('فجروا'))
  const withParticiple = forms('اتهم/يتهم/متهم')
  assert.ok(withParticiple.includes('متهما'))
  assert.ok(!withParticiple.includes('متهم'))
})

test('a hamza on a seat is kept by folding: يؤيد', () => {
  assert.ok(forms('أيد/يؤيد').includes('يؤيد'))
  assert.ok(forms('أيد/يؤيد').includes('ايدت'))
})
