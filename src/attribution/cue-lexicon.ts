/**
 * The cue lexicon (`data/attribution/cues.tsv`): speech verbs in their inflections, circumstantial
 * participles and prepositional cues, compiled once into a map from folded forms to cues. Regular
 * inflections are derived here, so the data file lists one form per verb.
 */
import { readTsvRows } from '../lexicon/data-file.js'
import { matchKey } from './word-key.js'

/** The `kind` column of the data file. */
export const CUE_KINDS = {
  verb: 'a speech verb: قال، أكد، أوضح',
  stance: 'a position taken: أعرب عن، جدد، أدان',
  'relay-verb': 'passes words on: نقل، أورد (a speaker may follow عن)',
  participle: 'continues the current speaker: مؤكداً، مشيراً',
  preposition: 'names the speaker after it: بحسب، وفقاً لـ، على لسان',
  'relay-preposition': 'names the speaker after it and makes whoever spoke before a relay: نقلاً عن',
} as const

export type CueKind = keyof typeof CUE_KINDS

/** The `inflect` column: how the written forms are derived from the base form. */
export type Inflection = 'past' | 'present' | 'participle' | 'none'

export interface Cue {
  readonly kind: CueKind
  /** The base form as written in the data file. */
  readonly lemma: string
  /** Keys of the particles the cue governs (إلى for أشار), or for a preposition the particle glued after. */
  readonly prepositions: ReadonlySet<string>
  /** The cue has other senses: it counts only with a complement (أن، إن، a colon, a quotation, a preposition). */
  readonly requiresComplement: boolean
  /** Only one of its own prepositions will do (عبر … عن: عبر alone is 'via'). */
  readonly requiresPreposition: boolean
  /** The key the next token must have, for two-word cues (على لسان), or null. */
  readonly next: string | null
  readonly gloss: string
  /** How the forms were derived: a present-tense verb never continues a speaker (يُذكر أن is impersonal). */
  readonly inflection: Inflection
}

/** A written form of a cue. */
export interface CueForm {
  readonly cue: Cue
  /**
   * A plural or dual verb (قالوا، أكدتا): in Arabic a verb before its subject stays singular, so this one
   * has its subject before it, or none written.
   */
  readonly plural: boolean
}

export interface CueLexicon {
  /** Cues by the key of each derived form (the first word of a two-word cue). */
  readonly forms: ReadonlyMap<string, readonly CueForm[]>
}

const INFLECTIONS: ReadonlySet<string> = new Set(['past', 'present', 'participle', 'none'])
const PAST_ENDINGS = ['', 'ت', 'وا', 'ا', 'تا']
const WEAK_PAST_ENDINGS = ['', 'ت', 'وا', 'تا']
const PARTICIPLE_ENDINGS = ['', 'ا', 'ة', 'ين', 'ون', 'تين', 'ان']

/**
 * The forms of a base form under an inflection, folded for matching.
 *
 * @example
 *   inflect('أكد', 'past')       // ['اكد', 'اكدت', 'اكدوا', 'اكدا', 'اكدتا']
 *   inflect('نفى', 'past')       // ['نفي', 'نفت', 'نفوا', 'نفتا']
 *   inflect('يقول', 'present')   // ['يقول', 'تقول', 'يقولون', 'يقولان']
 */
export const inflect = (base: string, how: Inflection): string[] => {
  const word = matchKey(base)
  const forms = new Set<string>()
  if (how === 'past') {
    const last = word.at(-1)
    // A final ى (folded to ي) or ا drops before the endings: نفى → نفت، دعا → دعت.
    if (last === 'ي' || last === 'ا') {
      const stem = word.slice(0, -1)
      forms.add(word)
      for (const ending of WEAK_PAST_ENDINGS.slice(1)) forms.add(stem + ending)
    } else {
      for (const ending of PAST_ENDINGS) forms.add(word + ending)
    }
  } else if (how === 'present') {
    const stem = word.startsWith('ي') ? word.slice(1) : word
    const weak = word.endsWith('ي') || word.endsWith('و')
    forms.add(word)
    forms.add('ت' + stem)
    // ينفي → ينفون، يدعو → يدعون: the weak final letter drops before the plural ending.
    forms.add((weak ? word.slice(0, -1) : word) + 'ون')
    if (!weak) forms.add(word + 'ان')
  } else if (how === 'participle') {
    for (const ending of PARTICIPLE_ENDINGS) forms.add(matchKey(word + ending))
  } else {
    forms.add(word)
  }
  return [...forms]
}

/** Whether a derived verb form is plural or dual. */
const isPlural = (form: string, base: string, how: Inflection): boolean => {
  if (form === base) return false
  if (how === 'past') return form.endsWith('وا') || form.endsWith('تا') || form === `${base}ا`
  if (how === 'present') return form.endsWith('ون') || form.endsWith('ان')
  return false
}

const particleKeys = (cell: string): ReadonlySet<string> =>
  new Set(
    cell === '-' || cell === ''
      ? []
      : cell
          .split('|')
          .map((particle) => matchKey(particle))
          .filter((key) => key !== ''),
  )

/**
 * Compiles rows of `cue<TAB>kind<TAB>inflect<TAB>prepositions<TAB>requires<TAB>gloss`.
 *
 * @example
 *   const lexicon = compileCues([['قال', 'verb', 'past', '-', '-', 'say']])
 *   lexicon.forms.get('قالت')?.[0]?.cue.lemma   // 'قال'
 */
export const compileCues = (rows: readonly (readonly string[])[], origin = 'rows'): CueLexicon => {
  const forms = new Map<string, CueForm[]>()
  rows.forEach(([written = '', kind = '', how = '', particles = '-', requires = '-', gloss = ''], index) => {
    if (written === '' || !Object.hasOwn(CUE_KINDS, kind) || !INFLECTIONS.has(how)) {
      throw new Error(
        `${origin}: row ${index + 1} needs cue, kind (${Object.keys(CUE_KINDS).join('|')}), inflect`,
      )
    }
    const [first = '', second] = written.trim().split(/\s+/u)
    const cue: Cue = {
      kind: kind as CueKind,
      lemma: written,
      prepositions: particleKeys(particles),
      requiresComplement: requires === 'complement' || requires === 'preposition',
      requiresPreposition: requires === 'preposition',
      next: second === undefined ? null : matchKey(second),
      gloss,
      inflection: how as Inflection,
    }
    const base = matchKey(first)
    for (const form of inflect(first, how as Inflection)) {
      const entry: CueForm = { cue, plural: isPlural(form, base, how as Inflection) }
      const list = forms.get(form)
      if (list === undefined) forms.set(form, [entry])
      // A form that is some cue's base form reads first as that cue: نقلا is نقلاً عن before it is a dual.
      else if (form === base) list.unshift(entry)
      else list.push(entry)
    }
  })
  return { forms }
}

let shared: CueLexicon | undefined

/** The package's cue lexicon, read and compiled on first use. */
export const loadCueLexicon = (): CueLexicon => {
  shared ??= compileCues(readTsvRows('attribution/cues.tsv'), 'data/attribution/cues.tsv')
  return shared
}
