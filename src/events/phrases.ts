/**
 * Noun phrases and clause edges, read off the words with a few rules of Arabic news syntax: a phrase is a
 * head with its adjectives, genitives, names and quotation marks; it ends at a preposition, a verb, a
 * punctuation mark, a function word, a time expression, or a second definite noun that is no adjective
 * (اتهم الوفدُ الاحتلالَ: two phrases). Coordination (و، «، و») splits a phrase into conjuncts.
 */

import type { GazetteerMatch } from '../lexicon/match-gazetteer.js'
import { ANY_LIGHT, CUE, PHRASE_ENDERS } from './cue-kinds.js'
import { matchOf, type SentenceContext } from './sentence-context.js'
import { isCue, prepositionOf, type Word } from './words.js'

/** A run of words `[first, end)` by position. */
export interface Phrase {
  readonly first: number
  readonly end: number
}

export interface PhraseReading {
  /** The whole phrase, conjuncts and all. */
  readonly phrase: Phrase
  readonly conjuncts: readonly Phrase[]
}

const PLACE_TYPES: ReadonlySet<string> = new Set(['country', 'capital', 'city', 'region', 'landmark'])
const PARTITIVES: ReadonlySet<string> = new Set(['من', 'عن', 'في'])
const TELLING_TYPES: ReadonlySet<string> = new Set([
  'igo',
  'agency',
  'armed-group',
  'party',
  'ngo',
  'outlet',
  'person',
])
const NAME_TYPES: ReadonlySet<string> = new Set([
  'country',
  'capital',
  'city',
  'person',
  'armed-group',
  'party',
  'igo',
  'agency',
])

/** The most words one conjunct takes: a phrase longer than this has run past its end. */
const MAX_CONJUNCT = 10

// Nisba adjectives end in ي / ية (folded ه) / يين / يون / يان; checked on the stem.
const NISBA_ENDINGS = ['ي', 'يه', 'يين', 'يون', 'يان', 'يتين', 'يتان', 'يات']

/** Whether a word can follow a definite noun as its adjective rather than start a new phrase. */
const adjectival = (context: SentenceContext, word: Word): boolean => {
  if (isCue(word, CUE.adjective | CUE['np-link'])) return true
  const match = matchOf(context, word.position)
  if (match !== undefined) return match.startToken < word.position || match.entry.type === 'nationality'
  return NISBA_ENDINGS.some((ending) => word.stem.endsWith(ending) && word.stem.length > ending.length + 2)
}

/** Whether a word stands as a verb here: a verbal trigger or a light or clause verb not written as a noun. */
export const isVerbal = (context: SentenceContext, word: Word): boolean => {
  const hit = context.hitAt.get(word.position)
  if (hit !== undefined) return hit.verbal
  if (word.article || word.preposition !== '') return false
  return word.verbStems.some(
    (stem) =>
      (context.lexicon.cues.verbs.get(stem.key) ?? 0) &
      (ANY_LIGHT | CUE['clause-verb'] | CUE.gather | CUE.undergo | CUE.purpose | CUE.denial | CUE.future),
  )
}

/** Whether the word is part of a name that says who: a country, a nisba with its country, a named body. */
const tells = (context: SentenceContext, position: number): boolean => {
  const match = matchOf(context, position)
  return match !== undefined && (match.entry.country !== null || TELLING_TYPES.has(match.entry.type))
}

/**
 * Whether the word at `position` is (in) a person's name: the gazetteer's or one the entity tagger
 * found (a minister the gazetteer does not list).
 */
const isPersonWord = (
  context: SentenceContext,
  position: number,
  match: GazetteerMatch | undefined,
): boolean => match?.entry.type === 'person' || context.personStart[position]! >= 0

/** Whether a person's name stands among the words `first .. end-1`. */
const namesPerson = (context: SentenceContext, first: number, end: number): boolean => {
  for (let at = first; at < end; at++) if (isPersonWord(context, at, matchOf(context, at))) return true
  return false
}

/** Whether a name that is an actor (not a nisba, not a place) starts at `position`. */
const actorHere = (context: SentenceContext, position: number): boolean => {
  const match = matchOf(context, position)
  return (
    match !== undefined &&
    match.startToken === position &&
    match.entry.type !== 'nationality' &&
    !PLACE_TYPES.has(match.entry.type)
  )
}

/** Whether the words after من/عن begin a named or sectoral actor (ممثلين عن الكيان، عناصر من الجيش). */
const actorFollows = (context: SentenceContext, position: number, preposition: string): boolean => {
  const match = matchOf(context, position)
  if (match === undefined || match.startToken !== position || match.entry.type === 'nationality') return false
  // قيادي في الحرس الثوري: في joins a member to a body, never to a place.
  return preposition !== 'في' || !PLACE_TYPES.has(match.entry.type)
}

