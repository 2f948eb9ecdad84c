/**
 * The gazetteer: every `data/gazetteer/*.tsv` file compiled once into a phrase index keyed by folded tokens
 * (ة folded to ه, so سورية and سوريه meet). Loaded lazily and shared read-only.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { foldWord } from '../text/fold.js'
import { tokenize } from '../text/tokenize.js'
import { resolvePackagePath } from './data-file.js'
import { type GazetteerSource, gazetteerSourceHash, readGazetteerCache } from './gazetteer-cache.js'
import { parseGazetteerTsv } from './gazetteer-file.js'
import type { GazetteerEntry, GazetteerType } from './gazetteer-types.js'
import { createPhraseIndex, type PhraseIndex, phraseInsert } from './phrase-index.js'

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[]
  /** The aliases as folded token phrases; each phrase's entries are ordered best first. */
  readonly index: PhraseIndex<GazetteerEntry>
  /** English name of each country code, from the `country` rows. */
  readonly countryNames: ReadonlyMap<string, string>
}

/** The key of one token: its folded form with ة folded to ه too. */
export const matchKey = (folded: string): string => foldWord(folded, { tehMarbuta: true })

// Plain Arabic words between single spaces: the tokenizer would split them at the spaces anyway.
const PLAIN_ALIAS = /^[\u0621-\u064a]+(?: [\u0621-\u064a]+)*$/

/** The token keys of an alias as the tokenizer would split it; quotation marks are left out. */
export const aliasKeys = (alias: string): string[] => {
  if (PLAIN_ALIAS.test(alias)) return alias.split(' ').map(matchKey)
  return tokenize(alias)
    .map((token) => matchKey(token.folded))
    .filter((key) => key !== '"')
}

// When one name has several readings, the more specific, more named kind comes first.
const TYPE_ORDER: readonly GazetteerType[] = [
  'person',
  'armed-group',
  'party',
  'agency',
  'igo',
  'ngo',
  'outlet',
  'country',
  'capital',
  'city',
  'region',
  'landmark',
  'group',
  'nationality',
  'institution',
  'sector',
]
const typeRank = (type: GazetteerType): number => TYPE_ORDER.indexOf(type)

// Plain code-unit order: localeCompare goes through ICU and dominated cold loading.
const compareText = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0)

// Within a type: current entries (no end date) first, then the most recent.
const compareEntries = (left: GazetteerEntry, right: GazetteerEntry): number =>
  typeRank(left.type) - typeRank(right.type) ||
  (left.to === null ? 0 : 1) - (right.to === null ? 0 : 1) ||
  compareText(right.from ?? '', left.from ?? '')

/**
 * Compiles entries into a gazetteer: each alias is tokenized and folded like text is, then inserted.
 *
 * @example
 *   const gazetteer = compileGazetteer(parseGazetteerTsv(tsv, 'test.tsv'))
 */
export const compileGazetteer = (entries: readonly GazetteerEntry[]): Gazetteer => {
  const index = createPhraseIndex<GazetteerEntry>()
  const countryNames = new Map<string, string>()
  for (const entry of entries) {
    if (entry.type === 'country' && !countryNames.has(entry.code)) countryNames.set(entry.code, entry.english)
    for (const alias of entry.aliases) {
      const keys = aliasKeys(alias)
      phraseInsert(index, keys, entry)
    }
  }
  for (const values of index.phrases.values()) if (values.length > 1) values.sort(compareEntries)
  return { entries, index, countryNames }
}

/** The `*.tsv` files directly under a gazetteer folder (default `data/gazetteer`), sorted by name. */
export const readGazetteerSources = (
  directory = resolvePackagePath('data', 'gazetteer'),
): GazetteerSource[] =>
  readdirSync(directory)
    .filter((name) => name.endsWith('.tsv'))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${directory}/${name}`, 'utf8') }))

/** Reads and parses every `*.tsv` directly under a gazetteer folder (default `data/gazetteer`). */
export const readGazetteerEntries = (directory?: string): GazetteerEntry[] =>
  readGazetteerSources(directory).flatMap((source) => parseGazetteerTsv(source.text, source.name))

let shared: Gazetteer | undefined

/**
 * The package's gazetteer, loaded on first use and shared: from the compiled cache when it matches the
 * TSV files (a few milliseconds), else compiled from them (a few tens of milliseconds).
 *
 * @example
 *   const gazetteer = loadGazetteer()
 *   matchGazetteer(tokenize('وصل إلى دمشق'), gazetteer)[0]?.entry.english   // 'Damascus'
 */
export const loadGazetteer = (): Gazetteer => {
  if (shared !== undefined) return shared
  const sources = readGazetteerSources()
  shared =
    readGazetteerCache(gazetteerSourceHash(sources)) ??
    compileGazetteer(sources.flatMap((source) => parseGazetteerTsv(source.text, source.name)))
  return shared
}
