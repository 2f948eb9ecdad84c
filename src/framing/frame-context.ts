/**
 * What framing decisions read from the whole document: which countries it talks about (a bare الاحتلال
 * is Israel in Levantine news), the nisba after a term (النظام السوري), and actor codes of names.
 */

import type { TokenView } from '../attribution/token-view.js'
import { resolveActor } from '../entities/resolve-actor.js'
import { matchGazetteer } from '../lexicon/match-gazetteer.js'

export interface Nisba {
  readonly country: string
  readonly endToken: number
}

export interface FrameContext {
  readonly view: TokenView
  /** The country named most often in the document, or null. */
  readonly dominantCountry: string | null
  /** Every country the document names (places, peoples, actors). */
  readonly countries: ReadonlySet<string>
  /** The nisba (nationality adjective) at a token, however the global name matching split the text. */
  readonly nisbaAt: (index: number) => Nisba | null
  /** The actor code of tokens `[startToken, endToken)`, or null. */
  readonly actorCode: (startToken: number, endToken: number) => string | null
}

/**
 * The framing context of a token view.
 *
 * @example
 *   createFrameContext(view).dominantCountry   // 'SYR' for the seed article
 */
export const createFrameContext = (view: TokenView): FrameContext => {
  const counts = new Map<string, number>()
  for (const match of view.gazetteerAt) {
    const country = match?.entry.country
    if (country == null) continue
    counts.set(country, (counts.get(country) ?? 0) + 1)
  }
  let dominantCountry: string | null = null
  let most = 0
  for (const [country, count] of counts) {
    if (count > most || (count === most && dominantCountry !== null && country < dominantCountry)) {
      dominantCountry = country
      most = count
    }
  }
  const nisbas = new Map<string, string | null>()
  const nisbaAt = (index: number): Nisba | null => {
    const token = view.tokens[index]
    if (token === undefined || token.kind !== 'word') return null
    const global = view.gazetteerAt[index]
    if (global !== undefined && global.proclitics.length === 0 && global.entry.type === 'nationality') {
      return global.entry.country === null
        ? null
        : { country: global.entry.country, endToken: global.endToken }
    }
    // The global matcher may have read the word into a longer name (الكيان “الإسرائيلي” is an alias of
    // Israel): look at the word alone.
    const key = view.keys[index]!
    let country = nisbas.get(key)
    if (country === undefined) {
      const alone = matchGazetteer([token], view.gazetteer)[0]
      country =
        alone !== undefined && alone.proclitics.length === 0 && alone.entry.type === 'nationality'
          ? alone.entry.country
          : null
      nisbas.set(key, country)
    }
    return country === null ? null : { country, endToken: index + 1 }
  }
  const actorCode = (startToken: number, endToken: number): string | null =>
    endToken <= startToken
      ? null
      : (resolveActor(view.tokens.slice(startToken, endToken), view.gazetteer, {
          published: view.published,
          text: view.text,
        }).actor?.code ?? null)
  return { view, dominantCountry, countries: new Set(counts.keys()), nisbaAt, actorCode }
}
