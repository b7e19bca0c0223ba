/**
 * Investment of single projects named in a list (投资X亿元的…项目、投资Y亿元的…项目). Every sentence is invented (never
 * copied from a real page); each rule has a near sentence it must leave alone.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

function figures(text: string, date: string): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

const span = (f: Figure) => `${f.period.start}..${f.period.end}`

describe('one project’s investment in a list of projects', () => {
  it('reads each 投资X亿元的…项目 of a list as that project’s total investment, a capacity in its name or not', () => {
    const text = ['某市重点项目建设提速', '投资36亿元的某某40万吨乙二醇项目、投资12.5亿元的某某风电供热项目正加快建设。'].join('\n')
    const found = figures(text, '2016-06-01').filter((f) => f.metric === 'investment')
    expect(found.map((f) => `${f.indicator} ${f.value} ${span(f)}`)).toEqual([
      'project_total_investment 3600000000 null..2016-06-01',
      'project_total_investment 1250000000 null..2016-06-01',
    ])
  })

  it('leaves money spent on part of a project alone', () => {
    const text = ['某市重点项目建设提速', '今年以来全市完成投资36亿元的60%用于工业项目。'].join('\n')
    const found = figures(text, '2016-06-01').filter((f) => f.metric === 'investment' && f.unit === 'CNY')
    expect(found.map((f) => f.indicator)).not.toContain('project_total_investment')
  })
})

describe('a growth whose level a copy lost', () => {
  it('reads 同比增长X% naming nothing, the body’s first figure, as the growth of the level the title gives', () => {
    const text = ['上半年某盟完成工业投资128.4亿元', '记者从某盟工信局了解到,上半年,某某盟,同比增长7.65%,占全盟固定资产投资的41.3%。'].join('\n')
    const found = figures(text, '2018-07-20').filter((f) => f.value === 7.65)
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.indicator}`)).toEqual(['investment growth fixed_asset_investment'])
  })

  it('reads nothing from such a growth under a title that gives no level', () => {
    const text = ['某盟工业投资稳步增长', '记者从某盟工信局了解到,上半年,某某盟,同比增长7.65%。'].join('\n')
    expect(figures(text, '2018-07-20').filter((f) => f.metric === 'investment')).toEqual([])
  })
})

describe('what industries complete in a report on fixed-asset investment', () => {
  it('reads 六大产业完成投资 and its share as fixed-asset investment by sector, not projects', () => {
    const text = ['上半年某区工业投资增长8%', '上半年,某区工业投资完成412.5亿元。八大产业完成投资额388.1亿元,同比增长9.3%,占到某区工业投资总额的94.08%。'].join('\n')
    const found = figures(text, '2018-07-20').filter((f) => f.value === 38810000000 || f.value === 94.08)
    expect(found.map((f) => `${f.indicator} ${f.breakdown?.sector}`)).toEqual(['fixed_asset_investment 八大产业', 'fixed_asset_investment 八大产业'])
  })

  it('keeps 完成投资 in news of projects a project figure', () => {
    const text = ['某市重点项目加快建设', '今年全市重点项目开复工85个,累计完成投资36.2亿元。'].join('\n')
    expect(figures(text, '2018-07-20').filter((f) => f.metric === 'investment').map((f) => f.indicator)).toEqual(['project_completed_investment'])
  })
})
