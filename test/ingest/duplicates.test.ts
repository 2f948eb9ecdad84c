import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseArticleArray } from '../../src/ingest/article-json.js'
import { documentKeys, findNearDuplicate } from '../../src/ingest/duplicates.js'
import { fingerprint, fingerprintBands, similarity, textHash } from '../../src/ingest/fingerprint.js'
import { eventSignature } from '../../src/ingest/story-cluster.js'
import { urlKey } from '../../src/ingest/url-key.js'
import { wireCredit } from '../../src/ingest/wire-credit.js'
import { sampleAnalysis } from '../store/sample-analysis.js'

const STORY =
  'أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المدينة بطاقة مئتي سرير لخدمة سكان المنطقة الشرقية، وقال الوزير إن المستشفى سيضم أقساما للطوارئ والأطفال والعناية المركزة، وإن العمل فيه سيبدأ مطلع الشهر المقبل بعد استكمال تجهيز المعدات وتعيين الكوادر الطبية اللازمة لتشغيله بكامل طاقته.'
const OTHER =
  'قال مسؤولون في قطاع النفط إن الإنتاج ارتفع خلال الشهر الماضي بنسبة طفيفة، مع استئناف العمل في حقلين توقفا بسبب أعمال صيانة، وتوقعوا أن تستقر الصادرات عند مستواها الحالي حتى نهاية العام.'

test('urlKey drops scheme, www, fragment, trailing slash and tracking parameters', () => {
  assert.equal(
    urlKey('https://www.example.org/news/1/?utm_source=x&b=2&a=1#top'),
    'example.org/news/1?a=1&b=2',
  )
  assert.equal(urlKey('http://example.org/news/1?fbclid=abc'), 'example.org/news/1')
  assert.equal(urlKey('https://m.example.org/%D8%AE%D8%A8%D8%B1'), 'example.org/خبر')
  assert.equal(urlKey('not a url'), null)
  assert.equal(urlKey('mailto:a@b.c'), null)
  assert.equal(urlKey(null), null)
})

test('wire credits: datelines, parentheses and closing lines; short names only in those places', () => {
  assert.equal(wireCredit('دمشق-سانا\nأعلنت وزارة الخارجية'), 'sana')
  assert.equal(wireCredit('الرياض (واس) - أعلن مجلس الوزراء'), 'spa')
  assert.equal(wireCredit('باريس - أ ف ب: قال الرئيس'), 'afp')
  assert.equal(wireCredit('قال الوزير في بيان إن المحادثات مستمرة. (رويترز)'), 'reuters')
  assert.equal(wireCredit('نص الخبر\nالمصدر: الأناضول'), 'anadolu')
  assert.equal(wireCredit('أبوظبي - وام: استقبل'), 'wam')
  assert.equal(wireCredit('قال إن الحديث بنا طويل'), null)
  assert.equal(wireCredit('زار الوفد محافظة قنا في صعيد مصر'), null)
  assert.equal(wireCredit('نقلت وكالات الأنباء الخبر'), null)
})

test('textHash ignores diacritics, spelling variants and punctuation', () => {
  assert.equal(textHash('التقى الوزيرُ نظيرَه، في العاصمة!'), textHash('التقى الوزير نظيره في العاصمه'))
  assert.notEqual(textHash('التقى الوزير نظيره'), textHash('التقى الوزير ضيفه'))
})

test('fingerprints: a republished story is near, an edited one close, an unrelated one far', () => {
  assert.equal(fingerprint(STORY).length, 240)
  assert.equal(fingerprintBands(fingerprint(STORY)).length, 10)
  assert.equal(similarity(fingerprint(STORY), fingerprint(`${STORY}`)), 1)
  assert.ok(similarity(fingerprint(STORY), fingerprint(STORY + ' (وام)')) >= 0.7)
  assert.ok(similarity(fingerprint(STORY), fingerprint(STORY.replace('مئتي', 'ثلاثمئة'))) >= 0.7)
  assert.ok(similarity(fingerprint(STORY), fingerprint(OTHER)) < 0.1)
  const shared = fingerprintBands(fingerprint(STORY)).filter(
    (band, index) => band === fingerprintBands(fingerprint(STORY + ' (وام)'))[index],
  )
  assert.ok(shared.length > 0, 'a near copy shares a lookup band')
})

