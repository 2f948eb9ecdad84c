/**
 * The entities stage: the trained tagger finds names sentence by sentence, the gazetteer adds the names
 * it knows that the tagger missed, and actor resolution gives each mention its code, country and Latin
 * spelling.
 */
import type { Gazetteer } from '../lexicon/gazetteer.js'
import { GAZETTEER_TYPES } from '../lexicon/gazetteer-types.js'
import { type GazetteerMatch, matchGazetteer } from '../lexicon/match-gazetteer.js'
import type { Entity } from '../pipeline/analysis.js'
import type { Document } from '../pipeline/document.js'
import type { Token } from '../text/token.js'
import { type EntityType, isEntityType } from '../vocabulary/entity-types.js'
import { bioSpans } from './bio.js'
import { type CorpusTags, profileShows } from './corpus-tags.js'
import { nameKey } from './name-lexicon.js'
import { type ActorResolution, resolveActor } from './resolve-actor.js'
import { type Tagger, tagDocument } from './tagger.js'

export interface EntityResources {
  readonly tagger: Tagger
  readonly gazetteer: Gazetteer
}

/** A mention before resolution: a run of tokens and its type. */
interface Mention {
  readonly startToken: number
  readonly endToken: number
  readonly type: EntityType
  /** Where the name starts in the text: after proclitics the gazetteer stripped (وبباريس → باريس). */
  readonly start: number
}

/**
 * A conjunction or preposition glued before the article (والعراق، بالقاهرة، فالحكومة): without a lexicon,
 * only there is a proclitic certain, since names may begin with these letters (وليد، بيروت، كركوك).
 */
const PROCLITICS_BEFORE_ARTICLE = /^[وف]?[بلك]?(?=ال.{2,})/u

/**
 * Whether a first word's leading و is the conjunction (وفيصل القصيبي after another name): the rest is a
 * word the tagger read as this type in at least half its uses across SaudiNewsNet, so a name that
 * itself begins with و (وليد، وائل، وسام) keeps its letter.
 */
const conjunctionBefore = (word: string, type: EntityType, corpusTags: CorpusTags | undefined): boolean => {
  if (corpusTags === undefined || word.length < 4 || word[0] !== 'و') return false
  return profileShows(corpusTags, nameKey(word.slice(1)), type, 50)
}

/** The first-token offset where a tagged name really starts: the gazetteer's reading when it has one. */
const nameStart = (
  text: string,
  token: Token,
  match: GazetteerMatch | undefined,
  type: EntityType,
  corpusTags: CorpusTags | undefined,
): number => {
  if (match !== undefined) return match.start
  const word = text.slice(token.start, token.end)
  const prefix = PROCLITICS_BEFORE_ARTICLE.exec(word)?.[0] ?? ''
  if (prefix === '' && conjunctionBefore(word, type, corpusTags)) return token.start + 1
  return token.start + prefix.length
}

/**
 * The tagger's mentions as token runs. The whole document is tagged at once, sentence by sentence, so a
 * model trained with document context sees how a name was read elsewhere in the article.
 */
const taggedMentions = (document: Document, tagger: Tagger): Mention[] => {
  const { tokens } = document
  const firstTokens: number[] = []
  const sentences: string[][] = []
  let tokenIndex = 0
  for (const sentence of document.sentences) {
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.end <= sentence.start) tokenIndex++
    const first = tokenIndex
    while (tokenIndex < tokens.length && tokens[tokenIndex]!.start < sentence.end) tokenIndex++
    if (tokenIndex === first) continue
    firstTokens.push(first)
    // The tokens' folded forms stand for the words: the tagger folds each word first (folding twice
    // changes nothing), and the folded strings are the ones the gazetteer matcher already keyed on.
    sentences.push(tokens.slice(first, tokenIndex).map((token) => token.folded))
  }
  const mentions: Mention[] = []
  for (const [index, tags] of tagDocument(sentences, tagger).entries()) {
    const first = firstTokens[index]!
    for (const span of bioSpans(tags)) {
      if (!isEntityType(span.type)) continue
      const startToken = first + span.start
      mentions.push({
        startToken,
        endToken: first + span.end,
        type: span.type,
        start: tokens[startToken]!.start,
      })
    }
  }
  return mentions
}

/**
 * A person's name ends before a listed name with a preposition glued on (سامر الخطيب لرويترز، … لقطر):
 * that is whom the person spoke to or about, which the tagger sometimes runs into the name. The trimmed
 * word is then the gazetteer's to add as a mention of its own.
 */
const trimGluedNames = (mentions: Mention[], matchAt: ReadonlyMap<number, GazetteerMatch>): Mention[] =>
  mentions.map((mention) => {
    if (mention.type !== 'PERS' || mention.endToken - mention.startToken < 3) return mention
    const last = matchAt.get(mention.endToken - 1)
    const glued = last !== undefined && last.endToken === mention.endToken && last.proclitics.length > 0
    if (!glued || last.entry.type === 'person' || last.proclitics.every((proclitic) => proclitic === 'و'))
      return mention
    return { ...mention, endToken: mention.endToken - 1 }
  })

/** The NER type a gazetteer name gives when the tagger missed it, or null for names that are not entities. */
const gazetteerType = (match: GazetteerMatch): EntityType | null => {
  const entityClass = GAZETTEER_TYPES[match.entry.type].class
  if (entityClass === 'PERS' || entityClass === 'LOC' || entityClass === 'ORG') return entityClass
  // A sector noun phrase naming an institution (وزارة الخارجية، جهاز الاستخبارات العامة) is an ORG;
  // a bare head noun (الجيش، وفد) is a description, not a name.
  if (entityClass === 'SEC' && match.endToken - match.startToken >= 2) return 'ORG'
  return null
}

