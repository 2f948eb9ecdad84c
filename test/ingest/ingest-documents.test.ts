import assert from 'node:assert/strict'
import { test } from 'node:test'
import { InputError } from '../../src/errors/isnad-error.js'
import { type IngestItem, ingestDocuments } from '../../src/ingest/ingest-documents.js'
import type { DocumentInput } from '../../src/pipeline/document.js'
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import { sampleAnalysis } from '../store/sample-analysis.js'

const STORY =
  'أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المدينة بطاقة مئتي سرير لخدمة سكان المنطقة الشرقية، وقال الوزير إن المستشفى سيضم أقساما للطوارئ والأطفال والعناية المركزة، وإن العمل فيه سيبدأ مطلع الشهر المقبل بعد استكمال تجهيز المعدات وتعيين الكوادر الطبية اللازمة لتشغيله بكامل طاقته.'
const OTHER =
  'قال مسؤولون في قطاع النفط إن الإنتاج ارتفع خلال الشهر الماضي بنسبة طفيفة، مع استئناف العمل في حقلين توقفا بسبب أعمال صيانة، وتوقعوا أن تستقر الصادرات عند مستواها الحالي حتى نهاية العام.'

/** A stand-in for the pipeline: the sample analysis of the input, with its metadata. */
const fakeAnalyze = async (input: DocumentInput) => {
  const analysis = sampleAnalysis({
    id: input.id!,
    text: input.text,
    outlet: input.outlet ?? null,
    published: input.published ?? null,
  })
  return { ...analysis, doc: { ...analysis.doc, title: input.title ?? null, url: input.url ?? null } }
}

async function* itemsOf(list: readonly (IngestItem | InputError)[]) {
  yield* list
}

const item = (id: string, text: string, extra: Partial<DocumentInput> = {}, author?: string): IngestItem => ({
  input: { id, text, ...extra },
  where: `${id}.txt`,
  ...(author === undefined ? {} : { author }),
})

test('ingestDocuments: stores, skips exact duplicates, links wire reprints by the byline’s credit, one cluster', async () => {
  const store = new SqliteStore(':memory:')
  const failures: string[] = []
  const counts = await ingestDocuments(
    itemsOf([
      item(
        'a',
        STORY,
        { outlet: 'أ', published: '2025-08-20', url: 'https://a.example/1?utm_source=x' },
        'الرياض - واس',
      ),
      item('b', `عنوان آخر للخبر\n${STORY}`, { outlet: 'ب', published: '2025-08-20' }, 'الرياض - واس:'),
      item('c', STORY.replaceAll('،', ','), { outlet: 'ج' }), // the same folded words: an exact duplicate
      item('d', OTHER, { url: 'https://a.example/1' }), // the same address: an exact duplicate
      item('e', OTHER, { outlet: 'د' }),
      new InputError('bad.jsonl:3', 'not valid JSON'),
    ]),
    { store, analyze: fakeAnalyze, depth: 3, onFailure: (where, why) => failures.push(`${where}: ${why}`) },
  )
  assert.deepEqual(counts, { read: 6, stored: 3, duplicates: 2, near: 1, failed: 1 })
  assert.deepEqual(failures, ['bad.jsonl:3: not valid JSON'])
  const reprint = await store.getDocument('b')
  assert.equal(reprint?.duplicateOf, 'a')
  assert.equal(reprint?.wire, 'spa')
  assert.equal(reprint?.clusterId, 'a')
  assert.equal((await store.getDocument('e'))?.clusterId, 'e')
  const stats = await store.stats()
  assert.equal(stats.duplicates, 3, 'two skipped, one near')
  await store.close()
})

test('ingestDocuments: a failing analysis is reported and the run goes on', async () => {
  const store = new SqliteStore(':memory:')
  const failures: string[] = []
  const counts = await ingestDocuments(itemsOf([item('x', STORY), item('y', OTHER)]), {
    store,
    analyze: async (input) => {
      if (input.id === 'x') throw new Error('the tagger broke')
      return fakeAnalyze(input)
    },
    onFailure: (where, why) => failures.push(`${where}: ${why}`),
  })
  assert.deepEqual(counts, { read: 2, stored: 1, duplicates: 0, near: 0, failed: 1 })
  assert.deepEqual(failures, ['x.txt: the tagger broke'])
  await store.close()
})
