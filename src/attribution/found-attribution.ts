/**
 * The attribution record the stage emits: CONTRACT.md's Attribution with two extension fields that tie
 * attributions together, so a reader (and `sourcingProfile`) can tell one source said five things from
 * five sources saying one each.
 */
import type { Attribution } from '../pipeline/analysis.js'

export interface FoundAttribution extends Attribution {
  /**
   * The id of the first attribution with the same speaker (a continuation such as وأضاف, a participle
   * such as مؤكداً, a back-reference such as المصدر), or null when this one introduces its speaker.
   */
  readonly sameSpeakerAs: string | null
  /**
   * The id of the attribution whose content this one is reported in (وأشار المصدر إلى أن الوفد أكد …:
   * the delegation's words come through the source), or null.
   */
  readonly within: string | null
}

/** Whether an attribution carries the extension fields (those read from stored JSON may not). */
export const isFoundAttribution = (attribution: Attribution): attribution is FoundAttribution =>
  'sameSpeakerAs' in attribution && 'within' in attribution
