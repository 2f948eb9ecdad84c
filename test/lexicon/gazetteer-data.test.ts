import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  compileGazetteer,
  loadGazetteer,
  readGazetteerEntries,
  readGazetteerSources,
} from '../../src/lexicon/gazetteer.js'
import {
  gazetteerFromCache,
  gazetteerSourceHash,
  readGazetteerCache,
  serializeGazetteer,
} from '../../src/lexicon/gazetteer-cache.js'
import { gazetteerFeatures, tokensFromWords } from '../../src/lexicon/gazetteer-features.js'
import { GAZETTEER_TYPES } from '../../src/lexicon/gazetteer-types.js'
import { matchGazetteer } from '../../src/lexicon/match-gazetteer.js'
import { tokenize } from '../../src/text/tokenize.js'

const gazetteer = loadGazetteer()

/** The code and type of the single name that covers all of `text`, or undefined. */
const lookup = (text: string, date?: string) => {
  const tokens = tokenize(text)
  const matches = matchGazetteer(tokens, gazetteer, { text, ...(date === undefined ? {} : { date }) })
  const [match] = matches
  if (matches.length !== 1 || match === undefined || match.endToken !== tokens.length) return undefined
  return { code: match.entry.code, type: match.entry.type, english: match.entry.english }
}

test('the data files load, and every type has entries', () => {
  const counts = new Map<string, number>()
  for (const entry of gazetteer.entries) counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1)
  for (const type of Object.keys(GAZETTEER_TYPES))
    assert.ok((counts.get(type) ?? 0) > 0, `no ${type} entries`)
  assert.ok((counts.get('country') ?? 0) >= 249)
})

test('compiling stays fast (a regression guard, far above the usual few tens of ms)', () => {
  const entries = readGazetteerEntries()
  const started = performance.now()
  compileGazetteer(entries)
  assert.ok(performance.now() - started < 1000)
})

test('the committed cache is fresh and holds what compiling the TSV files gives', () => {
  const cached = readGazetteerCache(gazetteerSourceHash(readGazetteerSources()))
  assert.ok(
    cached !== undefined,
    'data/gazetteer/compiled/gazetteer.json is stale: run node --import tsx scripts/build-gazetteer.ts',
  )
  const compiled = compileGazetteer(readGazetteerEntries())
  assert.equal(cached.entries.length, compiled.entries.length)
  assert.equal(cached.index.phrases.size, compiled.index.phrases.size)
  assert.deepEqual([...cached.index.prefixes].sort(), [...compiled.index.prefixes].sort())
  for (const [phrase, values] of compiled.index.phrases) {
    const origins: string[] | undefined = cached.index.phrases.get(phrase)?.map((entry) => entry.origin)
    assert.deepEqual(
      origins,
      values.map((entry) => entry.origin),
      phrase,
    )
  }
  assert.deepEqual(cached.countryNames, compiled.countryNames)
})

test('a cache built from other sources is not used', () => {
  const json = serializeGazetteer(gazetteer, 'one hash')
  assert.ok(gazetteerFromCache(json, 'one hash') !== undefined)
  assert.equal(gazetteerFromCache(json, 'another hash'), undefined)
})

test('every country and its nisba forms, with and without ال, gender and number', () => {
  for (const [name, code] of [
    ['سوريا', 'SYR'],
    ['سورية', 'SYR'],
    ['أمريكا', 'USA'],
    ['أميركا', 'USA'],
    ['الولايات المتحدة', 'USA'],
    ['فرنسا', 'FRA'],
    ['ساحل العاج', 'CIV'],
    ['جنوب السودان', 'SSD'],
  ]) {
    assert.equal(lookup(name!)?.code, code, name)
  }
  for (const form of ['سوري', 'السوري', 'السورية', 'السوريين', 'سوريون', 'سوريات']) {
    assert.equal(lookup(form)?.code, 'SYR', form)
  }
  for (const form of ['أميركي', 'أمريكية', 'الأميركية', 'الأمريكيين', 'الأمريكان'])
    assert.equal(lookup(form)?.code, 'USA', form)
  for (const form of ['إسرائيلي', 'الإسرائيلية', 'الإسرائيليون'])
    assert.equal(lookup(form)?.code, 'ISR', form)
  assert.equal(lookup('الأتراك')?.code, 'TUR')
  assert.equal(lookup('النمساوي')?.code, 'AUT')
  assert.equal(lookup('الكوري الجنوبي')?.code, 'KOR')
  // مالي is also "financial": no nisba is generated for Mali.
  assert.equal(lookup('المالية'), undefined)
})

test('places of the region, with their countries', () => {
  for (const name of [
    'السويداء',
    'درعا',
    'القنيطرة',
    'الجنوب السوري',
    'الجولان',
    'محافظة السويداء',
    'ريف دمشق',
  ]) {
    const found = lookup(name)
    assert.ok(found !== undefined, name)
    assert.equal(found.code.slice(0, 3), 'SYR', name)
  }
  assert.equal(lookup('قطاع غزة')?.code, 'PSE')
  assert.equal(lookup('الضفة الغربية')?.code, 'PSE')
  assert.equal(lookup('باريس')?.code, 'FRAGOV')
  assert.equal(lookup('باريس')?.type, 'capital')
  assert.equal(lookup('الموصل')?.code, 'IRQ')
  assert.equal(lookup('مضيق هرمز')?.type, 'landmark')
})

