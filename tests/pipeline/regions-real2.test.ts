/**
 * The region of a figure in patterns of real local news (banner work reports, project and funding news, older
 * yearbooks), each on invented sentences (never copied from a real page), with a negative example of what a naive
 * rule would take.
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

describe('the province paying for a local project', () => {
  it('keeps a banner project’s 自治区配套资金 and the parts after it in the banner', () => {
    const text = '近日,阿荣旗高标准农田建设项目通过验收。项目总投资2460万元,其中:中央补助资金1580万元,自治区配套资金530万元,市级配套资金150万元,农户自筹资金200万元。'
    expect(figures(text).map(brief)).toEqual([
      'investment level 24600000CNY 阿荣旗',
      'funding level 15800000CNY 阿荣旗',
      'funding level 5300000CNY 阿荣旗',
      'funding level 1500000CNY 呼伦贝尔市',
      'funding level 2000000CNY 呼伦贝尔市',
    ])
  })

  it('reads 中央和自治区资金 on a banner page as the banner’s money', () => {
    const text = '鄂托克旗完成2022年退化草原修复项目。\n鄂托克旗退化草原修复项目总投资为415万元。到6月底,中央和自治区资金390万元已全部到位,已拨付工程款372.4万元。'
    const found = figures(text)
    expect(found.length).toBeGreaterThan(1)
    for (const f of found) expect(f.region.name).toBe('鄂托克旗')
  })

  it('keeps the region’s own totals (自治区本级, 全区共下达) and a region page’s money in the region', () => {
    const text = '今年,自治区本级安排衔接资金12.6亿元,全区共下达各类补助资金58亿元。'
    expect(figures(text).map(brief)).toEqual([
      'funding level 1260000000CNY 内蒙古自治区',
      'funding level 5800000000CNY 内蒙古自治区',
    ])
    const regionPage = figures('今年全区加快推进高标准农田建设。全区新建高标准农田500万亩。包头市落实配套资金3亿元,另有自治区财政补助资金1.2亿元。')
    expect(regionPage.filter((f) => f.metric === 'funding').map(brief)).toEqual([
      'funding level 300000000CNY 包头市',
      'funding level 120000000CNY 内蒙古自治区',
    ])
  })
})

describe('国内生产总值 in local yearbooks', () => {
  it('reads 全县国内生产总值 as the county’s GDP, and 县域国内生产总值 as the region’s', () => {
    const text = '凉城县经济概况\n2006年,全县国内生产总值达到21.6亿元,比上年增长18%。'
    expect(figures(text, '2007-05-01').map(brief)).toEqual(['gdp level 2160000000CNY 凉城县', 'gdp growth 18% 凉城县'])
    const counties = figures('2011年,我区县域国内生产总值占全区的比重为61%。', '2012-04-01').map(brief)
    expect(counties).toEqual(['gdp share 61% 内蒙古自治区'])
  })

  it('keeps 国内生产总值 without a local subject for the country', () => {
    const text = '凉城县经济概况\n2006年,国内生产总值达到21.6亿元,比上年增长18%。'
    expect(figures(text, '2007-05-01').map((f) => f.region.name)).toEqual(['全国', '全国'])
  })
})
