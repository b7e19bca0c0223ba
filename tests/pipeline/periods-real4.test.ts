/**
 * Periods and kinds of progress reports, work reports and older bulletins: a cut-off date in the title, a year an
 * estimate names, totals over several years, price indexes and bars that places clear. Every sentence is invented
 * (never copied from a real page); each rule has a near sentence it must leave alone.
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

describe('a cut-off date in the title', () => {
  const body = [
    '2021年全县推进重点工程88个、项目总投资412.6亿元;截至2020年底已累计投入96.4亿元,本年度安排计划投资71.2亿元。截至目前,88个工程完成投资45.8亿元,占年度计划的64.3%。',
  ]

  it('ends the 截至目前 figures at the date the title states, not at the posting date', () => {
    const found = figures(['某县重点项目建设进度通报(截至8月31日)', ...body].join('\n'), '2021-10-15')
    const done = found.filter((f) => f.value === 4580000000 || f.value === 64.3)
    expect(done.map(brief)).toEqual(['investment level 4580000000 2021-01-01..2021-08-31', 'investment share 64.3 2021-01-01..2021-08-31'])
  })

  it('keeps the posting date when the title states no cut-off', () => {
    const found = figures(['某县重点项目建设进度通报', ...body].join('\n'), '2021-10-15')
    expect(found.find((f) => f.value === 4580000000)!.period.end).toBe('2021-10-15')
  })

  it('gives 本年度 its own year after a 截至…年底 of the year before in the same sentence', () => {
    const found = figures(['某县重点项目建设进度通报(截至8月31日)', ...body].join('\n'), '2021-10-15')
    const plan = found.find((f) => f.value === 7120000000)!
    expect(brief(plan)).toBe('investment target 7120000000 2021-01-01..2021-12-31')
    expect(found.find((f) => f.value === 9640000000)!.period.end).toBe('2020-12-31')
  })

  it('still ends 今年累计 at an as-of date of the same year', () => {
    const found = figures('某县交通项目进展\n截至9月20日,今年累计完成交通投资8.6亿元。', '2021-10-15')
    expect(found.map(brief)).toEqual(['investment level 860000000 2021-01-01..2021-09-20'])
  })
})

describe('the year of an estimate in a work report', () => {
  const report = [
    '过去五年工作回顾',
    '预计2019年全县GDP可达286亿元左右,规上工业增加值可达118亿元以上,五年累计完成固定资产投资640亿元。',
  ].join('\n')

  it('dates every figure of a 预计YYYY年 sentence in that year, and 五年累计 over the five years ending in it', () => {
    const found = figures(report, '2020-01-14')
    expect(found.map(brief)).toEqual([
      'gdp target 28600000000 2019-01-01..2019-12-31',
      'value_added target 11800000000 2019-01-01..2019-12-31',
      'investment target 64000000000 2015-01-01..2019-12-31',
    ])
  })

  it('leaves a year that dates an event after 预计 out of a figure before it', () => {
    const found = figures('某县光伏项目\n该项目总投资12亿元,预计2022年建成投产。', '2021-05-06')
    expect(found.map(brief)).toEqual(['investment level 1200000000 null..2021-05-06'])
  })
})

describe('price indexes and bars', () => {
  it('reads no growth of investment or consumption from a price index', () => {
    const text = ['某盟统计公报', '2010年全盟完成固定资产投资312亿元,增长21%。投资品价格同比上涨3.8%。全盟居民消费价格总水平上涨2.6%。'].join('\n')
    const found = figures(text, '2011-03-20')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual(['investment level 31200000000', 'investment growth 21'])
  })

  it('reads no figure from a bar several places clear, or one that picks places out', () => {
    const text = [
      '某区经济运行',
      '1—6月,甲市、乙市、丙市和丁盟4个盟市的规上工业产值增幅均高于了18%。',
      '全区投资增幅在25%以上的5个盟市中,西部区有3个。',
      '十年间全区GDP先后迈过五千亿元、一万亿元两个关口。',
    ].join('\n')
    expect(figures(text, '2015-08-02').filter((f) => f.metric !== 'count')).toEqual([])
  })

  it('still reads one place’s growth above a bar, and a growth followed by a count of projects', () => {
    const text = ['某区经济运行', '1—6月,甲市规上工业产值增幅为18%。全区投资增幅为12%,新开工项目5个。'].join('\n')
    const found = figures(text, '2015-08-02').filter((f) => f.metric !== 'count')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual(['output_value growth 18', 'investment growth 12'])
  })
})

describe('the end of a five-year plan', () => {
  it('dates a target for 十X五期末 (with or without the years in brackets) in the plan’s last year', () => {
    const text = ['某口岸发展规划', '力争到“十二五”(2011—2015年)期末,某口岸过货量达到1800万吨。预计到十三五末,全市外贸进出口额将达到40亿美元。'].join('\n')
    const found = figures(text, '2012-03-08')
    expect(found.filter((f) => f.metric === 'cargo_volume').map(brief)).toEqual(['cargo_volume target 18000000 2015-01-01..2015-12-31'])
    expect(found.find((f) => f.unit === 'USD')!.period).toMatchObject({ start: '2020-01-01', end: '2020-12-31' })
  })

  it('keeps 十X五期间 the whole plan', () => {
    const found = figures('某口岸发展规划\n“十二五”期间,某口岸累计过货量达到6500万吨。', '2016-03-08')
    expect(found.map(brief)).toEqual(['cargo_volume level 65000000 2011-01-01..2015-12-31'])
  })
})

describe('the size of a project finished in a coming month', () => {
  it('reads 投资约X亿元的…工程 as the project’s size, at the article date, not in the month it opens', () => {
    const found = figures('某口岸扩能\n今年9月,投资约12.6亿元的甲乙段公路改扩建工程将建成通车。', '2016-04-10')
    expect(found.map(brief)).toEqual(['investment level 1260000000 null..2016-04-10'])
  })

  it('still dates investment completed in a month by that month', () => {
    const found = figures('某口岸扩能\n今年3月,全市完成交通投资12.6亿元。', '2016-04-10')
    expect(found.map(brief)).toEqual(['investment level 1260000000 2016-03-01..2016-03-31'])
  })
})

describe('an inline heading’s figure', () => {
  it('takes the period of the first figure of the same indicator in its paragraph', () => {
    const text = ['某区经济运行', '新华网讯 全区经济运行平稳。', '看点二:规上工业增加值突破900亿元。1—5月份,全区规上工业企业完成增加值912.4亿元、增幅9.8%。'].join('\n')
    const heading = figures(text, '2011-06-20').find((f) => f.value === 90000000000)!
    expect(heading.period).toMatchObject({ start: '2011-01-01', end: '2011-05-31' })
  })

  it('leaves an undated figure that opens a paragraph without a heading cue undated', () => {
    const text = ['某区经济运行', '新华网讯 全区经济运行平稳。', '规上工业增加值突破900亿元。1—5月份,全区规上工业企业完成增加值912.4亿元、增幅9.8%。'].join('\n')
    const first = figures(text, '2011-06-20').find((f) => f.value === 90000000000)!
    expect(first.period.start).toBeNull()
  })
})

describe('a review of a plan period', () => {
  const review = ['某区回顾', '“十三五”成就回眸', '甲市生产总值由2015年的820亿元增加到2020年的1260亿元,年均增长9%。全市累计投入固定资产投资3400亿元,相当于“十二五”时期的1.8倍,年均增长12%。'].join('\n')

  it('dates 年均 after 由A年的X增加到B年的Y over the years after A up to B', () => {
    const growth = figures(review, '2021-02-01').find((f) => f.metric === 'gdp' && f.kind === 'growth')!
    expect(brief(growth)).toBe('gdp growth 9 2016-01-01..2020-12-31')
  })

  it('dates a total measured as a multiple of one plan period, and its 年均, in the next plan period', () => {
    const found = figures(review, '2021-02-01').filter((f) => f.metric === 'investment')
    expect(found.map(brief)).toEqual(['investment level 340000000000 2016-01-01..2020-12-31', 'investment growth 12 2016-01-01..2020-12-31'])
  })

  it('keeps a year a multiple is measured against out of the figure’s period', () => {
    const found = figures('某区回顾\n预计2020年全市生产总值完成1260亿元,相当于2015年的1.5倍。', '2021-02-01')
    expect(brief(found[0])).toBe('gdp target 126000000000 2020-01-01..2020-12-31')
  })
})

describe('one project’s size and projects a plan lists', () => {
  it('reads 该项目投资X亿元 as the project’s size, a stock at the article date', () => {
    const found = figures('某市项目\n同时,甲乙城际铁路也开工建设,该项目投资48亿元,工期3年。', '2022-04-12')
    expect(found.map(brief)).toEqual(['investment level 4800000000 null..2022-04-12'])
  })

  it('still dates what a project has done this year by the year so far', () => {
    const found = figures('某市项目\n今年,该项目完成投资4.8亿元。', '2022-04-12')
    expect(found.map(brief)).toEqual(['investment level 480000000 2022-01-01..2022-04-12'])
  })

  it('reads what the projects a plan lists have done as done, and what they plan as a plan', () => {
    const text = '某市项目\n今年以来,全市计划实施的45个产业类工程共完成投资120亿元。全市计划实施的45个项目计划完成投资200亿元。'
    const money = figures(text, '2018-06-12').filter((f) => f.metric === 'investment')
    expect(money.map((f) => `${f.kind} ${f.value}`)).toEqual(['level 12000000000', 'target 20000000000'])
  })
})

describe('a multiple after an estimate', () => {
  it('reads 是YYYY年的N倍 after an estimated level as part of the estimate', () => {
    const found = figures('某市回顾\n钢铁、铝业等三大产业不断壮大,预计完成增加值700亿元左右,是2010年的1.8倍。', '2016-02-01')
    expect(found.map((f) => `${f.kind} ${f.value}`)).toEqual(['target 70000000000', 'target 80'])
  })

  it('keeps it a growth after a level already reached', () => {
    const found = figures('某市回顾\n三大产业不断壮大,全年完成增加值700亿元,是2010年的1.8倍。', '2016-02-01')
    expect(found.map((f) => `${f.kind} ${f.value}`)).toEqual(['level 70000000000', 'growth 80'])
  })
})

describe('pairs of levels in one review sentence', () => {
  it('dates an undated 由X增加到Y by the years of a dated pair earlier in the sentence', () => {
    const text = '某区回顾\n甲市生产总值由2015年的820亿元增加到2020年的1260亿元;人均生产总值由6100美元增加到9300美元。'
    const perCapita = figures(text, '2021-02-01').filter((f) => f.unit === 'USD')
    expect(perCapita.map(brief)).toEqual(['gdp_per_capita level 6100 2015-01-01..2015-12-31', 'gdp_per_capita level 9300 2020-01-01..2020-12-31'])
  })

  it('leaves a pair undated when nothing in its sentence names the years', () => {
    const text = '某区回顾\n人均生产总值由6100美元增加到9300美元。'
    expect(figures(text, '2021-02-01').map((f) => f.period.start)).toEqual([null, null])
  })
})
