/**
 * Who has spoken so far in a document: turns speaker phrases into voices, resolving definite
 * back-references (المصدر، الوفد، الوزير) to the earlier speaker with the same head word, which keeps
 * its kind, code and (for an unnamed source) the relays it spoke through.
 */
import type { Relay } from '../pipeline/analysis.js'
import { foldWord } from '../text/fold.js'
import type { Draft, Voice } from './draft.js'
import { nounReadings } from './noun-readings.js'
import { readSpeaker, type SpeakerPhrase } from './read-speaker.js'
import type { ReaderContext } from './reader-context.js'
import { hasCountry, resolveSpeakerCode } from './resolve-speaker-code.js'

export interface SpeakerRegistry {
  /** The voice of a speaker phrase, linked to an earlier one when it refers back to it. */
  readonly voiceOf: (phrase: SpeakerPhrase) => Voice
  /** Records a draft's voice, so later back-references can find it. */
  readonly remember: (draft: Draft) => void
}

/** How far back (in tokens) a back-reference looks for a mention that is not a speaker (وفد سوري …). */
const MENTION_LOOKBACK = 3000
const NO_RELAYS: readonly Relay[] = []

const textKey = (text: string): string =>
  foldWord(text, { tehMarbuta: true })
    .replace(/["\s]+/gu, ' ')
    .trim()

const originOf = (draft: Draft): Draft => draft.voice.origin ?? draft

/** The code of the nearest earlier mention with the same head word (وفد سوري مشترك … for الوفد). */
const mentionCode = (context: ReaderContext, phrase: SpeakerPhrase): string | null => {
  const { view } = context
  const stop = Math.max(0, phrase.startToken - MENTION_LOOKBACK)
  for (let index = phrase.startToken - 1; index >= stop; index--) {
    const token = view.tokens[index]!
    if (
      token.kind !== 'word' ||
      !nounReadings(token, 'article').some((reading) => reading.key === phrase.headKey)
    ) {
      continue
    }
    const sentence = view.sentenceOf[index]!
    const mention = readSpeaker(context, index, view.sentenceEnd[sentence]!)
    if (mention === null || mention.bare === false || mention.endToken === index + 1) continue
    const code = resolveSpeakerCode(view, mention.startToken, mention.endToken, mention.kind)
    if (code !== null && hasCountry(view, code)) return code
  }
  return null
}

/**
 * A registry for one document.
 *
 * @example
 *   const registry = createSpeakerRegistry(context)
 *   registry.voiceOf(readSpeaker(context, 1, limit)!)   // { speaker: { text: 'مصدر دبلوماسي', kind: 'anonymous', … }, origin: null, … }
 */
export const createSpeakerRegistry = (context: ReaderContext): SpeakerRegistry => {
  const { view } = context
  const byHead = new Map<string, Draft>()
  const byText = new Map<string, Draft>()

  const voiceOf = (phrase: SpeakerPhrase): Voice => {
    const text = view.text.slice(phrase.start, phrase.end)
    let kind = phrase.kind
    let code = resolveSpeakerCode(view, phrase.startToken, phrase.endToken, kind)
    let via = NO_RELAYS
    let origin: Draft | null = null
    const refers =
      phrase.definite && phrase.head !== 'person' && phrase.head !== 'state' && phrase.head !== 'name'
    const antecedent = refers ? byHead.get(phrase.headKey) : undefined
    if (antecedent !== undefined) {
      const earlier = antecedent.voice.speaker
      if (phrase.bare) {
        kind = earlier.kind
        if (code === null || !hasCountry(view, code)) code = earlier.code ?? code
        // An unnamed source keeps speaking through the outlet it first spoke to.
        if (earlier.kind === 'anonymous') via = antecedent.via
        origin = originOf(antecedent)
      } else if (code === null || code === earlier.code) {
        origin = originOf(antecedent)
      }
    } else if (refers && phrase.bare && (code === null || !hasCountry(view, code))) {
      code = mentionCode(context, phrase) ?? code
    }
    origin ??= byText.get(textKey(text)) ?? null
    if (origin !== null) origin = originOf(origin)
    return {
      speaker: { text, start: phrase.start, end: phrase.end, kind, code },
      headKey: phrase.headKey,
      via,
      origin,
    }
  }

  const remember = (draft: Draft): void => {
    byHead.set(draft.voice.headKey, draft)
    const key = textKey(draft.voice.speaker.text)
    if (!byText.has(key)) byText.set(key, draft)
  }

  return { voiceOf, remember }
}
