/**
 * The attribution stage of `analyze()`: fills `document.attributions` (CONTRACT.md §2) with who said
 * what, through whom, in which words.
 */
import type { Gazetteer } from '../lexicon/gazetteer.js'
import type { Document } from '../pipeline/document.js'
import { findAttributionsIn } from './find-attributions.js'

export interface AttributionResources {
  readonly gazetteer: Gazetteer
}

/**
 * Finds the document's attributions, ids `q1, q2, …` in text order. Works from the text, tokens and
 * sentences alone; uses person entities and time expressions when earlier stages filled them.
 *
 * @example
 *   findAttributions(segment(createDocument({ text: 'قال وزير الخارجية الأردني إن الحدود آمنة.' }, 'd1')), { gazetteer })
 *     .attributions[0].speaker   // { text: 'وزير الخارجية الأردني', kind: 'named', code: 'JORGOV', … }
 */
export const findAttributions = (document: Document, resources: AttributionResources): Document => ({
  ...document,
  attributions: findAttributionsIn(document, resources.gazetteer),
})
