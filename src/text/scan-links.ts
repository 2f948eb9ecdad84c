/**
 * Scanners for web addresses, e-mail addresses, hashtags and mentions. Each takes the text and a start
 * index and returns the end of the match, or -1. All are linear in what they consume.
 */
import { CHAR_CLASS, CharClass } from './char-class.js'

// Module-local copies: under some loaders (tsx's CommonJS interop) every access to an imported
// binding is a getter call, which the per-character loops cannot afford.
const classes = CHAR_CLASS
const {
  space: SPACE,
  arabicLetter: ARABIC_LETTER,
  arabicMark: ARABIC_MARK,
  digit: DIGIT,
  latin: LATIN,
  joiner: JOINER,
} = CharClass

const lower = (code: number): number => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code)

/** True when `text` has `prefix` (lower-case ASCII) at `start`, ignoring ASCII case. */
const hasPrefix = (text: string, start: number, prefix: string): boolean => {
  if (start + prefix.length > text.length) return false
  for (let offset = 0; offset < prefix.length; offset++) {
    if (lower(text.charCodeAt(start + offset)) !== prefix.charCodeAt(offset)) return false
  }
  return true
}

// Characters that end a web address even without a space: quotes, angle brackets, Arabic punctuation.
const URL_STOP = new Set([0x22, 0x3c, 0x3e, 0x60, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x060c, 0x061b, 0x061f])
// Characters a web address rarely ends with: sentence punctuation around it in prose.
const URL_TRAILING = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x27, 0x2019, 0x29, 0x5d, 0x7d, 0x2a])

const isAsciiAlphanumeric = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)

/** `http://…`, `https://…` or `www.…`: the end of the address, or -1. */
export const scanUrl = (text: string, start: number): number => {
  let bodyStart: number
  if (hasPrefix(text, start, 'https://')) bodyStart = start + 8
  else if (hasPrefix(text, start, 'http://')) bodyStart = start + 7
  else if (hasPrefix(text, start, 'www.')) bodyStart = start + 4
  else return -1
  if (bodyStart >= text.length || !isAsciiAlphanumeric(text.charCodeAt(bodyStart))) {
    // `www.` needs a host; `http://` may be followed by a non-ASCII host, checked below.
    if (bodyStart >= text.length || classes[text.charCodeAt(bodyStart)] !== ARABIC_LETTER) return -1
  }
  let end = bodyStart
  let openParens = 0
  while (end < text.length) {
    const code = text.charCodeAt(end)
    const kind = classes[code]
    if (kind === SPACE || kind === JOINER || URL_STOP.has(code)) break
    if (code === 0x28) openParens++
    else if (code === 0x29) openParens--
    end++
  }
  // Give back trailing punctuation, keeping a `)` that closes a `(` inside the address.
  while (end > bodyStart) {
    const code = text.charCodeAt(end - 1)
    if (!URL_TRAILING.has(code)) break
    if (code === 0x29 && openParens >= 0) break
    if (code === 0x29) openParens++
    end--
  }
  return end > bodyStart ? end : -1
}

const isLocalPartChar = (code: number): boolean =>
  isAsciiAlphanumeric(code) ||
  code === 0x2e ||
  code === 0x5f ||
  code === 0x25 ||
  code === 0x2b ||
  code === 0x2d

const isDomainChar = (code: number): boolean => isAsciiAlphanumeric(code) || code === 0x2d

/**
 * An e-mail address starting at `start`. Returns its end, or `-(localEnd + 1)` when there is none, where
 * `localEnd` ends the run of local-part characters: no start before it in the same run can succeed either,
 * which lets the tokenizer skip the check there and stay linear.
 */
export const scanEmail = (text: string, start: number): number => {
  let at = start
  while (at < text.length && isLocalPartChar(text.charCodeAt(at))) at++
  if (at === start || at >= text.length || text.charCodeAt(at) !== 0x40) return -(at + 1)
  // The domain: labels of letters, digits and hyphens joined by single dots, at least two labels.
  let end = at + 1
  let lastGood = -1
  let labels = 0
  while (end < text.length) {
    const labelStart = end
    while (end < text.length && isDomainChar(text.charCodeAt(end))) end++
    if (end === labelStart) break
    labels++
    lastGood = end
    if (end + 1 < text.length && text.charCodeAt(end) === 0x2e && isDomainChar(text.charCodeAt(end + 1)))
      end++
    else break
  }
  return labels >= 2 ? lastGood : -(at + 1)
}

const isHashtagChar = (kind: number, code: number): boolean =>
  kind === ARABIC_LETTER || kind === ARABIC_MARK || kind === LATIN || kind === DIGIT || code === 0x5f

/** `#` followed by letters, digits or `_` in any script: the end of the hashtag, or -1. */
export const scanHashtag = (text: string, start: number): number => {
  let end = start + 1
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (!isHashtagChar(classes[code]!, code)) break
    end++
  }
  return end > start + 1 ? end : -1
}

/** `@` followed by ASCII letters, digits or `_`: the end of the handle, or -1. */
export const scanMention = (text: string, start: number): number => {
  let end = start + 1
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (!isAsciiAlphanumeric(code) && code !== 0x5f) break
    end++
  }
  return end > start + 1 ? end : -1
}
