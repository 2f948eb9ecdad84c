/**
 * The Store: where analyses are kept, searched and counted. One interface, one implementation per
 * database (`sqlite/`, `postgres/`), and one contract test suite (test/store/store-contract.ts) that
 * every implementation passes. Methods are async so a networked database fits the same shape.
 */
import type { Analysis, Span, TextSpan } from '../pipeline/analysis.js'
import type { SpeakerKind } from '../vocabulary/attribution-kinds.js'
import type { FrameKind, FrameLean } from '../vocabulary/frame-kinds.js'
import type { Modality } from '../vocabulary/modalities.js'
import type { PloverMode, PloverType } from '../vocabulary/plover.js'
import type { StorableAnalysis } from './storable-analysis.js'

/** How a document duplicates one already stored. */
export const DUPLICATE_KINDS = {
  id: 'the same document id',
  url: 'the same address once tracking parameters are dropped',
  hash: 'the same text once folded',
  near: 'nearly the same text (MinHash similarity of word pairs)',
  wire: 'the same agency story republished by another outlet',
} as const

export type DuplicateKind = keyof typeof DUPLICATE_KINDS

/** The keys a document is recognised by when it comes again. */
export interface DocumentKeys {
  /** The normalised address (no scheme, `www.`, fragment or tracking parameters), or null. */
  readonly urlKey: string | null
  /** A hash of the folded words of the text. */
  readonly textHash: string
  /** MinHash signature of the folded word pairs (see src/ingest/fingerprint.ts), as hex. */
  readonly fingerprint: string
  /** The news agency the text credits (`reuters`, `sana`…), or null. */
  readonly wire: string | null
}

export interface DuplicateLink {
  readonly of: string
  readonly kind: DuplicateKind
  /** 0..1; 1 for exact duplicates. */
  readonly similarity: number
}

/** One document to store: its Analysis and what ingest learnt around it. */
export interface DocumentRecord {
  /** The Analysis, or its storable form when made already (on the worker thread that analysed it). */
  readonly analysis: Analysis | StorableAnalysis
  readonly keys: DocumentKeys
  readonly author?: string | null
  readonly language?: string | null
  /** Where it was read from: `file.jsonl:12`. */
  readonly source?: string | null
  /** The main event's signature (type, actor countries, place) that story clusters are found by. */
  readonly signature?: string | null
  /** The story cluster it joins (a cluster id is the id of its first document). */
  readonly clusterId?: string | null
  /** A near duplicate is stored, linked to the document it repeats. */
  readonly duplicateOf?: DuplicateLink | null
  /** Its full-text index terms (`documentTerms`), when computed already (on a worker thread). */
  readonly terms?: string
}

/** A document seen again and not stored. */
export interface SkippedDuplicate {
  readonly id: string
  readonly source: string | null
  readonly link: DuplicateLink
}

export interface StoredDocument {
  readonly id: string
  readonly title: string | null
  readonly outlet: string | null
  readonly url: string | null
  readonly published: string | null
  readonly clusterId: string | null
  readonly duplicateOf: string | null
  readonly wire: string | null
}

/** A document found by `findSimilar`, with the facts needed to judge it a duplicate or cluster mate. */
export interface SimilarDocument {
  readonly id: string
  readonly outlet: string | null
  readonly published: string | null
  readonly fingerprint: string
  readonly wire: string | null
  readonly clusterId: string | null
}

/**
 * Which documents a query looks at. Every field is optional and they combine with AND; `null` or an
 * empty string means "no filter". The same filter drives search, the event queries, the aggregations
 * and the exports, so a CLI flag or an HTTP parameter means one thing everywhere.
 */
export interface DocumentFilter {
  /** Words to find (all of them); clitic-attached forms match (الرئيس finds والرئيس، للرئيس). */
  readonly text?: string | null
  readonly outlet?: string | null
  /** Publication date `YYYY-MM-DD`, inclusive. Undated documents are left out once either is set. */
  readonly since?: string | null
  readonly until?: string | null
  /** Documents with an event having this participant code (as actor, recipient or mediator). */
  readonly actor?: string | null
  /** Documents with an event of this PLOVER type. */
  readonly type?: PloverType | string | null
  /** Documents with an event of this modality (asserted, reported, future, hypothetical, historical). */
  readonly modality?: Modality | string | null
  /** Documents of this story cluster (a cluster id is the id of its first document). */
  readonly cluster?: string | null
  /**
   * Documents mentioning this entity: an entity whose actor code, Latin name or text equals it
   * (`SYRGOV`, `Paris`, `باريس`; the Latin name case-insensitively).
   */
  readonly entity?: string | null
  /** One document by id (handy for its events). */
  readonly document?: string | null
}

