import { describe, expect, it } from 'vitest'
import { exportOption } from '../../../src/app/charts/exportOption'

const base = {
  option: { grid: { top: 32, bottom: 8 }, series: [] }, width: 800, height: 360, background: '#fff', textColor: '#000', mutedColor: '#555',
  title: '地区生产总值', source: '来源：《标题》，内蒙古日报，2024年6月2日', link: '看板：https://example.org/#/explore?metric=gdp',
}

describe('exportOption', () => {
  it('adds the title and a legend, and grows the canvas to hold them', () => {
    const { option, height } = exportOption({ ...base, legend: ['内蒙古自治区 · 全年', '包头市 · 全年'] })
    expect((option.title as { text: string }[])[0].text).toBe('地区生产总值')
    expect((option.legend as { data: string[] }).data).toEqual(['内蒙古自治区 · 全年', '包头市 · 全年'])
    expect(height).toBeGreaterThan(360)
    expect((option.grid as { top: number }).top).toBeGreaterThan(32)
    expect(option.animation).toBe(false)
  })

  it('wraps a long legend onto more rows', () => {
    const many = Array.from({ length: 30 }, (_, i) => `内蒙古自治区 · 指标${i} · 前三季度累计`)
    const short = exportOption({ ...base, legend: many.slice(0, 1) }).height
    const long = exportOption({ ...base, legend: many }).height
    expect(long - short).toBeGreaterThanOrEqual(22 * 5)
  })

  it('keeps every panel of a two-panel chart', () => {
    const grid = [{ top: 28, bottom: '48%' }, { top: '62%', bottom: 28 }]
    const { option } = exportOption({ ...base, option: { grid, series: [] }, legend: ['a'] })
    const out = option.grid as { top: number | string; bottom: number | string }[]
    expect(out).toHaveLength(2)
    expect(out[0].top).toBe(28 + 36)
    expect(out[0].bottom).toBe('48%')
    expect(out[1].top).toBe('62%')
    expect(out[1].bottom).toBeGreaterThan(28)
  })

  it('prints the source and the dashboard link in a footer below the legend', () => {
    const { option, height } = exportOption({ ...base, legend: [] })
    const footer = (option.title as { text: string; subtext: string; bottom: number }[])[1]
    expect(footer.text).toBe(base.source)
    expect(footer.subtext).toBe(base.link)
    expect(height).toBeGreaterThanOrEqual(360 + 36 + 40)
    expect((option.grid as { bottom: number }).bottom).toBeGreaterThanOrEqual(8 + 40)
  })

  it('adds no legend for a chart without series names (a map)', () => {
    const { option } = exportOption({ ...base, legend: [] })
    expect(option.legend).toBeUndefined()
  })
})
