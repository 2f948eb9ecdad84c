/**
 * A rule after the statistical tagger: a given name before a kunya or a nasab belongs to the name.
 * The tagger knows أبو and بن open names, but a given name that is also a common word (رائد
 * "pioneer", أمل "hope", نبيل "noble") is often left out: وزير المياه رائد أبو السعود comes out as
 * أبو السعود alone, and the event's subject phrase breaks. When the word before such a span is one the
 * tagger itself labelled a person in a sizeable share of its uses across SaudiNewsNet (its corpus
 * profile), the span takes it in. Applied where whole documents are tagged (the entity stage, `isnad
 * tag`, `npm run eval:ner`), not inside training, so the corpus profiles do not feed on it.
 */
import { type CorpusTags, profileShows } from './corpus-tags.js'
import { nameKey } from './name-lexicon.js'

/** Words that link a given name to the rest of a name: kunya (أبو، أم) and nasab (بن، ابن، بنت). */
const NAME_LINKS: ReadonlySet<string> = new Set(['أبو', 'أبي', 'أبا', 'أم', 'ابن', 'بن', 'بنت'].map(nameKey))

/**
 * Extends person spans that start at a kunya or nasab over the given name before them, in place.
 * `keys` are the words' folded forms (`FeatureExtractor.formKeys`), `tags` their BIO tags.
 */
export const joinGivenNames = (keys: readonly string[], tags: string[], corpusTags: CorpusTags): string[] => {
  for (let index = 1; index < tags.length; index++) {
    if (tags[index] !== 'B-PERS' || !NAME_LINKS.has(keys[index]!)) continue
    if (tags[index - 1] !== 'O' || !profileShows(corpusTags, keys[index - 1]!, 'PERS', 25)) continue
    tags[index - 1] = 'B-PERS'
    tags[index] = 'I-PERS'
  }
  return tags
}
