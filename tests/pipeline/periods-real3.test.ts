/**
 * Periods handed from a figure to the figures that hang on it: the parts of a project's 总投资, a ratio after 由上年的,
 * and an estimate for the year by its end. Every sentence is invented (never copied from a real page); each rule has
 * a near sentence it must leave alone.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

function figures(text: string, date: string): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

/** One line per figure: metric kind value period. */
function brief(f: Figure): string {
  return `${f.metric} ${f.kind} ${f.value} ${f.period.start}..${f.period.end}`
}

describe('the parts of a stock', () => {
  it('dates the parts after 其中 at the date of the 总投资 they divide', () => {
    const text = [
      '某某旗防沙工程投资计划下达',
      '市里批复了某县湿地保护工程的2019年资金安排,工程覆盖5个乡镇,明年完工。工程总投资3.12亿元。其中,国家投资2.05亿元、县级自筹资金1.07亿元。第一类为护岸工程,总投资1.2亿元,其中国家投资0.8亿元、县级自筹资金0.4亿元。',
    ].join('\n')
    const money = figures(text, '2019-08-03').filter((f) => f.metric === 'investment')
    expect(money.map(brief)).toEqual([
      'investment level 312000000 null..2019-08-03',
      'investment level 205000000 null..2019-08-03',
      'investment level 107000000 null..2019-08-03',
      'investment level 120000000 null..2019-08-03',
      'investment level 80000000 null..2019-08-03',
      'investment level 40000000 null..2019-08-03',
    ])
  })

  it('leaves a figure without 其中 after a 总投资 undated', () => {
    const text = ['某某旗防沙工程', '某某旗防沙治理工程总投资3.12亿元。下一步,中央预算内投资2.05亿元将用于造林。'].join('\n')
    const part = figures(text, '2019-08-03').find((f) => f.value === 205000000)!
    expect(part.period.end).toBeNull()
  })
})

describe('a structure changed from the year before', () => {
  it('dates 由上年的X调整为Y by the year the paragraph names, and what follows by that year too', () => {
    const text = [
      '某某旗概况',
      '2012年全县经济稳中有进,地区生产总值实现98.6亿元。一二三产比例由上年的18∶45∶37调整为16.4∶47.1∶36.5,按常住人口计人均生产总值为52 318元,同比增长10.4%。',
    ].join('\n')
    const found = figures(text, '2013-09-03').filter((f) => f.metric === 'value_added' || f.metric === 'gdp_per_capita')
    expect(found.map(brief)).toEqual([
      'value_added share 18 2011-01-01..2011-12-31',
      'value_added share 45 2011-01-01..2011-12-31',
      'value_added share 37 2011-01-01..2011-12-31',
      'value_added share 16.4 2012-01-01..2012-12-31',
      'value_added share 47.1 2012-01-01..2012-12-31',
      'value_added share 36.5 2012-01-01..2012-12-31',
      'gdp_per_capita level 52318 2012-01-01..2012-12-31',
      'gdp_per_capita growth 10.4 2012-01-01..2012-12-31',
    ])
  })

  it('counts 上年 from a year named in an earlier sentence of the paragraph, not from the page’s year', () => {
    const text = [
      '某某旗年鉴',
      '2015年地区生产总值142.00亿元,比上年增长9.9%。其中,第一产业4.1亿元,同比增长3.7%。全旗三次产业比例由上年的 3.1∶77.4∶19.5演进为2.9∶77.6∶19.5。',
    ].join('\n')
    const shares = figures(text, '2018-09-03').filter((f) => f.kind === 'share')
    expect(shares.map((f) => f.period.start)).toEqual(['2014-01-01', '2014-01-01', '2014-01-01', '2015-01-01', '2015-01-01', '2015-01-01'])
  })
})

describe('an estimate for a year by its end', () => {
  it('reads 到某年底,预计生产总值达到X as the whole year’s output', () => {
    const text = [
      '某某县人民政府工作报告',
      '一、过去五年工作回顾',
      '到2019年底,预计全县地区生产总值达到81亿元;固定资产投资达到42亿元。',
    ].join('\n')
    expect(figures(text, '2019-12-20').map(brief)).toEqual([
      'gdp target 8100000000 2019-01-01..2019-12-31',
      'investment target 4200000000 2019-01-01..2019-12-31',
    ])
  })

  it('leaves a project’s 总投资 expected by the year’s end a stock at that date', () => {
    const text = ['某某县重点项目', '到2019年底,项目总投资预计达到30亿元。'].join('\n')
    const stock = figures(text, '2019-12-20').find((f) => f.metric === 'investment')!
    expect(stock.period.start).toBeNull()
  })
})

