/**
 * The export formats `isnad export --format` offers, each streaming lines from the store's iterators
 * so the whole store is never held in memory.
 */
import type { EventQuery, Store } from '../store/store.js'
import { eventCsvLines } from './events-csv.js'
import { eventGdeltLines } from './events-gdelt-tsv.js'
import { eventPloverLines } from './events-plover.js'

export const EXPORT_FORMATS = {
  jsonl: 'one Analysis (isnad.analysis/1) per line',
  plover: 'one PLOVER event record per line, with mediators and attribution as extension fields',
  csv: 'one event per row, with a header row',
  tsv: 'GDELT-style event table, tab-separated, with a header row',
} as const

export type ExportFormat = keyof typeof EXPORT_FORMATS

async function* analysisLines(store: Store, query: EventQuery): AsyncIterable<string> {
  for await (const analysis of store.iterateAnalyses(query)) yield JSON.stringify(analysis)
}

/**
 * The lines of an export (without line breaks). For `jsonl` the document-level fields of the query
 * choose the documents; the event formats take every field.
 *
 * @example for await (const line of exportLines(store, 'csv', { type: 'ASSAULT' })) console.log(line)
 */
export const exportLines = (store: Store, format: ExportFormat, query: EventQuery): AsyncIterable<string> => {
  if (format === 'jsonl') return analysisLines(store, query)
  const events = store.iterateEvents(query)
  if (format === 'plover') return eventPloverLines(events)
  if (format === 'csv') return eventCsvLines(events)
  return eventGdeltLines(events)
}
