/**
 * What keeps untrusted article text inert in the browser and the API closed to strangers: a strict
 * Content-Security-Policy (scripts and styles only from this server, nothing inline, no plugins, no
 * framing), nosniff, no referrer; and the bearer-token check for writes (and for reads off loopback).
 */
import { timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { ApiError } from './api-error.js'

/** The Content-Security-Policy every response carries. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
}

export const securityHeaders = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    crossOriginResourcePolicy: 'same-origin',
  })

const sameToken = (given: string, expected: string): boolean => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Requires `Authorization: Bearer <token>`. With no token configured, the guarded requests are refused
 * outright (403): a server started without a token takes no writes.
 */
export const requireToken = (token: string | null, what: string): MiddlewareHandler => {
  return async (c, next) => {
    if (token === null) {
      throw new ApiError('forbidden', `${what} are off: start isnad serve with --token or ISNAD_TOKEN`)
    }
    const header = c.req.header('authorization') ?? ''
    const match = /^Bearer\s+(\S+)$/i.exec(header)
    if (match === null || !sameToken(match[1]!, token)) {
      c.header('WWW-Authenticate', 'Bearer')
      throw new ApiError('unauthorized', `${what} need the header Authorization: Bearer <token>`)
    }
    await next()
  }
}

/** True for addresses only this machine can reach. */
export const isLoopbackHost = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)
