/**
 * Finding triggers in a sentence: at each word, the longest construction (or shield) first, then the
 * word alone as a verb form, a circumstantial participle or an event noun. A word that reads both as a
 * verb and as a noun (قصف، رفض، دعم) is a noun after the article, a preposition, a light verb or another
 * noun-taking word, and a verb otherwise.
 */
import { ANY_LIGHT, CUE } from './cue-kinds.js'
import type { EventLexicon } from './event-lexicon.js'
import { matchConstruction } from './match-construction.js'
import type { TriggerEntry } from './trigger-entry.js'
import type { TriggerHit } from './trigger-hit.js'
import { isCue, type Word } from './words.js'

/** How far back a light verb makes a pronoun-bearing word a noun (light verb, subject, noun). */
const LIGHT_LOOKBACK = 4
const NOUN_CONTEXT = ANY_LIGHT | CUE.preposition | CUE.generic | CUE.hypothetical | CUE.purpose | CUE.undergo

const previousWord = (words: readonly Word[], position: number): Word | undefined => {
  let at = position - 1
  while (at >= 0 && words[at]!.kind === 'quote') at--
  return words[at]
}

/** Whether a word that reads both ways stands as a noun here. */
const readsAsNoun = (
  words: readonly Word[],
  position: number,
  previousHit: TriggerHit | undefined,
): boolean => {
  const word = words[position]!
  if (word.article || word.preposition !== '') return true
  const previous = previousWord(words, position)
  if (previous === undefined) return false
  if (previous.kind === 'number') return true
  if (isCue(previous, NOUN_CONTEXT)) return true
  if (previousHit !== undefined && previousHit.last === previous.position) return true
  // A light verb a few words back makes it a noun: جدّد الوفد رفضَه، جدد الرئيس دعم بلاده.
  for (let at = position - 2; at >= Math.max(0, position - LIGHT_LOOKBACK); at--) {
    const before = words[at]!
    if (before.kind === 'comma' || before.kind === 'stop') return false
    if (isCue(before, ANY_LIGHT)) return true
  }
  return false
}

const single = (
  lexicon: EventLexicon,
  words: readonly Word[],
  position: number,
  previousHit: TriggerHit | undefined,
): TriggerHit | undefined => {
  const word = words[position]!
  if (!word.mayTrigger) return undefined
  let verb: { entry: TriggerEntry; tense: TriggerHit['tense']; future: boolean } | undefined
  if (!word.article && word.preposition === '') {
    for (const stem of word.verbStems) {
      const hits = lexicon.triggers.verbs.get(stem.key)
      if (hits === undefined) continue
      // A participle stands only as a circumstantial accusative (no article, after the clause it describes).
      const hit = hits[0]!
      verb = { entry: hit.entry, tense: hit.tense, future: stem.future }
      break
    }
  }
  let noun: TriggerEntry | undefined
  let accusative = false
  const stems =
    word.stem.length > 3 && word.stem.endsWith('ا') && !word.article && word.enclitic === ''
      ? [word.stem, word.stem.slice(0, -1)]
      : [word.stem]
  // قتالي، عسكري: a final ي after a noun is a nisba far more often than "my".
  for (const key of word.enclitic === 'ي' ? [] : stems) {
    const entries = lexicon.triggers.nouns.get(key)
    if (entries !== undefined) {
      noun = entries[0]
      accusative = key !== word.stem
      break
    }
  }
  if (verb === undefined && noun === undefined) return undefined
  // من قتل، إلى قصف: after a preposition a verb's form is its verbal noun.
  const previous = previousWord(words, position)
  if (
    noun === undefined &&
    verb !== undefined &&
    verb.tense === 'past' &&
    previous !== undefined &&
    isCue(previous, CUE.preposition) &&
    previous.preposition === ''
  ) {
    return {
      head: position,
      first: position,
      last: position,
      entry: verb.entry,
      part: 'noun',
      verbal: false,
      tense: null,
      future: false,
      accusative: false,
    }
  }
  const base = { head: position, first: position, last: position }
  // رفضًا لـ، احتجاجًا على: an adverbial accusative, not the dual of a verb.
  const next = words[position + 1]
  const adverbial = accusative && next !== undefined && (next.preposition === 'ل' || next.form === 'علي')
  if (noun !== undefined && (verb === undefined || adverbial || readsAsNoun(words, position, previousHit))) {
    return { ...base, entry: noun, part: 'noun', verbal: false, tense: null, future: false, accusative }
  }
  const participle = verb!.tense === 'participle'
  // ثلاثة متهمين، على المتهمين: after a count or a preposition the participle is a noun (the accused),
  // never a circumstantial accusative.
  if (
    participle &&
    previous !== undefined &&
    (previous.kind === 'number' ||
      isCue(previous, CUE.quantity) ||
      (isCue(previous, CUE.preposition) && previous.preposition === ''))
  ) {
    return undefined
  }
  return {
    ...base,
    entry: verb!.entry,
    part: participle ? 'participle' : 'verb',
    verbal: true,
    tense: verb!.tense,
    future: verb!.future,
    accusative: false,
  }
}

/**
 * The triggers of one sentence, left to right, not overlapping. `shielded[i]` marks words inside a name
 * (مجلس التعاون الخليجي): they are never triggers.
 *
 * @example
 *   findTriggers(loadEventLexicon(), readWords(…'شنت طائرات إسرائيلية غارات على غزة'…), shielded)
 *   // → [{ entry: { form: 'غارة|غارات', type: 'ASSAULT', … }, part: 'noun', head: 3, … }]
 */
export const findTriggers = (
  lexicon: EventLexicon,
  words: readonly Word[],
  shielded: Uint8Array,
): TriggerHit[] => {
  const hits: TriggerHit[] = []
  let position = 0
  while (position < words.length) {
    const word = words[position]!
    if (word.kind !== 'word' || shielded[position] === 1) {
      position++
      continue
    }
    const construction = matchConstruction(lexicon, words, position)
    if (construction !== undefined) {
      const entry = construction.construction.entry
      const last = construction.last
      if (entry.type !== null) {
        const verbal = construction.construction.slots[0]!.kind === 'verb'
        const future = verbal && word.verbStems.some((stem) => stem.future)
        hits.push({
          entry,
          part: 'construction',
          verbal,
          head: position,
          first: position,
          last,
          tense: null,
          future,
          accusative: false,
        })
      }
      position = last + 1
      continue
    }
    const hit = single(lexicon, words, position, hits.at(-1))
    if (hit !== undefined) hits.push(hit)
    position++
  }
  return hits
}
