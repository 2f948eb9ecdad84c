/** Whether an event draft meets its trigger's needs (the `needs` column of the trigger files). */
import type { EventDraft } from './event-draft.js'
import type { Need } from './trigger-entry.js'

const met = (draft: EventDraft, need: Need): boolean => {
  switch (need) {
    case 'recipient':
      return draft.recipients.length > 0
    case 'actor':
      return draft.roles.ownActors && draft.actors.length > 0
    case 'participant':
      return (draft.roles.ownActors && draft.actors.length > 0) || draft.recipients.length > 0
    case 'light':
      return draft.roles.light >= 0
    case 'location':
      return draft.location !== null
    case 'content':
      return draft.content
  }
}

/**
 * Every condition holds by one of its alternatives.
 *
 * @example
 *   meetsNeeds(draft)   // false for تهديدًا للأمن الإقليمي: a threat nobody makes
 */
export const meetsNeeds = (draft: EventDraft): boolean =>
  draft.hit.entry.needs.every((alternatives) => alternatives.some((need) => met(draft, need)))
