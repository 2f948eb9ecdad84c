/** Writing to stdout and stderr, with back-pressure respected so large batches don't pile up in memory. */
import { once } from 'node:events'

/** Writes a chunk to stdout, waiting when the pipe is full. */
export const writeOut = async (chunk: string): Promise<void> => {
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain')
}

/** One line on stderr in the contract's shape: `isnad: <what>: <why>`. */
export const reportError = (what: string, why: string): void => {
  process.stderr.write(`isnad: ${what}: ${why}\n`)
}
