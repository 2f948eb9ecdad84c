/**
 * Pairing quotation marks: which mark closes the quotation each mark opens. Roles come from the text
 * layer's flanking rules (`quoteRole`), so ”…“ and "…" pair as well as «…».
 */
import { isQuoteMark, quoteRole } from '../text/quotes.js'
import type { Token } from '../text/token.js'

/** A stray mark must not swallow the article: a quotation longer than this is left unpaired. */
const MAX_QUOTATION = 2000

/**
 * For each token, the index of the quotation mark that pairs with it, or -1.
 *
 * @example
 *   const text = 'قال: «نعم» ثم غادر'
 *   pairQuotes(text, tokenize(text))   // Int32Array [-1, -1, 3, -1, 1, -1, -1]
 */
export const pairQuotes = (text: string, tokens: readonly Token[]): Int32Array => {
  const partner = new Int32Array(tokens.length).fill(-1)
  const open: number[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'punctuation' || token.end - token.start !== 1) continue
    if (!isQuoteMark(text.charCodeAt(token.start))) continue
    const role = quoteRole(text, token.start)
    if (role === 'none') continue
    // Forget openings too far back: they were strays.
    while (open.length > 0 && token.start - tokens[open.at(-1)!]!.start > MAX_QUOTATION) open.pop()
    if (role === 'open' || (role === 'toggle' && open.length === 0)) {
      open.push(index)
      continue
    }
    const opening = open.pop()
    if (opening === undefined) continue
    partner[opening] = index
    partner[index] = opening
  }
  return partner
}
