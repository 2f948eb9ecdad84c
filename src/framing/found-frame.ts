/**
 * The frame record the stage emits: CONTRACT.md's Frame with the lean of the wording as an extension
 * field, which `framingSummary` counts.
 */
import type { Frame } from '../pipeline/analysis.js'
import type { FrameLean } from '../vocabulary/frame-kinds.js'

export interface FoundFrame extends Frame {
  /** Which way the wording leans about its target, or null when it is only a label. */
  readonly lean: FrameLean | null
}
