/** Runs the CLI from source in a child process, the way a user runs `isnad`. */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const entry = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url))

export interface CliResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

export const runCli = (args: readonly string[], stdin?: string | Buffer): CliResult => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
    input: stdin ?? '',
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const batchEntry = fileURLToPath(new URL('./run-cli-batch.ts', import.meta.url))

/** Runs several command lines in one CLI process (see run-cli-batch.ts); one result per command line. */
export const runCliBatch = (commands: readonly (readonly string[])[]): CliResult[] => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', batchEntry], {
    input: JSON.stringify(commands),
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  })
  if (result.status !== 0) throw new Error(`the CLI batch failed: ${result.stderr}`)
  return JSON.parse(result.stdout) as CliResult[]
}
