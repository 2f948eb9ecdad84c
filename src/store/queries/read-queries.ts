/**
 * The Store's read queries (search, events, aggregations, clusters, iterators), written once for every
 * SQL database: a store hands over how to run SQL (`SqlRunner`) and its few dialect differences
 * (`SqlDialect`). Filtering, counting and paging happen in SQL; events and cluster documents are then
 * read from the stored Analysis of the few documents on the page, so every view says what the article
 * page says.
 */
import type { Analysis } from '../../pipeline/analysis.js'
import { FRAME_KINDS, FRAME_LEANS, type FrameKind, type FrameLean } from '../../vocabulary/frame-kinds.js'
import type { PloverType } from '../../vocabulary/plover.js'
import { queryTerms } from '../search-terms.js'
import { snippet } from '../snippet.js'
import type {
  ActorCount,
  AggregateOptions,
  ClusterDetail,
  ClusterDocument,
  ClusterList,
  ClusterQuery,
  ClusterSummary,
  DayCount,
  DocumentFilter,
  EventQuery,
  EventResult,
  FacetCount,
  NetworkEdge,
  OutletFraming,
  OutletSourcing,
  SearchFacets,
  SearchHit,
  SearchQuery,
  SearchResult,
  StoredEvent,
} from '../store.js'
import { type Condition, documentConditions, eventConditions, whereClause } from './filter-conditions.js'
import type { Row, SqlDialect, SqlRunner } from './sql-dialect.js'
import { eventMatches, storedEvent } from './stored-event.js'

const MAX_LIMIT = 1000
/** Documents read per batch by the iterators. */
const BATCH = 100
/** A cluster page shows at most this many of its documents. */
const MAX_CLUSTER_DOCUMENTS = 200
const FACET_LIMIT = 50
const HIT_COLUMNS = 'd.id, d.title, d.outlet, d.published, d.url, d.cluster_id, d.text'
const NEWEST = 'd.published DESC NULLS LAST, d.id'
const EVENTS_FROM = 'events e JOIN documents d ON d.id = e.document_id'

const pageSize = (limit: number | undefined, fallback: number, most = MAX_LIMIT): number =>
  Math.min(Math.max(1, Math.floor(limit ?? fallback)), most)
const pageStart = (offset: number | undefined): number => Math.max(0, Math.floor(offset ?? 0))
const share = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000
const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value))

/** Code-unit order, the same whatever the database's collation (nulls last). */
const byText = (left: string | null, right: string | null): number =>
  left === right ? 0 : left === null ? 1 : right === null ? -1 : left < right ? -1 : 1

/** The event key `document|event`, for counting distinct events. */
const EVENT_KEY = (alias: string) => `${alias}.document_id || '|' || ${alias}.event_id`

const FRAME_KIND_LIST = Object.keys(FRAME_KINDS) as FrameKind[]
const FRAME_LEAN_LIST = Object.keys(FRAME_LEANS) as FrameLean[]

export class ReadQueries {
  private readonly run: SqlRunner
  private readonly dialect: SqlDialect

  constructor(run: SqlRunner, dialect: SqlDialect) {
    this.run = run
    this.dialect = dialect
  }

  private async count(sql: string, parameters: readonly unknown[]): Promise<number> {
    const [row] = await this.run.all(sql, parameters)
    return Number(row?.n ?? 0)
  }

