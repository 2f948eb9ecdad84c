/**
 * SaudiNewsNet (Alhagri 2015; CC BY-NC-SA 4.0) as plain sentences of word tokens, for the
 * unsupervised parts of training (word clusters, corpus tag profiles). Each zip holds one JSON
 * array of `{source, url, date_extracted, title, author, content}`; articles repeat across days,
 * so they are deduplicated by URL.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const TOKEN = /[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}]/gu
const SENTENCE_END = new Set(['.', '!', '?', '؟'])

/** The articles' paragraphs (title first), in file and article order. */
export const readSaudiNewsNetParagraphs = (
  dataDirectory: string,
): { paragraphs: string[]; articles: number } => {
  const directory = join(dataDirectory, 'saudinewsnet')
  const seen = new Set<string>()
  const paragraphs: string[] = []
  let articles = 0
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith('.zip'))
    .sort()) {
    const json = execFileSync('unzip', ['-p', join(directory, file)], { maxBuffer: 1 << 28 }).toString('utf8')
    for (const article of JSON.parse(json) as { url?: string; title?: string; content?: string }[]) {
      const key = article.url ?? article.title ?? ''
      if (seen.has(key)) continue
      seen.add(key)
      articles++
      for (const paragraph of `${article.title ?? ''}\n${article.content ?? ''}`.split('\n')) {
        if (paragraph.trim() !== '') paragraphs.push(paragraph)
      }
    }
  }
  return { paragraphs, articles }
}

/** Splits a paragraph into word tokens (punctuation as its own token). */
export const tokenizeParagraph = (paragraph: string): string[] => paragraph.match(TOKEN) ?? []

/**
 * Sentences of tokens, split after . ! ? ؟ and capped at `maxLength` tokens, up to about
 * `maxTokens` tokens in all.
 */
export const readSaudiNewsNetSentences = (
  dataDirectory: string,
  maxTokens: number,
  maxLength = 60,
): string[][] => {
  const sentences: string[][] = []
  let total = 0
  for (const paragraph of readSaudiNewsNetParagraphs(dataDirectory).paragraphs) {
    let sentence: string[] = []
    for (const token of tokenizeParagraph(paragraph)) {
      sentence.push(token)
      if (SENTENCE_END.has(token) || sentence.length >= maxLength) {
        sentences.push(sentence)
        total += sentence.length
        sentence = []
      }
    }
    if (sentence.length > 0) {
      sentences.push(sentence)
      total += sentence.length
    }
    if (total >= maxTokens) break
  }
  return sentences
}
