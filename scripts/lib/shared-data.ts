/**
 * Reading the public data in ../shared/data for benchmarks and evaluation. Never used by unit tests: a
 * clone outside this workplace has no ../shared.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** Where ../shared/data is, or `$ISNAD_SHARED_DATA` when set. */
export const sharedDataPath = (): string =>
  process.env.ISNAD_SHARED_DATA ?? resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data')

export interface NewsArticle {
  readonly source: string
  readonly url: string
  readonly date_extracted: string
  readonly title: string
  readonly author: string
  readonly content: string
}

/**
 * The SaudiNewsNet articles (CC BY-NC-SA 4.0), day by day, up to `limit`; an empty list when the data is
 * not there.
 */
export const readSaudiNewsNet = (limit = Number.POSITIVE_INFINITY): NewsArticle[] => {
  const folder = join(sharedDataPath(), 'saudinewsnet')
  if (!existsSync(folder)) return []
  const articles: NewsArticle[] = []
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.zip'))
    .sort()) {
    const json = execFileSync('unzip', ['-p', join(folder, file)], { maxBuffer: 1 << 28 }).toString('utf8')
    for (const article of JSON.parse(json) as NewsArticle[]) {
      if (articles.length >= limit) return articles
      if (typeof article.content === 'string' && article.content.trim() !== '') articles.push(article)
    }
  }
  return articles
}
