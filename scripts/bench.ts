/**
 * `npm run bench`: single-core throughput of isnad on real Arabic news (SaudiNewsNet in ../shared/data)
 * and the time of pathological inputs. It prints figures; it asserts nothing.
 *
 *   npm run bench                 all articles
 *   npm run bench -- --limit 2000 the first 2,000 articles
 *   npm run bench -- --ingest     only the ingest run: the compiled `isnad ingest` (dist/: `npm run
 *                                 build` first) of the articles into a temporary SQLite store with 1 and
 *                                 with 2 workers (--workers 1,2,… to choose): wall time, articles/s,
 *                                 speed-up, peak RSS of the process tree, CPU seconds of the main thread
 *                                 and of the process, and the load average (the machine is shared)
 *   npm run bench -- --server     only the HTTP API's server time (search, article page, events…) over a
 *                                 store of the articles built once in .bench/ (--db FILE for another)
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { loadTagger, tagTokens } from '../src/entities/tagger.js'
import { loadGazetteer } from '../src/lexicon/gazetteer.js'
import { analyze, STAGES } from '../src/pipeline/analyze.js'
import { createDocument } from '../src/pipeline/document.js'
import { loadResources } from '../src/pipeline/resources.js'
import { foldText } from '../src/text/fold.js'
import { splitSentences } from '../src/text/sentences.js'
import { tokenize } from '../src/text/tokenize.js'
import { benchServer } from './lib/bench-server.js'
import { watchTreeMemory } from './lib/process-tree.js'
import { readSaudiNewsNet } from './lib/shared-data.js'

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    ingest: { type: 'boolean' },
    workers: { type: 'string' },
    server: { type: 'boolean' },
    db: { type: 'string' },
  },
})
const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit)

const megabytesOf = (texts: readonly string[]): number =>
  texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1_048_576

const time = (run: () => void): number => {
  const start = performance.now()
  run()
  return (performance.now() - start) / 1000
}

const row = (name: string, ...cells: string[]): void => console.log(`| ${[name, ...cells].join(' | ')} |`)

const textLayer = (text: string): number => {
  foldText(text)
  const tokens = tokenize(text)
  splitSentences(text, tokens)
  return tokens.length
}

interface IngestRun {
  readonly workers: number
  readonly seconds: number
  readonly summary: string
  readonly peakMegabytes: number
  /** CPU seconds of the main thread (reading, duplicate checks, clusters, store writes), and of all threads. */
  readonly mainCpuSeconds: number | null
  readonly cpuSeconds: number
  /** The 1-minute load average at the end of the run: the machine is shared. */
  readonly load: number
}

const INGEST_CHILD = join(import.meta.dirname, 'lib', 'ingest-child.js')
const COMPILED_INGEST = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'ingest-command.js')

/** The newest modification time of the .ts files under `folder`. */
const newestSource = (folder: string): number =>
  readdirSync(folder, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return Math.max(newest, newestSource(path))
    return entry.name.endsWith('.ts') ? Math.max(newest, statSync(path).mtimeMs) : newest
  }, 0)

/**
 * Why the compiled CLI cannot be timed (not built, or older than the sources), or null. The ingest child
 * runs dist/ — the code a user runs — not the sources through tsx (~20% slower).
 */
const compiledProblem = (): string | null => {
  if (!existsSync(COMPILED_INGEST)) return 'dist/ is not built: run `npm run build` first'
  const sources = join(import.meta.dirname, '..', 'src')
  if (newestSource(sources) > statSync(COMPILED_INGEST).mtimeMs)
    return 'dist/ is older than src/: run `npm run build` first'
  return null
}

/** One compiled `isnad ingest` of `folder` into a new SQLite file, in a process of its own, timed from spawn to exit. */
const ingestRun = (folder: string, database: string, workers: number): Promise<IngestRun> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(
      process.execPath,
      [INGEST_CHILD, folder, '--db', database, '--workers', String(workers), '--quiet'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const memory = watchTreeMemory(child.pid!)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000
      memory.stop()
      const report = stdout.trim().split('\n').at(-1) ?? ''
      if (code !== 0 || !report.startsWith('{')) {
        reject(new Error(`isnad ingest with ${workers} workers exited with ${code}: ${stderr.trim()}`))
        return
      }
      const { maxRssKilobytes, mainCpuSeconds, cpuSeconds } = JSON.parse(report) as {
        maxRssKilobytes: number
        mainCpuSeconds: number | null
        cpuSeconds: number
      }
      resolve({
        workers,
        seconds,
        summary: stderr.trim().split('\n').at(-1) ?? '',
        peakMegabytes: Math.max(maxRssKilobytes, memory.peak()) / 1024,
        mainCpuSeconds,
        cpuSeconds,
        load: loadavg()[0]!,
      })
    })
  })

