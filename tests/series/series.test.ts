import { describe, expect, it } from 'vitest'
import type { Figure, Period } from '../../src/model'
import { breakdownKey, buildSeries, figuresConflict, parseBreakdownKey, periodType, roundingStep, seriesConflicts } from '../../src/series'

const NMG = { code: '150000', name: '内蒙古自治区' }
const year = (y: number): Period => ({ basis: 'year', start: `${y}-01-01`, end: `${y}-12-31`, phrase: '' })
const h1 = (y: number): Period => ({ basis: 'ytd', start: `${y}-01-01`, end: `${y}-06-30`, phrase: '上半年' })

let n = 0
/** An invented figure: 口岸 cargo of Inner Mongolia in 2024 unless told otherwise. */
function fig(over: Partial<Figure> & { raw: string; value: number }): Figure {
  n++
  return {
    id: `f${n}`,
    metric: 'cargo_volume',
    kind: 'level',
    unit: 't',
    qualifier: '=',
    region: NMG,
    place: null,
    period: year(2024),
    label: '口岸进出境货运量',
    indicator: 'port_cargo',
    breakdown: null,
    source: { file: 'p.txt', quote: '', offset: n, quoteOffset: 0, articleId: 'a' },
    ...over,
  }
}

describe('periodType', () => {
  it('joins year-to-date sums ending on the same day across years, never undated or multi-year spans', () => {
    expect(periodType(h1(2023))).toBe('ytd:06-30')
    expect(periodType(h1(2024))).toBe(periodType(h1(2023)))
    expect(periodType(year(2024))).toBe('year')
    expect(periodType({ basis: 'unknown', start: null, end: null, phrase: '' })).toBeNull()
    expect(periodType({ basis: 'span', start: '2021-01-01', end: '2024-12-31', phrase: '' })).toBeNull()
  })
})

describe('breakdownKey', () => {
  it('is the same whatever the order of dimensions, and reads back', () => {
    expect(breakdownKey({ direction: 'import', commodity: '煤炭' })).toBe(breakdownKey({ commodity: '煤炭', direction: 'import' }))
    expect(parseBreakdownKey(breakdownKey({ direction: 'import', commodity: '煤炭' }))).toEqual({ commodity: '煤炭', direction: 'import' })
    expect(breakdownKey(null)).toBe('')
    expect(parseBreakdownKey('')).toBeNull()
  })
})

describe('conflicts beyond rounding and qualifiers', () => {
  it('reads the step of the last digit written', () => {
    expect(roundingStep(fig({ raw: '1.2万亿元', value: 1.2e12, unit: 'CNY' }))).toBeCloseTo(1e11)
    expect(roundingStep(fig({ raw: '302万吨', value: 3.02e6 }))).toBeCloseTo(1e4)
    expect(roundingStep(fig({ raw: '三百万吨', value: 3e6 }))).toBe(0)
  })

  it('lets 突破300万吨 agree with 302万吨, 1.2万亿 with 1.23万亿, and not 302 with 350万吨', () => {
    expect(figuresConflict(fig({ raw: '300万吨', value: 3e6, qualifier: '>=' }), fig({ raw: '302万吨', value: 3.02e6 }))).toBe(false)
    expect(figuresConflict(fig({ raw: '1.2万亿元', value: 1.2e12, unit: 'CNY' }), fig({ raw: '1.23万亿元', value: 1.23e12, unit: 'CNY' }))).toBe(false)
    expect(figuresConflict(fig({ raw: '302万吨', value: 3.02e6 }), fig({ raw: '350万吨', value: 3.5e6 }))).toBe(true)
    expect(figuresConflict(fig({ raw: '400万吨', value: 4e6, qualifier: '>=' }), fig({ raw: '350万吨', value: 3.5e6 }))).toBe(true)
  })
})

