import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Hono } from 'hono'
import { workerAnalysisRunner } from '../../src/server/analysis-runner.js'
import { createApp } from '../../src/server/app.js'
import type { SqliteStore } from '../../src/store/sqlite/sqlite-store.js'
import { fixtureStore, inThreadRunner } from '../helpers/server-store.js'

// biome-ignore lint/suspicious/noExplicitAny: JSON answers, checked field by field below
type Json = any

let store: SqliteStore
let app: Hono
const TOKEN = 'test-token-123'

const getJson = async (path: string, init?: RequestInit, on: Hono = app) => {
  const response = await on.request(path, init)
  return { status: response.status, body: (await response.json()) as Json, headers: response.headers }
}

const post = (path: string, body: unknown, token?: string) =>
  getJson(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const assertError = (result: { status: number; body: Json }, status: number, code: string) => {
  assert.equal(result.status, status, JSON.stringify(result.body))
  assert.equal(result.body.error.code, code)
  assert.equal(typeof result.body.error.message, 'string')
}

before(async () => {
  store = await fixtureStore()
  app = createApp({ store, analyzer: inThreadRunner, token: TOKEN })
})
after(async () => {
  await store.close()
})

describe('api: reads', () => {
  test('GET /api/stats counts the fixture store', async () => {
    const { status, body } = await getJson('/api/stats')
    assert.equal(status, 200)
    assert.equal(body.documents, 4)
  })

  test('GET /api/search finds clitic-attached forms and pages', async () => {
    const { status, body } = await getJson('/api/search?q=' + encodeURIComponent('الخارجية') + '&limit=1')
    assert.equal(status, 200)
    assert.equal(body.total, 3)
    assert.equal(body.hits.length, 1)
    assert.deepEqual(Object.keys(body.hits[0]).slice(0, 5), ['id', 'title', 'outlet', 'published', 'url'])
    const second = await getJson('/api/search?q=' + encodeURIComponent('الخارجية') + '&limit=1&offset=1')
    assert.notEqual(second.body.hits[0].id, body.hits[0].id)
  })

  test('GET /api/search without words lists the documents', async () => {
    const { status, body } = await getJson('/api/search')
    assert.equal(status, 200)
    assert.equal(body.total, 4)
    assert.equal(typeof body.hits[0].snippet.text, 'string')
    assert.ok(
      body.facets.outlets.some(
        (facet: { value: string; count: number }) => facet.value === 'موقع الواحة' && facet.count === 2,
      ),
    )
    assert.equal((await getJson('/api/search?facets=false')).body.facets, undefined)
  })

  test('GET /api/search filters by outlet and date', async () => {
    const outlet = encodeURIComponent('موقع الواحة')
    const { body } = await getJson(`/api/search?q=${encodeURIComponent('الخارجية')}&outlet=${outlet}`)
    assert.deepEqual(
      body.hits.map((hit: { id: string }) => hit.id),
      ['rabat-water-2'],
    )
    const late = await getJson(`/api/search?q=${encodeURIComponent('الخارجية')}&since=2025-10-06`)
    assert.deepEqual(
      late.body.hits.map((hit: { id: string }) => hit.id),
      ['hostile'],
    )
  })

  test('bad parameters are 400 with the error shape, page sizes are capped', async () => {
    assertError(await getJson('/api/search?q=x&limit=1000'), 400, 'bad-request')
    assertError(await getJson('/api/search?q=x&limit=-1'), 400, 'bad-request')
    assertError(await getJson('/api/search?q=x&since=2025-13-40'), 400, 'bad-request')
    assertError(await getJson('/api/search?q=x&type=PARTY'), 400, 'bad-request')
  })

  test('GET /api/documents/:id is the full Analysis, with where ingest put it', async () => {
    const { status, body } = await getJson('/api/documents/rabat-water')
    assert.equal(status, 200)
    assert.equal(body.schema, 'isnad.analysis/1')
    assert.equal(body.doc.id, 'rabat-water')
    assert.ok(body.entities.length > 0)
    assert.ok(body.events.length > 0)
    assert.ok('sourcing' in body)
    assert.equal(body.stored.clusterId, 'rabat-water')
    for (const entity of body.entities)
      assert.equal(body.doc.text.slice(entity.start, entity.end), entity.text)
  })

  test('unknown documents and paths are 404 with the error shape', async () => {
    assertError(await getJson('/api/documents/no-such-id'), 404, 'not-found')
    assertError(await getJson('/api/nothing-here'), 404, 'not-found')
  })

  test('every response carries a strict Content-Security-Policy and nosniff', async () => {
    const { headers } = await getJson('/api/stats')
    const policy = headers.get('content-security-policy') ?? ''
    assert.match(policy, /default-src 'none'/)
    assert.match(policy, /script-src 'self'(;|$)/)
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/)
    assert.equal(headers.get('x-content-type-options'), 'nosniff')
  })
})

