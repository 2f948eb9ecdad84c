/**
 * Peak memory of a process tree on Linux, sampled from /proc: each process's VmHWM (its own peak RSS,
 * threads included), summed over the process and its descendants. Elsewhere it reads nothing.
 */
import { readFileSync } from 'node:fs'

const readOrEmpty = (path: string): string => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

/** The process and its descendants, by /proc/PID/task/PID/children. */
const treeOf = (pid: number): number[] => {
  const children = readOrEmpty(`/proc/${pid}/task/${pid}/children`).trim().split(/\s+/).filter(Boolean)
  return [pid, ...children.flatMap((child) => treeOf(Number(child)))]
}

/** kB of peak RSS of one process (VmHWM), 0 when it is gone. */
const peakKilobytes = (pid: number): number => {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readOrEmpty(`/proc/${pid}/status`))
  return match === null ? 0 : Number(match[1])
}

/** Samples the tree every `interval` ms until stopped; `peak()` is the highest sum seen, in kB. */
export const watchTreeMemory = (pid: number, interval = 100) => {
  let peak = 0
  const sample = (): void => {
    peak = Math.max(
      peak,
      treeOf(pid).reduce((sum, each) => sum + peakKilobytes(each), 0),
    )
  }
  const timer = setInterval(sample, interval)
  return {
    peak: (): number => peak,
    stop: (): void => {
      sample()
      clearInterval(timer)
    },
  }
}
