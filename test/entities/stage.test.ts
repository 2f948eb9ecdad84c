import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../../src/pipeline/analyze.js'

const entitiesOf = (text: string, published = '2025-05-10') => analyze({ text, published }).entities

test('entities carry their span, type, country and Latin spelling', () => {
  const text = 'وصل وزير الخارجية الفرنسي إلى بيروت قادماً من باريس، والتقى رئيس الحكومة اللبنانية.'
  const entities = entitiesOf(text)
  const paris = entities.find((entity) => entity.text === 'باريس')
  assert.ok(paris, 'باريس is an entity')
  assert.equal(paris.type, 'LOC')
  assert.equal(paris.country, 'FRA')
  assert.equal(paris.latin, 'Paris')
  const beirut = entities.find((entity) => entity.text === 'بيروت')
  assert.equal(beirut?.country, 'LBN')
  for (const [index, entity] of entities.entries()) {
    assert.equal(entity.id, `e${index + 1}`)
    assert.equal(text.slice(entity.start, entity.end), entity.text)
  }
})

test('an institution the tagger may miss is still found through the gazetteer', () => {
  const entities = entitiesOf('أصدرت وزارة الخارجية بياناً حول الاجتماع.')
  const ministry = entities.find((entity) => entity.text.includes('وزارة الخارجية'))
  assert.equal(ministry?.type, 'ORG')
})

test('a conjunction or preposition glued to a name is not part of its span', () => {
  const entities = entitiesOf('عاد الوفد من العراق وسوريا، ثم توجه إلى بغداد والقاهرة.')
  const texts = entities.map((entity) => entity.text)
  assert.ok(texts.includes('القاهرة'), texts.join(' | '))
  assert.ok(!texts.some((name) => name.startsWith('والقاهرة')))
})

test('a name of a person ends before the outlet the words were said to', () => {
  const entities = entitiesOf('وقال سامر الخطيب لرويترز إن الأعداد مبالغ فيها.')
  const texts = entities.map((entity) => `${entity.text}/${entity.type}`)
  assert.ok(texts.includes('سامر الخطيب/PERS'), texts.join(' | '))
  assert.ok(texts.includes('رويترز/ORG'), texts.join(' | '))
})

test('a given name before a kunya is part of the name', () => {
  const entities = entitiesOf('وقال إن وزير المياه رائد أبو السعود سيزور دمشق الشهر المقبل.')
  assert.ok(
    entities.some((entity) => entity.text === 'رائد أبو السعود' && entity.type === 'PERS'),
    entities.map((entity) => entity.text).join(' | '),
  )
})

test('a conjunction before a given name is not part of the name, a name that begins with و keeps it', () => {
  const entities = entitiesOf('وفاز في السباق عبد الرحمن اليافعي وفيصل القصيبي، وشارك فيه وليد الحربي.')
  const faisal = entities.find((entity) => entity.text.includes('القصيبي'))
  assert.equal(faisal?.text, 'فيصل القصيبي')
  assert.equal(faisal?.latin, 'Faisal al-Qasibi')
  assert.ok(entities.some((entity) => entity.text === 'وليد الحربي'))
})

test('a name that is two places takes the reading the document supports', () => {
  const entities = entitiesOf('بحث وزير المياه الأردني في عمّان مع نظيره السوري خطة الري في وادي الأردن.')
  const amman = entities.find((entity) => entity.text === 'عمّان')
  assert.equal(amman?.country, 'JOR')
  assert.equal(amman?.latin, 'Amman')
})

test('actor codes compose a sector and a country', () => {
  const entities = entitiesOf('قال الجيش الإسرائيلي إن وحداته انسحبت، فيما أعلنت الأمم المتحدة موقفها.')
  const united = entities.find((entity) => entity.text.includes('الأمم المتحدة'))
  assert.equal(united?.actor?.code.slice(0, 3), 'IGO')
})
