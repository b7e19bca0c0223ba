/**
 * Yearbook entries and work reports: a volume that reports the year before it, a template's verb for either sign,
 * section headings in labels, and the three industries written as one. Every sentence is invented (never copied from
 * a real page); each rule has a near sentence it must leave alone.
 */
import { describe, expect, it } from 'vitest'
import { byValue, figures, span } from './pageFigures'

describe('a yearbook entry', () => {
  const text = [
    '2019卷',
    '【概况】 某某旗位于某市北部,地处山地与草原的过渡地带,东邻甲旗,西接乙县,南与丙市隔河相望,北与丁旗毗连。全旗东西宽约90公里,南北长约150公里,总面积8 120平方公里。年平均气温5.2℃,最冷月平均气温-14.1℃,最热月平均气温23.6℃,年降水量360毫米,无霜期130天。全旗辖6个镇、4个苏木,98个嘎查村。截至2018年末,全旗总人口18.2万人,其中农牧业人口11.4万人,有蒙古族、汉族、回族等12个民族。旗内有煤炭、石灰石、萤石等矿产资源,已探明煤炭储量12亿吨。',
    '气候属中温带半干旱大陆性季风气候,冬季漫长寒冷,夏季短促温热,春秋两季风多雨少。旗境内河流均属内陆水系,较大的有三条,湖泊二十余处,地下水资源较为丰富,草场以典型草原和沙地草场为主,森林覆盖率逐年提高。',
    '2018年,全旗(县、区)地区生产总值86.2亿元,比上年增长(下降)5.4%。',
    '【工业】 工业增加值31.7亿元,比上年增长6.2%。全年原煤产量420万吨。',
  ].join('\n')
  const found = figures(text, '2019-12-31')

  it('reads 增长(下降)5.4% as a growth of 5.4%, the sign in the number', () => {
    const growth = byValue(found, 5.4)
    expect(growth.kind).toBe('growth')
    expect(growth.metric).toBe('gdp')
  })

  it('reads a section after the first as the year the volume reports (the 2019 volume: 2018)', () => {
    expect(span(byValue(found, 3.17e9))).toBe('2018-01-01..2018-12-31')
    expect(span(byValue(found, 4.2e6))).toBe('2018-01-01..2018-12-31')
  })

  it('keeps the section heading and the template’s bracket out of labels', () => {
    expect(byValue(found, 3.17e9).label).toBe('工业增加值')
    expect(byValue(found, 8.62e9).label).toBe('地区生产总值')
  })

  it('reads no volume from a page that only mentions a year and 卷 in its text', () => {
    const news = figures('某旗工业平稳\n2019年卷烟销售平稳。全年工业增加值31.7亿元。', '2019-06-30')
    expect(span(byValue(news, 3.17e9))).toBe('2019-01-01..2019-06-30')
  })

  it('still reads a decline written out (比上年下降2.1%) as negative', () => {
    const fall = figures('某旗工业\n2018年,全旗工业增加值比上年下降2.1%。', '2019-03-01')
    expect(fall[0].value).toBe(-2.1)
  })
})

describe('the three industries written as one (一、二、三次产业)', () => {
  const found = figures(
    '某旗政府工作报告\n2018年地区生产总值完成52.6亿元,增长7.1%;一、二、三次产业的增加值分别完成6.15亿元、30.08亿元和16.37亿元,分别增长3.2%、8.4%和6.6%。',
    '2019-02-20',
  )

  it('gives each industry its value added, and each growth its industry', () => {
    expect(byValue(found, 6.15e8).breakdown).toEqual({ industry: '第一产业' })
    expect(byValue(found, 3.008e9).breakdown).toEqual({ industry: '第二产业' })
    expect(byValue(found, 1.637e9).breakdown).toEqual({ industry: '第三产业' })
    expect(byValue(found, 3.2).breakdown).toEqual({ industry: '第一产业' })
    expect(byValue(found, 8.4).breakdown).toEqual({ industry: '第二产业' })
    expect(byValue(found, 6.6).breakdown).toEqual({ industry: '第三产业' })
  })

  it('leaves other lists of three alone (甲、乙、丙旗)', () => {
    const banners = figures('某市投资\n东旗、西旗、南旗投资分别完成12亿元、9亿元和7亿元。', '2019-02-20')
    expect(byValue(banners, 1.2e9).breakdown?.industry).toBeUndefined()
  })
})

