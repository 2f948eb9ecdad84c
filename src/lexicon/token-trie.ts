/**
 * A trie keyed by sequences of folded tokens: the compiled form of a multi-word lexicon. Each step is a
 * hash lookup, so matching a text costs one lookup per token tried, whatever the lexicon's size.
 */

export interface TrieNode<Value> {
  children: Map<string, TrieNode<Value>> | undefined
  values: Value[] | undefined
}

export const createTrieNode = <Value>(): TrieNode<Value> => ({ children: undefined, values: undefined })

/** Adds `value` under the key sequence `keys` (one folded token each); a value is stored once per node. */
export const trieInsert = <Value>(root: TrieNode<Value>, keys: readonly string[], value: Value): void => {
  let node = root
  for (const key of keys) {
    node.children ??= new Map()
    let child = node.children.get(key)
    if (child === undefined) {
      child = createTrieNode()
      node.children.set(key, child)
    }
    node = child
  }
  node.values ??= []
  if (!node.values.includes(value)) node.values.push(value)
}

/** The node reached from `node` by one key, or undefined. */
export const trieStep = <Value>(node: TrieNode<Value>, key: string): TrieNode<Value> | undefined =>
  node.children?.get(key)

/** Visits every node that holds values (for sorting values once after all inserts). */
export const trieForEachValues = <Value>(root: TrieNode<Value>, visit: (values: Value[]) => void): void => {
  const stack: TrieNode<Value>[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.values !== undefined) visit(node.values)
    if (node.children !== undefined) for (const child of node.children.values()) stack.push(child)
  }
}
