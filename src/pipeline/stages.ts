/**
 * The stages of the foundation: cleanup and segmentation. Later layers (entities, time, attribution,
 * events, framing) add their own stages beside these, each a `Stage` exported on its own.
 */
import { cleanText } from '../ingest/clean-text.js'
import { splitSentences } from '../text/sentences.js'
import { tokenize } from '../text/tokenize.js'
import { type Document, withMessage } from './document.js'
import type { Resources } from './resources.js'

/** Drops boilerplate lines and fixes `doc.text`; a short first line becomes the title unless one was given. */
export const cleanup = (document: Document, resources: Pick<Resources, 'boilerplate'>): Document => {
  const cleaned = cleanText(document.text, resources.boilerplate)
  const result: Document = {
    ...document,
    meta: { ...document.meta, title: document.meta.title ?? cleaned.title },
    text: cleaned.text,
    removed: cleaned.removed,
  }
  return cleaned.text.trim() === ''
    ? withMessage(result, 'cleanup', 'the document has no text to analyse')
    : result
}

/** Tokens (with folded forms) and sentence spans over `doc.text`. */
export const segment = (document: Document): Document => {
  const tokens = tokenize(document.text)
  return { ...document, tokens, sentences: splitSentences(document.text, tokens) }
}