describe('api: analyze', () => {
  test('POST /api/analyze returns an Analysis of pasted text', async () => {
    const { status, body } = await post('/api/analyze', {
      text: 'التقى وزير الخارجية المصري نظيره القطري في القاهرة أمس.',
      published: '2025-09-18',
    })
    assert.equal(status, 200)
    assert.equal(body.schema, 'isnad.analysis/1')
    assert.ok(body.events.some((event: { type: string }) => event.type === 'CONSULT'))
  })

  test('POST /api/analyze takes a web page and extracts its article', async () => {
    const html =
      '<html><head><title>خبر</title></head><body><nav>الرئيسية</nav><article><p>قال وزير الخارجية الأردني في عمان أمس إن الحكومة ترفض أي تهجير للفلسطينيين من أرضهم.</p></article></body></html>'
    const { status, body } = await post('/api/analyze', { html })
    assert.equal(status, 200)
    assert.match(body.doc.text, /وزير الخارجية الأردني/)
    assert.doesNotMatch(body.doc.text, /<p>/)
  })

  test('bad bodies are 400, oversized ones 413', async () => {
    assertError(await post('/api/analyze', '{not json'), 400, 'bad-request')
    assertError(await post('/api/analyze', { title: 'no text' }), 400, 'bad-request')
    assertError(await post('/api/analyze', { text: 5 }), 400, 'bad-request')
    assertError(await post('/api/analyze', { text: 'نص', published: 'yesterday' }), 400, 'bad-request')
    const small = createApp({ store, analyzer: inThreadRunner, token: null, maxAnalyzeBytes: 1000 })
    const response = await small.request('/api/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'كلمة '.repeat(500) }),
    })
    assert.equal(response.status, 413)
    assert.equal(((await response.json()) as Json).error.code, 'payload-too-large')
  })

  test('an analysis over the time limit is stopped: 503 timeout, and the next one runs', async () => {
    const runner = workerAnalysisRunner(1)
    const timed = createApp({ store, analyzer: runner, token: null })
    try {
      const response = await timed.request('/api/analyze', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'قال الوزير إن المحادثات مستمرة.' }),
      })
      assert.equal(response.status, 503)
      assert.equal(((await response.json()) as Json).error.code, 'timeout')
    } finally {
      await runner.close()
    }
  })
})

describe('api: writes', () => {
  const article = {
    id: 'posted-1',
    title: 'تظاهرة في تونس',
    outlet: 'جريدة الساحل',
    published: '2025-10-07',
    text: 'تظاهر مئات التونسيين أمس في العاصمة تونس للمطالبة بتحسين الأوضاع المعيشية.',
  }

  test('POST /api/documents without the token is 401; a server without a token refuses writes (403)', async () => {
    assertError(await post('/api/documents', article), 401, 'unauthorized')
    assertError(await post('/api/documents', article, 'wrong-token'), 401, 'unauthorized')
    const closed = createApp({ store, analyzer: inThreadRunner, token: null })
    const response = await closed.request('/api/documents', { method: 'POST', body: JSON.stringify(article) })
    assert.equal(response.status, 403)
  })

  test('POST /api/documents with the token stores, then skips the same document', async () => {
    const first = await post('/api/documents', { documents: [article] }, TOKEN)
    assert.equal(first.status, 201, JSON.stringify(first.body))
    assert.equal(first.body.stored, 1)
    const again = await post('/api/documents', article, TOKEN)
    assert.equal(again.status, 200)
    assert.equal(again.body.duplicates, 1)
    const { body } = await getJson('/api/documents/posted-1')
    assert.equal(body.doc.outlet, 'جريدة الساحل')
  })

  test('a bad document in a batch rejects the whole request before anything is stored', async () => {
    const result = await post(
      '/api/documents',
      { documents: [{ ...article, id: 'posted-2' }, { id: 'x' }] },
      TOKEN,
    )
    assertError(result, 400, 'bad-request')
    assert.match(result.body.error.message, /documents\[1\]/)
    assertError(await getJson('/api/documents/posted-2'), 404, 'not-found')
  })

  test('reads need the token too when the server says so (off loopback)', async () => {
    const guarded = createApp({ store, analyzer: inThreadRunner, token: TOKEN, readsNeedToken: true })
    assert.equal((await guarded.request('/api/stats')).status, 401)
    const ok = await guarded.request('/api/stats', { headers: { authorization: `Bearer ${TOKEN}` } })
    assert.equal(ok.status, 200)
  })
})

