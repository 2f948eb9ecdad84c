/** The kinds of input `isnad analyze` reads, chosen by `--input` or by the file's extension. */
export const INPUT_KINDS = {
  txt: 'one article as plain text',
  jsonl: 'one document per line: {"id","text"|"html","title"?,"published"?,"outlet"?,"url"?}',
  html: 'one web page (boilerplate removed first)',
} as const

export type InputKind = keyof typeof INPUT_KINDS

export const isInputKind = (value: unknown): value is InputKind =>
  typeof value === 'string' && Object.hasOwn(INPUT_KINDS, value)

/** The input kind a file name implies; plain text when the extension says nothing. */
export const inputKindOf = (path: string): InputKind => {
  const lower = path.toLowerCase()
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl'
  if (lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml')) return 'html'
  return 'txt'
}
