/** The JSON API, from the browser: GET with query parameters, POST with a JSON body, errors as ApiFailure. */

export class ApiFailure extends Error {
  readonly code: string
  readonly status: number
  constructor(status: number, code: string, message: string) {
    super(message)
    this.status = status
    this.code = code
  }
}

type Params = Readonly<Record<string, string | number | boolean | null | undefined>>

const withParams = (path: string, params: Params = {}): string => {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '' || value === false) continue
    query.set(name, String(value))
  }
  const text = query.toString()
  return text === '' ? path : `${path}?${text}`
}

const answer = async <T>(response: Response): Promise<T> => {
  const body = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string }
  } | null
  if (!response.ok) {
    throw new ApiFailure(
      response.status,
      body?.error?.code ?? 'internal',
      body?.error?.message ?? response.statusText,
    )
  }
  return body as T
}

export const getJson = async <T>(path: string, params?: Params): Promise<T> =>
  answer<T>(await fetch(withParams(path, params), { headers: { accept: 'application/json' } }))

export const postJson = async <T>(path: string, body: unknown): Promise<T> =>
  answer<T>(
    await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  )
