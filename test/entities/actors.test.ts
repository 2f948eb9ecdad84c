import assert from 'node:assert/strict'
import { test } from 'node:test'
import { actorCodeName, composeActorCode, splitActorCode } from '../../src/entities/actor-code.js'
import { type ResolveActorOptions, resolveActor } from '../../src/entities/resolve-actor.js'
import { loadGazetteer } from '../../src/lexicon/gazetteer.js'
import { tokenize } from '../../src/text/tokenize.js'

const gazetteer = loadGazetteer()
const resolve = (text: string, options: Omit<ResolveActorOptions, 'text'> = {}) =>
  resolveActor(tokenize(text), gazetteer, { text, ...options })
const code = (text: string, options: Omit<ResolveActorOptions, 'text'> = {}) =>
  resolve(text, options).actor?.code

test('a nisba alone is its country', () => {
  assert.equal(code('بوساطة أميركية'), 'USA')
  assert.equal(resolve('بوساطة أميركية').actor?.name, 'United States')
  assert.equal(code('برعاية مصرية'), 'EGY')
})

test('a sector head and a nisba compose country and sector', () => {
  const delegation = resolve('وفد سوري مشترك من وزارة الخارجية')
  assert.deepEqual(delegation.actor, { code: 'SYRGOV', name: 'Syria (government)' })
  assert.equal(delegation.country, 'SYR')
  assert.deepEqual(delegation.sectors, ['GOV'])
  assert.equal(code('الجيش الإسرائيلي'), 'ISRMIL')
  assert.equal(code('للقوات “الإسرائيلية”'), 'ISRMIL')
  assert.equal(code('وزارة الدفاع التركية'), 'TURMIL')
  assert.equal(code('جهاز المخابرات الأردني'), 'JORSPY')
  assert.equal(code('قوات الأمن العراقية'), 'IRQCOP')
  assert.equal(code('البرلمان اللبناني'), 'LBNLEG')
  assert.equal(code('وزير خارجية إيران'), 'IRNGOV')
  assert.equal(code('قوات الأمن في حلب'), 'SYRCOP')
})

test('a sector with no country takes the context, or stands alone', () => {
  assert.equal(code('وزارة الخارجية', { defaultCountry: 'SYR' }), 'SYRGOV')
  assert.equal(code('المعارضة'), 'OPP')
  assert.equal(resolve('الجماعات المسلحة').actor?.name, 'rebels and armed insurgents')
})

test('loaded names for a state resolve to it', () => {
  assert.equal(code('الكيان الإسرائيلي'), 'ISR')
  assert.equal(code('الكيان “الإسرائيلي”'), 'ISR')
  assert.equal(code('الكيان الصهيوني'), 'ISR')
})

test('named bodies keep their own code; a sector before them does not change it', () => {
  assert.equal(code('حزب الله'), 'LBNREB')
  assert.equal(code('وفد حركة حماس'), 'PSEREB')
  assert.equal(code('الأمم المتحدة'), 'IGOUNO')
  assert.equal(code('قناة الإخبارية السورية'), 'SYRMED')
  assert.equal(resolve('قناة الإخبارية السورية').latin, 'Al-Ikhbariya al-Suriya')
})

test('a person takes the office held on the publication date', () => {
  assert.equal(code('أبو محمد الجولاني', { published: '2020-03-01' }), 'SYRREB')
  assert.equal(code('أبو محمد الجولاني', { published: '2025-08-20' }), 'SYRGOV')
  assert.equal(code('الرئيس السوري أحمد الشرع', { published: '2025-08-20' }), 'SYRGOV')
  assert.equal(code('بشار الأسد', { published: '2024-12-07' }), 'SYRGOV')
  assert.notEqual(code('بشار الأسد', { published: '2025-08-20' }), 'SYRGOV')
  assert.equal(code('ترامب', { published: '2019-05-01' }), 'USAGOV')
  assert.equal(code('ترامب', { published: '2025-02-01' }), 'USAGOV')
  assert.notEqual(code('ترامب', { published: '2023-02-01' }), 'USAGOV')
  assert.equal(resolve('ترامب', { published: '2025-02-01' }).latin, 'Donald Trump')
})

test('a person out of every dated office is still their country', () => {
  assert.equal(code('حافظ الأسد', { published: '2025-01-01' }), 'SYR')
})

test('a sector head before a person makes the actor that person’s state in that sector', () => {
  assert.equal(code('قوات بشار الأسد', { published: '2015-01-01' }), 'SYRMIL')
  assert.equal(code('حكومة نتنياهو', { published: '2025-01-01' }), 'ISRGOV')
  assert.equal(code('الجماعات المسلحة بقيادة أبو محمد الجولاني', { published: '2025-08-20' }), 'SYRREB')
})

test('places are not actors but carry their country and English name', () => {
  const paris = resolve('باريس')
  assert.equal(paris.actor, null)
  assert.equal(paris.country, 'FRA')
  assert.equal(paris.latin, 'Paris')
  assert.equal(resolve('وبالسويداء').country, 'SYR')
  assert.equal(resolve('الجولان').latin, 'Golan Heights')
})

test('countries named as actors are their code', () => {
  assert.deepEqual(resolve('سوريا').actor, { code: 'SYR', name: 'Syria' })
  assert.equal(resolve('سوريا').latin, 'Syria')
})

test('an unknown mention has no actor and a romanised Latin spelling', () => {
  const unknown = resolve('مصدر دبلوماسي')
  assert.equal(unknown.actor, null)
  assert.equal(unknown.country, null)
  assert.equal(typeof unknown.latin, 'string')
})

test('actor codes split and compose', () => {
  assert.deepEqual(splitActorCode('SYRGOV'), { root: 'SYR', sectors: ['GOV'], rest: [] })
  assert.deepEqual(splitActorCode('~GOVHLH'), { root: null, sectors: ['GOV', 'HLH'], rest: [] })
  assert.deepEqual(splitActorCode('IGOUNOREF'), { root: 'IGO', sectors: ['REF'], rest: ['UNO'] })
  assert.deepEqual(splitActorCode('REB'), { root: null, sectors: ['REB'], rest: [] })
  assert.equal(composeActorCode('ISR', ['MIL', 'MIL']), 'ISRMIL')
  assert.equal(composeActorCode(null, ['UAF']), 'UAF')
  assert.equal(actorCodeName('ISRMIL', gazetteer.countryNames), 'Israel (military)')
  assert.equal(actorCodeName('USA', gazetteer.countryNames), 'United States')
})
