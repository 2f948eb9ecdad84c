/**
 * Four hand-made reports for the read-query contract: a story told by two outlets (one cluster), a
 * strike reported by one, and an undated note with no events. Spans are found in the text, so the
 * fixtures stay true when a sentence is reworded.
 */
import { fingerprint, textHash } from '../../src/ingest/fingerprint.js'
import type { Analysis, Attribution, Event, EventParticipant, Frame } from '../../src/pipeline/analysis.js'
import type { DocumentRecord } from '../../src/store/store.js'

const spanOf = (text: string, words: string) => {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`fixture: "${words}" is not in the text`)
  return { start, end: start + words.length, text: words }
}

const sentencesOf = (text: string) => {
  const spans: { start: number; end: number }[] = []
  let start = 0
  for (const match of text.matchAll(/\./g)) {
    spans.push({ start, end: match.index + 1 })
    start = match.index + 2
  }
  if (start < text.length) spans.push({ start, end: text.length })
  return spans
}

const who = (code: string, text: string, name: string): EventParticipant => ({
  code,
  text,
  entity: null,
  name,
})

interface EventSketch {
  readonly type: Event['type']
  readonly trigger: string
  readonly sentence: number
  readonly mode?: Event['mode']
  readonly actors?: EventParticipant[]
  readonly recipients?: EventParticipant[]
  readonly place?: { text: string; name: string; country: string }
  readonly negated?: boolean
  readonly modality?: Event['modality']
  readonly attribution?: string
  readonly summary: string
}

interface DocumentSketch {
  readonly id: string
  readonly title: string
  readonly outlet: string
  readonly published: string | null
  readonly cluster: string
  readonly signature: string | null
  readonly text: string
  readonly entities?: { words: string; type: 'LOC' | 'ORG' | 'PERS'; code?: string; latin?: string }[]
  readonly events?: EventSketch[]
  readonly attributions?: {
    id: string
    speaker: string
    kind: Attribution['speaker']['kind']
    code?: string
    cue: string
  }[]
  readonly frames?: {
    words: string
    kind: Frame['kind']
    target: string | null
    lean?: 'negative' | 'positive'
  }[]
  readonly sourcing: Analysis['sourcing']
}

const analysisOf = (sketch: DocumentSketch): Analysis => {
  const { text } = sketch
  return {
    schema: 'isnad.analysis/1',
    doc: {
      id: sketch.id,
      title: sketch.title,
      outlet: sketch.outlet,
      url: `https://example.org/${sketch.id}`,
      published: sketch.published,
      language: 'ar',
      text,
    },
    removed: [],
    sentences: sentencesOf(text),
    entities: (sketch.entities ?? []).map((entity, index) => ({
      id: `e${index + 1}`,
      ...spanOf(text, entity.words),
      type: entity.type,
      actor: entity.code ? { code: entity.code, name: entity.code } : null,
      country: null,
      latin: entity.latin ?? null,
    })),
    events: (sketch.events ?? []).map((event, index) => ({
      id: `v${index + 1}`,
      type: event.type,
      mode: event.mode ?? null,
      cameo: null,
      trigger: spanOf(text, event.trigger),
      sentence: event.sentence,
      actors: event.actors ?? [],
      recipients: event.recipients ?? [],
      mediators: [],
      location: event.place
        ? { ...spanOf(text, event.place.text), name: event.place.name, country: event.place.country }
        : null,
      date: null,
      negated: event.negated ?? false,
      modality: event.modality ?? 'asserted',
      attribution: event.attribution ?? null,
      summary: event.summary,
    })),
    attributions: (sketch.attributions ?? []).map((attribution) => {
      const speaker = spanOf(text, attribution.speaker)
      return {
        id: attribution.id,
        speaker: { ...speaker, kind: attribution.kind, code: attribution.code ?? null },
        via: [],
        cue: spanOf(text, attribution.cue),
        content: { start: speaker.end, end: text.length },
        direct: false,
      }
    }),
    frames: (sketch.frames ?? []).map((frame) => ({
      ...spanOf(text, frame.words),
      kind: frame.kind,
      target: frame.target,
      neutral: null,
      ...(frame.lean ? { lean: frame.lean } : {}),
    })),
    times: [],
    sourcing: sketch.sourcing,
    framing: [],
    messages: [],
  }
}

const profile = (counts: Partial<Analysis['sourcing']>): Analysis['sourcing'] => ({
  named: 0,
  anonymous: 0,
  officialBodies: 0,
  outlets: 0,
  documents: 0,
  attributions: 0,
  singleSource: false,
  ownVoiceShare: 1,
  ...counts,
})

const JORDAN = who('JORGOV', 'وزير الخارجية الأردني', 'Jordan (government)')
const SYRIA = who('SYRGOV', 'نظيره السوري', 'Syria (government)')

