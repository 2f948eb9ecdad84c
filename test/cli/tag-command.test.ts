import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenOfLine } from '../../src/cli/tag-command.js'
import { runCli } from '../helpers/run-cli.js'

const BIO = /^(?:O|[BI]-(?:PERS|LOC|ORG|MISC))$/

test('every token comes back as given, one tag each, blank lines kept', () => {
  const tokens = [
    'وصل',
    'الرئيس',
    'الفرنسي',
    'إلى',
    'بيروت',
    '،',
    'والتقى',
    'رئيس_الحكومة',
    '.',
    '',
    'قال',
    'x-y.z',
    '',
  ]
  const result = runCli(['tag', '--conll'], tokens.join('\n') + '\n')
  assert.equal(result.status, 0, result.stderr)
  const lines = result.stdout.split('\n')
  assert.equal(lines.pop(), '')
  assert.equal(lines.length, tokens.length)
  for (const [index, line] of lines.entries()) {
    if (tokens[index] === '') {
      assert.equal(line, '')
      continue
    }
    const [token, tag, extra] = line.split('\t')
    assert.equal(token, tokens[index])
    assert.match(tag ?? '', BIO)
    assert.equal(extra, undefined)
  }
})

test('I- tags never follow O or another type', () => {
  const result = runCli(
    ['tag', '--conll'],
    'أعلنت\nوزارة\nالخارجية\nالقطرية\nأن\nالشيخ\nمحمد\nبن\nعبدالرحمن\nسيزور\nأنقرة\n',
  )
  let previous = 'O'
  for (const line of result.stdout.trim().split('\n')) {
    const tag = line.split('\t')[1]!
    if (tag.startsWith('I-')) assert.ok(previous.slice(2) === tag.slice(2), `${previous} → ${tag}`)
    previous = tag
  }
})

test('a gold tag after a space, or any TAB column, is not part of the token', () => {
  assert.equal(tokenOfLine('بغداد B-LOC'), 'بغداد')
  assert.equal(tokenOfLine('بغداد\tB-LOC\textra'), 'بغداد')
  assert.equal(tokenOfLine('نص'), 'نص')
})

test('tag without --conll is bad usage', () => {
  const result = runCli(['tag'], 'x\n')
  assert.equal(result.status, 2)
  assert.match(result.stderr, /^isnad: tag: give --conll/)
})
