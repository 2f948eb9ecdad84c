/**
 * The `--format text` report: an Analysis laid out for a person to read, in Arabic with English glosses.
 */
import type { Analysis } from '../pipeline/analysis.js'
import { ENTITY_TYPES } from '../vocabulary/entity-types.js'
import { PLOVER_TYPES } from '../vocabulary/plover.js'

const RULE = '─'.repeat(60)

const section = (title: string, lines: readonly string[]): string[] =>
  lines.length === 0 ? [] : ['', `${title} (${lines.length})`, RULE, ...lines]

const orDash = (value: string | null | undefined): string =>
  value === null || value === undefined ? '—' : value

const sourcingLines = (analysis: Analysis): string[] => {
  const sourcing = analysis.sourcing
  if (sourcing.attributions === 0) return []
  return [
    '',
    'Sourcing / المصادر',
    RULE,
    `named ${sourcing.named} · anonymous ${sourcing.anonymous} · official bodies ${sourcing.officialBodies} · ` +
      `outlets ${sourcing.outlets} · documents ${sourcing.documents}`,
    `${sourcing.singleSource ? 'rests on a single source' : 'more than one source'}; ` +
      `the outlet's own voice: ${Math.round(sourcing.ownVoiceShare * 100)}% of the text`,
  ]
}

/** Renders one Analysis as a readable report. */
export const formatTextReport = (analysis: Analysis): string => {
  const { doc } = analysis
  const lines: string[] = [
    `isnad · ${doc.id}`,
    `Title / العنوان:      ${orDash(doc.title)}`,
    `Outlet / المصدر:      ${orDash(doc.outlet)}`,
    `Published / النشر:    ${orDash(doc.published)}`,
    `URL:                  ${orDash(doc.url)}`,
    `Text / النص:          ${doc.text.length} characters, ${analysis.sentences.length} sentences`,
  ]
  lines.push(
    ...section(
      'Events / الأحداث',
      analysis.events.map((event) => {
        const gloss = PLOVER_TYPES[event.type].gloss
        const flags = [event.negated ? 'negated' : null, event.modality].filter(Boolean).join(', ')
        return `• ${event.type} (${gloss}) «${event.trigger.text}» — ${event.summary} [${flags}]`
      }),
    ),
    ...section(
      'Attributions / الإسناد',
      analysis.attributions.map((attribution) => {
        const chain = [attribution.speaker.text, ...attribution.via.map((relay) => relay.text)].join(' ← ')
        return `• ${chain} (${attribution.speaker.kind}) «${attribution.cue.text}»${attribution.direct ? ' direct quote' : ''}`
      }),
    ),
    ...sourcingLines(analysis),
    ...section(
      'Entities / الكيانات',
      analysis.entities.map((entity) => {
        const actor = entity.actor ? ` → ${entity.actor.code} ${entity.actor.name}` : ''
        return `• ${entity.text} — ${entity.type} (${ENTITY_TYPES[entity.type]}) ${orDash(entity.latin)}${actor}`
      }),
    ),
    ...section(
      'Framing / التأطير',
      analysis.frames.map(
        (frame) =>
          `• «${frame.text}» — ${frame.kind} → ${orDash(frame.target)}; neutral: ${orDash(frame.neutral)}`,
      ),
    ),
    ...section(
      'Framing by target / التأطير حسب الطرف',
      analysis.framing.map(
        (target) =>
          `• ${orDash(target.target)}: ${target.total} (loaded terms ${target.kinds['loaded-term']}, ` +
          `scare quotes ${target.kinds['scare-quotes']}, labels ${target.kinds.label}; ` +
          `negative ${target.leans.negative}, positive ${target.leans.positive})`,
      ),
    ),
    ...section(
      'Times / الأزمنة',
      analysis.times.map(
        (time) => `• ${time.text} = ${orDash(time.value)} (${orDash(time.precision)}, ${time.calendar})`,
      ),
    ),
    ...section(
      'Removed / المحذوف',
      analysis.removed.map((removed) => `• [${removed.reason}] ${removed.text.replace(/\n/g, ' / ')}`),
    ),
    ...section(
      'Warnings / تنبيهات',
      analysis.messages.map((message) => `• ${message.stage}: ${message.text}`),
    ),
  )
  return lines.join('\n') + '\n'
}
