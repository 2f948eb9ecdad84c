/** Writes models/ner.md, the entity tagger's model card, from a fresh evaluation of the saved files. */
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { FEATURE_VERSION } from '../src/entities/features.js'
import { formatSpanScores } from '../src/entities/span-scores.js'
import { loadAnercorpSplit } from './ner-data.js'
import { type Evaluation, formatPerformance } from './ner-evaluation.js'

export interface ModelCardInput {
  readonly data: string
  readonly out: string
  readonly names: string
  readonly 'corpus-tags': string
  readonly 'training-names': string
  readonly 'corpus-tokens': string
  readonly clusters: string
  readonly card: string
  readonly epochs: string
  readonly 'hash-bits': string
  readonly seed: string
  readonly ensemble: string
  readonly 'fold-ensemble': string
  readonly 'no-curated-names': boolean
  readonly curatedNamesCount: number
  readonly 'no-wikifane': boolean
  readonly 'no-names': boolean
  readonly 'no-gazetteer': boolean
  readonly commandLine: string
  readonly documentWindow: number
  readonly prune: string
  readonly namesCount: number
  readonly trainingNamesCount: number
  readonly 'with-training-names': boolean
  readonly 'cue-profiles': boolean
  readonly trainingSentences: number
}

/** Evaluates the saved model on dev and writes the model card. */
export const writeModelCard = (input: ModelCardInput): void => {
  const { train, dev } = loadAnercorpSplit(input.data)
  // A fresh process: timings inside the training process would include its garbage collection.
  const output = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/eval-ner.ts',
      '--json',
      '--data',
      input.data,
      '--model',
      input.out,
      '--clusters',
      input.clusters,
      '--names',
      input.names,
      '--corpus-tags',
      input['corpus-tags'],
      '--training-names',
      input['training-names'],
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  )
  const evaluation = JSON.parse(output) as Omit<Evaluation, 'predicted'>
  const trainTokens = train.reduce((sum, sentence) => sum + sentence.words.length, 0)
  const card = `# isnad entity tagger (models/ner.bin)

Named-entity tagger for Arabic news: BIO tags over PERS, LOC, ORG, MISC (ANERcorp's label set), for
pre-tokenised words (\`tagTokens\` in \`src/entities/tagger.ts\`, \`isnad tag --conll\`).

## Model

- Averaged structured perceptron (Collins 2002), first-order, Viterbi decoding restricted to valid
  BIO sequences (an \`I-X\` only after \`B-X\` or \`I-X\`).
- ${input.epochs} epochs, seeded shuffling (seed ${input.seed}); ${
    Number(input.ensemble) > 1
      ? `the saved model is the mean of ${input.ensemble} such perceptrons, each trained in its own
  shuffled order (\`--ensemble\`: one model's dev F1 swings by about a point with the shuffling seed
  alone, 75.9–77.3 in fast-mode runs of the same features); `
      : ''
  }feature hashing into 2^${input['hash-bits']} buckets × 9 tags,
  stored sparse with Int16 quantisation. Feature version ${FEATURE_VERSION}.
