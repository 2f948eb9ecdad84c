/**
 * Actor resolution: from the tokens of a mention (a name, or a phrase such as وفد سوري مشترك من وزارة
 * الخارجية) to a CAMEO-style actor code, the country, an English name and a Latin spelling. A named actor
 * (a person, a group, a body) decides the code; otherwise a sector head noun and a country (a nisba, a
 * country or place name, or the document's context) compose it; a bare nisba or country is the country.
 */

import { dayOf, latestBefore, pickEntry } from '../lexicon/entry-validity.js'
import type { Gazetteer } from '../lexicon/gazetteer.js'
import { type GazetteerEntry, type GazetteerType, isSectorPattern } from '../lexicon/gazetteer-types.js'
import { type GazetteerMatch, matchGazetteer } from '../lexicon/match-gazetteer.js'
import type { ActorRef } from '../pipeline/analysis.js'
import type { Token } from '../text/token.js'
import type { ActorSector } from '../vocabulary/actor-sectors.js'
import { actorCodeName, composeActorCode, splitActorCode } from './actor-code.js'
import { romanize } from './romanize.js'

export interface ResolveActorOptions {
  /** The document's publication date (ISO): picks the office a person held, the name a body had, then. */
  readonly published?: string | null
  /** The country a sector noun falls back on when the mention names none (the outlet's, the story's). */
  readonly defaultCountry?: string | null
  /** The document text the token offsets point into: gives the Latin fallback the original spelling. */
  readonly text?: string
  /** Where the mention starts in `text` when a proclitic on its first token is not part of it (و+فيصل). */
  readonly start?: number
}

/** What a mention resolves to; the fields of an `Entity` beyond its span and type. */
export interface ActorResolution {
  /** The actor, or null for a place or an unknown mention. */
  readonly actor: ActorRef | null
  /** ISO alpha-3 of the country the actor or place belongs to, or null. */
  readonly country: string | null
  readonly sectors: readonly ActorSector[]
  /** The English name when known, else a romanisation of the mention. */
  readonly latin: string | null
  /** The entry type of the head of the mention (`person`, `sector`, `city` …), or null. */
  readonly type: GazetteerType | null
  /** The gazetteer entry the resolution rests on (the named actor, or the head), or null. */
  readonly entry: GazetteerEntry | null
  readonly matches: readonly GazetteerMatch[]
}

const NAMED_TYPES: ReadonlySet<GazetteerType> = new Set([
  'person',
  'armed-group',
  'party',
  'agency',
  'igo',
  'ngo',
  'outlet',
])
const COUNTRY_TYPES: ReadonlySet<GazetteerType> = new Set([
  'country',
  'nationality',
  'capital',
  'city',
  'region',
  'landmark',
])
const PLACE_TYPES: ReadonlySet<GazetteerType> = new Set(['capital', 'city', 'region', 'landmark'])
const QUOTE = '"'

/** The entry a name stands for on `date`; out of every dated row, the one that ended last. */
const entryOn = (match: GazetteerMatch, date: string | null): GazetteerEntry =>
  pickEntry(match.entries, date) ??
  (date === null ? undefined : latestBefore(match.entries, date)) ??
  match.entry

const isDatedOut = (entry: GazetteerEntry, date: string | null): boolean =>
  date !== null && entry.to !== null && entry.to <= date

/** Whether the matches cover every word token (quotation marks aside): the mention is names only. */
const coversAll = (tokens: readonly Token[], matches: readonly GazetteerMatch[]): boolean => {
  const covered = new Uint8Array(tokens.length)
  for (const match of matches) covered.fill(1, match.startToken, match.endToken)
  return tokens.every(
    (token, index) => covered[index] === 1 || token.folded === QUOTE || token.kind === 'punctuation',
  )
}

/** The mention as written, less proclitics a name at its start carries (بوساطة stays, وبباريس → باريس). */
const mentionText = (
  tokens: readonly Token[],
  matches: readonly GazetteerMatch[],
  text: string | undefined,
  mentionStart: number | undefined,
): string => {
  if (text === undefined || tokens.length === 0) return tokens.map((token) => token.folded).join(' ')
  const first = matches[0]
  const start =
    first !== undefined && first.startToken === 0 ? first.start : (mentionStart ?? tokens[0]!.start)
  return text.slice(start, tokens.at(-1)!.end)
}

