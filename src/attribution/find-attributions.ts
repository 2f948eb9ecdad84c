/**
 * Finding attributions: one left-to-right pass over each sentence's tokens. A cue (a speech verb, a
 * participle, a prepositional cue, or a headline's colon) opens an attribution; its speaker is read after
 * it (قال الوزير), before it (أن الوفد أكد) or carried over (وأضاف، مؤكداً); relays and the complement
 * follow; the content runs to the end of the sentence or quotation unless a later clause with its own
 * cue cuts it short. A cue inside another attribution's content is reported through that speaker, who
 * joins its relay chain.
 */
import type { Gazetteer } from '../lexicon/gazetteer.js'
import type { Relay } from '../pipeline/analysis.js'
import type { Document } from '../pipeline/document.js'
import { contentAfter } from './content-choice.js'
import type { Cue } from './cue-lexicon.js'
import { type Draft, relayOfVoice, type Voice } from './draft.js'
import type { FoundAttribution } from './found-attribution.js'
import { isPhraseBoundary } from './name-run.js'
import {
  continuedVoice,
  place,
  recentDraft,
  type Scanner,
  type SentenceState,
  sentenceDraft,
} from './placement.js'
import { type Complement, readComplement } from './read-complement.js'
import { readRelays } from './read-relays.js'
import { isObliquePlural, readSpeaker, type SpeakerPhrase } from './read-speaker.js'
import {
  type CueHit,
  createReaderContext,
  cueAt,
  isKey,
  isTerminal,
  type ReaderContext,
} from './reader-context.js'
import { enclosedName, extendTitle, looseName, nameBeforePause } from './speaker-extension.js'
import { createSpeakerRegistry } from './speaker-registry.js'
import { atClauseStart, RELATIVE_PRONOUNS, sentenceSubject, subjectBefore } from './subjects.js'
import { createTokenView } from './token-view.js'
import { matchKey } from './word-key.js'

const COMMA = ','
const COLON = ':'
const RELATIVES: ReadonlySet<string> = new Set(['ما', 'لما', 'مما', 'بما'].map(matchKey))
/** Negation before a verb: لم تتهم الوزارة أي طرف reports no words. */
const NEGATIONS: ReadonlySet<string> = new Set(['لم', 'لن', 'لا', 'ولم', 'ولن', 'ولا'].map(matchKey))
/** Prepositions after which a cue's form is a verbal noun: دون ذكر، عقب إعلان، عند نقل. */
const NOMINAL_PRECEDERS: ReadonlySet<string> = new Set(
  [
    'دون',
    'بدون',
    'عدم',
    'بعد',
    'قبل',
    'عند',
    'عقب',
    'إثر',
    'خلال',
    'في',
    'من',
    'مع',
    'على',
    'إلى',
    'عن',
    'حول',
    'رغم',
  ].map(matchKey),
)
/** Words after which a verb starts a clause of its own, like after a comma: كما تقول مصادر …. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['كما', 'فيما', 'بينما', 'حين', 'وكما'].map(matchKey))
const SAYING: ReadonlySet<string> = new Set(['قوله', 'قولها', 'قولهم', 'قولهما', 'القول'].map(matchKey))
const HEADLINE_CUE: Cue = {
  kind: 'verb',
  lemma: ':',
  prepositions: new Set(),
  requiresComplement: true,
  requiresPreposition: false,
  next: null,
  gloss: 'a headline colon: الشرع: …',
  inflection: 'none',
}

/** Whether the verb opens a clause of its own: a conjunction on it, or a comma or كما before it. */
const opensClause = (context: ReaderContext, hit: CueHit): boolean =>
  hit.conjunction ||
  isKey(context, hit.index - 1, COMMA) ||
  CLAUSE_OPENERS.has(context.view.keys[hit.index - 1] ?? '')

