/**
 * Projects: a project's size written as a plan's (规划总投资额, 规划容量), a schedule between figures, and the growth of a
 * goal after 确保. Every sentence is invented (never copied from a real page); each rule has a near sentence it must
 * leave alone.
 */
import { describe, expect, it } from 'vitest'
import { byValue, figures, span } from './pageFigures'

describe('a project’s size written as a plan’s', () => {
  it('reads 规划总投资额 as the project’s total, not a target', () => {
    const found = figures('某县物流园开工\n该物流园占地300亩,规划总投资额6.4亿元,建成后年吞吐能力200万吨。', '2012-07-02')
    const total = byValue(found, 6.4e8)
    expect(total.kind).toBe('level')
    expect(total.indicator).toBe('project_total_investment')
  })

  it('reads the investment after a planned capacity (规划容量为…,投资) as a level', () => {
    const found = figures('某旗光伏基地开工\n一期规划容量为30万千瓦,投资22.5亿元,年发电量5亿度。', '2019-05-30')
    expect(byValue(found, 2.25e9).kind).toBe('level')
  })

  it('still reads a plan to invest (规划投资, 计划投资) as a target', () => {
    const found = figures('某旗项目建设\n今年全旗计划投资45亿元,实施重点项目20个。', '2019-05-30')
    expect(byValue(found, 4.5e9).kind).toBe('target')
  })
})

describe('a schedule between two projects', () => {
  const found = figures(
    [
      '某旗新建两个新能源项目',
      '其中甲风电项目在某镇,装机规模1万千瓦,总投资约6800万元。工程计划今年8月底开工建设,11月底实现首批风机并网,明年5月底前全部建成。乙公司光伏项目装机规模3万千瓦,项目总投资约1.9亿元。',
    ].join('\n'),
    '2021-06-05',
  )

  it('dates no figure after it: the next project’s total stands at the article’s date', () => {
    expect(span(byValue(found, 1.9e8))).toBe('null..2021-06-05')
  })

  it('leaves a kicker that sets the period (截至5月底,) governing what follows', () => {
    const kicked = figures('某旗项目进展\n截至5月底,全旗项目建设进展顺利。甲项目已完成投资1.3亿元。', '2021-06-05')
    expect(span(byValue(kicked, 1.3e8))).toBe('2021-01-01..2021-05-31')
  })
})

describe('the growth of a goal after 确保', () => {
  it('reads 确保到位资金X亿元以上,增长Y%以上 as two targets', () => {
    const found = figures('某旗招商引资\n今年,某旗确保到位资金90亿元以上,增长15%以上。', '2025-06-06')
    expect(byValue(found, 9e9).kind).toBe('target')
    expect(byValue(found, 15).kind).toBe('target')
  })

  it('leaves 为确保, a purpose, alone', () => {
    const found = figures('某旗招商引资\n为确保工期,今年某旗到位资金90亿元,增长15%。', '2025-06-06')
    expect(byValue(found, 15).kind).toBe('growth')
  })
})
