/**
 * One indicator, one series: industries named in full or short, a sector's rate, comprehensive freight. Every sentence
 * is invented (never copied from a real page); each rule has a near sentence it must leave alone.
 */
import { describe, expect, it } from 'vitest'
import { byValue, figures } from './pageFigures'

describe('names of the same sector', () => {
  it('reads the statistics’ third group of industry the same, written out or short', () => {
    const long = figures('某市工业\n1-6月,电力、热力、燃气及水生产和供应业的增加值较上年同期提高6.3%。', '2023-07-20')
    const short = figures('某市工业\n1-6月,规上工业增加值比上年同期增长7.2%,其中电力燃气及水的生产和供应业同比提高4.1%。', '2023-07-20')
    expect(byValue(long, 6.3).breakdown?.sector).toBe('电力、热力、燃气及水生产和供应业')
    expect(byValue(short, 4.1).breakdown?.sector).toBe('电力、热力、燃气及水生产和供应业')
  })

  it('leaves other industries’ names alone (燃气生产和供应业 alone is its own)', () => {
    const gas = figures('某市工业\n1-6月,燃气生产和供应业增加值增长9.2%。', '2023-07-20')
    expect(byValue(gas, 9.2).breakdown?.sector).not.toBe('电力、热力、燃气及水生产和供应业')
  })

  it('keeps a sector’s rate word out of its name (工业增速 is industry’s)', () => {
    const found = figures('某市投资\n1-7月,全市工业固定资产投资增速达18.4%,工业投资占全市投资的比重为46.1%。', '2023-08-20')
    expect(byValue(found, 18.4).breakdown?.sector).toBe('工业')
  })
})

describe('comprehensive freight (综合货运量)', () => {
  it('is freight by all modes, not a port’s cargo', () => {
    const found = figures('某区交通\n前三季度,全区完成综合货运量17.2亿吨,同比增长4.8%。各口岸进出境货运量8100万吨。', '2024-10-20')
    expect(byValue(found, 1.72e9).indicator).toBe('freight_volume')
    expect(byValue(found, 8.1e7).indicator).toBe('port_cargo')
  })
})

describe('shares that changed (比重从A年的a%提高到B年的b%)', () => {
  const found = figures(
    '某省投资结构\n分行业看,工业投资占比持续回落,由2016年的46.5%下降到2021年的37.1%。全省民间投资在300万元及以上固定资产投资中所占比例从2016年的43.0%提高到2021年的50.9%。',
    '2022-06-10',
  )

  it('reads both ends as shares of the same whole, each of its year', () => {
    expect(byValue(found, 46.5).kind).toBe('share')
    expect(byValue(found, 37.1).kind).toBe('share')
    expect(byValue(found, 37.1).indicator).toBe(byValue(found, 46.5).indicator)
    expect(byValue(found, 37.1).breakdown).toEqual({ sector: '工业' })
    expect(byValue(found, 50.9).kind).toBe('share')
    expect(byValue(found, 50.9).period.start).toBe('2021-01-01')
  })

  it('reads a size threshold (N万元及以上的固定资产投资) as a scope of projects, not an amount', () => {
    expect(found.some((f) => f.value === 3e6)).toBe(false)
  })
})

describe('a structure of investment by industry (投资结构比例 a:b:c)', () => {
  const found = figures('某省投资结构\n全省三次产业投资的结构比例由2016年的7.0:47.5:45.5优化为2021年的5.4:38.1:56.5。', '2022-06-10')

  it('gives each of both structures’ terms its industry’s share of investment', () => {
    expect(byValue(found, 7).breakdown).toEqual({ sector: '第一产业' })
    expect(byValue(found, 47.5).indicator).toBe('fixed_asset_investment')
    expect(byValue(found, 38.1).breakdown).toEqual({ sector: '第二产业' })
    expect(byValue(found, 56.5).kind).toBe('share')
    expect(byValue(found, 56.5).indicator).toBe('fixed_asset_investment')
  })

  it('leaves the structure of the economy (三次产业结构 a:b:c) value added', () => {
    const economy = figures('某省经济\n全省三次产业结构为9.8:40.1:50.1。', '2022-06-10')
    expect(byValue(economy, 40.1).metric).toBe('value_added')
  })
})