const resolution = (
  fields: Omit<ActorResolution, 'matches' | 'latin'>,
  matches: readonly GazetteerMatch[],
  latin: string | null,
): ActorResolution => ({ ...fields, matches, latin })

/**
 * Resolves the tokens of one mention to an actor.
 *
 * @example
 *   const text = 'وفد سوري مشترك من وزارة الخارجية'
 *   resolveActor(tokenize(text), loadGazetteer(), { text }).actor
 *   // { code: 'SYRGOV', name: 'Syria (government)' }
 *   resolveActor(tokenize('بوساطة أميركية'), loadGazetteer()).actor   // { code: 'USA', name: 'United States' }
 */
export const resolveActor = (
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  options: ResolveActorOptions = {},
): ActorResolution => {
  const date = dayOf(options.published)
  const matches = matchGazetteer(tokens, gazetteer, {
    date,
    ...(options.text === undefined ? {} : { text: options.text }),
  })
  const named = matches.find((match) => NAMED_TYPES.has(match.entry.type))
  const sector = matches.find((match) => isSectorPattern(match.entry))
  const located = matches.find((match) => COUNTRY_TYPES.has(match.entry.type) && match.entry.country !== null)
  const allNames = coversAll(tokens, matches)
  const fallbackLatin = (): string => romanize(mentionText(tokens, matches, options.text, options.start))
  const name = (code: string): string => actorCodeName(code, gazetteer.countryNames)

  if (named !== undefined) {
    const entry = entryOn(named, date)
    const headSectors =
      sector !== undefined && sector.startToken < named.startToken
        ? splitActorCode(sector.entry.code).sectors
        : []
    let code = entry.code
    // A person out of every office still belongs to a country; a sector before a person's name makes
    // that person's state the actor (قوات الأسد → SYRMIL, حكومة نتنياهو → ISRGOV).
    if (entry.type === 'person' && entry.country !== null) {
      if (headSectors.length > 0) code = composeActorCode(entry.country, headSectors)
      else if (isDatedOut(entry, date)) code = entry.country
    }
    const sectors = splitActorCode(code).sectors
    const actorName = code === entry.code ? entry.english : name(code)
    const latin = allNames ? entry.english : fallbackLatin()
    return resolution(
      { actor: { code, name: actorName }, country: entry.country, sectors, type: entry.type, entry },
      matches,
      latin,
    )
  }

  if (sector !== undefined) {
    const sectors = splitActorCode(sector.entry.code).sectors
    const country = located?.entry.country ?? options.defaultCountry ?? null
    const code = composeActorCode(country, sectors)
    const latin = allNames && matches.length === 1 ? sector.entry.english : fallbackLatin()
    return resolution(
      { actor: { code, name: name(code) }, country, sectors, type: sector.entry.type, entry: sector.entry },
      matches,
      latin,
    )
  }

  const group = matches.find((match) => match.entry.type === 'group')
  const head = located ?? group
  if (head === undefined) {
    return resolution(
      { actor: null, country: null, sectors: [], type: null, entry: null },
      matches,
      fallbackLatin(),
    )
  }
  const entry = head.entry
  const latin = allNames && matches.length === 1 ? entry.english : fallbackLatin()
  if (PLACE_TYPES.has(entry.type) || entry.type === 'group') {
    // A place is not an actor by itself; a group is, with no country (الأكراد → KUR).
    const actor = entry.type === 'group' ? { code: entry.code, name: entry.english } : null
    return resolution({ actor, country: entry.country, sectors: [], type: entry.type, entry }, matches, latin)
  }
  const code = entry.country!
  return resolution(
    {
      actor: { code, name: gazetteer.countryNames.get(code) ?? entry.english },
      country: code,
      sectors: [],
      type: entry.type,
      entry,
    },
    matches,
    latin,
  )
}
