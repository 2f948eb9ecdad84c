/** The Arabic text layer: folding with offset maps, clitic readings, tokens and sentences. */
export { cliticReadings, lightStem } from './clitics.js'
export type { FoldedText, FoldOptions } from './fold.js'
export { foldText, foldWord, originalSpan } from './fold.js'
export { splitSentences } from './sentences.js'
export type { CliticReading, Token, TokenKind } from './token.js'
export { TOKEN_KINDS } from './token.js'
export { tokenize } from './tokenize.js'
