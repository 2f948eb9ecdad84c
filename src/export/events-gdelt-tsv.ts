/**
 * Events as GDELT-style TSV: GDELT 2.0 event-table column names where a column means the same thing,
 * then isnad's own columns for what GDELT has no place for (PLOVER type and mode, modality, negation,
 * the mediator, whose word it is). One header line first (GDELT's own files have none).
 *
 * Columns:
 *   GlobalEventID       `document-id#event-id` (a string, not GDELT's integer)
 *   Day                 the event's date YYYYMMDD when the text gives the day, else the publication day
 *   Actor1Code, Actor1Name, Actor1CountryCode   the first actor: code, text as written, country part
 *   Actor2Code, Actor2Name, Actor2CountryCode   the first recipient
 *   IsRootEvent         1 for the document's first event (its lead), else 0
 *   EventCode           CAMEO code when known
 *   EventBaseCode       its first three digits
 *   EventRootCode       its first two digits
 *   QuadClass           1 verbal cooperation … 4 material conflict (from the PLOVER type)
 *   ActionGeo_FullName, ActionGeo_CountryCode   the place (name, ISO alpha-3 — GDELT uses FIPS)
 *   DATEADDED           publication day YYYYMMDD
 *   SOURCEURL           the document's address
 *   PloverType, PloverMode, Modality, Negated (0/1)
 *   Mediator1Code, Mediator1Name
 *   AttributionSpeaker, AttributionKind
 *   Outlet, DocumentId, Summary
 */
import type { StoredEvent } from '../store/store.js'
import { PLOVER_QUAD_CLASSES } from '../vocabulary/plover.js'
import { type CellValue, tsvLine } from './delimited.js'

const compactDay = (date: string | null | undefined): string | null =>
  date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.replaceAll('-', '') : null

/** The three-letter country part of an actor code, when it starts with one (SYRGOV → SYR). */
const countryOf = (code: string | null | undefined): string | null =>
  code && /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null

export const GDELT_COLUMNS: readonly (readonly [string, (event: StoredEvent) => CellValue])[] = [
  ['GlobalEventID', (event) => `${event.documentId}#${event.id}`],
  ['Day', (event) => compactDay(event.date?.value) ?? compactDay(event.published)],
  ['Actor1Code', (event) => event.actors[0]?.code ?? null],
  ['Actor1Name', (event) => event.actors[0]?.text ?? null],
  ['Actor1CountryCode', (event) => countryOf(event.actors[0]?.code)],
  ['Actor2Code', (event) => event.recipients[0]?.code ?? null],
  ['Actor2Name', (event) => event.recipients[0]?.text ?? null],
  ['Actor2CountryCode', (event) => countryOf(event.recipients[0]?.code)],
  ['IsRootEvent', (event) => (event.id === 'v1' ? 1 : 0)],
  ['EventCode', (event) => event.cameo],
  ['EventBaseCode', (event) => event.cameo?.slice(0, 3) ?? null],
  ['EventRootCode', (event) => event.cameo?.slice(0, 2) ?? null],
  ['QuadClass', (event) => PLOVER_QUAD_CLASSES[event.type] ?? null],
  ['ActionGeo_FullName', (event) => event.place?.name ?? event.place?.text ?? null],
  ['ActionGeo_CountryCode', (event) => event.place?.country ?? null],
  ['DATEADDED', (event) => compactDay(event.published)],
  ['SOURCEURL', (event) => event.url],
  ['PloverType', (event) => event.type],
  ['PloverMode', (event) => event.mode],
  ['Modality', (event) => event.modality],
  ['Negated', (event) => (event.negated ? 1 : 0)],
  ['Mediator1Code', (event) => event.mediators[0]?.code ?? null],
  ['Mediator1Name', (event) => event.mediators[0]?.text ?? null],
  ['AttributionSpeaker', (event) => event.attribution?.speaker ?? null],
  ['AttributionKind', (event) => event.attribution?.kind ?? null],
  ['Outlet', (event) => event.outlet],
  ['DocumentId', (event) => event.documentId],
  ['Summary', (event) => event.summary],
]

/** The header line and one line per event. */
export async function* eventGdeltLines(events: AsyncIterable<StoredEvent>): AsyncIterable<string> {
  yield tsvLine(GDELT_COLUMNS.map(([name]) => name))
  for await (const event of events) yield tsvLine(GDELT_COLUMNS.map(([, read]) => read(event)))
}
