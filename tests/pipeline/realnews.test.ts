/**
 * Patterns of real published news that pages like the seeds lack, each on invented sentences (never copied from a
 * real page): what the figure is, and negative examples of what it is not.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

function figures(text: string, date = '2024-06-20'): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

/** One line per figure: metric kind value unit indicator breakdown. */
function brief(f: Figure): string {
  const b = f.breakdown ? ' ' + Object.entries(f.breakdown).map(([k, v]) => `${k}=${v}`).join(',') : ''
  return `${f.metric} ${f.kind} ${f.value}${f.unit} ${f.indicator ?? '-'}${b}`
}

describe('text as web copies carry it', () => {
  it('reads through pinyin glosses, footnote markers and blanks beside numbers, quoting the file as it is', () => {
    const text = '全年地区(qū)生产(chǎn)总值[1]512.3亿元,比上年增长(zhǎng) 4.2%。'
    const found = figures(text, '2024-03-01')
    expect(found.map(brief)).toEqual(['gdp level 51230000000CNY gdp', 'gdp growth 4.2% gdp'])
    for (const f of found) expect(text.slice(f.source.offset, f.source.offset + f.raw.length)).toBe(f.raw)
  })

  it('reads a tab before the number and a blank before 倍', () => {
    expect(figures('今年1-5月,全市地区生产总值\t321.5亿元。新开工项目投资同比增长12 倍。').map(brief)).toEqual([
      'gdp level 32150000000CNY gdp',
      'investment growth 1200% fixed_asset_investment part=新开工项目',
    ])
  })

  it('takes GDP written before its figure as the indicator, but not a model number', () => {
    expect(figures('去年全盟GDP987.6亿元。').map(brief)).toEqual(['gdp level 98760000000CNY gdp'])
    expect(figures('新购A320客机3架。').filter((f) => f.metric === 'gdp')).toEqual([])
  })
})

describe('parts inherit their total', () => {
  it('import and export after a port total are port cargo with a direction and a commodity', () => {
    const found = figures('今年前5个月,某口岸进出口货运量860万吨,同比增长21%。其中,进口煤炭700万吨,增长25%;出口货物60万吨,下降3%。')
    expect(found.map(brief)).toEqual([
      'cargo_volume level 8600000t port_cargo',
      'cargo_volume growth 21% port_cargo',
      'cargo_volume level 7000000t port_cargo direction=import,commodity=煤炭',
      'cargo_volume growth 25% port_cargo direction=import,commodity=煤炭',
      'cargo_volume level 600000t port_cargo direction=export',
      'cargo_volume growth -3% port_cargo direction=export',
    ])
    expect(new Set(found.map((f) => f.period.end))).toEqual(new Set(['2024-05-31']))
  })

  it('railway dispatches by commodity are rail freight', () => {
    const found = figures('今年上半年,全市铁路货物发送量2100万吨,同比增长6%。其中:煤炭发送量1500万吨,同比增长8%;粮食发送量90万吨,同比下降2%。')
    expect(found.map(brief)).toEqual([
      'cargo_volume level 21000000t rail_freight',
      'cargo_volume growth 6% rail_freight',
      'cargo_volume level 15000000t rail_freight commodity=煤炭',
      'cargo_volume growth 8% rail_freight commodity=煤炭',
      'cargo_volume level 900000t rail_freight commodity=粮食',
      'cargo_volume growth -2% rail_freight commodity=粮食',
    ])
  })

  it('industries listed after 分行业看 are parts of industrial value added, even across a change in points', () => {
    const found = figures('1-4月,全市规模以上工业增加值同比增长7.1%。分行业看,采矿业增长3.5%,拉动全市规模以上工业增加值增长1.1个百分点;电力、热力、燃气及水生产和供应业增长12.4%。')
    expect(found.filter((f) => f.unit !== 'pp').map(brief)).toEqual([
      'value_added growth 7.1% industrial_value_added',
      'value_added growth 3.5% industrial_value_added sector=采矿业',
      'value_added growth 12.4% industrial_value_added sector=电力、热力、燃气及水生产和供应业',
    ])
  })

  it('a structure after its parts names each share after its part', () => {
    const found = figures('全年铁路发送量400万吨。其中:发往华北方向300万吨,发往东北方向100万吨,结构比例为75:25。', '2024-01-20')
    expect(found.filter((f) => f.kind === 'share').map((f) => `${f.value} ${f.breakdown?.part}`)).toEqual(['75 华北方向', '25 东北方向'])
  })
})

