/**
 * The region of a figure when the province, a group of places or a clause of parts stands near it without being its
 * subject (patterns of real local news), each on invented sentences (never copied from a real page), with a
 * negative example of what a naive rule would take.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { divisionTable } from '../../src/model/divisions'
import { extractPage } from '../../src/pipeline/dataset'
import { createRegionMap } from '../../src/pipeline/regions'

const regionMap = createRegionMap(divisionTable())
const leagueOf = (code: string) => regionMap.leagueOf(code) ?? code

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

describe('places named in a 其中 clause', () => {
  it('do not carry past the semicolon that closes the clause: the subject before 其中 takes over again', () => {
    const text = '据统计,西部四盟市去年规上工业的增加值增长12.6%,其中包头市、乌海市增速分居全区第一和第五;固定资产投资全年达2750亿元,增长17.4%。'
    const found = figures(text, '2019-03-01').filter((f) => f.metric === 'investment')
    expect(found.map(brief)).toEqual(['investment level 275000000000CNY 内蒙古自治区', 'investment growth 17.4% 内蒙古自治区'])
  })

  it('still give their own figures, and a clause without 其中 keeps its place for the next', () => {
    const own = figures('今年以来,通辽市完成固定资产投资560亿元,其中科尔沁区完成投资98亿元;开鲁县完成投资41亿元。')
    expect(own.map(brief)).toEqual([
      'investment level 56000000000CNY 通辽市',
      'investment level 9800000000CNY 科尔沁区',
      'investment level 4100000000CNY 开鲁县',
    ])
    const plain = figures('今年以来,科尔沁区工业增速居全市首位;固定资产投资达到98亿元。')
    expect(plain.filter((f) => f.metric === 'investment').map(brief)).toEqual(['investment level 9800000000CNY 科尔沁区'])
  })
})

describe('a counted list of places reporting one total', () => {
  it('gives leagues of the region counted together (甲市、乙市、丙市三市) to the region, the group as the place', () => {
    const found = figures('今年上半年,包头、乌海、巴彦淖尔三市规上工业产值合计达到3900亿元。')
    expect(found.map(brief)).toEqual(['output_value level 390000000000CNY 内蒙古自治区'])
    expect(found[0].place).toBe('包头、乌海、巴彦淖尔三市')
  })

  it('gives land ports of several provinces counted together (某某、某某三大口岸) to the country', () => {
    const text = '2010年,满洲里、珲春、霍尔果斯三大口岸进出口货运量达到3600万吨,比上年增长9.5%。'
    const found = figures(text, '2011-02-01').filter((f) => f.metric === 'cargo_volume')
    expect(found.map(brief)).toEqual(['cargo_volume level 36000000t 全国', 'cargo_volume growth 9.5% 全国'])
  })

  it('keeps a figure said of each place (两旗县…均) in each, and a list within one league in that league', () => {
    const each = figures('阿荣旗、扎兰屯市两旗市地区生产总值均增长7.5%。')
    expect(each.map(brief)).toEqual(['gdp growth 7.5% 阿荣旗', 'gdp growth 7.5% 扎兰屯市'])
    const oneLeague = figures('今年前5个月,黑山头口岸、室韦口岸两个口岸进出口货物4.2万吨。')
    expect(oneLeague.map((f) => leagueOf(f.region.code))).toEqual(['150700'])
  })
})

describe('a league’s own short names for its banners', () => {
  const page = [
    '通辽市一季度旗县经济运行情况',
    '一季度,全市县域工业的增加值较去年同期增长14.2%。分旗县看,科尔沁区、开鲁、后旗、扎旗同比分别增长21.3%、17.8%、9.6%、6.4%;奈曼旗下降3.1%。',
  ].join('\n')

  it('reads 扎旗, 后旗 as the banners of the league the page is about, each with its own value', () => {
    const found = figures(page, '2024-04-25').filter((f) => f.metric === 'value_added')
    expect(found.map((f) => `${f.value} ${f.place ?? '-'} ${f.region.name}`)).toEqual([
      '14.2 - 通辽市',
      '21.3 科尔沁区 科尔沁区',
      '17.8 开鲁 开鲁县',
      '9.6 后旗 科尔沁左翼后旗',
      '6.4 扎旗 扎鲁特旗',
      // 奈曼旗下降3.1%: the banner alone in the same unit after the list is the same indicator's, falling.
      '-3.1 奈曼旗 奈曼旗',
    ])
  })

  it('gives a banner’s own figure no 县域 part (the banner is the county)', () => {
    const found = figures(page, '2024-04-25').filter((f) => f.metric === 'value_added')
    expect(found[0].breakdown).toEqual({ sector: '县域工业' })
    expect(found.length).toBe(6)
    for (const f of found.slice(1)) expect(f.breakdown).toBeNull()
  })

  it('reads 扎旗 in 兴安盟’s news as 扎赉特旗, and keeps 前旗 inside words (目前旗下) or unsettled pages a non-place', () => {
    const xingan = figures('兴安盟工业经济稳中有进。1-4月,扎旗、前旗规上工业增加值分别增长11.2%、8.7%。', '2024-05-20')
    expect(xingan.map((f) => f.region.name)).toEqual(['扎赉特旗', '科尔沁右翼前旗'])
    expect(regionMap.findPlaces('目前旗下企业12家', ['152200']).map((p) => p.name)).toEqual([])
    expect(regionMap.findPlaces('扎旗、前旗', ['150000']).map((p) => p.name)).toEqual(['扎鲁特旗'])
  })
})

describe('国内生产总值 in a league’s bulletin', () => {
  it('is the league’s per head too (人均国内生产总值); only 全国 or 我国 makes it the country’s', () => {
    const text = '阿拉善盟2004年统计公报\n全盟国内生产总值完成62亿元,比上年增长21%。按常住人口算,人均国内生产总值30400元。\n全国国内生产总值增长9.5%。'
    expect(figures(text, '2005-04-01').map(brief)).toEqual([
      'gdp level 6200000000CNY 阿拉善盟',
      'gdp growth 21% 阿拉善盟',
      'gdp level 30400CNY 阿拉善盟',
      'gdp growth 9.5% 全国',
    ])
  })
})

describe('a place is no part of a class of projects', () => {
  it('leaves the place that plans the projects (某某市共安排…, 某某旗计划实施…) out of the part’s name', () => {
    const found = figures('今年乌兰察布市共安排重点项目210项,涉及总投资1890亿元,当年计划投资415亿元。').filter((f) => f.metric === 'investment')
    expect(found.map((f) => `${f.region.name} ${JSON.stringify(f.breakdown)}`)).toEqual([
      '乌兰察布市 {"part":"重点项目"}',
      '乌兰察布市 {"part":"重点项目"}',
    ])
    const banner = figures('阿荣旗计划实施重大项目45个,总投资96亿元。').filter((f) => f.metric === 'investment')
    expect(banner.map((f) => JSON.stringify(f.breakdown))).toEqual(['{"part":"重大项目"}'])
  })

  it('keeps a class whose name only looks like a place’s (城市建设项目, 续建项目)', () => {
    const found = figures('今年,全市城市建设项目68个,总投资320亿元;续建项目41个,总投资150亿元。').filter((f) => f.metric === 'investment')
    expect(found.map((f) => f.breakdown?.part)).toEqual(['城市建设项目', '续建项目'])
  })
})

describe('a repost whose words were spun with synonyms', () => {
  it('reads 年度计划出资, 总出资 and 固定资产出资方针 as the investment words they stand for', () => {
    const text =
      '今年包头市谋划施行要点项目860个,年度计划出资940亿元。按照固定资产出资增加12%以上的方针使命,确认二季度固定资产出资方针为95亿元以上。某某园区项目总出资36亿元。'
    const found = figures(text, '2024-03-10').filter((f) => f.metric === 'investment')
    expect(found.map((f) => `${f.kind} ${f.value}${f.unit}`)).toEqual([
      'target 94000000000CNY',
      'target 12%',
      'target 9500000000CNY',
      'level 3600000000CNY',
    ])
    expect(found[0].breakdown).toEqual({ part: '重点项目' })
    expect(found[2].breakdown).toBeNull()
    // Quotes stay verbatim: the spun word is still what the page says.
    expect(found[0].source.quote).toContain('出资')
  })

  it('leaves 出资 of a shareholder and 方针 of a policy alone', () => {
    expect(figures('某集团出资2亿元设立产业基金,坚持稳中求进的工作方针。').filter((f) => f.metric === 'investment')).toEqual([])
  })
})

describe('classes of projects by size', () => {
  it('keeps 50亿元以上 and 10亿元以上 projects apart', () => {
    const found = figures('全市50亿元以上重大项目共21项,当年计划投资260亿元;10亿元以上重大项目共88项,当年计划投资410亿元。')
    expect(found.filter((f) => f.metric === 'investment').map((f) => f.breakdown?.part)).toEqual(['50亿元以上重大项目', '10亿元以上重大项目'])
  })
})
