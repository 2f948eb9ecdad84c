/**
 * The kinds of cue word the event coder reads (the `kind` column of `data/events/cues.tsv`), as bit flags
 * so that one word's kinds are one number and testing them is one `&`.
 */
export const CUE = {
  negation: 1 << 0,
  'not-negation': 1 << 1,
  denial: 1 << 2,
  future: 1 << 3,
  'future-time': 1 << 4,
  hypothetical: 1 << 5,
  may: 1 << 6,
  quantity: 1 << 7,
  question: 1 << 8,
  generic: 1 << 9,
  historical: 1 << 10,
  purpose: 1 << 11,
  undergo: 1 << 12,
  background: 1 << 13,
  light: 1 << 14,
  'light-intransitive': 1 << 15,
  'light-receive': 1 << 16,
  'light-host': 1 << 17,
  gather: 1 << 18,
  mediator: 1 << 19,
  'np-link': 1 << 20,
  pair: 1 << 21,
  'clause-verb': 1 << 22,
  preposition: 1 << 23,
  complementizer: 1 << 24,
  relative: 1 << 25,
  particle: 1 << 26,
  adjective: 1 << 27,
  'mode-air-strike': 1 << 28,
  'mode-shelling': 1 << 29,
  'mode-firearms': 1 << 30,
  'mode-bombing': 2 ** 31,
} as const

export type CueKind = keyof typeof CUE

export const isCueKind = (value: string): value is CueKind => Object.hasOwn(CUE, value)

/** Every light-verb kind: a verb or noun that carries an event noun. */
export const ANY_LIGHT = CUE.light | CUE['light-intransitive'] | CUE['light-receive'] | CUE['light-host']

/** Kinds that end a noun phrase. */
export const PHRASE_ENDERS =
  CUE.preposition |
  CUE.complementizer |
  CUE.relative |
  CUE.particle |
  CUE['clause-verb'] |
  CUE.negation |
  CUE.mediator |
  CUE.question |
  CUE.may

/** Kinds whose words are function words: a verb form equal to one of them is not generated. */
export const FUNCTION_WORDS =
  CUE.preposition | CUE.complementizer | CUE.relative | CUE.particle | CUE.negation | CUE.question

/** Bit test that survives the sign bit of `2 ** 31`. */
export const hasCue = (flags: number, kinds: number): boolean => (flags & kinds) !== 0
