/**
 * An Analysis as a store writes it: its document's fields, its JSON text (what `analyses.json` holds)
 * and its table rows. Made on the thread that analysed the document, so the thread that writes the
 * store neither copies the whole Analysis across threads nor serialises it again.
 */
import type { Analysis } from '../pipeline/analysis.js'
import { type AnalysisRows, analysisRows } from './analysis-rows.js'

export interface StorableAnalysis {
  readonly schema: Analysis['schema']
  readonly doc: Analysis['doc']
  /** `JSON.stringify` of the Analysis. */
  readonly json: string
  readonly rows: AnalysisRows
}

/**
 * The storable form of an Analysis.
 *
 * @example storableAnalysis(analysis).json === JSON.stringify(analysis) // → true
 */
export const storableAnalysis = (analysis: Analysis): StorableAnalysis => ({
  schema: analysis.schema,
  doc: analysis.doc,
  json: JSON.stringify(analysis),
  rows: analysisRows(analysis),
})

/** A record's analysis in storable form, made here when it came as an Analysis. */
export const asStorable = (analysis: Analysis | StorableAnalysis): StorableAnalysis =>
  'json' in analysis ? analysis : storableAnalysis(analysis)
