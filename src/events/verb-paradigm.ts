/**
 * Verb paradigms: every written form of a verb, from its past and present stems, so that a verb lexicon
 * is a hash lookup of a token's clitic-stripped stem. Forms are folded (alef forms unified, ى → ي); the
 * passive is written like the active once diacritics are gone (عُقد = عقد، يُعتقل = يعتقل).
 */
import { foldWord } from '../text/fold.js'

export type VerbTense = 'past' | 'present' | 'participle'

/** One written form of a verb. */
export interface VerbForm {
  readonly form: string
  readonly tense: VerbTense
}

/** The spelled-out stems of a verb, as a data file writes them: `past/present/participle`. */
export interface VerbStems {
  readonly past: string | null
  readonly present: string | null
  readonly participle: string | null
  /** The bare third-person past is too ambiguous to match (فجر is also "dawn"). */
  readonly skipBarePast: boolean
}

const PRESENT_PREFIXES = ['ي', 'ت', 'ن', 'ا'] as const

/** How the final letter of a stem behaves: ى/ي (التقى، يلتقي), ا/و (دعا، يدعو), or a sound letter. */
type Ending = 'ya' | 'waw' | 'sound'

// The ending is read from the written stem: after folding, بدأ and دعا both end in ا, but only the
// second drops it (دعت، بدأت).
const endingOf = (written: string): Ending => {
  const last = written.at(-1)
  if (last === 'ى' || last === 'ي') return 'ya'
  if (last === 'ا' || last === 'و') return 'waw'
  return 'sound'
}

const pastForms = (written: string): string[] => {
  const stem = foldWord(written)
  const ending = endingOf(written)
  if (ending === 'sound') {
    // قصف، قصفت، قصفوا، قصفتا، قصفنا، قصفتم، قصفن; قصفو- before a pronoun (قصفوه). The masculine dual
    // (قصفا) is left out: it is written like the accusative noun (قصفًا، رفضًا، فجرًا) and rare in news.
    return ['', 'ت', 'وا', 'تا', 'نا', 'تم', 'ن', 'و'].map((suffix) => stem + suffix)
  }
  const base = stem.slice(0, -1)
  if (ending === 'ya') {
    // التقى، التقت، التقوا، التقيا، التقيت، التقينا، التقيتم، التقتا; التقا- before a pronoun (التقاه).
    return [stem, ...['ت', 'وا', 'يا', 'يت', 'ينا', 'يتم', 'تا', 'ا'].map((suffix) => base + suffix)]
  }
  // دعا، دعت، دعوا، دعوت، دعونا، دعوتم، دعتا.
  return [stem, ...['ت', 'وا', 'وت', 'ونا', 'وتم', 'تا'].map((suffix) => base + suffix)]
}

const presentStemForms = (written: string): string[] => {
  const stem = foldWord(written)
  const ending = endingOf(written)
  if (ending === 'sound') return ['', 'ون', 'ان', 'وا', 'ين', 'ن', 'ا', 'و'].map((suffix) => stem + suffix)
  const base = stem.slice(0, -1)
  // يلتقي، يلتقون، يلتقيان، يلتقوا، يلتق (after لم); يدعو، يدعون، يدعوان، يدعوا، يدع.
  if (ending === 'ya') return [stem, base + 'ون', stem + 'ان', base + 'وا', base]
  return [stem, stem + 'ن', stem + 'ان', stem + 'ا', base]
}

const presentForms = (written: string): string[] => {
  // The data file writes the third person (يلتقي); the stem is what follows the person prefix.
  const folded = foldWord(written)
  const bare = PRESENT_PREFIXES.some((prefix) => folded.startsWith(prefix)) ? written.slice(1) : written
  const stems = presentStemForms(bare)
  return PRESENT_PREFIXES.flatMap((prefix) => stems.map((stem) => prefix + stem))
}

// A circumstantial participle: متهمًا، مطالبين، مؤكدةً. The bare participle is left out: it is mostly a
// noun (متهم "a suspect", مطالب "demands").
const participleForms = (written: string): string[] => {
  const stem = foldWord(written)
  return ['ا', 'ة', 'ين'].map((suffix) => stem + suffix)
}

/**
 * Parses `past/present/participle` (present and participle optional, `-` for none, `!` before the past to
 * keep its bare form out).
 *
 * @example
 *   parseVerbStems('!فجر/يفجر')   // { past: 'فجر', present: 'يفجر', participle: null, skipBarePast: true }
 */
export const parseVerbStems = (written: string): VerbStems => {
  const [past = '', present = '', participle = ''] = written.split('/').map((part) => part.trim())
  const skipBarePast = past.startsWith('!')
  const clean = (value: string): string | null => (value === '' || value === '-' ? null : value)
  return {
    past: clean(skipBarePast ? past.slice(1) : past),
    present: clean(present),
    participle: clean(participle),
    skipBarePast,
  }
}

/**
 * Every folded form of a verb, each with its tense. Forms are unique.
 *
 * @example
 *   verbForms(parseVerbStems('التقى/يلتقي')).map((form) => form.form).slice(0, 3)   // ['التقي', 'التقت', 'التقوا']
 */
export const verbForms = (stems: VerbStems): VerbForm[] => {
  const seen = new Set<string>()
  const forms: VerbForm[] = []
  const add = (form: string, tense: VerbTense): void => {
    if (form.length < 2 || seen.has(form)) return
    seen.add(form)
    forms.push({ form, tense })
  }
  if (stems.past !== null) {
    const past = pastForms(stems.past)
    past.forEach((form, index) => {
      if (!(index === 0 && stems.skipBarePast)) add(form, 'past')
    })
  }
  if (stems.present !== null) for (const form of presentForms(stems.present)) add(form, 'present')
  if (stems.participle !== null) for (const form of participleForms(stems.participle)) add(form, 'participle')
  return forms
}
