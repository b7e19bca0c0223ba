/**
 * "Did you mean": for a query that finds nothing, the indicator or place name one character away
 * (货运亮 → 货运量, 包投 → 包头). Compared with every same-length stretch of each name as well as the
 * whole name, so a typo inside a longer label (进出口货运亮) still finds it.
 */
export interface SuggestionCandidate {
  text: string
  /** How often the name occurs: the commoner of two equally close names wins. */
  weight: number
}

/** One substitution, insertion or deletion apart (Levenshtein distance ≤ 1), not equal. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (long.length - short.length > 1) return false
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1)
  return short.slice(i) === long.slice(i + 1)
}

export function suggest(query: string, candidates: readonly SuggestionCandidate[]): string | null {
  const q = [...query.trim()].join('')
  // One character of two is half the word: too loose to guess from.
  if ([...q].length < 3) return null
  let best: SuggestionCandidate | null = null
  let bestText = ''
  for (const c of candidates) {
    const chars = [...c.text]
    let hit: string | null = null
    if (oneEditApart(q, c.text)) hit = c.text
    else {
      const n = [...q].length
      for (let i = 0; i + n <= chars.length && !hit; i++) {
        const window = chars.slice(i, i + n).join('')
        if (oneEditApart(q, window)) hit = window
      }
    }
    if (hit && (!best || c.weight > best.weight)) {
      best = c
      bestText = hit
    }
  }
  return best ? bestText : null
}
