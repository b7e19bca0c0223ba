import { describe, expect, it } from 'vitest'
import { timeSeriesOption, wrapPeriodLabel, type TimePoint } from '../../../src/app/charts/timeSeriesOption'
import { findConflicts } from '../../../src/app/data/figures'
import { FIGURES, figure } from '../fixtures/dataset'
import { testContext } from './context'

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
    const chart = timeSeriesOption({ metric: 'gdp', figures: nmg, showDerived: false }, testContext())
    const levelSeries = chart.series.filter((s) => s.kind === 'level')
    expect(levelSeries.map((s) => s.periodClass).sort()).toEqual(['year', 'ytd:09-30'])
    for (const s of chart.series) {
      const classes = new Set(s.points.map((p) => FIGURES.find((f) => f.id === p.figureId)!.period.basis))
      expect(classes.size).toBe(1)
    }
    const year = levelSeries.find((s) => s.periodClass === 'year')!
    expect(year.points.map((p) => p.figureId)).toEqual(['gdp-2023', 'gdp-2024'])
    expect(year.name).toContain('全年')
    expect(levelSeries.find((s) => s.periodClass === 'ytd:09-30')!.name).toContain('前三季度累计')
  })

  it('puts growth rates on their own axis, apart from levels', () => {
    const chart = timeSeriesOption({ metric: 'gdp', figures: nmg, showDerived: false }, testContext())
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

  it('lists the periods on the x axis in time order', () => {
    const chart = timeSeriesOption({ metric: 'gdp', figures: nmg, showDerived: false }, testContext())
    const xAxis = (chart.option as { xAxis: { data: string[] }[] }).xAxis[0]
    expect(xAxis.data).toEqual(['2023年前三季度', '2023年', '2024年前三季度', '2024年'])
    const year = chart.series.find((s) => s.periodClass === 'year')!
    expect(year.points.map((p) => p.value[0])).toEqual([1, 3])
  })

  it('keeps different indicators of one metric apart (固定资产投资 vs 基础设施投资)', () => {
    const investment = FIGURES.filter((f) => f.metric === 'investment')
    const chart = timeSeriesOption({ metric: 'investment', figures: investment, showDerived: false }, testContext())
    const q3Growth = chart.series.filter((s) => s.periodClass === 'ytd:09-30' && s.unit === '%')
    expect(q3Growth.map((s) => s.indicator).sort()).toEqual(['固定资产投资', '基础设施投资'])
    for (const s of q3Growth) expect(s.points).toHaveLength(1)
    expect(q3Growth.find((s) => s.indicator === '基础设施投资')!.name).toContain('基础设施投资')
  })

  it('shows the implied prior year only when asked, as its own series marked derived', () => {
    const without = timeSeriesOption({ metric: 'gdp', figures: nmg, showDerived: false }, testContext())
    expect(without.series.some((s) => s.derived)).toBe(false)

    const chart = timeSeriesOption({ metric: 'gdp', figures: nmg, showDerived: true }, testContext())
    const derived = chart.series.filter((s) => s.derived)
    expect(derived).toHaveLength(1)
    expect(derived[0].name).toContain('推算上年值（非报道）')
    expect(derived[0].points).toHaveLength(1)
    const point = derived[0].points[0]
    // Placed on the same period as the reported 2023 year-to-date figure.
    expect(point.periodKey).toBe('ytd|2023-01-01|2023-09-30')
    expect(chart.periods[point.value[0]].end).toBe('2023-09-30')
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
    const chart = timeSeriesOption({ metric: 'cargo_volume', figures: cargo, showDerived: false }, testContext())
    const names = chart.series.map((s) => s.name)
    expect(names.some((n) => n.includes('满都拉口岸'))).toBe(true)
    expect(names.some((n) => n.startsWith('内蒙古自治区 · 陆路口岸'))).toBe(true)
  })

  it('draws the exact figure, not the bound it makes redundant (突破300万吨，达302万吨)', () => {
    const cargo = FIGURES.filter((f) => f.metric === 'cargo_volume')
    const chart = timeSeriesOption({ metric: 'cargo_volume', figures: cargo, showDerived: false }, testContext())
    const ids = chart.plotted.map((f) => f.id)
    expect(ids).toContain('cargo-2024-mandula')
    expect(ids).not.toContain('cargo-2024-mandula-min')
  })

  it('marks conflicting points and says so in the tooltip', () => {
    const ordos = FIGURES.filter((f) => f.region.code === '150600')
    const conflicts = findConflicts(FIGURES)
    const ctx = testContext()
    const chart = timeSeriesOption({ metric: 'gdp', figures: ordos, showDerived: false, conflicts }, ctx)
    const points = seriesOf(chart)[0].data
    expect(points).toHaveLength(2)
    expect(points.every((p) => p.itemStyle?.borderColor === ctx.colors.conflict)).toBe(true)
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
    const chart = timeSeriesOption({ metric: 'gdp', figures: [f], showDerived: false }, ctx)
    const formatter = (chart.option as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter
    const tip = formatter({ data: seriesOf(chart)[0].data[0] })
    expect(tip).toContain('≥2.6万亿元')
    expect(tip).toContain('不低于')
    expect(tip).toContain('&lt;b&gt;标题&lt;/b&gt;')
    expect(tip).not.toContain('<b>标题')
  })

  it('lists undated figures instead of placing them, and is empty without dated ones', () => {
    const chart = timeSeriesOption({ metric: 'funding', figures: [figure('funding-baotou')], showDerived: false }, testContext())
    expect(chart.option).toBeNull()
    expect(chart.undated.map((f) => f.id)).toEqual(['funding-baotou'])
  })

  it('turns on ECharts aria with a description of every series', () => {
    const chart = timeSeriesOption({ metric: 'gdp', figures: nmg, showDerived: false }, testContext('en'))
    const aria = (chart.option as { aria: { enabled: boolean; label: { description: string } } }).aria
    expect(aria.enabled).toBe(true)
    expect(aria.label.description).toContain('GDP')
    expect(aria.label.description).toContain('2024 ≥ 2.6 trillion yuan')
    expect(aria.label.description).toContain('Q1–Q3 2024 1,787.55 billion yuan')
  })
})

describe('wrapPeriodLabel', () => {
  it('puts a long period label on two lines at a natural break, so a phone axis keeps it', () => {
    expect(wrapPeriodLabel('2024年初至6月2日')).toBe('2024年初至\n6月2日')
    expect(wrapPeriodLabel('2024年前三季度')).toBe('2024年\n前三季度')
    expect(wrapPeriodLabel('Jan–Sep 2024')).toBe('Jan–Sep\n2024')
    expect(wrapPeriodLabel('2024年')).toBe('2024年')
  })
})
