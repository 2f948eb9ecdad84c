/**
 * Runs several `isnad` command lines in one process (main(), in order), capturing what each writes:
 * the command lines come as a JSON array of argument arrays on stdin, the results go to stdout as one
 * JSON array of {status, stdout, stderr}. One process start for many commands keeps CLI tests quick.
 */
import { main } from '../../src/cli/main.js'

const chunks: Buffer[] = []
for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
const commands = JSON.parse(Buffer.concat(chunks).toString('utf8')) as string[][]

const realOut = process.stdout.write.bind(process.stdout)
const results: { status: number; stdout: string; stderr: string }[] = []
for (const argv of commands) {
  const out: string[] = []
  const err: string[] = []
  process.stdout.write = ((chunk: string | Uint8Array) =>
    out.push(String(chunk)) > 0) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) =>
    err.push(String(chunk)) > 0) as typeof process.stderr.write
  const status = await main(argv)
  results.push({ status, stdout: out.join(''), stderr: err.join('') })
}
process.stdout.write = realOut
realOut(JSON.stringify(results))
