/**
 * Shares written without 占…比重, and numbers and units as national wire items write them (containers counted one by
 * one, a per-capita figure converted to dollars, bare round numbers of 亿, a from–to pair), each on invented sentences
 * (never copied from a real page), with a near sentence the rule must leave alone.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

function figures(text: string, date = '2024-06-20'): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

/** One line per figure: metric kind qualifier value unit region. */
function brief(f: Figure): string {
  return `${f.metric} ${f.kind} ${f.qualifier}${f.value}${f.unit} ${f.region.name}`
}

describe('shares of a wider whole', () => {
  it('reads 创造了全国X%的经济总量 and the next share of the list as GDP shares of the region, not figures of the country', () => {
    const found = figures('十年间,某区以占全国0.9%的土地创造了全国1.7%的经济总量和2.4%的经济增量。', '2019-05-02')
    expect(found.filter((f) => f.metric === 'gdp').map(brief)).toEqual(['gdp share =1.7% 内蒙古自治区', 'gdp share =2.4% 内蒙古自治区'])
  })

  it('leaves a share of enterprises, which names no core indicator, out of GDP', () => {
    const found = figures('全旗65%的商户扭亏,该旗GDP同比增长5.1%。')
    expect(found.map(brief)).toEqual(['gdp growth =5.1% 内蒙古自治区'])
  })

  it('reads 贡献由a%提高到b% as two shares of the industry’s value added, not levels', () => {
    const found = figures('一季度,装备制造业对全区工业增长的贡献由去年同期的18.5%提高到29.3%。', '2021-04-20')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual(['value_added share 18.5', 'value_added share 29.3'])
  })

  it('reads 对工业增长的贡献由a%提高到b% with no part in its clause as shares of industry’s value added, but not 对经济增长的贡献率 alone', () => {
    const found = figures('这三类产业增速都超过全盟平均,对工业增长的贡献由上年同期的20.1%提升到31.4%。', '2014-04-22')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual(['value_added share 20.1', 'value_added share 31.4'])
    expect(figures('一季度,对全区经济增长的贡献率为45%。').map((f) => f.metric)).not.toContain('value_added')
  })

  it('reads X% of a named fund (专项资金的X%) as a share of that funding', () => {
    expect(figures('本批下达的是省级专项资金的20%部分。').map(brief)).toEqual(['funding share =20% 内蒙古自治区'])
    // A growth of the fund stays a growth.
    expect(figures('全市专项资金增长20%。').map((f) => `${f.metric} ${f.kind}`)).toEqual(['funding growth'])
  })
})

describe('units and round numbers', () => {
  it('counts 个标准集装箱 as TEU, so the trains’ boxes are cargo', () => {
    const found = figures('今年以来,某口岸中欧班列搭载6.3万个标准集装箱,同比增长12.5%。')
    expect(found.map(brief)).toEqual(['cargo_volume level =63000TEU 内蒙古自治区', 'cargo_volume growth =12.5% 内蒙古自治区'])
    // 个 alone still counts items.
    expect(figures('某口岸新建6个集装箱堆场。').some((f) => f.unit === 'TEU')).toBe(false)
  })

  it('reads 折算X美元 after a per-capita GDP as the same figure in dollars', () => {
    const found = figures('全市人均生产总值达到了30114元,折算4420美元。', '2011-03-02')
    expect(found.map((f) => `${f.metric} ${f.value}${f.unit}`)).toEqual(['gdp_per_capita 30114CNY', 'gdp_per_capita 4420USD'])
    const other = figures('全市人均生产总值达到了30114元,吸引外资4420万美元。', '2011-03-02')
    expect(other.filter((f) => f.unit === 'USD').map((f) => f.metric)).not.toContain('gdp_per_capita')
  })

  it('reads 突破千亿 and 过百亿 after a word of money as yuan, with their bars', () => {
    expect(figures('预计明年该盟冶金产值突破千亿。', '2022-03-01').map((f) => `${f.metric} ${f.qualifier}${f.value}${f.unit}`)).toEqual(['output_value >=100000000000CNY'])
    expect(figures('该区争取中央林草资金过百亿。').map((f) => `${f.metric} ${f.qualifier}${f.value}${f.unit}`)).toEqual(['funding >10000000000CNY'])
    // A scale (千亿级) is no amount, nor is 通过 a bar passed.
    expect(figures('全市着力打造千亿级产业集群。')).toEqual([])
    expect(figures('通过3项改革,全市投资增长9%。').map((f) => f.qualifier)).toEqual(['=', '='])
  })

  it('reads 刚过千亿元门槛 as above 1e11 yuan, and the level it rose to as the same indicator', () => {
    const found = figures('这些年,某盟经济总量由刚过千亿元门槛攀升至2100亿元。', '2022-06-01')
    expect(found.map((f) => `${f.metric} ${f.qualifier}${f.value}`)).toEqual(['gdp >100000000000', 'gdp =210000000000'])
    const people = figures('全旗生产总值达120亿元,从业人员由3万人增加到5万人。')
    expect(people.map((f) => f.metric)).toEqual(['gdp', 'people', 'people'])
  })

  it('reads 生产总值从A增加到去年B: B is the same indicator', () => {
    const found = figures('全区生产总值从1520.3亿元增加到去年6890.2亿元,经济总量前移。', '2009-02-10')
    expect(found.map((f) => `${f.metric} ${f.value}`)).toEqual(['gdp 152030000000', 'gdp 689020000000'])
  })

  it('reads 20%多 as more than 20%', () => {
    const found = figures('1至9月,乌海市规上企业的增长速度为30%多。', '2009-10-20')
    expect(found.map(brief)).toEqual(['value_added growth >30% 乌海市'])
    expect(figures('全市规上工业增长6%,多家企业扭亏为盈。').map((f) => f.qualifier)).toEqual(['='])
  })
})

