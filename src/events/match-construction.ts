/**
 * Matching constructions at a word: every construction its first word can open is tried, slot by slot;
 * the longest match wins. Words are first compared with their pronoun (سفيرها "her ambassador" is a
 * recall, السفير a summons), then by stem alone (عملياتها العسكرية is still a military operation).
 */
import { type Construction, GAP_WORDS, type Slot } from './construction.js'
import type { EventLexicon } from './event-lexicon.js'
import type { Word } from './words.js'

export interface ConstructionMatch {
  readonly construction: Construction
  /** Position of the construction's last word. */
  readonly last: number
}

/** The keys a word fills a word slot with: its stem (with its pronoun when `exact`), and without -ًا. */
export const slotKeys = (word: Word, exact = false): string[] => {
  const stem = exact && word.enclitic !== '' ? word.stem + word.enclitic : word.stem
  return stem.length > 3 && stem.endsWith('ا') && !word.article ? [stem, stem.slice(0, -1)] : [stem]
}

const fills = (slot: Slot, word: Word, exact: boolean): boolean => {
  if (word.kind !== 'word') return false
  if (slot.kind === 'verb') return word.verbStems.some((stem) => slot.forms.has(stem.key))
  if (slot.kind === 'word') return slotKeys(word, exact).some((key) => slot.keys.has(key))
  return false
}

/** Matches slots from `slot` on at word `position`; returns the last word position used, or -1. */
const matchSlots = (
  slots: readonly Slot[],
  slot: number,
  words: readonly Word[],
  position: number,
  exact: boolean,
): number => {
  if (slot === slots.length) return position - 1
  const current = slots[slot]!
  if (current.kind === 'gap') {
    // Shortest gap first: the construction's own words win over anything in between.
    for (let size = 0; size <= GAP_WORDS; size++) {
      const next = position + size
      if (next > words.length) break
      if (size > 0) {
        const skipped = words[next - 1]!
        if (skipped.kind === 'stop' || skipped.kind === 'comma') break
      }
      const last = matchSlots(slots, slot + 1, words, next, exact)
      if (last >= 0) return last
    }
    return -1
  }
  let at = position
  while (at < words.length && words[at]!.kind === 'quote') at++
  const word = words[at]
  if (word === undefined || !fills(current, word, exact)) return -1
  return matchSlots(slots, slot + 1, words, at + 1, exact)
}

const longest = (
  lexicon: EventLexicon,
  words: readonly Word[],
  position: number,
  exact: boolean,
): ConstructionMatch | undefined => {
  const word = words[position]!
  const keys = new Set([...slotKeys(word, exact), ...word.verbStems.map((stem) => stem.key)])
  let best: ConstructionMatch | undefined
  for (const key of keys) {
    for (const construction of lexicon.triggers.constructions.get(key) ?? []) {
      if (!fills(construction.slots[0]!, word, exact)) continue
      const last = matchSlots(construction.slots, 1, words, position + 1, exact)
      if (last >= 0 && (best === undefined || last > best.last)) best = { construction, last }
    }
  }
  return best
}

/**
 * The longest construction (or shield) that starts at `position`, if any.
 *
 * @example
 *   matchConstruction(lexicon, words /* استدعت الجزائر سفيرها … *\/, 0)?.construction.entry.type   // 'SANCTION'
 */
export const matchConstruction = (
  lexicon: EventLexicon,
  words: readonly Word[],
  position: number,
): ConstructionMatch | undefined =>
  words[position]!.opensConstruction
    ? (longest(lexicon, words, position, true) ?? longest(lexicon, words, position, false))
    : undefined