/** The speaker written with a verb: before it, or after it (with a title run on to its name). */
const verbSpeaker = (scanner: Scanner, state: SentenceState, hit: CueHit): SpeakerPhrase | null => {
  const { context } = scanner
  const relative = scanner.relativeVerbs.has(hit.index)
  const before = hit.conjunction || relative ? null : subjectBefore(context, hit.index, state)
  // A plural verb stands after its subject or has none written: what follows is its object; after a
  // relative pronoun the subject is what the pronoun refers to (الوظائف التي تؤكد أهمية …).
  if (before !== null || hit.plural || RELATIVE_PRONOUNS.has(context.view.keys[hit.index - 1] ?? ''))
    return before
  const enclosed = enclosedName(context, hit.endToken, state.end, hit.cue)
  if (enclosed !== null) return enclosed
  const after = readSpeaker(context, hit.endToken, state.end)
  // دعا مسؤولي التنظيم إلى …: an oblique plural is the verb's object, not its subject.
  if (after !== null && isObliquePlural(context, after)) return null
  // والدول تتهم تركيا: mid-clause, after a subject it could not read, a state after the verb is its object.
  if (after?.head === 'state' && !relative && !atClauseStart(context, hit, state.first)) return null
  if (after !== null) return extendTitle(context, after, state.end, hit.cue)
  return isPhraseBoundary(context, hit.endToken, state.end)
    ? null
    : looseName(context, hit.endToken, state.end, hit.cue)
}

const handleVerb = (scanner: Scanner, state: SentenceState, hit: CueHit): number => {
  const { context, registry } = scanner
  const { cue } = hit
  const relative = scanner.relativeVerbs.has(hit.index)
  const previous = context.view.keys[hit.index - 1] ?? ''
  if (!relative && NEGATIONS.has(previous)) return hit.endToken
  // من دون ذكر اسمه، بعد إعلان …: after a preposition the word is a verbal noun, not a verb.
  if (NOMINAL_PRECEDERS.has(previous)) return hit.endToken
  let phrase = verbSpeaker(scanner, state, hit)
  // الوظائف التي تؤكد أهمية …: after a relative pronoun the subject is what it refers to, or no one.
  if (phrase === null && RELATIVE_PRONOUNS.has(previous)) return hit.endToken
  const after = phrase !== null && phrase.startToken > hit.index ? phrase.endToken : hit.endToken
  let relays = readRelays(context, after, state.end)
  let complement: Complement = readComplement(context, relays.next, state.end, cue)
  let outer: { readonly phrase: SpeakerPhrase | null; readonly relays: readonly Relay[] } | null = null
  if (complement.type === 'source') {
    // نقلت صحيفة Z عن مصدر …: the words are the source's; the newspaper relays them.
    const at = complement.speakerToken
    const inner = readSpeaker(context, at, state.end) ?? looseName(context, at, state.end, cue)
    if (inner === null) return hit.endToken
    outer = { phrase, relays: relays.relays }
    phrase = extendTitle(context, inner, state.end, cue)
    const next = SAYING.has(context.view.keys[phrase.endToken] ?? '') ? phrase.endToken + 1 : phrase.endToken
    relays = readRelays(context, next, state.end)
    complement = readComplement(context, relays.next, state.end, cue)
  }
  const hasComplement = complement.type !== 'none'
  if ((cue.requiresComplement || cue.kind === 'relay-verb') && !hasComplement) return hit.endToken
  // علمت الصحيفة من مصدر أن …: a relay verb that needs its preposition has it when a source was read.
  const governed = (complement.type === 'that' && complement.governed) || outer !== null
  if (cue.requiresPreposition && !governed) return hit.endToken
  let voice: Voice
  let continues: Draft | null = null
  if (phrase !== null) voice = registry.voiceOf(phrase)
  else {
    // No subject written: the speaker goes on from before, for a singular verb of the past (يُذكر أن
    // and يشار إلى أن are the outlet's own voice).
    if (!hasComplement || hit.plural || cue.inflection === 'present') return hit.endToken
    continues = sentenceDraft(state, cue.kind === 'verb')
    // ولم يكتف رئيس الحزب بذلك، بل أضاف «…»: the subject of the sentence's first verb.
    const subject = continues === null ? sentenceSubject(context, state, hit.index) : null
    if (subject !== null) voice = registry.voiceOf(subject)
    else {
      continues ??= recentDraft(scanner, state)
      if (continues === null) return hit.endToken
      voice = continuedVoice(continues)
    }
  }
  const content = contentAfter(context, state, complement, hit.index, relative)
  if (content === null) return hit.endToken
  const outerRelays =
    outer === null
      ? []
      : [...(outer.phrase === null ? [] : [relayOfVoice(registry.voiceOf(outer.phrase))]), ...outer.relays]
  const before = complement.type === 'none' && content.end <= hit.index
  const placement = { clauseBreak: opensClause(context, hit) || before, continues, before }
  const draft = place(scanner, state, hit, voice, [...relays.relays, ...outerRelays], content, placement)
  if (draft === null) return hit.endToken
  // Cues inside the content are still to be found; the speaker and relays are not.
  return content.first > hit.index ? content.first : hit.endToken
}

