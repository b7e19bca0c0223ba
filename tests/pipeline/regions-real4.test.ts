/**
 * The region of a figure when the province, a group of places or a clause of parts stands near it without being its
 * subject (patterns of real local news), each on invented sentences (never copied from a real page), with a
 * negative example of what a naive rule would take.
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

describe('the province named beside a league’s figures', () => {
  it('keeps a league’s figure after a comparison with the province (比自治区高, 居自治区第二)', () => {
    const text =
      '截至9月末,乌兰察布市各类项目稳步推进。规上工业的增加值增长8.4%,高出自治区2.1个百分点。累计完成固定资产投资612亿元,总量位列自治区第二。'
    const found = figures(text).filter((f) => f.metric === 'value_added' || f.metric === 'investment')
    expect(found.map(brief)).toEqual([
      'value_added growth 8.4% 乌兰察布市',
      'investment level 61200000000CNY 乌兰察布市',
    ])
  })

  it('keeps the projects the province schedules (自治区调度的, 纳入自治区重点项目库) in the league', () => {
    const text = '今年,赤峰市计划实施重点项目240个,总投资1860亿元。其中列入自治区重点项目库的项目71个,总投资905亿元;自治区调度的32项重大项目完成投资118亿元。'
    const found = figures(text).filter((f) => f.metric === 'investment')
    expect(found.length).toBe(3)
    for (const f of found) expect(f.region.name).toBe('赤峰市')
  })

  it('still gives the province a figure whose subject it is', () => {
    const text = '今年,自治区重大项目完成投资2650亿元,全区固定资产投资增长9.2%。'
    expect(figures(text).map(brief)).toEqual([
      'investment level 265000000000CNY 内蒙古自治区',
      'investment growth 9.2% 内蒙古自治区',
    ])
  })
})

describe('a city’s news that looks forward to the province’s occasions', () => {
  const text = [
    '内蒙古乌海市召开重点项目推进会 以实干迎接自治区第十二次党代会',
    '会议通报,今年乌海市共安排亿元以上项目96项,总投资731亿元。',
    '一是加快推进产业项目。总投资58亿元的某某新材料项目加快建设。',
    '二是围绕庆祝内蒙古自治区成立80周年大庆,推进一批城市更新项目。总投资26亿元的某某片区改造工程开工建设。',
  ].join('\n')

  it('is the city’s, not the province’s, for figures that name no place', () => {
    const found = figures(text, '2026-05-10').filter((f) => f.metric === 'investment')
    expect(found.map((f) => f.value)).toEqual([73100000000, 5800000000, 2600000000])
    for (const f of found) expect(f.region.name).toBe('乌海市')
  })

  it('stays the province’s when the article reports a session of the province’s congress', () => {
    const session = [
      '本报讯 1月12日,内蒙古自治区十五届人大二次会议开幕,会议听取政府工作报告。',
      '按照部署,全年基础设施领域投资确保突破2800亿元。',
    ].join('\n')
    const found = figures(session, '2027-01-12').filter((f) => f.metric === 'investment')
    expect(found.map((f) => `${f.value} ${f.region.name}`)).toEqual(['280000000000 内蒙古自治区'])
  })
})
