/**
 * Which series a figure belongs to when its sentence, list line or headline says what it counts, on invented
 * sentences in the patterns of real pages: a class of projects named before a project figure, a list line opened
 * by its class and count, a split by region of the headline's indicator, and all industrial projects as industrial
 * investment. Each rule has a negative example.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

function figures(text: string, date = '2024-07-15'): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

/** value unit → indicator and breakdown. */
function series(f: Figure): string {
  const b = f.breakdown ? ' ' + Object.entries(f.breakdown).map(([k, v]) => `${k}=${v}`).join(',') : ''
  return `${f.value}${f.unit} ${f.indicator}${b}`
}

describe('a class of projects named before a project figure is its part', () => {
  it('keeps the total of the key projects apart from its continued and new projects', () => {
    const got = figures(
      '今年全旗计划实施重点项目80个,截至6月底已开复工52个,完成投资27亿元。其中:31个续建项目全部复工,完成投资15亿元;49个新建项目开工21个,完成投资12亿元。',
    ).map(series)
    expect(got).toContain('2700000000CNY project_completed_investment part=重点项目')
    expect(got).toContain('1500000000CNY project_completed_investment part=续建项目')
    expect(got).toContain('1200000000CNY project_completed_investment part=新建项目')
  })

  it('drops the clause and its verb before the class', () => {
    expect(figures('下半年将着力抓好交通领域重大项目,总投资45亿元。').map(series)).toContain('4500000000CNY project_total_investment part=交通领域重大项目')
  })

  it('gives no part for one named project or a list of projects', () => {
    expect(figures('园区内年产8万吨乙二醇项目近日开工,总投资16亿元。').map(series)).toContain('1600000000CNY project_total_investment')
    expect(figures('6月份计划开工城北供热管网、东河护岸整治等项目12个,预计完成投资9亿元。').map(series)).not.toContainEqual(
      expect.stringContaining('part='),
    )
  })
})

describe('a list line opened by its class and count', () => {
  it('names the class of the figures after it', () => {
    const got = figures('——按行业分:\n\n水利设施项目6个,年度计划投资4.1亿元,开工5个,完成投资1.3亿元;\n\n文化旅游14个,年度计划投资8.6亿元,开工9个,完成投资2.3亿元;').map(series)
    expect(got).toContain('410000000CNY planned_investment part=水利设施项目')
    expect(got).toContain('130000000CNY project_completed_investment part=水利设施项目')
    expect(got).toContain('860000000CNY planned_investment part=文化旅游项目')
  })

  it('takes no place for a class (a line by banner)', () => {
    const got = figures('——按属地分:\n\n察右前旗9个,年度计划投资5.2亿元,开工6个,完成投资1.7亿元;').map(series)
    expect(got).toContain('520000000CNY planned_investment')
    expect(got).toContain('170000000CNY project_completed_investment')
  })
})

describe('a split by region reports the headline indicator', () => {
  const text =
    '前5月我区工业投资增长12.6%\n\n今年前5个月,我区工业固定资产投资较上年同期增长12.6%。分行业看,采矿业投资增长20.5%。分盟市看,乌兰察布市(15.2%)、兴安盟(-4.1%)投资有增有降。'

  it('gives the figures by league the headline indicator, not the sector before them', () => {
    const got = figures(text).filter((f) => f.value === 15.2 || f.value === -4.1).map(series)
    expect(got).toEqual(['15.2% fixed_asset_investment sector=工业', '-4.1% fixed_asset_investment sector=工业'])
  })

  it('keeps a sector the split names itself', () => {
    const own = '前5月我区工业投资增长12.6%\n\n今年前5个月,我区工业固定资产投资较上年同期增长12.6%。分盟市看,乌兰察布市采矿业投资增长9.3%。'
    expect(figures(own).filter((f) => f.value === 9.3).map(series)).toEqual(['9.3% fixed_asset_investment sector=采矿业'])
  })
})