- Features (\`src/entities/features.ts\`): folded form, light stem, the clitic reading the word
  clusters vouch for and its proclitics, prefixes/suffixes 1–4 of the form and 1–3 of the stem,
  shape, length; word-cluster path prefixes (4, 6, 10, 16 bits, full) of the word or its stem;
  ±2 window of forms, stems, cluster prefixes, shapes and cue classes (titles, organisation heads,
  place cues, speech verbs, place prepositions: \`src/entities/trigger-words.ts\`); word and
  cluster bigrams; short quoted stretches and the word before them (برنامج « … »); gazetteer
  labels (\`data/gazetteer\`, via \`src/lexicon\`), WikiFANE name-list labels${
    input['no-curated-names']
      ? ''
      : ' and the classes of hand-written name lists (`data/names`: football clubs, car makers and models, broadcasters, companies and banks; `c:B-team`)'
  } at -1, 0, +1${input['with-training-names'] ? ', and the same for names mined from ANERcorp train' : ''}.
- Document context (\`src/entities/document-context.ts\`, \`tagSentences\`): a second pass adds
  how the first pass tagged the same word in the sentences within ±${input.documentWindow} (extended
  prediction history, Ratinov & Roth 2009). In training the first pass over ANERcorp comes from
  5-fold jackknifed models${
    Number(input['fold-ensemble']) > 1
      ? `, each the mean of ${input['fold-ensemble']} perceptrons (\`--fold-ensemble\`)`
      : ''
  }. \`tagTokens\` (one sentence) is the first pass alone.
- Corpus profiles (\`src/entities/corpus-tags.ts\`, \`models/ner-corpus-tags.tsv\`): five first-pass
  models (each trained on four fifths of ANERcorp train) tag ${input['corpus-tokens']} tokens of
  SaudiNewsNet; each word gets its share of PERS/LOC/ORG/MISC/O tags there, as a feature of the
  word. Training sentences see the profiles of the model that did not train on them; new text
  sees profiles rebuilt by the trained tagger itself (two rounds, with document context).
${
  !input['cue-profiles']
    ? ''
    : `- Cue profiles (\`src/entities/cue-profiles.ts\`): over the same tokens, the share of each word's uses
  right after and right before a word of each cue class (the classes above, plus team heads, work and
  product heads, match-report words), bucketed, as more labels of the word in the profile file. They
  are counted, not tagged, so they hold for names no first-pass model knew (نادي/فريق/مضيفه بنفيكا).
`
}- Tagging scores each distinct word's own and window features once (\`src/entities/word-scores.ts\`);
  a token then adds its context features (pairs, quotes, lexicon labels). Same scores, fewer look-ups.
- Tried and left out (dev F1 with the full recipe): names mined from ANERcorp train as a jackknifed
  list (\`--with-training-names\`): 75.3 against 76.1 (in that run the first pass peaked on dev at epochs 6–7).
  With the previous model (feature version 2, dev F1 76.08), at tagging time only: a third
  document-context pass 75.89 against 76.08;
  a context window of 5, 20 or 40 sentences instead of 10: 76.10, 75.99, 75.56; a score bonus for
  B-ORG or B-MISC (recall is their weak side): at best +0.4, and tuned on dev, so not adopted.
  Retrained, against that model's 76.08 (fast mode, see below, unless said): cue profiles (\`--cue-profiles\`,
  \`src/entities/cue-profiles.ts\`: per word, the share of its corpus uses right after or before a word
  of each cue class, counted without a tagger): 75.58, and 74.77 with the full recipe, although the
  first pass gained at every epoch (73.65 against 73.22 at epoch 10); the three profile-only cue
  classes (team heads, work and product heads, match words) as window cue classes: 74.83;
  14 epochs instead of 10: 75.95 (the first pass's dev F1 rose to epoch 10, 73.22, and stayed
  there). The last two with a stale profile cache. Those differences are within the shuffling
  noise measured since (about ±1). With the hand-written name lists (fast mode, stale cache): 77.30
  and 75.89 with two final seeds, 77.63 as a mean of 5 (against 76.17 for 5 without the lists; the
  first pass gained about a point in every run, ORG 3–4 points); adding lists of stadiums,
  competitions, awards, currencies and weapons: 75.29 and 76.75, and 77.58 as a mean of 5 against
  the committed recipe's 77.31 (fast mode, stale cache; MISC fell 57.69 → 55.84), so they were left out.
  First-pass fold models that are each a mean of 3 perceptrons (\`--fold-ensemble 3\`, full recipe): 76.18
  against 77.20 (both as printed by the training run), so the fold models stay single.
- Features seen once in training are dropped; at the end, features whose weights all stay below
  ${input.prune} are dropped. The run-time table is exact (no hash collisions), Int16 weights.

## Data

- ANERcorp, CAMeL Lab split, train part (Benajiba et al. 2007; Obeid et al. 2020; CC BY-SA 4.0):
  the first 90% of sentences (${train.length} sentences, ${trainTokens} tokens) train; the last 10%
  (${dev.length} sentences, ${evaluation.tokens} tokens) are the dev split below. The test part was not used.
${
  input['no-wikifane']
    ? ''
    : `- WikiFANE Gold (Alotaibi & Lee 2014; CC BY-SA 3.0), fine classes mapped to PERS/LOC/ORG/MISC
  (\`src/entities/wikifane.ts\`; peoples such as العرب → O as in ANERcorp), added through feature
  augmentation (Daumé 2007): each feature has a shared and a per-corpus copy; the ANERcorp copy is
  folded into the shared one in the saved model. ${input.trainingSentences} training sentences in all.
`
}${
  input['no-names']
    ? ''
    : `- \`models/ner-names.tsv\`: ${input.namesCount} names mined from WikiFANE (spans tagged with one type in at
  least half their occurrences); WikiFANE's own sentences see names mined from the other 4 of 5 folds.
`
}${
  !input['with-training-names']
    ? ''
    : `- \`models/ner-anercorp-names.tsv\`: ${input.trainingNamesCount} names mined the same way from ANERcorp train; a
  training sentence sees only names mined from the other 4 of 5 folds (contiguous blocks of sentences,
  so not its own article's names), new text all of them.
`
}${
  input['no-curated-names']
    ? ''
    : `- \`data/names/*.tsv\`: ${input.curatedNamesCount} names in hand-written lists by class, from general knowledge
  (no corpus text), read by \`src/entities/curated-names.ts\`.
`
}- \`models/word-clusters.tsv\`: hierarchical word clusters from SaudiNewsNet (CC BY-NC-SA 4.0) and the
  raw text of the two corpora above (\`npm run train:clusters\`).
- Licence of the weights: they derive from CC BY-SA and CC BY-NC-SA data; treat them as CC BY-NC-SA 4.0.

## Dev scores (\`tagSentences\` over the dev split in order; conlleval-style exact spans, an I- after O starts a span)

${formatSpanScores(evaluation.scores)}

Published anchors on the (different, held-out) test split: CAMeLBERT-MSA 82.4, CAMeL Tools about 83.

## Size and speed

${formatPerformance(evaluation)}.

## Reproduce

\`\`\`
npm run train:clusters   # only to rebuild the clusters
${input.commandLine}
npm run eval:ner
\`\`\`

## Experiments (fast mode)

Every run caches its jackknifed corpus profiles (five first-pass models tagging the corpus: 40–45% of
a full run) in \`.cache/ner/\` under a fingerprint of the first pass's inputs
(\`scripts/ner-profile-cache.ts\`); a later run whose first pass is the same reads them back, with
the same result. \`npm run train:ner -- --experiment\` is the fast mode for trying a feature or a
setting (a quarter to a fifth of a full run): it also takes a stale cache (same corpus size and seed,
other first-pass features: an approximation, said in the log), and dev is tagged with the committed
\`models/ner-corpus-tags.tsv\` instead of profiles rebuilt by the new model. It writes
\`.cache/ner/ner.bin\` and nothing under \`models/\`, and prints the dev table and (without
\`--quiet\`) the first pass's dev F1 per epoch. Compare its figure with a fast-mode run of the
unchanged code, never with the full recipe's; a change that wins there still needs the full run.
With an exact cache hit it reproduces the committed model's dev table. Measured on the shared
2-core machine: a fast run 4–6 minutes at a load average near 7, 43 minutes near 14; the full recipe
with a cache hit 49 minutes near 14 (the corpus profile stage alone took 32 of the first, uncached run's 73).
With feature version 3 and the faster tagger, an uncached full run took 26 minutes at a load average near 4
(corpus profiles 11, the five ensemble members about 8); a fast run with five members 10–18 minutes.
`
  writeFileSync(input.card, card)
}