/** How search hits are ordered: best match first (then newest), or newest first. */
export const SEARCH_SORTS = {
  relevance: 'best match first, newest first among equals (newest when there are no words)',
  newest: 'most recently published first, undated last',
} as const

export type SearchSort = keyof typeof SEARCH_SORTS

export interface SearchQuery extends DocumentFilter {
  /** Words to find; an empty string lists the filtered documents. */
  readonly text: string
  /** 1..1000, default 20. */
  readonly limit?: number
  readonly offset?: number
  readonly sort?: SearchSort
  /** Count the hits by outlet, event type, actor and day (`SearchResult.facets`); off by default. */
  readonly facets?: boolean
}

/**
 * A short passage around the first place the query words occur (the start of the text when there are
 * no words or none is found). Offsets, not HTML: the reader escapes and marks it up.
 */
export interface Snippet {
  /** The passage, `doc.text.slice(start, end)`, whole words, at most ~200 characters. */
  readonly text: string
  /** Where the passage is in `doc.text` (UTF-16 offsets, as every span in the Analysis). */
  readonly start: number
  readonly end: number
  /** The words that matched, as ranges of `doc.text` (not of the passage), in order. */
  readonly highlights: readonly Span[]
}

export interface SearchHit {
  readonly id: string
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly url: string | null
  readonly clusterId: string | null
  readonly snippet: Snippet
}

/** One value of a facet and how many hits have it. */
export interface FacetCount {
  /** The outlet, the PLOVER type, the actor code or the day `YYYY-MM-DD`. */
  readonly value: string
  readonly count: number
  /** A readable name when there is one (an actor's English name), else null. */
  readonly label: string | null
}

/** Hit counts over all the hits (not only the page), most frequent first (days: in date order). */
export interface SearchFacets {
  readonly outlets: readonly FacetCount[]
  /** Documents with at least one event of each type. */
  readonly types: readonly FacetCount[]
  /** Documents with the actor code among an event's participants; the 50 most frequent. */
  readonly actors: readonly FacetCount[]
  /** Documents per publication day, oldest first; undated documents are not counted. */
  readonly days: readonly FacetCount[]
}

export interface SearchResult {
  /** All the documents that match, however many are on this page. */
  readonly total: number
  readonly hits: readonly SearchHit[]
  /** Present when the query asked for `facets: true`. */
  readonly facets?: SearchFacets
}

/** The participant roles of an event. */
export type ParticipantRole = 'actor' | 'recipient' | 'mediator'

/**
 * Which events. Document-level fields (`text`, `outlet`, `since`, `until`, `cluster`, `entity`,
 * `document`) select the documents; the rest apply to each event itself: `type`, `modality` and
 * `actor` here mean the event's own type, modality and participants.
 */
export interface EventQuery extends DocumentFilter {
  /** With `actor`: the role the actor must have in the event; any role when absent. */
  readonly role?: ParticipantRole | null
  readonly mode?: PloverMode | string | null
  /** true: only negated events (a meeting that did not take place); false: only the others. */
  readonly negated?: boolean | null
  /** 1..1000, default 50. */
  readonly limit?: number
  readonly offset?: number
}

export interface EventParticipantRef {
  readonly code: string | null
  readonly text: string
  /** The actor's English name when known. */
  readonly name: string | null
}