describe('plans under a coming year the article named', () => {
  it('gives the year a report announced to the targets of later paragraphs that name none', () => {
    const text = [
      '某某市人代会开幕',
      '据报道,某某市第五届人大第二次会议10日开幕,市长作报告时说,2021年全市将开展招商攻坚。',
      '',
      '交通方面,将建成两条环线,保证交通投资超过260亿元。产业方面,力争工业投资达到450亿元左右。',
    ].join('\n')
    expect(figures(text, '2021-01-10').map(brief)).toEqual([
      'investment target 26000000000 2021-01-01..2021-12-31',
      'investment target 45000000000 2021-01-01..2021-12-31',
    ])
  })

  it('leaves such targets undated when the year named is already over', () => {
    const text = [
      '某某市回顾',
      '据报道,某某市第五届人大第二次会议10日开幕,市长作报告时说,2021年全市开展了招商攻坚。',
      '',
      '交通方面,将建成两条环线,保证交通投资超过260亿元。',
    ].join('\n')
    expect(figures(text, '2022-01-10').map((f) => f.period.start)).toEqual([null])
  })
})

describe('现时 as a date', () => {
  it('reads 现时 as 目前: work done so far this year', () => {
    const text = ['某市项目开工', '據某市發改委介紹,現時某市重點項目已全部開工,共95個,完成投資63.5億元。'].join('\n')
    expect(figures(text, '2022-05-20').find((f) => f.metric === 'investment')!.period).toMatchObject({ start: '2022-01-01', end: '2022-05-20' })
  })

  it('leaves 现时代 alone', () => {
    const text = ['某市项目', '某市立足现时代要求,谋划重点项目,完成投资63.5亿元。'].join('\n')
    expect(figures(text, '2022-05-20').find((f) => f.metric === 'investment')!.period.end).not.toBe('2022-05-20')
  })
})

describe('places that name no figure’s region', () => {
  it('does not give a railway bureau’s figures to the city it is named after', () => {
    const text = ['铁路货运', '本报讯 记者从中国铁路包头局获悉,前4个月中国铁路包头局货物发送量完成4120.4万吨。'].join('\n')
    expect(figures(text, '2023-05-04').find((f) => f.metric === 'cargo_volume')!.region.name).toBe('内蒙古自治区')
  })

  it('still gives a city’s statistics bureau’s figures to the city', () => {
    const text = ['货运', '记者从包头市统计局获悉,前4个月包头市货运量完成4120.4万吨。'].join('\n')
    expect(figures(text, '2023-05-04').find((f) => f.metric === 'cargo_volume')!.region.name).toBe('包头市')
  })

  it('does not give a figure to the city of a dateline run into the first sentence', () => {
    const text = ['口岸站运量', '【前四月某口岸站进口运量突破420万吨】中新网赤峰5月9日电(记者 某某)二连浩特铁路口岸站9日发布消息,今年前4月该站进口运量已突破420万吨。'].join('\n')
    const regions = figures(text, '2020-05-09').filter((f) => f.metric === 'cargo_volume').map((f) => f.region.name)
    expect(regions).toEqual(['二连浩特市', '二连浩特市'])
  })
})

describe('a year’s volume passing a mark', () => {
  it('reads 年运量首次突破X, with no date of its own, as the year so far', () => {
    const text = ['满都拉口岸货运创纪录', '据海关方面8日消息,满都拉口岸进出境年过货量首次突破350万吨。'].join('\n')
    const body = figures(text, '2019-11-05').filter((f) => f.metric === 'cargo_volume')
    expect(body.map((f) => `${f.period.start}..${f.period.end}`)).toEqual(['2019-01-01..2019-11-05'])
  })

  it('leaves a plant’s 年产能 undated', () => {
    const text = ['项目投产', '某某煤矿项目建成后,设计年产能突破800万吨。'].join('\n')
    const found = figures(text, '2019-11-05').filter((f) => f.unit === 't')
    expect(found.every((f) => f.period.start === null)).toBe(true)
  })
})

describe('a review of the year from its last fortnight', () => {
  it('gives 2026年…实现X the whole year when the article appeared after mid-December', () => {
    const text = ['某盟年终盘点', '2026年全盟规上工业总产值实现512.3亿元,比2021年提高35%。'].join('\n')
    expect(figures(text, '2026-12-22').map((f) => `${f.period.start}..${f.period.end}`)).toEqual(['2026-01-01..2026-12-31', '2022-01-01..2026-12-31'])
  })

  it('keeps the year so far in an article from earlier in the year', () => {
    const text = ['某市经济回顾', '2025年全盟规上工业总产值实现512.3亿元。'].join('\n')
    expect(figures(text, '2025-11-28')[0].period.end).toBe('2025-11-28')
  })

  it('does not date a mark a port passed after some years, counted from an earlier sentence', () => {
    const text = ['某口岸', '某口岸1992年开放。从常年开放到年过货量突破300万吨,只用了三年时间。'].join('\n')
    expect(figures(text, '2023-01-22').find((f) => f.value === 3000000)!.period.end).not.toBe('2023-01-22')
  })
})
