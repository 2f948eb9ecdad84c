/**
 * Cue profiles: how often each cue class (`trigger-words.ts`) stands right before and right after a
 * word across an unlabeled corpus. Unlike the corpus tag profiles they need no tagger, so they do
 * not inherit its blind spots: a club the tagger never learned still follows نادي and فريق and
 * مضيفه hundreds of times in sports news, and a new car model follows سيارة and طراز.
 * Stored as extra labels of the corpus profile file (`<organisationHead:10` = 10–25% of the word's
 * uses follow an organisation head), so the tagger reads them as corpus features.
 */
import type { CorpusTags } from './corpus-tags.js'
import { stripProclitics } from './text-forms.js'
import { CUE_CLASSES, cueClass } from './trigger-words.js'

// Occurrences before a word's cue shares say anything.
const MIN_OCCURRENCES = 5
const CLASS_INDEX = new Map<string, number>(CUE_CLASSES.map((name, index) => [name, index]))
const CLASSES = CUE_CLASSES.length
// Per word: its count, then per class the count before it and the count after it.
const SLOTS = 1 + 2 * CLASSES

const cueIndex = (key: string): number => {
  if (key === '') return -1
  const found = cueClass(key, stripProclitics(key))
  return found === undefined ? -1 : CLASS_INDEX.get(found)!
}

/** Counts cue classes around each word; `sentences` hold the words' folded keys. */
export const countCues = (sentences: readonly (readonly string[])[]): Map<string, Int32Array> => {
  const counts = new Map<string, Int32Array>()
  const classOf = new Map<string, number>()
  const cueOf = (key: string): number => {
    let found = classOf.get(key)
    if (found === undefined) {
      found = cueIndex(key)
      classOf.set(key, found)
    }
    return found
  }
  for (const keys of sentences) {
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!
      if (key === '') continue
      let entry = counts.get(key)
      if (entry === undefined) {
        entry = new Int32Array(SLOTS)
        counts.set(key, entry)
      }
      entry[0]!++
      const before = index > 0 ? cueOf(keys[index - 1]!) : -1
      if (before >= 0) entry[1 + before]!++
      const after = index + 1 < keys.length ? cueOf(keys[index + 1]!) : -1
      if (after >= 0) entry[1 + CLASSES + after]!++
    }
  }
  return counts
}

const bucket = (share: number): string | undefined =>
  share >= 0.25 ? '25' : share >= 0.1 ? '10' : share >= 0.03 ? '3' : undefined

/** The cue labels of one word's counts: `<class:bucket` before it, `>class:bucket` after it. */
export const cueLabels = (entry: Int32Array): string[] => {
  const total = entry[0]!
  if (total < MIN_OCCURRENCES) return []
  const labels: string[] = []
  for (let index = 0; index < CLASSES; index++) {
    const before = bucket(entry[1 + index]! / total)
    if (before !== undefined) labels.push(`<${CUE_CLASSES[index]}:${before}`)
    const after = bucket(entry[1 + CLASSES + index]! / total)
    if (after !== undefined) labels.push(`>${CUE_CLASSES[index]}:${after}`)
  }
  return labels
}

const isCueLabel = (label: string): boolean => label[0] === '<' || label[0] === '>'

/** Corpus profiles with every word's cue labels added (replacing any it had). */
export const withCueLabels = (
  tags: CorpusTags,
  cues: ReadonlyMap<string, Int32Array>,
): Map<string, string> => {
  const merged = new Map<string, string>()
  for (const [word, value] of tags) {
    const kept = value.split(',').filter((label) => !isCueLabel(label))
    if (kept.length > 0) merged.set(word, kept.join(','))
  }
  for (const [word, entry] of cues) {
    const labels = cueLabels(entry)
    if (labels.length === 0) continue
    const own = merged.get(word)
    merged.set(word, own === undefined ? labels.join(',') : `${own},${labels.join(',')}`)
  }
  return merged
}