describe('shares and structures', () => {
  it('the three industries’ structure is three value-added shares', () => {
    const found = figures('2023年,全市经济平稳。全年地区生产总值800亿元。三次产业结构为9.5:45.1:45.4。', '2024-04-01')
    expect(found.filter((f) => f.kind === 'share').map(brief)).toEqual([
      'value_added share 9.5% gdp_by_industry industry=第一产业',
      'value_added share 45.1% gdp_by_industry industry=第二产业',
      'value_added share 45.4% gdp_by_industry industry=第三产业',
    ])
  })

  it('a proportion that does not add to 100 is not a share', () => {
    expect(figures('男女比例为3:1。').filter((f) => f.kind === 'share')).toEqual([])
  })

  it('done of a plan is a share of it', () => {
    const found = figures('截至5月底,重点项目完成投资45亿元,完成年度计划投资的38.5%。')
    expect(found.map(brief)).toEqual([
      'investment level 4500000000CNY project_completed_investment part=重点项目',
      'investment share 38.5% project_completed_investment part=重点项目',
    ])
    expect(found[1].period).toMatchObject({ start: '2024-01-01', end: '2024-05-31' })
  })
})

describe('not cargo, not investment', () => {
  it('a trade value in yuan is never cargo, nor are passengers', () => {
    const found = figures('口岸进出口货值120亿元,同比增长10%;完成客运量20万人次,同比增长30%。')
    expect(found.filter((f) => f.metric === 'cargo_volume')).toEqual([])
  })

  it('a count of projects does not take the investment of the sentence before', () => {
    const found = figures('全市重点项目完成投资80亿元。其中新建项目120个,续建项目60个。')
    expect(found.filter((f) => f.metric === 'investment').map((f) => f.value)).toEqual([8e9])
  })
})

describe('periods of real pages', () => {
  it('a bulletin’s 全年 is the year its body opens with, not the year it was published', () => {
    const found = figures('某市统计局\n2023年,全市上下稳中求进。\n全年地区生产总值650.2亿元,比上年增长5.5%。', '2024-04-10')
    expect(found.map((f) => `${f.period.start}..${f.period.end}`)).toEqual(['2023-01-01..2023-12-31', '2023-01-01..2023-12-31'])
  })

  it('cargo handled 截至 a date runs from 1 January; a project’s total investment is a stock', () => {
    const cargo = figures('截至9月15日,该口岸累计完成进出口货运量980万吨。', '2024-09-18')[0]
    expect(cargo.period).toMatchObject({ start: '2024-01-01', end: '2024-09-15', basis: 'ytd' })
    const stock = figures('截至目前,项目总投资52亿元。', '2024-09-18')[0]
    expect(stock.period).toMatchObject({ start: null, end: '2024-09-18', basis: 'point' })
  })

  it('a later paragraph’s flows report the period the lead states; a dated sentence it could not read stays unknown', () => {
    const found = figures('1-4月,全市规模以上工业增加值同比增长6.2%。\n分行业看,采矿业增长4.1%。\n自3月9日起,化工行业增加值增长8%。', '2024-05-20')
    expect(found.map((f) => `${f.value} ${f.period.start}..${f.period.end}`)).toEqual([
      '6.2 2024-01-01..2024-04-30',
      '4.1 2024-01-01..2024-04-30',
      '8 null..null',
    ])
  })

  it('money a government allocated, with no period said, is a stock at the article date', () => {
    const [f] = figures('市财政安排专项补助资金2.3亿元。', '2024-05-20')
    expect(f.period).toMatchObject({ start: null, end: '2024-05-20', basis: 'point' })
  })

})

describe('targets', () => {
  it('a task set for the year is a target level and a target growth', () => {
    const found = figures('今年,自治区下达全盟招商引资到位资金150亿元、同比增长12%的目标任务。', '2024-03-01')
    expect(found.map((f) => `${f.kind} ${f.value}${f.unit}`)).toEqual(['target 15000000000CNY', 'target 12%'])
  })

  it('a project’s total investment in a plan to build it is its size, not a target; a threshold of size is no figure', () => {
    const found = figures('今年计划实施重点项目80个,总投资320亿元;实施总投资5000万元以上的项目30个。', '2024-03-01')
    expect(found.filter((f) => f.unit === 'CNY').map((f) => `${f.kind} ${f.value}`)).toEqual(['level 32000000000'])
  })

  it('去年 before a place name is not 年内 (within the year)', () => {
    expect(figures('去年内蒙古GDP2.3万亿元。', '2024-01-20')[0].kind).toBe('level')
  })
})

