/**
 * Everything the event coder looks words up in, loaded and compiled once and shared read-only: the trigger
 * lexicon and the cue lexicon. The gazetteer comes from the caller (it is shared with the entity stage).
 */
import { FUNCTION_WORDS, hasCue } from './cue-kinds.js'
import { type CueLexicon, readCueLexicon } from './cue-lexicon.js'
import { compileTriggerLexicon, readTriggerEntries, type TriggerLexicon } from './trigger-lexicon.js'

export interface EventLexicon {
  readonly triggers: TriggerLexicon
  readonly cues: CueLexicon
}

/** Builds the event lexicon from compiled cues and trigger entries (tests build small ones). */
export const createEventLexicon = (
  cues: CueLexicon,
  entries: Parameters<typeof compileTriggerLexicon>[0],
): EventLexicon => {
  const stopForms = new Set<string>()
  for (const [key, flags] of cues.words) if (hasCue(flags, FUNCTION_WORDS)) stopForms.add(key)
  return { triggers: compileTriggerLexicon(entries, stopForms), cues }
}

let shared: EventLexicon | undefined

/**
 * The package's event lexicon, read from `data/events/` on first use and cached.
 *
 * @example
 *   loadEventLexicon().triggers.verbs.get('اتهم')?.[0]?.entry.gloss   // 'accuse'
 */
export const loadEventLexicon = (): EventLexicon => {
  shared ??= createEventLexicon(readCueLexicon(), readTriggerEntries())
  return shared
}