describe('buildSeries', () => {
  it('makes one point with every source for a fact reported in the headline, the body and another article', () => {
    const headline = fig({ raw: '300万吨', value: 3e6, qualifier: '>=' })
    const body = fig({ raw: '302万吨', value: 3.02e6 })
    const other = fig({ raw: '302万吨', value: 3.02e6, source: { file: 'q.txt', quote: '', offset: 5, quoteOffset: 0, articleId: 'b' } })
    const [s] = buildSeries([headline, body, other])
    expect(s.points).toHaveLength(1)
    expect(s.points[0].value).toBe(3.02e6)
    expect(s.points[0].figureIds).toEqual([body.id, headline.id, other.id])
    expect(s.points[0].conflicting).toEqual([])
  })

  it('keeps parts and their sum apart: no conflict between 进口200万吨, 出口100万吨 and 合计300万吨', () => {
    const total = fig({ raw: '300万吨', value: 3e6 })
    const imp = fig({ raw: '200万吨', value: 2e6, breakdown: { direction: 'import' } })
    const exp = fig({ raw: '100万吨', value: 1e6, breakdown: { direction: 'export' } })
    const series = buildSeries([total, imp, exp])
    expect(series).toHaveLength(3)
    expect(seriesConflicts(series).size).toBe(0)
  })

  it('flags two values for one point that cannot both be right', () => {
    const a = fig({ raw: '302万吨', value: 3.02e6 })
    const b = fig({ raw: '350万吨', value: 3.5e6 })
    const [s] = buildSeries([a, b])
    expect(s.points[0].conflicting).toEqual([b.id])
    expect(seriesConflicts([s]).get(b.id)).toEqual([a.id])
  })

  it('joins one indicator across years into one line per period type, growth apart from levels', () => {
    const figures = [
      fig({ raw: '100万吨', value: 1e6, period: year(2021) }),
      fig({ raw: '200万吨', value: 2e6, period: year(2023) }),
      fig({ raw: '300万吨', value: 3e6, period: year(2024) }),
      fig({ raw: '90万吨', value: 9e5, period: h1(2023) }),
      fig({ raw: '120万吨', value: 1.2e6, period: h1(2024) }),
      fig({ raw: '8%', value: 8, kind: 'growth', unit: '%', period: year(2024) }),
    ]
    const series = buildSeries(figures)
    const years = series.find((s) => s.periodType === 'year' && s.kind === 'level')!
    expect(years.points.map((p) => p.end)).toEqual(['2021-12-31', '2023-12-31', '2024-12-31'])
    expect(series.find((s) => s.periodType === 'ytd:06-30')!.points).toHaveLength(2)
    expect(series.filter((s) => s.kind === 'growth')).toHaveLength(1)
  })

  it('leaves out figures of no named indicator, plans and undated figures', () => {
    const series = buildSeries([
      fig({ raw: '7个', value: 7, indicator: null, metric: 'count', unit: 'item' }),
      fig({ raw: '500万吨', value: 5e6, kind: 'target' }),
      fig({ raw: '50万吨', value: 5e5, period: { basis: 'unknown', start: null, end: null, phrase: '' } }),
    ])
    expect(series).toEqual([])
  })

  it('keeps a port apart from its region', () => {
    const series = buildSeries([fig({ raw: '300万吨', value: 3e6 }), fig({ raw: '50万吨', value: 5e5, place: '某某口岸' })])
    expect(series.map((s) => s.place)).toEqual([null, '某某口岸'])
  })
})

describe('growths against another base', () => {
  it('a two-year average or a month-on-month growth is no point of the year-on-year line, so it raises no conflict', () => {
    const yoy = fig({ raw: '7.8%', value: 7.8, kind: 'growth', unit: '%' })
    const twoYear = fig({ raw: '2.3%', value: -2.3, kind: 'growth', unit: '%', comparison: '两年平均' })
    const mom = fig({ raw: '1.2%', value: 1.2, kind: 'growth', unit: '%', comparison: '环比' })
    const series = buildSeries([yoy, twoYear, mom])
    expect(series).toHaveLength(1)
    expect(series[0].points.flatMap((p) => p.figureIds)).toEqual([yoy.id])
    expect(seriesConflicts(series).size).toBe(0)
  })
})