describe('the page date from the content', () => {
  function pageDate(text: string): string | null {
    return extractPage('x.txt', text).report.date
  }

  it('a January release of last year’s statistics is this year’s page', () => {
    expect(pageDate('本报1月20日讯 记者从自治区统计局获悉,2023年全区经济运行情况发布。全年地区生产总值2.4万亿元。2024年,全区将力争增长6%。')).toBe('2024-01-20')
  })

  it('a dated report whose only year is the one it reports on is of that year', () => {
    expect(pageDate('12月28日,记者从市发改委获悉,2023年全市完成固定资产投资510亿元。')).toBe('2023-12-28')
  })

  it('gives no date where the text gives no evidence', () => {
    expect(pageDate('全市完成固定资产投资510亿元。')).toBeNull()
  })

  it('a plan for the year is a target growth', () => {
    const found = extractPage('x.txt', '本报1月20日讯 2024年,全区地区生产总值将力争增长6%。').figures
    expect(found.map((f) => f.kind)).toEqual(['target'])
  })
})


describe('more of what copies of pages carry', () => {
  it('reads traditional characters left by conversion, offsets unchanged', () => {
    const text = '今年一季度,全市地區生產總值356.2億元,同比增長5.1%。'
    const found = figures(text, '2024-04-20')
    expect(found.map(brief)).toEqual(['gdp level 35620000000CNY gdp', 'gdp growth 5.1% gdp'])
    expect(text.slice(found[0].source.offset, found[0].source.offset + found[0].raw.length)).toBe('356.2億元')
  })

  it('dates a web page by its publication stamp', () => {
    expect(extractPage('x.txt', '某市一季度经济运行平稳\n2023-04-21 16:35:12 来源:某网\n一季度,全市地区生产总值356.2亿元。').report.date).toBe('2023-04-21')
    expect(extractPage('x.txt', '某旗项目开工\n发布时间:2019-5-6\n全旗重点项目总投资12亿元。').report.date).toBe('2019-05-06')
  })

  it('a wire desk’s city is not the subject of an article about the region', () => {
    const text = '中新网呼和浩特4月21日电 内蒙古自治区统计局发布数据,一季度内蒙古地区生产总值5100亿元。\n内蒙古第一产业增加值200亿元。全区第二产业增加值2600亿元,全区第三产业增加值2300亿元。'
    const found = extractPage('x.txt', text, { date: '2023-04-21' }).figures
    expect(new Set(found.map((f) => f.region.name))).toEqual(new Set(['内蒙古自治区']))
  })

  it('截至 a date, then 今年: the year so far ends at that date, not at the article’s', () => {
    const [f] = figures('截至9月30日,今年某口岸累计完成进出口货运量1500万吨。', '2024-10-08')
    expect(f.period).toMatchObject({ start: '2024-01-01', end: '2024-09-30' })
  })

  it('a rate per mu is a standard, not money granted', () => {
    const found = figures('禁牧补助标准为每亩每年7.5元,全旗发放补助资金1.2亿元。')
    expect(found.map((f) => f.metric)).toEqual(['unit_standard', 'funding'])
  })
})

describe('indicators of last resort and port scopes', () => {
  it('a named metric the catalogue has no entry for is its own indicator; a catch-all never is', () => {
    const found = figures('1-5月,全市社会消费品零售总额310亿元。全市有企业120家,增长率5%。')
    expect(found.map((f) => `${f.metric} ${f.indicator}`)).toContain('retail_sales retail_sales')
    for (const f of found) if (['count', 'rate', 'money_amount'].includes(f.metric)) expect(f.indicator).toBeNull()
  })

  it('land ports only are a scope of port cargo; a port described as a land port is not', () => {
    expect(figures('全年全区陆路口岸货运量突破1.1亿吨。', '2024-01-20')[0].breakdown).toEqual({ scope: '陆路口岸' })
    expect(figures('中蒙最大陆路口岸前2个月进出口货运量达250万吨。', '2024-03-10')[0].breakdown).toBeNull()
  })
})

describe('plans for the year', () => {
  it('年内计划 after 截至目前 is the whole year, not the year so far', () => {
    const found = figures('截至目前,全旗重点项目完成投资53亿元,年内计划完成投资180亿元。', '2024-04-10')
    expect(found.map((f) => `${f.kind} ${f.period.start}..${f.period.end}`)).toEqual(['level 2024-01-01..2024-04-10', 'target 2024-01-01..2024-12-31'])
  })
})

