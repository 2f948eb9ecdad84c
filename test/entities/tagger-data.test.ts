import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bioSpans, tagIndex } from '../../src/entities/bio.js'
import { parseConll, splitSentences } from '../../src/entities/conll.js'
import {
  addToProfiles,
  corpusLabels,
  formatCorpusTags,
  parseCorpusTags,
  profileLabels,
  toCorpusTags,
} from '../../src/entities/corpus-tags.js'
import { documentLabels } from '../../src/entities/document-context.js'
import { createFeatureExtractor } from '../../src/entities/features.js'
import { fullGazetteerLabeller, gazetteerLabeller } from '../../src/entities/lexicon-labels.js'
import { createNameLexicon, matchNameKeys, matchNames, mineNames } from '../../src/entities/name-lexicon.js'
import { scoreSpans } from '../../src/entities/span-scores.js'
import { attachClitics, coarsenWikifane } from '../../src/entities/wikifane.js'
import { parseWordClusters } from '../../src/entities/word-clusters.js'
import { loadGazetteer } from '../../src/lexicon/gazetteer.js'

test('spans are read conlleval-style: an I- after O or another type opens a span', () => {
  assert.deepEqual(bioSpans(['O', 'I-ORG', 'I-ORG', 'B-LOC', 'I-PERS', 'O']), [
    { start: 1, end: 3, type: 'ORG' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'PERS' },
  ])
  assert.deepEqual(bioSpans(['B-PERS', 'B-PERS', 'I-PERS']), [
    { start: 0, end: 1, type: 'PERS' },
    { start: 1, end: 3, type: 'PERS' },
  ])
})

test('span scores count exact matches only, per type and micro-averaged', () => {
  const gold = [['B-PERS', 'I-PERS', 'O', 'B-LOC']]
  const predicted = [['B-PERS', 'O', 'O', 'B-LOC']]
  const rows = scoreSpans(gold, predicted)
  const all = rows.at(-1)!
  assert.equal(all.type, 'ALL')
  assert.equal(all.truePositives, 1)
  assert.equal(all.precision, 0.5)
  assert.equal(all.recall, 0.5)
  assert.equal(rows.find((row) => row.type === 'LOC')!.f1, 1)
})

test('CoNLL text parses with BOM, CRLF, U+200E marks and tabs or spaces', () => {
  const text = '\uFEFF\u200Eباريس\tB-LOC\r\n\u200Eاليوم O\r\n\r\nقال O\n'
  assert.deepEqual(parseConll(text), [
    { words: ['باريس', 'اليوم'], tags: ['B-LOC', 'O'] },
    { words: ['قال'], tags: ['O'] },
  ])
  const { train, dev } = splitSentences(parseConll(text), 0.5)
  assert.equal(train.length, 1)
  assert.equal(dev.length, 1)
})

test('WikiFANE classes coarsen and split clitics re-attach the ANERcorp way', () => {
  const [sentence] = coarsenWikifane([
    {
      words: ['و', 'زار', 'ه', 'ل', 'القاهرة', 'العرب', 'و', 'بشار'],
      tags: ['O', 'O', 'O', 'O', 'B-Population-Center', 'B-Group', 'O', 'B-Politician'],
    },
  ])
  assert.deepEqual(attachClitics(sentence!), {
    words: ['وزاره', 'للقاهرة', 'العرب', 'وبشار'],
    tags: ['O', 'B-LOC', 'O', 'B-PERS'],
  })
})

test('names are mined only when mostly tagged, and matched longest first through proclitics', () => {
  const sentences = [
    { words: ['زار', 'جون', 'سميث', 'روما'], tags: ['O', 'B-PERS', 'I-PERS', 'B-LOC'] },
    { words: ['الملك', 'في', 'روما'], tags: ['B-PERS', 'O', 'B-LOC'] },
    { words: ['قال', 'الملك'], tags: ['O', 'O'] },
    { words: ['الملك', 'غادر'], tags: ['O', 'O'] },
  ]
  const names = mineNames(sentences)
  assert.deepEqual(names, [
    ['LOC', ['روما']],
    ['PERS', ['جون', 'سميث']],
  ])
  const lexicon = createNameLexicon(names)
  assert.deepEqual(matchNames(lexicon, ['وصل', 'وجون', 'سميث', 'الى', 'روما']), [
    '',
    'n:B-PERS',
    'n:I-PERS',
    '',
    'n:B-LOC',
  ])
  // A second list (names from the tagger's own training data) labels apart.
  const keys = ['زار', 'روما']
  assert.deepEqual(
    matchNameKeys(lexicon, keys, (index) => [keys[index]!], 'a'),
    ['', 'a:B-LOC'],
  )
})

