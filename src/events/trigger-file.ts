/**
 * Parsing trigger files (`data/events/*.tsv`): one entry per row, checked against the vocabularies so a
 * typo in a data file fails loudly with its line number.
 */
import { foldWord } from '../text/fold.js'
import { isPloverType, PLOVER_MODES, type PloverMode } from '../vocabulary/plover.js'
import type { Need, TriggerEntry, TriggerPart } from './trigger-entry.js'

const PARTS: ReadonlySet<string> = new Set(['verb', 'noun', 'construction'])
const NEEDS: ReadonlySet<string> = new Set([
  'recipient',
  'actor',
  'participant',
  'light',
  'location',
  'content',
])
const FLAGS: ReadonlySet<string> = new Set(['passive', 'mediator', 'undergoer'])
const COLUMNS = 'form, part, type, mode, cameo, gloss, marks, needs, source'

const isMode = (value: string): value is PloverMode => Object.hasOwn(PLOVER_MODES, value)

const fail = (origin: string, why: string): never => {
  throw new Error(`isnad: ${origin}: ${why} (columns: ${COLUMNS})`)
}

const cell = (value: string | undefined): string => (value ?? '').trim()
const orNull = (value: string): string | null => (value === '' || value === '-' ? null : value)

/**
 * Parses one trigger file.
 *
 * @example
 *   parseTriggerTsv('اتهم/يتهم\tverb\tACCUSE\t-\t112\taccuse\tacc\t\tisnad', 'verbs.tsv')[0]?.type   // 'ACCUSE'
 */
export const parseTriggerTsv = (text: string, name: string): TriggerEntry[] => {
  const entries: TriggerEntry[] = []
  const lines = text.split('\n')
  for (let number = 1; number <= lines.length; number++) {
    const line = lines[number - 1]!.replace(/\r$/, '')
    if (line.trim() === '' || line.startsWith('#')) continue
    const origin = `${name}:${number}`
    const columns = line.split('\t')
    const form = cell(columns[0])
    const part = cell(columns[1])
    const typeCell = cell(columns[2])
    const modeCell = cell(columns[3])
    if (form === '') fail(origin, 'empty form')
    if (!PARTS.has(part)) fail(origin, `unknown part '${part}'`)
    const type =
      typeCell === '-' ? null : isPloverType(typeCell) ? typeCell : fail(origin, `unknown type '${typeCell}'`)
    const mode =
      modeCell === '-' || modeCell === ''
        ? null
        : isMode(modeCell)
          ? modeCell
          : fail(origin, `unknown mode '${modeCell}'`)
    const needs: Need[][] = []
    let passive = false
    let mediator = false
    let undergoer = false
    for (const item of cell(columns[7])
      .split(',')
      .filter((value) => value !== '')) {
      if (FLAGS.has(item)) {
        if (item === 'passive') passive = true
        else if (item === 'mediator') mediator = true
        else undergoer = true
        continue
      }
      const alternatives = item.split('|')
      for (const need of alternatives) if (!NEEDS.has(need)) fail(origin, `unknown need '${need}'`)
      needs.push(alternatives as Need[])
    }
    entries.push({
      form,
      part: part as TriggerPart,
      type,
      mode,
      cameo: orNull(cell(columns[4])),
      gloss: cell(columns[5]),
      marks: cell(columns[6])
        .split(',')
        .filter((value) => value !== '')
        .map((mark) => (mark === 'acc' || mark === 'gen' ? mark : foldWord(mark))),
      needs,
      passive,
      mediator,
      undergoer,
      source: cell(columns[8]) || 'isnad',
      origin,
    })
  }
  return entries
}
