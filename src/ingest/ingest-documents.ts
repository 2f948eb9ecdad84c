/**
 * The ingest loop: documents in, stored analyses out. Each document is checked for an exact duplicate
 * before it is analysed (so a re-run skips what is stored without analysing it again), analysed,
 * checked again (a copy may have been stored meanwhile), linked to a near duplicate, given a story
 * cluster and stored, atomically (many documents share a transaction when the store allows it). Documents are finished in input order, so a run is
 * deterministic even when analysis runs on several threads.
 */
import { InputError } from '../errors/isnad-error.js'
import type { Analysis, RemovedText } from '../pipeline/analysis.js'
import type { DocumentInput } from '../pipeline/document.js'
import type { DocumentKeys, DocumentRecord, Store } from '../store/store.js'
import { type AnalysedDocument, forStore, withRemoved } from './analysed-document.js'
import { exactKeys, findNearDuplicate } from './duplicates.js'
import type { PageFields } from './html-document.js'
import { assignCluster } from './story-cluster.js'
import { wireCredit } from './wire-credit.js'

/** One document to ingest, as the readers yield it. */
export interface IngestItem {
  readonly input: DocumentInput
  /** Where it came from, for messages and the store: `day.json:12`. */
  readonly where: string
  readonly page?: PageFields
  readonly removed?: readonly RemovedText[]
  readonly author?: string | null
}

export interface IngestCounts {
  read: number
  stored: number
  /** Exact duplicates (same id, address or folded text), skipped. */
  duplicates: number
  /** Near duplicates and wire reprints, stored and linked to the document they repeat. */
  near: number
  failed: number
}

export interface IngestOptions {
  readonly store: Store
  /**
   * Analyses one document; may run on another thread. Best `analyseForStore`, which makes the storable
   * form and computes the fingerprint, index terms, signature and wire credit beside the analysis, and
   * lists `removed` (the page furniture taken out before analysis) in it; a bare Analysis gets all that
   * here.
   */
  readonly analyze: (
    input: DocumentInput,
    removed: readonly RemovedText[],
  ) => Promise<AnalysedDocument | Analysis>
  /** How many documents may be in analysis at once (the worker count, or more). */
  readonly depth?: number
  /** Called for each document that fails, with where it was and why. */
  readonly onFailure?: (where: string, why: string) => void
  /** Called after each document is finished. */
  readonly onProgress?: (counts: Readonly<IngestCounts>) => void
}

type ExactKeys = Pick<DocumentKeys, 'urlKey' | 'textHash'>

type Prepared =
  | {
      readonly kind: 'duplicate'
      readonly item: IngestItem
      readonly input: DocumentInput
      readonly of: string
      readonly duplicateKind: 'id' | 'url' | 'hash'
    }
  | {
      readonly kind: 'analysed'
      readonly item: IngestItem
      readonly input: DocumentInput
      readonly exact: ExactKeys
      readonly analysed: AnalysedDocument
    }
  | { readonly kind: 'failed'; readonly item: IngestItem; readonly why: string }

/** The document's own fields first, then what its page said about itself. */
const withPage = (item: IngestItem): DocumentInput => {
  const { input, page } = item
  return {
    ...input,
    title: input.title ?? page?.title ?? null,
    outlet: input.outlet ?? page?.outlet ?? null,
    url: input.url ?? page?.url ?? null,
    published: input.published ?? page?.published ?? null,
  }
}

const describe = (error: unknown): string =>
  error instanceof InputError ? error.message : ((error as Error)?.message ?? String(error))

/**
 * Ingests every item; returns the counts (read, stored, duplicates, failed).
 *
 * @example
 *   const counts = await ingestDocuments(items, { store, analyze: async (input) => analyseForStore(input, resources) })
 *   // → { read: 120, stored: 104, duplicates: 15, near: 6, failed: 1 }
 */
export const ingestDocuments = async (
  items: AsyncIterable<IngestItem | InputError>,
  options: IngestOptions,
): Promise<IngestCounts> => {
  const { store } = options
  const counts: IngestCounts = { read: 0, stored: 0, duplicates: 0, near: 0, failed: 0 }
  const depth = Math.max(1, options.depth ?? 1)
  // Up to 200 documents or a second's work per transaction: a crash loses at most that, a re-run
  // stores it again.
  store.groupWrites?.(200, 1000)

  const prepare = async (item: IngestItem): Promise<Prepared> => {
    try {
      const input = withPage(item)
      const id = input.id ?? item.where
      const keys = exactKeys(input.text, input.url ?? null)
      const exact = await store.findExact(id, keys)
      if (exact !== null)
        return { kind: 'duplicate', item, input, of: exact.of, duplicateKind: exact.kind as 'id' }
      const removed = item.removed ?? []
      const result = await options.analyze({ ...input, id }, removed)
      const analysed = 'analysis' in result ? result : forStore(withRemoved(result, removed), input.text)
      return { kind: 'analysed', item, input, exact: keys, analysed }
    } catch (error) {
      return { kind: 'failed', item, why: describe(error) }
    }
  }

  const finish = async (prepared: Prepared): Promise<void> => {
    if (prepared.kind === 'failed') {
      counts.failed++
      options.onFailure?.(prepared.item.where, prepared.why)
      return
    }
    const { item, input } = prepared
    const id = input.id ?? item.where
    const exact =
      prepared.kind === 'duplicate'
        ? { of: prepared.of, kind: prepared.duplicateKind }
        : await store.findExact(id, prepared.exact)
    if (exact !== null) {
      counts.duplicates++
      await store.putSkipped([
        { id, source: item.where, link: { of: exact.of, kind: exact.kind, similarity: 1 } },
      ])
      return
    }
    if (prepared.kind !== 'analysed') return
    const { analysed } = prepared
    // Scraped corpora put the dateline in the byline (الوئام - رويترز:): the credit may be there.
    const author = item.author ?? item.page?.author ?? null
    const wire = analysed.wire ?? (author === null ? null : wireCredit(author))
    const keys: DocumentKeys = { ...prepared.exact, fingerprint: analysed.fingerprint, wire }
    const { analysis, signature } = analysed
    const near = findNearDuplicate(keys, analysis.doc.outlet, await store.findSimilar(keys.fingerprint))
    const record: DocumentRecord = {
      analysis,
      keys,
      author,
      language: item.page?.language ?? null,
      source: item.where,
      signature,
      duplicateOf: near?.link ?? null,
      clusterId: await assignCluster(store, analysis, keys, signature, near?.original ?? null),
      terms: analysed.terms,
    }
    await store.putDocuments([record])
    counts.stored++
    if (near !== null) counts.near++
  }

  const inFlight: Promise<Prepared>[] = []
  for await (const item of items) {
    counts.read++
    if (item instanceof InputError) {
      counts.failed++
      options.onFailure?.(item.input, item.message)
      options.onProgress?.(counts)
      continue
    }
    inFlight.push(prepare(item))
    while (inFlight.length >= depth) {
      await finish(await inFlight.shift()!)
      options.onProgress?.(counts)
    }
  }
  while (inFlight.length > 0) {
    await finish(await inFlight.shift()!)
    options.onProgress?.(counts)
  }
  await store.commitWrites?.()
  return counts
}
