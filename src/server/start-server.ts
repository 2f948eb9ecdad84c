/** Runs an app on a Node HTTP server: listening on `host:port` (0 picks a free port), with request time limits. */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type { Hono } from 'hono'

export interface RunningServer {
  /** `http://127.0.0.1:8080` */
  readonly url: string
  readonly port: number
  close(): Promise<void>
}

/** Starts the server; resolves once it listens. */
export const startServer = (app: Hono, host: string, port: number): Promise<RunningServer> =>
  new Promise((resolve, reject) => {
    const server = serve({
      fetch: app.fetch,
      hostname: host,
      port,
      // A slow client cannot hold a connection open: the whole request within 60 s, headers within 10 s.
      serverOptions: { requestTimeout: 60_000, headersTimeout: 10_000 },
    })
    server.once('error', reject)
    server.once('listening', () => {
      const address = server.address() as AddressInfo
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address
      resolve({
        url: `http://${shown}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            ;(server as { closeAllConnections?: () => void }).closeAllConnections?.()
          }),
      })
    })
  })
