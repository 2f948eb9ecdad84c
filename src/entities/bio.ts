import type { EntityType } from '../vocabulary/entity-types.js'

/** The tagger's label set, in the model's index order. `O` first; then B-/I- per entity type. */
export const BIO_TAGS = [
  'O',
  'B-PERS',
  'I-PERS',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
] as const

export type BioTag = (typeof BIO_TAGS)[number]

export const TAG_COUNT = BIO_TAGS.length

const TAG_INDEX = new Map<string, number>(BIO_TAGS.map((tag, index) => [tag, index]))

/** The index of a BIO tag, or -1 when the tag is not in the label set. */
export const tagIndex = (tag: string): number => TAG_INDEX.get(tag) ?? -1

/**
 * Whether `next` may follow `previous` (a tag index, or -1 at the start of a sentence): an `I-X`
 * only continues a `B-X` or an `I-X`.
 */
export const isAllowedTransition = (previous: number, next: number): boolean => {
  const tag = BIO_TAGS[next]!
  if (!tag.startsWith('I-')) return true
  if (previous < 0) return false
  return BIO_TAGS[previous]!.slice(2) === tag.slice(2)
}

/** A typed span of tokens `[start, end)`. */
export interface TokenSpan {
  readonly start: number
  readonly end: number
  readonly type: EntityType | string
}

/**
 * Reads entity spans off a BIO sequence the way conlleval does: an `I-X` after `O` or after another
 * type starts a new span, so malformed gold data (ANERcorp has 39 such tags) is scored, not dropped.
 */
export const bioSpans = (tags: readonly string[]): TokenSpan[] => {
  const spans: TokenSpan[] = []
  let start = -1
  let type = ''
  for (let index = 0; index <= tags.length; index++) {
    const tag = index < tags.length ? tags[index]! : 'O'
    const prefix = tag.length > 1 && tag[1] === '-' ? tag[0] : tag === 'O' ? 'O' : 'B'
    const tagType = prefix === 'O' ? '' : tag.length > 1 && tag[1] === '-' ? tag.slice(2) : tag
    const continues = prefix === 'I' && start >= 0 && tagType === type
    if (!continues && start >= 0) {
      spans.push({ start, end: index, type })
      start = -1
    }
    if (prefix !== 'O' && !continues) {
      start = index
      type = tagType
    }
  }
  return spans
}