test('international bodies, groups, outlets and sector patterns', () => {
  assert.equal(lookup('الأمم المتحدة')?.code, 'IGOUNO')
  assert.equal(lookup('مجلس الأمن')?.code, 'IGOUNO')
  assert.equal(lookup('الجامعة العربية')?.code, 'IGOARL')
  assert.equal(lookup('الاتحاد الأوروبي')?.code, 'IGOEUR')
  assert.equal(lookup('الناتو')?.code, 'IGONAT')
  assert.equal(lookup('حزب الله')?.code, 'LBNREB')
  assert.equal(lookup('الحوثيين')?.code, 'YEMREB')
  assert.equal(lookup('أنصار الله')?.code, 'YEMREB')
  assert.equal(lookup('قسد')?.code, 'SYRREB')
  assert.equal(lookup('داعش')?.type, 'armed-group')
  assert.equal(lookup('هيئة تحرير الشام', '2023-06-01')?.code, 'SYRREB')
  assert.equal(lookup('هيئة تحرير الشام', '2025-06-01')?.code, 'SYRGOV')
  for (const [name, code] of [
    ['سانا', 'SYRMED'],
    ['رويترز', 'GBRMED'],
    ['الإخبارية السورية', 'SYRMED'],
    ['الجزيرة', 'QATMED'],
    ['واس', 'SAUMED'],
    ['الأناضول', 'TURMED'],
  ]) {
    assert.equal(lookup(name!)?.code, code, name)
  }
  for (const [name, code] of [
    ['وزارة الخارجية', '~GOV'],
    ['وزارة الدفاع', '~MIL'],
    ['جهاز الاستخبارات العامة', '~SPY'],
    ['المخابرات', '~SPY'],
    ['القوات المسلحة', '~MIL'],
    ['الشرطة', '~COP'],
    ['الأمن العام', '~COP'],
    ['مجلس الشعب', '~LEG'],
    ['المعارضة', '~OPP'],
    ['المحكمة', '~JUD'],
    ['الحكومة', '~GOV'],
  ]) {
    assert.equal(lookup(name!)?.code, code, name)
  }
})

test('institutions (ORG for the tagger) are told from roles and collective nouns', () => {
  assert.equal(lookup('وزارة الخارجية')?.type, 'institution')
  assert.equal(lookup('القوات المسلحة')?.type, 'institution')
  assert.equal(lookup('الجيش')?.type, 'sector')
  assert.equal(lookup('جهاز الاستخبارات العامة')?.type, 'institution')
  assert.equal(lookup('وزير الخارجية')?.type, 'sector')
  assert.equal(lookup('المسلحين')?.type, 'sector')
  const labels = gazetteerFeatures(tokenize('بيان وزارة الخارجية والمسلحين'), gazetteer).map(
    (feature) => feature.label,
  )
  assert.deepEqual(labels, ['O', 'B-ORG', 'I-ORG', 'B-SEC'])
})

test('people carry the office valid on the date', () => {
  assert.equal(lookup('بشار الأسد', '2015-01-01')?.code, 'SYRGOV')
  assert.equal(lookup('أبو محمد الجولاني', '2019-01-01')?.code, 'SYRREB')
  assert.equal(lookup('أحمد الشرع', '2025-08-20')?.code, 'SYRGOV')
  assert.equal(lookup('ترامب', '2025-03-01')?.code, 'USAGOV')
  assert.equal(lookup('نتنياهو', '2025-03-01')?.code, 'ISRGOV')
})

test('per-token features: BIO over gazetteer classes, with the entry type', () => {
  const features = gazetteerFeatures(tokenize('قال الجيش الإسرائيلي إن وفد سوري زار باريس'), gazetteer)
  assert.deepEqual(
    features.map((feature) => feature.label),
    ['O', 'B-ORG', 'I-ORG', 'O', 'B-SEC', 'B-NAT', 'O', 'B-LOC'],
  )
  assert.equal(features[7]?.type, 'capital')
  const words = gazetteerFeatures(tokensFromWords(['وصل', 'إلى', 'ريف', 'دمشق']), gazetteer)
  assert.deepEqual(
    words.map((feature) => feature.label),
    ['O', 'O', 'B-LOC', 'I-LOC'],
  )
})

test('no alias is lost to tokenizing: each gives at least one key', () => {
  for (const entry of gazetteer.entries) {
    for (const alias of entry.aliases) {
      assert.ok(tokenize(alias).length > 0, `${entry.origin}: alias '${alias}'`)
    }
    assert.notEqual(entry.english, '', `${entry.origin}: no English name`)
  }
})
