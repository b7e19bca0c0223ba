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