/** An event as the event table, the exports and the API show it: the event with its document. */
export interface StoredEvent {
  readonly documentId: string
  readonly title: string | null
  readonly outlet: string | null
  /** The document's publication date. */
  readonly published: string | null
  readonly url: string | null
  readonly clusterId: string | null
  /** The event's id within its document (`v1`). */
  readonly id: string
  readonly type: PloverType
  readonly mode: PloverMode | null
  readonly cameo: string | null
  readonly summary: string
  readonly actors: readonly EventParticipantRef[]
  readonly recipients: readonly EventParticipantRef[]
  readonly mediators: readonly EventParticipantRef[]
  readonly place: {
    readonly text: string
    readonly name: string | null
    readonly country: string | null
  } | null
  /** When the event happened as the text says it (`value` ISO at its precision, or null). */
  readonly date: { readonly text: string; readonly value: string | null } | null
  readonly modality: Modality
  readonly negated: boolean
  /** Whose word the event rests on, or null when the outlet says it in its own voice. */
  readonly attribution: {
    readonly id: string
    readonly speaker: string
    readonly kind: SpeakerKind
    readonly code: string | null
    readonly direct: boolean
  } | null
  /** The trigger word(s), in `doc.text` offsets. */
  readonly trigger: TextSpan
  /** The evidence: the sentence the event was read from, in `doc.text` offsets. */
  readonly evidence: TextSpan
}

export interface EventResult {
  readonly total: number
  readonly events: readonly StoredEvent[]
}

/** Events of one type on one day (the document's publication day). */
export interface DayCount {
  readonly day: string
  readonly type: PloverType
  readonly count: number
}

/** How often an actor code takes part in the selected events, by role. */
export interface ActorCount {
  readonly code: string
  /** Its English name when known. */
  readonly name: string | null
  readonly actor: number
  readonly recipient: number
  readonly mediator: number
  /** Events it takes part in, in any role (an event counts once). */
  readonly total: number
}

/** Events from one actor code to another (each actor × each recipient of an event), by type. */
export interface NetworkEdge {
  readonly source: string
  readonly target: string
  readonly total: number
  /** Only the types that occur. */
  readonly types: Readonly<Partial<Record<PloverType, number>>>
}

/** Whom one outlet's reports rest on, summed over its documents' sourcing profiles. */
export interface OutletSourcing {
  /** null for documents without an outlet. */
  readonly outlet: string | null
  readonly documents: number
  /** Distinct speakers by kind, summed over documents (as in each Analysis's `sourcing`). */
  readonly named: number
  readonly anonymous: number
  readonly officialBodies: number
  readonly outlets: number
  /** Written texts cited (statements, reports). */
  readonly documentSources: number
  readonly attributions: number
  /** Share (0–1) of the outlet's documents with attributions that rest on one source alone. */
  readonly singleSourceShare: number
  /** Share (0–1) of the outlet's documents with no attribution at all. */
  readonly unsourcedShare: number
}

/** How one outlet's wording characterises one target actor. */
export interface OutletFraming {
  readonly outlet: string | null
  /** The actor code the wording characterises. */
  readonly target: string
  readonly total: number
  readonly kinds: Readonly<Record<FrameKind, number>>
  readonly leans: Readonly<Record<FrameLean, number>>
  /** Documents of the outlet with at least one such frame. */
  readonly documents: number
}

export interface ClusterQuery {
  readonly outlet?: string | null
  /** Clusters with a document published within the range. */
  readonly since?: string | null
  readonly until?: string | null
  /** Clusters with at least this many documents (default 2: a story more than one report tells). */
  readonly minSize?: number
  /** 1..1000, default 50. */
  readonly limit?: number
  readonly offset?: number
}

export interface ClusterSummary {
  readonly id: string
  readonly size: number
  /** The outlets that reported it, sorted. */
  readonly outlets: readonly string[]
  readonly firstPublished: string | null
  readonly lastPublished: string | null
  /** The main event's signature the cluster was formed by (`CONSULT|SYR,ISR|FRA`). */
  readonly signature: string | null
  /** The title of its first document, to name the story. */
  readonly title: string | null
}

export interface ClusterList {
  readonly total: number
  readonly clusters: readonly ClusterSummary[]
}

/** One report of a story, as the side-by-side comparison shows it. */
export interface ClusterDocument {
  readonly id: string
  readonly outlet: string | null
  readonly title: string | null
  readonly published: string | null
  readonly url: string | null
  /** Its events, the main ones first (those of the cluster's signature type), at most 5. */
  readonly events: readonly StoredEvent[]
  /** Who it quotes: each distinct speaker once, in order of first appearance. */
  readonly speakers: readonly {
    readonly text: string
    readonly kind: SpeakerKind
    readonly code: string | null
  }[]
  readonly frames: readonly {
    readonly text: string
    readonly kind: FrameKind
    readonly target: string | null
  }[]
  readonly sourcing: Analysis['sourcing']
}

