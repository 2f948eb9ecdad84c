/**
 * Finding attributions: one left-to-right pass over each sentence's tokens. A cue (a speech verb, a
 * participle, a prepositional cue, or a headline's colon) opens an attribution; its speaker is read after
 * it (قال الوزير), before it (أن الوفد أكد) or carried over (وأضاف، مؤكداً); relays and the complement
 * follow; the content runs to the end of the sentence or quotation unless a later clause with its own
 * cue cuts it short. A cue inside another attribution's content is reported through that speaker, who
 * joins its relay chain.
 */
import type { Gazetteer } from '../lexicon/gazetteer.js'
import type { Relay, TextSpan } from '../pipeline/analysis.js'
import type { Document } from '../pipeline/document.js'
import { contentOf, type Draft, encloses, relayOfVoice, type Voice } from './draft.js'
import type { FoundAttribution } from './found-attribution.js'
import { type Complement, readComplement } from './read-complement.js'
import { readRelays } from './read-relays.js'
import { isPhraseBoundary, readNameRun, readSpeaker, type SpeakerPhrase } from './read-speaker.js'
import {
  type CueHit,
  createReaderContext,
  cueAt,
  hasRole,
  isComplementizer,
  isKey,
  isTerminal,
  quotationEnd,
  type ReaderContext,
} from './reader-context.js'
import { createSpeakerRegistry, type SpeakerRegistry } from './speaker-registry.js'
import { createTokenView } from './token-view.js'
import { matchKey } from './word-key.js'

const COMMA = ','
const COLON = ':'
const RELATIVES: ReadonlySet<string> = new Set(['ما', 'لما', 'مما', 'بما'].map(matchKey))
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(
  ['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي'].map(matchKey),
)
const SAYING: ReadonlySet<string> = new Set(['قوله', 'قولها', 'قولهم', 'قولهما', 'القول'].map(matchKey))
/** Words that may stand between a prepositional cue and the clause start: كما، ما. */
const CUE_LEAD: ReadonlySet<string> = new Set(['كما', 'ما', 'و'].map(matchKey))
/** How many sentences back a continuation (وأضاف) may find its speaker. */
const CONTINUATION_REACH = 3
/** How far back from a verb a subject (SVO) or a sentence subject is looked for. */
const SUBJECT_REACH = 12
const SUBJECT_GUESS_REACH = 4

interface SentenceState {
  readonly index: number
  readonly first: number
  readonly end: number
  readonly drafts: Draft[]
}

interface Scanner {
  readonly context: ReaderContext
  readonly registry: SpeakerRegistry
  readonly drafts: Draft[]
  /** Verbs that follow a prepositional cue and ما (بحسب ما أفادت الوكالة): read as relative clauses. */
  readonly relativeVerbs: Set<number>
}

/** The token after which a pre-verbal subject may start: sentence start, أن/إن, a comma or colon. */
const subjectAnchor = (scanner: Scanner, verb: number, first: number): number => {
  const { context } = scanner
  const stop = Math.max(first, verb - SUBJECT_REACH)
  for (let index = verb - 1; index >= stop; index--) {
    if (isComplementizer(context, index) || isTerminal(context, index)) return index
    if (quotationEnd(context, index) !== -1 || (context.view.quotePartner[index] ?? -1) !== -1) return index
  }
  return stop === first ? first - 1 : -2
}

/** A subject before the verb that ends right at it (أن الوفد السوري أكد، الرئيس قال), or null. */
const subjectBefore = (scanner: Scanner, verb: number, state: SentenceState): SpeakerPhrase | null => {
  const { context } = scanner
  let end = verb
  // الوزير الذي قال إن …: the subject stands before the relative pronoun.
  if (RELATIVE_PRONOUNS.has(context.view.keys[verb - 1] ?? '')) end = verb - 1
  const anchor = subjectAnchor(scanner, end, state.first)
  if (anchor < state.first - 1 || anchor + 1 >= end) return null
  const phrase = readSpeaker(context, anchor + 1, end)
  return phrase !== null && phrase.endToken === end ? phrase : null
}

