/** Test helper: the times of a text, and a compact `text → value` view of them. */
import { tokenize } from '../../src/text/tokenize.js'
import { type FoundTime, findTimes } from '../../src/time/find-times.js'

export const timesOf = (text: string, published: string | null = '2025-08-20'): FoundTime[] =>
  findTimes(text, tokenize(text), published)

/** `['text=value', …]`, the shape most assertions compare. */
export const pairsOf = (text: string, published: string | null = '2025-08-20'): string[] =>
  timesOf(text, published).map((time) => `${time.text}=${time.value}`)

/** The value of the only time in `text`. */
export const onlyValue = (text: string, published: string | null = '2025-08-20'): string | null => {
  const times = timesOf(text, published)
  if (times.length !== 1) throw new Error(`expected one time in "${text}", found ${JSON.stringify(times)}`)
  return times[0]!.value
}
