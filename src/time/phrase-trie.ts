/**
 * A trie of time phrases keyed by folded tokens, so a multi-word phrase (كانون الأول، أول من
 * أمس) is found by walking tokens, never by building strings. The first word may carry a proclitic
 * (وأمس، بالأمس، لعام، للعام): those spellings are generated once at build time, so lookup stays one
 * Map access per token.
 */
import { tokenize } from '../text/tokenize.js'
import { timeKey } from './time-key.js'
import type { TimeWord } from './time-word.js'

export interface TrieNode {
  /** The words whose phrase ends here. */
  readonly words: TimeWord[]
  children: Map<string, TrieNode> | null
  /** How many tokens a phrase ending here spans. */
  readonly length: number
  /** Hits for the words ending here, one list per proclitic length, built once and shared. */
  readonly templates: Array<readonly PhraseTemplate[] | undefined>
}

/**
 * A phrase found at some token, independent of where: the scan adds the token index and offset. Shared,
 * so looking a token up allocates nothing when one phrase starts there.
 */
export interface PhraseTemplate {
  readonly word: TimeWord
  /** Tokens the phrase spans. */
  readonly length: number
  /** Folded letters of the first token that are a proclitic, not part of the phrase. */
  readonly clitic: number
}

/** The shared hits of the words ending at `node`, read with a proclitic of `clitic` letters. */
export const templatesOf = (node: TrieNode, clitic: number): readonly PhraseTemplate[] => {
  let templates = node.templates[clitic]
  if (templates === undefined) {
    templates = Object.freeze(node.words.map((word) => Object.freeze({ word, length: node.length, clitic })))
    node.templates[clitic] = templates
  }
  return templates
}

/** Where a phrase can start: its node, and how many folded letters of the first token are a proclitic. */
export interface TrieStart {
  readonly node: TrieNode
  readonly clitic: number
}

export interface PhraseTrie {
  /** First-token keys (with and without proclitics) to the nodes they start. */
  readonly starts: ReadonlyMap<string, readonly TrieStart[]>
}

/** Words shorter than this take no ب or ل: آب would make باب "door". و and ف go on any word (وآب، وفي). */
const MIN_PREPOSITION_STEM = 3

/** The proclitic spellings of a first word, with the letters to skip so the span starts at the word. */
const cliticForms = (key: string): Array<[string, number]> => {
  const forms: Array<[string, number]> = [[key, 0]]
  const withArticle = key.startsWith('ال')
  for (const conjunction of ['', 'و', 'ف']) {
    if (conjunction !== '') forms.push([conjunction + key, 1])
    if (key.length < MIN_PREPOSITION_STEM) continue
    forms.push([conjunction + 'ب' + key, conjunction.length + 1])
    // ل + ال writes one alef less (للعام): the article's lam stays in the span, so skip only the conjunction.
    if (withArticle) forms.push([conjunction + 'ل' + key.slice(1), conjunction.length])
    else forms.push([conjunction + 'ل' + key, conjunction.length + 1])
  }
  return forms
}

const newNode = (length: number): TrieNode => ({ words: [], children: null, length, templates: [] })

/**
 * The spellings a key is found under: folding keeps ة (other lexicons want it) while writers swap a final
 * ة and ه freely (سنة/سنه، الجمعة/الجمعه), so a key ending in either is stored under both, and text tokens
 * are looked up as folded, with no copy per lookup.
 */
const spellingsOf = (key: string): string[] => {
  if (key.length < 2 || !key.endsWith('ه')) return [key]
  return [key, key.slice(0, -1) + 'ة']
}

/**
 * Builds the trie. Phrases are split with the project tokenizer, so they break exactly where text does.
 *
 * @example
 *   const trie = buildPhraseTrie([createTimeWord('month', '12', 'free', 'كانون الأول')])
 *   trie.starts.get('وكانون') // → [{ node, clitic: 1 }]
 */
export const buildPhraseTrie = (words: readonly TimeWord[]): PhraseTrie => {
  const roots = new Map<string, TrieNode>()
  for (const word of words) {
    const keys = tokenize(word.phrase).map((token) => timeKey(token.folded))
    if (keys.length === 0) continue
    let node = roots.get(keys[0]!)
    if (node === undefined) {
      node = newNode(1)
      for (const spelling of spellingsOf(keys[0]!)) roots.set(spelling, node)
    }
    for (const key of keys.slice(1)) {
      node.children ??= new Map()
      let child = node.children.get(key)
      if (child === undefined) {
        child = newNode(node.length + 1)
        for (const spelling of spellingsOf(key)) node.children.set(spelling, child)
      }
      node = child
    }
    node.words.push(word)
  }
  const starts = new Map<string, TrieStart[]>()
  for (const [key, node] of roots) {
    for (const [form, clitic] of cliticForms(key)) {
      const list = starts.get(form)
      if (list === undefined) starts.set(form, [{ node, clitic }])
      // The plain spelling goes first: an exact word beats a proclitic reading of it.
      else if (clitic === 0) list.unshift({ node, clitic })
      else list.push({ node, clitic })
    }
  }
  return { starts }
}
