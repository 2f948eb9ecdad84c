/** One sentence of a CoNLL-style corpus: tokens and their tags, same length. */
export interface TaggedSentence {
  readonly words: readonly string[]
  readonly tags: readonly string[]
}

/**
 * Parses `TOKEN TAG` lines (a space or a tab before the tag, the tag being the last field) with a
 * blank line between sentences. Strips a byte-order mark, CR line ends and the U+200E marks that
 * WikiFANE puts before each token. Lines without a tag are skipped.
 *
 * @example
 *   parseConll('باريس B-LOC\nاليوم O\n') // → [{ words: ['باريس', 'اليوم'], tags: ['B-LOC', 'O'] }]
 */
export const parseConll = (text: string): TaggedSentence[] => {
  const sentences: TaggedSentence[] = []
  let words: string[] = []
  let tags: string[] = []
  const flush = (): void => {
    if (words.length > 0) sentences.push({ words, tags })
    words = []
    tags = []
  }
  for (const rawLine of text.replace(/^\uFEFF/, '').split('\n')) {
    const line = rawLine.replace(/[\r\u200e\u200f]/g, '').trim()
    if (line === '') {
      flush()
      continue
    }
    const cut = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'))
    if (cut <= 0) continue
    words.push(line.slice(0, cut).trim())
    tags.push(line.slice(cut + 1))
  }
  flush()
  return sentences
}

/** Splits sentences into the first `trainShare` (by count) and the rest, in corpus order. */
export const splitSentences = (
  sentences: readonly TaggedSentence[],
  trainShare: number,
): { train: TaggedSentence[]; dev: TaggedSentence[] } => {
  const cut = Math.round(sentences.length * trainShare)
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) }
}
