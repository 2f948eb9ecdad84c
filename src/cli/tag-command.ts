/**
 * `isnad tag --conll`: named-entity tags for pre-tokenised text. One token per line in, `TOKEN<TAB>TAG`
 * out, blank lines (sentence breaks) kept; the given tokens are never re-split or merged.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadTagger, tagDocument } from '../entities/tagger.js'
import { InputError, UsageError } from '../errors/isnad-error.js'
import { decodeText } from '../ingest/decode-text.js'
import { writeOut } from './output.js'

export const TAG_HELP = `Usage: isnad tag [FILE|-] --conll

Named-entity tagging of pre-tokenised Arabic text: one token per line, a blank line between
sentences. Prints each line as TOKEN<TAB>TAG, tags in BIO over PERS LOC ORG MISC; blank lines are
kept. A line "TOKEN<TAB>anything" or "TOKEN GOLD-TAG" is read as the token alone. With no FILE, or
with -, reads stdin.

Options:
  --conll      the CoNLL format described above (the only format for now; required)
  --debug      print stack traces for unexpected errors
  -h, --help   this help`

const BIO_TAG = /^(?:O|[BI]-[A-Z]+)$/

/** The token a CoNLL line holds: the first TAB field, or the line less a trailing gold tag. */
export const tokenOfLine = (line: string): string => {
  const tab = line.indexOf('\t')
  if (tab >= 0) return line.slice(0, tab)
  const space = line.lastIndexOf(' ')
  if (space > 0 && BIO_TAG.test(line.slice(space + 1))) return line.slice(0, space).trimEnd()
  return line
}

const readInput = async (path: string): Promise<string> => {
  if (path !== '-') {
    try {
      return decodeText(readFileSync(path), path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT') throw new InputError(path, 'no such file')
      if (code === 'EISDIR') throw new InputError(path, 'is a directory, not a file')
      throw error
    }
  }
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return decodeText(Buffer.concat(chunks), 'stdin')
}

/** Groups non-blank lines into sentences of tokens, a blank line ending each. */
const sentencesOf = (lines: readonly string[]): string[][] => {
  const sentences: string[][] = []
  let sentence: string[] = []
  for (const line of lines) {
    if (line.trim() !== '') sentence.push(tokenOfLine(line))
    else if (sentence.length > 0) {
      sentences.push(sentence)
      sentence = []
    }
  }
  if (sentence.length > 0) sentences.push(sentence)
  return sentences
}

/** Runs `isnad tag`; returns the exit code. */
export const runTag = async (argv: readonly string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      conll: { type: 'boolean' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    await writeOut(TAG_HELP + '\n')
    return 0
  }
  if (!values.conll) throw new UsageError('give --conll: one token per line in, TOKEN<TAB>TAG out')
  if (positionals.length > 1) throw new UsageError('give one file (or - for stdin)')
  const tagger = loadTagger()
  const lines = (await readInput(positionals[0] ?? '-')).split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  // Sentences are tagged together, so a model with document context sees the whole input.
  const sentences = sentencesOf(lines)
  const tagged = tagDocument(sentences, tagger)
  const output: string[] = []
  let sentenceIndex = 0
  let wordIndex = 0
  for (const line of lines) {
    if (line.trim() !== '') {
      output.push(`${sentences[sentenceIndex]![wordIndex]}\t${tagged[sentenceIndex]![wordIndex]}`)
      wordIndex++
      continue
    }
    if (wordIndex > 0) {
      sentenceIndex++
      wordIndex = 0
    }
    output.push('')
  }
  await writeOut(output.length === 0 ? '' : output.join('\n') + '\n')
  return 0
}
