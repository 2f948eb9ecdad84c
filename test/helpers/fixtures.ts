/** The golden fixtures under test/fixtures/analyze: each NAME.txt with its NAME.expected.json. */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface GoldenExpectation {
  readonly published?: string
  readonly title?: string | null
  readonly removed?: readonly { text: string; reason: string }[]
  readonly sentences?: readonly string[]
  readonly text_must_not_contain?: readonly string[]
}

export interface GoldenFixture {
  readonly name: string
  readonly text: string
  readonly expected: GoldenExpectation
}

const folder = fileURLToPath(new URL('../fixtures/analyze/', import.meta.url))

export const goldenFixtures = (): GoldenFixture[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length)
      return {
        name,
        text: readFileSync(folder + file, 'utf8'),
        expected: JSON.parse(readFileSync(`${folder}${name}.expected.json`, 'utf8')) as GoldenExpectation,
      }
    })
