import { describe, expect, it } from 'vitest'
import { indexDataset } from '../../src/app/data/figures'
import { formatFigureValue } from '../../src/app/format/number'
import type { Dataset } from '../../src/model'
import { parseEmbedOptions } from '../../src/app/url/embed'
import { sourceLine } from '../../src/app/data/sources'
import { buildEmbedView, defaultMetric, type EmbedView } from '../../src/embed/view'
import { DATASET } from '../app/fixtures/dataset'

const index = indexDataset(DATASET)

function view(query: string, dataset: Dataset = DATASET, mode: 'light' | 'dark' = 'light'): EmbedView {
  return buildEmbedView(dataset, dataset === DATASET ? index : indexDataset(dataset), parseEmbedOptions(new URLSearchParams(query)), { mode, romanizer: null })
}

function ids(v: EmbedView): string[] {
  return v.figures.map((f) => f.id).sort()
}

describe('embed view', () => {
  it('draws the time chart of a metric with the figures of the selected region, rates in their own panel', () => {
    const v = view('chart=time&metric=gdp&region=150000')
    expect(v.title).toBe('地区生产总值')
    expect(v.body.type).toBe('chart')
    expect(ids(v)).toEqual(['gdp-2023', 'gdp-2024', 'gdp-q3-2023', 'gdp-q3-2024', 'gdp-q3-2024-g'])
    if (v.body.type !== 'chart') return
    expect(v.body.kind).toBe('time')
    expect(v.body.description).toContain('17875.5亿元')
    expect(v.body.height).toBe(460)
    expect(view('chart=time&metric=gdp&region=150000&height=200').body).toMatchObject({ height: 200 })
    expect(v.exploreHash).toBe('#/explore?metric=gdp&region=150000')
  })

  it('limits the time chart to the period asked for', () => {
    expect(ids(view('metric=gdp&region=150000&period=2023'))).toEqual(['gdp-2023', 'gdp-q3-2023'])
    expect(view('metric=gdp&region=150000&period=2023').body).toMatchObject({ height: 340 })
  })

  it('compares leagues on the map and the bar chart, never a county', () => {
    const map = view('chart=map&metric=gdp')
    expect(map.body.type === 'chart' && map.body.kind).toBe('map')
    expect(ids(map)).toEqual(['gdp-2024-baotou', 'gdp-2024-hohhot', 'gdp-2024-ordos'])
    const bar = view('chart=bar&metric=gdp&lang=en')
    expect(bar.body.type === 'chart' && bar.body.kind).toBe('bar')
    expect(bar.body.type === 'chart' && bar.body.description).toContain('Ordos')
    expect(bar.subtitle).toContain('full year')
  })

  it('says so when no league has a figure for a region chart', () => {
    const v = view('chart=bar&metric=cargo_volume')
    expect(v.body).toEqual({ type: 'empty', message: '所选范围内没有盟市一级的口岸进出境货运量数字，无法按地区比较。' })
    expect(v.figures).toEqual([])
  })

  it('shows the headline figure on a card, with its growth rate', () => {
    const v = view('chart=card&metric=gdp')
    expect(v.body.type).toBe('card')
    if (v.body.type !== 'card') return
    expect(v.body.value).toBe(formatFigureValue(DATASET.figures.find((f) => f.id === 'gdp-2024')!, 'zh'))
    expect(v.body.where).toBe('内蒙古自治区')
    expect(v.body.spark).not.toBeNull()
    const cargo = view('chart=card&metric=cargo_volume&region=150200')
    expect(cargo.body.type === 'card' && cargo.body.where).toBe('包头市 · 满都拉口岸')
    const english = buildEmbedView(DATASET, index, parseEmbedOptions([['chart', 'card'], ['metric', 'cargo_volume'], ['region', '150200'], ['lang', 'en']]), {
      mode: 'light',
      // A stand-in romanizer: the port's official name must win over pinyin.
      romanizer: (han) => [...han].map(() => 'x'),
    })
    expect(english.body.type === 'card' && english.body.where).toBe('Baotou · Mandula Port')
    const withGrowth = view('chart=card&metric=gdp&period=2024&region=150000')
    expect(withGrowth.body.type === 'card' && withGrowth.body.value).toBe('≥2.6万亿元')
  })

  it('names the newest article behind the figures, its paper and date', () => {
    const v = view('chart=time&metric=gdp&region=150000')
    expect(v.sources.map((s) => s.articleId)).toEqual(['a2', 'a1', 'a3'])
    expect(v.sourceLine).toBe('来源：《政府工作报告摘要》，虚构日报，2025年1月15日；另有2篇报道')
    expect(view('chart=time&metric=gdp&region=150000&lang=en').sourceLine).toBe('Source: “政府工作报告摘要”, 虚构日报, 15 Jan 2025; and 2 more')
  })

  it('leaves out a paper or date the page does not give', () => {
    expect(sourceLine([{ articleId: 'x', headline: '标题', paper: null, date: null }], 'zh')).toBe('来源：《标题》')
    expect(sourceLine([], 'zh')).toBe('')
  })

  it('falls back to the default metric for one the dataset lacks, and says which', () => {
    const v = view('metric=coal_output')
    expect(v.metric).toBe('gdp')
    expect(v.notes).toEqual(['没有指标“coal_output”的数字，改为显示地区生产总值'])
  })

  it('turns option mistakes into notes in the embed language', () => {
    expect(view('metric=gdp&chart=pie&lang=en').notes).toEqual(['invalid value “pie” for “chart”'])
  })

  it('says when the selection holds nothing, without inventing a chart', () => {
    const v = view('metric=gdp&region=152900')
    expect(v.body).toEqual({ type: 'empty', message: '所选地区和时期没有地区生产总值数字。' })
    expect(v.sourceLine).toBe('')
  })

  it('copes with a dataset without figures', () => {
    const empty: Dataset = { ...DATASET, figures: [] }
    expect(defaultMetric(empty.figures)).toBeNull()
    expect(view('', empty).body).toEqual({ type: 'empty', message: '数据中还没有任何数字。' })
  })

  it('uses the dark palette in dark mode', () => {
    const light = view('metric=gdp&region=150000')
    const dark = view('metric=gdp&region=150000', DATASET, 'dark')
    expect(dark.mode).toBe('dark')
    expect(JSON.stringify(dark.body.type === 'chart' && dark.body.option.textStyle)).not.toBe(JSON.stringify(light.body.type === 'chart' && light.body.option.textStyle))
  })
})
