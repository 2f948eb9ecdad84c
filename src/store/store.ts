/**
 * The Store: where analyses are kept, searched and counted. One interface, one implementation per
 * database (`sqlite/`, `postgres/`), and one contract test suite (test/store/store-contract.ts) that
 * every implementation passes. Methods are async so a networked database fits the same shape.
 */
import type { Analysis } from '../pipeline/analysis.js'

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
  readonly analysis: Analysis
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

export interface SearchQuery {
  /** Words to find (all of them); clitic-attached forms match (الرئيس finds والرئيس، للرئيس). */
  readonly text: string
  readonly limit?: number
  readonly offset?: number
  readonly outlet?: string | null
  /** `YYYY-MM-DD`, inclusive. */
  readonly since?: string | null
  readonly until?: string | null
  /** Only documents with an event having this actor (actor, recipient or mediator) code. */
  readonly actor?: string | null
  /** Only documents with an event of this PLOVER type. */
  readonly type?: string | null
}

export interface SearchHit {
  readonly id: string
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly url: string | null
}

export interface SearchResult {
  readonly total: number
  readonly hits: readonly SearchHit[]
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
  search(query: SearchQuery): Promise<SearchResult>
  stats(): Promise<StoreStats>
  close(): Promise<void>
}
