/**
 * Five-year plans in reviews and goals: the tenth and ninth plans (“十五”, “九五”), a running total up to a plan's
 * end, a growth measured against the plan before, one year picked out of a plan, and a figure of a year that has not
 * begun, which is a goal however it is worded. Every sentence is invented (never copied from a real page); each rule
 * has a near sentence it must leave alone.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { byValue, figures, span } from './pageFigures'


describe('a port’s review of a plan', () => {
  const body = '截至“十二五”末,某某口岸累计过货2860万吨。比“十一五”期间增长150%。出入境车辆41万辆次,比“十一五”期间增长88%。'
  const found = figures(`某口岸“十二五”发展回顾\n${body}`, '2016-02-20')

  it('reads a running total up to the plan’s end (截至“十二五”末,累计) as the whole plan’s', () => {
    expect(span(byValue(found, 28600000))).toBe('2011-01-01..2015-12-31')
  })

  it('reads 比“十一五”期间增长 as the growth of the figure before, over the plan after that one', () => {
    const growth = byValue(found, 150)
    expect(growth.kind).toBe('growth')
    expect(growth.indicator).toBe(byValue(found, 28600000).indicator)
    expect(growth.label).not.toBe('期间')
    expect(span(growth)).toBe('2011-01-01..2015-12-31')
  })

  it('reads “十五”期间 as 2001 to 2005', () => {
    const f = byValue(figures('某盟“十五”回顾\n“十五”期间,全盟累计完成固定资产投资62亿元。', '2006-03-01'), 6200000000)
    expect(span(f)).toBe('2001-01-01..2005-12-31')
  })

  it('reads “九五”期间 as 1996 to 2000', () => {
    const f = byValue(figures('某盟“九五”回顾\n“九五”期间,全盟累计完成固定资产投资85亿元。', '2001-03-01'), 8500000000)
    expect(span(f)).toBe('1996-01-01..2000-12-31')
  })

  it('keeps 十X五末 without a running total the plan’s last year (a goal for it)', () => {
    const f = byValue(figures('某市规划\n到“十四五”末,全市地区生产总值达到6000亿元。', '2021-05-01'), 600000000000)
    expect(f.kind).toBe('target')
    expect(span(f)).toBe('2025-01-01..2025-12-31')
  })
})

describe('one year picked out of a plan (其中2014年)', () => {
  it('dates the picked year’s figure by it, and the plan’s total by the plan', () => {
    const text = '某市水利建设成效\n“十二五”期间,全市完成农田水利投资33亿元,其中2014年完成水利投资7.6亿元。'
    const found = figures(text, '2016-02-20')
    expect(span(byValue(found, 3300000000))).toBe('2011-01-01..2015-12-31')
    expect(span(byValue(found, 760000000))).toBe('2014-01-01..2014-12-31')
  })
})

describe('a figure of a period that has not begun', () => {
  it('is a goal for that whole year, however it is worded (到2025年…达到)', () => {
    const f = byValue(figures('某区发展目标\n到2025年,全区地区生产总值达到2.8万亿元。', '2022-03-01'), 2800000000000)
    expect(f.kind).toBe('target')
    expect(span(f)).toBe('2025-01-01..2025-12-31')
  })

  it('leaves a past year’s figure a level of that year', () => {
    const found = figures('某区经济\n2021年,全区地区生产总值2.05万亿元。', '2022-03-01')
    expect(byValue(found, 2050000000000).kind).toBe('level')
    expect(span(byValue(found, 2050000000000))).toBe('2021-01-01..2021-12-31')
  })

  it('never ends a figure’s period before it starts, and calls any figure of a period after the article a goal', () => {
    const phrases = ['到2030年', '2027年', '到2026年底', '到“十五五”末', '“十五五”期间', '2021年', '今年', '全年', '前三季度', '到“十四五”末', '2019年至2023年', '']
    const verbs = ['达到', '完成', '实现', '为', '预计达到']
    fc.assert(
      fc.property(fc.constantFrom(...phrases), fc.constantFrom(...verbs), fc.date({ min: new Date('2005-01-01'), max: new Date('2034-12-31'), noInvalidDate: true }), (phrase, verb, date) => {
        const articleDate = date.toISOString().slice(0, 10)
        const body = `${phrase}${phrase ? ',' : ''}全市地区生产总值${verb}1200亿元,同比增长6.5%。`
        for (const f of figures(`某市经济\n${body}`, articleDate)) {
          const { start, end } = f.period
          if (start !== null && end !== null && end < start) return false
          if (start !== null && start > articleDate && f.kind !== 'target') return false
        }
        return true
      }),
    )
  })
})
