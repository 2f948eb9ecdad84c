/**
 * Events as CSV: one row per event with its document, one column per field; several participants
 * of one role are joined with `;` (codes and texts in the same order).
 */
import type { StoredEvent } from '../store/store.js'
import { type CellValue, csvLine } from './delimited.js'

const codes = (list: StoredEvent['actors']) => list.map((participant) => participant.code ?? '').join(';')
const texts = (list: StoredEvent['actors']) => list.map((participant) => participant.text).join(';')

/** The columns, in order, and how each is read from an event. */
export const EVENT_CSV_COLUMNS: readonly (readonly [string, (event: StoredEvent) => CellValue])[] = [
  ['document_id', (event) => event.documentId],
  ['event_id', (event) => event.id],
  ['published', (event) => event.published],
  ['outlet', (event) => event.outlet],
  ['title', (event) => event.title],
  ['url', (event) => event.url],
  ['cluster_id', (event) => event.clusterId],
  ['type', (event) => event.type],
  ['mode', (event) => event.mode],
  ['cameo', (event) => event.cameo],
  ['modality', (event) => event.modality],
  ['negated', (event) => event.negated],
  ['actor_codes', (event) => codes(event.actors)],
  ['actor_texts', (event) => texts(event.actors)],
  ['recipient_codes', (event) => codes(event.recipients)],
  ['recipient_texts', (event) => texts(event.recipients)],
  ['mediator_codes', (event) => codes(event.mediators)],
  ['mediator_texts', (event) => texts(event.mediators)],
  ['place', (event) => event.place?.name ?? event.place?.text ?? null],
  ['place_country', (event) => event.place?.country ?? null],
  ['date_text', (event) => event.date?.text ?? null],
  ['date', (event) => event.date?.value ?? null],
  ['speaker', (event) => event.attribution?.speaker ?? null],
  ['speaker_kind', (event) => event.attribution?.kind ?? null],
  ['speaker_code', (event) => event.attribution?.code ?? null],
  ['trigger', (event) => event.trigger.text],
  ['trigger_start', (event) => event.trigger.start],
  ['trigger_end', (event) => event.trigger.end],
  ['evidence', (event) => event.evidence.text],
  ['summary', (event) => event.summary],
]

/** The header line and one line per event (no line breaks; the caller adds them). */
export async function* eventCsvLines(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  yield csvLine(EVENT_CSV_COLUMNS.map(([name]) => name))
  for await (const event of events) yield csvLine(EVENT_CSV_COLUMNS.map(([, read]) => read(event)))
}
