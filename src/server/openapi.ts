/**
 * The OpenAPI 3 description of the API, served at /openapi.json. Every route the app answers is listed
 * here; a test checks the two agree.
 */
import { MAX_PAGE_SIZE } from './query-params.js'

type Schema = Readonly<Record<string, unknown>>

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
const query = (name: string, description: string, schema: Schema = { type: 'string' }, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
})
const path = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
})
const json = (schema: Schema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [String(status), { $ref: `#/components/responses/Error${status}` }]),
  )

const PAGE = [
  query('limit', `page size, 1–${MAX_PAGE_SIZE} (default 20)`, {
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
  }),
  query('offset', 'how many to skip (default 0)', { type: 'integer', minimum: 0, maximum: 100000 }),
]
const DATES = [
  query('since', 'published on or after (YYYY-MM-DD)', { type: 'string', format: 'date' }),
  query('until', 'published on or before (YYYY-MM-DD)', { type: 'string', format: 'date' }),
]
const FILTERS = [
  query('outlet', 'only this outlet'),
  ...DATES,
  query('actor', 'an actor code (actor, recipient or mediator), e.g. SYRGOV'),
  query('type', 'a PLOVER event type, e.g. CONSULT'),
  query('modality', 'asserted, reported, future, hypothetical or historical'),
  query('cluster', 'a story cluster id'),
  query('entity', 'an entity by actor code, Latin name or Arabic text'),
  query('document', 'one document id'),
]
/** The document filters with `q`, for queries where words are optional. */
const FILTERS_WITH_WORDS = [query('q', 'words the documents must hold'), ...FILTERS]
const EVENT_FILTERS = [
  ...FILTERS_WITH_WORDS,
  query('role', 'with actor: actor, recipient or mediator'),
  query('mode', 'a PLOVER mode, e.g. third-party'),
  query('negated', 'true: only negated events; false: only the others', { type: 'boolean' }),
]
const TOP = query('top', 'at most this many rows, the largest first (1–1000)', {
  type: 'integer',
  minimum: 1,
  maximum: 1000,
})
const items = (schema: Schema, description: string) =>
  json(
    { type: 'object', required: ['items'], properties: { items: { type: 'array', items: schema } } },
    description,
  )
const aggregation = (summary: string, parameters: readonly unknown[], row: string) => ({
  get: { summary, parameters, responses: { 200: items(ref(row), 'the rows'), ...errors(400, 501) } },
})

const ERROR_STATUSES: Readonly<Record<number, string>> = {
  400: 'a parameter or body that cannot be used',
  401: 'a write without the right bearer token',
  403: 'writes are off (no token configured)',
  404: 'no such document, cluster or path',
  413: 'the body is over the size limit',
  500: 'the server failed',
  501: 'the store behind this server does not answer this query yet',
  503: 'the analysis took too long and was stopped',
}

