import assert from 'node:assert/strict'
import { test } from 'node:test'
import { romanize } from '../../src/entities/romanize.js'

test('frequent name words come from the table, kunya and nisba included', () => {
  assert.equal(romanize('أبو محمد الجولاني'), 'Abu Muhammad al-Jawlani')
  assert.equal(romanize('أحمد الشرع'), 'Ahmed al-Sharaa')
  assert.equal(romanize('خالد بن الوليد'), 'Khaled bin al-Walid')
})

test('the article is al- without assimilation, and the next letter is capitalised', () => {
  assert.equal(romanize('الشام'), 'al-Sham')
  assert.equal(romanize('النصر'), 'al-Nasar')
  assert.equal(romanize('الدين'), 'al-Din')
})

test('عبد ال… is Abd al-, written apart or together; عبد الله is Abdullah', () => {
  assert.equal(romanize('عبد الرحمن'), 'Abd al-Rahman')
  assert.equal(romanize('عبدالرحمن'), 'Abd al-Rahman')
  assert.equal(romanize('عبد الله'), 'Abdullah')
  assert.equal(romanize('عبدالله'), 'Abdullah')
})

test('ة is -a, and -at in a construct before another word', () => {
  assert.equal(romanize('حمزة'), 'Hamza')
  assert.equal(romanize('هيئة تحرير الشام'), "Hay'at Tahrir al-Sham")
  assert.equal(romanize('جبهة النصرة'), 'Jabhat al-Nasra')
  // A definite noun and its adjective: no construct.
  assert.equal(romanize('الدولة السورية'), 'al-Dawla al-Suriya')
})

test('long vowels ا و ي, and و ي as consonants next to a vowel', () => {
  assert.equal(romanize('قيادة'), 'Qiyada')
  assert.equal(romanize('سامر'), 'Samar')
  assert.equal(romanize('نوار'), 'Nawar')
  assert.equal(romanize('القاضي'), 'al-Qadi')
})

test('diacritics, tatweel and shadda: marks dropped, shadda doubles', () => {
  assert.equal(romanize('مُحمَّد'), 'Muhammad')
  assert.equal(romanize('عمّـار'), 'Ammar')
  assert.equal(romanize('سكّر'), 'Sakkar')
})

test('Latin words pass through and punctuation is dropped', () => {
  assert.equal(romanize('قناة «CNN»'), 'Qanat CNN')
  assert.equal(romanize(''), '')
})

test('a word-initial ʿayn leaves its vowel, not nothing', () => {
  assert.equal(romanize('محمد علوش'), 'Muhammad Alush')
  assert.equal(romanize('عاطف'), 'Ataf')
  assert.equal(romanize('عبير'), 'Abir')
})