/** A name nobody listed, before a complement: قال جون سميث إن …. */
const looseName = (scanner: Scanner, at: number, limit: number): SpeakerPhrase | null => {
  const { context } = scanner
  const end = readNameRun(context, at, limit)
  if (end === -1 || end >= limit) return null
  const next = context.view.keys[end]!
  const opens =
    isComplementizer(context, end) || next === COLON || next === COMMA || quotationEnd(context, end) !== -1
  if (!opens) return null
  const { tokens } = context.view
  return {
    startToken: at,
    endToken: end,
    start: tokens[at]!.start,
    end: tokens[end - 1]!.end,
    head: 'name',
    headKey: context.view.keys[at]!,
    definite: true,
    bare: false,
    kind: 'named',
  }
}

/** How many unlisted words a title may run on for before أن/إن (رئيس المكتب السياسي لحركة حماس خليل الحية). */
const MAX_TITLE_EXTENSION = 7

const isExtendable = (context: ReaderContext, index: number): boolean => {
  const token = context.view.tokens[index]!
  if (token.kind !== 'word' || context.view.inTime[index] === 1) return false
  if (isComplementizer(context, index) || hasRole(context, index, 'stop')) return false
  return cueAt(context, index) === null
}

/**
 * A title read only as far as the lexicons go, when unlisted words follow it up to a colon, a quotation
 * or أن/إن (with relays between): the phrase runs on to there and names someone.
 */
const extendTitle = (scanner: Scanner, phrase: SpeakerPhrase, limit: number): SpeakerPhrase => {
  if (phrase.head !== 'office' && phrase.head !== 'member') return phrase
  const { context } = scanner
  const { keys, tokens } = context.view
  let end = phrase.endToken
  while (end < limit && end - phrase.endToken < MAX_TITLE_EXTENSION && isExtendable(context, end)) end++
  if (end === phrase.endToken) return phrase
  let next = readRelays(context, end, limit).next
  while (keys[next] === COMMA) next++
  const opens = isComplementizer(context, next) || keys[next] === COLON || quotationEnd(context, next) !== -1
  if (!opens) return phrase
  return { ...phrase, endToken: end, end: tokens[end - 1]!.end, bare: false, kind: 'named' }
}

/** The subject of the sentence's first verb (كما جدد الوفد …، محذراً), for a participle with no speaker yet. */
const sentenceSubject = (scanner: Scanner, state: SentenceState, before: number): SpeakerPhrase | null => {
  const { context } = scanner
  const last = Math.min(before - 1, state.first + SUBJECT_GUESS_REACH)
  for (let verb = state.first; verb < last; verb++) {
    if (context.view.tokens[verb]!.kind !== 'word') continue
    const phrase = readSpeaker(context, verb + 1, before)
    if (phrase !== null && phrase.kind !== 'document') return phrase
  }
  return null
}

/** The draft a subjectless cue continues: in this sentence first, then a recent one nearby. */
const continued = (scanner: Scanner, state: SentenceState, topLevel: boolean): Draft | null => {
  for (let index = state.drafts.length - 1; index >= 0; index--) {
    const draft = state.drafts[index]!
    if (!topLevel || draft.within === null) return draft
  }
  const last = scanner.drafts.at(-1)
  if (last === undefined || state.index - last.sentence > CONTINUATION_REACH) return null
  const { paragraphOf } = scanner.context.view
  return paragraphOf[state.index]! - paragraphOf[last.sentence]! <= 1 ? last : null
}

/** The innermost attribution of the sentence whose content holds token `index`. */
const openAt = (state: SentenceState, index: number): Draft | null => {
  for (let at = state.drafts.length - 1; at >= 0; at--) {
    const draft = state.drafts[at]!
    if (draft.contentFirst <= index && index < draft.contentEnd) return draft
  }
  return null
}

