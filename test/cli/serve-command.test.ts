import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { runCli } from '../helpers/run-cli.js'

const entry = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url))

test('isnad serve: bad usage exits 2, a missing store 1, each with one line', () => {
  const port = runCli(['serve', '--port', 'eighty'])
  assert.equal(port.status, 2)
  assert.match(port.stderr, /^isnad: serve: --port must be a port number/)
  const exposed = runCli(['serve', '--db', 'no-such-store.db', '--host', '0.0.0.0'])
  assert.equal(exposed.status, 2)
  assert.match(exposed.stderr, /not loopback\) needs --token/)
  const missing = runCli(['serve', '--db', 'no-such-store.db'])
  assert.equal(missing.status, 1)
  assert.match(missing.stderr, /no such store/)
  assert.equal(runCli(['serve', '--help']).status, 0)
  assert.equal(runCli(['demo', '--help']).status, 0)
})

test('isnad demo: serves the sample articles, the UI and pasted-text analysis; SIGTERM stops it (exit 0)', {
  timeout: 120_000,
}, async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, 'demo', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk
      const match = /listening on (http:\/\/\S+)/.exec(stderr)
      if (match) resolve(match[1]!)
    })
    child.on('exit', (code) => reject(new Error(`isnad demo exited with ${code}: ${stderr}`)))
  })
  try {
    assert.match(stderr, /isnad: demo: 10 sample articles/)
    const stats = (await (await fetch(`${url}/api/stats`)).json()) as { documents: number; clusters: number }
    assert.equal(stats.documents, 10)
    const page = await fetch(`${url}/`)
    if (page.status === 200) assert.match(await page.text(), /<html lang="ar" dir="rtl">/)
    const analyzed = await fetch(`${url}/api/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: 'التقى وزير الخارجية المصري نظيره القطري في القاهرة أمس.',
        published: '2025-09-18',
      }),
    })
    assert.equal(analyzed.status, 200)
    const analysis = (await analyzed.json()) as { events: { type: string }[] }
    assert.ok(analysis.events.some((event) => event.type === 'CONSULT'))
    const write = await fetch(`${url}/api/documents`, { method: 'POST', body: '{}' })
    assert.equal(write.status, 403)
  } finally {
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    assert.equal(await exited, 0)
  }
})
