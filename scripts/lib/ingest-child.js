/**
 * The process that `npm run bench -- --ingest` times: one compiled `isnad ingest` run (dist/, built by
 * `npm run build`: the code a user runs, no tsx), then one JSON line on stdout with its exit code, its
 * own peak RSS (worker threads included: they share the process) and CPU seconds — of the main thread
 * (reading, duplicate checks, clusters, store writes) and of the whole process. Plain JavaScript, so
 * nothing compiles it on the way.
 */
import { readFileSync } from 'node:fs'
import { runIngest } from '../../dist/src/cli/ingest-command.js'

/** CPU seconds of this process's main thread (Linux: /proc/self/task/PID/stat, utime + stime), or null. */
const mainThreadSeconds = () => {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}

const code = await runIngest(process.argv.slice(2))
const usage = process.resourceUsage()
process.stdout.write(
  `${JSON.stringify({
    code,
    maxRssKilobytes: usage.maxRSS,
    mainCpuSeconds: mainThreadSeconds(),
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
  })}\n`,
)
