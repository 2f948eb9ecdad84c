/**
 * CAMEO-style actor codes (CONTRACT.md §2): a three-letter root (an ISO alpha-3 country, IGO, IMG, an
 * ethnic or religious group) followed by three-letter sector codes, or sectors alone (REB, UAF).
 */
import { ACTOR_SECTORS, type ActorSector, isActorSector } from '../vocabulary/actor-sectors.js'

export interface ActorCodeParts {
  /** The leading non-sector chunk: `SYR`, `IGO`, `IMG`, `KUR` …, or null for a sector-only code. */
  readonly root: string | null
  /** The sector chunks, in order. */
  readonly sectors: readonly ActorSector[]
  /** Chunks that are neither root nor sector: body codes such as `UNO` in `IGOUNO`. */
  readonly rest: readonly string[]
}

/**
 * Splits an actor code (a leading `~` of a sector pattern is ignored) into root, sectors and the rest.
 *
 * @example
 *   splitActorCode('SYRGOV')   // { root: 'SYR', sectors: ['GOV'], rest: [] }
 *   splitActorCode('~MIL')     // { root: null, sectors: ['MIL'], rest: [] }
 *   splitActorCode('IGOUNO')   // { root: 'IGO', sectors: [], rest: ['UNO'] }
 */
export const splitActorCode = (code: string): ActorCodeParts => {
  const chunks = code.replace(/^~/, '').match(/.{3}/g) ?? []
  const first = chunks[0]
  // IGO and NGO are sectors too, but lead a code as its root (IGOUNO is the UN, not "IGO + UNO").
  const hasRoot = first !== undefined && (!isActorSector(first) || first === 'IGO')
  const sectors: ActorSector[] = []
  const rest: string[] = []
  for (const chunk of chunks.slice(hasRoot ? 1 : 0)) {
    if (isActorSector(chunk)) sectors.push(chunk)
    else rest.push(chunk)
  }
  return { root: hasRoot ? first! : null, sectors, rest }
}

/**
 * A code from a country (or none) and sectors, each sector once.
 *
 * @example
 *   composeActorCode('SYR', ['GOV'])   // 'SYRGOV'
 *   composeActorCode(null, ['REB'])    // 'REB'
 */
export const composeActorCode = (country: string | null, sectors: readonly ActorSector[]): string =>
  (country ?? '') + [...new Set(sectors)].join('')

/** The short gloss of a sector: the part of its description before the colon ('government'). */
export const sectorGloss = (sector: ActorSector): string => ACTOR_SECTORS[sector].split(':')[0]!.trim()

/**
 * An English name for a composed code, from the country names: `Syria (government)`, `Israel (military)`,
 * `United States`; a sector-only code gives its gloss (`rebels and armed insurgents`).
 */
export const actorCodeName = (code: string, countryNames: ReadonlyMap<string, string>): string => {
  const { root, sectors } = splitActorCode(code)
  const glosses = sectors.map(sectorGloss)
  if (root === null) return glosses.join(', ') || code
  const rootName = countryNames.get(root) ?? (root === 'IGO' ? 'international organisation' : root)
  return glosses.length === 0 ? rootName : `${rootName} (${glosses.join(', ')})`
}
