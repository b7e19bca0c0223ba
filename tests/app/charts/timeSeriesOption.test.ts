import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { describe, expect, it } from 'vitest'
import '../../../src/app/echarts/time'
import { ALL_BREAKDOWNS, linesToDraw, LOG_SPAN, MAX_LINES, tickLabel, timeOf, timeSeriesOption, type TimePoint, type TimeSeriesInput } from '../../../src/app/charts/timeSeriesOption'
import { findConflicts } from '../../../src/app/data/figures'
import type { Figure } from '../../../src/model'
import { buildSeries } from '../../../src/series'
import { FIGURES, figure } from '../fixtures/dataset'
import { testContext } from './context'

use([SVGRenderer])

const ALL_SERIES = buildSeries(FIGURES)

/** The chart of `metric` for a selection of figures, drawn from the series of the whole fixture. */
function chartOf(input: Omit<TimeSeriesInput, 'series'> & { series?: TimeSeriesInput['series'] }, ctx = testContext()) {
  return timeSeriesOption({ series: input.series ?? buildSeries(input.figures as Figure[]), ...input }, ctx)
}

const nmg = FIGURES.filter((f) => f.region.code === '150000')

interface SeriesOut {
  type: string
  name: string
  yAxisIndex: number
  data: (TimePoint & { itemStyle?: { borderColor?: string } })[]
}

function seriesOf(chart: ReturnType<typeof timeSeriesOption>): SeriesOut[] {
  return (chart.option as { series: SeriesOut[] }).series
}