describe('what a growth compares with', () => {
  it('环比, 两年平均 and 较2019年同期 say so; year-on-year growth says nothing; investment in a sector is a part', () => {
    const found = figures('1-5月,全市固定资产投资同比增长10.2%,其中工业投资增长12.2%。全市规模以上工业增加值同比增长7.8%,较2019年同期下降4.6%,两年平均下降2.3%,环比增长1.2%。')
    expect(found.map((f) => `${f.value} ${f.comparison ?? '-'} ${JSON.stringify(f.breakdown)}`)).toEqual([
      '10.2 - null',
      '12.2 - {"sector":"工业"}',
      '7.8 - null',
      '-4.6 较2019年 null',
      '-2.3 两年平均 null',
      '1.2 环比 null',
    ])
  })
})

/** One line per figure with its period: metric kind value unit start..end. */
function dated(f: Figure): string {
  return `${f.metric} ${f.kind} ${f.value}${f.unit} ${f.period.start ?? '?'}..${f.period.end ?? '?'}`
}

describe('shares of the figure before them', () => {
  it('占全区的, 占地区生产总值的, 拨付进度 and 贡献率 measure the figure just reported', () => {
    expect(figures('今年全盟共下达补助资金6.4亿元，占全区的18.5%。已拨付资金5.1亿元，拨付进度为79.7%。').map(brief)).toEqual([
      'funding level 640000000CNY government_funding fund=补助',
      'funding share 18.5% government_funding fund=补助',
      'funding level 510000000CNY government_funding',
      'funding share 79.7% government_funding',
    ])
    expect(figures('2023年，全旗第三产业增加值86.2亿元，占地区生产总值的47.3%。', '2024-03-01').map(brief)).toEqual([
      'value_added level 8620000000CNY gdp_by_industry industry=第三产业',
      'value_added share 47.3% gdp_by_industry industry=第三产业',
    ])
  })

  it('a part named before 占 is the indicator of its share, not the whole after it', () => {
    expect(figures('1—5月，全市高技术制造业增加值占规上工业增加值的比重达到9.6%。').map((f) => f.metric)).toEqual(['value_added'])
    expect(figures('2023年，第二产业增加值占地区生产总值的比重为41.8%。', '2024-03-01').map((f) => f.metric)).toEqual(['value_added'])
  })

  it('a contribution to industrial or economic growth is a share of value added; consumption’s is not', () => {
    const found = figures('1—9月，全市规上工业增长7.7%，其中能源工业对规上工业增长的贡献率达71%，第三产业对经济增长的贡献率为38.2%。消费对经济增长的贡献率为52%。', '2024-10-20')
    expect(found.filter((f) => f.metric === 'value_added').map((f) => `${f.kind} ${f.value} ${f.label}`)).toEqual([
      'growth 7.7 规上工业增加值',
      'share 71 能源工业增加值',
      'share 38.2 第三产业增加值',
    ])
  })

  it('the share of a yearly task done is that of the last level of the paragraph', () => {
    const found = figures('一季度，全市招商引资到位资金88.6亿元，同比增长17.2%，完成全年400亿元目标任务的22.2%。')
    expect(found.map(brief)).toEqual([
      'investment level 8860000000CNY investment_attracted',
      'investment growth 17.2% investment_attracted',
      'investment target 40000000000CNY investment_attracted',
      'investment share 22.2% investment_attracted',
    ])
  })
})

