/**
 * Funding in a review of a past year, a dateline written day first, matching funds and 标准化. Every sentence is
 * invented (never copied from a real page); each rule has a near sentence it must leave alone.
 */
import { describe, expect, it } from 'vitest'
import { byValue, figures, span } from './pageFigures'

describe('a review of a past year whose lead names the year between commas', () => {
  // A series on last year's spending, published in March: the lead names the year mid-sentence, later paragraphs
  // list what was handed out without a year of their own.
  const text = [
    '财政助力农牧业稳步发展',
    '——某省财政支持实体经济系列报道之三',
    '  农牧业是根本。一个地方的发展离不开农牧业——正因如此,2019年,省财政在支持农牧业发展上用力甚勤。',
    '  这份用力,体现在支持重点民生项目上:',
    '  下达省本级财政资金3.46亿元,保障了高标准农田建设;下达农机购置补贴资金8.12亿元,惠及全省农牧民。',
  ].join('\n')
  const found = figures(text, '2020-03-12')

  it('reads the money handed out as that whole year’s, not as a stock at the article’s date', () => {
    expect(span(byValue(found, 3.46e8))).toBe('2019-01-01..2019-12-31')
    expect(span(byValue(found, 8.12e8))).toBe('2019-01-01..2019-12-31')
    expect(byValue(found, 3.46e8).metric).toBe('funding')
  })

  it('leaves money of a page without a past year where it stood: as of the article’s date', () => {
    const plain = figures('财政助力农牧业\n  省财政近日下达省本级财政资金3.46亿元,保障高标准农田建设。', '2020-03-12')
    expect(span(byValue(plain, 3.46e8))).toBe('null..2020-03-12')
  })

  it('does not take a year after a place word for the story’s year (在2019年的基础上 is no lead)', () => {
    const later = figures(
      '某县财政工作会议召开\n  会议指出,要在2019年基础上再接再厉。\n  今年以来,县财政已下达各类补助资金1.3亿元。',
      '2020-05-10',
    )
    expect(span(byValue(later, 1.3e8))).not.toBe('2019-01-01..2019-12-31')
  })
})

describe('a dateline written day first (27.03.2018 08:15)', () => {
  const found = figures('某旗项目建设提速\n\n14.05.2018  09:30\n\n今年一季度,全旗完成固定资产投资12.4亿元。', '2018-05-14')

  it('is a date, not a number of its own', () => {
    expect(found.map((f) => f.value)).toEqual([1.24e9])
  })

  it('leaves amounts and rates with a point alone (12.4亿元, 3.5%)', () => {
    const amounts = figures('某旗项目\n全旗完成投资12.4亿元,增长3.5%。', '2018-05-14')
    expect(amounts.map((f) => f.value).sort()).toEqual([1.24e9, 3.5].sort())
  })
})

describe('matching funds and standardised building', () => {
  const found = figures(
    '某省改善乡村学校条件\n  争取中央资金4.2亿元,省级配套1.1亿元,改善薄弱学校办学条件;下达中小学标准化建设资金0.8亿元。',
    '2017-06-02',
  )

  it('reads what a government adds to another’s money (省级配套) as funding', () => {
    expect(byValue(found, 1.1e8).metric).toBe('funding')
    expect(byValue(found, 4.2e8).metric).toBe('funding')
  })

  it('reads money for 标准化 building as funding, not as a rate per unit (标准)', () => {
    expect(byValue(found, 8e7).indicator).toBe('government_funding')
    const rate = figures('某省提高补助\n  寄宿生生活补助标准提高到每生每年1200元。', '2017-06-02')
    expect(byValue(rate, 1200).indicator).toBe('unit_standard')
  })

  it('does not read facilities built alongside (配套设施) as funding', () => {
    const works = figures('某园区建设\n  园区配套设施投资2.6亿元。', '2017-06-02')
    expect(byValue(works, 2.6e8).metric).not.toBe('funding')
  })
})