describe('a review of last year published early in this one', () => {
  const text = (date: string) =>
    figures(
      [
        '某县借力农田水利工程成效明显',
        `  某报讯 某县借助全省农田水利建设之机,统筹推进节水项目,2018年,全县水利建设取得明显成效。`,
        '  目前,该县2018年高标准农田水利工程已全部完工,共新建机井300眼,新增灌溉面积2.1万亩。完成投资4200万元,其中,中央投资1500万元,县级投资2700万元。',
        '  一是如期完成2018年节水灌溉工程建设任务。共铺设管道120公里。完成投资800万元,其中中央投资300万元;2018年还实施了牧区水利项目。',
      ].join('\n'),
      date,
    )

  it('reads work done 目前 as the year under review’s, in the first months after it', () => {
    const found = text('2019-02-10')
    expect(span(byValue(found, 4.2e7))).toBe('2018-01-01..2018-12-31')
    expect(span(byValue(found, 1.5e7))).toBe('2018-01-01..2018-12-31')
  })

  it('keeps the year under review for a sentence that names only that year (…;2018年还实施了…)', () => {
    const found = text('2019-02-10')
    expect(span(byValue(found, 8e6))).toBe('2018-01-01..2018-12-31')
  })

  it('reads 目前 as this year’s so far in a story from later in the year', () => {
    const found = text('2019-06-10')
    expect(span(byValue(found, 4.2e7))).toBe('2019-01-01..2019-06-10')
  })
})

describe('the prices a growth is computed at, said in passing', () => {
  it('reads 按不变价计算(下同)较上年增长 as the growth of the figure before', () => {
    const found = figures('某区农牧业\n去年全区牧业总产值达到2176.3亿元,按不变价计算(下同)较上年增长3.1%,完成牧业增加值893.4亿元,增长2.2%。', '2020-02-09')
    const growth = byValue(found, 3.1)
    expect(growth.metric).toBe('output_value')
    expect(growth.label).toBe('牧业总产值')
  })
})

describe('a pair of figures with no years, in a review that dated a pair before', () => {
  const text = (first: string) =>
    figures(['某区政府工作报告', first, '转型升级步伐加快。产业建设取得进展,三次产业结构由9.6:53.5:36.9演进为9.2:50.8:40。'].join('\n'), '2016-01-28')

  it('spans the same two years: the first figures the earlier year’s, the second the later year’s', () => {
    const found = text('综合实力显著增强。地区生产总值由2010年的1.3万亿元提高到2015年的1.9万亿元,年均增长9%。')
    expect(span(byValue(found, 9.6))).toBe('2010-01-01..2010-12-31')
    expect(span(byValue(found, 9.2))).toBe('2015-01-01..2015-12-31')
  })

  it('takes no years from a lead that dated no pair', () => {
    const found = text('综合实力显著增强。2015年地区生产总值1.9万亿元,增长7.7%。')
    expect(span(byValue(found, 9.2))).not.toBe('2010-01-01..2010-12-31')
    expect(span(byValue(found, 9.6))).not.toBe('2010-01-01..2010-12-31')
  })
})