describe('api: queries over the fixture store', () => {
  test('GET /api/events filters by type and pages', async () => {
    const { status, body } = await getJson('/api/events?type=CONSULT')
    assert.equal(status, 200)
    assert.ok(body.total >= 2)
    assert.ok(body.events.every((event: { type: string }) => event.type === 'CONSULT'))
    assert.ok(body.events.some((event: { documentId: string }) => event.documentId === 'rabat-water'))
  })

  test('aggregations answer rows over the store', async () => {
    const perDay = await getJson('/api/aggregations/events-per-day')
    assert.ok(perDay.body.items.some((row: { day: string }) => row.day === '2025-10-02'))
    const actors = await getJson('/api/aggregations/top-actors?top=3')
    assert.ok(actors.body.items.length > 0 && actors.body.items.length <= 3)
    const sourcing = await getJson('/api/aggregations/sourcing')
    assert.ok(sourcing.body.items.some((row: { outlet: string }) => row.outlet === 'موقع الواحة'))
  })

  test('GET /api/clusters lists the story told twice; /api/clusters/:id puts both reports side by side', async () => {
    const list = await getJson('/api/clusters')
    assert.deepEqual(
      list.body.clusters.map((cluster: { id: string }) => cluster.id),
      ['rabat-water'],
    )
    const { status, body } = await getJson('/api/clusters/rabat-water')
    assert.equal(status, 200)
    assert.deepEqual(body.documents.map((document: { id: string }) => document.id).sort(), [
      'rabat-water',
      'rabat-water-2',
    ])
    assertError(await getJson('/api/clusters/nothing'), 404, 'not-found')
  })
})

describe('api: export', () => {
  test('GET /api/export streams JSONL analyses, PLOVER events and CSV, filtered', async () => {
    const jsonl = await app.request('/api/export')
    assert.equal(jsonl.status, 200)
    assert.match(jsonl.headers.get('content-type') ?? '', /ndjson/)
    const lines = (await jsonl.text()).trim().split('\n')
    assert.ok(lines.length >= 4)
    assert.equal(JSON.parse(lines[0]!).schema, 'isnad.analysis/1')
    const plover = await (await app.request('/api/export?format=plover&type=CONSULT')).text()
    const records = plover
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    assert.ok(records.length > 0)
    assert.ok(records.every((record) => JSON.stringify(record).includes('CONSULT')))
    const csv = await app.request('/api/export?format=csv&outlet=' + encodeURIComponent('جريدة الساحل'))
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="isnad-csv.csv"/)
    assert.match((await csv.text()).split('\n')[0]!, /^document_id,event_id/)
    assertError(await getJson('/api/export?format=xml'), 400, 'bad-request')
  })
})