const hasCountry = (context: SentenceContext, phrase: Phrase): boolean => {
  for (let position = phrase.first; position < phrase.end; position++) {
    const match = matchOf(context, position)
    if (match !== undefined && match.entry.country !== null) return true
  }
  return false
}

/** The next word after `position` that is not a quotation mark. */
const nextWord = (words: readonly Word[], position: number): Word | undefined => {
  let at = position + 1
  while (at < words.length && words[at]!.kind === 'quote') at++
  return words[at]
}

export interface PhraseOptions {
  /** Split on و and on «، و» into conjuncts (default true). */
  readonly coordinate?: boolean
  /** Let من/عن + an actor continue a phrase that names no country yet (default true). */
  readonly partitive?: boolean
}

/**
 * Reads the noun phrase that starts at `position` (after a verb, a preposition, a light verb), or
 * undefined when none starts there.
 *
 * @example
 *   // الجماعات المسلحة بقيادة أبو محمد الجولاني عبّرت … → one phrase up to الجولاني
 */
export const readPhrase = (
  context: SentenceContext,
  position: number,
  options: PhraseOptions = {},
): PhraseReading | undefined => {
  const { words } = context
  const coordinate = options.coordinate ?? true
  const partitive = options.partitive ?? true
  let at = position
  while (at < words.length && words[at]!.kind === 'quote') at++
  const head = words[at]
  if (head === undefined || (head.kind !== 'word' && head.kind !== 'number')) return undefined
  // An attached preposition on the head is the caller's business (بالقوات is read as القوات).
  if (head.kind === 'word' && isCue(head, PHRASE_ENDERS) && !isCue(head, CUE.pair)) return undefined
  if (context.inTime[at] === 1 || context.consumed[at] === 1 || isVerbal(context, head)) return undefined
  const conjuncts: Phrase[] = []
  let start = at
  let definite = head.article
  // The phrase already says who it is (a name, a country, a nisba): another name starts a new phrase.
  let named = tells(context, at)
  let last = at
  at++
  const close = (): void => {
    conjuncts.push({ first: start, end: last + 1 })
  }
  while (at < words.length) {
    const word = words[at]!
    if (at - start >= MAX_CONJUNCT) break
    if (word.kind === 'quote') {
      at++
      continue
    }
    const match = matchOf(context, at)
    const person = isPersonWord(context, at, match)
    // The rest of a person's name the phrase has taken in: أيمن الصفدي is one name, not noun + adjective.
    if (person && context.personStart[at]! < at && context.personStart[at]! >= start && last === at - 1) {
      last = at++
      continue
    }
    if (match !== undefined && match.startToken < at) {
      named ||= tells(context, at)
      definite ||= word.article
      last = at++
      continue
    }
    if (word.kind === 'dash') {
      const next = nextWord(words, at)
      const nextMatch = next === undefined ? undefined : matchOf(context, next.position)
      if (nextMatch?.entry.type !== 'nationality') break
      at++
      continue
    }
    if (word.kind === 'comma') {
      const next = nextWord(words, at)
      if (!coordinate || next === undefined || !next.conjunction || isVerbal(context, next)) break
      if (isCue(next, PHRASE_ENDERS) || prepositionOf(next) !== '' || context.hitAt.has(next.position)) break
      close()
      at = next.position
      start = at
      definite = next.article
      named = tells(context, at)
      last = at++
      continue
    }
    if (word.kind !== 'word' || context.inTime[at] === 1) break
    if (isCue(word, CUE['np-link'])) {
      // بقيادة أبو محمد الجولاني: the name after the link belongs to the phrase.
      definite = false
      last = at++
      continue
    }
    // قافلة للجيش المالي: ل + an actor after a head that names no one yet says whose it is.
    if (
      word.preposition === 'ل' &&
      !hasCountry(context, { first: start, end: last + 1 }) &&
      actorHere(context, at)
    ) {
      named ||= tells(context, at)
      last = at++
      continue
    }
    // عشرة فلسطينيين after a name: a count opens the next phrase.
    if (isCue(word, CUE.quantity)) break
    if (isCue(word, PHRASE_ENDERS) || prepositionOf(word) !== '') {
      const partitiveWord = word.preposition === '' && PARTITIVES.has(word.form)
      if (
        !(
          partitive &&
          partitiveWord &&
          !hasCountry(context, { first: start, end: last + 1 }) &&
          actorFollows(context, at + 1, word.form)
        )
      ) {
        break
      }
      last = at++
      continue
    }
    if (context.consumed[at] === 1 || isVerbal(context, word)) break
    if (word.conjunction) {
      if (!coordinate) break
      close()
      start = at
      definite = word.article
      named = tells(context, at)
      last = at++
      continue
    }
    if (word.article && definite && !adjectival(context, word)) break
    // A name after a definite noun starts the next phrase (حمّلت الخارجيةُ إسرائيلَ المسؤولية) — unless
    // the noun only says what kind of place the name is (العاصمة كييف، مدينة حلب).
    const apposition = last === start && context.lexicon.cues.placeNouns.has(words[start]!.form)
    // A person's name after a title is the title's bearer (الرئيس السوري أحمد الشرع، الوزير رائد أبو
    // السعود), unless the phrase has named its person already.
    const bearer = person && !namesPerson(context, start, at)
    if (definite && match !== undefined && NAME_TYPES.has(match.entry.type) && !apposition && !bearer) break
    // Who is named already: a second name is the next phrase (طالبت مصرُ إسرائيلَ، الرئيس الصيني رئيسَ
    // الوزراء), except a person's name in apposition (الرئيس التركي رجب طيب أردوغان).
    if (named && match !== undefined && match.entry.type !== 'nationality' && match.entry.type !== 'person')
      break
    // After a definite noun, an indefinite one or a possessed one is no adjective: الاحتلالِ منازلَ، نظيرَه.
    if (definite && !word.article && !adjectival(context, word) && !person) break
    if (definite && word.enclitic !== '') break
    definite ||= word.article
    named ||= tells(context, at)
    last = at++
  }
  close()
  return { phrase: { first: conjuncts[0]!.first, end: last + 1 }, conjuncts }
}

