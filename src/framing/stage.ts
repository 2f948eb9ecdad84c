/**
 * The framing stage of `analyze()`: fills `document.frames` (CONTRACT.md §2) with the wording that
 * characterises actors: loaded terms, scare quotes and labels, each with its target and a neutral wording.
 */
import { createTokenView } from '../attribution/token-view.js'
import type { Gazetteer } from '../lexicon/gazetteer.js'
import type { Document } from '../pipeline/document.js'
import { findLabels } from './find-labels.js'
import { findLoadedTerms } from './find-loaded-terms.js'
import { findScareQuotes } from './find-scare-quotes.js'
import type { FoundFrame } from './found-frame.js'
import { createFrameContext } from './frame-context.js'
import { type FrameLexicon, loadFrameLexicon } from './frame-lexicon.js'

export interface FramingResources {
  readonly gazetteer: Gazetteer
}

const byPosition = (left: FoundFrame, right: FoundFrame): number =>
  left.start - right.start || right.end - left.end

/**
 * The frames of a document, in text order (a longer frame before one it contains).
 *
 * @example
 *   framesOf(segment(createDocument({ text: 'قصفت قوات الاحتلال غزة.' }, 'd1')), loadGazetteer())
 *   // [{ text: 'قوات الاحتلال', kind: 'loaded-term', target: 'ISRMIL', neutral: 'القوات الإسرائيلية', lean: 'negative', … }]
 */
export const framesOf = (
  document: Document,
  gazetteer: Gazetteer,
  lexicon: FrameLexicon = loadFrameLexicon(),
): FoundFrame[] => {
  const view = createTokenView(document, gazetteer)
  const context = createFrameContext(view)
  const covered = new Uint8Array(view.tokens.length)
  const labels = findLabels(context, lexicon, covered)
  const terms = findLoadedTerms(context, lexicon, covered)
  return [...labels, ...terms, ...findScareQuotes(context, lexicon)].sort(byPosition)
}

/**
 * Finds the document's frames. Works from the text, tokens and sentences alone; uses person entities when
 * the entity stage filled them.
 *
 * @example
 *   findFrames(document, { gazetteer }).frames[0]   // { text: 'الكيان “الإسرائيلي”', kind: 'loaded-term', target: 'ISR', … }
 */
export const findFrames = (document: Document, resources: FramingResources): Document => ({
  ...document,
  frames: framesOf(document, resources.gazetteer),
})
