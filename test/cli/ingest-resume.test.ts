import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { runCli } from '../helpers/run-cli.js'

const entry = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url))
const folder = mkdtempSync(join(tmpdir(), 'isnad-resume-'))
const corpus = join(folder, 'corpus')
const db = join(folder, 'store.db')
const TOTAL = 150
const PLACES = ['العاصمة', 'المدينة', 'الميناء', 'الحدود', 'الجامعة', 'المطار']

mkdirSync(corpus)
for (let index = 0; index < TOTAL; index++) {
  // Each text distinct (its number written in words and figures), so none is a duplicate of another.
  const place = PLACES[index % PLACES.length]
  writeFileSync(
    join(corpus, `doc-${String(index).padStart(3, '0')}.txt`),
    `اجتمع وفد رقم ${index} مع مسؤولين في ${place} لبحث الملف ${index * 7} وقال المتحدث إن الجولة ${index + 3} ستعقد لاحقا في ${PLACES[(index + 1) % PLACES.length]}.`,
  )
}

const storedCount = (): number => {
  if (!existsSync(db)) return 0
  try {
    const reader = new Database(db, { readonly: true, fileMustExist: true })
    try {
      return (reader.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n
    } finally {
      reader.close()
    }
  } catch {
    return 0 // the schema is not there yet
  }
}

test('kill -9 in the middle of an ingest loses nothing committed; a re-run stores the rest', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', entry, 'ingest', corpus, '--db', db, '--workers', '1'],
    {
      stdio: 'ignore',
    },
  )
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const deadline = Date.now() + 60_000
  while (storedCount() < 10 && Date.now() < deadline) await sleep(50)
  child.kill('SIGKILL')
  await exited
  const before = storedCount()
  assert.ok(before >= 10, `${before} documents were stored before the kill`)
  const reader = new Database(db, { readonly: true })
  assert.equal(reader.pragma('integrity_check', { simple: true }), 'ok')
  // Every stored document has its analysis: no half-written document.
  const orphans = reader
    .prepare(
      'SELECT count(*) AS n FROM documents d LEFT JOIN analyses a ON a.document_id = d.id WHERE a.document_id IS NULL',
    )
    .get() as { n: number }
  assert.equal(orphans.n, 0)
  reader.close()

  const rerun = runCli(['ingest', corpus, '--db', db, '--workers', '1'])
  assert.equal(rerun.status, 0, rerun.stderr)
  const summary = rerun.stderr.trim().split('\n').at(-1)!
  const stored = Number(/(\d+) stored/.exec(summary)?.[1])
  const skipped = Number(/(\d+) duplicates skipped/.exec(summary)?.[1])
  assert.equal(stored + skipped, TOTAL, summary)
  assert.equal(skipped, before, 'what was committed before the kill is skipped, not stored twice')
  assert.equal(storedCount(), TOTAL)
})
