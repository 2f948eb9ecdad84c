const MAX_QUOTED = 8

/**
 * Short quoted stretches (titles of programmes, books, newspapers: برنامج « الناس وأنا »): for each
 * token inside one, the indexes of its opening and closing quote. Quotes pair up in order; ANERcorp
 * writes them as " « » or a doubled ' ' (folded, « and » are ").
 *
 * @example
 *   quotedSpans(['برنامج', '"', 'الناس', 'وانا', '"']) // → [undefined, undefined, [1, 4], [1, 4], undefined]
 */
export const quotedSpans = (keys: readonly string[]): ([number, number] | undefined)[] => {
  const spans: ([number, number] | undefined)[] = new Array(keys.length)
  let open = -1
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!
    const isQuote = key === '"' || (key === "'" && keys[index + 1] === "'")
    if (!isQuote) continue
    if (open >= 0 && index - open - 1 >= 1 && index - open - 1 <= MAX_QUOTED) {
      for (let inside = open + 1; inside < index; inside++) spans[inside] = [open, index]
      open = -1
    } else open = index
    if (key === "'") index++
  }
  return spans
}