const handleParticiple = (scanner: Scanner, state: SentenceState, hit: CueHit): number => {
  const { context, registry } = scanner
  const complement = readComplement(context, hit.endToken, state.end, hit.cue)
  const hasComplement = complement.type !== 'none'
  // A circumstantial participle follows a comma (…، مؤكداً أن); elsewhere مؤكد، متهم are adjectives.
  const previous = hit.index - 1
  const afterComma =
    hit.conjunction ||
    hit.index === state.first ||
    isTerminal(context, previous) ||
    (context.view.quotePartner[previous] ?? -1) > -1
  if (!afterComma || (!hasComplement && hit.cue.requiresComplement)) return hit.endToken
  if (hit.cue.requiresPreposition && !(complement.type === 'that' && complement.governed)) return hit.endToken
  // The speaker of this sentence so far; a sentence that opens with the participle goes on from the
  // last one; otherwise the subject of the sentence's first verb.
  const opensSentence = hit.index === state.first
  let continues = sentenceDraft(state, false) ?? (opensSentence ? recentDraft(scanner, state) : null)
  let voice: Voice | null = continues === null ? null : continuedVoice(continues)
  if (voice === null) {
    const subject = sentenceSubject(context, state, hit.index)
    if (subject !== null) voice = registry.voiceOf(subject)
  }
  if (voice === null) {
    continues = recentDraft(scanner, state)
    if (continues === null) return hit.endToken
    voice = continuedVoice(continues)
  }
  const content = contentAfter(context, state, complement, hit.index, false)
  if (content === null || content.first < hit.index) return hit.endToken
  place(scanner, state, hit, voice, [], content, { clauseBreak: true, continues, before: false })
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
  const phrase =
    readSpeaker(context, at, state.end, procliticContext) ??
    (procliticContext === 'article'
      ? (nameBeforePause(context, at, state.end) ?? enclosedName(context, at, state.end, null))
      : null)
  if (phrase === null) return hit.endToken
  const relays = readRelays(context, phrase.endToken, state.end)
  const content = contentAfter(context, state, { type: 'none', at: relays.next }, hit.index, true)
  if (content === null) return hit.endToken
  const placement = { clauseBreak: true, continues: null, before: content.end <= hit.index }
  const draft = place(scanner, state, hit, registry.voiceOf(phrase), relays.relays, content, placement)
  return draft === null ? hit.endToken : Math.max(relays.next, hit.endToken)
}

/** A headline or lead in the form «الشرع: لن نقبل …»: a speaker, a colon, the words. */
const handleHeadline = (scanner: Scanner, state: SentenceState): void => {
  const { context } = scanner
  const phrase = readSpeaker(context, state.first, state.end)
  if (phrase === null || phrase.kind === 'document' || !isKey(context, phrase.endToken, COLON)) return
  const colon = phrase.endToken
  const complement = readComplement(context, colon, state.end, HEADLINE_CUE)
  const content = contentAfter(context, state, complement, colon, false)
  if (content === null) return
  const token = context.view.tokens[colon]!
  const hit: CueHit = {
    cue: HEADLINE_CUE,
    index: colon,
    endToken: colon + 1,
    start: token.start,
    end: token.end,
    conjunction: false,
    enclitic: false,
    plural: false,
  }
  const placement = { clauseBreak: true, continues: null, before: false }
  place(scanner, state, hit, scanner.registry.voiceOf(phrase), [], content, placement)
}

const scanSentence = (scanner: Scanner, state: SentenceState): void => {
  const { context } = scanner
  if (cueAt(context, state.first) === null) handleHeadline(scanner, state)
  let index = state.first
  while (index < state.end) {
    const relative = scanner.relativeVerbs.has(index)
    const hit = cueAt(context, index, relative)
    if (hit === null) {
      index++
      continue
    }
    let next: number
    if (hit.cue.kind === 'participle') next = handleParticiple(scanner, state, hit)
    else if (hit.cue.kind === 'preposition' || hit.cue.kind === 'relay-preposition') {
      next = handlePreposition(scanner, state, hit)
    } else next = hit.enclitic && !relative ? hit.endToken : handleVerb(scanner, state, hit)
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
 *   const document = segment(createDocument({ text: 'وقال مصدر أمني لقناة الجزيرة إن الهجوم فشل.' }, 'd1'))
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
