/**
 * Money attracted from elsewhere and floors a group clears (patterns of real local news), each on invented
 * sentences (never copied from a real page), with a negative example of what a naive rule would take.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

function figures(text: string, date = '2024-06-20'): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

/** One line per figure: metric kind value unit region. */
function brief(f: Figure): string {
  return `${f.metric} ${f.kind} ${f.value}${f.unit} ${f.region.name}`
}

describe('funds in place from elsewhere in the country (国内到位资金)', () => {
  it('are the figure of the place that attracted them, not of the country', () => {
    const found = figures('一季度，全区引进国内到位资金512.6亿元，同比增长18.3%。').filter((f) => f.metric === 'investment')
    expect(found.map(brief)).toEqual(['investment level 51260000000CNY 内蒙古自治区', 'investment growth 18.3% 内蒙古自治区'])
    expect(new Set(found.map((f) => f.indicator))).toEqual(new Set(['investment_attracted']))
  })

  it('named after the number of a goal (引进X亿元…到位资金), are that goal', () => {
    const [goal] = figures('今年，某盟力争引进300亿元区外到位资金。全区全年力争引进4150亿元的国内到位资金。').filter((f) => f.value === 415000000000)
    expect(brief(goal)).toBe('investment target 415000000000CNY 内蒙古自治区')
    expect(goal.indicator).toBe('investment_attracted')
  })

  it('but a national figure still says 国内 of the whole country', () => {
    const [gdp] = figures('初步核算，全年国内生产总值1260582亿元，比上年增长5.0%。')
    expect(gdp.region.name).toBe('全国')
  })
})

describe('a floor each of a counted group clears (均在…以上)', () => {
  it('is no figure of the region or of any one place', () => {
    const found = figures('上半年，全区有6个盟市工业项目累计完成投资额均在80亿元以上，其中鄂尔多斯市完成投资215亿元。').filter((f) => f.metric === 'investment')
    expect(found.map(brief)).toEqual(['investment level 21500000000CNY 鄂尔多斯市'])
  })

  it('nor is a rate each of them is above', () => {
    const found = figures('前三季度，某市规上工业的增加值增长12.1%，7个旗县区增速均高于了10%。').filter((f) => f.metric === 'value_added')
    expect(found.map((f) => f.value)).toEqual([12.1])
  })

  it('but one place clearing a bar is still its figure', () => {
    const [one] = figures('上半年，鄂尔多斯市工业项目完成投资额在80亿元以上。').filter((f) => f.metric === 'investment')
    expect(brief(one)).toBe('investment level 8000000000CNY 鄂尔多斯市')
  })
})
