import { describe, expect, it } from 'vitest'
import { regionBarOption, type BarPoint } from '../../../src/app/charts/regionBarOption'
import { NMG_MAP, regionMapOption, type MapPoint } from '../../../src/app/charts/regionMapOption'
import { regionSlices, regionValues } from '../../../src/app/charts/regionSlices'
import { FIGURES } from '../fixtures/dataset'
import { testContext } from './context'

const gdp = FIGURES.filter((f) => f.metric === 'gdp')

describe('regionSlices', () => {
  it('offers the slice with most leagues first, one kind and period each', () => {
    const slices = regionSlices(gdp)
    expect(slices[0].kind).toBe('level')
    expect(slices[0].period.basis).toBe('year')
    expect(slices[0].period.end).toBe('2024-12-31')
    expect(slices[0].leagues).toBe(3)
    for (const s of slices) expect(new Set(s.figures.map((f) => `${f.kind}|${f.period.basis}|${f.period.end}`)).size).toBe(1)
  })

  it('lists county figures under their league instead of adding them in', () => {
    const values = regionValues(regionSlices(gdp)[0])
    expect(values.leagues.map((l) => l.code)).toEqual(['150600', '150200', '150100'])
    expect(values.withinLeague.get('150200')?.map((f) => f.id)).toEqual(['gdp-2024-kundulun'])
    const baotou = values.leagues.find((l) => l.code === '150200')!
    expect(baotou.figure.value).toBe(4.2e11)
    expect(values.province.map((f) => f.id)).toEqual(['gdp-2024'])
  })

  it('keeps a port figure out of its league’s value', () => {
    const cargo = regionSlices(FIGURES.filter((f) => f.metric === 'cargo_volume' && f.kind === 'level'))
    const values = regionValues(cargo.find((s) => s.figures.some((f) => f.id === 'cargo-2024-mandula'))!)
    expect(values.leagues).toHaveLength(0)
    expect(values.withinLeague.get('150200')?.map((f) => f.id)).toContain('cargo-2024-mandula')
  })

  it('flags a league whose reports disagree', () => {
    const values = regionValues(regionSlices(gdp)[0])
    const ordos = values.leagues.find((l) => l.code === '150600')!
    expect(ordos.conflicting.map((f) => f.id)).toEqual(['gdp-2024-ordos-b'])
  })
})

describe('regionMapOption', () => {
  it('draws all twelve leagues keyed by code, grey where there is no figure', () => {
    const values = regionValues(regionSlices(gdp)[0])
    const chart = regionMapOption(values, testContext())
    const series = (chart.option as { series: { map: string; data: MapPoint[] }[] }).series[0]
    expect(series.map).toBe(NMG_MAP)
    expect(series.data).toHaveLength(12)
    expect(series.data.find((d) => d.name === '150600')?.value).toBe(6.1e11)
    expect(series.data.find((d) => d.name === '152900')?.value).toBeNull()
    expect(chart.description).toContain('鄂尔多斯市 6100亿元')
    expect(chart.description).toContain('无数据')
    const tooltip = (chart.option as { tooltip: { formatter: (p: { name: string }) => string } }).tooltip.formatter
    expect(tooltip({ name: '152900' })).toContain('无数据')
  })

  it('returns no chart for a slice without league figures', () => {
    const values = regionValues(regionSlices(gdp).find((s) => s.leagues === 0)!)
    expect(regionMapOption(values, testContext()).option).toBeNull()
  })
})

describe('regionBarOption', () => {
  it('sorts leagues with the largest on top and labels bars as written', () => {
    const values = regionValues(regionSlices(gdp)[0])
    const chart = regionBarOption(values, testContext())
    const option = chart.option as { yAxis: { data: string[] }; series: { data: BarPoint[]; label: { formatter: (p: { data: BarPoint }) => string } }[] }
    expect(option.yAxis.data).toEqual(['呼和浩特市', '包头市', '鄂尔多斯市'])
    const top = option.series[0].data[2]
    expect(option.series[0].label.formatter({ data: top })).toBe('6100亿元 ⚠')
  })
})