describe('growths whose indicator is written before them', () => {
  it('gives 由…下降a%转为增长b% the indicator of the level before it in the sentence', () => {
    const found = figures('1至9月,全盟农牧业总产值212.4亿元,扣除价格因素,由一季度下滑1.2%转为增长0.7%。', '2021-10-25')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual(['output_value level 21240000000', 'output_value growth -1.2', 'output_value growth 0.7'])
  })

  it('gives 和上年同期相比增长X% the indicator of the level before it', () => {
    const found = figures('1至3月某口岸进出境货物2.7万吨,和上年同期相比增长19%。', '2015-05-10')
    expect(found.map((f) => `${f.metric} ${f.kind}`)).toEqual(['cargo_volume level', 'cargo_volume growth'])
  })

  it('reads 经济增长了N倍 as a growth of GDP, but not 民营经济', () => {
    const found = figures('2001年至2009年,乌海市经济增长了3.1倍,年均增长15.2%。', '2010-06-01')
    expect(found.map((f) => `${f.metric} ${f.value}`)).toEqual(['gdp 310', 'gdp 15.2'])
    expect(figures('全市民营经济增长8%。').map((f) => f.metric)).not.toContain('gdp')
  })

  it('reads 快于上年X%的增速 as a growth of the indicator just reported', () => {
    const found = figures('全年GDP增长6.8%,明显快于上年4.1%的增速,也快于前三年(2019-2021年)3.5%的年均增速。', '2023-01-20')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual(['gdp growth 6.8', 'gdp growth 4.1', 'gdp growth 3.5'])
    // Without a growth before, the compared number is no growth of any indicator.
    expect(figures('某旗快于上年4.1%的增速。').map((f) => `${f.metric} ${f.kind}`)).toEqual(['rate level'])
  })
})

describe('a structure a plan is to reach', () => {
  it('reads 到YYYY年…比例优化到a:b:c and 力争…调整为a:b:c as targets, all three parts', () => {
    const kinds = (t: string) => figures(t, '2024-03-01').map((f) => f.kind)
    expect(kinds('到2027年,全旗三次产业比例优化到11:36:53。')).toEqual(['target', 'target', 'target'])
    expect(kinds('力争全市三次产业结构调整为9:41:50。')).toEqual(['target', 'target', 'target'])
    // What a year reached, or a structure now, is a share.
    expect(kinds('2023年,全市三次产业比例调整为11:40:49。')).toEqual(['share', 'share', 'share'])
    expect(kinds('目前全市三次产业比例为12:40:48。')).toEqual(['share', 'share', 'share'])
  })
})

describe('one figure for a list of leagues', () => {
  it('gives 甲市、乙市和丙盟<indicator>超过X one figure per place', () => {
    const found = figures('2009年,包头市、乌海市和阿拉善盟人均生产总值超过1.2万美元。', '2010-06-01')
    expect(found.map((f) => `${f.metric} ${f.value}${f.unit} ${f.region.name}`)).toEqual([
      'gdp_per_capita 12000USD 包头市',
      'gdp_per_capita 12000USD 乌海市',
      'gdp_per_capita 12000USD 阿拉善盟',
    ])
    const counted = figures('赤峰市、通辽市两市GDP均增长6.1%。')
    expect(counted.map((f) => `${f.metric} ${f.region.name}`)).toEqual(['gdp 赤峰市', 'gdp 通辽市'])
  })

  it('leaves a sum of places (合计) and a link between them (至) as one figure', () => {
    expect(figures('包头市和鄂尔多斯市GDP合计占全区的45%。')).toHaveLength(1)
    expect(figures('包头市至乌海市铁路投资12亿元。')).toHaveLength(1)
  })
})