  /** The stored Analyses of these documents, by id. */
  private async analyses(ids: readonly string[]): Promise<Map<string, Analysis>> {
    const found = new Map<string, Analysis>()
    if (ids.length === 0) return found
    const rows = await this.run.all(
      `SELECT document_id, json FROM analyses WHERE document_id IN (${ids.map(() => '?').join(', ')})`,
      ids,
    )
    for (const row of rows) found.set(row.document_id as string, JSON.parse(row.json as string) as Analysis)
    return found
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const terms = queryTerms(query.text)
    const conditions = documentConditions(query, this.dialect, false)
    const ranked = terms.length > 0
    const match = ranked ? this.dialect.matchValue(terms) : ''
    if (ranked) conditions.unshift({ sql: this.dialect.rankedCondition, parameters: [match] })
    const from = ranked ? this.dialect.rankedFrom : 'documents d'
    const where = whereClause(conditions)
    const byRank = ranked && (query.sort ?? 'relevance') === 'relevance'
    const order = byRank ? `${this.dialect.rankOrder.sql}, ${NEWEST}` : NEWEST
    const orderParameters = byRank && this.dialect.rankOrder.placeholders > 0 ? [match] : []
    const limit = pageSize(query.limit, 20)
    const offset = pageStart(query.offset)
    // The words alone: count and rank inside the full-text index, then read the page's documents.
    const wordsOnly = ranked && conditions.length === 1
    const total = wordsOnly
      ? await this.count(this.dialect.textCount, [match])
      : await this.count(`SELECT count(*) AS n FROM ${from} ${where.sql}`, where.parameters)
    const top = wordsOnly && byRank ? this.dialect.topRanked(HIT_COLUMNS, match, limit, offset) : null
    const rows = top
      ? await this.run.all(top.sql, top.parameters)
      : await this.run.all(
          `SELECT ${HIT_COLUMNS} FROM ${from} ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
          [...where.parameters, ...orderParameters, limit, offset],
        )
    const hits = rows.map(
      (row): SearchHit => ({
        id: row.id as string,
        title: text(row.title),
        outlet: text(row.outlet),
        published: text(row.published),
        url: text(row.url),
        clusterId: text(row.cluster_id),
        snippet: snippet(row.text as string, terms),
      }),
    )
    if (!query.facets) return { total, hits }
    return {
      total,
      hits,
      facets: await this.facets(
        `SELECT d.id, d.outlet, d.published FROM ${from} ${where.sql}`,
        where.parameters,
      ),
    }
  }

  /** Facet counts over the documents `hitsSql` selects (columns id, outlet, published). */
  private async facets(hitsSql: string, parameters: readonly unknown[]): Promise<SearchFacets> {
    const rows = await this.run.all(
      `WITH hits AS (${hitsSql})
       SELECT * FROM (SELECT 'outlets' AS facet, outlet AS value, NULL AS label, count(*) AS n FROM hits
         WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, value LIMIT ${FACET_LIMIT}) o
       UNION ALL
       SELECT * FROM (SELECT 'types' AS facet, x.type AS value, NULL AS label, count(DISTINCT x.document_id) AS n
         FROM hits h JOIN events x ON x.document_id = h.id GROUP BY x.type) t
       UNION ALL
       SELECT * FROM (SELECT 'actors' AS facet, a.code AS value, max(a.name) AS label, count(DISTINCT a.document_id) AS n
         FROM hits h JOIN event_actors a ON a.document_id = h.id WHERE a.code IS NOT NULL
         GROUP BY a.code ORDER BY n DESC, value LIMIT ${FACET_LIMIT}) a
       UNION ALL
       SELECT * FROM (SELECT 'days' AS facet, published AS value, NULL AS label, count(*) AS n FROM hits
         WHERE published IS NOT NULL GROUP BY published) p`,
      parameters,
    )
    const facets: Record<keyof SearchFacets, FacetCount[]> = { outlets: [], types: [], actors: [], days: [] }
    for (const row of rows) {
      facets[row.facet as keyof SearchFacets].push({
        value: String(row.value),
        count: Number(row.n),
        label: text(row.label),
      })
    }
    const byCount = (left: FacetCount, right: FacetCount) =>
      right.count - left.count || (left.value < right.value ? -1 : left.value > right.value ? 1 : 0)
    facets.outlets.sort(byCount)
    facets.types.sort(byCount)
    facets.actors.sort(byCount)
    facets.days.sort((left, right) => (left.value < right.value ? -1 : 1))
    return facets
  }

  async events(query: EventQuery): Promise<EventResult> {
    const where = whereClause(eventConditions(query, this.dialect))
    const total = await this.count(`SELECT count(*) AS n FROM ${EVENTS_FROM} ${where.sql}`, where.parameters)
    const rows = await this.run.all(
      `SELECT e.document_id, e.event_id, d.cluster_id FROM ${EVENTS_FROM} ${where.sql}
       ORDER BY ${NEWEST}, e.trigger_start, e.event_id LIMIT ? OFFSET ?`,
      [...where.parameters, pageSize(query.limit, 50), pageStart(query.offset)],
    )
    const analyses = await this.analyses([...new Set(rows.map((row) => row.document_id as string))])
    const events: StoredEvent[] = []
    for (const row of rows) {
      const analysis = analyses.get(row.document_id as string)
      const event = analysis?.events.find((candidate) => candidate.id === row.event_id)
      if (analysis && event) events.push(storedEvent(analysis, event, text(row.cluster_id)))
    }
    return { total, events }
  }

  async eventsPerDay(query: EventQuery): Promise<readonly DayCount[]> {
    const where = whereClause([
      ...eventConditions(query, this.dialect),
      { sql: 'd.published IS NOT NULL', parameters: [] },
    ])
    const rows = await this.run.all(
      `SELECT d.published AS day, e.type AS type, count(*) AS n FROM ${EVENTS_FROM} ${where.sql}
       GROUP BY d.published, e.type ORDER BY d.published, e.type`,
      where.parameters,
    )
    return rows.map((row) => ({ day: row.day as string, type: row.type as PloverType, count: Number(row.n) }))
  }

  async topActors(query: EventQuery, options: AggregateOptions = {}): Promise<readonly ActorCount[]> {
    const where = whereClause([
      ...eventConditions(query, this.dialect),
      { sql: 'p.code IS NOT NULL', parameters: [] },
    ])
    const inRole = (role: string) => `count(DISTINCT CASE WHEN p.role = '${role}' THEN ${EVENT_KEY('p')} END)`
    const rows = await this.run.all(
      `SELECT p.code AS code, max(p.name) AS name, ${inRole('actor')} AS actor, ${inRole('recipient')} AS recipient,
         ${inRole('mediator')} AS mediator, count(DISTINCT ${EVENT_KEY('p')}) AS total
       FROM event_actors p JOIN events e ON e.document_id = p.document_id AND e.event_id = p.event_id
         JOIN documents d ON d.id = e.document_id
       ${where.sql} GROUP BY p.code ORDER BY total DESC, code LIMIT ?`,
      [...where.parameters, pageSize(options.limit, 50, 10_000)],
    )
    return rows.map((row) => ({
      code: row.code as string,
      name: text(row.name),
      actor: Number(row.actor),
      recipient: Number(row.recipient),
      mediator: Number(row.mediator),
      total: Number(row.total),
    }))
  }

  async actorNetwork(query: EventQuery, options: AggregateOptions = {}): Promise<readonly NetworkEdge[]> {
    const where = whereClause([
      ...eventConditions(query, this.dialect),
      { sql: 's.code IS NOT NULL AND t.code IS NOT NULL AND s.code <> t.code', parameters: [] },
    ])
    const rows = await this.run.all(
      `SELECT s.code AS source, t.code AS target, e.type AS type, count(DISTINCT ${EVENT_KEY('e')}) AS n
       FROM ${EVENTS_FROM}
         JOIN event_actors s ON s.document_id = e.document_id AND s.event_id = e.event_id AND s.role = 'actor'
         JOIN event_actors t ON t.document_id = e.document_id AND t.event_id = e.event_id AND t.role = 'recipient'
       ${where.sql} GROUP BY s.code, t.code, e.type`,
      where.parameters,
    )
    const edges = new Map<
      string,
      { source: string; target: string; total: number; types: Record<string, number> }
    >()
    for (const row of rows) {
      const key = `${row.source}>${row.target}`
      let edge = edges.get(key)
      if (edge === undefined) {
        edge = { source: row.source as string, target: row.target as string, total: 0, types: {} }
        edges.set(key, edge)
      }
      edge.total += Number(row.n)
      edge.types[row.type as string] = Number(row.n)
    }
    return [...edges.values()]
      .sort(
        (left, right) =>
          right.total - left.total || byText(left.source, right.source) || byText(left.target, right.target),
      )
      .slice(0, pageSize(options.limit, 50, 10_000))
  }

  async sourcingByOutlet(filter: DocumentFilter): Promise<readonly OutletSourcing[]> {
    const where = whereClause(documentConditions(filter, this.dialect))
    const rows = await this.run.all(
      `SELECT d.outlet AS outlet, count(*) AS documents, sum(s.named) AS named, sum(s.anonymous) AS anonymous,
         sum(s.official_bodies) AS official, sum(s.outlets) AS outlets, sum(s.documents) AS papers,
         sum(s.attributions) AS attributions, sum(CASE WHEN s.attributions > 0 THEN 1 ELSE 0 END) AS sourced,
         sum(CASE WHEN s.attributions > 0 THEN s.single_source ELSE 0 END) AS single
       FROM documents d JOIN document_sourcing s ON s.document_id = d.id ${where.sql}
       GROUP BY d.outlet ORDER BY documents DESC, outlet`,
      where.parameters,
    )
    const profiles = rows.map((row): OutletSourcing => {
      const documents = Number(row.documents)
      const sourced = Number(row.sourced)
      return {
        outlet: text(row.outlet),
        documents,
        named: Number(row.named),
        anonymous: Number(row.anonymous),
        officialBodies: Number(row.official),
        outlets: Number(row.outlets),
        documentSources: Number(row.papers),
        attributions: Number(row.attributions),
        singleSourceShare: share(Number(row.single), sourced),
        unsourcedShare: share(documents - sourced, documents),
      }
    })
    return profiles.sort(
      (left, right) => right.documents - left.documents || byText(left.outlet, right.outlet),
    )
  }

  async framingByOutlet(
    filter: DocumentFilter,
    options: AggregateOptions = {},
  ): Promise<readonly OutletFraming[]> {
    const where = whereClause([
      ...documentConditions(filter, this.dialect),
      { sql: 'f.target IS NOT NULL', parameters: [] },
    ])
    // The kinds and leans are the vocabulary's own keys, not user input.
    const kinds = FRAME_KIND_LIST.map(
      (kind, index) => `sum(CASE WHEN f.kind = '${kind}' THEN 1 ELSE 0 END) AS kind_${index}`,
    )
    const leans = FRAME_LEAN_LIST.map(
      (lean, index) => `sum(CASE WHEN f.lean = '${lean}' THEN 1 ELSE 0 END) AS lean_${index}`,
    )
    const rows = await this.run.all(
      `SELECT d.outlet AS outlet, f.target AS target, count(*) AS total, count(DISTINCT f.document_id) AS documents,
         ${[...kinds, ...leans].join(', ')}
       FROM frames f JOIN documents d ON d.id = f.document_id ${where.sql}
       GROUP BY d.outlet, f.target ORDER BY total DESC, outlet, target LIMIT ?`,
      [...where.parameters, pageSize(options.limit, 10_000, 10_000)],
    )
    const framing = rows.map(
      (row): OutletFraming => ({
        outlet: text(row.outlet),
        target: row.target as string,
        total: Number(row.total),
        documents: Number(row.documents),
        kinds: Object.fromEntries(
          FRAME_KIND_LIST.map((kind, index) => [kind, Number(row[`kind_${index}`])]),
        ) as Record<FrameKind, number>,
        leans: Object.fromEntries(
          FRAME_LEAN_LIST.map((lean, index) => [lean, Number(row[`lean_${index}`])]),
        ) as Record<FrameLean, number>,
      }),
    )
    return framing.sort(
      (left, right) =>
        right.total - left.total || byText(left.outlet, right.outlet) || byText(left.target, right.target),
    )
  }

  private clusterConditions(query: ClusterQuery): Condition[] {
    const conditions: Condition[] = [{ sql: 'c.size >= ?', parameters: [Math.max(1, query.minSize ?? 2)] }]
    if (query.since) conditions.push({ sql: 'c.last_published >= ?', parameters: [query.since] })
    if (query.until) conditions.push({ sql: 'c.first_published <= ?', parameters: [query.until] })
    if (query.outlet) {
      conditions.push({
        sql: 'EXISTS (SELECT 1 FROM documents d WHERE d.cluster_id = c.id AND d.outlet = ?)',
        parameters: [query.outlet],
      })
    }
    return conditions
  }

  private async clusterSummaries(rows: readonly Row[]): Promise<ClusterSummary[]> {
    const ids = rows.map((row) => row.id as string)
    const outlets = new Map<string, string[]>(ids.map((id) => [id, []]))
    if (ids.length > 0) {
      const found = await this.run.all(
        `SELECT DISTINCT cluster_id, outlet FROM documents
         WHERE outlet IS NOT NULL AND cluster_id IN (${ids.map(() => '?').join(', ')})`,
        ids,
      )
      for (const row of found) outlets.get(row.cluster_id as string)?.push(row.outlet as string)
    }
    return rows.map((row) => ({
      id: row.id as string,
      size: Number(row.size),
      outlets: (outlets.get(row.id as string) ?? []).sort(),
      firstPublished: text(row.first_published),
      lastPublished: text(row.last_published),
      signature: text(row.signature),
      title: text(row.title),
    }))
  }

  private static readonly CLUSTER_COLUMNS =
    'c.id, c.size, c.first_published, c.last_published, c.signature, (SELECT title FROM documents WHERE id = c.id) AS title'

  async clusters(query: ClusterQuery): Promise<ClusterList> {
    const where = whereClause(this.clusterConditions(query))
    const total = await this.count(`SELECT count(*) AS n FROM clusters c ${where.sql}`, where.parameters)
    const rows = await this.run.all(
      `SELECT ${ReadQueries.CLUSTER_COLUMNS} FROM clusters c ${where.sql}
       ORDER BY c.last_published DESC NULLS LAST, c.id LIMIT ? OFFSET ?`,
      [...where.parameters, pageSize(query.limit, 50), pageStart(query.offset)],
    )
    return { total, clusters: await this.clusterSummaries(rows) }
  }

  async getCluster(id: string): Promise<ClusterDetail | null> {
    const rows = await this.run.all(`SELECT ${ReadQueries.CLUSTER_COLUMNS} FROM clusters c WHERE c.id = ?`, [
      id,
    ])
    const [summary] = await this.clusterSummaries(rows)
    if (summary === undefined) return null
    const members = await this.run.all(
      `SELECT d.id, a.json FROM documents d JOIN analyses a ON a.document_id = d.id WHERE d.cluster_id = ?
       ORDER BY d.published, d.id LIMIT ?`,
      [id, MAX_CLUSTER_DOCUMENTS],
    )
    const mainType = summary.signature?.split('|')[0] ?? null
    const documents = members.map((row): ClusterDocument => {
      const analysis = JSON.parse(row.json as string) as Analysis
      const main = [...analysis.events].sort(
        (left, right) => Number(right.type === mainType) - Number(left.type === mainType),
      )
      const speakers = new Map<string, ClusterDocument['speakers'][number]>()
      for (const { speaker } of analysis.attributions) {
        const key = `${speaker.kind}|${speaker.text}`
        if (!speakers.has(key))
          speakers.set(key, { text: speaker.text, kind: speaker.kind, code: speaker.code })
      }
      return {
        id: analysis.doc.id,
        outlet: analysis.doc.outlet,
        title: analysis.doc.title,
        published: analysis.doc.published,
        url: analysis.doc.url,
        events: main.slice(0, 5).map((event) => storedEvent(analysis, event, id)),
        speakers: [...speakers.values()],
        frames: analysis.frames.map((frame) => ({
          text: frame.text,
          kind: frame.kind,
          target: frame.target,
        })),
        sourcing: analysis.sourcing,
      }
    })
    return { ...summary, documents }
  }

  /** Documents matching `conditions`, oldest first then by id, in batches: their Analysis and cluster. */
  private async *documents(
    conditions: readonly Condition[],
  ): AsyncIterable<{ analysis: Analysis; clusterId: string | null }> {
    let after: { day: string; id: string } | null = null
    for (;;) {
      const keyset: Condition[] =
        after === null
          ? []
          : [
              {
                sql: "(coalesce(d.published, '') > ? OR (coalesce(d.published, '') = ? AND d.id > ?))",
                parameters: [after.day, after.day, after.id],
              },
            ]
      const where = whereClause([...conditions, ...keyset])
      const rows = await this.run.all(
        `SELECT d.id, coalesce(d.published, '') AS day, d.cluster_id, a.json
         FROM documents d JOIN analyses a ON a.document_id = d.id ${where.sql}
         ORDER BY coalesce(d.published, ''), d.id LIMIT ?`,
        [...where.parameters, BATCH],
      )
      for (const row of rows) {
        yield { analysis: JSON.parse(row.json as string) as Analysis, clusterId: text(row.cluster_id) }
      }
      const last = rows.at(-1)
      if (last === undefined || rows.length < BATCH) return
      after = { day: last.day as string, id: last.id as string }
    }
  }

  async *iterateAnalyses(filter: DocumentFilter): AsyncIterable<Analysis> {
    for await (const { analysis } of this.documents(documentConditions(filter, this.dialect))) yield analysis
  }

  async *iterateEvents(query: EventQuery): AsyncIterable<StoredEvent> {
    const inner = whereClause(eventConditions(query, this.dialect))
    const hasEvent: Condition = {
      sql: `EXISTS (SELECT 1 FROM events e ${inner.sql ? `${inner.sql} AND` : 'WHERE'} e.document_id = d.id)`,
      parameters: inner.parameters,
    }
    for await (const { analysis, clusterId } of this.documents([hasEvent])) {
      for (const event of analysis.events) {
        if (eventMatches(event, query)) yield storedEvent(analysis, event, clusterId)
      }
    }
  }
}