/** Entry types that name a place or a country, the ones a document's other mentions can disambiguate. */
const PLACE_LIKE: ReadonlySet<string> = new Set(['country', 'capital', 'city', 'region', 'landmark'])

/**
 * For each mention, the token range to resolve it over: the mention widened to the gazetteer name it
 * overlaps, so context inside that name counts (العاصمة عمّان is Amman even when only عمّان was tagged).
 * Mentions and matches are both in text order, so one forward pass serves.
 */
const resolutionRanges = (
  mentions: readonly Mention[],
  matches: readonly GazetteerMatch[],
): [number, number][] => {
  let matchIndex = 0
  return mentions.map((mention) => {
    while (matchIndex < matches.length && matches[matchIndex]!.endToken <= mention.startToken) matchIndex++
    const match = matches[matchIndex]
    if (match === undefined || match.startToken >= mention.endToken)
      return [mention.startToken, mention.endToken]
    return [Math.min(mention.startToken, match.startToken), Math.max(mention.endToken, match.endToken)]
  })
}

/**
 * Joins adjacent tagged mentions that one gazetteer name spans exactly (ريف + درعا → ريف درعا), in place:
 * the tagger sometimes breaks a name the gazetteer knows whole.
 */
const mergeSplitNames = (mentions: Mention[], matches: readonly GazetteerMatch[]): void => {
  const matchAt = new Map(matches.map((match) => [match.startToken, match]))
  for (let index = 0; index + 1 < mentions.length; index++) {
    const first = mentions[index]!
    const match = matchAt.get(first.startToken)
    if (match === undefined || match.endToken <= first.endToken) continue
    let last = index
    while (last + 1 < mentions.length && mentions[last + 1]!.startToken === mentions[last]!.endToken) last++
    if (mentions[last]!.endToken !== match.endToken) continue
    mentions.splice(index, last - index + 1, { ...first, endToken: match.endToken })
  }
}

/**
 * A name that is several places (عمان: Amman or Oman; طرابلس: Tripoli in Libya or Lebanon) takes the
 * reading whose country the rest of the document mentions without ambiguity.
 */
const preferDocumentCountry = (
  resolved: ActorResolution,
  documentCountries: ReadonlySet<string>,
): ActorResolution => {
  const head = resolved.matches.find((match) => match.entry === resolved.entry)
  if (head === undefined || head.entries.length < 2 || resolved.entry === null) return resolved
  if (!PLACE_LIKE.has(resolved.entry.type)) return resolved
  if (resolved.country !== null && documentCountries.has(resolved.country)) return resolved
  const alternative = head.entries.find(
    (entry) => PLACE_LIKE.has(entry.type) && entry.country !== null && documentCountries.has(entry.country),
  )
  if (alternative === undefined) return resolved
  const actor = alternative.type === 'country' ? { code: alternative.code, name: alternative.english } : null
  return { ...resolved, entry: alternative, actor, country: alternative.country, latin: alternative.english }
}

/**
 * Fills `document.entities`: tagged and gazetteer mentions, resolved to actors, in text order.
 *
 * @example
 *   recognizeEntities(segment(cleanup(document, resources)), resources).entities[0]
 *   // → { id: 'e1', text: 'باريس', type: 'LOC', actor: null, country: 'FRA', latin: 'Paris', … }
 */
export const recognizeEntities = (document: Document, resources: EntityResources): Document => {
  const { tokens, text } = document
  if (tokens.length === 0) return document
  const published = document.meta.published
  const matches = matchGazetteer(tokens, resources.gazetteer, { date: published, text })
  const matchAt = new Map(matches.map((match) => [match.startToken, match]))
  const mentions: Mention[] = trimGluedNames(taggedMentions(document, resources.tagger), matchAt).map(
    (mention) => ({
      ...mention,
      start: nameStart(
        text,
        tokens[mention.startToken]!,
        matchAt.get(mention.startToken),
        mention.type,
        resources.tagger.corpusTags,
      ),
    }),
  )
  const tagged = new Uint8Array(tokens.length)
  for (const mention of mentions) tagged.fill(1, mention.startToken, mention.endToken)
  for (const match of matches) {
    const type = gazetteerType(match)
    if (type === null || tagged.subarray(match.startToken, match.endToken).includes(1)) continue
    mentions.push({ startToken: match.startToken, endToken: match.endToken, type, start: match.start })
  }
  mentions.sort((left, right) => left.startToken - right.startToken)
  mergeSplitNames(mentions, matches)
  const resolutions = resolutionRanges(mentions, matches).map(([start, end], index) => {
    // The mention's own start (after a stripped و) when the range is the mention's own.
    const mention = mentions[index]!
    const options =
      start === mention.startToken ? { published, text, start: mention.start } : { published, text }
    return resolveActor(tokens.slice(start, end), resources.gazetteer, options)
  })
  const documentCountries = new Set<string>()
  for (const resolved of resolutions) {
    const head = resolved.matches.find((match) => match.entry === resolved.entry)
    if (resolved.country !== null && head !== undefined && head.entries.length === 1) {
      documentCountries.add(resolved.country)
    }
  }
  const entities: Entity[] = mentions.map((mention, index) => {
    const end = tokens[mention.endToken - 1]!.end
    const resolved = preferDocumentCountry(resolutions[index]!, documentCountries)
    return {
      id: `e${index + 1}`,
      start: mention.start,
      end,
      text: text.slice(mention.start, end),
      type: mention.type,
      actor: resolved.actor,
      country: resolved.country,
      latin: resolved.latin,
      sectors: resolved.sectors,
    }
  })
  return { ...document, entities }
}