describe('the year of money handed out', () => {
  it('reads a year between the verb and the fund (下达2016年…补助资金) as the grant’s, not the half year before it', () => {
    const found = figures(
      '某省下达教育资金\n  2016年上半年,省本级下达专项资金3200万元。按照每生每年900元的标准,下达2016年寄宿生生活补助资金1.9亿元。',
      '2016-11-20',
    )
    expect(span(byValue(found, 3.2e7))).toBe('2016-01-01..2016-06-30')
    expect(span(byValue(found, 1.9e8))).toBe('2016-01-01..2016-11-20')
  })

  it('keeps the half year for money whose sentence names no year of its own', () => {
    const found = figures('某省下达教育资金\n  2016年上半年,省本级下达专项资金3200万元。下达寄宿生生活补助资金1.9亿元。', '2016-11-20')
    expect(span(byValue(found, 1.9e8))).toBe('2016-01-01..2016-06-30')
  })

  it('reads money handed out 截至目前…今年 as this year’s so far, and without 今年 as a stock at the date', () => {
    const year = figures('某省保障供水\n  截至目前,省财政今年已下达农村供水补助资金2.6亿元。', '2022-04-18')
    expect(span(byValue(year, 2.6e8))).toBe('2022-01-01..2022-04-18')
    const stock = figures('某省保障供水\n  截至目前,省财政已下达农村供水补助资金2.6亿元。', '2022-04-18')
    expect(span(byValue(stock, 2.6e8))).toBe('null..2022-04-18')
  })
})

describe('money named after its number, and raised', () => {
  it('reads 统筹某局管理的X亿元衔接资金 as funding named by the words after the number', () => {
    const found = figures('某省保障供水\n  一是统筹省林业局管理的1.47亿元衔接资金,支持40个项目建设。', '2022-04-18')
    const grant = byValue(found, 1.47e8)
    expect(grant.metric).toBe('funding')
    expect(grant.label).toBe('衔接资金')
  })

  it('leaves money named only 资金 after its number with its lead (企业自筹3亿元资金 is no grant)', () => {
    const found = figures('某园区建设\n  企业自筹3亿元资金,用于厂房建设。', '2022-04-18')
    expect(byValue(found, 3e8).label).not.toBe('资金')
  })

  it('reads money raised (筹集, 籌集 in a traditional copy) and arranged (安排…资金) as funding', () => {
    const simplified = figures('某省保障供水\n  今年以来,省财政厅通过多种渠道筹集资金3.7亿元用于供水工程。', '2022-04-18')
    expect(byValue(simplified, 3.7e8).metric).toBe('funding')
    const traditional = figures('某省保障供水\n  今年以來,省財政廳通過多種渠道籌集資金3.7億元用於供水工程。', '2022-04-18')
    expect(byValue(traditional, 3.7e8).metric).toBe('funding')
    const arranged = figures('某省保障供水\n  二是专门安排省水利厅农村供水工程资金0.9亿元。', '2022-04-18')
    expect(byValue(arranged, 9e7).metric).toBe('funding')
  })
})

describe('money to be handed out, told again, and what it goes to', () => {
  const text = [
    '某省加强乡村学校建设',
    '  记者日前从省教育厅获悉,为改善办学条件,2011年中央、省两级财政将拨付超过3亿元资金,重点建设乡村学校。',
    '  据悉,这3亿余元资金的用途为:5所市级中学建设费用4000万元;乡镇中心校2100万元;为村小学购置设备投入6300万元;县级特教学校900万元。',
  ].join('\n')
  const found = figures(text, '2011-05-21')

  it('reads 将拨付 as money to be handed out: a target', () => {
    const plan = found.find((f) => f.value === 3e8)!
    expect(plan.metric).toBe('funding')
    expect(plan.kind).toBe('target')
  })

  it('reads 这3亿余元资金 as the same money told again', () => {
    const again = found.filter((f) => f.value === 3e8)
    expect(again).toHaveLength(2)
    expect(again[1].metric).toBe('funding')
    expect(again[1].kind).toBe('target')
  })

  it('reads the items after 资金的用途为: as parts of that money, 投入 included', () => {
    for (const value of [4e7, 2.1e7, 6.3e7, 9e6]) {
      const part = byValue(found, value)
      expect(part.metric).toBe('funding')
      expect(part.kind).toBe('target')
      expect(part.breakdown?.part).toBeTruthy()
    }
  })

  it('leaves 将 before a verb of no money alone (将新建学校12所 is no grant), and 投入 outside a list of parts', () => {
    const other = figures('某省加强乡村学校建设\n  全省将新建学校12所。企业投入资金6300万元建设实训基地。', '2011-05-21')
    expect(byValue(other, 6.3e7).metric).not.toBe('funding')
  })
})

