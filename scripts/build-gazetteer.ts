/**
 * Writes data/gazetteer/countries.tsv, nationalities.tsv and ministries.tsv from the Arabic and English
 * country names of the npm package i18n-iso-countries plus the hand-curated data/gazetteer/curated/
 * countries.tsv (more aliases, nisba adjectives, irregular forms), then compiles every gazetteer file into
 * data/gazetteer/compiled/gazetteer.json, the cache loadGazetteer reads first. Run it after editing any
 * gazetteer file. Deterministic: rows sorted by code.
 *
 *   node --import tsx scripts/build-gazetteer.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { properName } from '../src/events/english.js'
import { resolvePackagePath } from '../src/lexicon/data-file.js'
import { compileGazetteer, readGazetteerSources } from '../src/lexicon/gazetteer.js'
import {
  gazetteerCachePath,
  gazetteerSourceHash,
  writeGazetteerCache,
} from '../src/lexicon/gazetteer-cache.js'
import { parseGazetteerTsv } from '../src/lexicon/gazetteer-file.js'

interface CountriesPackage {
  registerLocale(locale: unknown): void
  getNames(language: string, options: { select: 'all' }): Record<string, string[]>
  alpha2ToAlpha3(code: string): string | undefined
}

interface Curated {
  readonly english: string
  readonly aliases: readonly string[]
  /** null: derive by rule; []: none. */
  readonly nisba: readonly string[] | null
  readonly forms: readonly string[]
}

const require = createRequire(import.meta.url)
const countries = require('i18n-iso-countries') as CountriesPackage
const packageVersion = (require('i18n-iso-countries/package.json') as { version: string }).version
countries.registerLocale(require('i18n-iso-countries/langs/ar.json'))
countries.registerLocale(require('i18n-iso-countries/langs/en.json'))

const splitList = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '')

const readCurated = (): Map<string, Curated> => {
  const curated = new Map<string, Curated>()
  const text = readFileSync(resolvePackagePath('data', 'gazetteer', 'curated', 'countries.tsv'), 'utf8')
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue
    const [code = '', english = '', aliases, nisba = '', forms] = line.split('\t')
    curated.set(code, {
      english,
      aliases: splitList(aliases),
      nisba: nisba === '-' ? [] : nisba === '' ? null : splitList(nisba),
      forms: splitList(forms),
    })
  }
  return curated
}

