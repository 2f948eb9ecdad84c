/**
 * Finding and reading the data files under `data/`. They ship with the package, so their place is found
 * from this module's own location, whether it runs from `src/` (tsx) or from `dist/src/` (built).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const findPackageRoot = (): string => {
  let directory = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory)
    if (parent === directory)
      throw new Error('isnad: cannot find the package root (package.json) above ' + directory)
    directory = parent
  }
  return directory
}

/** The package's root folder, the one holding `data/` and `models/`. */
export const packageRoot: string = findPackageRoot()

/** The absolute path of a file under the package root, e.g. `resolvePackagePath('data', 'x.tsv')`. */
export const resolvePackagePath = (...parts: string[]): string => join(packageRoot, ...parts)

/**
 * The rows of a TSV data file under `data/`: `#` header lines and blank lines skipped, cells split on TAB.
 *
 * @example
 *   readTsvRows('cleanup/boilerplate.tsv') // → [['related-links', 'block', 'قد يعجبك ايضا'], …]
 */
export const readTsvRows = (relativePath: string): string[][] => {
  const rows: string[][] = []
  for (const line of readFileSync(resolvePackagePath('data', relativePath), 'utf8').split('\n')) {
    const trimmed = line.replace(/\r$/, '')
    if (trimmed === '' || trimmed.startsWith('#')) continue
    rows.push(trimmed.split('\t'))
  }
  return rows
}
