/**
 * The store contract: every Store implementation (SQLite, PostgreSQL) passes these tests, Hono-style.
 * `runStoreContract('sqlite', () => …)` registers them under the implementation's name.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Store } from '../../src/store/store.js'
import { runReadQueriesContract } from './read-queries-contract.js'
import { sampleAnalysis, sampleRecord } from './sample-analysis.js'

/** Opens a new, empty store for one test; the suite closes it. */
export type OpenStore = () => Promise<Store>

const withStore = (open: OpenStore, body: (store: Store) => Promise<void>) => async () => {
  const store = await open()
  try {
    await body(store)
  } finally {
    await store.close()
  }
}

export const runStoreContract = (name: string, open: OpenStore): void => {
  const contract = (title: string, body: (store: Store) => Promise<void>) =>
    test(`${name} store: ${title}`, withStore(open, body))

  contract('a new store is empty', async (store) => {
    assert.deepEqual(await store.stats(), {
      documents: 0,
      events: 0,
      entities: 0,
      attributions: 0,
      frames: 0,
      times: 0,
      clusters: 0,
      duplicates: 0,
      outlets: 0,
    })
    assert.equal(await store.getAnalysis('nothing'), null)
    assert.equal(await store.getDocument('nothing'), null)
    assert.deepEqual(await store.search({ text: 'الرئيس' }), { total: 0, hits: [] })
  })

  contract('an analysis comes back as it was stored, with every row counted', async (store) => {
    const record = sampleRecord({
      id: 'd1',
      text: 'باريس وفد سوري كشف أن اللقاء انتهى',
      outlet: 'مثال',
      published: '2025-08-20',
    })
    await store.putDocuments([record])
    assert.deepEqual(await store.getAnalysis('d1'), record.analysis)
    const stats = await store.stats()
    assert.deepEqual(
      [
        stats.documents,
        stats.events,
        stats.entities,
        stats.attributions,
        stats.frames,
        stats.times,
        stats.clusters,
        stats.outlets,
      ],
      [1, 1, 2, 1, 1, 1, 1, 1],
    )
    const document = await store.getDocument('d1')
    assert.equal(document?.outlet, 'مثال')
    assert.equal(document?.published, '2025-08-20')
    assert.equal(document?.clusterId, 'd1')
  })

  contract('a batch is stored whole or not at all', async (store) => {
    const first = sampleRecord({ id: 'b1', text: 'النص الأول من الدفعة' })
    await assert.rejects(store.putDocuments([first, sampleRecord({ id: 'b1', text: 'نص آخر بالمعرف نفسه' })]))
    assert.equal((await store.stats()).documents, 0)
    await store.putDocuments([first])
    assert.equal((await store.stats()).documents, 1)
  })

  contract('exact duplicates are found by id, address and folded text', async (store) => {
    await store.putDocuments([
      sampleRecord({ id: 'x1', text: 'التقى الوزير نظيره في العاصمة', url: 'https://example.org/a' }),
    ])
    const keys = sampleRecord({
      id: 'x2',
      text: 'التقى الوزيرُ نظيرَه في العاصمة!',
      url: 'https://www.example.org/a',
    }).keys
    assert.deepEqual(await store.findExact('x1', { urlKey: null, textHash: 'none' }), {
      of: 'x1',
      kind: 'id',
      similarity: 1,
    })
    assert.deepEqual(await store.findExact('x2', { urlKey: keys.urlKey, textHash: 'none' }), {
      of: 'x1',
      kind: 'url',
      similarity: 1,
    })
    assert.deepEqual(await store.findExact('x2', { urlKey: null, textHash: keys.textHash }), {
      of: 'x1',
      kind: 'hash',
      similarity: 1,
    })
    assert.equal(await store.findExact('x3', { urlKey: 'other', textHash: 'none' }), null)
  })

  contract('skipped duplicates are counted; a document seen again under its own id is not', async (store) => {
    await store.putDocuments([sampleRecord({ id: 's1', text: 'نص الخبر' })])
    await store.putSkipped([
      { id: 's2', source: 'b.txt', link: { of: 's1', kind: 'hash', similarity: 1 } },
      { id: 's1', source: 'a.txt', link: { of: 's1', kind: 'id', similarity: 1 } },
    ])
    assert.equal((await store.stats()).duplicates, 1)
  })

  contract('near duplicates share a fingerprint band and link to the original', async (store) => {
    const text =
      'أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المدينة بطاقة مئتي سرير لخدمة سكان المنطقة الشرقية'
    const original = sampleRecord({ id: 'n1', text })
    await store.putDocuments([original])
    const similar = await store.findSimilar(original.keys.fingerprint)
    assert.deepEqual(
      similar.map((document) => document.id),
      ['n1'],
    )
    assert.equal(similar[0]?.fingerprint, original.keys.fingerprint)
    const copy = {
      ...sampleRecord({ id: 'n2', text: text + ' (وام)' }),
      duplicateOf: { of: 'n1', kind: 'near' as const, similarity: 0.97 },
    }
    await store.putDocuments([copy])
    assert.equal((await store.getDocument('n2'))?.duplicateOf, 'n1')
    assert.equal((await store.stats()).duplicates, 1)
  })

  contract('documents are found by event signature within a date window', async (store) => {
    await store.putDocuments([
      sampleRecord({ id: 'g1', text: 'خبر أول', published: '2025-08-20' }),
      sampleRecord({ id: 'g2', text: 'خبر ثان', published: '2025-08-30' }),
      sampleRecord({ id: 'g3', text: 'خبر ثالث', published: '2025-08-21', eventType: 'ASSAULT' }),
    ])
    const found = await store.findBySignature('CONSULT|SYR,ISR|FRA', '2025-08-22', 3)
    assert.deepEqual(
      found.map((document) => document.id),
      ['g1'],
    )
  })

  contract(
    'search: a word finds its clitic-attached forms, through ة/ه and hamza spellings',
    async (store) => {
      await store.putDocuments([
        sampleRecord({ id: 'r1', text: 'وصل والرئيس إلى باريس', title: 'زيارة', published: '2025-08-01' }),
        sampleRecord({ id: 'r2', text: 'قدم الوفد هدية للرئيس في الحفل', published: '2025-08-02' }),
        sampleRecord({ id: 'r3', text: 'اجتمع الوزراء في العاصمة لبحث الحكومه', published: '2025-08-03' }),
      ])
      const result = await store.search({ text: 'الرئيس' })
      assert.equal(result.total, 2)
      assert.deepEqual(new Set(result.hits.map((hit) => hit.id)), new Set(['r1', 'r2']))
      assert.deepEqual(Object.keys(result.hits[0]!).sort(), [
        'clusterId',
        'id',
        'outlet',
        'published',
        'snippet',
        'title',
        'url',
      ])
      assert.deepEqual(
        (await store.search({ text: 'الحكومة' })).hits.map((hit) => hit.id),
        ['r3'],
      )
      assert.deepEqual(
        (await store.search({ text: 'رئيس باريس' })).hits.map((hit) => hit.id),
        ['r1'],
      )
      assert.equal((await store.search({ text: 'زيارة' })).total, 1, 'titles are searched too')
    },
  )

  contract('search: filters, limit and operator-looking queries', async (store) => {
    await store.putDocuments([
      sampleRecord({
        id: 'f1',
        text: 'قصف على المدينة الليلة',
        outlet: 'أ',
        published: '2025-01-10',
        eventType: 'ASSAULT',
        actor: 'ISRMIL',
      }),
      sampleRecord({ id: 'f2', text: 'قصف عنيف على المدينة', outlet: 'ب', published: '2025-02-10' }),
      sampleRecord({ id: 'f3', text: 'قصف مدفعي على المدينة', outlet: 'ب', published: '2025-03-10' }),
    ])
    assert.equal((await store.search({ text: 'المدينة' })).total, 3)
    assert.deepEqual(
      (await store.search({ text: 'المدينة', outlet: 'أ' })).hits.map((hit) => hit.id),
      ['f1'],
    )
    assert.equal((await store.search({ text: 'المدينة', since: '2025-02-01' })).total, 2)
    assert.equal((await store.search({ text: 'المدينة', until: '2025-02-10' })).total, 2)
    assert.deepEqual(
      (await store.search({ text: 'المدينة', type: 'ASSAULT' })).hits.map((hit) => hit.id),
      ['f1'],
    )
    assert.deepEqual(
      (await store.search({ text: 'المدينة', actor: 'ISRMIL' })).hits.map((hit) => hit.id),
      ['f1'],
    )
    const limited = await store.search({ text: 'المدينة', limit: 2 })
    assert.equal(limited.total, 3)
    assert.equal(limited.hits.length, 2)
    for (const text of ['"', 'OR', 'NEAR(قصف', 'قصف AND', '*', 'قصف:', '-قصف']) await store.search({ text })
    assert.equal((await store.search({ text: 'المدينة OR' })).total, 0)
  })

  contract('an analysis keeps its extension fields through the store', async (store) => {
    const analysis = sampleAnalysis({ id: 'e1', text: 'نص للتجربة' })
    await store.putDocuments([{ ...sampleRecord({ id: 'e1', text: 'نص للتجربة' }), analysis }])
    const back = await store.getAnalysis('e1')
    assert.deepEqual(back?.sourcing, analysis.sourcing)
    assert.deepEqual(back?.removed, analysis.removed)
  })

  runReadQueriesContract(name, open)
}
