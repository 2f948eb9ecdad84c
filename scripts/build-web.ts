/**
 * Builds the web UI into dist/web: src/web/main.ts bundled by esbuild into one ES module (d3-geo and the
 * world atlas inside it: no CDN, works offline), and the static files (index.html, app.css) copied beside
 * it. Run by `npm run build` (so by `npm ci` through `prepare`); the browser tests build into a folder of
 * their own.
 *
 *   node --import tsx scripts/build-web.ts [OUT_DIR]
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const webSource = fileURLToPath(new URL('../src/web/', import.meta.url))

/** Bundles the UI into `outDir`; resolves when it is written. */
export const buildWeb = async (outDir: string): Promise<void> => {
  mkdirSync(outDir, { recursive: true })
  await build({
    entryPoints: [join(webSource, 'main.ts')],
    outfile: join(outDir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
  })
  const staticFolder = join(webSource, 'static')
  for (const name of readdirSync(staticFolder)) copyFileSync(join(staticFolder, name), join(outDir, name))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWeb(process.argv[2] ?? fileURLToPath(new URL('../dist/web/', import.meta.url)))
}