describe('money for each, per unit, and named with quotes', () => {
  it('reads 甲旗、乙旗和丙县各X万元 after a grant as each place’s share of that grant', () => {
    const found = figures('某盟扶贫资金到位\n今年,自治区向锡林郭勒盟下达3个产业项目,安排扶贫项目资金2400万元;镶黄旗、正蓝旗和多伦县各800万元。', '2013-08-23')
    expect(byValue(found, 2.4e7).metric).toBe('funding')
    expect(byValue(found, 8e6).metric).toBe('funding')
  })

  it('reads an amount per village, household or pupil (每个项目村投入40万元) as a rate per unit, not as money spent', () => {
    const found = figures('某县扶贫\n按照每个项目村投入40万元的标准,全县共投入扶贫资金1200万元。', '2014-06-01')
    expect(byValue(found, 4e5).indicator).toBe('unit_standard')
    expect(byValue(found, 1.2e7).metric).toBe('funding')
  })

  it('reads a fund named after its number through quotes (3000万元“整村推进”扶贫资金)', () => {
    const found = figures('某盟3000万元“整村推进”扶贫资金到位\n日前,资金已全部拨付到位。', '2013-08-23')
    expect(byValue(found, 3e7).metric).toBe('funding')
  })
})

describe('money of a year, handed out later', () => {
  it('reads 截至目前,已拨付2023年度结转的资金 as money so far, the year only naming it', () => {
    const found = figures('某市农田建设\n截至目前,全市已累计拨付2022年度结转的水利建设资金2.45亿元,拨付进度为88.6%。', '2023-03-22')
    expect(span(byValue(found, 2.45e8))).toBe('null..2023-03-22')
  })
})

describe('money handed out under a lead of the year so far', () => {
  it('reads funds of an article whose lead says 今年以来 as this year’s so far', () => {
    const found = figures(
      '某市支持文化事业\n  今年以来,某市财政部门积极支持公共文化服务。\n  加大预算安排,安排图书馆免费开放经费26万元,乡镇文化站运行经费3.5万元。',
      '2024-04-16',
    )
    expect(span(byValue(found, 2.6e5))).toBe('2024-01-01..2024-04-16')
  })

  it('leaves them a stock at the date without such a lead', () => {
    const found = figures('某市支持文化事业\n  市财政局安排图书馆免费开放经费26万元。', '2024-04-16')
    expect(span(byValue(found, 2.6e5))).toBe('null..2024-04-16')
  })
})

describe('a title’s amount its words name nothing of', () => {
  it('is the body’s figure of the same value and unit (天津5年向某省“输血”29.43亿元)', () => {
    const found = figures('天津5年向某省“输血”29.43亿元\n据省财政厅消息:2016至2020年,天津市累计投入我省扶贫资金29.43亿元。', '2021-03-02')
    const told = found.filter((f) => f.value === 2.943e9)
    expect(told).toHaveLength(2)
    expect(told.every((f) => f.metric === 'funding')).toBe(true)
    expect(told.some((f) => f.source.quote.includes('输血'))).toBe(true)
  })

  it('stays set aside when the body gives no such figure', () => {
    const found = figures('天津5年向某省“输血”29.43亿元\n据省财政厅消息,两地协作成效明显。', '2021-03-02')
    expect(found.filter((f) => f.value === 2.943e9)).toHaveLength(0)
  })
})
