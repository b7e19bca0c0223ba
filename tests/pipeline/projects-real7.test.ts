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

describe('plans told with a project or a headline', () => {
  it('reads a project’s 当年投资 told with its size as the year’s planned investment', () => {
    const found = figures('某地项目集中开工\n这个项目总投资80亿元,当年投资25亿元。', '2023-03-31')
    const year = byValue(found, 2.5e9)
    expect(year.kind).toBe('target')
    expect(year.indicator).toBe('planned_investment')
  })

  it('leaves 当年已完成投资 done (a level)', () => {
    const found = figures('某地项目\n这个项目总投资80亿元,当年已完成投资25亿元。', '2023-12-20')
    expect(byValue(found, 2.5e9).kind).toBe('level')
  })

  it('reads a headline’s 欲投超300亿 (亿 with no 元) as money to be invested', () => {
    const found = figures('某市欲投超300亿发展新材料\n某市今年将加快新材料产业发展。', '2014-06-01')
    const plan = byValue(found, 3e10)
    expect(plan.unit).toBe('CNY')
    expect(plan.kind).toBe('target')
    expect(plan.metric).toBe('investment')
  })
})

describe('running totals of a story told on the day', () => {
  it('keeps 截至目前 at the article’s date when another figure states an earlier end (1—2月)', () => {
    const found = figures(
      '某区重大项目集中开工\n3月30日,全区重大项目集中开工。截至目前,某市已开复工项目320个,完成投资150亿元。1—2月,全市招商引资到位资金42亿元。',
      '2023-03-30',
    )
    expect(span(byValue(found, 1.5e10))).toBe('2023-01-01..2023-03-30')
  })

  it('still ends 目前 at a title’s stated end (前5个月…目前已完成)', () => {
    const found = figures('前5个月某区口岸货运量超3800万吨\n1-5月,全区口岸货运量3812万吨。目前已完成全年目标的41.2%。', '2024-06-14')
    expect(span(byValue(found, 41.2))).toBe('2024-01-01..2024-05-31')
  })
})