/** Paths, by the route they describe. */
const PATHS: Record<string, Schema> = {
  '/api/stats': {
    get: { summary: 'Counts of what the store holds', responses: { 200: json(ref('Stats'), 'the counts') } },
  },
  '/api/search': {
    get: {
      summary: 'Arabic-aware full-text search (a word matches its clitic-attached forms)',
      parameters: [
        query('q', 'the words to find (all of them); none lists the filtered documents'),
        ...PAGE,
        ...FILTERS,
        query('sort', 'relevance (default) or newest'),
        query('facets', 'count hits by outlet, type, actor and day (default true)', { type: 'boolean' }),
      ],
      responses: { 200: json(ref('SearchResult'), 'one page of hits, with facets'), ...errors(400) },
    },
  },
  '/api/events': {
    get: {
      summary: 'Events with their documents, newest document first',
      parameters: [...EVENT_FILTERS, ...PAGE],
      responses: { 200: json(ref('EventResult'), 'one page of events'), ...errors(400, 501) },
    },
  },
  '/api/aggregations/events-per-day': aggregation(
    'Events per publication day and type',
    EVENT_FILTERS,
    'DayCount',
  ),
  '/api/aggregations/top-actors': aggregation(
    'The actors in the most events, by role',
    [...EVENT_FILTERS, TOP],
    'ActorCount',
  ),
  '/api/aggregations/network': aggregation(
    'Actor → recipient edges with counts by event type',
    [...EVENT_FILTERS, TOP],
    'NetworkEdge',
  ),
  '/api/aggregations/sourcing': aggregation(
    'Sourcing profile per outlet (named, anonymous, official…)',
    FILTERS_WITH_WORDS,
    'OutletSourcing',
  ),
  '/api/aggregations/framing': aggregation(
    'Frames per outlet × target actor',
    [...FILTERS_WITH_WORDS, TOP],
    'OutletFraming',
  ),
  '/api/export': {
    get: {
      summary:
        'Export, streamed: jsonl (Analyses), plover (PLOVER events with mediators and attribution), csv or tsv (GDELT-style)',
      parameters: [query('format', 'jsonl (default), plover, csv or tsv'), ...EVENT_FILTERS],
      responses: {
        200: {
          description: 'the export, one record per line',
          content: { 'application/x-ndjson': {}, 'text/csv': {}, 'text/tab-separated-values': {} },
        },
        ...errors(400),
      },
    },
  },
  '/api/clusters': {
    get: {
      summary: 'Story clusters (reports of one event across outlets), most recent first',
      parameters: [
        query('outlet', 'clusters this outlet reported'),
        ...DATES,
        query('min-size', 'at least this many reports (default 2)', { type: 'integer', minimum: 1 }),
        ...PAGE,
      ],
      responses: { 200: json(ref('ClusterList'), 'one page of clusters'), ...errors(400, 501) },
    },
  },
  '/api/clusters/{id}': {
    get: {
      summary: 'One story: each report side by side — its events, speakers, frames and sourcing',
      parameters: [path('id', 'the cluster id (the id of its first document)')],
      responses: { 200: json(ref('ClusterDetail'), 'the cluster'), ...errors(404, 501) },
    },
  },
  '/api/documents/{id}': {
    get: {
      summary: 'One stored document: its full Analysis, with `stored` (cluster, duplicate, wire) beside it',
      parameters: [path('id', 'the document id')],
      responses: { 200: json(ref('Analysis'), 'the Analysis record (isnad.analysis/1)'), ...errors(404) },
    },
  },
  '/api/documents': {
    post: {
      summary: 'Ingest documents (needs the bearer token): analysed, de-duplicated, clustered and stored',
      security: [{ bearer: [] }],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              oneOf: [
                ref('DocumentInput'),
                {
                  type: 'object',
                  required: ['documents'],
                  properties: { documents: { type: 'array', maxItems: 100, items: ref('DocumentInput') } },
                },
              ],
            },
          },
        },
      },
      responses: {
        200: json(ref('IngestResult'), 'nothing new stored (duplicates, failures)'),
        201: json(ref('IngestResult'), 'documents stored'),
        ...errors(400, 401, 403, 413),
      },
    },
  },
  '/api/analyze': {
    post: {
      summary: 'Analyse pasted text or HTML without storing it (size and time limits)',
      requestBody: { required: true, content: { 'application/json': { schema: ref('DocumentInput') } } },
      responses: { 200: json(ref('Analysis'), 'the Analysis record'), ...errors(400, 413, 503) },
    },
  },
  '/openapi.json': {
    get: { summary: 'This description', responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1') } },
  },
}

const object = (description: string, properties: Record<string, Schema> = {}): Schema => ({
  type: 'object',
  description,
  properties,
})
const integer = { type: 'integer' }
const text = { type: ['string', 'null'] }

