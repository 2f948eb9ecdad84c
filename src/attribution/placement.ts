/**
 * Placing a new attribution among those of its sentence: reported within the one whose content holds it
 * (its speaker joins the relay chain), or closing the content of the ones it does not belong to; and the
 * drafts a subjectless cue may continue.
 */
import type { Relay, TextSpan } from '../pipeline/analysis.js'
import type { ContentChoice } from './content-choice.js'
import { contentOf, type Draft, encloses, relayOfVoice, type Voice } from './draft.js'
import type { CueHit, ReaderContext } from './reader-context.js'
import type { SpeakerRegistry } from './speaker-registry.js'

/** How many sentences back a continuation (وأضاف) may find its speaker. */
export const CONTINUATION_REACH = 4
export interface SentenceState {
  readonly index: number
  readonly first: number
  readonly end: number
  readonly drafts: Draft[]
}

export interface Scanner {
  readonly context: ReaderContext
  readonly registry: SpeakerRegistry
  readonly drafts: Draft[]
  /** Verbs that follow a prepositional cue and ما (بحسب ما أفادت الوكالة): read as relative clauses. */
  readonly relativeVerbs: Set<number>
}

/** A recent draft a subjectless cue may continue, in an earlier sentence of this paragraph or the one before. */
export const recentDraft = (scanner: Scanner, state: SentenceState): Draft | null => {
  const last = scanner.drafts.at(-1)
  // News paragraphs are often one sentence long: the reach is counted in sentences.
  return last === undefined || state.index - last.sentence > CONTINUATION_REACH ? null : last
}

/** The latest draft of this sentence; with `topLevel`, the latest not reported within another. */
export const sentenceDraft = (state: SentenceState, topLevel: boolean): Draft | null => {
  for (let index = state.drafts.length - 1; index >= 0; index--) {
    const draft = state.drafts[index]!
    if (!topLevel || draft.within === null) return draft
  }
  return null
}

/** The innermost attribution of the sentence whose content holds token `index`. */
export const openAt = (state: SentenceState, index: number): Draft | null => {
  for (let at = state.drafts.length - 1; at >= 0; at--) {
    const draft = state.drafts[at]!
    if (draft.contentFirst <= index && index < draft.contentEnd) return draft
  }
  return null
}

/** The voice a continuation speaks in: the continued draft's. */
export const continuedVoice = (draft: Draft): Voice => ({
  ...draft.voice,
  origin: draft.voice.origin ?? draft,
})

export interface Placement {
  /** The cue starts a clause of its own (وقال، ، مؤكداً، كما تقول): it is not reported within the open one. */
  readonly clauseBreak: boolean
  readonly continues: Draft | null
  /** The content lies before the cue (…، قال الوزير.): nothing after it is closed. */
  readonly before: boolean
}

/** Adds a draft: nests it in the attribution whose content holds it, or closes that content before it. */
export const place = (
  scanner: Scanner,
  state: SentenceState,
  hit: CueHit,
  voice: Voice,
  ownRelays: readonly Relay[],
  content: ContentChoice,
  placement: Placement,
): Draft | null => {
  const { context } = scanner
  const found = contentOf(context, content.first, content.end)
  if (found === null) return null
  const open = placement.before ? null : openAt(state, hit.index)
  // Words are reported within another's only inside what that one reported (not inside the object of
  // أعلن ترشيح نفسه), and a speaker does not relay itself.
  const sameVoice = open !== null && (open.voice.origin ?? open) === (voice.origin ?? null)
  // وبحسب المصدر، قال الوزير …: a cue that starts the open content is reported within it, comma or not.
  const opensContent = open !== null && open.contentFirst === hit.index
  const nested =
    open?.reported === true && (!placement.clauseBreak || opensContent) && !sameVoice ? open : null
  const within = nested ?? placement.continues?.within ?? null
  let via: readonly Relay[]
  if (nested !== null) via = [...ownRelays, relayOfVoice(nested.voice), ...nested.via]
  else if (ownRelays.length > 0) via = ownRelays
  else via = placement.continues?.via ?? voice.via
  const cue: TextSpan = { text: context.view.text.slice(hit.start, hit.end), start: hit.start, end: hit.end }
  const draft: Draft = {
    cueToken: hit.index,
    cue,
    sentence: state.index,
    voice,
    via,
    direct: content.direct,
    fixed: content.fixed,
    reported: content.reported,
    within,
    contentFirst: found.first,
    contentEnd: content.fixed ? content.end + 1 : found.end,
    content: found.span,
  }
  if (nested === null && !placement.before) {
    // A new clause with its own cue ends the content of the ones it does not belong to.
    for (const earlier of state.drafts) {
      if (earlier.fixed || encloses(earlier, draft)) continue
      if (earlier.contentFirst > hit.index || earlier.contentEnd <= hit.index) continue
      const cut = contentOf(context, earlier.contentFirst, hit.index)
      if (cut === null) continue
      earlier.contentEnd = cut.end
      earlier.content = cut.span
    }
  }
  state.drafts.push(draft)
  scanner.drafts.push(draft)
  if (placement.continues === null) scanner.registry.remember(draft)
  return draft
}
