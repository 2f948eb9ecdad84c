/**
 * Corpus tag profiles: how often a tagger labelled each word PERS, LOC, ORG, MISC or O over a large
 * unlabeled corpus (SaudiNewsNet). A name the training data never shows, but which the corpus
 * shows in a hundred telling contexts (نادي بنفيكا، فوز بنفيكا), carries that evidence into every
 * sentence it appears in.
 */
import { forEachTabPair } from './tab-pairs.js'

export const PROFILE_TYPES = ['O', 'PERS', 'LOC', 'ORG', 'MISC'] as const

/**
 * Word (folded form) → its profile labels, comma-separated (`entity:50,ORG:50`): what the tagger
 * needs, stored compactly so that loading stays fast.
 */
export type CorpusTags = ReadonlyMap<string, string>

/** The profile labels of a word, with their `c:` feature prefix. */
export const corpusLabels = (tags: CorpusTags, word: string): string[] => {
  const value = tags.get(word)
  return value === undefined ? [] : value.split(',').map((label) => `c:${label}`)
}

/**
 * Whether a word's profile makes `type` its main entity type in at least `minimum` percent of its uses
 * (a bucket: 25, 50 or 75): what the rules after the tagger ask of a word.
 */
export const profileShows = (
  tags: CorpusTags,
  word: string,
  type: string,
  minimum: 25 | 50 | 75,
): boolean => {
  const labels = tags.get(word)
  if (labels === undefined) return false
  for (const label of labels.split(',')) {
    const colon = label.indexOf(':')
    if (label.slice(0, colon) === type && Number(label.slice(colon + 1)) >= minimum) return true
  }
  return false
}

/** Turns per-word counts into stored labels, keeping only words with something to say. */
export const toCorpusTags = (profiles: ReadonlyMap<string, readonly number[]>): Map<string, string> => {
  const tags = new Map<string, string>()
  for (const [word, counts] of profiles) {
    const labels = profileLabels(counts)
    if (labels.length > 0) tags.set(word, labels.map((label) => label.slice(2)).join(','))
  }
  return tags
}

/** Parses a profile file: `#` comments, then `WORD<TAB>LABELS` lines. */
export const parseCorpusTags = (text: string): Map<string, string> => {
  const tags = new Map<string, string>()
  forEachTabPair(text, (word, labels) => tags.set(word, labels))
  return tags
}

/** Serialises profiles for `parseCorpusTags`, sorted by word. */
export const formatCorpusTags = (tags: CorpusTags): string =>
  [...tags.entries()]
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
    .map(([word, labels]) => `${word}\t${labels}`)
    .join('\n')

const MIN_COUNT = 3

/**
 * The labels a word's profile gives: its main entity type with a share bucket (`c:ORG:50` when
 * ORG is 50–75% of its uses), `c:entity:…` for the total entity share, or nothing when the word
 * is too rare to say.
 */
export const profileLabels = (counts: readonly number[] | undefined): string[] => {
  if (counts === undefined) return []
  let total = 0
  for (const count of counts) total += count
  if (total < MIN_COUNT) return []
  const bucket = (share: number): string =>
    share >= 0.75 ? '75' : share >= 0.5 ? '50' : share >= 0.25 ? '25' : share >= 0.05 ? '5' : '0'
  let best = 1
  for (let type = 2; type < counts.length; type++) if (counts[type]! > counts[best]!) best = type
  const entityShare = 1 - counts[0]! / total
  const labels = [`c:entity:${bucket(entityShare)}`]
  if (counts[best]! / total >= 0.05) labels.push(`c:${PROFILE_TYPES[best]}:${bucket(counts[best]! / total)}`)
  return labels
}

/** Accumulates profiles from tagged sentences: `keys[i]` is the word's key, `types[i]` its type index. */
export const addToProfiles = (
  profiles: Map<string, number[]>,
  keys: readonly string[],
  types: ArrayLike<number>,
): void => {
  keys.forEach((key, index) => {
    if (key === '') return
    let counts = profiles.get(key)
    if (counts === undefined) {
      counts = new Array<number>(PROFILE_TYPES.length).fill(0)
      profiles.set(key, counts)
    }
    counts[types[index]!]!++
  })
}