export interface ClusterDetail extends ClusterSummary {
  /** Its documents, oldest first. */
  readonly documents: readonly ClusterDocument[]
}

/** An aggregation's row limit: at most this many rows, the largest first. */
export interface AggregateOptions {
  /** 1..10000; default 50 (top actors, network) or unlimited (per day, sourcing, framing). */
  readonly limit?: number
}

export interface StoreStats {
  readonly documents: number
  readonly events: number
  readonly entities: number
  readonly attributions: number
  readonly frames: number
  readonly times: number
  readonly clusters: number
  readonly duplicates: number
  readonly outlets: number
}

export interface Store {
  /** Stores documents with all their rows, in one transaction: all of them or none. */
  putDocuments(records: readonly DocumentRecord[]): Promise<void>
  /**
   * Optional. Lets the writes that follow share transactions: one is committed once it holds
   * `documents` documents or is `milliseconds` old, and by `commitWrites()` or `close()`. Reads through
   * this store see pending writes at once; a crash loses only what was not committed yet. Committing
   * every document on its own costs more than storing it (SQLite's full-text index writes a segment
   * per transaction). A store without it commits every call.
   */
  groupWrites?(documents: number, milliseconds: number): void
  /** Commits the writes that `groupWrites` held back. */
  commitWrites?(): Promise<void>
  /** Records documents seen again and not stored. */
  putSkipped(skipped: readonly SkippedDuplicate[]): Promise<void>
  /** The stored document with this id, or by this url key or text hash: the exact-duplicate check. */
  findExact(id: string, keys: Pick<DocumentKeys, 'urlKey' | 'textHash'>): Promise<DuplicateLink | null>
  /** Documents sharing at least one band of `fingerprint`: the candidates for a near duplicate. */
  findSimilar(fingerprint: string, limit?: number): Promise<readonly SimilarDocument[]>
  /** Documents whose main event has this signature, published within `days` of `published`. */
  findBySignature(
    signature: string,
    published: string | null,
    days: number,
  ): Promise<readonly SimilarDocument[]>
  getDocument(id: string): Promise<StoredDocument | null>
  getAnalysis(id: string): Promise<Analysis | null>
  /** Full-text search with filters, facets, snippets, sorting and pagination. */
  search(query: SearchQuery): Promise<SearchResult>
  /** Events matching the query, newest document first (then document id and event order), paginated. */
  events(query: EventQuery): Promise<EventResult>
  /** Events per publication day and type, oldest day first. */
  eventsPerDay(query: EventQuery): Promise<readonly DayCount[]>
  /** The actor codes taking part in the most events, with their counts by role. */
  topActors(query: EventQuery, options?: AggregateOptions): Promise<readonly ActorCount[]>
  /** Who acts on whom: actor → recipient edges with counts by event type, heaviest first. */
  actorNetwork(query: EventQuery, options?: AggregateOptions): Promise<readonly NetworkEdge[]>
  /** Sourcing profile per outlet (named, anonymous, official, outlet, document speakers; single source). */
  sourcingByOutlet(filter: DocumentFilter): Promise<readonly OutletSourcing[]>
  /** Frames per outlet × target actor, with kinds and leans, most framed first. */
  framingByOutlet(filter: DocumentFilter, options?: AggregateOptions): Promise<readonly OutletFraming[]>
  /** Story clusters, most recent first. */
  clusters(query: ClusterQuery): Promise<ClusterList>
  /** One cluster with its documents side by side, or null when there is no such cluster. */
  getCluster(id: string): Promise<ClusterDetail | null>
  /**
   * Every matching document's Analysis, oldest first (then by id), read in batches so an export of the
   * whole store never holds it in memory.
   */
  iterateAnalyses(filter: DocumentFilter): AsyncIterable<Analysis>
  /** Every matching event, in the order of `iterateAnalyses`, read in batches. */
  iterateEvents(query: EventQuery): AsyncIterable<StoredEvent>
  stats(): Promise<StoreStats>
  close(): Promise<void>
}