/** Where the clause a cue belongs to starts: before كما، ما and prepositional cues that lead into it. */
const clauseStartOf = (scanner: Scanner, cue: number, first: number): number => {
  const { context } = scanner
  let index = cue
  while (index > first) {
    const previous = index - 1
    if (!CUE_LEAD.has(context.view.keys[previous]!) && !RELATIVES.has(context.view.keys[previous]!)) {
      const hit = cueAt(context, previous)
      if (hit === null || (hit.cue.kind !== 'preposition' && hit.cue.kind !== 'relay-preposition')) break
    }
    index = previous
  }
  return index
}

/** Whether the words before `clauseStart` in the sentence say anything (not just و، في السياق …). */
const hasWordsBefore = (scanner: Scanner, first: number, clauseStart: number): boolean => {
  const { tokens } = scanner.context.view
  let words = 0
  for (let index = first; index < clauseStart; index++) if (tokens[index]!.kind !== 'punctuation') words++
  return words > 0
}

interface ContentChoice {
  readonly first: number
  readonly end: number
  readonly direct: boolean
  readonly fixed: boolean
}

/** Content made of a quotation's inside. */
const quoted = (open: number, close: number): ContentChoice => ({
  first: open + 1,
  end: close,
  direct: true,
  fixed: true,
})

/** Content before the cue: «…»، قال الوزير. / تناولت المباحثات …، بحسب المصدر. */
const contentBefore = (scanner: Scanner, state: SentenceState, clauseStart: number): ContentChoice | null => {
  const { context } = scanner
  const found = contentOf(context, state.first, clauseStart)
  if (found === null) return null
  const closing = quotationEnd(context, found.first)
  if (closing === found.end - 1) return quoted(found.first, closing)
  return { first: found.first, end: found.end, direct: false, fixed: false }
}

/** Whether only a comma and at most a couple of words stand between `at` and the sentence end. */
const closesSentence = (scanner: Scanner, at: number, end: number): boolean => {
  const { context } = scanner
  if (at >= end) return true
  if (!isTerminal(context, at)) return false
  if (!isKey(context, at, COMMA)) return true
  let words = 0
  for (let index = at + 1; index < end; index++) if (!isTerminal(context, index)) words++
  return words <= 2
}

/** The content a complement leads to. */
const contentAfter = (
  scanner: Scanner,
  state: SentenceState,
  complement: Complement,
  cue: number,
  relative: boolean,
): ContentChoice | null => {
  switch (complement.type) {
    case 'quote':
      return quoted(complement.open, complement.close)
    case 'colon':
      return { first: complement.contentToken, end: state.end, direct: true, fixed: false }
    case 'that':
      return { first: complement.contentToken, end: state.end, direct: false, fixed: false }
    case 'source':
      return null
    case 'none': {
      const clauseStart = clauseStartOf(scanner, cue, state.first)
      if (closesSentence(scanner, complement.at, state.end) || relative) {
        if (hasWordsBefore(scanner, state.first, clauseStart))
          return contentBefore(scanner, state, clauseStart)
        // وبحسب المصدر، تناولت المباحثات …: the clause after the comma (and فإن).
        let first = complement.at
        while (
          first < state.end &&
          (isTerminal(scanner.context, first) || isComplementizer(scanner.context, first))
        )
          first++
        return first < state.end ? { first, end: state.end, direct: false, fixed: false } : null
      }
      return { first: complement.at, end: state.end, direct: false, fixed: false }
    }
  }
}

