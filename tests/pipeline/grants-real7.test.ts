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