describe('api: query routes', () => {
  // The HTTP layer over the store's queries: parameters are checked and passed on, answers wrapped.
  const calls: { method: string; argument: unknown; options?: unknown }[] = []
  const record = (method: string, answer: unknown) => async (argument: unknown, options?: unknown) => {
    calls.push({ method, argument, options })
    return answer
  }
  const stubStore = {
    events: record('events', { total: 0, events: [] }),
    eventsPerDay: record('eventsPerDay', [{ day: '2025-10-02', type: 'CONSULT', count: 2 }]),
    topActors: record('topActors', []),
    actorNetwork: record('actorNetwork', []),
    sourcingByOutlet: record('sourcingByOutlet', []),
    framingByOutlet: record('framingByOutlet', []),
    clusters: record('clusters', { total: 0, clusters: [] }),
    getCluster: async (id: string) => (id === 'known' ? { id, documents: [] } : null),
  } as unknown as SqliteStore
  const stubbed = () => createApp({ store: stubStore, analyzer: inThreadRunner, token: null })

  test('GET /api/events passes filters, role, mode, negated and the page on', async () => {
    calls.length = 0
    const { status, body } = await getJson(
      '/api/events?type=consult&actor=mar&role=actor&negated=false&limit=5&offset=10&since=2025-10-01',
      undefined,
      stubbed(),
    )
    assert.equal(status, 200, JSON.stringify(body))
    assert.deepEqual(body, { total: 0, events: [], limit: 5, offset: 10 })
    const query = calls[0]!.argument as Record<string, unknown>
    assert.equal(query.type, 'CONSULT')
    assert.equal(query.actor, 'MAR')
    assert.equal(query.role, 'actor')
    assert.equal(query.negated, false)
    assert.equal(query.since, '2025-10-01')
    assert.equal(query.limit, 5)
  })

  test('aggregations answer {items}, top is bounded', async () => {
    const app = stubbed()
    for (const name of ['events-per-day', 'top-actors', 'network', 'sourcing', 'framing']) {
      const { status, body } = await getJson(`/api/aggregations/${name}?outlet=x`, undefined, app)
      assert.equal(status, 200, name)
      assert.ok(Array.isArray(body.items), name)
    }
    calls.length = 0
    await getJson('/api/aggregations/network?top=7', undefined, app)
    assert.deepEqual(calls[0]!.options, { limit: 7 })
    assertError(await getJson('/api/aggregations/network?top=100000', undefined, app), 400, 'bad-request')
    assertError(await getJson('/api/events?role=bystander', undefined, app), 400, 'bad-request')
    assertError(await getJson('/api/events?modality=rumoured', undefined, app), 400, 'bad-request')
  })

  test('GET /api/clusters and /api/clusters/:id (404 for an unknown one)', async () => {
    const app = stubbed()
    calls.length = 0
    const list = await getJson('/api/clusters?min-size=3', undefined, app)
    assert.equal(list.status, 200)
    assert.equal((calls[0]!.argument as { minSize: number }).minSize, 3)
    assert.equal((await getJson('/api/clusters/known', undefined, app)).status, 200)
    assertError(await getJson('/api/clusters/unknown', undefined, app), 404, 'not-found')
  })

  test('a store that fails answers 500 with the error shape, and nothing of the failure leaks', async () => {
    const broken = {
      stats: async () => {
        throw new Error('disk I/O error at /secret/path/store.db')
      },
    } as unknown as SqliteStore
    const logged: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => logged.push(args)
    try {
      const result = await getJson(
        '/api/stats',
        undefined,
        createApp({ store: broken, analyzer: inThreadRunner, token: null }),
      )
      assertError(result, 500, 'internal')
      assert.doesNotMatch(JSON.stringify(result.body), /secret|disk/)
      assert.equal(logged.length, 1)
    } finally {
      console.error = original
    }
  })

  test('a query the store does not answer yet is 501 not-implemented', async () => {
    const { NotImplementedError } = await import('../../src/errors/isnad-error.js')
    const failing = {
      events: async () => {
        throw new NotImplementedError('TestStore.events')
      },
    } as unknown as SqliteStore
    const result = await getJson(
      '/api/events',
      undefined,
      createApp({ store: failing, analyzer: inThreadRunner, token: null }),
    )
    assertError(result, 501, 'not-implemented')
  })
})

describe('api: OpenAPI', () => {
  test('/openapi.json is OpenAPI 3 and describes every API route the app answers', async () => {
    const { status, body } = await getJson('/openapi.json')
    assert.equal(status, 200)
    assert.match(body.openapi, /^3\./)
    const described = new Set(
      Object.entries(body.paths).flatMap(([path, methods]) =>
        Object.keys(methods as object).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    )
    const routes = app.routes
      .filter((route) => route.path.startsWith('/api/') || route.path === '/openapi.json')
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
    for (const route of new Set(routes)) assert.ok(described.has(route), `${route} is not in /openapi.json`)
  })
})
