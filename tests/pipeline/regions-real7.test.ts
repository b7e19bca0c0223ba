/**
 * Places in organisations' names. Every sentence is invented (never copied from a real page); each rule has a near
 * sentence it must leave alone.
 */
import { describe, expect, it } from 'vitest'
import { byValue, figures } from './pageFigures'

describe('the province heading a company’s name with another place (内蒙古某市某某有限公司)', () => {
  const page = (company: string) =>
    figures(`某旗重大项目建设平稳\n今年,内蒙古杭锦旗实施10亿元以上项目9项,总投资200亿元。\n${company}年产5000吨碳纤维项目总投资19亿元,已完成投资17亿元。`, '2010-09-01')

  it('is part of the name, not the province’s own mention: the figure is not the province’s', () => {
    expect(byValue(page('内蒙古包头新材料有限公司'), 1.9e9).region.name).not.toBe('内蒙古自治区')
  })

  it('leaves a company named with the province alone in the article’s place', () => {
    expect(byValue(page('内蒙古华兴新材料有限公司'), 1.9e9).region.name).toBe('杭锦旗')
  })

  it('still reads the province for a figure it is the subject of', () => {
    const found = figures('全区项目建设\n今年,内蒙古完成固定资产投资5200亿元。', '2010-09-01')
    expect(byValue(found, 5.2e11).region.name).toBe('内蒙古自治区')
  })
})
