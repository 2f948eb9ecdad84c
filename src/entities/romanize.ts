/**
 * A readable Latin spelling of an Arabic name, for entities the gazetteer has no English name for:
 * news-style (al-Sharaa, not ash-Šarʿ), rule-based with a table of frequent name words.
 */
import { foldWord } from '../text/fold.js'
import { LATIN_NAME_WORDS } from './latin-names.js'

const CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: "'",
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ء: "'",
  ئ: "'",
  ؤ: "'",
  پ: 'p',
  چ: 'ch',
  گ: 'g',
  ڤ: 'v',
  ی: 'y',
  ک: 'k',
}

const ALEFS = new Set(['ا', 'أ', 'إ', 'آ', 'ٱ'])
const SHADDA = '\u0651'
// Harakat, tanwin, sukun, superscript alef and tatweel carry no letter of their own here.
const MARKS = /[\u064b-\u0650\u0652-\u065f\u0670\u0640]/g
const ARTICLE = 'ال'

interface Segment {
  text: string
  vowel: boolean
}

const isVowelLetter = (letter: string | undefined): boolean =>
  letter !== undefined && (ALEFS.has(letter) || letter === 'ى' || letter === 'ة')

const isConsonant = (letter: string | undefined): boolean =>
  letter !== undefined && CONSONANTS[letter] !== undefined

/** The segments of one word without its article: consonants and long vowels, shadda doubling. */
const segmentsOf = (word: string, construct: boolean): Segment[] => {
  const letters = [...word]
  const segments: Segment[] = []
  for (let index = 0; index < letters.length; index++) {
    const letter = letters[index]!
    const previous = letters[index - 1]
    const next = letters[index + 1]
    if (letter === SHADDA) {
      const last = segments.at(-1)
      if (last !== undefined && !last.vowel) last.text += last.text.slice(-1)
      continue
    }
    if (ALEFS.has(letter)) segments.push({ text: index === 0 && letter === 'إ' ? 'i' : 'a', vowel: true })
    else if (letter === 'ى') segments.push({ text: 'a', vowel: true })
    // After a long ā the ة is heard as t: Qanat, Hayat.
    else if (letter === 'ة')
      segments.push({ text: ALEFS.has(previous ?? '') ? 't' : construct ? 'at' : 'a', vowel: true })
    else if ((letter === 'و' || letter === 'ي') && index === 1 && isConsonant(next)) {
      // After the first consonant and before another, و ي are mostly diphthongs: Dawla, Bayt, Hay'a.
      segments.push({ text: letter === 'و' ? 'aw' : 'ay', vowel: true })
    } else if (letter === 'و') {
      const consonant = index === 0 || isVowelLetter(previous) || ALEFS.has(next ?? '')
      segments.push({ text: consonant ? 'w' : 'u', vowel: !consonant })
    } else if (letter === 'ي') {
      if (index === 0 || isVowelLetter(previous)) segments.push({ text: 'y', vowel: false })
      else if (next === undefined) segments.push({ text: 'i', vowel: true })
      else if (isVowelLetter(next) || next === 'و') segments.push({ text: 'iy', vowel: true })
      else if (previous === 'و') segments.push({ text: 'y', vowel: false })
      else segments.push({ text: 'i', vowel: true })
    } else if (letter === 'ع' && index === 0) {
      // A word-initial ʿayn is not written in news spelling, only its vowel (Ali, Alloush, Abd).
      if (!ALEFS.has(next ?? '')) segments.push({ text: 'a', vowel: true })
    } else {
      const consonant = CONSONANTS[letter]
      if (consonant !== undefined) segments.push({ text: consonant, vowel: false })
    }
  }
  // Unwritten short vowels: the commonest gaps are after the first consonant (Tahrir, Qasra, Shar') and
  // between two final consonants (Rahman, Idlab, Hikmat).
  const last = segments.length - 1
  if (last >= 2 && !segments[last]!.vowel && !segments[last - 1]!.vowel) {
    segments.splice(last, 0, { text: 'a', vowel: true })
  }
  if (segments.length > 1 && !segments[0]!.vowel && !segments[1]!.vowel)
    segments.splice(1, 0, { text: 'a', vowel: true })
  return segments
}

const capitalise = (text: string): string => {
  const first = text.search(/[a-z]/)
  return first < 0 ? text : text.slice(0, first) + text.charAt(first).toUpperCase() + text.slice(first + 1)
}

/** One word: article, then the table or the rules. `construct` says whether a final ة is read -at. */
const romanizeWord = (word: string, construct: boolean): string => {
  let rest = word
  let prefix = ''
  if (rest.length > 3 && rest.startsWith('عبدال') && rest !== 'عبدالله') {
    // Written together: عبدالرحمن = عبد الرحمن.
    return 'Abd al-' + romanizeWord(rest.slice(5), false)
  }
  const whole = LATIN_NAME_WORDS.get(foldWord(word, { tehMarbuta: true }))
  if (whole !== undefined) return whole
  if (rest.length > 3 && rest.startsWith(ARTICLE)) {
    prefix = 'al-'
    rest = rest.slice(2)
  }
  const known = LATIN_NAME_WORDS.get(foldWord(rest, { tehMarbuta: true }))
  if (known !== undefined) return prefix + known
  const latin = segmentsOf(rest, construct)
    .map((segment) => segment.text)
    .join('')
  return prefix + capitalise(latin)
}

/**
 * A Latin spelling of Arabic text (a name or short phrase): the article as `al-` without assimilation,
 * ة as -a or, before a following word, -at (construct), long vowels ا و ي as a u i, عبد ال… as Abd al-,
 * frequent name words from a table, each word capitalised. Latin words pass through.
 *
 * @example
 *   romanize('أبو محمد الجولاني')   // 'Abu Muhammad al-Jawlani'
 *   romanize('عبد الرحمن')          // 'Abd al-Rahman'
 *   romanize('هيئة تحرير الشام')    // "Hay'at Tahrir al-Sham"
 */
export const romanize = (arabic: string): string => {
  const words = arabic
    .normalize('NFC')
    .replace(MARKS, '')
    .split(/[^\p{L}\u0651]+/u)
    .filter((word) => word !== '')
  const out: string[] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    const next = words[index + 1]
    if (!/\p{Script=Arabic}/u.test(word)) {
      out.push(word)
      continue
    }
    const folded = foldWord(word)
    if (folded === 'عبدالله' || (folded === 'عبد' && next !== undefined && foldWord(next) === 'الله')) {
      out.push('Abdullah')
      if (folded === 'عبد') index++
      continue
    }
    if (folded === 'عبد' && next !== undefined) {
      out.push('Abd')
      continue
    }
    // A definite word followed by another is noun + adjective (الدولة السورية); an indefinite one heads a
    // construct (مدينة دمشق، هيئة تحرير الشام).
    const construct = next !== undefined && !folded.startsWith(ARTICLE)
    out.push(romanizeWord(word, construct))
  }
  return out.join(' ')
}