const isHardStop = (word: Word): boolean => word.kind === 'stop'

/** How far left of an event noun the verb that makes its subject suffer it may stand. */
const UNDERGO_REACH = 5

/**
 * The position of تعرّض (or another undergo verb) a few words left of `position` in its clause, or -1:
 * تعرضت دورية إسرائيلية لهجوم.
 */
export const undergoBefore = (context: SentenceContext, position: number): number => {
  for (let at = position - 1; at >= Math.max(0, position - UNDERGO_REACH); at--) {
    const word = context.words[at]!
    if (word.kind === 'comma' || word.kind === 'stop') return -1
    if (isCue(word, CUE.undergo)) return at
  }
  return -1
}

/**
 * The first word of the clause a word stands in: after the nearest comma, stop, complementizer, relative
 * pronoun or clause particle to its left, or the coordinated verb that opens it (وتعهدت).
 */
export const clauseStart = (context: SentenceContext, position: number): number => {
  const { words } = context
  for (let at = position - 1; at >= 0; at--) {
    const word = words[at]!
    // A dash closes a dateline (بغداد - …) or an aside.
    if (word.kind === 'comma' || word.kind === 'dash' || isHardStop(word)) return at + 1
    if (isCue(word, CUE.complementizer | CUE.relative | CUE.particle)) return at + 1
    if (word.conjunction && isVerbal(context, word)) return at
  }
  return 0
}

/**
 * The end (exclusive) of the stretch after a word where its own arguments can stand: up to a stop, a
 * complementizer, another verb opening a clause, or a comma — unless the comma goes on with وذلك or with
 * a verb that still describes the same event (عُقد …، وجمع بين …).
 */
export const clauseEnd = (
  context: SentenceContext,
  position: number,
  options: { relative?: boolean } = {},
): number => {
  const { words } = context
  for (let at = position + 1; at < words.length; at++) {
    const word = words[at]!
    if (isHardStop(word)) return at
    if (word.kind === 'comma') {
      const next = nextWord(words, at)
      if (next === undefined) return at
      const continues =
        next.form === 'ذلك' ||
        next.key === 'وذلك' ||
        (next.conjunction && isCue(next, CUE.gather | CUE['light-intransitive']))
      if (!continues) return at
      continue
    }
    if (isCue(word, CUE.complementizer)) return at
    if (isCue(word, CUE.relative) && options.relative !== true) return at
    if (word.conjunction && isVerbal(context, word) && !isCue(word, CUE.gather | CUE['light-intransitive']))
      return at
    if (context.hitAt.get(at)?.verbal === true && !word.conjunction && at > position + 1) {
      if (!isCue(word, ANY_LIGHT)) return at
    }
    // لما وصفته، بما يضمن: a verb after ما relative still belongs to the phrase before it.
    const before = words[at - 1]
    if (isCue(word, CUE['clause-verb']) && !isCue(word, ANY_LIGHT) && before?.stem !== 'ما') return at
  }
  return words.length
}
