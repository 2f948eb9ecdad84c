/**
 * The matching key of a token for the time vocabulary: its folded form with ة read as ه, so سنة/سنه and
 * الجمعة/الجمعه meet. Tokens are folded with ة kept (other lexicons want it), so only that letter is left.
 */

/**
 * @example
 *   timeKey('الجمعة') // 'الجمعه'
 *   timeKey('امس')    // 'امس' (the same string, no copy)
 */
export const timeKey = (folded: string): string =>
  folded.indexOf('ة') < 0 ? folded : folded.replaceAll('ة', 'ه')
