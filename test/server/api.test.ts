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

const getJson = async (path: string, init?: RequestInit) => {
  const response = await app.request(path, init)
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
    assertError(await getJson('/api/search'), 400, 'bad-request')
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
