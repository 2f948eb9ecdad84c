/**
 * Attributions while they are being found: mutable content ends (a later clause of the same sentence
 * may close a content span early) and links to the drafts they continue or are reported within.
 */
import type { Relay, Span, Speaker, TextSpan } from '../pipeline/analysis.js'
import { isTerminal, type ReaderContext } from './reader-context.js'

/** A speaker with what back-references need: the head word and the draft that introduced it. */
export interface Voice {
  readonly speaker: Speaker
  readonly headKey: string
  readonly via: readonly Relay[]
  /** The draft that first had this speaker, or null when this voice is new. */
  readonly origin: Draft | null
}

export interface Draft {
  readonly cueToken: number
  readonly cue: TextSpan
  readonly sentence: number
  readonly voice: Voice
  readonly via: readonly Relay[]
  readonly direct: boolean
  /** Bounded by quotation marks: no later clause cuts it short. */
  readonly fixed: boolean
  /** The content is reported speech (after أن/إن, a colon, in quotation marks), not just an object. */
  readonly reported: boolean
  readonly within: Draft | null
  /** Content as tokens `[contentFirst, contentEnd)` and as text. */
  contentFirst: number
  contentEnd: number
  content: Span
}

/**
 * The content span of tokens `[first, end)` without leading and trailing clause punctuation, or null
 * when nothing is left.
 */
export const contentOf = (
  context: ReaderContext,
  first: number,
  end: number,
): { first: number; end: number; span: Span } | null => {
  let from = first
  let to = end
  while (from < to && isTerminal(context, from)) from++
  while (to > from && isTerminal(context, to - 1)) to--
  if (from >= to) return null
  const { tokens } = context.view
  return { first: from, end: to, span: { start: tokens[from]!.start, end: tokens[to - 1]!.end } }
}

/** Whether `ancestor` is `draft` or encloses it through `within`. */
export const encloses = (ancestor: Draft, draft: Draft | null): boolean => {
  for (let current = draft; current !== null; current = current.within) if (current === ancestor) return true
  return false
}

/** The draft as a relay of the words reported within it. */
export const relayOfVoice = (voice: Voice): Relay => ({
  text: voice.speaker.text,
  code: voice.speaker.code,
  kind: voice.speaker.kind,
  start: voice.speaker.start,
  end: voice.speaker.end,
})
