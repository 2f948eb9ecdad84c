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
