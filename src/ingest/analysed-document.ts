/**
 * What analysing a document for the store yields: its Analysis in storable form (JSON text and table
 * rows, `StorableAnalysis`) and what storing it needs that can be computed beside it — the MinHash
 * fingerprint of its text, its full-text index terms, its main event's signature and the agency its text
 * credits. Computed where the analysis runs (a worker thread), so the thread that checks duplicates and
 * writes the store does little else, and the Analysis crosses threads once, as one string.
 */
import type { Analysis, RemovedText } from '../pipeline/analysis.js'
import { analyze } from '../pipeline/analyze.js'
import type { DocumentInput } from '../pipeline/document.js'
import type { Resources } from '../pipeline/resources.js'
import { documentTerms } from '../store/search-terms.js'
import { type StorableAnalysis, storableAnalysis } from '../store/storable-analysis.js'
import { fingerprint } from './fingerprint.js'
import { eventSignature } from './story-cluster.js'
import { wireCredit } from './wire-credit.js'

export interface AnalysedDocument {
  readonly analysis: StorableAnalysis
  /** The MinHash fingerprint of the input text (`DocumentKeys.fingerprint`). */
  readonly fingerprint: string
  /** The full-text index terms of the title and the cleaned text (`documentTerms`). */
  readonly terms: string
  /** The main event's signature that story clusters are found by (`eventSignature`). */
  readonly signature: string | null
  /** The agency the input text credits (`wireCredit`), or null. */
  readonly wire: string | null
}

/**
 * Analyses one document for the store; `removed` is the page furniture taken out before analysis
 * (reported in the Analysis before what the pipeline removes).
 *
 * @example analyseForStore({ id: 'a', text: 'التقى الوزير نظيره.' }, resources).fingerprint.length // → 240
 */
export const analyseForStore = (
  input: DocumentInput,
  resources: Resources,
  removed: readonly RemovedText[] = [],
): AnalysedDocument => forStore(withRemoved(analyze(input, resources), removed), input.text)

/** The Analysis with what was removed before it was made listed first. */
export const withRemoved = (analysis: Analysis, removed: readonly RemovedText[]): Analysis =>
  removed.length === 0 ? analysis : { ...analysis, removed: [...removed, ...analysis.removed] }

/** An Analysis of `text` (the input text, before cleanup) with what storing it needs. */
export const forStore = (analysis: Analysis, text: string): AnalysedDocument => ({
  analysis: storableAnalysis(analysis),
  fingerprint: fingerprint(text),
  terms: documentTerms(analysis.doc.title, analysis.doc.text),
  signature: eventSignature(analysis),
  wire: wireCredit(text),
})