describe('targets as news writes them', () => {
  it('a task quoted whole is a target level and a target growth, and the province that set it is not its region', () => {
    const found = figures('紧盯自治区下达的“招商引资到位资金150亿元，同比增长12%”的目标任务，全力以赴抓招商。', '2024-03-10')
    expect(found.map(brief)).toEqual(['investment target 15000000000CNY investment_attracted', 'investment target 12% investment_attracted'])
  })

  it('保持…的增长 is a target growth; 力争 alone names the figure before it', () => {
    expect(figures('今年全市工业投资保持12%的增长。').map(brief)).toEqual(['investment target 12% fixed_asset_investment sector=工业'])
    expect(figures('预计全年口岸货运量突破500万吨，力争600万吨。').map(brief)).toEqual([
      'cargo_volume target 5000000t port_cargo',
      'cargo_volume target 6000000t port_cargo',
    ])
  })

  it('clauses after 将达到 go on listing what is to be reached', () => {
    expect(figures('今年全市肉羊存栏将达到900万只，全产业链产值达到220亿元以上。').map(brief)).toEqual([
      'livestock target 9000000head livestock',
      'output_value target 22000000000CNY output_value',
    ])
  })

  it('the investment after a count of projects is their size, not a plan, and a plan is for the whole year', () => {
    const found = figures('今年全市计划实施重点项目300个，总投资900亿元，计划完成投资260亿元。其中，新建项目180个，投资410亿元，计划完成投资120亿元。')
    expect(found.filter((f) => f.metric === 'investment').map(dated)).toEqual([
      'investment level 90000000000CNY ?..2024-06-20',
      'investment target 26000000000CNY 2024-01-01..2024-12-31',
      'investment level 41000000000CNY ?..2024-06-20',
      'investment target 12000000000CNY 2024-01-01..2024-12-31',
    ])
  })

  it('a plan for the one later year its sentence names is that year’s', () => {
    expect(figures('初步安排2025年盟级重点项目160项，计划投资520亿元。', '2024-11-20').filter((f) => f.metric === 'investment').map(dated)).toEqual([
      'investment target 52000000000CNY 2025-01-01..2025-12-31',
    ])
  })
})

describe('more words of money and rank', () => {
  it('配套资金 and 转移支付 are funding; 资金到位 is investment attracted; a move in a ranking is no count of people', () => {
    expect(figures('市本级安排配套资金6200万元，共安排转移支付3.3亿元。').map(brief)).toEqual([
      'funding level 62000000CNY government_funding',
      'funding level 330000000CNY government_funding fund=转移支付',
    ])
    expect(figures('1—10月，全区引进国内(区外)资金到位905.2亿元。').map((f) => f.indicator)).toEqual(['investment_attracted'])
    expect(figures('到位资金总量位列全区第5位，较上年跃升3位。').filter((f) => f.unit === 'person')).toEqual([])
  })

  it('a figure converted to another currency keeps its indicator', () => {
    expect(figures('全年人均地区生产总值82310元，按年平均汇率折算为11950美元。', '2024-03-01').map(brief)).toEqual([
      'gdp_per_capita level 82310CNY gdp_per_capita',
      'gdp_per_capita level 11950USD gdp_per_capita',
    ])
  })
})

describe('periods in passing and the issue date', () => {
  it('an earlier period’s figure in passing dates only its own clause', () => {
    const found = figures('前三季度，采矿业增加值同比下降3.2%；制造业增加值同比增长2.9%，上半年为下降1.1%；建筑业增加值同比增长4.6%。', '2024-10-25')
    expect(found.map(dated)).toEqual([
      'value_added growth -3.2% 2024-01-01..2024-09-30',
      'value_added growth 2.9% 2024-01-01..2024-09-30',
      'value_added growth -1.1% 2024-01-01..2024-06-30',
      'value_added growth 4.6% 2024-01-01..2024-09-30',
    ])
  })

  it('a stock in a story is as of the issue’s date, a day after its dateline, but never across a new year', () => {
    expect(figures('本报乌兰浩特5月9日讯 全盟已下达防火专项资金2300万元。', '2024-05-10').map(dated)).toEqual(['funding level 23000000CNY ?..2024-05-10'])
    expect(figures('本报12月31日讯 今年全市已下达专项资金1.1亿元。', '2025-01-02').map(dated)).toEqual(['funding level 110000000CNY 2024-01-01..2024-12-31'])
  })
})

