/**
 * `isnad events [WORDS]`: stored events with filters as flags, or their aggregations: per day and
 * type (--per-day), the most active actors (--top-actors), who acts on whom (--network).
 */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors/isnad-error.js'
import { ploverRecord } from '../export/events-plover.js'
import type { ActorCount, DayCount, EventParticipantRef, NetworkEdge, StoredEvent } from '../store/store.js'
import { writeOut } from './output.js'
import {
  EVENT_FILTER_HELP,
  EVENT_FILTER_OPTIONS,
  eventQueryOf,
  formatOption,
  wholeNumberOption,
} from './query-options.js'
import { openStore, STORE_OPTIONS, STORE_OPTIONS_HELP } from './store-options.js'
import { type Column, writeRows } from './table-output.js'

export const EVENTS_HELP = `Usage: isnad events [WORDS] [options]

Lists stored events, newest document first: type, who did it to whom (actor codes), the English
summary, whose word it rests on. WORDS, when given, keep the events of documents holding them
(matched as isnad search matches).

Options:
${STORE_OPTIONS_HELP}
${EVENT_FILTER_HELP}
  --limit N         at most N events (default 50, at most 1000) or aggregation rows (default 50)
  --offset N        skip the first N events
  --per-day         instead: events per publication day and type
  --top-actors      instead: the actor codes in the most events, by role
  --network         instead: actor → recipient pairs with their counts by event type
  --format F        text (default, a table), json, jsonl, csv, or plover (the listed events as PLOVER
                    records, one per line, as isnad export --format plover writes them)
  -h, --help        this help

Examples:
  isnad events --actor SYRGOV --role recipient --since 2025-01-01
  isnad events القصف --type ASSAULT --format csv > strikes.csv
  isnad events --network --outlet 'عكاظ' --limit 20`

const FORMATS = ['text', 'json', 'jsonl', 'csv', 'plover'] as const

const codes = (list: readonly EventParticipantRef[]): string =>
  list.map((participant) => participant.code ?? participant.text).join('+')

const EVENT_COLUMNS: readonly Column<StoredEvent>[] = [
  { heading: 'published', cell: (event) => event.published },
  { heading: 'outlet', cell: (event) => event.outlet, width: 18 },
  { heading: 'type', cell: (event) => (event.mode ? `${event.type}/${event.mode}` : event.type), width: 24 },
  { heading: 'actor', cell: (event) => codes(event.actors), width: 20 },
  { heading: 'recipient', cell: (event) => codes(event.recipients), width: 20 },
  { heading: 'mediator', cell: (event) => codes(event.mediators), width: 12 },
  { heading: 'modality', cell: (event) => `${event.negated ? 'NOT ' : ''}${event.modality}` },
  {
    heading: 'speaker',
    cell: (event) => (event.attribution ? `${event.attribution.speaker} (${event.attribution.kind})` : null),
    width: 30,
  },
  { heading: 'summary', cell: (event) => event.summary, width: 60 },
  { heading: 'document', cell: (event) => `${event.documentId}#${event.id}`, width: 60 },
]

const DAY_COLUMNS: readonly Column<DayCount>[] = [
  { heading: 'day', cell: (row) => row.day },
  { heading: 'type', cell: (row) => row.type },
  { heading: 'events', cell: (row) => row.count },
]

const ACTOR_COLUMNS: readonly Column<ActorCount>[] = [
  { heading: 'code', cell: (row) => row.code },
  { heading: 'name', cell: (row) => row.name },
  { heading: 'as actor', cell: (row) => row.actor },
  { heading: 'as recipient', cell: (row) => row.recipient },
  { heading: 'as mediator', cell: (row) => row.mediator },
  { heading: 'events', cell: (row) => row.total },
]

const NETWORK_COLUMNS: readonly Column<NetworkEdge>[] = [
  { heading: 'source', cell: (edge) => edge.source },
  { heading: 'target', cell: (edge) => edge.target },
  { heading: 'events', cell: (edge) => edge.total },
  {
    heading: 'by type',
    cell: (edge) =>
      Object.entries(edge.types)
        .sort(([, left], [, right]) => (right ?? 0) - (left ?? 0))
        .map(([type, count]) => `${type}=${count}`)
        .join(';'),
    width: 80,
  },
]

/** Runs `isnad events`; returns the exit code. */
export const runEvents = async (argv: readonly string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...STORE_OPTIONS,
      ...EVENT_FILTER_OPTIONS,
      limit: { type: 'string' },
      offset: { type: 'string' },
      'per-day': { type: 'boolean' },
      'top-actors': { type: 'boolean' },
      network: { type: 'boolean' },
      format: { type: 'string' },
      debug: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    await writeOut(EVENTS_HELP + '\n')
    return 0
  }
  const format = formatOption(values.format, FORMATS)
  const words = positionals.join(' ').trim()
  const query = eventQueryOf(values, words === '' ? null : words)
  const views = [values['per-day'], values['top-actors'], values.network].filter(Boolean).length
  if (views > 1) throw new UsageError('choose one of --per-day, --top-actors, --network')
  if (views > 0 && format === 'plover') throw new UsageError('--format plover lists events, not aggregations')
  const limit = wholeNumberOption('limit', values.limit, 50, 1, views === 0 ? 1000 : 10_000)
  const offset = wholeNumberOption('offset', values.offset, 0, 0, 10_000_000)
  const store = await openStore(values, false)
  try {
    if (format === 'plover') {
      const { events } = await store.events({ ...query, limit, offset })
      await writeOut(events.map((event) => `${JSON.stringify(ploverRecord(event))}\n`).join(''))
    } else if (values['per-day']) await writeRows(format, DAY_COLUMNS, await store.eventsPerDay(query))
    else if (values['top-actors'])
      await writeRows(format, ACTOR_COLUMNS, await store.topActors(query, { limit }))
    else if (values.network)
      await writeRows(format, NETWORK_COLUMNS, await store.actorNetwork(query, { limit }))
    else {
      const result = await store.events({ ...query, limit, offset })
      await writeRows(format, EVENT_COLUMNS, result.events, {
        document: result,
        footer: `${result.events.length === 0 ? 0 : `${offset + 1}–${offset + result.events.length}`} of ${result.total} events`,
      })
    }
    return 0
  } finally {
    await store.close()
  }
}
