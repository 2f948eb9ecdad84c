import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cliticReadings, lightStem } from '../../src/text/clitics.js'
import type { CliticReading } from '../../src/text/token.js'

/** A reading written as `proclitic+…+[stem]+enclitic`, easy to compare. */
const show = (reading: CliticReading): string =>
  [...reading.proclitics, `[${reading.stem}]`, reading.enclitic].filter((part) => part !== '').join('+')

const readings = (word: string): string[] => cliticReadings(word).map(show)

test('the first reading is always the whole word', () => {
  for (const word of ['بغداد', 'لبنان', 'كركوك', 'بيروت', 'والرئيس', 'سيقول', 'ab', '2024', '']) {
    assert.deepEqual(cliticReadings(word)[0], { proclitics: [], stem: word, enclitic: '' })
  }
})

test('place names survive: splits are only candidates', () => {
  assert.deepEqual(readings('بغداد'), ['[بغداد]', 'ب+[غداد]'])
  assert.deepEqual(readings('لبنان'), ['[لبنان]', 'ل+[بنان]'])
  assert.ok(readings('بيروت').includes('[بيروت]'))
})

test('conjunction, preposition and article combine', () => {
  const found = readings('وبالمدينة')
  assert.ok(found.includes('و+ب+ال+[مدينة]'))
  assert.ok(found.includes('و+ب+[المدينة]'))
  assert.ok(found.includes('و+[بالمدينة]'))
  assert.ok(readings('فكالعادة').includes('ف+ك+ال+[عادة]'))
  assert.ok(readings('والوزير').includes('و+ال+[وزير]'))
})

test('ل + ال is written لل', () => {
  assert.ok(readings('للرئيس').includes('ل+ال+[رئيس]'))
  assert.ok(readings('وللرئيس').includes('و+ل+ال+[رئيس]'))
  assert.ok(readings('فللمرة').includes('ف+ل+ال+[مرة]'))
  // Before a ل-initial noun the article's lam is dropped as well: للجنة = ل + اللجنة.
  assert.ok(readings('للجنة').includes('ل+ال+[لجنة]'))
})

test('the future س goes only before an imperfect-looking stem', () => {
  assert.ok(readings('سيجتمع').includes('س+[يجتمع]'))
  assert.ok(readings('وستعقد').includes('و+س+[تعقد]'))
  assert.ok(!readings('سلام').some((reading) => reading.startsWith('س+')))
  assert.ok(!readings('سيل').some((reading) => reading.startsWith('س+')))
})

test('enclitic pronouns are split off', () => {
  assert.ok(readings('كتابهم').includes('[كتاب]+هم'))
  assert.ok(readings('بيتهما').includes('[بيت]+هما'))
  assert.ok(readings('وزيرها').includes('[وزير]+ها'))
  assert.ok(readings('شعبنا').includes('[شعب]+نا'))
  assert.ok(readings('وطنكم').includes('[وطن]+كم'))
  assert.ok(readings('فاستقبله').includes('ف+[استقبل]+ه'))
})

test('a feminine noun gets its ة back before a pronoun', () => {
  assert.ok(readings('حكومته').includes('[حكومة]+ه'))
  assert.ok(readings('وحكومتهم').includes('و+[حكومة]+هم'))
})

test('the article never combines with an enclitic', () => {
  for (const reading of cliticReadings('والكتابه')) {
    if (reading.proclitics.includes('ال')) assert.equal(reading.enclitic, '')
  }
})

test('nothing is stripped below two letters', () => {
  for (const word of ['به', 'له', 'لهم', 'وبه', 'بها', 'فيه', 'ال', 'سي']) {
    for (const reading of cliticReadings(word))
      assert.ok(reading.stem.length >= 2, `${word}: ${show(reading)}`)
  }
})

test('non-Arabic words are not split', () => {
  assert.deepEqual(readings('bbc'), ['[bbc]'])
  assert.deepEqual(readings('و2'), ['[و2]'])
})

test('readings are cached and frozen', () => {
  const first = cliticReadings('وبالتالي')
  assert.equal(cliticReadings('وبالتالي'), first)
  assert.ok(Object.isFrozen(first))
  assert.ok(Object.isFrozen(first[1]))
})

test('the cache stays correct past its bound', () => {
  for (let index = 0; index < 50_000; index++) cliticReadings(`وال${index}`)
  assert.ok(readings('للرئيس').includes('ل+ال+[رئيس]'))
})

test('lightStem strips article combinations and one suffix', () => {
  assert.equal(lightStem('والمفاوضات'), 'مفاوض')
  assert.equal(lightStem('للحكومة'), 'حكوم')
  assert.equal(lightStem('بالمعلمين'), 'معلم')
  assert.equal(lightStem('المهندسون'), 'مهندس')
  assert.equal(lightStem('الرئيس'), 'رئيس')
  assert.equal(lightStem('وبالاتفاق'), 'اتفاق')
})

test('lightStem keeps at least two letters and leaves bare names alone', () => {
  assert.equal(lightStem('بغداد'), 'بغداد')
  assert.equal(lightStem('دين'), 'دين')
  assert.equal(lightStem('له'), 'له')
  assert.equal(lightStem('فيه'), 'في')
  assert.equal(lightStem('ال'), 'ال')
})
