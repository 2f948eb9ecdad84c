/**
 * The cue lexicon: `data/events/cues.tsv` compiled into single words (by folded key), verb forms (every
 * inflection) and phrases, each mapped to its cue kinds as bit flags; and `designations.tsv`, words that
 * name an actor (الاحتلال → ISR).
 */
import { readFileSync } from 'node:fs'
import { resolvePackagePath } from '../lexicon/data-file.js'
import { matchKey } from '../lexicon/gazetteer.js'
import { foldWord } from '../text/fold.js'
import { CUE, isCueKind } from './cue-kinds.js'
import { parseVerbStems, verbForms } from './verb-paradigm.js'

export interface Designation {
  readonly code: string
  readonly name: string
}

export interface CueLexicon {
  /** Single words (folded, ة as ه) → cue flags. */
  readonly words: ReadonlyMap<string, number>
  /** Verb forms → cue flags. */
  readonly verbs: ReadonlyMap<string, number>
  /** Phrases: space-joined keys → cue flags; `phraseStarts` holds their first keys. */
  readonly phrases: ReadonlyMap<string, number>
  readonly phraseStarts: ReadonlyMap<string, readonly string[][]>
  readonly designations: ReadonlyMap<string, Designation>
  /** Place nouns (مدينة، ريف، شوارع), with and without the article. */
  readonly placeNouns: ReadonlySet<string>
  /** Words of sports reporting: in their sentences force words are moves of play. */
  readonly sportsWords: ReadonlySet<string>
}

const add = (map: Map<string, number>, key: string, flag: number): void => {
  map.set(key, (map.get(key) ?? 0) | flag)
}

const keyOf = (word: string): string => matchKey(foldWord(word))

const rowsOf = (text: string, name: string): { cells: string[]; origin: string }[] =>
  text.split('\n').flatMap((line, index) => {
    const trimmed = line.replace(/\r$/, '')
    if (trimmed.trim() === '' || trimmed.startsWith('#')) return []
    return [{ cells: trimmed.split('\t').map((cell) => cell.trim()), origin: `${name}:${index + 1}` }]
  })

/**
 * Compiles the cue and designation files' text.
 *
 * @example
 *   const cues = compileCueLexicon('لم\tnegation\nقال/يقول\tclause-verb', '')
 *   cues.verbs.get('يقولون')   // CUE['clause-verb']
 */
export const compileCueLexicon = (
  cueText: string,
  designationText: string,
  placeText = '',
  sportsText = '',
): CueLexicon => {
  const words = new Map<string, number>()
  const verbs = new Map<string, number>()
  const phrases = new Map<string, number>()
  const phraseStarts = new Map<string, string[][]>()
  for (const { cells, origin } of rowsOf(cueText, 'cues.tsv')) {
    const [form = '', kind = ''] = cells
    if (!isCueKind(kind))
      throw new Error(`isnad: ${origin}: unknown cue kind '${kind}' (columns: form, kind, note)`)
    const flag = CUE[kind]
    if (form.includes('/')) {
      for (const { form: verb } of verbForms(parseVerbStems(form))) add(verbs, matchKey(verb), flag)
    } else if (form.includes(' ')) {
      const keys = form.split(/\s+/).map(keyOf)
      add(phrases, keys.join(' '), flag)
      const starts = phraseStarts.get(keys[0]!) ?? []
      starts.push(keys)
      phraseStarts.set(keys[0]!, starts)
    } else add(words, keyOf(form), flag)
  }
  const designations = new Map<string, Designation>()
  for (const { cells } of rowsOf(designationText, 'designations.tsv')) {
    const [forms = '', code = '', name = ''] = cells
    for (const form of forms.split('|')) designations.set(keyOf(form), { code, name })
  }
  const placeNouns = new Set<string>()
  for (const { cells } of rowsOf(placeText, 'place-nouns.tsv')) {
    const key = keyOf(cells[0] ?? '')
    placeNouns.add(key)
    placeNouns.add(`ال${key}`)
  }
  const sportsWords = new Set(
    rowsOf(sportsText, 'sports-words.tsv').map(({ cells }) => keyOf(cells[0] ?? '')),
  )
  return { words, verbs, phrases, phraseStarts, designations, placeNouns, sportsWords }
}

/** Reads `data/events/cues.tsv`, `designations.tsv`, `place-nouns.tsv` and `sports-words.tsv`. */
export const readCueLexicon = (): CueLexicon =>
  compileCueLexicon(
    readFileSync(resolvePackagePath('data', 'events', 'cues.tsv'), 'utf8'),
    readFileSync(resolvePackagePath('data', 'events', 'designations.tsv'), 'utf8'),
    readFileSync(resolvePackagePath('data', 'events', 'place-nouns.tsv'), 'utf8'),
    readFileSync(resolvePackagePath('data', 'events', 'sports-words.tsv'), 'utf8'),
  )
