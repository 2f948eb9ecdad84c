/**
 * The head of a speaker phrase: a speaker word (مصدر، وزير، وزارة، قناة، بيان) or a name the gazetteer or
 * the entity layer knows, which decides what kind of speaker the phrase names.
 */
import type { GazetteerMatch } from '../lexicon/match-gazetteer.js'
import type { Token } from '../text/token.js'
import { ARTICLE } from './name-run.js'
import { nounReadings, type ProcliticContext } from './noun-readings.js'
import type { ReaderContext } from './reader-context.js'
import { type HeadRole, headRoleOf } from './speaker-words.js'
import { offsetAfterLetters } from './token-view.js'
import { bareKey } from './word-key.js'

/** What heads a speaker phrase: a speaker-word role, or what the gazetteer says the name is. */
export type HeadClass = HeadRole | 'person' | 'state' | 'name'

export const NAMED_TYPES: ReadonlySet<string> = new Set([
  'igo',
  'agency',
  'armed-group',
  'party',
  'ngo',
  'institution',
])
export const PLACE_TYPES: ReadonlySet<string> = new Set(['country', 'capital', 'city', 'region', 'landmark'])
/** Sectors of people rather than institutions: السكان، النازحون، الأطباء speak as unnamed witnesses. */
export const PEOPLE_SECTORS = /(?:CVL|REF|LAB|EDU|HLH|BUS|ELI)/u

export const PROCLITICS_BY_CONTEXT: Record<ProcliticContext, ReadonlySet<string>> = {
  article: new Set(),
  conjunction: new Set(['و', 'ف']),
  preposition: new Set(['و', 'ف', 'ل', 'ب', 'ك']),
}

/** ل + ال merge into لل, which the gazetteer keeps in the name's span with no proclitic listed. */
export const MERGED_LAM = 'لل'

export const matchFits = (
  match: GazetteerMatch | undefined,
  limit: number,
  context: ProcliticContext,
  token?: Token,
): match is GazetteerMatch =>
  match !== undefined &&
  match.endToken <= limit &&
  match.proclitics.every((proclitic) => PROCLITICS_BY_CONTEXT[context].has(proclitic)) &&
  !(context !== 'preposition' && token?.folded.startsWith(MERGED_LAM) === true)

export interface Head {
  readonly endToken: number
  readonly start: number
  readonly head: HeadClass
  readonly headKey: string
  readonly definite: boolean
  /** A many-word name or office (وزير الخارجية): specific, not one of many. */
  readonly specific: boolean
}

export const classOfMatch = (match: GazetteerMatch): HeadClass | null => {
  const { type, code } = match.entry
  if (type === 'person') return 'person'
  if (type === 'outlet') return 'outlet'
  if (type === 'country' || type === 'capital') return 'state'
  if (NAMED_TYPES.has(type)) return 'body'
  if (type === 'sector') return PEOPLE_SECTORS.test(code) ? 'member' : 'body'
  return null
}

/** The head of a speaker phrase at `at`, or null when the word cannot head one. */
export const readHead = (
  context: ReaderContext,
  at: number,
  limit: number,
  procliticContext: ProcliticContext,
): Head | null => {
  const { view, words } = context
  const token = view.tokens[at]
  if (token === undefined || at >= limit || token.kind !== 'word') return null
  const match = view.gazetteerAt[at]
  const fits = matchFits(match, limit, procliticContext, token)
  for (const reading of nounReadings(token, procliticContext)) {
    let endToken = at + 1
    let role = null as HeadRole | null
    if (words.phraseStarts.has(reading.key) && at + 1 < limit) {
      role = headRoleOf(words, `${reading.key} ${bareKey(view.tokens[at + 1]!.folded)}`)
      if (role !== null) endToken = at + 2
    }
    role ??= headRoleOf(words, reading.key)
    // موظفي الشركة، مسؤولي الوزارة: a plural in construct, its ن dropped.
    if (role === null && reading.key.endsWith('ي')) role = headRoleOf(words, `${reading.key}ن`)
    if (role === null) continue
    let head: HeadClass = role
    let specific = false
    let start = offsetAfterLetters(view, at, reading.prefixLetters)
    if (fits && match!.endToken > endToken) {
      const matched = classOfMatch(match!)
      if (matched === 'person' || matched === 'outlet') head = matched
      // وزير الخارجية names one office; قائد عسكري is one of many.
      for (let index = at + 1; index < match!.endToken; index++) {
        if (view.tokens[index]!.folded.startsWith(ARTICLE)) specific = true
      }
      endToken = match!.endToken
      start = match!.start
    }
    return { endToken, start, head, headKey: reading.key, definite: reading.definite, specific }
  }
  if (fits) {
    const head = classOfMatch(match!)
    if (head === null) return null
    return {
      endToken: match!.endToken,
      start: match!.start,
      head,
      // A sector noun is referred back to by its word (السكان … الأهالي), a name by its actor.
      headKey:
        match!.entry.type === 'sector'
          ? (nounReadings(token, procliticContext)[0]?.key ?? '')
          : match!.entry.code,
      definite: true,
      specific: true,
    }
  }
  const personEnd = view.personEnd[at]!
  if (personEnd > at && personEnd <= limit && procliticContext !== 'preposition') {
    return {
      endToken: personEnd,
      start: token.start,
      head: 'person',
      headKey: view.keys[at]!,
      definite: true,
      specific: true,
    }
  }
  return null
}