/** Adds a draft: nests it in the attribution whose content holds it, or closes that content before it. */
const place = (
  scanner: Scanner,
  state: SentenceState,
  hit: CueHit,
  voice: Voice,
  ownRelays: readonly Relay[],
  content: ContentChoice,
  options: { readonly clauseBreak: boolean; readonly continues: Draft | null; readonly before: boolean },
): Draft | null => {
  const { context } = scanner
  const found = contentOf(context, content.first, content.end)
  if (found === null) return null
  const open = options.before ? null : openAt(state, hit.index)
  const nested = open !== null && !options.clauseBreak
  const within = nested ? open : (options.continues?.within ?? null)
  const inherited = nested
    ? [relayOfVoice(open.voice), ...open.via]
    : options.continues !== null
      ? options.continues.via
      : voice.via
  const via = nested ? [...ownRelays, ...inherited] : ownRelays.length > 0 ? ownRelays : inherited
  const cue: TextSpan = { text: context.view.text.slice(hit.start, hit.end), start: hit.start, end: hit.end }
  const draft: Draft = {
    cueToken: hit.index,
    cue,
    sentence: state.index,
    voice,
    via,
    direct: content.direct,
    fixed: content.fixed,
    within,
    contentFirst: found.first,
    contentEnd: content.fixed ? content.end + 1 : found.end,
    content: found.span,
  }
  if (!nested && !options.before) {
    // A new clause with its own cue ends the content of the ones it does not belong to.
    for (const earlier of state.drafts) {
      if (earlier.fixed || encloses(earlier, draft) || earlier.contentEnd <= hit.index) continue
      if (earlier.contentFirst > hit.index) continue
      const cut = contentOf(context, earlier.contentFirst, hit.index)
      if (cut === null) continue
      earlier.contentEnd = cut.end
      earlier.content = cut.span
    }
  }
  state.drafts.push(draft)
  scanner.drafts.push(draft)
  if (voice.origin === null || options.continues === null) scanner.registry.remember(draft)
  return draft
}

/** The voice a continuation speaks in: the continued draft's. */
const continuedVoice = (draft: Draft): Voice => ({
  ...draft.voice,
  origin: draft.voice.origin ?? draft,
})

const handleVerb = (scanner: Scanner, state: SentenceState, hit: CueHit): number => {
  const { context, registry } = scanner
  const { cue } = hit
  const relative = scanner.relativeVerbs.has(hit.index)
  let phrase = hit.conjunction || relative ? null : subjectBefore(scanner, hit.index, state)
  let after = hit.endToken
  if (phrase === null) {
    const read = readSpeaker(context, after, state.end)
    phrase =
      read !== null
        ? extendTitle(scanner, read, state.end)
        : isPhraseBoundary(context, after, state.end)
          ? null
          : looseName(scanner, after, state.end)
    if (phrase !== null) after = phrase.endToken
  }
  let relays = readRelays(context, after, state.end)
  let complement = readComplement(context, relays.next, state.end, cue)
  let outer: { phrase: SpeakerPhrase | null; relays: readonly Relay[] } | null = null
  if (complement.type === 'source') {
    // نقلت صحيفة Z عن مصدر …: the words are the source's; the newspaper relays them.
    const inner =
      readSpeaker(context, complement.speakerToken, state.end) ??
      looseName(scanner, complement.speakerToken, state.end)
    if (inner === null) return hit.endToken
    outer = { phrase, relays: relays.relays }
    phrase = inner
    let next = inner.endToken
    if (SAYING.has(context.view.keys[next] ?? '')) next++
    relays = readRelays(context, next, state.end)
    complement = readComplement(context, relays.next, state.end, cue)
  }
  const hasComplement = complement.type !== 'none'
  if (cue.kind === 'relay-verb' && outer === null && !hasComplement) return hit.endToken
  if (cue.requiresComplement && !hasComplement) return hit.endToken
  let voice: Voice
  let continues: Draft | null = null
  if (phrase !== null) {
    voice = registry.voiceOf(phrase)
  } else {
    if (!hasComplement) return hit.endToken
    continues = continued(scanner, state, cue.kind === 'verb')
    const subject = continues === null ? sentenceSubject(scanner, state, hit.index) : null
    if (continues !== null) voice = continuedVoice(continues)
    else if (subject !== null) voice = registry.voiceOf(subject)
    else return hit.endToken
  }
  const content = contentAfter(scanner, state, complement, hit.index, relative)
  if (content === null) return hit.endToken
  const ownRelays =
    outer === null
      ? relays.relays
      : [
          ...relays.relays,
          ...(outer.phrase === null ? [] : [relayOfVoice(registry.voiceOf(outer.phrase))]),
          ...outer.relays,
        ]
  const before = complement.type === 'none' && content.end <= hit.index
  const clauseBreak = hit.conjunction || isKey(context, hit.index - 1, COMMA) || before
  const draft = place(scanner, state, hit, voice, ownRelays, content, { clauseBreak, continues, before })
  if (draft === null) return hit.endToken
  // Nested cues inside the content are still to be found; the speaker and relays are not.
  return content.first > hit.index ? content.first : hit.endToken
}

