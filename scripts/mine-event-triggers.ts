/**
 * Mines trigger candidates from UniversalPetrarch's Arabic verb dictionary (../shared/data/
 * upetrarch-dictionaries/CAMEO.ar.0.5.txt, Open Event Data Alliance, MIT licence) for review:
 *
 *   node --import tsx scripts/mine-event-triggers.ts [--all]
 *
 * The dictionary lists verb groups (`--- VERB [code] ---`), their synonyms (`word [code] # english`) and
 * object patterns (`- * noun [code] # …`). It was machine-translated from English and is noisy (تراجع
 * coded as an air strike, قدم as an embargo), so nothing goes into data/events/ from here unreviewed.
 * The script prints, per PLOVER type, each candidate form with its CAMEO codes and how often the
 * dictionary gives them, marking with ✓ the forms the lexicon already has (their rows say
 * `upetrarch+isnad`) — `--all` prints those too, otherwise only the ones still to review.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadEventLexicon } from '../src/events/event-lexicon.js'
import { matchKey } from '../src/lexicon/gazetteer.js'
import { foldWord } from '../src/text/fold.js'
import { sharedDataPath } from './lib/shared-data.js'

/** PLOVER type of a CAMEO code, by its root (and 087 before 08). */
const ploverOf = (code: string): string | null => {
  if (code.startsWith('087')) return 'RETREAT'
  const root = code.slice(0, 2)
  const byRoot: Record<string, string> = {
    '01': 'statement',
    '02': 'REQUEST',
    '03': 'AGREE',
    '04': 'CONSULT',
    '05': 'SUPPORT',
    '06': 'COOPERATE',
    '07': 'AID',
    '08': 'CONCEDE',
    '09': 'investigate',
    '10': 'REQUEST',
    '11': 'ACCUSE',
    '12': 'REJECT',
    '13': 'THREATEN',
    '14': 'PROTEST',
    '15': 'MOBILIZE',
    '16': 'SANCTION',
    '17': 'COERCE',
    '18': 'ASSAULT',
    '19': 'ASSAULT',
    '20': 'ASSAULT',
  }
  return byRoot[root] ?? null
}

interface Candidate {
  readonly form: string
  readonly part: 'verb' | 'noun'
  readonly codes: Map<string, number>
  readonly glosses: Set<string>
}

const HEADER = /^---\s+(.+?)\s+\[([0-9-]+)\]\s+---/
const SYNONYM = /^([^\s#-][^#[]*?)\s*(?:\[(\d+)\])?\s*#\s*(.*)$/
const PATTERN = /^-\s*\*\s*([^\s(){}&[\]]+)\s*\[(\d+)\]/
const ARABIC = /^[\u0621-\u064a ]+$/

const file = join(sharedDataPath(), 'upetrarch-dictionaries', 'CAMEO.ar.0.5.txt')
if (!existsSync(file)) {
  console.error(`isnad: ${file}: not found (the shared data folder is outside this checkout)`)
  process.exit(1)
}

const candidates = new Map<string, Candidate>()
const note = (form: string, part: Candidate['part'], code: string, gloss: string): void => {
  const clean = form.replace(/[_+]/g, ' ').trim()
  if (!ARABIC.test(clean) || clean.length < 2) return
  const key = `${part}:${clean}`
  const candidate = candidates.get(key) ?? { form: clean, part, codes: new Map(), glosses: new Set() }
  candidate.codes.set(code, (candidate.codes.get(code) ?? 0) + 1)
  if (gloss !== '') candidate.glosses.add(gloss)
  candidates.set(key, candidate)
}

let groupCode: string | null = null
let inVerbs = false
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('####### VERB PATTERNS')) inVerbs = true
  if (!inVerbs) continue
  const header = HEADER.exec(line)
  if (header !== null) {
    groupCode = header[2] === '---' ? null : header[2]!
    if (groupCode !== null) note(header[1]!, 'verb', groupCode, '')
    continue
  }
  const pattern = PATTERN.exec(line)
  if (pattern !== null) {
    note(pattern[1]!, 'noun', pattern[2]!, line.split('#')[1]?.trim().split(',')[0] ?? '')
    continue
  }
  const synonym = SYNONYM.exec(line)
  if (synonym !== null) {
    const code = synonym[2] ?? groupCode
    if (code !== null && code !== undefined) note(synonym[1]!, 'verb', code, synonym[3]!.trim())
  }
}

const lexicon = loadEventLexicon()
const known = (candidate: Candidate): boolean => {
  const key = matchKey(foldWord(candidate.form))
  return (
    lexicon.triggers.verbs.has(key) ||
    lexicon.triggers.nouns.has(key) ||
    lexicon.triggers.constructionWords.has(key) ||
    lexicon.triggers.constructions.has(key)
  )
}

const showAll = process.argv.includes('--all')
const byType = new Map<string, string[]>()
let reviewed = 0
for (const candidate of candidates.values()) {
  const codes = [...candidate.codes].sort((left, right) => right[1] - left[1])
  const type = ploverOf(codes[0]![0]) ?? 'other'
  const isKnown = known(candidate)
  if (isKnown) reviewed++
  if (isKnown && !showAll) continue
  const line = `${isKnown ? '✓' : ' '} ${candidate.form}\t${candidate.part}\t${codes.map(([code, count]) => `${code}×${count}`).join(',')}\t${[...candidate.glosses].slice(0, 3).join('; ')}`
  byType.set(type, [...(byType.get(type) ?? []), line])
}
console.log(
  `# ${candidates.size} candidates mined from CAMEO.ar.0.5.txt; ${reviewed} already in data/events/`,
)
for (const [type, lines] of [...byType].sort()) {
  console.log(`\n# ${type} (${lines.length})`)
  for (const line of lines.sort()) console.log(line)
}
