/**
 * Which indicator a project's money is, and what is no part of a fund: the money a company puts into building one
 * thing, what one project named in the sentence has completed, 各类 (all kinds of) before a fund, and a part that
 * names a fund of its own. Every sentence is invented (never copied from a real page); each rule has a near sentence
 * it must leave alone.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { byValue, figures } from './pageFigures'

const indicatorOf = (found: Figure[], value: number) => {
  const f = byValue(found, value)
  return [f.indicator, f.breakdown]
}

describe('a project’s money', () => {
  it('reads what a company invests to build one thing (投资X亿元修建的, 建设了) as that project’s total', () => {
    const found = figures('某地项目建设\n某某公司投资38.5亿元修建的甲乙铁路东段通车。某某热电公司投资2.4亿元建设了生物质电厂。')
    expect(indicatorOf(found, 3850000000)).toEqual(['project_total_investment', null])
    expect(indicatorOf(found, 240000000)).toEqual(['project_total_investment', null])
  })

  it('leaves investment followed by a comma and what it went to alone (固定资产投资X亿元,建设…)', () => {
    const found = figures('某旗经济运行\n今年全旗固定资产投资52亿元,建设项目40个。')
    expect(indicatorOf(found, 5200000000)[0]).toBe('fixed_asset_investment')
  })

  it('reads what 该项目 has completed as a project’s completed investment', () => {
    const found = figures('某某冶炼项目进展\n某某集团实施了总投资11.2亿元的冶炼项目。目前该项目已完成投资5.3亿元。')
    expect(indicatorOf(found, 530000000)[0]).toBe('project_completed_investment')
  })

  it('does not let 该项目 in one sentence make a bare 投资 of another sentence a project’s', () => {
    const found = figures('某旗经济运行\n该项目年底投产。今年以来,全旗完成投资35亿元,同比增长8%。')
    expect(indicatorOf(found, 3500000000)[0]).toBe('fixed_asset_investment')
  })
})

describe('what is no part of a fund', () => {
  it('reads 其中…投入各类扶贫资金 as the fund itself, not a part called 各类', () => {
    const found = figures('某盟扶贫开发\n“十二五”期间,全盟共投入扶贫资金21亿元。其中2015年投入各类扶贫资金6.4亿元。', '2016-02-20')
    expect(indicatorOf(found, 640000000)).toEqual(indicatorOf(found, 2100000000))
  })

  it('keeps a part that names a fund of its own apart from its total (专项转移支付资金 under 各类补助资金)', () => {
    const body = '2019年,中央对我区各类补助资金共计2100亿元。其中:一般性转移支付共1240亿元、专项转移支付共860亿元。'
    const found = figures(`中央补助资金\n${body}`, '2020-03-01')
    expect(indicatorOf(found, 210000000000)).toEqual(['government_funding', { fund: '补助' }])
    expect(indicatorOf(found, 86000000000)).toEqual(['government_funding', { fund: '补助', part: '专项转移支付' }])
    expect(indicatorOf(found, 124000000000)).toEqual(['government_funding', { fund: '补助', part: '一般性转移支付' }])
  })
})

describe('a place alone in a list after a named figure', () => {
  it('reads 乙市是11万元 and 丙市10万 after 甲市人均GDP是18万 as the same indicator, in yuan', () => {
    const found = figures('各市人均GDP\n赤峰人均GDP是6.21万,通辽是7.05万元,乌海9.88万,兴安盟人均GDP是4.43万元。', '2019-05-01')
    for (const value of [62100, 70500, 98800, 44300]) {
      const f = found.find((x) => x.value === value)
      expect(f?.indicator, String(value)).toBe('gdp_per_capita')
      expect(f?.unit).toBe('CNY')
    }
  })

  it('leaves a place before a number of another unit to its own reading (乙市120万人)', () => {
    const found = figures('各市概况\n赤峰人均GDP是6.21万元,通辽常住人口287万人。', '2019-05-01')
    expect(found.find((x) => x.value === 2870000)?.indicator).not.toBe('gdp_per_capita')
  })
})
