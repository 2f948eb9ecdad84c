/**
 * The compiled gazetteer as JSON (`data/gazetteer/compiled/gazetteer.json`): entries, phrases and
 * prefixes ready to load, so a cold start skips parsing and folding every alias. The cache names a hash
 * of the TSV sources it was built from; when a TSV changes and the cache was not rebuilt, the hash differs
 * and the loader compiles from the TSVs instead, so a stale cache is slow, never wrong.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { resolvePackagePath } from './data-file.js'
import type { Gazetteer } from './gazetteer.js'
import type { GazetteerEntry } from './gazetteer-types.js'

const CACHE_FORMAT = 1

/** One gazetteer data file: its name and text. */
export interface GazetteerSource {
  readonly name: string
  readonly text: string
}

interface CacheFile {
  readonly format: number
  readonly hash: string
  readonly entries: GazetteerEntry[]
  /** Each phrase with the indices of its entries, best first. */
  readonly phrases: [string, number[]][]
  readonly prefixes: string[]
}

/** Where the cache lives in the package. */
export const gazetteerCachePath = (): string =>
  resolvePackagePath('data', 'gazetteer', 'compiled', 'gazetteer.json')

/** A hash of the sources' names and texts (and of the cache format). */
export const gazetteerSourceHash = (sources: readonly GazetteerSource[]): string => {
  const hash = createHash('sha256').update(`format ${CACHE_FORMAT}\n`)
  for (const source of sources) hash.update(`${source.name}\u0000${source.text}\u0000`)
  return hash.digest('hex')
}

/** The JSON text of a compiled gazetteer, stamped with the hash of its sources. */
export const serializeGazetteer = (gazetteer: Gazetteer, hash: string): string => {
  const position = new Map(gazetteer.entries.map((entry, index) => [entry, index]))
  const file: CacheFile = {
    format: CACHE_FORMAT,
    hash,
    entries: [...gazetteer.entries],
    phrases: [...gazetteer.index.phrases].map(([phrase, values]) => [
      phrase,
      values.map((entry) => position.get(entry)!),
    ]),
    prefixes: [...gazetteer.index.prefixes],
  }
  return JSON.stringify(file)
}

/** A gazetteer from cache JSON, or undefined when the JSON is of another format or other sources. */
export const gazetteerFromCache = (json: string, hash: string): Gazetteer | undefined => {
  const file = JSON.parse(json) as CacheFile
  if (file.format !== CACHE_FORMAT || file.hash !== hash) return undefined
  const { entries } = file
  const phrases = new Map<string, GazetteerEntry[]>()
  for (const [phrase, indices] of file.phrases)
    phrases.set(
      phrase,
      indices.map((index) => entries[index]!),
    )
  const countryNames = new Map<string, string>()
  for (const entry of entries) {
    if (entry.type === 'country' && !countryNames.has(entry.code)) countryNames.set(entry.code, entry.english)
  }
  return { entries, index: { phrases, prefixes: new Set(file.prefixes) }, countryNames }
}

/** The cached gazetteer if the cache file exists and was built from exactly these sources. */
export const readGazetteerCache = (hash: string, path = gazetteerCachePath()): Gazetteer | undefined => {
  if (!existsSync(path)) return undefined
  try {
    return gazetteerFromCache(readFileSync(path, 'utf8'), hash)
  } catch {
    // A damaged cache is only a missed shortcut: compile from the sources instead.
    return undefined
  }
}

/** Writes the cache for a gazetteer compiled from sources with this hash. */
export const writeGazetteerCache = (
  gazetteer: Gazetteer,
  hash: string,
  path = gazetteerCachePath(),
): void => {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, serializeGazetteer(gazetteer, hash) + '\n')
}