export const DESK_SKETCHES: readonly DocumentSketch[] = [
  {
    id: 'a1',
    title: 'لقاء في عمّان',
    outlet: 'الوادي',
    published: '2025-03-10',
    cluster: 'a1',
    signature: 'CONSULT|JOR,SYR|JOR',
    text: 'التقى وزير الخارجية الأردني نظيره السوري في عمّان أمس. وقال مصدر مطلع إن الجانبين لم يتفقا على تقاسم المياه.',
    entities: [
      { words: 'وزير الخارجية الأردني', type: 'PERS', code: 'JORGOV' },
      { words: 'عمّان', type: 'LOC', latin: 'Amman' },
    ],
    events: [
      {
        type: 'CONSULT',
        mode: 'host',
        trigger: 'التقى',
        sentence: 0,
        actors: [JORDAN],
        recipients: [SYRIA],
        place: { text: 'عمّان', name: 'Amman', country: 'JOR' },
        summary: 'Jordan met Syria in Amman',
      },
      {
        type: 'AGREE',
        trigger: 'يتفقا',
        sentence: 1,
        actors: [JORDAN],
        recipients: [SYRIA],
        negated: true,
        modality: 'reported',
        attribution: 'q1',
        summary: 'Jordan did not agree with Syria',
      },
    ],
    attributions: [{ id: 'q1', speaker: 'مصدر مطلع', kind: 'anonymous', cue: 'وقال' }],
    sourcing: profile({ anonymous: 1, attributions: 1, singleSource: true, ownVoiceShare: 0.5 }),
  },
  {
    id: 'b1',
    title: 'مباحثات أردنية سورية حول المياه',
    outlet: 'الشروق',
    published: '2025-03-11',
    cluster: 'a1',
    signature: 'CONSULT|JOR,SYR|JOR',
    text: 'بحث الوزير الأردني مع الوفد السوري ملف المياه بحسب بيان وزارة الخارجية. واتهم الوزير الاحتلال بسرقة المياه.',
    entities: [{ words: 'الوزير الأردني', type: 'PERS', code: 'JORGOV' }],
    events: [
      {
        type: 'CONSULT',
        trigger: 'بحث',
        sentence: 0,
        actors: [who('JORGOV', 'الوزير الأردني', 'Jordan (government)')],
        recipients: [who('SYRGOV', 'الوفد السوري', 'Syria (government)')],
        modality: 'reported',
        attribution: 'q1',
        summary: 'Jordan discussed water with Syria',
      },
      {
        type: 'ACCUSE',
        trigger: 'واتهم',
        sentence: 1,
        actors: [who('JORGOV', 'الوزير', 'Jordan (government)')],
        recipients: [who('ISR', 'الاحتلال', 'Israel')],
        summary: 'Jordan accused Israel',
      },
    ],
    attributions: [
      { id: 'q1', speaker: 'وزارة الخارجية', kind: 'official-body', code: 'JORGOV', cue: 'بحسب' },
    ],
    frames: [{ words: 'الاحتلال', kind: 'loaded-term', target: 'ISR', lean: 'negative' }],
    sourcing: profile({ officialBodies: 1, attributions: 1, singleSource: true, ownVoiceShare: 0.6 }),
  },
  {
    id: 'c1',
    title: 'غارة قرب الحدود',
    outlet: 'الوادي',
    published: '2025-03-12',
    cluster: 'c1',
    signature: 'ASSAULT|ISR,SYR|SYR',
    text: 'قصفت طائرات إسرائيلية موقعا قرب الحدود السورية وقال المتحدث باسم الجيش إن الغارة أصابت مخزنا نقلا عن رويترز. وقد تنسحب القوات لاحقا.',
    events: [
      {
        type: 'ASSAULT',
        mode: 'air-strike',
        trigger: 'قصفت',
        sentence: 0,
        actors: [who('ISRMIL', 'طائرات إسرائيلية', 'Israel (military)')],
        recipients: [who('SYR', 'الحدود السورية', 'Syria')],
        summary: 'Israel struck Syria',
      },
      {
        type: 'RETREAT',
        mode: 'withdraw',
        trigger: 'تنسحب',
        sentence: 1,
        actors: [who('ISRMIL', 'القوات', 'Israel (military)')],
        modality: 'hypothetical',
        summary: 'Israel may withdraw',
      },
    ],
    attributions: [
      { id: 'q1', speaker: 'المتحدث باسم الجيش', kind: 'official-body', code: 'ISRMIL', cue: 'وقال' },
      { id: 'q2', speaker: 'رويترز', kind: 'outlet', cue: 'نقلا' },
    ],
    frames: [{ words: 'الغارة', kind: 'label', target: null }],
    sourcing: profile({
      officialBodies: 1,
      outlets: 1,
      attributions: 2,
      singleSource: false,
      ownVoiceShare: 0.4,
    }),
  },
  {
    id: 'd1',
    title: 'حالة الطقس',
    outlet: 'الشروق',
    published: null,
    cluster: 'd1',
    signature: null,
    text: 'يسود طقس معتدل في معظم المناطق مع رياح خفيفة.',
    sourcing: profile({}),
  },
]

const recordOf = (sketch: DocumentSketch): DocumentRecord => ({
  analysis: analysisOf(sketch),
  keys: {
    urlKey: `example.org/${sketch.id}`,
    textHash: textHash(sketch.text),
    fingerprint: fingerprint(sketch.text),
    wire: null,
  },
  source: `${sketch.id}.txt`,
  clusterId: sketch.cluster,
  signature: sketch.signature,
})

/** The four reports as records for `putDocuments`. */
export const deskRecords = (): DocumentRecord[] => DESK_SKETCHES.map(recordOf)

/** `count` small dated reports with one event each, for paging the iterators past a batch. */
export const manyRecords = (count: number): DocumentRecord[] =>
  Array.from({ length: count }, (_, index) => {
    const day = String((index % 28) + 1).padStart(2, '0')
    return recordOf({
      id: `m${String(index).padStart(4, '0')}`,
      title: `خبر ${index}`,
      outlet: index % 2 === 0 ? 'الوادي' : 'الشروق',
      published: `2025-02-${day}`,
      cluster: `m${index}`,
      signature: null,
      text: `اجتمع المجلس البلدي في جلسته رقم ${index} لبحث الميزانية.`,
      events: [{ type: 'CONSULT', trigger: 'اجتمع', sentence: 0, summary: 'a council met' }],
      sourcing: profile({}),
    })
  })
