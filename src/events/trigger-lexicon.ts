/**
 * The trigger lexicon: verbs, event nouns and constructions from `data/events/`, compiled once into hash
 * maps keyed by folded stems (every verb form spelled out), so finding triggers is a few lookups a token.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { resolvePackagePath } from '../lexicon/data-file.js'
import { matchKey } from '../lexicon/gazetteer.js'
import { foldWord } from '../text/fold.js'
import { type Construction, compileConstruction, firstKeys } from './construction.js'
import type { TriggerEntry } from './trigger-entry.js'
import { parseTriggerTsv } from './trigger-file.js'
import { parseVerbStems, type VerbTense, verbForms } from './verb-paradigm.js'

/** A verb entry reached through one of its forms. */
export interface VerbHit {
  readonly entry: TriggerEntry
  readonly tense: VerbTense
}

export interface TriggerLexicon {
  readonly entries: readonly TriggerEntry[]
  /** Folded verb forms (past, present, participle) → entries. */
  readonly verbs: ReadonlyMap<string, readonly VerbHit[]>
  /** Folded noun forms without the article (ة as ه) → entries. */
  readonly nouns: ReadonlyMap<string, readonly TriggerEntry[]>
  /** Constructions by the keys their first word can take. */
  readonly constructions: ReadonlyMap<string, readonly Construction[]>
  /** Every word a construction names (not its verbs): words a clitic reading may stop at. */
  readonly constructionWords: ReadonlySet<string>
}

const push = <Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void => {
  const values = map.get(key)
  if (values === undefined) map.set(key, [value])
  else values.push(value)
}

/**
 * Compiles entries. Verb forms that are also everyday function words (`stopForms`) are left out, so a
 * generated form never turns a preposition into a verb.
 *
 * @example
 *   const lexicon = compileTriggerLexicon(parseTriggerTsv('اتهم/يتهم\tverb\tACCUSE\t-\t112\taccuse\tacc\t\tisnad', 'x'))
 *   lexicon.verbs.get('اتهموا')?.[0]?.entry.type   // 'ACCUSE'
 */
export const compileTriggerLexicon = (
  entries: readonly TriggerEntry[],
  stopForms: ReadonlySet<string> = new Set(),
): TriggerLexicon => {
  const verbs = new Map<string, VerbHit[]>()
  const nouns = new Map<string, TriggerEntry[]>()
  const constructions = new Map<string, Construction[]>()
  const constructionWords = new Set<string>()
  for (const entry of entries) {
    if (entry.part === 'verb') {
      for (const { form, tense } of verbForms(parseVerbStems(entry.form))) {
        const key = matchKey(form)
        if (!stopForms.has(key)) push(verbs, key, { entry, tense })
      }
    } else if (entry.part === 'noun') {
      for (const form of entry.form.split('|')) push(nouns, matchKey(foldWord(form.trim())), entry)
    } else {
      const construction = compileConstruction(entry)
      for (const slot of construction.slots)
        if (slot.kind === 'word') for (const key of slot.keys) constructionWords.add(key)
      for (const key of new Set(firstKeys(construction))) push(constructions, key, construction)
    }
  }
  // Longer constructions first: the first one that matches is the longest.
  for (const list of constructions.values())
    list.sort((left, right) => right.slots.length - left.slots.length)
  return { entries, verbs, nouns, constructions, constructionWords }
}

/** Reads every `*.tsv` trigger file under a folder (default `data/events`, cue files excluded). */
export const readTriggerEntries = (directory = resolvePackagePath('data', 'events')): TriggerEntry[] =>
  readdirSync(directory)
    .filter((name) => ['verbs.tsv', 'nouns.tsv', 'constructions.tsv'].includes(name))
    .sort()
    .flatMap((name) => parseTriggerTsv(readFileSync(`${directory}/${name}`, 'utf8'), name))
