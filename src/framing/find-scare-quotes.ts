/**
 * Scare quotes: quotation marks around a country's name or nisba (“إسرائيل”، الكيان “الإسرائيلي”)
 * that the writer puts there to disown it. Quoted names of outlets and other things (قناة “الإخبارية
 * السورية”) are not scare quotes, nor are quoted loaded terms (those are loaded terms).
 */
import { nounReadings } from '../attribution/noun-readings.js'
import { headRoleOf, loadSpeakerWords } from '../attribution/speaker-words.js'
import { matchKey } from '../lexicon/gazetteer.js'
import { matchGazetteer } from '../lexicon/match-gazetteer.js'
import type { FoundFrame } from './found-frame.js'
import type { FrameContext } from './frame-context.js'
import type { FrameLexicon } from './frame-lexicon.js'
import { matchPhraseAt } from './phrase-match.js'

/** A quoted name longer than this is a title or a slogan, not a disowned name. */
const MAX_QUOTED_WORDS = 3
const COUNTRY_TYPES: ReadonlySet<string> = new Set(['country', 'nationality'])

/** Whether the word before a quotation names what kind of thing is quoted (قناة، صحيفة، موقع). */
const namesAThing = (context: FrameContext, index: number): boolean => {
  const token = context.view.tokens[index]
  if (token === undefined || token.kind !== 'word') return false
  const words = loadSpeakerWords()
  return nounReadings(token, 'preposition').some((reading) => headRoleOf(words, reading.key) === 'outlet')
}

/** Words before which a quoted nisba names an agency (بحسب "الألمانية"، نقلاً عن «الفرنسية»), not a state. */
const SOURCE_LEADS: ReadonlySet<string> = new Set(
  ['بحسب', 'وبحسب', 'حسب', 'وحسب', 'وفق', 'ووفق', 'وفقا', 'عن', 'ل', 'لـ'].map(matchKey),
)

/** Whether a quotation after `index` names a source: after a cue word, or opening a sentence or a line. */
const namesASource = (context: FrameContext, index: number): boolean => {
  const token = context.view.tokens[index]
  if (token === undefined) return true
  if (token.kind === 'punctuation' && context.view.quotePartner[index] === -1) return true
  return SOURCE_LEADS.has(context.view.keys[index]!)
}

/**
 * Finds scare quotes in a document.
 *
 * @example
 *   // … بانسحاب القوات “الإسرائيلية” …
 *   findScareQuotes(context, lexicon)   // [{ text: '“الإسرائيلية”', kind: 'scare-quotes', target: 'ISR', neutral: 'الإسرائيلية', … }]
 */
export const findScareQuotes = (context: FrameContext, lexicon: FrameLexicon): FoundFrame[] => {
  const { view } = context
  const frames: FoundFrame[] = []
  for (let open = 0; open < view.tokens.length; open++) {
    const close = view.quotePartner[open]!
    const words = close - open - 1
    if (close <= open || words < 1 || words > MAX_QUOTED_WORDS) continue
    if (namesAThing(context, open - 1) || namesASource(context, open - 1)) continue
    const inner = view.tokens.slice(open + 1, close)
    if (inner.some((token) => token.kind !== 'word')) continue
    const loaded = matchPhraseAt(view, open + 1, lexicon.terms, close)
    if (loaded !== null && loaded.endToken === close) continue
    const matches = matchGazetteer(inner, view.gazetteer)
    const match = matches[0]
    if (matches.length !== 1 || match === undefined || match.startToken !== 0 || match.endToken !== words)
      continue
    if (match.proclitics.length > 0 || !COUNTRY_TYPES.has(match.entry.type)) continue
    const start = view.tokens[open]!.start
    const end = view.tokens[close]!.end
    frames.push({
      start,
      end,
      text: view.text.slice(start, end),
      kind: 'scare-quotes',
      target: match.entry.country ?? match.entry.code,
      neutral: view.text.slice(inner[0]!.start, inner.at(-1)!.end),
      lean: 'negative',
    })
  }
  return frames
}
