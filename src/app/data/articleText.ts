import type { Article, Figure } from '../../model/index.ts'

/** Figure offsets are file offsets; the article text starts at `article.start` in the file. */
export function figureRange(figure: Figure, article: Article): [number, number] | null {
  const text = article.text
  const pos = figure.source.offset - article.start
  if (pos < 0 || pos >= text.length) return null
  if (figure.raw && text.startsWith(figure.raw, pos)) return [pos, pos + figure.raw.length]
  const number = /^[0-9０-９.．,，]+(?:万亿|亿|万)?/.exec(text.slice(pos, pos + 40))
  return [pos, pos + Math.max(1, number ? number[0].length : 1)]
}

export function quoteRange(figure: Figure, article: Article): [number, number] | null {
  const { quote, quoteOffset } = figure.source
  if (!quote) return null
  const pos = quoteOffset - article.start
  if (pos >= 0 && article.text.startsWith(quote, pos)) return [pos, pos + quote.length]
  const found = article.text.indexOf(quote)
  return found >= 0 ? [found, found + quote.length] : null
}

export interface TextSegment {
  text: string
  /** Position in the article text. */
  start: number
  /** The figure whose number this segment is, if any. */
  figureId: string | null
  /** Inside the sentence of the active figure. */
  inQuote: boolean
  /** The active figure's own number. */
  active: boolean
}

/**
 * Cuts an article's text into runs so the view can mark every figure's number and highlight the sentence
 * of the active one. Overlapping figure ranges keep the first figure.
 */
export function segmentArticle(article: Article, figures: readonly Figure[], activeId: string | null): TextSegment[] {
  const text = article.text
  const ranges: { from: number; to: number; id: string }[] = []
  for (const f of figures) {
    if (f.source.articleId !== article.id) continue
    const range = figureRange(f, article)
    if (range) ranges.push({ from: range[0], to: range[1], id: f.id })
  }
  ranges.sort((a, b) => a.from - b.from || b.to - a.to)
  const active = activeId ? figures.find((f) => f.id === activeId) : undefined
  const quote = active && active.source.articleId === article.id ? quoteRange(active, article) : null

  const cuts = new Set<number>([0, text.length])
  for (const r of ranges) cuts.add(r.from).add(r.to)
  if (quote) cuts.add(quote[0]).add(quote[1])
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b)

  const segments: TextSegment[] = []
  let claimedUntil = 0
  let current: { from: number; to: number; id: string } | null = null
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]
    const to = points[i + 1]
    if (current && from >= current.to) current = null
    if (!current) {
      const next = ranges.find((r) => r.from === from && r.from >= claimedUntil)
      if (next) {
        current = next
        claimedUntil = next.to
      }
    }
    const figureId = current ? current.id : null
    const inQuote = quote !== null && from >= quote[0] && to <= quote[1]
    const last = segments[segments.length - 1]
    if (last && last.figureId === figureId && last.inQuote === inQuote) {
      last.text += text.slice(from, to)
      continue
    }
    segments.push({ text: text.slice(from, to), start: from, figureId, inQuote, active: figureId !== null && figureId === activeId })
  }
  return segments
}
