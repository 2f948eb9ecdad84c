/**
 * A web page as a document to analyse: the extracted article text as the DocumentInput, and what the
 * page says about itself (title, outlet, address, date, byline, language) kept beside it, so that the
 * command line or a JSONL record can still override each field.
 */
import type { RemovedText } from '../pipeline/analysis.js'
import type { DocumentInput } from '../pipeline/document.js'
import type { BoilerplatePhrase } from './boilerplate.js'
import { extractArticle } from './html-article.js'

/** The metadata a page gives about itself. */
export interface PageFields {
  readonly title: string | null
  readonly outlet: string | null
  readonly url: string | null
  readonly published: string | null
  readonly author: string | null
  readonly language: string | null
}

export interface PageDocument {
  /** The article text, under the id given (or none: the caller decides). */
  readonly input: DocumentInput
  readonly page: PageFields
  /** Furniture removed from the page (related links, share widgets…), for the Analysis's `removed`. */
  readonly removed: readonly RemovedText[]
}

/**
 * Reads a page into a document.
 *
 * @example
 *   const { input, page } = pageDocument(html, { id: 'a1', url: null }, loadBoilerplate())
 *   input.text   // → the article body
 *   page.outlet  // → 'صحيفة الوادي' (the site name)
 */
export const pageDocument = (
  html: string,
  known: { readonly id: string | null; readonly url: string | null },
  boilerplate: readonly BoilerplatePhrase[],
): PageDocument => {
  const article = extractArticle(html, { url: known.url, boilerplate })
  return {
    input: { id: known.id, text: article.text },
    page: {
      title: article.title,
      outlet: article.siteName,
      url: article.url,
      published: article.published,
      author: article.author,
      language: article.language,
    },
    removed: article.removed,
  }
}