describe('all industrial projects are industrial investment', () => {
  it('reads a place’s industrial projects’ investment as its industrial fixed-asset investment', () => {
    expect(figures('1—5月,该市工业项目共完成投资36.2亿元,相当于该市固定资产投资的58.3%。').map(series)).toContain(
      '3620000000CNY fixed_asset_investment sector=工业',
    )
  })

  it('keeps a narrower class of industrial projects a class', () => {
    expect(figures('1—5月,全市工业重点项目共完成投资36.2亿元。').map(series)).toEqual(['3620000000CNY project_completed_investment part=工业重点项目'])
  })
})

describe('cargo: partner, transit, mode of transport and railway ports', () => {
  it('keeps the ports trading with one country apart from all ports', () => {
    const got = figures('截至4月末,全区各口岸货运总量达到3312.6万吨,其中对俄各口岸货运量合计1650.3万吨,较上年增长4.2%。').map(series)
    expect(got).toContain('16503000t port_cargo partner=俄罗斯')
    expect(got).toContain('33126000t port_cargo')
  })

  it('reads a port described by its partners as a port, not a partner', () => {
    expect(figures('目前,中俄间最繁忙的满洲里口岸货运量已达1500万吨。').map(series)).toEqual(['15000000t port_cargo'])
  })

  it('keeps goods in transit apart, and imports stay imports', () => {
    const got = figures('2月份,我区各口岸转口货物运量410.2万吨,进口货物运量2011.4万吨。').map(series)
    expect(got).toEqual(['4102000t port_cargo part=转口', '20114000t port_cargo direction=import'])
  })

  it('gives freight by mode of transport its mode, even where ports are named', () => {
    const got = figures('前三季度,全盟公路运输货运量共计3.1亿吨,各口岸过货量合计1800万吨。').map(series)
    expect(got).toEqual(['310000000t freight_volume mode=公路', '18000000t port_cargo'])
  })

  it('reads what passes a railway port as port cargo, and what a railway bureau dispatches as rail freight', () => {
    expect(figures('截至目前,策克铁路口岸今年进出口运量已达850.6万吨。').map(series)).toEqual(['8506000t port_cargo'])
    expect(figures('1—9月,集通铁路公司铁路货物发送量共计5000万吨。').map(series)).toEqual(['50000000t rail_freight'])
  })
})

describe('value added of all industry and of the enterprises above designated size', () => {
  it('keeps 全部工业增加值 and a bare 工业增加值 apart from the figure above designated size', () => {
    const got = figures('上半年,全旗全部工业增加值达到41.7亿元,规上工业增加值较上年增长7.3%。').map(series)
    expect(got).toEqual(['4170000000CNY industry_value_added', '7.3% industrial_value_added'])
    expect(figures('去年该旗工业增加值为58.2亿元。').map(series)).toEqual(['5820000000CNY industry_value_added'])
  })

  it('leaves an industry’s value added in a report on industry the figure above designated size', () => {
    expect(figures('前三季度,全盟规上工业增加值增长6.1%,其中采矿业增加值增长9.6%。').map(series)).toEqual([
      '6.1% industrial_value_added',
      '9.6% industrial_value_added sector=采矿业',
    ])
  })
})

describe('fixed-asset investment by sector and by type of outlay, written with 投资额', () => {
  it('reads 第二产业投资额 and 建筑安装工程投资额 as parts of fixed-asset investment', () => {
    const got = figures('1—8月,全区第二产业投资额较上年增长12.8%,设备工器具购置投资额下降6.1%。').map(series)
    expect(got).toEqual(['12.8% fixed_asset_investment sector=第二产业', '-6.1% fixed_asset_investment sector=设备工器具购置'])
  })

  it('leaves a sum some company invests plain investment', () => {
    expect(figures('年内,某某煤业公司投资额达6.5亿元。').map(series)).not.toContainEqual(expect.stringContaining('fixed_asset_investment'))
  })
})
