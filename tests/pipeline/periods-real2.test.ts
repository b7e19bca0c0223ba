/**
 * Periods as real bulletins, work reports and reviews state them: a year named once in a title or section heading,
 * spans of several years (五年来, 比1990年增长, 由X增加到Y), 当年 after a named year, and flows by a year's end. Every
 * sentence is invented (never copied from a real page); each rule has a near sentence it must leave alone.
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

describe('the year a bulletin or a review reports', () => {
  it('gives the title’s year to 全年 figures a table cut off from the title, not the year the bulletin appeared', () => {
    const text = [
      '某某旗2020年国民经济',
      '和社会发展统计公报',
      '2020年,全旗上下攻坚克难,经济运行保持平稳。',
      '| 表1 2020年末人口 | |',
      '| 指标 | 年末数 |',
      '| 常住人口 | 30218 |',
      '二、国民经济',
      '全年全旗地区生产总值增长4.6%。其中,第二产业增加值增长7.1%。',
    ].join('\n')
    const found = figures(text, '2021-04-16').filter((f) => f.metric !== 'count' && f.metric !== 'population')
    expect(found.map(brief)).toEqual(['gdp growth 4.6 2020-01-01..2020-12-31', 'value_added growth 7.1 2020-01-01..2020-12-31'])
  })

  it('leaves 全年 of a page whose title names a plan, not a year’s report, to the publication date', () => {
    const text = [
      '某某旗召开国民经济和社会发展第十四个五年规划纲要座谈会',
      '| 表1 规划指标 | |',
      '| 指标 | 目标 |',
      '二、运行情况',
      '全年全旗地区生产总值增长4.6%。',
    ].join('\n')
    const gdp = figures(text, '2021-04-16').find((f) => f.metric === 'gdp')!
    expect(gdp.period.start).not.toBe('2020-01-01')
  })

  it('reads 一年来 and 过去一年 in a work report’s review section as the year reviewed', () => {
    const text = [
      '某某旗人民政府工作报告',
      '代表们:本届政府第三次向会议作报告。',
      '二、2021年回顾',
      '一年来,全旗地区生产总值增长6.2%,固定资产投资完成21亿元。',
    ].join('\n')
    expect(figures(text, '2023-05-02').map(brief)).toEqual([
      'gdp growth 6.2 2021-01-01..2021-12-31',
      'investment level 2100000000 2021-01-01..2021-12-31',
    ])
  })

  it('leaves 一年来 in news that reviews no past year as a span up to the article', () => {
    const gdp = figures('一年来,某某旗地区生产总值增长6.2%。', '2023-05-02').find((f) => f.metric === 'gdp')!
    expect(gdp.period.start).toBeNull()
    expect(gdp.period.end).toBe('2023-05-02')
  })
})

describe('spans of several years', () => {
  const report = (body: string) => ['某某旗人民政府工作报告', '一、2020年及“十三五”回顾', body].join('\n')

  it('reads 过去五年 … 累计 in a review as the five years up to the reviewed one, and 由X增加到Y as its two ends', () => {
    const found = figures(
      report('过去五年,全县经济稳中有进。GDP由2015年的210.4亿元提高到2020年的286.9亿元,年均增长6.4%;五年间投资累计实现905亿元。'),
      '2021-02-20',
    )
    expect(found.map(brief)).toEqual([
      'gdp level 21040000000 2015-01-01..2015-12-31',
      'gdp level 28690000000 2020-01-01..2020-12-31',
      'gdp growth 6.4 2016-01-01..2020-12-31',
      'investment level 90500000000 2016-01-01..2020-12-31',
    ])
  })

  it('gives a growth over a named base year (比1990年增长12倍, 年均增长) the years since the base', () => {
    const found = figures('2019年,某某市工业增加值达到1210亿元,比1990年增长12.4倍,年均增长9.3%。', '2020-03-11')
    expect(found.map(brief)).toEqual([
      'value_added level 121000000000 2019-01-01..2019-12-31',
      'value_added growth 1240 1991-01-01..2019-12-31',
      'value_added growth 9.3 1991-01-01..2019-12-31',
    ])
  })

  it('keeps a year-so-far figure compared with the same days of an earlier year (同比2019年提高) as the year so far', () => {
    const found = figures('截至4月30日,某口岸累计过货58万吨以上,同比2019年提高84.2%。', '2023-05-22')
    const growth = found.find((f) => f.kind === 'growth')!
    expect(`${growth.period.start}..${growth.period.end}`).toBe('2023-01-01..2023-04-30')
  })
})

describe('当年 and year ends', () => {
  it('reads 当年 as the year its sentence named before it, and hands that year on', () => {
    const found = figures('2006年,某某县新上工业项目41个,当年投资完成27亿元。规上工业增加值达到19.8亿元。', '2010-03-01')
    expect(found.filter((f) => f.metric !== 'count').map(brief)).toEqual([
      'investment level 2700000000 2006-01-01..2006-12-31',
      'value_added level 1980000000 2006-01-01..2006-12-31',
    ])
  })

  it('reads a flow 到2018年底 (GDP, investment completed) as the whole year, and a balance as the year-end point', () => {
    const found = figures('到2018年底,全县GDP实现166.2亿元,同比提高8.1%;金融机构各项存款余额达到92亿元。', '2019-03-05')
    expect(found.map(brief)).toEqual([
      'gdp level 16620000000 2018-01-01..2018-12-31',
      'gdp growth 8.1 2018-01-01..2018-12-31',
      expect.stringMatching(/ null\.\.2018-12-31$/),
    ])
  })
})

describe('month ranges and listed years', () => {
  it('reads month ranges written with a horizontal bar, 月至, or a bare month before its growth', () => {
    expect(figures('2022年1―7月,某盟规上工业增加值增长6.8%。', '2022-08-19').map(brief)).toEqual(['value_added growth 6.8 2022-01-01..2022-07-31'])
    expect(figures('2022年1月至7月,某盟光伏项目完成投资46.3亿元。', '2022-08-19').map(brief)).toEqual(['investment level 4630000000 2022-01-01..2022-07-31'])
    expect(figures('1—7月,某盟规上工业增加值增长6.8%,其中7月增长2.9%。', '2022-08-19').map(brief)).toEqual([
      'value_added growth 6.8 2022-01-01..2022-07-31',
      'value_added growth 2.9 2022-07-01..2022-07-31',
    ])
  })

  it('leaves a bare month that dates an event (7月开工) to the sentence’s other cues', () => {
    const found = figures('1—7月,某盟规上工业增加值增长6.8%,7月开工的项目完成投资3亿元。', '2022-08-19')
    expect(found.map((f) => f.period.start)).not.toContain('2022-07-01')
  })

  it('gives each value after 分别 the year listed in its place (2017年、2018年 and 2020—2022年)', () => {
    expect(figures('2017年、2018年,某市地区生产总值分别增长4.7%、5.9%。', '2019-04-02').map(brief)).toEqual([
      'gdp growth 4.7 2017-01-01..2017-12-31',
      'gdp growth 5.9 2018-01-01..2018-12-31',
    ])
    expect(figures('2020—2022年,某县固定资产投资分别完成27亿元、33亿元和40亿元。', '2024-04-02').map(brief)).toEqual([
      'investment level 2700000000 2020-01-01..2020-12-31',
      'investment level 3300000000 2021-01-01..2021-12-31',
      'investment level 4000000000 2022-01-01..2022-12-31',
    ])
  })

  it('leaves a list whose values and years are not as many to the sentence’s period', () => {
    const found = figures('2022年和2023年,某市地区生产总值分别达到300亿元。', '2024-04-02')
    expect(found.map((f) => f.period.start)).not.toContain('2022-01-01')
  })
})