test('near duplicates: plain copies, and wire reprints across outlets with a looser bound', () => {
  const keys = documentKeys(`${STORY}\n(وام)`, null)
  assert.equal(keys.wire, 'wam')
  const stored = {
    id: 'first',
    outlet: 'أ',
    published: null,
    fingerprint: fingerprint(`عنوان آخر\n${STORY}\n(وام)`),
    wire: 'wam',
    clusterId: 'first',
  }
  const match = findNearDuplicate(keys, 'ب', [stored])
  assert.equal(match?.link.kind, 'wire')
  assert.equal(match?.link.of, 'first')
  assert.equal(findNearDuplicate(documentKeys(OTHER, null), 'ب', [stored]), null)
})

test('event signature: main event type, actor countries, place; null without either', () => {
  assert.equal(
    eventSignature(sampleAnalysis({ id: 'a', text: 'باريس وفد سوري كشف أن' })),
    'CONSULT|ISR,SYR|FRA',
  )
  const bare = { ...sampleAnalysis({ id: 'b', text: 'نص' }), events: [] }
  assert.equal(eventSignature(bare), null)
})

test('JSON arrays of articles: SaudiNewsNet fields, ids by position, bad entries reported', () => {
  const entries = parseArticleArray(
    JSON.stringify([
      {
        source: 'okaz',
        url: 'http://okaz.example/1',
        date_extracted: '2015-07-21 02:51:32',
        title: 'عنوان',
        author: 'الرياض: فلان',
        content: 'نص الخبر',
      },
      { source: 'x' },
      7,
      { id: 99, html: '<p>نص</p>', date_extracted: 'yesterday' },
    ]),
    'data/2015-07-21.json',
    '2015-07-21',
  )
  const [first, second, third, fourth] = entries
  assert.ok(first?.ok)
  assert.deepEqual(first.input, {
    id: '2015-07-21:1',
    text: 'نص الخبر',
    title: 'عنوان',
    outlet: 'okaz',
    url: 'http://okaz.example/1',
    published: '2015-07-21',
  })
  assert.equal(first.author, 'الرياض: فلان')
  assert.ok(second && !second.ok && second.error.input === 'data/2015-07-21.json:2')
  assert.ok(third && !third.ok)
  assert.ok(
    fourth?.ok && fourth.html === '<p>نص</p>' && fourth.input.id === '99' && fourth.input.published === null,
  )
  assert.throws(() => parseArticleArray('[{', 'x.json'), /not valid JSON/)
})

test('fingerprints do not change: stored signatures are compared with new ones', () => {
  // Signatures as the first implementation (a hash of each pair's joined string) computed them.
  assert.equal(
    fingerprint('التقى الوزير نظيره في العاصمة'),
    '087e64251d8184057ce615a8218f9be93a99283a25edaaf80e6a16be0f34ef044f0a29bf33f1b09f420a3baf9ab843071125d48d25ee7d601cd360d44840d48c236344a678c901ec185a91b91ce460b12f8871cb2a32cf9109f1ff17372b73b3039140ce05cc580b34cdc696079462fb1d0bf6ff00fccfd5',
  )
  assert.equal(
    fingerprint('سلام'),
    '9a7bb4892f6251341f204fd37a9b6360d259873fd720421d3076d1ca072a88d5e1dd4dd5e2000982df41744156151cff12b6b879b2b5adef1a364e8a83be2a18f775e7e6b7698782c15dd090b4642f06baee78a5827e0a471d4457a6078100d5570cc62a1a15f248bd8a1a5edaf37bd3a6eddd6d7ff9950f',
  )
})
