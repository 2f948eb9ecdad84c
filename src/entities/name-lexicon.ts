import { cliticReadings } from '../text/clitics.js'
import { bioSpans } from './bio.js'
import type { TaggedSentence } from './conll.js'
import { coreForm, foldForTagging } from './text-forms.js'

/** A trie of multi-word names keyed by folded words; a node with `type` ends a name. */
interface NameNode {
  next: Map<string, NameNode> | undefined
  type: string | undefined
}

/** Names with their entity type (PERS LOC ORG MISC), for longest-match lookup in token sequences. */
export interface NameLexicon {
  readonly root: NameNode
  readonly size: number
}

const createNode = (): NameNode => ({ next: undefined, type: undefined })

/** The lookup key of a word: its folded form without glued punctuation. */
export const nameKey = (word: string): string => coreForm(foldForTagging(word))

/** Builds a lexicon from `[type, keys]` pairs (later pairs do not override earlier ones). */
export const createNameLexicon = (names: Iterable<readonly [string, readonly string[]]>): NameLexicon => {
  const root = createNode()
  let size = 0
  for (const [type, keys] of names) {
    if (keys.length === 0) continue
    let node = root
    for (const key of keys) {
      node.next ??= new Map()
      let child = node.next.get(key)
      if (child === undefined) {
        child = createNode()
        node.next.set(key, child)
      }
      node = child
    }
    if (node.type === undefined) {
      node.type = type
      size++
    }
  }
  return { root, size }
}

/**
 * Mines names from tagged sentences: every entity span whose words are tagged as that type in at
 * least `minRatio` of the places the same word sequence occurs (so `الملك`, an entity only now
 * and then, stays out). Returns `[type, keys]` pairs sorted by type then name.
 */
export const mineNames = (sentences: readonly TaggedSentence[], minRatio = 0.5): [string, string[]][] => {
  const tagged = new Map<string, Map<string, number>>()
  for (const { words, tags } of sentences) {
    for (const span of bioSpans(tags)) {
      const key = words.slice(span.start, span.end).map(nameKey).join(' ')
      let types = tagged.get(key)
      if (types === undefined) {
        types = new Map()
        tagged.set(key, types)
      }
      types.set(span.type, (types.get(span.type) ?? 0) + 1)
    }
  }
  // Count every occurrence of each candidate, entity or not, by walking a trie of the candidates.
  const candidates = createNameLexicon([...tagged.keys()].map((key) => ['?', key.split(' ')] as const))
  const occurrences = new Map<string, number>()
  for (const { words } of sentences) {
    const keys = words.map(nameKey)
    for (let start = 0; start < keys.length; start++) {
      let node: NameNode | undefined = candidates.root
      for (let end = start; end < keys.length && node !== undefined; end++) {
        node = node.next?.get(keys[end]!)
        if (node?.type !== undefined) {
          const key = keys.slice(start, end + 1).join(' ')
          occurrences.set(key, (occurrences.get(key) ?? 0) + 1)
        }
      }
    }
  }
  const names: [string, string[]][] = []
  for (const [key, types] of tagged) {
    let best = ''
    let bestCount = 0
    let total = 0
    for (const [type, count] of types) {
      total += count
      if (count > bestCount || (count === bestCount && type < best)) {
        best = type
        bestCount = count
      }
    }
    if (total / (occurrences.get(key) ?? total) >= minRatio && bestCount * 2 > total) {
      names.push([best, key.split(' ')])
    }
  }
  return names.sort(([leftType, left], [rightType, right]) => {
    const a = `${leftType} ${left.join(' ')}`
    const b = `${rightType} ${right.join(' ')}`
    return a < b ? -1 : a > b ? 1 : 0
  })
}

/** Parses a names file: `#` comments, then `TYPE<TAB>word word …` lines. */
export const parseNameLexicon = (text: string): NameLexicon =>
  createNameLexicon(
    text
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => {
        const [type = '', name = ''] = line.split('\t')
        return [type, name.split(' ')] as const
      }),
  )

/** Serialises names for `parseNameLexicon`. */
export const formatNames = (names: readonly (readonly [string, readonly string[]])[]): string =>
  names.map(([type, keys]) => `${type}\t${keys.join(' ')}`).join('\n')

// First words may carry proclitics (وبباريس, للأمم): also try each proclitic reading, with a written
// article kept (والعراق → العراق), as names are stored the way they are written alone.
/** The keys a word may start a name with: itself, then its proclitic readings. */
export const nameFirstKeys = (key: string): readonly string[] => {
  const keys = [key]
  const readings = cliticReadings(key)
  for (let index = 1; index < readings.length; index++) {
    const reading = readings[index]!
    if (reading.enclitic !== '' || reading.proclitics.length === 0) continue
    const candidate = reading.proclitics.includes('ال') ? `ال${reading.stem}` : reading.stem
    if (!keys.includes(candidate)) keys.push(candidate)
  }
  return keys
}

/**
 * Longest-match lookup over word keys, left to right: per token, `n:B-TYPE` or `n:I-TYPE` when a
 * name covers it, else ''. `firstKeys(i)` gives the keys token `i` may start a name with; `prefix`
 * tells one name list's labels from another's.
 */
export const matchNameKeys = (
  lexicon: NameLexicon,
  keys: readonly string[],
  firstKeys: (index: number) => readonly string[],
  prefix = 'n',
): string[] => {
  const labels = new Array<string>(keys.length).fill('')
  if (lexicon.root.next === undefined) return labels
  let start = 0
  while (start < keys.length) {
    let bestEnd = -1
    let bestType = ''
    for (const first of firstKeys(start)) {
      let node = lexicon.root.next?.get(first)
      let end = start + 1
      while (node !== undefined) {
        if (node.type !== undefined && end > bestEnd) {
          bestEnd = end
          bestType = node.type
        }
        if (end >= keys.length) break
        node = node.next?.get(keys[end]!)
        end++
      }
    }
    if (bestEnd < 0) {
      start++
      continue
    }
    for (let index = start; index < bestEnd; index++)
      labels[index] = `${prefix}:${index === start ? 'B' : 'I'}-${bestType}`
    start = bestEnd
  }
  return labels
}

/** Names in a sentence of raw words (see `matchNameKeys`). */
export const matchNames = (lexicon: NameLexicon, words: readonly string[]): string[] => {
  const keys = words.map(nameKey)
  return matchNameKeys(lexicon, keys, (index) => nameFirstKeys(keys[index]!))
}
