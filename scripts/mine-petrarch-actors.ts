/**
 * Lists candidate gazetteer rows from the UniversalPetrarch Arabic actor dictionary (Open Event Data
 * Alliance, MIT licence) for a person to review: names the gazetteer does not know yet, with their CAMEO
 * codes and date ranges, in the gazetteer's column order. Nothing is written to data/: the dictionary is
 * noisy (lemmatised names, wrong codes such as Yahya Khan as USAGOV, end dates before start dates), so rows
 * are copied into data/gazetteer/*.tsv by hand after checking, with source `upetrarch`.
 *
 *   node --import tsx scripts/mine-petrarch-actors.ts [DICTIONARY] [--countries SYR,IRQ,…] > /tmp/candidates.tsv
 */
import { readFileSync } from 'node:fs'
import { compileGazetteer, readGazetteerEntries } from '../src/lexicon/gazetteer.js'
import { matchGazetteer } from '../src/lexicon/match-gazetteer.js'
import { tokenize } from '../src/text/tokenize.js'

const DEFAULT_DICTIONARY = '../shared/data/upetrarch-dictionaries/actor_dict_ar_v4.txt'
const DEFAULT_COUNTRIES =
  'SYR,IRQ,LBN,PSE,ISR,JOR,EGY,SAU,ARE,QAT,KWT,BHR,OMN,YEM,LBY,SDN,TUN,DZA,MAR,IRN,TUR,USA,RUS'

interface Candidate {
  readonly name: string
  readonly codes: { code: string; from: string; to: string }[]
}

/** PETRARCH dates are YYYYMMDD; 18000101 stands for "open", and some ranges end before they start. */
const isoDate = (value: string): string =>
  value === '' || value.startsWith('1800')
    ? ''
    : `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`

const parseDictionary = (text: string): Candidate[] => {
  const candidates: Candidate[] = []
  let current: Candidate | undefined
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    const codePattern = /\[([A-Z~?]+)(?:\s+(?:(\d{8})-(\d{8})|[<>]\s*(\d{8})))?\]/g
    if (!/^\s/.test(line)) {
      const name = line.replace(/\[.*$/, '').replace(/_/g, ' ').trim()
      current = { name, codes: [] }
      candidates.push(current)
    }
    for (const match of line.matchAll(codePattern)) {
      current?.codes.push({
        code: match[1]!,
        from: isoDate(match[2] ?? match[4] ?? ''),
        to: isoDate(match[3] ?? ''),
      })
    }
  }
  return candidates
}

const main = (): void => {
  const args = process.argv.slice(2)
  const countriesFlag = args.indexOf('--countries')
  const countries = new Set(
    (countriesFlag >= 0 ? (args[countriesFlag + 1] ?? '') : DEFAULT_COUNTRIES).split(',').filter(Boolean),
  )
  const path =
    args.find((arg, index) => !arg.startsWith('--') && index !== countriesFlag + 1) ?? DEFAULT_DICTIONARY
  const gazetteer = compileGazetteer(readGazetteerEntries())
  let known = 0
  let listed = 0
  for (const candidate of parseDictionary(readFileSync(path, 'utf8'))) {
    const relevant = candidate.codes.filter((entry) => countries.has(entry.code.slice(0, 3)))
    if (relevant.length === 0 || candidate.name === '') continue
    const tokens = tokenize(candidate.name)
    const matches = matchGazetteer(tokens, gazetteer)
    if (matches.length === 1 && matches[0]!.startToken === 0 && matches[0]!.endToken === tokens.length) {
      known++
      continue
    }
    for (const { code, from, to } of relevant) {
      const valid = from === '' || to === '' || from < to
      console.log(
        [candidate.name, '', code, 'person?', code.slice(0, 3), from, valid ? to : '', 'upetrarch'].join(
          '\t',
        ),
      )
      listed++
    }
  }
  console.error(`mine-petrarch-actors: ${listed} candidate rows; ${known} names already in the gazetteer`)
}

main()
