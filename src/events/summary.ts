/**
 * The English gloss of an event, generated from its structure: who, the verb of its trigger (in the tense
 * its modality and polarity call for), whom, where, when, through whom, and on whose word.
 * "Syria (government) met Israel in Paris, mediated by the United States — reported by an anonymous
 * diplomatic source".
 */
import { actorCodeName } from '../entities/actor-code.js'
import { romanize } from '../entities/romanize.js'
import type { Attribution, EventDate, EventLocation, EventParticipant } from '../pipeline/analysis.js'
import { foldWord } from '../text/fold.js'
import type { Modality } from '../vocabulary/modalities.js'
import { datePhrase, joinNames, pastTense, properName } from './english.js'

export interface SummaryInput {
  readonly gloss: string
  readonly actors: readonly EventParticipant[]
  readonly recipients: readonly EventParticipant[]
  readonly mediators: readonly EventParticipant[]
  readonly location: EventLocation | null
  readonly date: EventDate | null
  readonly negated: boolean
  readonly modality: Modality
  /** Symmetric events name their parties together when no one leads (CONSULT, AGREE, COOPERATE). */
  readonly symmetric: boolean
  readonly attribution: Attribution | undefined
  /**
   * The speaker's English name from the gazetteer (Ministry of Foreign Affairs), asked for only when
   * the speaker names no country.
   */
  readonly speakerName?: () => string | null
  readonly countryNames: ReadonlyMap<string, string>
}

const PREPOSITIONS = new Set([
  'with',
  'to',
  'on',
  'against',
  'from',
  'for',
  'of',
  'into',
  'between',
  'at',
  'near',
  'in',
  'before',
])

const nameOf = (participant: EventParticipant): string =>
  participant.name === null ? romanize(participant.text) : properName(participant.name)

const names = (participants: readonly EventParticipant[]): string[] => [...new Set(participants.map(nameOf))]

/** The verb phrase in the tense the modality and polarity call for. */
const verbPhrase = (gloss: string, modality: Modality, negated: boolean): string => {
  const [verb = '', ...rest] = gloss.split(' ')
  const tail = rest.length > 0 ? ' ' + rest.join(' ') : ''
  if (modality === 'future') return `${negated ? 'will not' : 'will'} ${verb}${tail}`
  if (modality === 'hypothetical') return `${negated ? 'may not' : 'may'} ${verb}${tail}`
  return negated ? `did not ${verb}${tail}` : `${pastTense(verb)}${tail}`
}

const SOURCE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['دبلوماسي', 'diplomatic'],
  ['عسكري', 'military'],
  ['امني', 'security'],
  ['حكومي', 'government'],
  ['رسمي', 'official'],
  ['مطلع', 'informed'],
  ['مطلعة', 'informed'],
  ['مقرب', 'close'],
  ['فلسطيني', 'Palestinian'],
  ['اسرائيلي', 'Israeli'],
  ['سوري', 'Syrian'],
  ['امريكي', 'US'],
  ['اميركي', 'US'],
]

const NO_NAME = (): null => null

// Bodies and roles read with "the" (the Ministry of Foreign Affairs, the delegation); names do not.
const BODY_NAME =
  /^(?:[a-z]|(?:Ministry|Office|Council|Department|Directorate|General|Supreme|Higher|National|Central)\b)/

const bodyName = (name: string): string => (BODY_NAME.test(name) ? `the ${name}` : properName(name))

/** Who the event rests on, for "— reported by …". */
const sourcePhrase = (
  attribution: Attribution,
  countryNames: ReadonlyMap<string, string>,
  speakerName: () => string | null,
): string => {
  const speaker = attribution.speaker
  if (speaker.kind === 'anonymous') {
    const folded = foldWord(speaker.text)
    const plural = folded.includes('مصادر')
    const adjectives = SOURCE_WORDS.filter(([word]) => folded.includes(word)).map(([, english]) => english)
    const unique = [...new Set(adjectives)]
    // English puts judgement before kind: "an informed diplomatic source".
    unique.sort((left, right) => Number(right === 'informed') - Number(left === 'informed'))
    const words = ['anonymous', ...unique, plural ? 'sources' : 'source'].join(' ')
    return plural ? words : `an ${words}`
  }
  if (speaker.code !== null) {
    const country = countryNames.get(speaker.code.slice(0, 3))
    if (country !== undefined) return properName(actorCodeName(speaker.code, countryNames))
  }
  if (speaker.kind === 'document') return 'a document'
  const name = speakerName()
  return name === null ? romanize(speaker.text) : bodyName(name)
}

/**
 * Writes the summary.
 *
 * @example
 *   summarize({ gloss: 'meet', actors: [syria], recipients: [israel], mediators: [usa], location: paris, … })
 *   // 'Syria met Israel in Paris, mediated by the United States'
 */
export const summarize = (input: SummaryInput): string => {
  let gloss = input.gloss
  let subjects = names(input.actors)
  let objects = names(input.recipients)
  if (subjects.length === 0 && input.symmetric && objects.length > 0) {
    subjects = objects
    objects = []
  }
  if (subjects.length > 0) subjects[0] = subjects[0]!.charAt(0).toUpperCase() + subjects[0]!.slice(1)
  const words = gloss.split(' ')
  if (objects.length === 0 && words.length > 1 && PREPOSITIONS.has(words.at(-1)!))
    gloss = words.slice(0, -1).join(' ')
  const subject = subjects.length === 0 ? 'An unnamed party' : joinNames(subjects)
  let sentence = `${subject} ${verbPhrase(gloss, input.modality, input.negated)}`
  if (objects.length > 0) sentence += ` ${joinNames(objects)}`
  if (input.location !== null) sentence += ` in ${input.location.name ?? romanize(input.location.text)}`
  const date = input.date?.value == null ? null : datePhrase(input.date.value)
  if (date !== null) sentence += ` ${date}`
  const mediators = names(input.mediators)
  if (mediators.length > 0) sentence += `, mediated by ${joinNames(mediators)}`
  if (input.attribution !== undefined)
    sentence += ` — reported by ${sourcePhrase(input.attribution, input.countryNames, input.speakerName ?? NO_NAME)}`
  return sentence
}
