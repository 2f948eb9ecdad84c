/**
 * The process that `npm run bench -- --ingest` times: one `isnad ingest` run, then its own peak RSS
 * (worker threads included: they share the process) as one JSON line on stdout.
 */
import { runIngest } from '../../src/cli/ingest-command.js'

const code = await runIngest(process.argv.slice(2))
process.stdout.write(`${JSON.stringify({ code, maxRssKilobytes: process.resourceUsage().maxRSS })}\n`)
