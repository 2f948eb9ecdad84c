/**
 * The analyst's read routes over the store's queries: events with filters, the aggregations (events per
 * day, top actors, network, sourcing and framing per outlet) and the story clusters. Every list is
 * bounded: pages of at most MAX_PAGE_SIZE, aggregations of at most MAX_AGGREGATE_ROWS rows; exports stream.
 */
import type { Hono } from 'hono'
import { EXPORT_FORMATS, type ExportFormat, exportLines } from '../export/export-formats.js'
import type { Store } from '../store/store.js'
import { ApiError } from './api-error.js'
import {
  countParam,
  dateParam,
  documentFilterParams,
  eventQueryParams,
  oneOf,
  pageParams,
  textParam,
} from './query-params.js'

/** The most rows an aggregation returns. */
export const MAX_AGGREGATE_ROWS = 1000

const queryOf = (url: string): Record<string, string> => Object.fromEntries(new URL(url).searchParams)

const EXPORT_TYPES: Readonly<Record<ExportFormat, string>> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
}

/** Adds the routes to `app`. */
export const addQueryRoutes = (app: Hono, store: Store): void => {
  app.get('/api/events', async (c) => {
    const params = queryOf(c.req.url)
    const page = pageParams(params, 50)
    const result = await store.events({ ...eventQueryParams(params), ...page })
    return c.json({ ...result, ...page })
  })

  // Each aggregation: its path, and how it asks the store (every answer is `{items}`, bounded).
  const aggregations: Readonly<
    Record<string, (params: Record<string, string>) => Promise<readonly unknown[]>>
  > = {
    'events-per-day': (params) => store.eventsPerDay(eventQueryParams(params)),
    'top-actors': (params) =>
      store.topActors(eventQueryParams(params), { limit: countParam(params, 'top', 50, MAX_AGGREGATE_ROWS) }),
    network: (params) =>
      store.actorNetwork(eventQueryParams(params), {
        limit: countParam(params, 'top', 50, MAX_AGGREGATE_ROWS),
      }),
    sourcing: (params) => store.sourcingByOutlet(documentFilterParams(params)),
    framing: (params) =>
      store.framingByOutlet(documentFilterParams(params), {
        limit: countParam(params, 'top', 200, MAX_AGGREGATE_ROWS),
      }),
  }
  for (const [name, aggregate] of Object.entries(aggregations)) {
    app.get(`/api/aggregations/${name}`, async (c) => {
      const items = await aggregate(queryOf(c.req.url))
      return c.json({ items: items.slice(0, MAX_AGGREGATE_ROWS) })
    })
  }

  app.get('/api/export', (c) => {
    const params = queryOf(c.req.url)
    const format = oneOf<ExportFormat>(params, 'format', EXPORT_FORMATS) ?? 'jsonl'
    const lines = exportLines(store, format, eventQueryParams(params))[Symbol.asyncIterator]()
    const encoder = new TextEncoder()
    // Streamed line by line from the store's batched iterators: a whole-store export is never in memory.
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await lines.next()
          if (next.done) controller.close()
          else controller.enqueue(encoder.encode(`${next.value}\n`))
        } catch (error) {
          controller.error(error)
        }
      },
      async cancel() {
        await lines.return?.()
      },
    })
    const extension = format === 'plover' ? 'jsonl' : format
    c.header('Content-Type', EXPORT_TYPES[format])
    c.header('Content-Disposition', `attachment; filename="isnad-${format}.${extension}"`)
    return c.body(body)
  })

  app.get('/api/clusters', async (c) => {
    const params = queryOf(c.req.url)
    const page = pageParams(params)
    const result = await store.clusters({
      ...page,
      outlet: textParam(params, 'outlet'),
      since: dateParam(params, 'since'),
      until: dateParam(params, 'until'),
      minSize: countParam(params, 'min-size', 2, 1000),
    })
    return c.json({ ...result, ...page })
  })

  app.get('/api/clusters/:id', async (c) => {
    const id = c.req.param('id')
    const cluster = await store.getCluster(id)
    if (cluster === null) throw new ApiError('not-found', `no story cluster with id "${id}"`)
    return c.json(cluster)
  })
}