/** The package lists long official names first; news uses the short one. */
const shortEnglish = (names: readonly string[]): string => {
  const plain = names.filter((name) => !/[,(]/.test(name) && !/^[A-Z.]+$/.test(name))
  const pool = plain.length > 0 ? plain : names
  return [...pool].sort((a, b) => a.length - b.length)[0] ?? ''
}

const withoutArticle = (word: string): string => (word.startsWith('ال') ? word.slice(2) : word)

/**
 * The masculine nisba of a one-word country name, by the regular rule: سوريا → سوري, فرنسا → فرنسي,
 * السعودية → سعودي, مصر → مصري, باكستان → باكستاني. Null where no regular rule applies (several words,
 * a final و as in توغو, whose nisba توغولي is irregular).
 */
export const regularNisba = (name: string): string | null => {
  if (/\s|\(/.test(name)) return null
  const stem = withoutArticle(name.normalize('NFC'))
  if (stem.endsWith('يا')) return stem.slice(0, -1)
  if (stem.endsWith('ا') || stem.endsWith('ة')) return stem.slice(0, -1) + 'ي'
  if (stem.endsWith('ي')) return stem
  if (stem.endsWith('و')) return null
  return stem + 'ي'
}

/** Every form of a masculine nisba: gender, number, with and without ال (سوري → السوريين …). */
export const inflectNisba = (masculine: string): string[] => {
  const words = masculine.split(' ')
  const suffixes = ['', 'ة', 'ون', 'ين', 'ات', 'ان', 'تان', 'تين']
  const forms: string[] = []
  for (const suffix of suffixes) {
    for (const definite of [false, true]) {
      const inflected = words.map((word, index) => {
        const isAdjective = word.endsWith('ي')
        const form = isAdjective ? word + suffix : word
        return definite && (isAdjective || index === 0) ? 'ال' + form : form
      })
      forms.push(inflected.join(' '))
    }
  }
  return forms
}

const unique = (items: readonly string[]): string[] => [...new Set(items)]

/** The definite feminine of a masculine nisba, the form that agrees with an elided وزارة (السورية). */
const definiteFeminine = (masculine: string): string => inflectNisba(masculine)[3]!

// News drops وزارة before a ministry and keeps the nisba's feminine: الداخلية السعودية, الدفاع الروسية.
// Alone, الداخلية and الدفاع are everyday adjective and noun ("internal", "defence"), so only the pair
// is listed, one row per country and ministry.
const ELLIPTIC_MINISTRIES = [
  { head: 'الداخلية', english: 'Ministry of the Interior', sector: 'GOV' },
  { head: 'الدفاع', english: 'Ministry of Defence', sector: 'MIL' },
] as const

const header = (title: string, columns: string): string[] => [
  `# ${title}`,
  `# Generated by scripts/build-gazetteer.ts: do not edit; edit data/gazetteer/curated/countries.tsv and rebuild.`,
  `# Sources: i18n-iso-countries ${packageVersion} (npm, MIT licence) for ISO 3166 codes and Arabic/English names;`,
  `#   isnad's hand-curated data/gazetteer/curated/countries.tsv (MIT) for more aliases and nisba adjectives;`,
  `#   regular nisba forms derived by rule (source column: rule).`,
  `# Licence of this file: MIT.`,
  `# Columns: ${columns}`,
]

const COLUMNS =
  'aliases (Arabic, |-separated) <TAB> english <TAB> code (CAMEO-style) <TAB> type <TAB> country (ISO alpha-3) <TAB> from <TAB> to <TAB> source'

const build = (): void => {
  const curated = readCurated()
  const arabic = countries.getNames('ar', { select: 'all' })
  const english = countries.getNames('en', { select: 'all' })
  const countryRows: string[] = []
  const nationalityRows: string[] = []
  const ministryRows: string[] = []
  const seen = new Set<string>()
  const codes = Object.keys(arabic)
    .map((alpha2) => ({ alpha2, alpha3: countries.alpha2ToAlpha3(alpha2) ?? '' }))
    .filter(({ alpha3 }) => alpha3 !== '')
    .sort((a, b) => a.alpha3.localeCompare(b.alpha3))
  for (const { alpha2, alpha3 } of codes) {
    seen.add(alpha3)
    const extra = curated.get(alpha3)
    const names = arabic[alpha2] ?? []
    const name = extra?.english || shortEnglish(english[alpha2] ?? [])
    // A curated alias written -X removes X: a name that is mostly a common word (مالي "financial").
    const removed = new Set(
      (extra?.aliases ?? []).filter((alias) => alias.startsWith('-')).map((alias) => alias.slice(1)),
    )
    const aliases = unique([...names, ...(extra?.aliases ?? [])]).filter(
      (alias) => !alias.startsWith('-') && !removed.has(alias),
    )
    const source = extra && extra.aliases.length > 0 ? 'iso+isnad' : 'iso'
    countryRows.push([aliases.join('|'), name, alpha3, 'country', alpha3, '', '', source].join('\t'))
    const derived = names[0] === undefined ? null : regularNisba(names[0])
    const nisba = extra?.nisba ?? (derived === null ? [] : [derived])
    const forms = unique([...nisba.flatMap(inflectNisba), ...(extra?.forms ?? [])])
    if (forms.length === 0) continue
    const nisbaSource = extra?.nisba ? 'isnad' : 'rule'
    nationalityRows.push(
      [forms.join('|'), name, alpha3, 'nationality', alpha3, '', '', nisbaSource].join('\t'),
    )
    if (nisba.length === 0) continue
    for (const ministry of ELLIPTIC_MINISTRIES) {
      const aliases = unique(nisba.map((masculine) => `${ministry.head} ${definiteFeminine(masculine)}`))
      ministryRows.push(
        [
          aliases.join('|'),
          `${ministry.english} of ${properName(name)}`,
          alpha3 + ministry.sector,
          'agency',
          alpha3,
          '',
          '',
          'rule',
        ].join('\t'),
      )
    }
  }
  for (const code of curated.keys()) {
    if (!seen.has(code)) throw new Error(`curated/countries.tsv: ${code} is not a code of i18n-iso-countries`)
  }
  const write = (file: string, lines: string[]): void =>
    writeFileSync(resolvePackagePath('data', 'gazetteer', file), lines.join('\n') + '\n')
  write('countries.tsv', [...header('Countries and territories (ISO 3166-1).', COLUMNS), ...countryRows])
  write('nationalities.tsv', [
    ...header(
      'Nationality adjectives (nisba) and peoples, every inflected form, keyed to the country.',
      COLUMNS,
    ),
    ...nationalityRows,
  ])
  write('ministries.tsv', [
    ...header(
      'Ministries named by their head and the nisba alone (الداخلية السعودية), per country.',
      COLUMNS,
    ),
    ...ministryRows,
  ])
  console.log(
    `countries.tsv: ${countryRows.length} rows; nationalities.tsv: ${nationalityRows.length} rows; ministries.tsv: ${ministryRows.length} rows`,
  )
}

/** Compiles every gazetteer file into the JSON cache that `loadGazetteer` reads first. */
const writeCache = (): void => {
  const sources = readGazetteerSources()
  const gazetteer = compileGazetteer(sources.flatMap((source) => parseGazetteerTsv(source.text, source.name)))
  writeGazetteerCache(gazetteer, gazetteerSourceHash(sources))
  console.log(
    `${gazetteerCachePath()}: ${gazetteer.entries.length} entries, ${gazetteer.index.phrases.size} phrases`,
  )
}

build()
writeCache()
