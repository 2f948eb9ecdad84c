/**
 * A disk cache for the most expensive stage of `train-ner`: five jackknifed first-pass models
 * tagging millions of SaudiNewsNet tokens for the corpus profiles. The file is keyed by a
 * fingerprint of everything the first pass learns from (its training features and gold tags, the
 * epochs, the seed, the feature version), so an exact hit gives the very profiles a fresh run would
 * count. An experiment may also take a stale file of the same corpus size and seed, whose profiles
 * came from first-pass models with other features: an approximation, said so in the log.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SentenceFeatures } from '../src/entities/features.js'

export type FoldProfiles = Map<string, number[]>[]

/** A short hash of the first pass's training data and settings. */
export const firstPassFingerprint = (
  features: readonly SentenceFeatures[],
  gold: readonly Int32Array[],
  settings: string,
): string => {
  const hash = createHash('sha256').update(settings)
  features.forEach((sentence, index) => {
    hash.update(
      new Uint8Array(sentence.offsets.buffer, sentence.offsets.byteOffset, sentence.offsets.byteLength),
    )
    hash.update(new Uint8Array(sentence.ids.buffer, sentence.ids.byteOffset, sentence.ids.byteLength))
    const tags = gold[index]!
    hash.update(new Uint8Array(tags.buffer, tags.byteOffset, tags.byteLength))
  })
  return hash.digest('hex').slice(0, 16)
}

const prefixOf = (corpusTokens: number, seed: string): string => `fold-profiles-${corpusTokens}-seed${seed}-`

/**
 * The cached profiles for `fingerprint`, or (with `allowStale`) the newest ones of the same corpus
 * size and seed; undefined when there are none.
 */
export const readFoldProfiles = (
  directory: string,
  corpusTokens: number,
  seed: string,
  fingerprint: string,
  allowStale: boolean,
): { profiles: FoldProfiles; file: string; stale: boolean } | undefined => {
  const prefix = prefixOf(corpusTokens, seed)
  let file = join(directory, `${prefix}${fingerprint}.json`)
  let stale = false
  if (!existsSync(file)) {
    if (!allowStale || !existsSync(directory)) return undefined
    const candidates = readdirSync(directory)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
      .map((name) => join(directory, name))
      .sort((left, right) => statSync(right).mtimeMs - statSync(left).mtimeMs)
    if (candidates.length === 0) return undefined
    file = candidates[0]!
    stale = true
  }
  const stored = JSON.parse(readFileSync(file, 'utf8')) as [string, number[]][][]
  return { profiles: stored.map((entries) => new Map(entries)), file, stale }
}

/** Stores fold profiles under their fingerprint; returns the file written. */
export const writeFoldProfiles = (
  directory: string,
  corpusTokens: number,
  seed: string,
  fingerprint: string,
  profiles: FoldProfiles,
): string => {
  mkdirSync(directory, { recursive: true })
  const file = join(directory, `${prefixOf(corpusTokens, seed)}${fingerprint}.json`)
  writeFileSync(file, JSON.stringify(profiles.map((byWord) => [...byWord])))
  return file
}