const handleParticiple = (scanner: Scanner, state: SentenceState, hit: CueHit): number => {
  const { context } = scanner
  const complement = readComplement(context, hit.endToken, state.end, hit.cue)
  const hasComplement = complement.type !== 'none'
  const afterComma = isTerminal(context, hit.index - 1) || hit.conjunction
  if (!hasComplement && (hit.cue.requiresComplement || !afterComma)) return hit.endToken
  const continues = continued(scanner, state, false)
  let voice: Voice
  if (continues !== null && continues.sentence === state.index) voice = continuedVoice(continues)
  else {
    const subject = sentenceSubject(scanner, state, hit.index)
    if (subject !== null) voice = scanner.registry.voiceOf(subject)
    else if (continues !== null) voice = continuedVoice(continues)
    else return hit.endToken
  }
  const content = contentAfter(scanner, state, complement, hit.index, false)
  if (content === null || content.first < hit.index) return hit.endToken
  const from = continues !== null && voice.origin === (continues.voice.origin ?? continues) ? continues : null
  place(scanner, state, hit, voice, [], content, { clauseBreak: true, continues: from, before: false })
  return content.first
}

const handlePreposition = (scanner: Scanner, state: SentenceState, hit: CueHit): number => {
  const { context, registry } = scanner
  const { view } = context
  let at = hit.endToken
  let procliticContext: 'article' | 'preposition' = 'article'
  if (hit.cue.prepositions.size > 0) {
    if (hit.cue.prepositions.has(view.keys[at] ?? '')) at++
    else if (view.tokens[at]?.kind === 'word' && hit.cue.prepositions.has(view.keys[at]!.charAt(0))) {
      procliticContext = 'preposition'
    } else return hit.endToken
  }
  // بحسب ما أفادت الوكالة، وفقاً لما ذكرته: the verb that follows has the speaker.
  if (RELATIVES.has(view.keys[at] ?? '')) {
    scanner.relativeVerbs.add(at + 1)
    return at + 1
  }
  if (cueAt(context, at) !== null) {
    scanner.relativeVerbs.add(at)
    return at
  }
  const phrase = readSpeaker(context, at, state.end, procliticContext)
  if (phrase === null) return hit.endToken
  const relays = readRelays(context, phrase.endToken, state.end)
  const complement: Complement = { type: 'none', at: relays.next }
  const content = contentAfter(scanner, state, complement, hit.index, true)
  if (content === null) return hit.endToken
  const before = content.end <= hit.index
  const voice = registry.voiceOf(phrase)
  const draft = place(scanner, state, hit, voice, relays.relays, content, {
    clauseBreak: true,
    continues: null,
    before,
  })
  return draft === null ? hit.endToken : Math.max(relays.next, hit.endToken)
}

