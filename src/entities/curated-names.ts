import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { resolvePackagePath } from '../lexicon/data-file.js'
import { createNameLexicon, type NameLexicon, nameKey } from './name-lexicon.js'

/** The folder of hand-written name lists, under `data/`. */
export const CURATED_NAMES_FOLDER = 'names'

/**
 * The words of an alias as the tagger's tokens would hold them: split on spaces, and on hyphens,
 * which the tokenizer splits off (مرسيدس-بنز).
 */
const aliasWords = (alias: string): string[] =>
  alias
    .split(/[\s-]+/u)
    .filter((word) => word !== '')
    .map(nameKey)

/**
 * Parses a curated name file (`#` comments, `CLASS<TAB>alias|alias|…` lines) into `[class, keys]`
 * pairs. The class (team, carmaker, broadcaster …) is what the tagger sees, not an entity type: the
 * tagger learns from its training data which type, if any, a class of names takes in context.
 */
export const curatedNamePairs = (text: string): [string, string[]][] => {
  const pairs: [string, string[]][] = []
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue
    const [nameClass = '', aliases = ''] = line.replace(/\r$/, '').split('\t')
    if (nameClass === '') continue
    for (const alias of aliases.split('|')) {
      const keys = aliasWords(alias)
      if (keys.length > 0) pairs.push([nameClass, keys])
    }
  }
  return pairs
}

/**
 * The hand-written name lists in `data/names/*.tsv` (football clubs, car makers, broadcasters,
 * companies): kinds of names that news reports often and that neither training corpus lists well.
 * They feed the tagger only (`c:` labels), never actor codes. `directory` is for experiments.
 */
export const loadCuratedNames = (
  directory = resolvePackagePath('data', CURATED_NAMES_FOLDER),
): NameLexicon => {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.tsv'))
    .sort()
  return createNameLexicon(
    files.flatMap((file) => curatedNamePairs(readFileSync(join(directory, file), 'utf8'))),
  )
}
