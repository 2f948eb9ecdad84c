/**
 * What analysing a document for the store yields: its Analysis and what storing it needs that can be
 * computed beside it — the MinHash fingerprint of its text and its full-text index terms. Computed where
 * the analysis runs (a worker thread), so the thread that checks duplicates and writes the store does
 * little else.
 */
import type { Analysis } from '../pipeline/analysis.js'
import { analyze } from '../pipeline/analyze.js'
import type { DocumentInput } from '../pipeline/document.js'
import type { Resources } from '../pipeline/resources.js'
import { documentTerms } from '../store/search-terms.js'
import { fingerprint } from './fingerprint.js'

export interface AnalysedDocument {
  readonly analysis: Analysis
  /** The MinHash fingerprint of the input text (`DocumentKeys.fingerprint`). */
  readonly fingerprint: string
  /** The full-text index terms of the title and the cleaned text (`documentTerms`). */
  readonly terms: string
}

/**
 * Analyses one document for the store.
 *
 * @example analyseForStore({ id: 'a', text: 'التقى الوزير نظيره.' }, resources).fingerprint.length // → 240
 */
export const analyseForStore = (input: DocumentInput, resources: Resources): AnalysedDocument =>
  forStore(analyze(input, resources), input.text)

/** An Analysis of `text` (the input text, before cleanup) with what storing it needs. */
export const forStore = (analysis: Analysis, text: string): AnalysedDocument => ({
  analysis,
  fingerprint: fingerprint(text),
  terms: documentTerms(analysis.doc.title, analysis.doc.text),
})
