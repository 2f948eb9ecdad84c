import type { TaggedSentence } from './conll.js'

/**
 * WikiFANE's 50 fine classes (an ACE-style two-level taxonomy) mapped onto ANERcorp's four types.
 * Facilities and geo-political entities are places in ANERcorp's guidelines; vehicles, weapons and
 * products are MISC. `Group` (peoples as nouns: العرب، المسلمين) is `O`, as in ANERcorp.
 */
export const WIKIFANE_COARSE: Readonly<Record<string, string>> = {
  Politician: 'PERS',
  Religious_PER: 'PERS',
  Artist: 'PERS',
  Other_PER: 'PERS',
  Scientist: 'PERS',
  Athlete: 'PERS',
  Businessperson: 'PERS',
  Engineer: 'PERS',
  Lawyer: 'PERS',
  Police: 'PERS',
  Group: '',
  'Population-Center': 'LOC',
  Nation: 'LOC',
  'State-or-Province': 'LOC',
  'County-or-District': 'LOC',
  'GPE-Cluster': 'LOC',
  Continent: 'LOC',
  'Water-Body': 'LOC',
  'Land-Region-Natural': 'LOC',
  Celestial: 'LOC',
  'Building-Grounds': 'LOC',
  Path: 'LOC',
  Airport: 'LOC',
  'Subarea-Facility': 'LOC',
  Government: 'ORG',
  Commercial: 'ORG',
  'Non-Governmental': 'ORG',
  Educational: 'ORG',
  Media: 'ORG',
  Sports: 'ORG',
  Entertainment: 'ORG',
  Religious_ORG: 'ORG',
  'Medical-Science': 'ORG',
  Air: 'MISC',
  Water: 'MISC',
  Land: 'MISC',
  Book: 'MISC',
  Software: 'MISC',
  Hardware: 'MISC',
  Movie: 'MISC',
  Sound: 'MISC',
  Food: 'MISC',
  Drug: 'MISC',
  Plant: 'MISC',
  Nuclear: 'MISC',
  Shooting: 'MISC',
  Blunt: 'MISC',
  Exploding: 'MISC',
  Chemical: 'MISC',
  Sharp: 'MISC',
  Projectile: 'MISC',
}

/**
 * Rewrites fine WikiFANE tags (`B-Politician`) as coarse BIO tags (`B-PERS`), using `mapping`
 * (a fine class mapped to '' or missing becomes `O`).
 */
export const coarsenWikifane = (
  sentences: readonly TaggedSentence[],
  mapping: Readonly<Record<string, string>> = WIKIFANE_COARSE,
): TaggedSentence[] =>
  sentences.map(({ words, tags }) => {
    const coarse = tags.map((tag) => {
      if (tag.length < 3 || tag[1] !== '-') return 'O'
      const type = mapping[tag.slice(2)]
      return type ? `${tag[0]}-${type}` : 'O'
    })
    return { words, tags: coarse }
  })

// WikiFANE splits clitics off as tokens (و بدا، عن ه); ANERcorp, and news text as tokenised for
// tagging, keeps them on the word (وبدا، عنه).
const PROCLITIC_TOKENS = new Set(['و', 'ف', 'ب', 'ل', 'ك'])
const ENCLITIC_TOKENS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'نا'])
const ARABIC_LETTER = /^[\u0621-\u064a]/

/**
 * Re-attaches WikiFANE's split clitics so its words look like ANERcorp's: a proclitic token joins
 * the next word (ل + الدولة → للدولة) and takes that word's tag; an enclitic token joins the
 * previous word and takes its tag.
 *
 * @example
 *   attachClitics({ words: ['و', 'مصر'], tags: ['O', 'B-LOC'] }) // → { words: ['ومصر'], tags: ['B-LOC'] }
 */
export const attachClitics = (sentence: TaggedSentence): TaggedSentence => {
  const words: string[] = []
  const tags: string[] = []
  let pending = ''
  for (let index = 0; index < sentence.words.length; index++) {
    const word = sentence.words[index]!
    const tag = sentence.tags[index]!
    const next = sentence.words[index + 1]
    if (PROCLITIC_TOKENS.has(word) && next !== undefined && ARABIC_LETTER.test(next)) {
      pending += word
      continue
    }
    if (
      pending === '' &&
      ENCLITIC_TOKENS.has(word) &&
      words.length > 0 &&
      ARABIC_LETTER.test(words.at(-1)!)
    ) {
      words[words.length - 1] += word
      continue
    }
    const joined = pending.endsWith('ل') && word.startsWith('ال') ? pending + word.slice(1) : pending + word
    words.push(joined)
    tags.push(tag)
    pending = ''
  }
  return { words, tags }
}
