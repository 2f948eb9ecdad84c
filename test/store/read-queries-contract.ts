/**
 * The read-query half of the store contract (search filters, facets, snippets and sorting; events;
 * aggregations; clusters; iterators), over the four reports of desk-fixtures.ts. Called by
 * runStoreContract, so every Store implementation passes it.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Store } from '../../src/store/store.js'
import { deskRecords, manyRecords } from './desk-fixtures.js'
import type { OpenStore } from './store-contract.js'

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id)
const eventKeys = (list: readonly { documentId: string; id: string }[]) =>
  list.map((event) => `${event.documentId}/${event.id}`)
const collect = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const items: T[] = []
  for await (const item of iterable) items.push(item)
  return items
}

export const runReadQueriesContract = (name: string, open: OpenStore): void => {
  // One store for the read-only tests: the fixtures are put once.
  let shared: Promise<Store> | null = null
  const store = (): Promise<Store> => {
    shared ??= open().then(async (opened) => {
      await opened.putDocuments(deskRecords())
      return opened
    })
    return shared
  }
  const contract = (title: string, body: (store: Store) => Promise<void>) =>
    test(`${name} store: ${title}`, async () => body(await store()))

  contract('search: filters by modality, cluster, entity and document', async (store) => {
    const all = { text: '' }
    assert.deepEqual(ids((await store.search({ ...all, modality: 'reported', sort: 'newest' })).hits), [
      'b1',
      'a1',
    ])
    assert.deepEqual(ids((await store.search({ ...all, modality: 'hypothetical' })).hits), ['c1'])
    assert.deepEqual(ids((await store.search({ ...all, cluster: 'a1', sort: 'newest' })).hits), ['b1', 'a1'])
    assert.deepEqual(ids((await store.search({ ...all, entity: 'JORGOV', sort: 'newest' })).hits), [
      'b1',
      'a1',
    ])
    assert.deepEqual(ids((await store.search({ ...all, entity: 'amman' })).hits), ['a1'], 'Latin, any case')
    assert.deepEqual(ids((await store.search({ ...all, entity: 'عمّان' })).hits), ['a1'], 'the mention itself')
    assert.deepEqual(ids((await store.search({ ...all, document: 'c1' })).hits), ['c1'])
    assert.equal((await store.search({ text: 'المياه', outlet: 'الشروق', modality: 'reported' })).total, 1)
  })

  contract('search: newest first, undated last; limit, offset and total', async (store) => {
    const newest = await store.search({ text: '', sort: 'newest' })
    assert.equal(newest.total, 4)
    assert.deepEqual(ids(newest.hits), ['c1', 'b1', 'a1', 'd1'])
    const page = await store.search({ text: '', sort: 'newest', limit: 2, offset: 1 })
    assert.equal(page.total, 4)
    assert.deepEqual(ids(page.hits), ['b1', 'a1'])
    assert.equal(newest.facets, undefined, 'facets only when asked')
    const ranked = await store.search({ text: 'المياه', sort: 'relevance' })
    assert.deepEqual(new Set(ids(ranked.hits)), new Set(['a1', 'b1']))
  })

  contract('search: a snippet with the matched words as offsets of the text', async (store) => {
    const [hit] = (await store.search({ text: 'الاحتلال' })).hits
    assert.equal(hit?.id, 'b1')
    const text = (await store.getAnalysis('b1'))!.doc.text
    assert.equal(hit!.snippet.text, text.slice(hit!.snippet.start, hit!.snippet.end))
    assert.deepEqual(
      hit!.snippet.highlights.map((span) => text.slice(span.start, span.end)),
      ['الاحتلال'],
    )
    const clitic = (await store.search({ text: 'الوزير', document: 'b1' })).hits[0]!
    assert.deepEqual(
      clitic.snippet.highlights.map((span) => text.slice(span.start, span.end)),
      ['الوزير', 'الوزير'],
    )
    assert.equal(clitic.clusterId, 'a1')
  })

  contract('search: facets count every hit by outlet, event type, actor and day', async (store) => {
    const result = await store.search({ text: 'الأردني', facets: true, limit: 1 })
    assert.equal(result.total, 2)
    const facets = result.facets!
    const counts = (list: readonly { value: string; count: number }[]) =>
      Object.fromEntries(list.map((facet) => [facet.value, facet.count]))
    assert.deepEqual(counts(facets.outlets), { الوادي: 1, الشروق: 1 })
    assert.deepEqual(counts(facets.types), { CONSULT: 2, AGREE: 1, ACCUSE: 1 })
    assert.deepEqual(facets.types[0], { value: 'CONSULT', count: 2, label: null })
    assert.deepEqual(counts(facets.actors), { JORGOV: 2, SYRGOV: 2, ISR: 1 })
    assert.equal(facets.actors.find((facet) => facet.value === 'ISR')?.label, 'Israel')
    assert.deepEqual(facets.days, [
      { value: '2025-03-10', count: 1, label: null },
      { value: '2025-03-11', count: 1, label: null },
    ])
  })

  contract('events: every event with its document, participants, attribution and evidence', async (store) => {
    const result = await store.events({})
    assert.equal(result.total, 6)
    assert.deepEqual(eventKeys(result.events), ['c1/v1', 'c1/v2', 'b1/v1', 'b1/v2', 'a1/v1', 'a1/v2'])
    const agree = result.events.find((event) => event.documentId === 'a1' && event.id === 'v2')!
    assert.deepEqual(
      {
        title: agree.title,
        outlet: agree.outlet,
        published: agree.published,
        clusterId: agree.clusterId,
        type: agree.type,
        negated: agree.negated,
        modality: agree.modality,
        actors: agree.actors,
        recipients: agree.recipients.map((participant) => participant.code),
        attribution: agree.attribution,
        trigger: agree.trigger.text,
        evidence: agree.evidence.text,
      },
      {
        title: 'لقاء في عمّان',
        outlet: 'الوادي',
        published: '2025-03-10',
        clusterId: 'a1',
        type: 'AGREE',
        negated: true,
        modality: 'reported',
        actors: [{ code: 'JORGOV', text: 'وزير الخارجية الأردني', name: 'Jordan (government)' }],
        recipients: ['SYRGOV'],
        attribution: { id: 'q1', speaker: 'مصدر مطلع', kind: 'anonymous', code: null, direct: false },
        trigger: 'يتفقا',
        evidence: 'وقال مصدر مطلع إن الجانبين لم يتفقا على تقاسم المياه.',
      },
    )
    const meeting = result.events.find((event) => event.documentId === 'a1' && event.id === 'v1')!
    assert.deepEqual(meeting.place, { text: 'عمّان', name: 'Amman', country: 'JOR' })
    assert.equal(meeting.mode, 'host')
    assert.equal(meeting.attribution, null)
  })

  contract(
    'events: filters by actor and role, type, mode, modality, negation, text, cluster, dates',
    async (store) => {
      const keys = async (query: Parameters<Store['events']>[0]) =>
        eventKeys((await store.events(query)).events)
      assert.deepEqual(await keys({ actor: 'JORGOV' }), ['b1/v1', 'b1/v2', 'a1/v1', 'a1/v2'])
      assert.deepEqual(await keys({ actor: 'JORGOV', role: 'recipient' }), [])
      assert.deepEqual(await keys({ actor: 'SYRGOV', role: 'recipient', type: 'CONSULT' }), [
        'b1/v1',
        'a1/v1',
      ])
      assert.deepEqual(await keys({ mode: 'air-strike' }), ['c1/v1'])
      assert.deepEqual(await keys({ modality: 'reported' }), ['b1/v1', 'a1/v2'])
      assert.deepEqual(await keys({ negated: true }), ['a1/v2'])
      assert.equal((await store.events({ negated: false })).total, 5)
      assert.deepEqual(await keys({ text: 'الغارة' }), ['c1/v1', 'c1/v2'])
      assert.deepEqual(await keys({ cluster: 'a1', type: 'ACCUSE' }), ['b1/v2'])
      assert.deepEqual(await keys({ document: 'a1' }), ['a1/v1', 'a1/v2'])
      assert.deepEqual(await keys({ outlet: 'الوادي', since: '2025-03-11' }), ['c1/v1', 'c1/v2'])
      assert.deepEqual(await keys({ until: '2025-03-10' }), ['a1/v1', 'a1/v2'])
      assert.deepEqual(await keys({ entity: 'Amman' }), ['a1/v1', 'a1/v2'])
      const page = await store.events({ limit: 2, offset: 3 })
      assert.equal(page.total, 6)
      assert.deepEqual(eventKeys(page.events), ['b1/v2', 'a1/v1'])
    },
  )

  contract('aggregations: events per day by type', async (store) => {
    assert.deepEqual(await store.eventsPerDay({}), [
      { day: '2025-03-10', type: 'AGREE', count: 1 },
      { day: '2025-03-10', type: 'CONSULT', count: 1 },
      { day: '2025-03-11', type: 'ACCUSE', count: 1 },
      { day: '2025-03-11', type: 'CONSULT', count: 1 },
      { day: '2025-03-12', type: 'ASSAULT', count: 1 },
      { day: '2025-03-12', type: 'RETREAT', count: 1 },
    ])
    assert.deepEqual(await store.eventsPerDay({ outlet: 'الشروق', type: 'ACCUSE' }), [
      { day: '2025-03-11', type: 'ACCUSE', count: 1 },
    ])
  })

  contract('aggregations: top actors by role', async (store) => {
    const top = await store.topActors({})
    assert.deepEqual(
      top.map((actor) => [actor.code, actor.actor, actor.recipient, actor.mediator, actor.total]),
      [
        ['JORGOV', 4, 0, 0, 4],
        ['SYRGOV', 0, 3, 0, 3],
        ['ISRMIL', 2, 0, 0, 2],
        ['ISR', 0, 1, 0, 1],
        ['SYR', 0, 1, 0, 1],
      ],
    )
    assert.equal(top[0]?.name, 'Jordan (government)')
    assert.deepEqual(
      (await store.topActors({ cluster: 'c1' }, { limit: 1 })).map((actor) => actor.code),
      ['ISRMIL'],
    )
  })

  contract('aggregations: the actor network with counts by event type', async (store) => {
    assert.deepEqual(await store.actorNetwork({}), [
      { source: 'JORGOV', target: 'SYRGOV', total: 3, types: { AGREE: 1, CONSULT: 2 } },
      { source: 'ISRMIL', target: 'SYR', total: 1, types: { ASSAULT: 1 } },
      { source: 'JORGOV', target: 'ISR', total: 1, types: { ACCUSE: 1 } },
    ])
    assert.deepEqual(await store.actorNetwork({ negated: false, type: 'CONSULT' }, { limit: 1 }), [
      { source: 'JORGOV', target: 'SYRGOV', total: 2, types: { CONSULT: 2 } },
    ])
  })

  contract('aggregations: sourcing profile per outlet', async (store) => {
    assert.deepEqual(await store.sourcingByOutlet({}), [
      {
        outlet: 'الشروق',
        documents: 2,
        named: 0,
        anonymous: 0,
        officialBodies: 1,
        outlets: 0,
        documentSources: 0,
        attributions: 1,
        singleSourceShare: 1,
        unsourcedShare: 0.5,
      },
      {
        outlet: 'الوادي',
        documents: 2,
        named: 0,
        anonymous: 1,
        officialBodies: 1,
        outlets: 1,
        documentSources: 0,
        attributions: 3,
        singleSourceShare: 0.5,
        unsourcedShare: 0,
      },
    ])
    const dated = await store.sourcingByOutlet({ since: '2025-03-11', outlet: 'الوادي' })
    assert.deepEqual(
      dated.map((row) => [row.outlet, row.documents, row.anonymous]),
      [['الوادي', 1, 0]],
    )
  })

  contract('aggregations: framing per outlet and target actor', async (store) => {
    assert.deepEqual(await store.framingByOutlet({}), [
      {
        outlet: 'الشروق',
        target: 'ISR',
        total: 1,
        documents: 1,
        kinds: { 'loaded-term': 1, 'scare-quotes': 0, label: 0 },
        leans: { negative: 1, positive: 0 },
      },
    ])
    assert.deepEqual(await store.framingByOutlet({ outlet: 'الوادي' }), [])
  })

  contract('clusters: the list, filtered and paged', async (store) => {
    const stories = await store.clusters({})
    assert.equal(stories.total, 1)
    assert.deepEqual(stories.clusters, [
      {
        id: 'a1',
        size: 2,
        outlets: ['الشروق', 'الوادي'],
        firstPublished: '2025-03-10',
        lastPublished: '2025-03-11',
        signature: 'CONSULT|JOR,SYR|JOR',
        title: 'لقاء في عمّان',
      },
    ])
    const every = await store.clusters({ minSize: 1 })
    assert.equal(every.total, 3)
    assert.deepEqual(ids(every.clusters), ['c1', 'a1', 'd1'])
    assert.deepEqual(ids((await store.clusters({ minSize: 1, outlet: 'الشروق' })).clusters), ['a1', 'd1'])
    assert.deepEqual(ids((await store.clusters({ minSize: 1, since: '2025-03-12' })).clusters), ['c1'])
    assert.deepEqual(ids((await store.clusters({ minSize: 1, limit: 1, offset: 1 })).clusters), ['a1'])
  })

  contract('clusters: one story with its reports side by side', async (store) => {
    assert.equal(await store.getCluster('nothing'), null)
    const story = (await store.getCluster('a1'))!
    assert.equal(story.size, 2)
    assert.deepEqual(ids(story.documents), ['a1', 'b1'])
    const [first, second] = story.documents
    assert.deepEqual(
      first!.events.map((event) => event.type),
      ['CONSULT', 'AGREE'],
    )
    assert.deepEqual(first!.speakers, [{ text: 'مصدر مطلع', kind: 'anonymous', code: null }])
    assert.equal(first!.sourcing.anonymous, 1)
    assert.deepEqual(second!.frames, [{ text: 'الاحتلال', kind: 'loaded-term', target: 'ISR' }])
    assert.deepEqual(
      [second!.outlet, second!.title, second!.published],
      ['الشروق', 'مباحثات أردنية سورية حول المياه', '2025-03-11'],
    )
    assert.equal((await store.getCluster('c1'))?.documents.length, 1, 'a one-report cluster opens too')
  })

  contract('iterators: analyses and events, filtered, oldest first', async (store) => {
    const analyses = await collect(store.iterateAnalyses({}))
    assert.deepEqual(
      analyses.map((analysis) => analysis.doc.id),
      ['d1', 'a1', 'b1', 'c1'],
    )
    assert.deepEqual(analyses[1], deskRecords()[0]!.analysis)
    assert.deepEqual(
      (await collect(store.iterateAnalyses({ outlet: 'الشروق' }))).map((analysis) => analysis.doc.id),
      ['d1', 'b1'],
    )
    const events = await collect(store.iterateEvents({ actor: 'ISRMIL', modality: 'asserted' }))
    assert.deepEqual(eventKeys(events), ['c1/v1'])
    assert.deepEqual(events[0], (await store.events({ document: 'c1', limit: 1 })).events[0])
  })

  test(`${name} store: iterators read past a batch`, async () => {
    const store = await open()
    try {
      await store.putDocuments(manyRecords(230))
      const analyses = await collect(store.iterateAnalyses({}))
      assert.equal(analyses.length, 230)
      assert.equal(new Set(analyses.map((analysis) => analysis.doc.id)).size, 230)
      const days = analyses.map((analysis) => analysis.doc.published!)
      assert.deepEqual(days, [...days].sort())
      assert.equal((await collect(store.iterateEvents({ outlet: 'الوادي' }))).length, 115)
    } finally {
      await store.close()
    }
  })

  test(`${name} store: the shared read store closes`, async () => {
    if (shared) await (await shared).close()
  })
}