/**
 * The ingest figures: the articles written as JSON arrays into a temporary folder, then ingested with
 * each worker count into a fresh SQLite file (the whole command: start-up, reading, analysis, duplicate
 * checks, clusters, writes).
 */
const benchIngest = async (): Promise<void> => {
  const articles = readSaudiNewsNet(limit)
  if (articles.length === 0) {
    console.log('SaudiNewsNet not found under ../shared/data (set ISNAD_SHARED_DATA); ingest skipped.')
    return
  }
  const problem = compiledProblem()
  if (problem !== null) {
    console.log(`Ingest not timed: ${problem}.`)
    return
  }
  const workerCounts = (values.workers ?? '1,2').split(',').map(Number)
  const folder = mkdtempSync(join(tmpdir(), 'isnad-bench-'))
  try {
    const inputs = join(folder, 'articles')
    const perFile = 1000
    mkdirSync(inputs)
    for (let start = 0; start < articles.length; start += perFile) {
      const name = `part-${String(start / perFile).padStart(3, '0')}.json`
      writeFileSync(join(inputs, name), JSON.stringify(articles.slice(start, start + perFile)))
    }
    console.log(
      `Ingest: ${articles.length} SaudiNewsNet articles into a new SQLite store (isnad ingest, compiled: dist/)\n`,
    )
    row('workers', 'wall s', 'articles/s', 'speed-up', 'peak RSS MB', 'main thread CPU s', 'CPU s', 'load')
    row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:')
    const runs: IngestRun[] = []
    for (const workers of workerCounts) {
      const run = await ingestRun(inputs, join(folder, `ingest-${workers}.db`), workers)
      runs.push(run)
      row(
        String(workers),
        run.seconds.toFixed(1),
        (articles.length / run.seconds).toFixed(1),
        (runs[0]!.seconds / run.seconds).toFixed(2),
        run.peakMegabytes.toFixed(0),
        run.mainCpuSeconds === null ? '—' : run.mainCpuSeconds.toFixed(1),
        run.cpuSeconds.toFixed(1),
        run.load.toFixed(1),
      )
    }
    console.log('')
    for (const run of runs) console.log(`${run.workers} workers: ${run.summary}`)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

if (values.server) {
  await benchServer({ limit, db: values.db })
  process.exit(0)
}

if (values.ingest) {
  await benchIngest()
  process.exit(0)
}

// Cold loads: the gazetteer first, then the tagger (model + clusters) on top of it, then the rest.
const gazetteerSeconds = time(() => loadGazetteer())
const resourcesSeconds = time(() => loadResources())
const resources = loadResources()
const taggerSeconds = time(() => loadTagger())

const articles = readSaudiNewsNet(limit)
if (articles.length === 0) {
  console.log('SaudiNewsNet not found under ../shared/data (set ISNAD_SHARED_DATA); corpus figures skipped.')
} else {
  const texts = articles.map((article) => article.content)
  const megabytes = megabytesOf(texts)
  console.log(
    `Corpus: ${articles.length} SaudiNewsNet articles, ${megabytes.toFixed(1)} MB UTF-8, one core\n`,
  )
  // A warm-up pass lets the JIT settle, so the figures describe steady batch work.
  for (const text of texts.slice(0, 200)) textLayer(text)
  let tokenCount = 0
  const textSeconds = time(() => {
    for (const text of texts) tokenCount += textLayer(text)
  })
  // Tagging alone: the model over every sentence's words, as `isnad tag` runs it.
  const sentences: string[][] = []
  for (const text of texts) {
    const tokens = tokenize(text)
    for (const span of splitSentences(text, tokens)) {
      const words = tokens.filter((token) => token.start >= span.start && token.end <= span.end)
      if (words.length > 0) sentences.push(words.map((token) => text.slice(token.start, token.end)))
    }
    if (sentences.length > 20_000) break
  }
  const taggedTokens = sentences.reduce((sum, words) => sum + words.length, 0)
  const tagSeconds = time(() => {
    for (const words of sentences) tagTokens(words, resources.tagger)
  })
  // The whole pipeline, stage by stage, so each stage's share of the time is known.
  const stageSeconds = new Map<string, number>(STAGES.map((stage) => [stage.name, 0]))
  const analyzeSeconds = time(() => {
    for (const article of articles) {
      let document = createDocument({ text: article.content, title: article.title }, 'bench')
      for (const stage of STAGES) {
        const started = performance.now()
        document = stage(document, resources)
        stageSeconds.set(stage.name, stageSeconds.get(stage.name)! + (performance.now() - started) / 1000)
      }
    }
  })
  row('stage', 'articles/s', 'MB/s', 'tokens/s', 'seconds')
  row('---', '---:', '---:', '---:', '---:')
  row(
    'text layer (fold + tokenize + sentences)',
    (articles.length / textSeconds).toFixed(0),
    (megabytes / textSeconds).toFixed(1),
    (tokenCount / textSeconds).toFixed(0),
    textSeconds.toFixed(2),
  )
  row('tagging (isnad tag)', '—', '—', (taggedTokens / tagSeconds).toFixed(0), tagSeconds.toFixed(2))
  row(
    'analyze (whole pipeline)',
    (articles.length / analyzeSeconds).toFixed(0),
    (megabytes / analyzeSeconds).toFixed(1),
    (tokenCount / analyzeSeconds).toFixed(0),
    analyzeSeconds.toFixed(2),
  )
  const stagesTotal = [...stageSeconds.values()].reduce((sum, seconds) => sum + seconds, 0)
  console.log('\nShare of analysis time by stage\n')
  row('stage', 'seconds', 'share')
  row('---', '---:', '---:')
  for (const [name, seconds] of stageSeconds) {
    row(name, seconds.toFixed(2), `${((100 * seconds) / stagesTotal).toFixed(1)}%`)
  }
  const eventSeconds = stageSeconds.get('codeEvents') ?? 0
  console.log(
    `\nThe events stage adds ${((100 * eventSeconds) / (stagesTotal - eventSeconds)).toFixed(1)}% to the other stages' time.`,
  )
}

const mixedArabicLatin = (size: number): string => {
  const words = [
    'وزير',
    'Reuters',
    'الخارجية',
    'UN-2025',
    'باريس',
    'https://example.org/a?b=1',
    '#عاجل',
    'يوم',
    '3.5',
  ]
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const word = words[index % words.length]!
    parts.push(word)
    length += word.length + 1
  }
  return parts.join(' ')
}

const pathological: Record<string, string> = {
  '100k tatweel': 'ب' + 'ـ'.repeat(100_000) + 'ا',
  '100k diacritics': 'ك' + '\u064e\u0651'.repeat(50_000) + 'ب',
  '1 MB without spaces': 'بسم'.repeat(350_000),
  '10k nested quotes': '“«'.repeat(10_000) + 'نص' + '»”'.repeat(10_000),
  '1 MB mixed Arabic/Latin': mixedArabicLatin(1_000_000),
  '1 MB one unclosed quote': '“' + 'كلمة. '.repeat(170_000),
}

console.log('\nPathological inputs (seconds; the target is under 2 s each)\n')
row('input', 'text layer', 'analyze')
row('---', '---:', '---:')
for (const [name, text] of Object.entries(pathological)) {
  const textSeconds = time(() => textLayer(text))
  const analyzeSeconds = time(() => analyze({ text }, resources))
  row(name, textSeconds.toFixed(3), analyzeSeconds.toFixed(3))
}

const usage = process.resourceUsage()
const milliseconds = (seconds: number): string => `${(seconds * 1000).toFixed(0)} ms`
console.log(
  `\nLoading: gazetteer ${milliseconds(gazetteerSeconds)}, tagger with clusters ${milliseconds(taggerSeconds)}, ` +
    `all resources ${milliseconds(gazetteerSeconds + resourcesSeconds)}; ` +
    `peak RSS ${(usage.maxRSS / 1024).toFixed(0)} MB`,
)
