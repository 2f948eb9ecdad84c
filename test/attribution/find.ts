/** Test helpers: a segmented document from a text, and what the attribution and framing stages find in it. */
import { findAttributions } from '../../src/attribution/stage.js'
import { findFrames } from '../../src/framing/stage.js'
import { loadGazetteer } from '../../src/lexicon/gazetteer.js'
import type { Attribution, Frame } from '../../src/pipeline/analysis.js'
import { createDocument, type Document } from '../../src/pipeline/document.js'
import { segment } from '../../src/pipeline/stages.js'

/** A document with tokens and sentences, as the stages receive it when no entity stage ran. */
export const documentOf = (text: string, published: string | null = null): Document =>
  segment(createDocument({ text, published }, 'test'))

export const attributionsOf = (text: string, published: string | null = null): readonly Attribution[] =>
  findAttributions(documentOf(text, published), { gazetteer: loadGazetteer() }).attributions

export const framesOf = (text: string, published: string | null = null): readonly Frame[] =>
  findFrames(documentOf(text, published), { gazetteer: loadGazetteer() }).frames
