/** Process entry of the CLI: `bin/isnad.js` runs the built copy, tests run this file through tsx. */
import { main } from './main.js'

// A closed pipe surfaces in the command that writes (and ends it quietly); not as an uncaught error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})
process.exitCode = await main(process.argv.slice(2))