describe('全年 after a year the sentence names, in a review of the year before', () => {
  it('reads 2023年,…力争全年…达到X as that year’s goal, not the reviewed year’s', () => {
    const found = figures(
      [
        '2022年某市公路货运量达2.1亿吨',
        '  本报1月10日讯 记者从市交通局获悉,2022年,全市公路货运量完成21030万吨,比上年增长5.4%。',
        '  2023年,市交通局将加快推进物流园区建设,力争全年公路货运量达到2.3亿吨。',
      ].join('\n'),
      '2023-01-11',
    )
    expect(span(byValue(found, 2.3e8))).toBe('2023-01-01..2023-12-31')
    expect(span(byValue(found, 2.103e8))).toBe('2022-01-01..2022-12-31')
  })
})

describe('averages over a plan', () => {
  it('reads 「十一五」年均增长 as the plan’s five years, and a level beside it as its own year', () => {
    const found = figures(
      '某省回顾\n“十一五”时期,某省经济增速较快。2010年,某省地区生产总值达到9421亿元,比2005年翻一番多,「十一五」年均增长15.3%;全省财政总收入达到1238亿元,「十一五」年均增长25.4%;全省固定资产投资达到7216亿元,年均增长24.2%。',
      '2011-08-27',
    )
    expect(span(byValue(found, 15.3))).toBe('2006-01-01..2010-12-31')
    expect(span(byValue(found, 9.421e11))).toBe('2010-01-01..2010-12-31')
    expect(span(byValue(found, 1.238e11))).toBe('2010-01-01..2010-12-31')
    expect(span(byValue(found, 24.2))).toBe('2006-01-01..2010-12-31')
  })

  it('reads “十四五”前四年 as 2021–2024: 由X跃升至Y its base year and last year, the averages after it the four years', () => {
    const found = figures(
      '某市五年回顾\n“十四五”前四年里,该市地区生产总值由2500亿元跃升至4100亿元,年均增长8.1%,位次从2020年的110位升至2024年的80位。全市工业增加值年均提高15.2%。',
      '2025-11-18',
    )
    expect(span(byValue(found, 2.5e11))).toBe('2020-01-01..2020-12-31')
    expect(span(byValue(found, 4.1e11))).toBe('2024-01-01..2024-12-31')
    expect(span(byValue(found, 8.1))).toBe('2021-01-01..2024-12-31')
    expect(span(byValue(found, 15.2))).toBe('2021-01-01..2024-12-31')
  })

  it('leaves a growth of one year alone (2010年…增长15.3%)', () => {
    const found = figures('某省回顾\n“十一五”时期成就显著。2010年,某省地区生产总值达到9421亿元,增长15.3%。', '2011-08-27')
    expect(span(byValue(found, 15.3))).toBe('2010-01-01..2010-12-31')
  })
})

describe('a round mark named without a digit', () => {
  it('is no figure when the figure itself is told after it (突破万亿元,达到10655亿元)', () => {
    const found = figures('某省回顾\n2010年,某省的经济总量突破万亿元,达到10655亿元。', '2011-08-27')
    expect(found.map((f) => f.value)).toEqual([1.0655e12])
  })

  it('is the figure when told alone (货运量破亿吨)', () => {
    const found = figures('某省口岸\n全年某省口岸货运量破亿吨。', '2024-01-05')
    expect(byValue(found, 1e8).metric).toBe('cargo_volume')
  })
})

describe('an estimate of a year that ends a plan', () => {
  it('reads 预计…可达X亿元,年均增长Y% as two estimates (targets)', () => {
    const found = figures('某盟经济\n岁末年初,记者从盟里的工作会获悉:预计2015年,该盟的地区生产总值可达310亿元,年均增长9.4%;财政收入完成28亿元。', '2015-12-28')
    expect(byValue(found, 3.1e10).kind).toBe('target')
    expect(byValue(found, 9.4).kind).toBe('target')
  })

  it('leaves an average growth that is reported, not estimated, a growth', () => {
    const found = figures('某盟经济\n2015年,该盟的地区生产总值为310亿元,年均增长9.4%。', '2016-01-28')
    expect(byValue(found, 9.4).kind).toBe('growth')
  })
})
