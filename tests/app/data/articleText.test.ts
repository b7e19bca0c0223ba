import { describe, expect, it } from 'vitest'
import { figureRange, quoteRange, segmentArticle } from '../../../src/app/data/articleText'
import { ARTICLES, FIGURES, figure } from '../fixtures/dataset'

const a1 = ARTICLES.find((a) => a.id === 'a1')!
const a6 = ARTICLES.find((a) => a.id === 'a6')!

describe('article text positions', () => {
  it('turns file offsets into article positions (offset − article.start)', () => {
    const f = figure('gdp-q3-2024')
    const [from, to] = figureRange(f, a1)!
    expect(a1.text.slice(from, to)).toBe('17875.5亿元')
    const [qFrom, qTo] = quoteRange(f, a1)!
    expect(a1.text.slice(qFrom, qTo)).toBe(f.source.quote)
  })

  it('ignores offsets outside the article', () => {
    expect(figureRange({ ...figure('gdp-q3-2024'), source: { ...figure('gdp-q3-2024').source, offset: 5 } }, a1)).toBeNull()
  })
})

describe('segmentArticle', () => {
  it('rebuilds the text exactly', () => {
    const segments = segmentArticle(a6, FIGURES, 'cargo-2024-mandula')
    expect(segments.map((s) => s.text).join('')).toBe(a6.text)
  })

  it('marks every figure and highlights the active figure’s sentence', () => {
    const segments = segmentArticle(a6, FIGURES, 'cargo-2024-mandula')
    const marked = segments.filter((s) => s.figureId).map((s) => s.text)
    expect(marked).toEqual(['300万吨', '302万吨', '63%', '30亿元', '1.3亿元'])
    const active = segments.filter((s) => s.active)
    expect(active.map((s) => s.text)).toEqual(['302万吨'])
    const quoted = segments.filter((s) => s.inQuote).map((s) => s.text).join('')
    expect(quoted).toBe(figure('cargo-2024-mandula').source.quote)
    expect(segments.find((s) => s.text === '30亿元')?.inQuote).toBe(false)
  })

  it('highlights no sentence when the active figure is from another article', () => {
    const segments = segmentArticle(a1, FIGURES, 'cargo-2024-mandula')
    expect(segments.some((s) => s.inQuote)).toBe(false)
    expect(segments.filter((s) => s.figureId).length).toBe(6)
  })
})
