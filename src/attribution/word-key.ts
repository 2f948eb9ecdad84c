/**
 * Keys for matching words against the attribution and framing lexicons: the folded form with ة folded to ه
 * (the gazetteer's `matchKey`), with the article stripped where a lexicon lists bare nouns.
 */
import { matchKey } from '../lexicon/gazetteer.js'

export { matchKey }

const ARTICLE = 'ال'
/** The article is only stripped from words that keep at least two letters after it (الى is a word). */
const MIN_AFTER_ARTICLE = 2
/** الله is a name, not ال + له (عبد الله، حزب الله). */
const GOD = 'الله'

/** Whether the article may be stripped from a folded word. */
export const hasStrippableArticle = (key: string): boolean =>
  key.startsWith(ARTICLE) && key.length - ARTICLE.length >= MIN_AFTER_ARTICLE && key !== GOD

/**
 * The key of a lexicon word without its article: what `nounReadings` compares to.
 *
 * @example
 *   bareKey('الوزارة')   // 'وزاره'
 *   bareKey('وزارة')     // 'وزاره'
 */
export const bareKey = (word: string): string => {
  const key = matchKey(word)
  return hasStrippableArticle(key) ? key.slice(ARTICLE.length) : key
}

/** The keys of a space-separated lexicon phrase, each without its article, joined by one space. */
export const barePhraseKey = (phrase: string): string =>
  phrase
    .trim()
    .split(/\s+/u)
    .map((word) => bareKey(word))
    .join(' ')