test('training names become features of their own, apart from the WikiFANE list', () => {
  const clusters = parseWordClusters('0110\tروما\n')
  const lexicon = createNameLexicon([['LOC', ['روما']]])
  const words = ['زار', 'روما']
  const plain = createFeatureExtractor({ clusters }).extract(words)
  const withNames = createFeatureExtractor({ clusters, names: lexicon }).extract(words)
  const withTraining = createFeatureExtractor({ clusters, trainingNames: lexicon }).extract(words)
  assert.ok(withTraining.ids.length > plain.ids.length)
  assert.equal(withTraining.ids.length, withNames.ids.length)
  assert.notDeepEqual([...withTraining.ids].sort(), [...withNames.ids].sort())
})

test('word clusters parse, skipping provenance comments', () => {
  const clusters = parseWordClusters('# source: test\n0110\tباريس\n0111\tروما\n')
  assert.equal(clusters.get('باريس'), '0110')
  assert.equal(clusters.size, 2)
})

test('document context counts how the first pass tagged a word nearby, not the word itself', () => {
  const O = tagIndex('O')
  const org = tagIndex('B-ORG')
  const keys = [['الاهلي', 'فاز'], ['الاهلي', 'خسر'], ['', 'الاهلي'], ['الاهلي']]
  const firstPass = [[org, O], [O, O], [O, O], [O]]
  const labels = documentLabels(keys, firstPass, 1)
  // Sentence 1 sees sentences 0-2: one ORG (sentence 0) and one O (sentence 2).
  assert.deepEqual(labels[1]![0], ['d:ORG', 'd:ORG:one', 'd:mostly'])
  // Sentence 0's own ORG is not counted: it sees only the O in sentence 1.
  assert.deepEqual(labels[0]![0], ['d:O'])
  // Sentence 3 sees sentence 2 only (window 1).
  assert.deepEqual(labels[3]![0], ['d:O'])
  assert.deepEqual(labels[2]![0], [])
  assert.deepEqual(labels[0]![1], [])
})

test('corpus profiles round-trip and turn into share buckets', () => {
  const profiles = new Map<string, number[]>()
  addToProfiles(profiles, ['بنفيكا', 'فاز', 'بنفيكا', ''], [3, 0, 3, 0])
  addToProfiles(profiles, ['بنفيكا', 'فاز'], [0, 0])
  assert.deepEqual(profiles.get('بنفيكا'), [1, 0, 0, 2, 0])
  assert.deepEqual(profileLabels(profiles.get('بنفيكا')), ['c:entity:50', 'c:ORG:50'])
  const tags = toCorpusTags(profiles)
  assert.deepEqual(tags, new Map([['بنفيكا', 'entity:50,ORG:50']]))
  const parsed = parseCorpusTags(`# comment\n${formatCorpusTags(tags)}\n`)
  assert.deepEqual(corpusLabels(parsed, 'بنفيكا'), ['c:entity:50', 'c:ORG:50'])
  assert.deepEqual(corpusLabels(parsed, 'فاز'), [])
  // Too rare to say anything.
  assert.deepEqual(profileLabels(profiles.get('فاز')), [])
  assert.deepEqual(profileLabels([30, 0, 0, 0, 0]), ['c:entity:0'])
})

test('the gazetteer shortcut labels exactly like the full matcher', () => {
  const gazetteer = loadGazetteer()
  const fast = gazetteerLabeller(gazetteer)
  const full = fullGazetteerLabeller(gazetteer)
  const sentences = [
    'وصل وزير الخارجية الفرنسي إلى باريس ثم إلى دمشق وللأمم المتحدة رأي آخر .',
    'قال مصدر في الجيش الإسرائيلي إن القوات انسحبت من الجولان ومن « الكيان » كله',
    'التقى الوفد السوري نظيره الأمريكي في عمان والقاهرة وبغداد أمس',
    'أعلنت الولايات المتحدة الأمريكية والمملكة العربية السعودية اتفاقا جديدا',
  ].map((sentence) => sentence.split(' '))
  for (const words of sentences) assert.deepEqual(fast(words), full(words))
})
