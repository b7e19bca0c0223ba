/**
 * Periods of port and transport news: a running total's stated end, said once, is where the article's other running
 * totals end too. Every sentence is invented (never copied from a real page); each rule has a near sentence it must
 * leave alone.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

function figures(text: string, date: string): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

const span = (f: Figure) => `${f.period.start}..${f.period.end}`

describe('the stated end of an article’s running totals', () => {
  it('ends a milestone with no date at the 截至 day the body states', () => {
    const text = [
      '某某公路口岸年过货量首次突破800万吨',
      '记者5日从某某口岸管理委员会获悉,某某公路口岸年过货量首次突破800万吨。',
      '截至10月4日,该口岸进出口货运量完成806.2万吨,同比增长23.4%。',
    ].join('\n')
    const found = figures(text, '2019-10-05')
    expect(found.filter((f) => f.value === 8000000).map(span)).toEqual(['2019-01-01..2019-10-04', '2019-01-01..2019-10-04'])
    expect(found.filter((f) => f.value === 8062000 || f.value === 23.4).map(span)).toEqual(['2019-01-01..2019-10-04', '2019-01-01..2019-10-04'])
  })

  it('ends 今年以来 at the end of the months the title names', () => {
    const text = ['前4月某站进口运量超过300万吨', '今年以来,某站进口运量已达312万吨,同比增长6%。'].join('\n')
    const found = figures(text, '2021-05-12')
    expect(found.filter((f) => f.value === 3120000 || f.value === 6).map(span)).toEqual(['2021-01-01..2021-04-30', '2021-01-01..2021-04-30'])
  })

  it('keeps the article date when the article states two different ends', () => {
    const text = [
      '某口岸运量持续增长',
      '1—3月,某口岸进出口货运量完成210万吨。截至4月20日,货运量达285万吨。今年以来,口岸累计完成投资1.2亿元。',
    ].join('\n')
    const found = figures(text, '2021-04-28')
    expect(span(found.find((f) => f.value === 120000000)!)).toBe('2021-01-01..2021-04-28')
  })

  it('keeps the article date when the stated end is months before it', () => {
    const text = ['某口岸运量持续增长', '1—2月,某口岸进出口货运量完成150万吨。今年以来,口岸累计完成投资1.2亿元。'].join('\n')
    const found = figures(text, '2021-06-28')
    expect(span(found.find((f) => f.value === 120000000)!)).toBe('2021-01-01..2021-06-28')
  })
})

describe('the span of a record', () => {
  it('does not date the figures next to 创近N年来最高 or 创YYYY年以来新高 by that span', () => {
    const text = ['3月份某盟口岸货运量创新高', '3月份,全盟口岸过货量达到182万吨,创近5年来最高,同比增长46.2%。'].join('\n')
    const found = figures(text, '2021-04-09')
    expect(found.filter((f) => f.value === 46.2).map(span)).toEqual(['2021-03-01..2021-03-31'])
  })

  it('still reads 近5年来 that opens a clause as the span of its figures', () => {
    const text = ['某盟口岸建设回顾', '近5年来,全盟口岸累计完成投资32亿元。'].join('\n')
    const found = figures(text, '2021-04-09')
    expect(found.map(span)).toEqual(['null..2021-04-09'])
  })
})

describe('a note where a picture was', () => {
  it('reads (资料图) under a title as no author mark: the body stays the title’s article and takes its period', () => {
    const text = ['2月份某省口岸货运量同比增长', '(相关资料图)', '', '记者从某省口岸办了解到,全省口岸过货量达到420万吨,同比增长35.6%。'].join('\n')
    const page = extractPage('x.txt', text, { date: '2022-03-10' })
    expect(page.articles).toHaveLength(1)
    expect(page.figures.map(span)).toEqual(['2022-02-01..2022-02-28', '2022-02-01..2022-02-28'])
  })

  it('still closes an article at an author’s mark in brackets', () => {
    const text = ['某县投资稳步增长', '1—2月,某县完成固定资产投资3.2亿元。', '(王某某)', '某县口岸过货量增长', '记者从某县获悉,某县口岸过货量达到12万吨。'].join('\n')
    expect(extractPage('x.txt', text, { date: '2022-03-10' }).articles).toHaveLength(2)
  })
})

describe('one day’s figures', () => {
  it('dates a 单日 record the title and lead state without a date on the one day the body gives', () => {
    const text = [
      '某某口岸单日过货量首次突破3万吨',
      '记者12日获悉,某某口岸单日过货量首次突破3万吨。',
      '4月11日18时许,最后一辆出境货车驶离监管区,当日单日过货量达31206.5吨。今年截至4月11日,该口岸过货量突破150万吨。',
    ].join('\n')
    const found = figures(text, '2023-04-12')
    expect(found.filter((f) => f.value === 30000).map(span)).toEqual(['2023-04-11..2023-04-11', '2023-04-11..2023-04-11'])
  })

  it('leaves a 单日 figure undated when the article dates such figures on two days', () => {
    const text = ['某口岸单日过货量创新高', '某口岸单日过货量首次突破3万吨。4月3日单日过货量达3.1万吨,4月9日单日过货量达3.3万吨。'].join('\n')
    const found = figures(text, '2023-04-12')
    expect(found.filter((f) => f.value === 30000).map(span)).toEqual(['null..null'])
  })

  it('reads 單日 of a traditional-script page as 单日: the day it names dates its figure, not the week before it', () => {
    const text = ['某口岸煤炭進口創新高', '今年3月6日至12日進口煤炭28萬噸,創單周新高;單日新高出現在2月9日,進口5.6萬噸。'].join('\n')
    const found = figures(text, '2019-04-02')
    expect(found.map(span)).toEqual(['2019-03-06..2019-03-12', '2019-02-09..2019-02-09'])
  })
})

describe('the day a milestone was reached', () => {
  it('ends the year so far on the day a paragraph opens with, not at the posting a day later', () => {
    const text = ['某口岸过货量突破千万吨', '2018-10-09 09:12:40', '', '10月8日16时20分,随着最后一辆货车通关,某某口岸2018年过货量达1000万吨。'].join('\n')
    expect(figures(text, '2018-10-09').map(span)).toEqual(['2018-01-01..2018-10-08', '2018-01-01..2018-10-08'])
  })

  it('keeps the article date when the day is weeks before it', () => {
    const text = ['某口岸过货量稳步增长', '9月2日,某某口岸2018年过货量达1000万吨。'].join('\n')
    expect(figures(text, '2018-10-09').map(span)).toEqual(['2018-01-01..2018-10-09'])
  })
})

describe('a cut-off date whose 月 a copy lost', () => {
  it('reads 截至928日 in an article of 30 September as 9月28日', () => {
    const found = figures(['某口岸过货量再创新高', '截至928日,某某口岸累计完成过货量1680万吨,同比增长41.5%。'].join('\n'), '2024-09-30')
    expect(found.map(span)).toEqual(['2024-01-01..2024-09-28', '2024-01-01..2024-09-28'])
  })

  it('picks the split of 115日 that falls in the weeks before the article (11月5日, not 1月15日)', () => {
    const found = figures(['某口岸过货量再创新高', '截至115日,某某口岸累计完成过货量2310万吨。'].join('\n'), '2024-11-07')
    expect(found.map(span)).toEqual(['2024-01-01..2024-11-05'])
  })

  it('reads no date when no split falls in the weeks before the article', () => {
    const found = figures(['某口岸过货量再创新高', '截至115日,某某口岸累计完成过货量1120万吨。'].join('\n'), '2024-07-01')
    expect(found.map((f) => f.period.end)).not.toContain('2024-01-15')
  })
})

describe('a figure said again', () => {
  it('dates a title printed again in the body like the figure the body dates', () => {
    const text = [
      '过货量1260.4万吨!某口岸创开关以来新高',
      '记者10月9日获悉,今年截至10月8日,某某口岸过货量1260.4万吨,创开关以来新高。',
      '过货量1260.4万吨!某口岸创开关以来新高',
    ].join('\n')
    expect(figures(text, '2023-10-10').map(span)).toEqual(['2023-01-01..2023-10-08', '2023-01-01..2023-10-08', '2023-01-01..2023-10-08'])
  })

  it('leaves a title figure of another indicator undated', () => {
    const text = ['某口岸进出口贸易额1260.4万元', '今年截至10月8日,某某口岸过货量1260.4万吨。'].join('\n')
    expect(figures(text, '2023-10-10').map((f) => `${f.metric} ${f.period.end}`)).toEqual(['trade_value null', 'cargo_volume 2023-10-08'])
  })
})

describe('parts that add up to a total of another period', () => {
  const text = [
    '某市铁路发送量增长',
    '2019年,某某市铁路货物发送总量5210.4万吨,同比增长6.2%;12月份发送量402.5万吨,同比下降3.1%。其中:煤炭发送量4130.6万吨,同比增长8.8%;木材发送量1079.8万吨,同比下降1.2%。',
  ].join('\n')

  it('dates parts after 其中 that add up to the year’s total in that year, with their growths', () => {
    const found = figures(text, '2020-01-20').filter((f) => [41306000, 8.8, 10798000, -1.2].includes(f.value))
    expect(found.map(span)).toEqual(Array(4).fill('2019-01-01..2019-12-31'))
  })

  it('leaves parts that add up to no earlier total with the month', () => {
    const other = text.replace('木材发送量1079.8万吨', '木材发送量979.8万吨')
    const found = figures(other, '2020-01-20').filter((f) => f.value === 41306000)
    expect(found.map(span)).toEqual(['2019-12-01..2019-12-31'])
  })
})

describe('the body figure a title rounds', () => {
  it('dates 增长逾三成 in a title like the body’s 31.2%, not like the first growth of the body', () => {
    const text = ['某口岸进口原煤增长逾三成', '5月份,某某口岸进口原煤21.6万吨,同比下降8.4%。1—5月,某某口岸累计进口原煤96.3万吨,同比增长31.2%。'].join('\n')
    const found = figures(text, '2016-06-12')
    expect(span(found[0])).toBe('2016-01-01..2016-05-31')
  })

  it('still dates a title figure no body figure is near like the first body figure', () => {
    const text = ['某口岸进口原煤增长逾五成', '5月份,某某口岸进口原煤21.6万吨,同比增长8.4%。1—5月,某某口岸累计进口原煤96.3万吨,同比增长31.2%。'].join('\n')
    expect(span(figures(text, '2016-06-12')[0])).toBe('2016-05-01..2016-05-31')
  })
})

describe('a third of a month and a month’s end without 截至', () => {
  it('dates a figure under 6月下旬 on the last ten days of June', () => {
    const found = figures(['某口岸通关提速', '今年6月下旬,某某口岸单日入境货车突破900辆,货运量超12万吨。'].join('\n'), '2022-07-08')
    expect(found.filter((f) => f.value === 120000).map(span)).toEqual(['2022-06-21..2022-06-30'])
  })

  it('ends the year so far at 6月底 written without 截至', () => {
    const found = figures(['某口岸运行情况', '某某口岸6月底过货量接近640万吨,进口肉类实现零突破。'].join('\n'), '2022-07-08')
    expect(found.map(span)).toEqual(['2022-01-01..2022-06-30'])
  })

  it('reads no month’s end from a deadline (计划9月底完成)', () => {
    const found = figures(['某市供热工程推进', '管网改造计划9月底完成,今年将新增供热面积2100万平方米。'].join('\n'), '2022-07-08')
    expect(found.map(span)).toEqual(['2022-01-01..2022-12-31'])
  })
})

describe('五年来 in a report of the year’s first quarter', () => {
  const text = '五年来，全区三次产业结构由9.6:53.5:36.9演进为9.2:50.8:40.0，粮食产量由400亿斤增加到520亿斤。'
  const periods = (date: string) => figures(text, date).map((f) => `${f.value} ${f.period.start}..${f.period.end}`)

  it('reviews the five full years up to last December: from the year before them to the last', () => {
    expect(periods('2016-01-30')).toEqual([
      '9.6 2010-01-01..2010-12-31', '53.5 2010-01-01..2010-12-31', '36.9 2010-01-01..2010-12-31',
      '9.2 2015-01-01..2015-12-31', '50.8 2015-01-01..2015-12-31', '40 2015-01-01..2015-12-31',
      '40000000000 2010-01-01..2010-12-31', '52000000000 2015-01-01..2015-12-31',
    ])
  })

  it('but later in the year the five years run up to the article, with no year to give', () => {
    expect(periods('2016-08-30').slice(3, 4)).toEqual(['9.2 null..2016-08-30'])
  })
})
