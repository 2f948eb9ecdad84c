/**
 * The folding tables behind `foldWord` and `foldText`: one Uint16Array over the Basic Multilingual Plane
 * mapping each code unit to its folded code unit, or to `DELETE`. Built once at module load, so folding is a
 * table lookup per character with no regex and no branching on Unicode properties.
 */

/** Marks a code unit that folding drops (diacritics, tatweel, invisible controls). */
export const DELETE = 0xffff

const TEH_MARBUTA = 0x0629
const HEH = 0x0647

const buildTable = (): Uint16Array => {
  const table = new Uint16Array(0x10000)
  for (let code = 0; code < 0x10000; code++) table[code] = code

  const map = (from: number, to: number): void => {
    table[from] = to
  }
  const mapRange = (first: number, last: number, to: number): void => {
    for (let code = first; code <= last; code++) table[code] = to
  }
  const deleteRange = (first: number, last: number): void => mapRange(first, last, DELETE)

  // Latin lower-casing, one code unit to one (skips İ and the like, whose lower case is two units).
  for (let code = 0x41; code <= 0x24f; code++) {
    const lower = String.fromCharCode(code).toLowerCase()
    if (lower.length === 1) table[code] = lower.charCodeAt(0)
  }
  for (let code = 0x1e00; code <= 0x1eff; code++) {
    const lower = String.fromCharCode(code).toLowerCase()
    if (lower.length === 1) table[code] = lower.charCodeAt(0)
  }

  // Arabic presentation forms (old PDFs, some feeds) to their base letters, where that is one letter.
  // Ligatures such as ﻻ expand to two letters and are left alone to keep the map one-to-one.
  for (const [first, last] of [
    [0xfb50, 0xfdff],
    [0xfe70, 0xfefc],
  ] as const) {
    for (let code = first; code <= last; code++) {
      const base = String.fromCharCode(code).normalize('NFKC')
      if (base.length === 1) table[code] = base.charCodeAt(0)
    }
  }

  // Diacritics (tanween, harakat, shadda, sukun, hamza marks, …), dagger alef, Quranic annotation marks.
  deleteRange(0x064b, 0x065f)
  deleteRange(0x0670, 0x0670)
  deleteRange(0x06d6, 0x06ed)
  // Tatweel (kashida) only stretches a letter.
  deleteRange(0x0640, 0x0640)
  // Zero-width characters and bidi controls, invisible and frequent in copied web text.
  deleteRange(0x200b, 0x200f)
  deleteRange(0x202a, 0x202e)
  deleteRange(0x2066, 0x2069)
  deleteRange(0xfeff, 0xfeff)
  deleteRange(0x061c, 0x061c)
  deleteRange(0x00ad, 0x00ad) // soft hyphen
  deleteRange(0x2060, 0x2060) // word joiner

  // Alef forms: أ إ آ ٱ and the rarer wavy-hamza alefs all become bare ا.
  for (const alef of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675]) map(alef, 0x0627)
  // Alef maqsura ى is written for final ي (and the reverse) so often that they must match.
  map(0x0649, 0x064a)
  // Persian and Urdu letter variants common in Gulf and South Asian typing.
  map(0x06a9, 0x0643) // ک
  map(0x06aa, 0x0643) // ڪ
  map(0x06cc, 0x064a) // ی
  map(0x06c1, HEH) // ہ
  map(0x06c0, HEH) // ۀ
  map(0x06c3, TEH_MARBUTA) // ۃ
  // The hamza seats ؤ and ئ are kept: unlike alef hamza they are rarely dropped in news writing, and
  // folding them to و / ي would merge distinct words (مسؤول/مسوول is rare; رئيس/رييس never written).

  // Digits: Arabic-Indic ٠-٩ and extended (Persian/Urdu) ۰-۹ to ASCII.
  for (let digit = 0; digit < 10; digit++) {
    map(0x0660 + digit, 0x30 + digit)
    map(0x06f0 + digit, 0x30 + digit)
  }

  // Punctuation and separators.
  map(0x060c, 0x2c) // ، → ,
  map(0x061b, 0x3b) // ؛ → ;
  map(0x061f, 0x3f) // ؟ → ?
  map(0x066b, 0x2e) // ٫ decimal separator → .
  map(0x066c, 0x2c) // ٬ thousands separator → ,
  map(0x066a, 0x25) // ٪ → %
  for (const quote of [0x201c, 0x201d, 0x00ab, 0x00bb, 0x201e, 0x201f, 0x2033]) map(quote, 0x22)
  for (const quote of [0x2018, 0x2019, 0x201a, 0x201b]) map(quote, 0x27)
  // Exotic spaces to a plain space, so folded text splits on one kind of space.
  map(0x00a0, 0x20)
  mapRange(0x2000, 0x200a, 0x20)
  map(0x202f, 0x20)
  map(0x205f, 0x20)
  map(0x3000, 0x20)

  // One more pass so chained mappings land on their final form (presentation ﺃ → أ → ا).
  for (let code = 0; code < 0x10000; code++) {
    const target = table[code]!
    if (target !== code && target !== DELETE) table[code] = table[target]!
  }
  return table
}

/** The default folding table: ة is kept. */
export const FOLD_TABLE: Uint16Array = buildTable()

/** The same table with ة (and ۃ) folded to ه, for matchers that want it. */
export const FOLD_TABLE_TEH_MARBUTA: Uint16Array = (() => {
  const table = FOLD_TABLE.slice()
  table[TEH_MARBUTA] = HEH
  table[0x06c3] = HEH
  return table
})()
