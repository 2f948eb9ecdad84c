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
