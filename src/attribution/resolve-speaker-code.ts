/**
 * The actor code of a speaker or relay phrase, from the entities layer's actor resolution. An unnamed
 * source keeps a code only when it says whose it is (مسؤول أمريكي → USAGOV); a bare sector (GOV) says
 * too little about an anonymous voice to be worth reporting.
 */
import { resolveActor } from '../entities/resolve-actor.js'
import type { SpeakerKind } from '../vocabulary/attribution-kinds.js'
import type { TokenView } from './token-view.js'

const INTERNATIONAL = /^(?:IGO|IMG|NGO)/u

/** Whether a code starts with a country (or an international body), not just a sector. */
export const hasCountry = (view: TokenView, code: string): boolean =>
  view.gazetteer.countryNames.has(code.slice(0, 3)) || INTERNATIONAL.test(code)

/**
 * The code of the tokens `[startToken, endToken)`, or null.
 *
 * @example
 *   resolveSpeakerCode(view, 1, 3, 'official-body')   // 'SYRGOV' for الوفد السوري
 */
export const resolveSpeakerCode = (
  view: TokenView,
  startToken: number,
  endToken: number,
  kind: SpeakerKind,
): string | null => {
  if (endToken <= startToken) return null
  const resolution = resolveActor(view.tokens.slice(startToken, endToken), view.gazetteer, {
    published: view.published,
    text: view.text,
  })
  const code = resolution.actor?.code ?? null
  if (code === null) return null
  return kind === 'anonymous' && !hasCountry(view, code) ? null : code
}
