/**
 * The speaker-word lexicon (`data/attribution/speaker-words.tsv`): heads that decide who is speaking
 * (مصدر، وزير، وزارة، قناة، بيان), the qualifiers a speaker phrase may carry, relay media, links and the
 * words that end a phrase. Compiled once into a map from bare keys to roles.
 */
import { readTsvRows } from '../lexicon/data-file.js'
import { barePhraseKey } from './word-key.js'

/** The `role` column of the data file. */
export const SPEAKER_WORD_ROLES = {
  anonymous: 'an unnamed source: مصدر، مصادر، شهود',
  office: 'an office or rank: named when definite or followed by a name or a definite complement',
  member: 'one of many in a body: anonymous unless definite or named',
  body: 'an institution or group that speaks as one',
  outlet: 'a news medium',
  document: 'a written text',
  qualifier: 'an adjective a speaker phrase may carry',
  medium: 'what a relay is given in: تصريح، مقابلة',
  link: 'attaches an actor to a body: باسم، بقيادة، التابعة لـ',
  stop: 'a function or time word that ends a speaker phrase',
  generic: 'a speaker only with a qualifier: النظام السوري speaks, حسب النظام is "by the regulation"',
} as const

export type SpeakerWordRole = keyof typeof SPEAKER_WORD_ROLES

/** The roles that head a speaker phrase, in the order they win when a word has several. */
export const HEAD_ROLES = ['anonymous', 'document', 'outlet', 'office', 'member', 'body'] as const

export type HeadRole = (typeof HEAD_ROLES)[number]

export interface SpeakerWords {
  /** Roles of each bare key (one word) or bare phrase key (words joined by a space). */
  readonly roles: ReadonlyMap<string, ReadonlySet<SpeakerWordRole>>
  /** First keys of the multi-word entries, so a reader only tries a phrase where one can start. */
  readonly phraseStarts: ReadonlySet<string>
}

const isRole = (value: string): value is SpeakerWordRole => Object.hasOwn(SPEAKER_WORD_ROLES, value)

/**
 * Compiles rows of `words<TAB>role<TAB>note` into a lexicon.
 *
 * @example
 *   const words = compileSpeakerWords([['مصدر|مصادر', 'anonymous', '']])
 *   words.roles.get('مصدر')   // Set { 'anonymous' }
 */
export const compileSpeakerWords = (rows: readonly (readonly string[])[], origin = 'rows'): SpeakerWords => {
  const roles = new Map<string, Set<SpeakerWordRole>>()
  const phraseStarts = new Set<string>()
  rows.forEach(([words = '', role = ''], index) => {
    if (!isRole(role) || words === '') {
      throw new Error(`${origin}: row ${index + 1} is not "words<TAB>role<TAB>note" with a known role`)
    }
    for (const word of words.split('|')) {
      const key = barePhraseKey(word)
      if (key === '') continue
      const space = key.indexOf(' ')
      if (space > 0) phraseStarts.add(key.slice(0, space))
      const set = roles.get(key)
      if (set === undefined) roles.set(key, new Set([role]))
      else set.add(role)
    }
  })
  return { roles, phraseStarts }
}

let shared: SpeakerWords | undefined

/** The package's speaker words, read and compiled on first use. */
export const loadSpeakerWords = (): SpeakerWords => {
  shared ??= compileSpeakerWords(
    readTsvRows('attribution/speaker-words.tsv'),
    'data/attribution/speaker-words.tsv',
  )
  return shared
}

const NO_ROLES: ReadonlySet<SpeakerWordRole> = new Set()

/** The roles of a bare key, or an empty set. */
export const rolesOf = (words: SpeakerWords, key: string): ReadonlySet<SpeakerWordRole> =>
  words.roles.get(key) ?? NO_ROLES

/** The head role a key carries, the strongest first, or null. */
export const headRoleOf = (words: SpeakerWords, key: string): HeadRole | null => {
  const roles = words.roles.get(key)
  if (roles === undefined) return null
  for (const role of HEAD_ROLES) if (roles.has(role)) return role
  return null
}
