/**
 * Statistical bulletins and economic-performance news as real copies carry them (traditional-character mirrors,
 * Big5 punctuation, bulletins that name their year once, lists by league), each pattern on invented sentences
 * (never copied from a real page), with negative examples of what a naive rule would take.
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

describe('traditional-character mirrors', () => {
  it('reads 內蒙古 and the leagues in traditional characters, so a wire desk’s city does not take the region', () => {
    const text = '中新網鄂爾多斯8月9日電 上半年內蒙古地區生產總值完成11260.8億元,比上年同期增長5.3%。內蒙古規上工業增加值增長6.9%。'
    expect(figures(text, '2023-08-09').map(brief)).toEqual([
      'gdp level 1126080000000CNY 内蒙古自治区',
      'gdp growth 5.3% 内蒙古自治区',
      'value_added growth 6.9% 内蒙古自治区',
    ])
    const leagues = figures('1-10月,錫林郭勒盟(4.7%)、興安盟(-0.8%)、呼倫貝爾市(11.6%)規上工業增加值增速。', '2023-11-20')
    expect(leagues.map(brief)).toEqual([
      'value_added growth 4.7% 锡林郭勒盟',
      'value_added growth -0.8% 兴安盟',
      'value_added growth 11.6% 呼伦贝尔市',
    ])
  })

  it('reads 全國 as the country, and 蒙古國 as neither the country nor the region', () => {
    const national = figures('一季度全區規上工業增加值增長7.4%,增速高於全國平均水平(5.1%)。', '2023-04-18')
    expect(national.map(brief)).toEqual([
      'value_added growth 7.4% 内蒙古自治区',
      'value_added growth 5.1% 全国',
    ])
    const league = figures('蒙古國與錫林郭勒盟接壤。今年1-9月,錫林郭勒盟規上工業增加值增長4.8%。', '2023-10-25')
    expect(league.map(brief)).toEqual(['value_added growth 4.8% 锡林郭勒盟'])
  })

  it('reads 貢獻率分別為 after the three industries as their shares of value added', () => {
    const text = '前三季度全市GDP達到1532.6億元。第一、二、三產業對GDP增長的貢獻率分別為7.2%、49.1%和43.7%。'
    const shares = figures(text, '2023-10-30').filter((f) => f.kind === 'share')
    expect(shares.map((f) => `${f.metric} ${f.value} ${f.breakdown?.industry}`)).toEqual([
      'value_added 7.2 第一产业',
      'value_added 49.1 第二产业',
      'value_added 43.7 第三产业',
    ])
  })
})

describe('Big5 punctuation', () => {
  it('reads ︰ (U+FE30, the colon of Big5 text) in a structure of three industries', () => {
    const found = figures('去年全旗GDP達到278.6億元,三次產業比例為7.3︰55.2︰37.5。', '2023-03-30')
    expect(found.filter((f) => f.kind === 'share').map((f) => f.value)).toEqual([7.3, 55.2, 37.5])
    const text = '全旗三次產業比例為7.3︰55.2︰37.5'
    const share = figures(text)[0]
    expect(text.slice(share.source.offset, share.source.offset + share.raw.length)).toBe(share.raw)
  })

  it('︰ between words is a colon, not two decimal points', () => {
    expect(figures('說明︰表中數字均為快報數。去年全旗GDP達到278.6億元。', '2023-03-30').map((f) => f.value)).toEqual([
      27860000000,
    ])
  })
})

describe('energy and water per unit of output', () => {
  it('单位地区生产总值能耗 and 单位工业增加值用水量 are intensities, not GDP or value added', () => {
    const found = figures('2022年,全市地区生产总值增长4.1%;单位工业增加值用水量比上年下降3.5%,单位地区生产总值能耗下降1.9%左右。', '2023-03-15')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual([
      'gdp growth 4.1',
      'resource_intensity growth -3.5',
      'resource_intensity growth -1.9',
    ])
    expect(figures('万元GDP能耗为0.67吨标准煤,较上年下降2.4%。').every((f) => f.metric === 'resource_intensity')).toBe(true)
  })

  it('a unit (单位) that is an organisation keeps its value added', () => {
    const found = figures('今年前5个月,全旗规上工业增加值增长5.7%,其中重点监测单位增加值增长9.3%。', '2024-06-20')
    expect(found.map((f) => f.metric)).toEqual(['value_added', 'value_added'])
  })
})

describe('two levels at the ends of a span', () => {
  it('由A增加到了B over 2016年至2021年: A is 2016’s, B is 2021’s', () => {
    const found = figures('2016年至2021年,全旗财政总收入由58亿元增加到了93亿元,年均增长9.9%。', '2022-02-10')
    expect(found.map((f) => `${f.kind} ${f.value} ${f.period.start}..${f.period.end}`)).toEqual([
      'level 5800000000 2016-01-01..2016-12-31',
      'level 9300000000 2021-01-01..2021-12-31',
      'growth 9.9 2016-01-01..2021-12-31',
    ])
  })

  it('到了 a date is no second figure', () => {
    const found = figures('这条公路从2017年动工,到了2020年,累计投入资金9.6亿元。', '2021-05-10')
    expect(found).toHaveLength(1)
    expect(found[0].period.basis).not.toBe('year')
  })
})

describe('a count date handed on to a flow', () => {
  it('截至2020年, then the year’s GDP in the next sentence: the year, not a point at its end', () => {
    const text = '截至2020年,全旗辖5个苏木镇,户籍人口18.7万人。完成地区生产总值126.4亿元,第三产业增加值51.2亿元。'
    const found = figures(text, '2021-06-01').filter((f) => f.metric === 'gdp' || f.metric === 'value_added')
    expect(found.map((f) => `${f.metric} ${f.period.start}..${f.period.end}`)).toEqual([
      'gdp 2020-01-01..2020-12-31',
      'value_added 2020-01-01..2020-12-31',
    ])
  })

  it('a stock after it stays a point at that date', () => {
    const text = '截至7月底,全旗续建和新建项目共47个。以上项目总投资215亿元。'
    const found = figures(text, '2024-09-10').filter((f) => f.metric === 'investment')
    expect(found.map((f) => `${f.period.start}..${f.period.end} ${f.period.basis}`)).toEqual(['null..2024-07-31 point'])
  })
})

describe('a list of goals', () => {
  it('力争 opens a list: every 达到 after it is a target, money included', () => {
    const text = '到2026年,力争新增专精特新企业12家,科技型中小企业达到150家,肉羊产业产值达到90亿元。'
    const found = figures(text, '2024-11-05')
    expect(found.map((f) => `${f.metric} ${f.kind}`)).toEqual(['enterprises target', 'enterprises target', 'output_value target'])
  })

  it('not after a purpose (为争取…), nor in a clause of what is already done', () => {
    expect(figures('为争取新客户,今年以来该厂产值达到3.4亿元,比上年同期增长15%。').map((f) => f.kind)).toEqual(['level', 'growth'])
    expect(figures('力争全年增长7%,1-6月全旗规上工业增加值已达到86亿元。').map((f) => `${f.value} ${f.kind}`)).toEqual([
      '8600000000 level',
    ])
  })
})

describe('profit', () => {
  it('利润 after value added in the same paragraph is profit, not more value added', () => {
    const text = '五年来,全盟工业增加值从310亿元增长到480亿元,年均增长9.1%;规上工业企业增至205户,利润总额从2018年的40多亿元提高到75亿元,年均增长13.4%。'
    const found = figures(text, '2023-10-08')
    expect(found.filter((f) => f.metric === 'value_added').map((f) => f.value)).toEqual([31000000000, 48000000000, 9.1])
    expect(found.filter((f) => f.metric === 'profit').map((f) => f.value)).toEqual([4000000000, 7500000000, 13.4])
  })

  it('利润 is no part of 增加值 or 产值 labels', () => {
    expect(figures('前5个月,全旗规上工业增加值增长6.3%,工业企业利润总额下降4.6%。').map((f) => f.metric)).toEqual([
      'value_added',
      'profit',
    ])
  })
})

describe('classes of enterprises after 分经济类型看', () => {
  it('股份制企业, 私营企业, 外商投资企业 are parts of the value added in hand, not counts or investment', () => {
    const text = '1-10月,某旗规上工业增加值增长4.9%。分经济类型看,股份制企业增加值增长5.5%;国有控股企业增长1.6%,私营企业增长8.2%,外商投资企业下降3.7%。'
    const found = figures(text, '2023-11-18')
    expect(found.map((f) => `${f.metric} ${f.value}`)).toEqual([
      'value_added 4.9',
      'value_added 5.5',
      'value_added 1.6',
      'value_added 8.2',
      'value_added -3.7',
    ])
  })

  it('the number of enterprises stays a count', () => {
    const found = figures('截至9月末,全旗规上工业企业达到96户,同比增长6.7%。', '2023-10-20')
    expect(found.map((f) => f.metric)).toEqual(['enterprises', 'enterprises'])
  })
})

describe('the share of a group just named', () => {
  it('两项合计占…的比重 and the contribution after it are shares of value added', () => {
    const text = '1-11月,全旗规上工业增加值增长7.6%。煤炭、电力两个行业分别增长5.4%、12.1%,两项合计占全旗规上工业的比重为63.2%,对全旗规上工业增长的贡献率为70.5%。'
    const found = figures(text, '2023-12-20').filter((f) => f.kind === 'share')
    expect(found.map((f) => `${f.metric} ${f.value}`)).toEqual(['value_added 63.2', 'value_added 70.5'])
  })

  it('两项 as a count of items is no share', () => {
    const found = figures('全旗新上项目两项,总投资7.5亿元。', '2023-10-20')
    expect(found.map((f) => f.kind)).toEqual(['level'])
  })
})

describe('growth over a named base year', () => {
  it('比X年的…增长N倍, then 年均增长: the base year’s level, and growths over the years since', () => {
    const text = '2021年,该市工业增加值402亿元,比2008年的63亿元增长5.4倍,年均增长15.3%。'
    const found = figures(text, '2022-08-01')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value} ${f.period.start}..${f.period.end}${f.comparison ? ' ' + f.comparison : ''}`)).toEqual([
      'value_added level 40200000000 2021-01-01..2021-12-31',
      'value_added level 6300000000 2008-01-01..2008-12-31',
      'value_added growth 540 2009-01-01..2021-12-31 较2008年',
      'value_added growth 15.3 2009-01-01..2021-12-31',
    ])
  })

  it('比上年增长 and 比2019年同期 keep the period in hand', () => {
    const found = figures('前8个月,全旗规上工业增加值增长6.9%,比2019年同期增长3.8%,全旗工业总产值比上年增长10.2%。', '2021-09-15')
    expect(found.map((f) => `${f.value} ${f.period.start}..${f.period.end}`)).toEqual([
      '6.9 2021-01-01..2021-08-31',
      '3.8 2021-01-01..2021-08-31',
      '10.2 2021-01-01..2021-08-31',
    ])
  })
})

describe('a list of the year’s goals', () => {
  it('主要预期目标是: every growth and level it lists is a target for the whole year', () => {
    const text = '本报1月9日讯 今年全旗的主要预期目标是:固定资产投资增长10%,地区生产总值增长6%以上,规上工业增加值增长8.5%左右。'
    const found = figures(text, '2025-01-09')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.qualifier}${f.value} ${f.period.start}..${f.period.end}`)).toEqual([
      'investment target =10 2025-01-01..2025-12-31',
      'gdp target >=6 2025-01-01..2025-12-31',
      'value_added target ~8.5 2025-01-01..2025-12-31',
    ])
  })

  it('a goal named as a purpose, or what is already done, is no target', () => {
    expect(figures('为实现全年目标,一季度全县规上工业增加值增长5.8%。', '2025-04-15').map((f) => f.kind)).toEqual(['growth'])
    const found = figures('全年目标是全旗GDP增长7%,1-8月已实现增长6.1%。', '2025-09-22')
    expect(found.map((f) => f.kind)).toEqual(['target', 'growth'])
  })
})

describe('a bulletin’s bulleted sections', () => {
  it('■ 综合 between paragraphs continues the bulletin, whose opening year its figures keep', () => {
    const text = '2018年,全旗经济运行保持在合理区间。\n■ 综合\n经初步核算,全旗地区生产总值按可比价计算增长5.6%。第二产业增加值增长7.4%。'
    const { figures: found, articles } = extractPage('x.txt', text, { date: '2020-06-30' })
    expect(articles).toHaveLength(1)
    expect(found.map((f) => `${f.metric} ${f.value} ${f.period.start}..${f.period.end}`)).toEqual([
      'gdp 5.6 2018-01-01..2018-12-31',
      'value_added 7.4 2018-01-01..2018-12-31',
    ])
  })

  it('■ and a reporter’s name is still a byline', () => {
    const text = '某县工业跑出加速度\n■ 本报记者 李华\n前7个月,全县规上工业增加值增长8.4%。'
    const { articles } = extractPage('x.txt', text, { date: '2024-08-12' })
    expect(articles.map((a) => a.byline)).toEqual(['■ 本报记者 李华'])
  })
})

describe('GDP per capita is a year’s figure', () => {
  it('in a review of a past year it takes that year, like GDP', () => {
    const text = '2022年,全旗经济稳中有进。据初步核算,全旗地区生产总值增长4.3%。全旗人均地区生产总值增长4.8%。'
    const found = figures(text, '2024-01-10')
    expect(found.map((f) => `${f.metric} ${f.period.start}..${f.period.end}`)).toEqual([
      'gdp 2022-01-01..2022-12-31',
      'gdp_per_capita 2022-01-01..2022-12-31',
    ])
  })

  it('a count after 截至 is no flow: population keeps its point', () => {
    const found = figures('截至2022年末,全旗常住人口24.3万人。', '2023-03-01')
    expect(found.map((f) => `${f.period.start}..${f.period.end}`)).toEqual(['null..2022-12-31'])
  })
})

describe('a year after an inline heading', () => {
  it('4.发展概况 2018年, opens the clause: the figures after it are 2018’s', () => {
    const found = figures('4.发展概况 2018年,全旗实现地区生产总值64.7亿元,增长4.9%。', '2019-08-01')
    expect(found.map((f) => `${f.value} ${f.period.start}..${f.period.end}`)).toEqual([
      '6470000000 2018-01-01..2018-12-31',
      '4.9 2018-01-01..2018-12-31',
    ])
  })

  it('始建于2014年, dates an event, not the figures after it', () => {
    const found = figures('这个工业园始建于2014年,现有入驻企业53家,园区完成产值47亿元。', '2019-10-12')
    expect(found.every((f) => f.period.start !== '2014-01-01')).toBe(true)
  })
})

describe('工业经济总量', () => {
  it('is industry’s value added, not GDP; 经济总量 alone stays GDP', () => {
    const found = figures('1-4月,全盟规上工业增加值增长7.2%,年内工业经济总量将突破900亿元,全盟经济总量将超过2500亿元。', '2024-05-25')
    expect(found.map((f) => `${f.metric} ${f.kind}`)).toEqual(['value_added growth', 'value_added target', 'gdp target'])
  })
})

describe('the growth of an estimate', () => {
  it('预计完成产值…,同比增长…: both are the estimate, so both targets', () => {
    const found = figures('今年该旗光伏制造预计完成产值64亿元,同比增长27%。', '2023-12-05')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual(['output_value target 6400000000', 'output_value target 27'])
  })

  it('a plan’s size grows like any figure: 计划投资…,同比增长 is a growth', () => {
    const found = figures('今年全旗安排重点项目36个,计划投资95亿元,比上年增长11%。', '2024-02-20')
    expect(found.filter((f) => f.unit === '%').map((f) => f.kind)).toEqual(['growth'])
  })
})

describe('GDP per capita has a size', () => {
  it('百亿元 under a headline on 人均GDP is no one’s share of output', () => {
    const text = '某旗人均GDP缘何居高不下\n2022年,某旗人均GDP达到21.4万元。2020年起该旗每年在医疗上的投入,可超过百亿元。'
    const found = extractPage('x.txt', text, { date: '2023-05-10' }).figures
    expect(found.filter((f) => f.metric === 'gdp_per_capita').map((f) => f.value)).toEqual([214000])
  })
})

describe('per-capita GDP converted at a year’s exchange rate', () => {
  it('按2020年平均汇率 names the rate, not another period: the bulletin’s year stands', () => {
    const text = '2020年,全盟经济平稳运行。\n经初步核算,全盟人均地区生产总值53640元,按2020年平均汇率计算为7776美元,比上年增长2.6%。'
    const found = figures(text, '2021-04-20')
    expect(found.map((f) => `${f.value}${f.unit} ${f.period.start}..${f.period.end}`)).toEqual([
      '53640CNY 2020-01-01..2020-12-31',
      '7776USD 2020-01-01..2020-12-31',
      '2.6% 2020-01-01..2020-12-31',
    ])
  })

  it('another year named in the sentence (按2010年不变价) still leaves the period unknown', () => {
    const found = figures('2020年,全盟经济平稳运行。\n人均地区生产总值按2010年不变价计算增长2.6%。', '2021-04-20')
    expect(found.map((f) => f.period.basis)).toEqual(['unknown'])
  })
})

describe('the country’s rate in brackets', () => {
  it('全国平均增速(…), 全国增速(…): the country’s figure of the indicator in hand', () => {
    const text = '一季度,全区地区生产总值增长6.0%,快于全国增速(5.3%);全区规上工业增加值增长7.9%,高于全国平均增速(6.1%)1.8个百分点。'
    const found = figures(text, '2024-04-20').filter((f) => f.unit === '%')
    expect(found.map((f) => `${f.metric} ${f.value} ${f.region.name}`)).toEqual([
      'gdp 6 内蒙古自治区',
      'gdp 5.3 全国',
      'value_added 7.9 内蒙古自治区',
      'value_added 6.1 全国',
    ])
  })

  it('a region’s own rate after 全国 words that are no average stays the region’s', () => {
    const found = figures('全区规上工业增加值增长6.8%,增速在全国排第9位。', '2024-04-20')
    expect(found.map((f) => `${f.value} ${f.region.name}`)).toEqual(['6.8 内蒙古自治区'])
  })
})

describe('a sector’s 生产总值', () => {
  it('矿业生产总值 is the sector’s gross output, not the region’s GDP', () => {
    const found = figures('2011年,全旗矿业生产总值达到73亿元,地区生产总值达到188.2亿元。', '2012-03-10')
    expect(found.map((f) => `${f.metric} ${f.value}`)).toEqual(['output_value 7300000000', 'gdp 18820000000'])
  })

  it('人均生产总值 and 国内生产总值 stay GDP figures', () => {
    const found = figures('去年全国国内生产总值增长5.0%,全区人均地区生产总值达到9.9万元。', '2024-03-01')
    expect(found.map((f) => f.metric)).toEqual(['gdp', 'gdp_per_capita'])
  })
})

describe('an indicator named in the clause before', () => {
  it('某市的人均GDP长期领先,2021年达到…元: the number takes the indicator of the clause just before it', () => {
    const found = figures('该市的人均GDP长期领先,2021年达到176320元,在全区排第二。', '2022-06-01')
    expect(found.map((f) => `${f.metric} ${f.value} ${f.period.start}`)).toEqual(['gdp_per_capita 176320 2021-01-01'])
  })

  it('a clause that names no indicator lends none', () => {
    expect(figures('全旗发展势头良好,全年达到420亿元。', '2022-06-01')).toEqual([])
  })
})

describe('a part’s share after 其中', () => {
  it('产值23亿元,其中,淀粉和薯条产品占到45%: the share of the output just reported', () => {
    const found = figures('2018年全县马铃薯加工产值23亿元,占全市的17%,其中,淀粉和薯条产品占到45%。', '2019-05-01')
    expect(found.filter((f) => f.kind === 'share').map((f) => `${f.metric} ${f.value}`)).toEqual(['output_value 17', 'output_value 45'])
  })

  it('without 其中, a subject’s share of something else is no part', () => {
    const found = figures('2018年全县马铃薯加工产值23亿元。全县草场中,打草场占到45%。', '2019-05-01')
    expect(found.filter((f) => f.kind === 'share').map((f) => f.metric)).not.toContain('output_value')
  })
})

describe('the country’s rate is an aside', () => {
  it('after 快于全国平均水平(…), the next figure of the paragraph is not the country’s', () => {
    // A page that names no league: 全盟 cannot be placed, and must not fall back on the country of the comparison.
    const found = figures('前10个月,某盟规上工业增加值增长6.6%,快于全国平均水平(4.3%);全盟地区生产总值增长5.4%。', '2023-11-22')
    expect(found.map((f) => `${f.value} ${f.region.name}`)).toEqual(['6.6 内蒙古自治区', '4.3 全国', '5.4 内蒙古自治区'])
  })

  it('a figure the text gives for the country itself stays the country’s', () => {
    const found = figures('前10个月,全国规上工业增加值增长4.3%。', '2023-11-22')
    expect(found.map((f) => f.region.name)).toEqual(['全国'])
  })
})

describe('the fastest growth among leagues', () => {
  it('GDP增速最高的是X,为N%: X’s GDP growth, even after figures of another indicator', () => {
    const text = '全区人均地区生产总值为96470元。各盟市中,地区生产总值增速最高的是阿拉善盟,为9.4%;鄂尔多斯市居第二。'
    const found = figures(text, '2022-03-05')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value} ${f.region.name}`)).toEqual([
      'gdp_per_capita level 96470 内蒙古自治区',
      'gdp growth 9.4 阿拉善盟',
    ])
  })

  it('a clause that names the indicator and a number keeps the usual reading', () => {
    const found = figures('全旗地区生产总值增长4.7%,为五年来最好水平。', '2022-03-05')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual(['gdp growth 4.7'])
  })
})

describe('other provinces in a ranking', () => {
  it('增速快于我区的有青海(…)、贵州(…): other provinces’ rates are set aside, the region’s and its leagues’ kept', () => {
    const text = '全区规上工业增加值1—9月增长7.3%,居全国第6位,增速快于我区的有青海(11.3%)、贵州(9.8%);盟市中赤峰市(10.4%)、阿拉善盟(-2.1%)。'
    const { figures: found, report } = extractPage('x.txt', text, { date: '2023-10-25' })
    expect(found.map((f) => `${f.value} ${f.region.name}`)).toEqual(['7.3 内蒙古自治区', '10.4 赤峰市', '-2.1 阿拉善盟'])
    expect(report.setAside.filter((s) => s.reason === 'other-province').map((s) => s.raw)).toEqual(['11.3%', '9.8%'])
  })

  it('the country’s rate in brackets stays a figure', () => {
    const found = figures('全区规上工业增加值1—9月增长7.3%,快于全国平均水平(4.6%)。', '2023-10-25')
    expect(found.map((f) => f.region.name)).toEqual(['内蒙古自治区', '全国'])
  })
})
