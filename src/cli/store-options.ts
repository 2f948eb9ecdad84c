/** The store a command works on: `--db FILE` (or $ISNAD_DB, else isnad.db), or `--pg URL` (or $ISNAD_PG). */
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { InputError, UsageError } from '../errors/isnad-error.js'
import { PostgresStore } from '../store/postgres/postgres-store.js'
import { SqliteStore } from '../store/sqlite/sqlite-store.js'
import type { Store } from '../store/store.js'

export const STORE_OPTIONS_HELP = `  --db FILE         the SQLite store (default $ISNAD_DB, else isnad.db)
  --pg URL          a PostgreSQL store instead (default $ISNAD_PG)`

/** parseArgs option declarations shared by the store commands. */
export const STORE_OPTIONS = {
  db: { type: 'string' },
  pg: { type: 'string' },
} as const

const hostOf = (url: string): string => {
  try {
    const parsed = new URL(url)
    return `postgres://${parsed.host}${parsed.pathname}`
  } catch {
    return 'PostgreSQL'
  }
}

export interface StoreChoice {
  readonly db?: string | undefined
  readonly pg?: string | undefined
}

/**
 * Opens the chosen store. `create` is false for commands that only read: a missing file is then an
 * error naming it, rather than a new empty store.
 */
export const openStore = async (choice: StoreChoice, create: boolean): Promise<Store> => {
  const pg = choice.pg ?? (choice.db === undefined ? process.env.ISNAD_PG : undefined)
  if (pg !== undefined && pg !== '') {
    if (!/^postgres(?:ql)?:\/\//.test(pg)) throw new UsageError(`--pg must be a postgres:// URL, not "${pg}"`)
    try {
      return await PostgresStore.open(pg)
    } catch (error) {
      // The URL may hold a password: name the server by host only.
      throw new InputError(hostOf(pg), `cannot open the PostgreSQL store (${(error as Error).message})`)
    }
  }
  const path = resolve(choice.db ?? process.env.ISNAD_DB ?? 'isnad.db')
  if (!create && !existsSync(path)) {
    throw new InputError(path, 'no such store; create it with isnad ingest (or give --db FILE)')
  }
  if (!existsSync(dirname(path))) throw new InputError(path, 'its folder does not exist')
  try {
    return new SqliteStore(path)
  } catch (error) {
    throw new InputError(path, `cannot open the store (${(error as Error).message})`)
  }
}
