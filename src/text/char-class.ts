/**
 * Character classes for the tokenizer and sentence splitter: one Uint8Array over the BMP, built once, so
 * scanning is a table lookup per code unit. Unicode properties are consulted only while building it.
 */

export const CharClass = {
  /** Any other visible character: symbols, emoji parts, unassigned code points. */
  other: 0,
  /** Whitespace and control characters; ends every token. */
  space: 1,
  arabicLetter: 2,
  /** Arabic diacritics and tatweel: part of a word, never its own token when inside one. */
  arabicMark: 3,
  /** Decimal digits in any script. */
  digit: 4,
  latin: 5,
  punctuation: 6,
  highSurrogate: 7,
  lowSurrogate: 8,
  /** Letters of other scripts (Greek, Cyrillic, Hebrew, CJK, …). */
  otherLetter: 9,
  /** Generic combining marks and variation selectors: they extend the token before them. */
  combining: 10,
  /** Invisible format characters (ZWNJ, ZWJ, bidi controls, soft hyphen): inside a word they stay, else skipped. */
  joiner: 11,
} as const

export type CharClassCode = (typeof CharClass)[keyof typeof CharClass]

const buildClasses = (): Uint8Array => {
  const classes = new Uint8Array(0x10000)
  const letter = /\p{L}/u
  const latinLetter = /\p{Script=Latin}/u
  const arabicLetter = /\p{Script=Arabic}/u
  const mark = /\p{M}/u
  const digit = /\p{Nd}/u
  const punctuation = /\p{P}/u
  const space = /\p{White_Space}/u
  const format = /\p{Cf}/u
  const control = /\p{Cc}/u
  // The big uniform blocks are filled directly: testing 65,536 code points one by one costs ~60 ms at load.
  classes.fill(CharClass.otherLetter, 0x3400, 0x4dc0) // CJK extension A
  classes.fill(CharClass.otherLetter, 0x4e00, 0xa000) // CJK unified ideographs
  classes.fill(CharClass.otherLetter, 0xac00, 0xd7a4) // Hangul syllables
  classes.fill(CharClass.highSurrogate, 0xd800, 0xdc00)
  classes.fill(CharClass.lowSurrogate, 0xdc00, 0xe000)
  // Private use (0xe000–0xf8ff) stays `other`.
  for (let code = 0; code < 0x10000; code++) {
    if (
      (code >= 0x3400 && code < 0x4dc0) ||
      (code >= 0x4e00 && code < 0xa000) ||
      (code >= 0xac00 && code < 0xf900)
    ) {
      continue
    }
    const char = String.fromCharCode(code)
    // Control characters (stray \u001a and the like in scraped text) are invisible: treat them as space.
    if (space.test(char) || control.test(char)) classes[code] = CharClass.space
    else if (format.test(char)) classes[code] = CharClass.joiner
    else if (digit.test(char)) classes[code] = CharClass.digit
    else if (letter.test(char)) {
      if (latinLetter.test(char)) classes[code] = CharClass.latin
      else if (arabicLetter.test(char)) classes[code] = CharClass.arabicLetter
      else classes[code] = CharClass.otherLetter
    } else if (mark.test(char))
      classes[code] = arabicLetter.test(char) ? CharClass.arabicMark : CharClass.combining
    else if (punctuation.test(char)) classes[code] = CharClass.punctuation
  }
  // Arabic diacritics are Script=Inherited in Unicode, and tatweel is Script=Common: set them by hand.
  for (let code = 0x064b; code <= 0x065f; code++) classes[code] = CharClass.arabicMark
  classes[0x0670] = CharClass.arabicMark
  classes[0x0640] = CharClass.arabicMark
  for (let code = 0x06d6; code <= 0x06ed; code++) {
    if (classes[code] === CharClass.combining || classes[code] === CharClass.arabicMark) {
      classes[code] = CharClass.arabicMark
    }
  }
  // Arabic punctuation that Unicode files as symbols or letters but news writing uses as punctuation.
  for (const code of [0x060c, 0x061b, 0x061f, 0x066a, 0x066b, 0x066c, 0x06d4])
    classes[code] = CharClass.punctuation
  return classes
}

/** The class of every BMP code unit. */
export const CHAR_CLASS: Uint8Array = buildClasses()

/** True for code units that end a line: LF, CR, NEL, LS, PS, VT, FF. */
export const isLineBreak = (code: number): boolean =>
  code === 0x0a ||
  code === 0x0d ||
  code === 0x85 ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x0b ||
  code === 0x0c