/** A headline or lead in the form «الشرع: لن نقبل …»: a speaker, a colon, the words. */
const handleHeadline = (scanner: Scanner, state: SentenceState): number => {
  const { context } = scanner
  const phrase = readSpeaker(context, state.first, state.end)
  if (phrase === null || phrase.kind === 'document' || !isKey(context, phrase.endToken, COLON))
    return state.first + 1
  const colon = phrase.endToken
  const complement = readComplement(context, colon, state.end, {
    kind: 'verb',
    lemma: ':',
    prepositions: new Set(),
    requiresComplement: true,
    next: null,
    gloss: '',
  })
  const content = contentAfter(scanner, state, complement, colon, false)
  if (content === null) return state.first + 1
  const token = context.view.tokens[colon]!
  const hit: CueHit = {
    cue: {
      kind: 'verb',
      lemma: ':',
      prepositions: new Set(),
      requiresComplement: true,
      next: null,
      gloss: 'headline colon',
    },
    index: colon,
    endToken: colon + 1,
    start: token.start,
    end: token.end,
    conjunction: false,
    enclitic: false,
  }
  place(scanner, state, hit, scanner.registry.voiceOf(phrase), [], content, {
    clauseBreak: true,
    continues: null,
    before: false,
  })
  return content.first
}

const scanSentence = (scanner: Scanner, state: SentenceState): void => {
  const { context } = scanner
  let index = state.first
  if (cueAt(context, index) === null) index = handleHeadline(scanner, state)
  index = state.first
  while (index < state.end) {
    const hit = cueAt(context, index, scanner.relativeVerbs.has(index))
    if (hit === null) {
      index++
      continue
    }
    let next: number
    switch (hit.cue.kind) {
      case 'participle':
        next = handleParticiple(scanner, state, hit)
        break
      case 'preposition':
      case 'relay-preposition':
        next = handlePreposition(scanner, state, hit)
        break
      default:
        next =
          hit.enclitic && !scanner.relativeVerbs.has(index) ? hit.endToken : handleVerb(scanner, state, hit)
    }
    index = Math.max(next, index + 1)
  }
}

/** Drafts to records: ids in text order of their cues, links as ids. */
const finish = (drafts: readonly Draft[]): FoundAttribution[] => {
  const ordered = [...drafts].sort(
    (left, right) => left.cue.start - right.cue.start || left.content.start - right.content.start,
  )
  const ids = new Map<Draft, string>(ordered.map((draft, index) => [draft, `q${index + 1}`]))
  return ordered.map((draft) => {
    const origin = draft.voice.origin
    return {
      id: ids.get(draft)!,
      speaker: draft.voice.speaker,
      via: draft.via,
      cue: draft.cue,
      content: draft.content,
      direct: draft.direct,
      sameSpeakerAs: origin === null || origin === draft ? null : (ids.get(origin) ?? null),
      within: draft.within === null ? null : (ids.get(draft.within) ?? null),
    }
  })
}

/**
 * The attributions of a document, in text order, from its tokens and sentences (entities and times help
 * when present).
 *
 * @example
 *   const document = analyzeDocument({ text: 'وقال مصدر أمني لقناة الجزيرة إن الهجوم فشل.' })
 *   findAttributionsIn(document, loadGazetteer())[0]
 *   // { id: 'q1', speaker: { text: 'مصدر أمني', kind: 'anonymous', … }, via: [{ text: 'قناة الجزيرة', kind: 'outlet', … }],
 *   //   cue: { text: 'قال', … }, content: { … 'الهجوم فشل' }, direct: false, sameSpeakerAs: null, within: null }
 */
export const findAttributionsIn = (document: Document, gazetteer: Gazetteer): FoundAttribution[] => {
  const view = createTokenView(document, gazetteer)
  const context = createReaderContext(view)
  const scanner: Scanner = {
    context,
    registry: createSpeakerRegistry(context),
    drafts: [],
    relativeVerbs: new Set(),
  }
  for (let sentence = 0; sentence < view.sentenceFirst.length; sentence++) {
    const first = view.sentenceFirst[sentence]!
    const end = view.sentenceEnd[sentence]!
    if (end > first) scanSentence(scanner, { index: sentence, first, end, drafts: [] })
  }
  return finish(scanner.drafts)
}
