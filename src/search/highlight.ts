import { findTerm, foldText } from './tokenize.ts'

/** A piece of text to render as is; `hit` pieces are the matched terms. Rendered as text, never as HTML. */
export interface Segment {
  text: string
  hit: boolean
}

/** Ranges [start, end) of every occurrence of any of the terms in the text, merged. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const folded = foldText(text)
  const ranges: [number, number][] = []
  for (const raw of terms) {
    const term = foldText(raw)
    if (!term) continue
    for (let at = findTerm(folded, term, 0); at >= 0; at = findTerm(folded, term, at + 1)) ranges.push([at, at + term.length])
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const r of ranges) {
    const prev = merged[merged.length - 1]
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

/** The first of `matchRanges(text, terms)`, without finding every occurrence in a long text. */
export function firstRange(text: string, terms: readonly string[]): [number, number] | undefined {
  const folded = foldText(text)
  const needles = terms.map((t) => foldText(t)).filter(Boolean)
  let start = -1
  let end = -1
  for (const term of needles) {
    const at = findTerm(folded, term, 0)
    if (at >= 0 && (start < 0 || at < start || (at === start && at + term.length > end))) {
      start = at
      end = at + term.length
    }
  }
  if (start < 0) return undefined
  // Occurrences starting inside the range, or where it ends, merge into it, as matchRanges merges them.
  for (let grown = true; grown; ) {
    grown = false
    for (const term of needles) {
      for (let at = findTerm(folded, term, start); at >= 0 && at <= end; at = findTerm(folded, term, at + 1)) {
        if (at + term.length > end) {
          end = at + term.length
          grown = true
        }
      }
    }
  }
  return [start, end]
}

export function highlight(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = []
  let at = 0
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) segments.push({ text: text.slice(at, start), hit: false })
    segments.push({ text: text.slice(start, end), hit: true })
    at = end
  }
  if (at < text.length) segments.push({ text: text.slice(at), hit: false })
  return segments
}

/**
 * A window of about `width` characters around the first match (the start of the text when nothing matches),
 * whitespace collapsed, with '…' where text was cut, highlighted.
 */
export function snippet(text: string, terms: readonly string[], width = 80): Segment[] {
  const first = firstRange(text, terms)
  let start = 0
  if (first) start = Math.max(0, first[0] - Math.floor((width - (first[1] - first[0])) / 3))
  // Do not cut a surrogate pair in two.
  if (/[\udc00-\udfff]/.test(text[start] ?? '')) start--
  let end = Math.min(text.length, start + width)
  if (/[\udc00-\udfff]/.test(text[end] ?? '')) end++
  const window = text.slice(start, end).replace(/\s+/g, ' ').trim()
  const segments = highlight(window, terms)
  if (start > 0) segments.unshift({ text: '…', hit: false })
  if (end < text.length) segments.push({ text: '…', hit: false })
  return segments
}
