/**
 * Loaded terms in a document: the longest lexicon phrase at each token, its target decided by what
 * follows (a nisba: الاحتلال الإسرائيلي joins the span, الاحتلال الفرنسي is history and does not fire), by
 * what came before (حماس الإرهابية), or by the document (a bare الاحتلال is Israel in Levantine news, or
 * whoever an earlier qualified use named).
 */
import type { FrameLean } from '../vocabulary/frame-kinds.js'
import type { FoundFrame } from './found-frame.js'
import type { FrameContext, Nisba } from './frame-context.js'
import type { FrameLexicon, LoadedTerm } from './frame-lexicon.js'
import { matchPhraseAt } from './phrase-match.js'

const QUOTE = '"'
const ARTICLE = 'ال'
/** Where bare words (الاحتلال، الكيان، العدو) stand for Israel: the document names one of these. */
const LEVANT: ReadonlySet<string> = new Set(['ISR', 'PSE', 'LBN', 'SYR', 'JOR'])
/** Actors a term like الإرهابية may follow: named ones, not places or peoples. */
const NAMED_TYPES: ReadonlySet<string> = new Set([
  'armed-group',
  'party',
  'agency',
  'igo',
  'ngo',
  'institution',
  'country',
  'person',
])

interface Resolved {
  readonly target: string | null
  readonly endToken: number
}

/** A nisba right after token `end`, quoted or not (الاحتلال “الإسرائيلي”), with its closing mark. */
const nisbaAfter = (context: FrameContext, end: number): Nisba | null => {
  const { view } = context
  const quoted = view.keys[end] === QUOTE && view.quotePartner[end]! > end
  const at = quoted ? end + 1 : end
  const nisba = context.nisbaAt(at)
  if (nisba === null) return null
  if (!quoted) return nisba
  return view.quotePartner[end] === nisba.endToken ? { ...nisba, endToken: nisba.endToken + 1 } : null
}

/** Whether a bare word may keep its country target here: the document names that country (or, for Israel, the Levant). */
const inContext = (context: FrameContext, code: string): boolean => {
  const country = code.slice(0, 3)
  // Codes of no country (IMGISI, IGOUNO) need no context.
  if (!context.view.gazetteer.countryNames.has(country)) return true
  if (context.countries.has(country)) return true
  return country === 'ISR' && [...LEVANT].some((levant) => context.countries.has(levant))
}

/** The named actor that ends right before token `at` (a quotation mark between is allowed), or null. */
const actorBefore = (context: FrameContext, at: number): string | null => {
  const { view } = context
  let last = at - 1
  if (view.keys[last] === QUOTE) last--
  if (last < 0) return null
  const first = view.gazetteerCover[last]!
  const match = first === -1 ? undefined : view.gazetteerAt[first]
  if (match === undefined || match.endToken !== last + 1 || !NAMED_TYPES.has(match.entry.type)) return null
  return context.actorCode(first, last + 1) ?? match.entry.code
}

/** Whether the word at `at` is a definite adjective or noun that is not a nisba: النظام الصحي, a descriptive use. */
const definiteWordAt = (context: FrameContext, at: number): boolean => {
  const token = context.view.tokens[at]
  return token !== undefined && token.kind === 'word' && token.folded.startsWith(ARTICLE)
}

/** Decides a term's target and extent, or returns null when this use does not fire. */
const resolveTerm = (
  context: FrameContext,
  term: LoadedTerm,
  startToken: number,
  endToken: number,
  learned: Map<string, string | null>,
): Resolved | null => {
  const nisba = nisbaAfter(context, endToken)
  const target = term.target
  switch (target.kind) {
    case 'code': {
      if (term.lean === null) {
        // A descriptive use (الاحتلال الفرنسي): later bare uses of the head are descriptive too.
        learned.set(term.head, null)
        return null
      }
      if (nisba !== null && nisba.country !== target.code.slice(0, 3)) return null
      if (nisba !== null || term.words > 1) {
        learned.set(term.head, target.code)
        return { target: target.code, endToken: nisba?.endToken ?? endToken }
      }
      if (learned.has(term.head)) {
        const earlier = learned.get(term.head)!
        return earlier === null ? null : { target: earlier, endToken }
      }
      // الكيان الأهلاوي، الاحتلال العسكري: a definite word after a bare term that is no nisba makes it
      // a common noun.
      if (term.head.startsWith(ARTICLE) && definiteWordAt(context, endToken)) return null
      return { target: inContext(context, target.code) ? target.code : null, endToken }
    }
    case 'nisba': {
      if (nisba !== null) {
        const code = nisba.country + target.sectors
        learned.set(term.head, code)
        return { target: code, endToken: nisba.endToken }
      }
      // النظام العام، النظام الصحي: a definite word after the head that is no nisba makes it a common noun.
      if (definiteWordAt(context, endToken)) return null
      // Bare, it fires only where the document said whose it is before (النظام السوري … النظام): alone it
      // is as often the law, a system or order.
      const earlier = learned.get(term.head)
      return earlier === undefined || earlier === null ? null : { target: earlier, endToken }
    }
    case 'preceding': {
      const actor = actorBefore(context, startToken)
      return actor === null ? null : { target: actor, endToken }
    }
    case 'none':
      return { target: null, endToken }
  }
}

/**
 * Finds the loaded terms of a document, left to right, skipping tokens marked in `skip` (labels found
 * first).
 *
 * @example
 *   findLoadedTerms(context, loadFrameLexicon(), new Uint8Array(view.tokens.length))
 *   // [{ text: 'الكيان الصهيوني', kind: 'loaded-term', target: 'ISR', neutral: 'إسرائيل', lean: 'negative', … }]
 */
export const findLoadedTerms = (
  context: FrameContext,
  lexicon: FrameLexicon,
  skip: Uint8Array,
): FoundFrame[] => {
  const { view } = context
  const frames: FoundFrame[] = []
  const learned = new Map<string, string | null>()
  let index = 0
  while (index < view.tokens.length) {
    const hit = skip[index] === 1 ? null : matchPhraseAt(view, index, lexicon.terms)
    if (hit === null) {
      index++
      continue
    }
    const term = hit.values[0]!
    const resolved = resolveTerm(context, term, index, hit.endToken, learned)
    if (resolved === null || term.lean === null) {
      index = hit.endToken
      continue
    }
    let start = hit.start
    let endToken = resolved.endToken
    // A term in quotation marks of its own (“صهيوني”): the marks are part of the wording.
    const before = index - 1
    if (before >= 0 && view.keys[before] === QUOTE && view.quotePartner[before] === endToken) {
      start = view.tokens[before]!.start
      endToken++
    }
    const end = view.tokens[endToken - 1]!.end
    frames.push({
      start,
      end,
      text: view.text.slice(start, end),
      kind: 'loaded-term',
      target: resolved.target,
      neutral: term.neutral,
      lean: term.lean as FrameLean,
    })
    index = endToken
  }
  return frames
}
