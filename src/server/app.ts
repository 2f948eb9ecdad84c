/**
 * The HTTP application: the JSON API under /api, its OpenAPI description at /openapi.json, and the web
 * UI. Built as a Hono app over a Store so tests can call it in-process (`app.request(…)`) and
 * `isnad serve` can hand it to a Node server.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { NotImplementedError } from '../errors/isnad-error.js'
import { ingestDocuments } from '../ingest/ingest-documents.js'
import type { Store } from '../store/store.js'
import type { AnalysisRunner } from './analysis-runner.js'
import { ApiError, type ApiErrorCode, errorBody } from './api-error.js'
import { documentItem, jsonBody } from './document-body.js'
import { openApiDocument } from './openapi.js'
import { documentFilterParams, facetsParam, pageParams, sortParam } from './query-params.js'
import { addQueryRoutes } from './query-routes.js'
import { isLoopbackHost, requireToken, securityHeaders } from './security.js'
import type { StaticFile } from './static-files.js'

export interface AppOptions {
  readonly store: Store
  /** Analyses pasted and posted documents (on a worker thread, with a time limit). */
  readonly analyzer: AnalysisRunner
  /** The bearer token writes need; null turns writes off. */
  readonly token: string | null
  /** Whether reads need the token too (the default off loopback). */
  readonly readsNeedToken?: boolean
  /** The UI's files by URL path; empty serves the API alone. */
  readonly staticFiles?: ReadonlyMap<string, StaticFile>
  /** The largest body of `POST /api/analyze`, in bytes (default 512 KiB). */
  readonly maxAnalyzeBytes?: number
  /** The largest body of `POST /api/documents`, in bytes (default 8 MiB). */
  readonly maxIngestBytes?: number
}

/** At most this many documents in one `POST /api/documents`. */
export const MAX_DOCUMENTS_PER_REQUEST = 100

const tooLarge = (limit: number) => (): Response => {
  throw new ApiError('payload-too-large', `the body is over the limit of ${limit} bytes`)
}

const queryOf = (url: string): Record<string, string> => Object.fromEntries(new URL(url).searchParams)

/** Builds the application over a store. */
export const createApp = (options: AppOptions): Hono => {
  const { store, analyzer, token } = options
  const maxAnalyzeBytes = options.maxAnalyzeBytes ?? 512 * 1024
  const maxIngestBytes = options.maxIngestBytes ?? 8 * 1024 * 1024
  const app = new Hono()

  app.use('*', securityHeaders())
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(errorBody(error.code, error.message), error.status)
    if (error instanceof NotImplementedError) return c.json(errorBody('not-implemented', error.message), 501)
    if (error instanceof HTTPException && error.status === 413)
      return c.json(errorBody('payload-too-large', 'the body is too large'), 413)
    console.error(`isnad: serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${error.message}`)
    return c.json(errorBody('internal', 'the server failed to answer; see its log'), 500)
  })
  app.notFound((c) => c.json(errorBody('not-found', `no such path: ${new URL(c.req.url).pathname}`), 404))

  if (options.readsNeedToken) app.use('/api/*', requireToken(token, 'reads off loopback'))

  app.get('/openapi.json', (c) => c.json(openApiDocument()))

  app.get('/api/stats', async (c) => c.json(await store.stats()))

  app.get('/api/search', async (c) => {
    const params = queryOf(c.req.url)
    const page = pageParams(params)
    // No words lists the filtered documents, newest first.
    const filter = documentFilterParams(params)
    const result = await store.search({
      ...filter,
      text: filter.text ?? '',
      ...page,
      sort: sortParam(params),
      facets: facetsParam(params),
    })
    return c.json({ ...result, ...page })
  })

  app.get('/api/documents/:id', async (c) => {
    const id = c.req.param('id')
    const [analysis, stored] = await Promise.all([store.getAnalysis(id), store.getDocument(id)])
    if (analysis === null) throw new ApiError('not-found', `no document with id "${id}"`)
    // `stored` is an extension: what ingest learnt around the Analysis (cluster, duplicate, wire).
    return c.json({ ...analysis, stored })
  })

  app.post(
    '/api/analyze',
    bodyLimit({ maxSize: maxAnalyzeBytes, onError: tooLarge(maxAnalyzeBytes) }),
    async (c) => {
      const item = documentItem(await jsonBody(c.req), 'body')
      const { input, page } = item
      const analysis = await analyzer.analyze({
        ...input,
        id: input.id ?? 'pasted',
        title: input.title ?? page?.title ?? null,
        outlet: input.outlet ?? page?.outlet ?? null,
        url: input.url ?? page?.url ?? null,
        published: input.published ?? page?.published ?? null,
      })
      const removed = item.removed ?? []
      return c.json(
        removed.length === 0 ? analysis : { ...analysis, removed: [...removed, ...analysis.removed] },
      )
    },
  )

  app.post(
    '/api/documents',
    requireToken(token, 'writes'),
    bodyLimit({ maxSize: maxIngestBytes, onError: tooLarge(maxIngestBytes) }),
    async (c) => {
      const body = await jsonBody(c.req)
      const list = Array.isArray((body as { documents?: unknown })?.documents)
        ? (body as { documents: unknown[] }).documents
        : [body]
      if (list.length === 0 || list.length > MAX_DOCUMENTS_PER_REQUEST) {
        throw new ApiError('bad-request', `send 1 to ${MAX_DOCUMENTS_PER_REQUEST} documents in one request`)
      }
      // Every document is checked before any is stored, so a bad request changes nothing.
      const items = list.map((value, index) => documentItem(value, `documents[${index}]`))
      const failures: { where: string; message: string }[] = []
      async function* all() {
        yield* items
      }
      const counts = await ingestDocuments(all(), {
        store,
        analyze: (input) => analyzer.analyze(input),
        onFailure: (where, message) => failures.push({ where, message }),
      })
      return c.json({ ...counts, failures }, counts.stored > 0 ? 201 : 200)
    },
  )

  addQueryRoutes(app, store)

  const files = options.staticFiles ?? new Map<string, StaticFile>()
  app.get('*', (c, next) => {
    const file = files.get(new URL(c.req.url).pathname)
    if (file === undefined) return next()
    c.header('Content-Type', file.type)
    c.header('Cache-Control', 'no-cache')
    return c.body(file.body as Uint8Array<ArrayBuffer>)
  })
  return app
}

/** Whether a server on `host` should ask for the token on reads (anything but loopback, unless opened). */
export const readsNeedTokenOn = (host: string, open: boolean): boolean => !open && !isLoopbackHost(host)

export type { ApiErrorCode }
