/**
 * Monthly releases and the money of banner projects: a month singled out (8月当月) in a report of the year so far,
 * the state lottery's fund, the budget year of a grant, the province as the payer and the date a grant with no
 * period stands at. Every sentence is invented (never copied from a real page); each rule has a near sentence it
 * must leave alone.
 */
import { describe, expect, it } from 'vitest'
import { byValue, figures, span } from './pageFigures'

/** A page of a title and one paragraph. */
const page = (title: string, body: string, date: string) => figures(`${title}\n${body}`, date)


describe('a month singled out in a report of the year so far', () => {
  const text = [
    '前7个月某市工业运行平稳',
    '1—7月,乌海市规上工业企业增加值增长5.9%,较1—6月提高0.4个百分点。7月当月乌海市规上工业企业增速7.7%,比6月加快0.5个百分点。',
    '分三大门类看:采矿业增长3.2%、制造业增长9.4%。',
  ].join('\n')
  const found = figures(text, '2023-08-18')

  it('reads 7月当月 as July alone, and the rate after it as the indicator’s, without 当月 in its label', () => {
    const month = byValue(found, 7.7)
    expect(span(month)).toBe('2023-07-01..2023-07-31')
    expect(month.indicator).toBe('industrial_value_added')
    expect(month.label).not.toMatch(/当月/)
  })

  it('goes on with the year so far after it: the sectors’ rates are January to July', () => {
    expect(span(byValue(found, 3.2))).toBe('2023-01-01..2023-07-31')
    expect(span(byValue(found, 9.4))).toBe('2023-01-01..2023-07-31')
    expect(span(byValue(found, 5.9))).toBe('2023-01-01..2023-07-31')
  })

  it('reads 其中8月单月 as that month of the indicator before it', () => {
    const sales = figures('某市消费市场回暖\n1-8月,全市社会消费品零售总额增长4.6%,其中8月单月增长7.3%。', '2023-09-18')
    const month = byValue(sales, 7.3)
    expect(span(month)).toBe('2023-08-01..2023-08-31')
    expect(month.indicator).toBe('retail_sales')
  })

  it('hands on a month written without 当月 (8月份,…): the figures after it are that month’s', () => {
    const plain = figures('某市工业运行\n1—7月,乌海市规上工业企业增加值增长5.9%。7月份,乌海市规上工业企业增速7.7%。采矿业增长3.2%。', '2023-08-18')
    expect(span(byValue(plain, 3.2))).toBe('2023-07-01..2023-07-31')
  })
})

describe('the state lottery’s fund and grants', () => {
  it('reads money of 彩票公益金 (利用…建设的, 投入) as funding of that one fund', () => {
    const found = page('某旗公益金项目陆续开工', '某旗利用彩票公益金280万元建设的马铃薯储藏交易市场项目已开工。中央彩票公益金支持的扶贫项目在该旗投资2100万元。', '2014-06-20')
    for (const value of [2800000, 21000000]) {
      const f = byValue(found, value)
      expect(f.metric).toBe('funding')
      expect(f.breakdown).toEqual({ fund: '彩票公益金' })
    }
  })

  it('dates a grant with no period at the article date, as granted by then', () => {
    const f = byValue(figures('某旗争取资金\n该旗多方争取项目支持。该旗争取到扶贫资金760万元。', '2016-05-10'), 7600000)
    expect(f.metric).toBe('funding')
    expect(span(f)).toBe('null..2016-05-10')
  })

  it('keeps a flow with no period unknown: a grant is not every sum of money', () => {
    const f = byValue(figures('某县企业生产\n该企业实现产值3.2亿元。', '2016-05-10'), 320000000)
    expect(f.period.basis).toBe('unknown')
  })

  it('takes the budget year before 中央预算 / 自治区预算 as the grant’s, and the banner as its place, not the province', () => {
    const body = '阿巴嘎旗饮水安全工程开工。工程计划投资730万元,由2016年中央预算内资金下拨520万元、2017年自治区预算资金下拨210万元组成。'
    const found = page('某旗饮水工程开工', body, '2018-05-07')
    expect(span(byValue(found, 5200000))).toBe('2016-01-01..2016-12-31')
    expect(span(byValue(found, 2100000))).toBe('2017-01-01..2017-12-31')
    expect(byValue(found, 2100000).region.name).toBe('阿巴嘎旗')
    expect(byValue(found, 5200000).region.name).toBe('阿巴嘎旗')
  })

  it('still dates an event by a year after 是 (是2021年开始建设的)', () => {
    const f = byValue(figures('某工程进展\n该工程是2021年开始建设的,总投资3亿元。', '2023-07-07'), 300000000)
    expect(span(f)).toBe('null..2023-07-07')
  })

  it('keeps the province’s own total as the province’s (自治区共下达)', () => {
    const f = byValue(figures('全区扶贫资金下达\n2015年自治区共下达扶贫资金12亿元。', '2015-07-07'), 1200000000)
    expect(f.region.name).toBe('内蒙古自治区')
  })
})

describe('a fund topped up, and a title that restates a body figure', () => {
  it('reads 补奖资金 as funding, and 为确保…,追加X万元工作经费 as money added, not a goal, named up to its noun', () => {
    const body = '近日,自治区又一次下拨禁牧补助奖励资金8.3亿元。为确保补奖政策落地,自治区财政另行追加90万元专项工作经费。'
    const found = page('自治区又拨禁牧补奖资金8.3亿元', body, '2012-10-08')
    expect(found.filter((f) => f.value === 830000000).map((f) => f.metric)).toEqual(['funding', 'funding'])
    const added = byValue(found, 900000)
    expect([added.metric, added.kind, added.label]).toEqual(['funding', 'level', '财政另行追加专项工作经费'])
  })

  it('still reads 确保完成 as a goal', () => {
    expect(byValue(page('某旗项目建设', '今年全旗确保完成固定资产投资30亿元。', '2021-03-01'), 3000000000).kind).toBe('target')
  })

  it('reads a title figure its words name no indicator of as the body figure of the same value (增长88% 前三季度…)', () => {
    const body = '前三季度,我区各个口岸进出境货物运量6120万吨,同比增长88%。'
    const found = page('同比增长88% 前三季度我区口岸进出境货物运量再创新高', body, '2023-10-20')
    const growths = found.filter((f) => f.value === 88)
    expect(growths).toHaveLength(2)
    expect(new Set(growths.map((f) => f.indicator))).toEqual(new Set(['port_cargo']))
  })
})
