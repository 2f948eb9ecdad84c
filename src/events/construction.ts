/**
 * Constructions: multiword triggers (أطلق سراح، وقف إطلاق النار، حمّل … المسؤولية) compiled from their
 * written form into a sequence of slots a token run must fill.
 */
import { matchKey } from '../lexicon/gazetteer.js'
import { foldWord } from '../text/fold.js'
import type { TriggerEntry } from './trigger-entry.js'
import { parseVerbStems, verbForms } from './verb-paradigm.js'

/** One place of a construction: a verb in any form, one of some words, or a gap of a few words. */
export type Slot =
  | { readonly kind: 'verb'; readonly forms: ReadonlySet<string> }
  | { readonly kind: 'word'; readonly keys: ReadonlySet<string> }
  | { readonly kind: 'gap' }

export interface Construction {
  readonly entry: TriggerEntry
  readonly slots: readonly Slot[]
}

/** Words a gap may hold: room for a verb's subject and object (حمّلت وزارة الخارجية إسرائيل المسؤولية). */
export const GAP_WORDS = 6

const ARTICLE = 'ال'

/** The key a construction word is compared on: folded, ة as ه, without the article. */
export const wordSlotKey = (word: string): string => {
  const key = matchKey(foldWord(word))
  return key.startsWith(ARTICLE) && key.length > 3 ? key.slice(2) : key
}

const parseSlot = (written: string): Slot => {
  if (written === '*') return { kind: 'gap' }
  if (written.includes('/')) {
    const forms = verbForms(parseVerbStems(written)).map((form) => matchKey(form.form))
    return { kind: 'verb', forms: new Set(forms) }
  }
  return { kind: 'word', keys: new Set(written.split('|').map(wordSlotKey)) }
}

/**
 * Compiles a construction row.
 *
 * @example
 *   compileConstruction(entry /* form 'أطلق/يطلق سراح' *\/).slots.map((slot) => slot.kind)   // ['verb', 'word']
 */
export const compileConstruction = (entry: TriggerEntry): Construction => ({
  entry,
  slots: entry.form.split(/\s+/).map(parseSlot),
})

/** The keys a token can start this construction with. */
export const firstKeys = (construction: Construction): Iterable<string> => {
  const first = construction.slots[0]!
  return first.kind === 'verb' ? first.forms : first.kind === 'word' ? first.keys : []
}
