/**
 * The region of a figure in patterns of real local news (banner work reports, project and funding news, older
 * yearbooks), each on invented sentences (never copied from a real page), with a negative example of what a naive
 * rule would take.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { divisionTable } from '../../src/model/divisions'
import { extractPage } from '../../src/pipeline/dataset'
import { createRegionMap } from '../../src/pipeline/regions'

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

describe('sub-headings of a long report', () => {
  const feature = [
    '首页 新闻中心 政务公开',
    '前三季度乌海市重点项目建设提速',
    '',
    '截至9月底,全市210个重点项目开工198个,开工率94.3%,完成投资312.6亿元。',
    '',
    '分地区项目推进情况',
    '',
    '海勃湾区、乌达区、海南区重点项目分别完成投资96.2亿元、88.5亿元、127.9亿元。',
    '',
    '分行业项目推进情况',
    '',
    '——48个化工项目完成投资143.8亿元。',
    '',
    '相关阅读',
    '',
    '二季度全区外贸进出口增长12%',
  ].join('\n')

  it('keeps the headline’s place and period for the paragraphs under each sub-heading', () => {
    const page = extractPage('x.txt', feature, { date: '2023-10-20' })
    expect(page.articles.map((a) => a.headline)).toEqual(['前三季度乌海市重点项目建设提速', '二季度全区外贸进出口增长12%'])
    const invested = page.figures.filter((f) => f.unit === 'CNY')
    expect(invested.map((f) => `${f.value} ${f.region.name} ${f.period.start}..${f.period.end}`)).toEqual([
      '31260000000 乌海市 2023-01-01..2023-09-30',
      '9620000000 海勃湾区 2023-01-01..2023-09-30',
      '8850000000 乌达区 2023-01-01..2023-09-30',
      '12790000000 海南区 2023-01-01..2023-09-30',
      '14380000000 乌海市 2023-01-01..2023-09-30',
    ])
  })

  it('still splits a page of short items, each under a headline of its own with a dateline', () => {
    const epaper = [
      '准格尔旗新建充电站12座',
      '本报讯(记者 李华)今年以来,准格尔旗新建公共充电站12座,新增充电桩260个。',
      '',
      '凉城县马铃薯喜获丰收',
      '本报讯(记者 赵明)凉城县今年种植马铃薯28万亩,预计总产量达到62万吨。',
      '',
      '科右前旗举办农民丰收节',
      '本报讯(记者 王芳)9月22日,科右前旗农民丰收节开幕,现场签约农产品订单1.6亿元。',
    ].join('\n')
    const page = extractPage('x.txt', epaper, { date: '2023-09-25' })
    expect(page.articles.map((a) => a.headline)).toEqual(['准格尔旗新建充电站12座', '凉城县马铃薯喜获丰收', '科右前旗举办农民丰收节'])
  })
})

describe('an article naming several leagues as often as each other', () => {
  const map = createRegionMap(divisionTable())
  const region = { code: '150000', name: '内蒙古自治区' }

  it('is the page’s, not the first league named', () => {
    const text = '上半年两地文旅市场升温\n\n上半年,兴安盟接待游客860万人次,通辽市接待游客1020万人次。'
    expect(map.regionOfArticle(text, region).name).toBe('内蒙古自治区')
  })

  it('is the league named more often than the other', () => {
    const text = '上半年兴安盟文旅市场升温\n\n上半年,兴安盟接待游客860万人次,通辽市接待游客1020万人次。'
    expect(map.regionOfArticle(text, region).name).toBe('兴安盟')
  })
})

describe('a list of projects', () => {
  it('gives a place named in one item to that item only', () => {
    const text = [
      '全区重大项目建设加快推进。',
      '1-6月,华能某某煤制气项目已累计完成投资6.35亿元、兴安盟某某风电项目已累计完成投资2.8亿元。',
      '截至目前,黄河某某水利枢纽工程、赤峰某某新材料产业园、乌海某某化工项目等860个重大项目开复工,完成投资215亿元。',
      '新开工项目中有通辽某某公司年产30万吨玉米深加工项目、锡林郭勒某某储能电站等。',
    ].join('\n')
    expect(figures(text, '2024-07-10').map((f) => `${f.value} ${f.region.name}`)).toEqual([
      '635000000 内蒙古自治区',
      '280000000 兴安盟',
      '860 内蒙古自治区',
      '21500000000 内蒙古自治区',
      '300000 通辽市',
    ])
  })

  it('keeps the subject heading a list (其中:某区依托甲项目、乙项目等…)', () => {
    const text = '乌海市前5个月投资运行情况\n从三区看,其中:乌达区依托化工园区项目、物流项目等带动开复工项目38个,投资额比上年同期增长12%。'
    expect(figures(text, '2024-07-10').map((f) => `${f.value} ${f.region.name}`)).toEqual(['38 乌达区', '12 乌达区'])
  })
})

describe('a banner report that names a landmark, not its banner', () => {
  const map = createRegionMap(divisionTable())

  it('takes the league of a lake that lies in one banner', () => {
    const report = [
      '政府工作报告',
      '在旗委的坚强领导下,全旗各族干部群众团结奋进,岱海流域生态保护和综合治理取得明显成效。',
      '全旗完成固定资产投资21亿元,我旗地区生产总值增长6%。',
    ].join('\n')
    expect(map.leagueOf(map.inferHomeRegion(report)!.code)).toBe('150900')
  })

  it('reads no landmark into a page that names none', () => {
    const report = ['政府工作报告', '在旗委的坚强领导下,全旗各族干部群众团结奋进。', '全旗完成固定资产投资21亿元,我旗地区生产总值增长6%。'].join('\n')
    expect(map.inferHomeRegion(report)).toBeNull()
  })
})

describe('a page that never names its own place', () => {
  const text = '前三季度,我市主要指标好于预期。全市GDP达到1830亿元,增长6.4%;全市的固定资产投资较去年同期增长12.7%。'

  it('is from the league its local paper names in the sources file', () => {
    const found = extractPage('x.txt', text, { date: '2024-10-25', paper: '乌海新闻网 (date estimated)' }).figures
    expect(found.length).toBe(3)
    for (const f of found) expect(f.region.name).toBe('乌海市')
  })

  it('stays the region’s with a region-wide paper, and the text wins over the paper', () => {
    for (const f of extractPage('x.txt', text, { date: '2024-10-25', paper: '内蒙古日报 (repost)' }).figures) expect(f.region.name).toBe('内蒙古自治区')
    const named = '前三季度,赤峰市主要指标好于预期。全市GDP达到1830亿元,增长6.4%;全市的固定资产投资较去年同期增长12.7%。'
    for (const f of extractPage('x.txt', named, { date: '2024-10-25', paper: '乌海新闻网' }).figures) expect(f.region.name).toBe('赤峰市')
  })
})
