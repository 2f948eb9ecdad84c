/**
 * A document's framing by target actor: how many loaded terms, scare quotes and labels point at each
 * actor, and which way they lean.
 */
import type { Frame } from '../pipeline/analysis.js'
import { FRAME_KINDS, FRAME_LEANS, type FrameKind, type FrameLean } from '../vocabulary/frame-kinds.js'

export interface TargetFraming {
  /** The actor code the wording characterises, or null for frames with no knowable target. */
  readonly target: string | null
  readonly total: number
  readonly kinds: Readonly<Record<FrameKind, number>>
  /** Frames by lean; frames without one (a neutral label) are in `total` only. */
  readonly leans: Readonly<Record<FrameLean, number>>
}

const zeros = <Key extends string>(keys: readonly Key[]): Record<Key, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<Key, number>

const KINDS = Object.keys(FRAME_KINDS) as FrameKind[]
const LEANS = Object.keys(FRAME_LEANS) as FrameLean[]

const leanOf = (frame: Frame): FrameLean | null => {
  const lean = (frame as { lean?: unknown }).lean
  return typeof lean === 'string' && Object.hasOwn(FRAME_LEANS, lean) ? (lean as FrameLean) : null
}

/**
 * Counts frames per target, the most framed target first (ties by code, null last).
 *
 * @example
 *   framingSummary(document.frames)
 *   // [{ target: 'ISR', total: 6, kinds: { 'loaded-term': 4, 'scare-quotes': 2, label: 0 }, leans: { negative: 6, positive: 0 } }, …]
 */
export const framingSummary = (frames: readonly Frame[]): TargetFraming[] => {
  const byTarget = new Map<
    string | null,
    { total: number; kinds: Record<FrameKind, number>; leans: Record<FrameLean, number> }
  >()
  for (const frame of frames) {
    let entry = byTarget.get(frame.target)
    if (entry === undefined) {
      entry = { total: 0, kinds: zeros(KINDS), leans: zeros(LEANS) }
      byTarget.set(frame.target, entry)
    }
    entry.total++
    entry.kinds[frame.kind]++
    const lean = leanOf(frame)
    if (lean !== null) entry.leans[lean]++
  }
  return [...byTarget]
    .map(([target, counts]) => ({ target, ...counts }))
    .sort(
      (left, right) =>
        right.total - left.total ||
        (left.target === null ? 1 : 0) - (right.target === null ? 1 : 0) ||
        (left.target ?? '').localeCompare(right.target ?? ''),
    )
}
