/**
 * Freight news: pairs of names and amounts without 分别, lists of growths after them, goods 运输量, and titles whose
 * second line is a growth. Every sentence is invented (never copied from a real page); each rule has a near sentence
 * it must leave alone.
 */
import { describe, expect, it } from 'vitest'
import { byValue, figures, span } from './pageFigures'

describe('names joined by 和 before as many amounts (货运量和货物周转量X吨和Y吨公里)', () => {
  const found = figures(
    '某省公路运输回暖\n1-7月,全省公路运输共实现货运量和货物周转量7.3亿吨和1210.4亿吨公里,同比增长8.1%和4.2%,比2019年增长25.6%和17.9%。',
    '2022-08-20',
  )

  it('gives each amount its own name', () => {
    expect(byValue(found, 7.3e8).indicator).toBe('freight_volume')
    expect(byValue(found, 1.2104e11).indicator).toBe('freight_turnover')
  })

  it('pairs each list of growths with the amounts, in order, without 分别', () => {
    expect(byValue(found, 8.1).indicator).toBe('freight_volume')
    expect(byValue(found, 4.2).indicator).toBe('freight_turnover')
    expect(byValue(found, 25.6).indicator).toBe('freight_volume')
    expect(byValue(found, 17.9).indicator).toBe('freight_turnover')
  })

  it('keeps one name over places joined by 和 (甲旗和乙旗8亿元 is their sum)', () => {
    const sum = figures('某市投资\n东胜区和康巴什区完成投资8.2亿元和3.1亿元。', '2022-08-20')
    expect(byValue(sum, 8.2e8).metric).toBe('investment')
  })
})

describe('goods carried (集装箱运输量)', () => {
  it('reads a kind of goods’ 运输量 as freight, not as a count of enterprises', () => {
    const found = figures('某省公路运输\n其中规模以上企业集装箱运输量同比增长41.5%;煤炭运输量同比增长12.2%。', '2022-08-20')
    expect(byValue(found, 41.5).metric).toBe('cargo_volume')
    expect(byValue(found, 12.2).metric).toBe('cargo_volume')
  })

  it('leaves passengers carried (旅客运输量) out of freight', () => {
    const found = figures('某省公路运输\n旅客运输量同比增长22.5%。', '2022-08-20')
    expect(byValue(found, 22.5)?.metric).not.toBe('cargo_volume')
  })
})

describe('a title on two lines, the second a growth alone', () => {
  const page = (title: string) => figures(`- 首页\n- 登录\n${title}\n\n1月18日,某省举行新闻发布会,介绍全年交通运输情况。`, '2024-01-20')

  it('reads the growth line as the growth of the title’s figure', () => {
    const found = page('2023年某省完成综合运输货运量21.4亿吨\n同比增长10.8%')
    const growth = byValue(found, 10.8)
    expect(growth.kind).toBe('growth')
    expect(growth.indicator).toBe('freight_volume')
  })

  it('reads such a line in the body, its own paragraph, the same way', () => {
    const found = figures('某省交通\n\n2023年某省完成综合运输货运量21.4亿吨\n\n同比增长10.8%\n\n全省交通运输平稳。', '2024-01-20')
    expect(byValue(found, 10.8).indicator).toBe('freight_volume')
  })
})

describe('ports: imports, goods listed with 分别, marks passed and ranks', () => {
  it('reads 货物进口量 as the port’s imports, and each of 煤炭、铁矿石、集装箱运量…分别增长 as that goods’ volume', () => {
    const found = figures(
      '某口岸一季度运量创新高\n一季度某铁路口岸的货物进口量较去年同期增长16.2%,其中木材、铜精矿、化肥运量同比分别增长38.4%、12.9%、2.7%。',
      '2024-04-03',
    )
    expect(byValue(found, 16.2).metric).toBe('cargo_volume')
    expect(byValue(found, 38.4).metric).toBe('cargo_volume')
    expect(byValue(found, 38.4).label).toBe('木材运量')
    expect(byValue(found, 12.9).metric).toBe('cargo_volume')
  })

  it('reads a mark the running total passed (累计…,运送货物总量突破) as the total at the article’s date', () => {
    const found = figures('某口岸班列累计突破1万列\n5月2日,从某口岸进出的中欧班列累计突破1万列,共运送货物总量突破90万标箱。', '2021-05-03')
    expect(span(byValue(found, 9e5))).toBe('null..2021-05-03')
  })

  it('reads a volume with no 累计 in its sentence as it did (no date of its own)', () => {
    const found = figures('某口岸\n某口岸运送货物总量突破90万标箱。', '2021-05-03')
    expect(span(byValue(found, 9e5))).not.toBe('null..2021-05-03')
  })

  it('reads 成为全国首个…的省区 as a rank: the figure stays the region’s', () => {
    const found = figures('口岸货运量创新高\n全年自治区各口岸进出境货运量约9500万吨,成为我国沿边口岸首个货运量破9000万吨的省区。', '2024-01-05')
    expect(byValue(found, 9.5e7).region.name).toBe('内蒙古自治区')
    expect(byValue(found, 9e7).region.name).toBe('内蒙古自治区')
  })
})

describe('airport cargo', () => {
  it('reads 货邮吞吐量 and 货邮发运量 as an airport’s cargo and mail, not as rail freight', () => {
    const found = figures('某机场货邮量增长\n3月份,某机场完成货邮吞吐量62吨,同比增长88.2%,其中货邮发运量41.5吨,同比增长120%。', '2024-04-10')
    expect(byValue(found, 62).indicator).toBe('airport_cargo')
    expect(byValue(found, 88.2).indicator).toBe('airport_cargo')
    expect(byValue(found, 41.5).indicator).toBe('airport_cargo')
  })

  it('keeps what is sent out (货邮发运量) a part of the airport’s cargo, apart from the whole', () => {
    const found = figures('某机场货邮量增长\n3月份,某机场完成货邮吞吐量62吨,其中货邮发运量41.5吨。', '2024-04-10')
    expect(byValue(found, 62).breakdown).toBeNull()
    expect(byValue(found, 41.5).breakdown).toEqual({ part: '发运' })
  })

  it('leaves a railway’s 发运量 rail freight', () => {
    const found = figures('某铁路\n3月份,某车站煤炭发运量120万吨。', '2024-04-10')
    expect(byValue(found, 1.2e6).indicator).toBe('rail_freight')
  })
})