describe('tables as statistics sites publish them', () => {
  const page = [
    '2024年1-9月某某市主要经济指标',
    '指标名称　单位　1-9月　同比增长（%）',
    '地区生产总值　亿元　812.4　5.9',
    '　第二产业　亿元　401.2　6.8',
    '　　#工业　亿元　350.6　7.1',
    '规模以上工业增加值　—　—　7.7',
    '　采矿业　—　—　-2.4',
    '主要工业产品产量',
    '　原煤　万吨　2034.5　-6.1',
    '固定资产投资　—　—　-3.1',
    '居民消费价格总指数（上年同期=100）　—　100.4　—',
    '',
    '分区主要指标（1-9月）',
    '地区　规模以上工业增加值增速（%）　固定资产投资增速（%）',
    '海勃湾区　6.2　10.4',
    '乌达区　5.1　-8.8',
  ].join('\n')

  it('reads each row as its indicator, an indented row as a part of the one above, with the header’s period', () => {
    const found = figures(page, '2024-10-20')
    expect(found.filter((f) => f.region.name === '乌海市' || f.region.code === '150000').map((f) => `${brief(f)} ${f.period.start}..${f.period.end}`)).toEqual([
      'gdp level 81240000000CNY gdp 2024-01-01..2024-09-30',
      'gdp growth 5.9% gdp 2024-01-01..2024-09-30',
      'value_added level 40120000000CNY gdp_by_industry industry=第二产业 2024-01-01..2024-09-30',
      'value_added growth 6.8% gdp_by_industry industry=第二产业 2024-01-01..2024-09-30',
      'value_added level 35060000000CNY gdp_by_industry sector=工业 2024-01-01..2024-09-30',
      'value_added growth 7.1% gdp_by_industry sector=工业 2024-01-01..2024-09-30',
      'value_added growth 7.7% industrial_value_added 2024-01-01..2024-09-30',
      'value_added growth -2.4% industrial_value_added sector=采矿业 2024-01-01..2024-09-30',
      'coal_output level 20345000t coal_output 2024-01-01..2024-09-30',
      'coal_output growth -6.1% coal_output 2024-01-01..2024-09-30',
      'investment growth -3.1% fixed_asset_investment 2024-01-01..2024-09-30',
    ])
  })

  it('gives each place down the side its figures, and quotes the row as the file has it', () => {
    const found = figures(page, '2024-10-20').filter((f) => f.place !== null)
    expect(found.map((f) => `${f.place} ${brief(f)}`)).toEqual([
      '海勃湾区 value_added growth 6.2% industrial_value_added',
      '海勃湾区 investment growth 10.4% fixed_asset_investment',
      '乌达区 value_added growth 5.1% industrial_value_added',
      '乌达区 investment growth -8.8% fixed_asset_investment',
    ])
    for (const f of found) expect(page.slice(f.source.offset, f.source.offset + f.raw.length)).toBe(f.raw)
    expect(found[3].source.quote).toBe('乌达区　5.1　-8.8')
  })

  it('a sentence with blanks is prose, not a table', () => {
    expect(figures('1-9月，全市地区生产总值 812.4亿元，同比增长 5.9%。').map(brief)).toEqual(['gdp level 81240000000CNY gdp', 'gdp growth 5.9% gdp'])
  })
})

describe('lists by league and what is no figure', () => {
  it('bracketed rates before the indicator they share take it, each with its league; the next group keeps it', () => {
    const found = figures('分盟市看，赤峰市（11.2%）、通辽市（9.4%）2个盟市规上工业增加值增速高于全区平均水平；乌海市（-3.3%）同比下降。', '2025-06-20')
    expect(found.filter((f) => f.metric === 'value_added').map((f) => `${f.region.name} ${brief(f)}`)).toEqual([
      '赤峰市 value_added growth 11.2% industrial_value_added',
      '通辽市 value_added growth 9.4% industrial_value_added',
      '乌海市 value_added growth -3.3% industrial_value_added',
    ])
  })

  it('a growth after items with their own numbers goes with the item, not with the last one', () => {
    const found = figures('今年以来，经满洲里口岸出入境的中欧班列达1980列、运送货物19.4万标箱，同比分别增长4.1%、7.6%。')
    expect(found.filter((f) => f.metric === 'cargo_volume').map((f) => `${f.kind} ${f.value}${f.unit}`)).toEqual(['level 194000TEU', 'growth 7.6%'])
  })

  it('an absolute change, a capacity, a per-mu rate and a class of projects by size are no figures of their indicator', () => {
    expect(figures('市本级安排配套资金3100万元，比上年增加500万元。').map(brief)).toEqual(['funding level 31000000CNY government_funding'])
    expect(figures('全市铁路集运站年集运能力超过5亿吨。').filter((f) => f.metric === 'cargo_volume')).toEqual([])
    expect(figures('新建高标准农田亩均财政投入不低于2200元。').filter((f) => f.metric === 'funding')).toEqual([])
    expect(figures('其中，总投资10亿元以上项目9个，5亿元至10亿元项目12个。').filter((f) => f.metric === 'investment')).toEqual([])
  })
})

describe('money that is not granted', () => {
  it('a cap on what one may get and a tax deduction are no funding', () => {
    expect(figures('对认定的企业给予奖补，奖励资金最高200万元。').filter((f) => f.metric === 'funding')).toEqual([])
    expect(figures('为80家企业兑现研发费用加计扣除0.6亿元。').map((f) => f.metric)).toContain('tax_relief')
    expect(figures('全年下达奖励资金1200万元。').map(brief)).toEqual(['funding level 12000000CNY government_funding fund=奖补'])
  })
})