describe('timeSeriesOption', () => {
  it('never puts year-to-date and full-year figures in one series', () => {
    const chart = chartOf({ metric: 'gdp', figures: nmg, showDerived: false })
    const levelSeries = chart.series.filter((s) => s.kind === 'level')
    expect(levelSeries.map((s) => s.periodType).sort()).toEqual(['year', 'ytd:09-30'])
    for (const s of chart.series) {
      const classes = new Set(s.points.map((p) => FIGURES.find((f) => f.id === p.figureId)!.period.basis))
      expect(classes.size).toBe(1)
    }
    const year = levelSeries.find((s) => s.periodType === 'year')!
    expect(year.points.map((p) => p.figureId)).toEqual(['gdp-2023', 'gdp-2024'])
    expect(year.name).toContain('全年')
    expect(levelSeries.find((s) => s.periodType === 'ytd:09-30')!.name).toContain('前三季度累计')
  })

  it('puts growth rates on their own axis, apart from levels', () => {
    const chart = chartOf({ metric: 'gdp', figures: nmg, showDerived: false })
    const out = seriesOf(chart)
    const growth = out.find((s) => s.name === chart.series.find((x) => x.kind === 'growth')!.name)!
    const level = out.find((s) => s.name === chart.series.find((x) => x.kind === 'level')!.name)!
    expect(growth.name).toContain('增速')
    expect(growth.yAxisIndex).not.toBe(level.yAxisIndex)
    const yAxis = (chart.option as { yAxis: { name: string; gridIndex: number }[] }).yAxis
    expect(yAxis[growth.yAxisIndex].name).toBe('%')
    expect(yAxis[level.yAxisIndex].name).toBe('万亿元')
    // Rates get a panel of their own below the levels.
    expect(yAxis[growth.yAxisIndex].gridIndex).toBe(1)
    expect(yAxis[level.yAxisIndex].gridIndex).toBe(0)
    expect((growth as unknown as { xAxisIndex: number }).xAxisIndex).toBe(1)
  })

  it('places each point at the end of its period on a time axis', () => {
    const chart = chartOf({ metric: 'gdp', figures: nmg, showDerived: false })
    const xAxis = (chart.option as { xAxis: { type: string; min: number; max: number }[] }).xAxis[0]
    expect(xAxis.type).toBe('time')
    expect(xAxis.min).toBe(Date.UTC(2023, 0, 1))
    const year = chart.series.find((s) => s.periodType === 'year' && s.kind === 'level')!
    expect(year.points.map((p) => p.value[0])).toEqual([timeOf('2023-12-31'), timeOf('2024-12-31')])
    // 前三季度 of 2023 and of 2024 are one line, a year apart.
    const q3 = chart.series.find((s) => s.periodType === 'ytd:09-30' && s.kind === 'level')!
    expect(q3.points.map((p) => p.value[0])).toEqual([timeOf('2023-09-30'), timeOf('2024-09-30')])
    // The tick where 2023 ends is named for 2023, not 2024.
    expect(tickLabel(timeOf('2024-01-01'), 'zh')).toBe('2023年末')
    expect(tickLabel(timeOf('2024-07-01'), 'en')).toBe('Jul')
  })

  it('ticks a chart of full years at year ends only, never at months it has no figure for', () => {
    /** The x axis' tick labels as ECharts draws them (server-side SVG, no DOM). */
    const ticks = (figures: Figure[]) => {
      const chart = init(null, null, { renderer: 'svg', ssr: true, width: 900, height: 400 })
      try {
        chart.setOption(chartOf({ metric: 'gdp', figures, showDerived: false }).option!)
        return [...chart.renderToSVGString().matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).filter((t) => /年末|月/.test(t))
      } finally {
        chart.dispose()
      }
    }
    const years = ticks(nmg.filter((f) => f.period.basis === 'year'))
    expect(years.length).toBeGreaterThan(0)
    expect(years.filter((t) => t.includes('月'))).toEqual([])
    // With a 前三季度 line on the same axis, the months between year ends are where its points sit.
    expect(ticks(nmg).some((t) => t.includes('月'))).toBe(true)
  })

  it('names the indicator in plain words in every legend entry', () => {
    const cargo = FIGURES.filter((f) => f.metric === 'cargo_volume')
    const chart = chartOf({ metric: 'port_cargo', figures: cargo, showDerived: false })
    expect(chart.legend.length).toBeGreaterThan(0)
    for (const entry of chart.legend) expect(entry.name).toContain('口岸进出境货运量')
    const en = chartOf({ metric: 'port_cargo', figures: cargo, showDerived: false }, testContext('en'))
    for (const entry of en.legend) expect(entry.name).toContain('Cargo through border ports')
  })

  it('uses a log scale when levels span two orders of magnitude, and a linear one otherwise', () => {
    // The region's 2.6万亿 next to an invented district's 20亿: more than LOG_SPAN apart.
    const gdp = [...FIGURES.filter((f) => f.indicator === 'gdp'), { ...figure('gdp-2024-kundulun'), id: 'small', value: 2e9, raw: '20亿元' }]
    const wide = chartOf({ metric: 'gdp', figures: gdp, showDerived: false, series: buildSeries(gdp.filter((f) => f.id !== 'gdp-2024-kundulun')) })
    const max = Math.max(...wide.series.filter((s) => s.kind === 'level').flatMap((s) => s.points.map((p) => p.value[1])))
    const min = Math.min(...wide.series.filter((s) => s.kind === 'level').flatMap((s) => s.points.map((p) => p.value[1])))
    expect(max / min).toBeGreaterThanOrEqual(LOG_SPAN)
    expect(wide.logAxes).toEqual(['CNY'])
    const yAxis = (wide.option as { yAxis: { type: string; name: string }[] }).yAxis
    expect(yAxis[0].type).toBe('log')
    expect(yAxis[0].name).toContain('对数刻度')
    const narrow = chartOf({ metric: 'gdp', figures: nmg, showDerived: false })
    expect(narrow.logAxes).toEqual([])
    expect((narrow.option as { yAxis: { type: string }[] }).yAxis[0].type).toBe('value')
  })

  it('draws the whole by default and a part (基础设施投资) only when chosen', () => {
    const investment = FIGURES.filter((f) => f.metric === 'investment')
    const chart = chartOf({ metric: 'fixed_asset_investment', figures: investment, showDerived: false })
    expect(chart.breakdown).toBe('')
    expect(chart.breakdowns.map((b) => b.key)).toEqual(['', 'part=基础设施'])
    expect(chart.series.every((s) => s.breakdown === '')).toBe(true)
    const part = chartOf({ metric: 'fixed_asset_investment', figures: investment, breakdown: 'part=基础设施', showDerived: false })
    expect(part.series.map((s) => s.name)).toEqual(['固定资产投资 · 基础设施 · 内蒙古自治区 · 增速 · 前三季度累计'])
    const all = chartOf({ metric: 'fixed_asset_investment', figures: investment, breakdown: ALL_BREAKDOWNS, showDerived: false })
    expect(new Set(all.series.map((s) => s.breakdown))).toEqual(new Set(['', 'part=基础设施']))
  })

  it('shows the implied prior year only when asked, as its own series marked derived', () => {
    const without = chartOf({ metric: 'gdp', figures: nmg, showDerived: false })
    expect(without.series.some((s) => s.derived)).toBe(false)

    const chart = chartOf({ metric: 'gdp', figures: nmg, showDerived: true })
    const derived = chart.series.filter((s) => s.derived)
    expect(derived).toHaveLength(1)
    expect(derived[0].name).toContain('推算上年值（非报道）')
    expect(derived[0].points).toHaveLength(1)
    const point = derived[0].points[0]
    // Placed a year before the level it is implied from, where the reported 2023 year-to-date figure stands.
    expect(point.value[0]).toBe(timeOf('2023-09-30'))
    expect(point.value[1]).toBeCloseTo(1787550000000 / 1.058, 0)
    expect(point.figureId).toBeUndefined()
    expect(point.derivedFrom).toBe('gdp-q3-2024')
    const out = seriesOf(chart).find((s) => s.name === derived[0].name)!
    expect(out.type).toBe('scatter')
    // No reported series carries a derived point.
    for (const s of chart.series.filter((x) => !x.derived)) expect(s.points.every((p) => p.derivedFrom === undefined)).toBe(true)
  })

  it('keeps a place (a port) apart from its region', () => {
    const cargo = FIGURES.filter((f) => f.metric === 'cargo_volume')
    const chart = chartOf({ metric: 'port_cargo', figures: cargo, showDerived: false })
    const names = chart.series.map((s) => s.name)
    expect(names.some((n) => n.includes('包头市 · 满都拉口岸'))).toBe(true)
    expect(names.some((n) => n.includes('内蒙古自治区 · 陆路口岸'))).toBe(true)
  })

  it('draws one point at the exact figure for a bound and the figure that agrees with it (突破300万吨，达302万吨)', () => {
    const cargo = FIGURES.filter((f) => f.metric === 'cargo_volume')
    const chart = chartOf({ metric: 'port_cargo', figures: cargo, showDerived: false })
    const mandula = chart.series.find((s) => s.place === '满都拉口岸' && s.kind === 'level')!
    expect(mandula.points).toHaveLength(1)
    expect(mandula.points[0]).toMatchObject({ figureId: 'cargo-2024-mandula', value: [timeOf('2024-12-31'), 3.02e6], sources: 2 })
    // Both reports stay behind the chart (its CSV and figure list).
    expect(chart.plotted.map((f) => f.id)).toEqual(expect.arrayContaining(['cargo-2024-mandula', 'cargo-2024-mandula-min']))
  })

  it('marks conflicting points and says so in the tooltip', () => {
    const ordos = FIGURES.filter((f) => f.region.code === '150600')
    const conflicts = findConflicts(ALL_SERIES, new Map(FIGURES.map((f) => [f.id, f])))
    const ctx = testContext()
    const chart = chartOf({ metric: 'gdp', figures: ordos, showDerived: false, conflicts }, ctx)
    // 6100亿元 and 5900亿元 for 2024 in two articles: one point, marked, not two points on one date.
    const points = seriesOf(chart)[0].data
    expect(points).toHaveLength(1)
    expect(points[0].itemStyle?.borderColor).toBe(ctx.colors.conflict)
    const formatter = (chart.option as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter
    const tip = formatter({ data: points[0] })
    expect(tip).toContain('⚠')
    expect(tip).toContain('6100亿元')
    expect(tip).toContain('2024年')
    expect(tip).toContain('盟市经济一览')
  })

  it('gives the tooltip value, qualifier, period and source, escaped', () => {
    const f = figure('gdp-2024')
    const ctx = testContext()
    ctx.labels.headline = () => '<b>标题</b>'
    const chart = chartOf({ metric: 'gdp', figures: [f], showDerived: false }, ctx)
    const formatter = (chart.option as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter
    const tip = formatter({ data: seriesOf(chart)[0].data[0] })
    expect(tip).toContain('≥2.6万亿元')
    expect(tip).toContain('不低于')
    expect(tip).toContain('&lt;b&gt;标题&lt;/b&gt;')
    expect(tip).not.toContain('<b>标题')
  })

  it('lists undated figures instead of placing them, and is empty without dated ones', () => {
    const chart = chartOf({ metric: 'government_funding', figures: [figure('funding-baotou')], showDerived: false })
    expect(chart.option).toBeNull()
    expect(chart.undated.map((f) => f.id)).toEqual(['funding-baotou'])
  })

  it('turns on ECharts aria with a description of every series', () => {
    const chart = chartOf({ metric: 'gdp', figures: nmg, showDerived: false }, testContext('en'))
    const aria = (chart.option as { aria: { enabled: boolean; label: { description: string } } }).aria
    expect(aria.enabled).toBe(true)
    expect(aria.label.description).toContain('GDP')
    expect(aria.label.description).toContain('2024 ≥ 2.6 trillion yuan')
    expect(aria.label.description).toContain('Q1–Q3 2024 1,787.55 billion yuan')
  })
})

describe('a chart of many lines', () => {
  // One indicator reported for the province, the twelve leagues and 20 counties, two years each: 33 lines.
  const leagues = ['150100', '150200', '150300', '150400', '150500', '150600', '150700', '150800', '150900', '152200', '152500', '152900']
  const counties = Array.from({ length: 20 }, (_, i) => `1502${String(i + 1).padStart(2, '0')}`)
  const many: Figure[] = []
  for (const code of ['150000', ...leagues, ...counties]) {
    for (const base of [figure('gdp-2023'), figure('gdp-2024')]) {
      many.push({ ...base, id: `${base.id}-${code}`, region: { code, name: code }, value: base.value / 10 })
    }
  }
  // Counties first in the list, so the order of the input is not what ranks them.
  many.reverse()

  it('draws the province and the leagues, says how many lines it leaves off, and lists them in its description', () => {
    const chart = chartOf({ metric: 'gdp', figures: many, showDerived: false })
    const drawn = chart.series.filter((s) => !s.derived)
    expect(drawn).toHaveLength(MAX_LINES)
    expect(chart.hiddenLines).toBe(33 - MAX_LINES)
    const codes = drawn.map((s) => s.regionCode)
    expect(codes).toContain('150000')
    for (const l of leagues) expect(codes).toContain(l)
    expect(chart.legend).toHaveLength(MAX_LINES)
    expect(chart.description).toContain(`另有${33 - MAX_LINES}条线未画出`)
  })

  it('draws every line of a selection within the limit', () => {
    const chosen = many.filter((f) => counties.slice(0, 5).includes(f.region.code))
    const chart = chartOf({ metric: 'gdp', figures: chosen, showDerived: false })
    expect(chart.series).toHaveLength(5)
    expect(chart.hiddenLines).toBe(0)
    expect(chart.description).not.toContain('未画出')
  })

  it('ranks whole regions before places, then longer lines first', () => {
    const line = (code: string, place: string | null, points: number) => ({ region: { code, name: code }, place, kind: 'level' as const, points: Array.from({ length: points }) as never[] })
    const lines = [line('150203', null, 9), line('150200', '满都拉口岸', 9), line('150200', null, 1), line('150000', null, 2), line('150300', null, 5)]
    expect(linesToDraw(lines, 3).map((l) => `${l.region.code}${l.place ?? ''}`)).toEqual(['150200', '150000', '150300'])
    expect(linesToDraw(lines, 10)).toEqual(lines)
  })
})
