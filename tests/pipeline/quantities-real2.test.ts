/**
 * Numbers and ratios as yearbooks, county data sheets and gateway copies print them: tables one cell per line,
 * blanks as thousands separators, structures that changed between two years, variant characters. Every sentence is
 * invented (never copied from a real page), with a near sentence each rule must leave alone.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'
import { findQuantities } from '../../src/pipeline/quantities'

function figures(text: string, date = '2024-06-20'): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

function brief(f: Figure): string {
  return `${f.metric} ${f.kind} ${f.value}${f.unit} ${f.place ?? f.region.name}`
}

const values = (s: string) => findQuantities(s).quantities.map((q) => `${q.value}${q.unit}`)

describe('a table printed one cell per line', () => {
  const sheet = ['三县主要指标', '单位', '托克托县', '和林格尔县', '一、概况', '户籍人口', '万人', '21', '17', '二、经济', '地区生产总值', '万元', '583120', '491004', '人均地区生产总值', '元', '30215', '28871', '住户存款', '万元', '702311', '655020'].join('\n')

  it('gives each value to its column and never glues the cells into one number', () => {
    const got = figures(sheet).filter((f) => f.metric === 'gdp' || f.metric === 'gdp_per_capita').map(brief)
    expect(got).toEqual([
      'gdp level 5831200000CNY 托克托县',
      'gdp level 4910040000CNY 和林格尔县',
      'gdp_per_capita level 30215CNY 托克托县',
      'gdp_per_capita level 28871CNY 和林格尔县',
    ])
    expect(figures(sheet).every((f) => f.value < 1e12)).toBe(true)
  })

  it('keeps numbers on separate lines apart even when the layout is no table', () => {
    const text = ['全年数据', '地区生产总值万元', '412077', '398120', '注:数据为初步核算。'].join('\n')
    expect(figures(text).every((f) => f.value < 1e12)).toBe(true)
    // A hard wrap inside prose still joins its lines.
    expect(figures('2023年,丙旗地区生产总值完成\n65.2亿元,同比增长4.8%。').map(brief)).toEqual(['gdp level 6520000000CNY 内蒙古自治区', 'gdp growth 4.8% 内蒙古自治区'])
  })
})

describe('blanks as thousands separators', () => {
  it('reads groups of three digits before a unit as one number', () => {
    expect(values('全镇财政收入完成13 627万元,农牧民人均纯收入17 402元')).toEqual(['136270000CNY', '17402CNY'])
    expect(values('粮食产量达到1 208 450吨')).toEqual(['1208450t'])
  })

  it('leaves a list of small numbers and groups with no unit apart', () => {
    expect(values('数量分别为3 4 5个')).toEqual(['3', '4', '5item'])
    expect(values('编号112 305')).toEqual(['112', '305'])
  })
})

describe('a structure that changed', () => {
  it('reads both ratios, the earlier for the year before', () => {
    const got = figures('2021年,丁旗经济总量达58.4亿元,全旗三次产业构成由上年的17.1:42.6:40.3调整为16.4:43.9:39.7。')
    const shares = got.filter((f) => f.kind === 'share')
    expect(shares.map((f) => f.value)).toEqual([17.1, 42.6, 40.3, 16.4, 43.9, 39.7])
    expect(shares[0].period.start).toBe('2020-01-01')
  })

  it('reads named years, the ratio sign ∶ and a planned structure', () => {
    const got = figures('全旗三次产业比例由2012年的13.5∶52.1∶34.4演进为2020年的10.9∶47.6∶41.5。')
    expect(got.map((f) => `${f.value} ${f.period.start}`)).toEqual([
      '13.5 2012-01-01', '52.1 2012-01-01', '34.4 2012-01-01', '10.9 2020-01-01', '47.6 2020-01-01', '41.5 2020-01-01',
    ])
    expect(values('到2027年,三次产业比例优化到11:37:52')).toEqual(['11%', '37%', '52%'])
  })

  it('leaves a time of day and parts that are no shares alone', () => {
    expect(values('会议定于9:30:00开始')).toEqual([])
    expect(values('投资结构调整为3:1')).toEqual([])
  })
})

describe('variant characters', () => {
  it('reads 産 and the Japanese-font forms like the simplified ones', () => {
    expect(figures('2023年,戊旗生産総値达到42.6亿元,増長5.5%。').map(brief)).toEqual(['gdp level 4260000000CNY 内蒙古自治区', 'gdp growth 5.5% 内蒙古自治区'])
  })
})

describe('a number that lost its digits before the point (a copy with its digits stripped)', () => {
  it('is set aside, not read as the digits after the point', () => {
    expect(values('某盟的生产总值是.5亿元,人均是.万元')).toEqual([])
    expect(values('某盟的生产总值是．8亿元')).toEqual([])
  })

  it('but a whole decimal, or a number after a full stop, is read', () => {
    expect(values('完成投资1.5亿元')).toEqual(['150000000CNY'])
    expect(values('项目已开工.5个项目完成投资3亿元')).toContain('300000000CNY')
  })
})
