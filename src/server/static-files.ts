/**
 * The web UI's files (built by scripts/build-web.ts into dist/web), read once into memory and served
 * with their types. The UI is small, and serving from memory keeps file-system paths out of requests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

export interface StaticFile {
  readonly body: Uint8Array
  readonly type: string
}

/**
 * Where the built UI is: beside the compiled server (dist/src/server → dist/web), or, run from source,
 * in dist/web of the checkout.
 */
export const defaultWebRoot = (): string => {
  const fromBuild = fileURLToPath(new URL('../../web/', import.meta.url))
  if (existsSync(join(fromBuild, 'index.html'))) return fromBuild
  return fileURLToPath(new URL('../../dist/web/', import.meta.url))
}

/** Every file of `root` by its URL path (`/app.js`); `/` is index.html. Empty when the UI is not built. */
export const loadStaticFiles = (root: string): ReadonlyMap<string, StaticFile> => {
  const files = new Map<string, StaticFile>()
  if (!existsSync(root)) return files
  for (const name of readdirSync(root)) {
    const type = TYPES[extname(name)]
    if (type === undefined) continue
    files.set(`/${name}`, { body: readFileSync(join(root, name)), type })
  }
  const index = files.get('/index.html')
  if (index !== undefined) files.set('/', index)
  return files
}
