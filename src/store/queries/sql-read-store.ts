/**
 * The Store's read methods, once for every SQL store: each hands them to the `ReadQueries` it builds
 * over its own connection, so SQLite and PostgreSQL answer every query with the same SQL.
 */
import type { AggregateOptions, ClusterQuery, DocumentFilter, EventQuery, SearchQuery } from '../store.js'
import type { ReadQueries } from './read-queries.js'

export abstract class SqlReadStore {
  /** Set by the store's constructor, once its connection exists. */
  protected abstract readonly queries: ReadQueries

  search(query: SearchQuery) {
    return this.queries.search(query)
  }

  events(query: EventQuery) {
    return this.queries.events(query)
  }

  eventsPerDay(query: EventQuery) {
    return this.queries.eventsPerDay(query)
  }

  topActors(query: EventQuery, options?: AggregateOptions) {
    return this.queries.topActors(query, options)
  }

  actorNetwork(query: EventQuery, options?: AggregateOptions) {
    return this.queries.actorNetwork(query, options)
  }

  sourcingByOutlet(filter: DocumentFilter) {
    return this.queries.sourcingByOutlet(filter)
  }

  framingByOutlet(filter: DocumentFilter, options?: AggregateOptions) {
    return this.queries.framingByOutlet(filter, options)
  }

  clusters(query: ClusterQuery) {
    return this.queries.clusters(query)
  }

  getCluster(id: string) {
    return this.queries.getCluster(id)
  }

  iterateAnalyses(filter: DocumentFilter) {
    return this.queries.iterateAnalyses(filter)
  }

  iterateEvents(query: EventQuery) {
    return this.queries.iterateEvents(query)
  }
}