const SCHEMAS: Record<string, Schema> = {
  StoredEvent: object(
    'an event with its document: type, participants, place, date, attribution, trigger and evidence sentence',
    {
      documentId: { type: 'string' },
      id: { type: 'string' },
      type: { type: 'string' },
      summary: { type: 'string' },
      outlet: text,
      published: text,
      actors: { type: 'array' },
      recipients: { type: 'array' },
      mediators: { type: 'array' },
      place: { type: ['object', 'null'] },
      attribution: { type: ['object', 'null'] },
      trigger: { type: 'object' },
      evidence: { type: 'object' },
    },
  ),
  EventResult: object('a page of events', {
    total: integer,
    events: { type: 'array', items: ref('StoredEvent') },
    limit: integer,
    offset: integer,
  }),
  DayCount: object('events of one type on one day', {
    day: { type: 'string', format: 'date' },
    type: { type: 'string' },
    count: integer,
  }),
  ActorCount: object('an actor and its events by role', {
    code: { type: 'string' },
    name: text,
    actor: integer,
    recipient: integer,
    mediator: integer,
    total: integer,
  }),
  NetworkEdge: object('events from one actor to another, by type', {
    source: { type: 'string' },
    target: { type: 'string' },
    total: integer,
    types: { type: 'object', additionalProperties: integer },
  }),
  OutletSourcing: object('whom an outlet rests on', {
    outlet: text,
    documents: integer,
    named: integer,
    anonymous: integer,
    officialBodies: integer,
    outlets: integer,
    documentSources: integer,
    attributions: integer,
    singleSourceShare: { type: 'number' },
    unsourcedShare: { type: 'number' },
  }),
  OutletFraming: object('how an outlet frames a target actor', {
    outlet: text,
    target: { type: 'string' },
    total: integer,
    kinds: { type: 'object' },
    leans: { type: 'object' },
    documents: integer,
  }),
  ClusterSummary: object('a story cluster', {
    id: { type: 'string' },
    size: integer,
    outlets: { type: 'array', items: { type: 'string' } },
    firstPublished: text,
    lastPublished: text,
    signature: text,
    title: text,
  }),
  ClusterList: object('a page of clusters', {
    total: integer,
    clusters: { type: 'array', items: ref('ClusterSummary') },
    limit: integer,
    offset: integer,
  }),
  ClusterDetail: object('a cluster with its reports side by side (events, speakers, frames, sourcing)', {
    id: { type: 'string' },
    documents: { type: 'array', items: { type: 'object' } },
  }),
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: {
            type: 'string',
            enum: [
              'bad-request',
              'unauthorized',
              'forbidden',
              'not-found',
              'payload-too-large',
              'timeout',
              'internal',
            ],
          },
          message: { type: 'string' },
        },
      },
    },
  },
  Stats: {
    type: 'object',
    additionalProperties: { type: 'integer' },
    properties: Object.fromEntries(
      [
        'documents',
        'events',
        'entities',
        'attributions',
        'frames',
        'times',
        'clusters',
        'duplicates',
        'outlets',
      ].map((name) => [name, { type: 'integer' }]),
    ),
  },
  SearchHit: {
    type: 'object',
    required: ['id', 'title', 'outlet', 'published', 'url'],
    properties: {
      id: { type: 'string' },
      title: { type: ['string', 'null'] },
      outlet: { type: ['string', 'null'] },
      published: { type: ['string', 'null'], format: 'date' },
      url: { type: ['string', 'null'] },
    },
  },
  SearchResult: {
    type: 'object',
    required: ['total', 'hits'],
    properties: {
      total: { type: 'integer' },
      hits: { type: 'array', items: ref('SearchHit') },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
      facets: { type: 'object', description: 'counts by outlet, event type, actor and day over all matches' },
    },
  },
  DocumentInput: {
    type: 'object',
    description: 'an article as "text", or a web page as "html" (its article is extracted first)',
    properties: {
      id: { type: 'string' },
      text: { type: 'string' },
      html: { type: 'string' },
      title: { type: 'string' },
      published: { type: 'string', format: 'date' },
      outlet: { type: 'string' },
      url: { type: 'string' },
    },
  },
  IngestResult: {
    type: 'object',
    properties: {
      read: { type: 'integer' },
      stored: { type: 'integer' },
      duplicates: { type: 'integer' },
      near: { type: 'integer' },
      failed: { type: 'integer' },
      failures: {
        type: 'array',
        items: { type: 'object', properties: { where: { type: 'string' }, message: { type: 'string' } } },
      },
    },
  },
  Analysis: {
    type: 'object',
    description: 'the Analysis record, schema isnad.analysis/1 (see CONTRACT.md §2)',
    required: ['schema', 'doc', 'sentences', 'entities', 'events', 'attributions', 'frames', 'times'],
    properties: {
      schema: { const: 'isnad.analysis/1' },
      doc: { type: 'object' },
      entities: { type: 'array', items: { type: 'object' } },
      events: { type: 'array', items: { type: 'object' } },
      attributions: { type: 'array', items: { type: 'object' } },
      frames: { type: 'array', items: { type: 'object' } },
      times: { type: 'array', items: { type: 'object' } },
      sourcing: { type: 'object' },
      framing: { type: 'array', items: { type: 'object' } },
    },
  },
}

/** The OpenAPI document. */
export const openApiDocument = () => ({
  openapi: '3.1.0',
  info: {
    title: 'isnad',
    version: '0.1.0',
    description:
      'Arabic news as evidence-linked data: search, documents with their full Analysis, events, aggregations and story clusters. Errors are {"error": {"code", "message"}}.',
  },
  paths: PATHS,
  components: {
    schemas: SCHEMAS,
    responses: Object.fromEntries(
      Object.entries(ERROR_STATUSES).map(([status, description]) => [
        `Error${status}`,
        json(ref('Error'), description),
      ]),
    ),
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
  },
})
