/**
 * The kind of a figure (level, growth, share, target) and the metric it belongs to, in patterns real work reports,
 * yearbooks and funding news use, each on invented sentences (never copied from a real page), with a negative example
 * of what the rule must leave alone.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

function figures(text: string, date = '2024-06-20'): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

/** One line per figure: metric kind value unit. */
function brief(f: Figure): string {
  return `${f.metric} ${f.kind} ${f.value}${f.unit}`
}

describe('a sentence a 预计 opens', () => {
  it('is an estimate in every clause up to its full stop, growths and 累计完成 included', () => {
    const text = '截至2023年末,预计全市生产总值可达到316亿元,相当于2018年的1.35倍,年均增长6.2%;投资规模可达97亿元,年均增速3.9%,五年间累计完成投资410亿元。'
    expect(figures(text, '2023-12-22').map(brief)).toEqual([
      'gdp target 31600000000CNY',
      'gdp target 35%',
      'gdp target 6.2%',
      'investment target 9700000000CNY',
      'investment target 3.9%',
      'investment target 41000000000CNY',
    ])
  })

  it('covers a clause after a semicolon that names no verb of estimate', () => {
    const text = '一年来,全县发展稳中有进。初步预计,全年地区生产总值实现63.4亿元,比上年增长4.7%;固定资产投资共完成19.6亿元。'
    expect(figures(text, '2020-01-10').map(brief)).toEqual(['gdp target 6340000000CNY', 'gdp target 4.7%', 'investment target 1960000000CNY'])
  })

  it('not a 预计 after the figures of a sentence, nor the next sentence', () => {
    const text = '全年固定资产投资完成31亿元,预计明年增长8%。预计全年地区生产总值达到92亿元。固定资产投资完成33亿元。'
    const found = figures(text, '2020-01-10').filter((f) => f.metric === 'investment' || f.metric === 'gdp')
    expect(found.map(brief)).toEqual(['investment level 3100000000CNY', 'gdp target 9200000000CNY', 'investment level 3300000000CNY'])
  })
})

describe('money obtained or allocated', () => {
  it('争取到 after a clause on planning is money obtained, a level', () => {
    const text = '上半年,某县农牧局多方谋划项目,向上跑办成效明显,共争取到自治区畜牧业发展资金1863.5万元。'
    expect(figures(text, '2024-06-01').map(brief)).toEqual(['funding level 18635000CNY'])
  })

  it('an allocation called an 投资计划 is a level', () => {
    expect(figures('省发展改革部门近日向某市下达水毁修复工程中央预算内投资计划1.42亿元。', '2024-06-01').map(brief)).toEqual(['funding level 142000000CNY'])
  })

  it('a plan to allocate or to obtain stays a target', () => {
    const text = '今年全区计划下达高标准农田建设投资计划18.65亿元。力争争取上级资金5亿元。'
    expect(figures(text, '2024-06-01').map(brief)).toEqual(['funding target 1865000000CNY', 'funding target 500000000CNY'])
  })
})

describe('the sectors of a GDP', () => {
  it('a sector named without 增加值 inside a GDP sentence is its value added', () => {
    const text = '2019年全旗地区生产总值88.20亿元,比上年增长6.1%。其中,第一产业5.12亿元,同比增长3.3%;第二产业51.07亿元,增长7.5%。'
    const found = figures(text, '2020-03-01')
    expect(found.map((f) => `${brief(f)} ${f.breakdown?.industry ?? ''}`)).toEqual([
      'gdp level 8820000000CNY ',
      'gdp growth 6.1% ',
      'value_added level 512000000CNY 第一产业',
      'value_added growth 3.3% 第一产业',
      'value_added level 5107000000CNY 第二产业',
      'value_added growth 7.5% 第二产业',
    ])
  })

  it('工业占GDP的比重 and 工业对GDP的贡献率 are industry’s shares; 由a%提高到b% gives two shares', () => {
    const text = '全区工业占GDP的比重由28.4%提高到45.1%,工业对GDP的贡献率达57%。'
    expect(figures(text, '2020-03-01').map(brief)).toEqual(['value_added share 28.4%', 'value_added share 45.1%', 'value_added share 57%'])
  })

  it('a share that is not a sector’s stays its own; a growth after a share is still a growth', () => {
    const text = '投资占比由12%下降至9%,投资下降5%。'
    expect(figures(text, '2020-03-01').map(brief)).toEqual(['investment share 12%', 'investment share 9%', 'investment growth -5%'])
  })
})

describe('a growth whose indicator stands elsewhere in its clause', () => {
  it('after a comment clause on the indicator, with a date before it', () => {
    const text = '据悉,今年1-4月,某某开发区固定资产投资增长态势良好,同比增长12.7%,占全盟总量的38.1%。'
    expect(figures(text, '2025-06-01').map(brief)).toEqual(['investment growth 12.7%', 'investment share 38.1%'])
  })

  it('written as a noun after its number: 以X%的经济增速, 实现X%的较快增长, X亿元的GDP总量', () => {
    const text = '2022年,某市以7.9%的经济增速位居全区前列,其2861.5亿元的GDP总量排名第三。全年工业增加值实现6.4%的较快增长。'
    expect(figures(text, '2023-03-01').map(brief)).toEqual(['gdp growth 7.9%', 'gdp level 286150000000CNY', 'value_added growth 6.4%'])
  })

  it('a rate with its own verb (增速高达, 增长率为, 增长速度达到) is a growth, never a level in %', () => {
    const text = '那几年某市GDP增速高达24%,规上企业增长速度为18%。'
    expect(figures(text, '2010-03-01').map(brief)).toEqual(['gdp growth 24%', 'value_added growth 18%'])
  })

  it('after an absolute change (较上年增加, 超额完成任务) the growth is the clause’s subject’s', () => {
    const text = '财政收入实现1.72亿元,获得的中央转移支付比2021年多增加0.87亿元,增长9%;固定资产投资共计14亿元,超计划完成2.3亿元,增长17.4%。'
    expect(figures(text, '2024-01-20').map(brief)).toEqual([
      'fiscal_revenue level 172000000CNY',
      'funding growth 9%',
      'investment level 1400000000CNY',
      'investment growth 17.4%',
    ])
  })

  it('an absolute change naming no indicator leaves the growth to the figure before', () => {
    const text = '全县地区生产总值41亿元,比上年增加3亿元,增长6%。'
    expect(figures(text, '2024-01-20').map(brief)).toEqual(['gdp level 4100000000CNY', 'gdp growth 6%'])
  })
})

describe('output a project adds', () => {
  it('新增产值 and 新增…总产值 are changes, not levels; 新增投资 stays a level', () => {
    const text = '项目建成后,新增蔬菜种植总产值380万元,新增产值2亿元。今年新增投资5亿元。'
    expect(figures(text, '2024-01-20').map(brief)).toEqual(['investment level 500000000CNY'])
  })
})

describe('targets framed by a forecast, and what is done so far', () => {
  it('按预期 and 规划显示 go on over every clause reaching a figure (达, 突破)', () => {
    const foreseen = figures('按预期,到2030年,该旗煤制气产能将突破40亿立方米,煤化工产业产值达800亿元。', '2024-06-01')
    expect(foreseen.filter((f) => f.metric === 'output_value').map(brief)).toEqual(['output_value target 80000000000CNY'])
    const planned = figures('据该县中长期规划显示:至2035年全县将新增光伏装机200万千瓦,新增产值约90亿元,全县工业总产值突破500亿元。', '2026-01-01')
    expect(planned.filter((f) => f.metric === 'output_value').map(brief)).toEqual(['output_value target 50000000000CNY'])
  })

  it('投产后…年可实现 is what a project is expected to yield', () => {
    const found = figures('项目总投资65亿元。投产后,年可实现工业总产值210亿元以上,增加税收8亿元。', '2024-06-01')
    expect(found.filter((f) => f.metric === 'output_value').map(brief)).toEqual(['output_value target 21000000000CNY'])
  })

  it('累计完成 after a 规划 noun is done, not planned; a past 建成后 is no plan either', () => {
    const park = figures('某工业园区始建于2005年,规划面积18.2平方公里,累计完成基础设施投资3.6亿元。', '2012-06-01')
    expect(park.filter((f) => f.metric === 'investment').map(brief)).toEqual(['investment level 360000000CNY'])
    const built = figures('该项目建成后于去年投产,今年实现产值5亿元。', '2024-06-01')
    expect(built.map(brief)).toEqual(['output_value level 500000000CNY'])
  })
})

describe('industries without the word 增加值 in a paragraph on value added', () => {
  it('规模以上工业 + an industry, after a heading run on, and the industries after 其中', () => {
    const text = '前三季度,我区规上工业增加值较去年同期增长6.1%。新动能持续壮大全区规模以上工业高新技术业同比增长19.4%。其中,医药制造业增长21.0%,专用设备制造业增长8.2%。'
    const found = figures(text, '2023-10-20').filter((f) => f.unit === '%')
    expect(found.map((f) => `${brief(f)} ${f.breakdown?.sector ?? ''}`)).toEqual([
      'value_added growth 6.1% ',
      'value_added growth 19.4% 高新技术业',
      'value_added growth 21% 医药制造业',
      'value_added growth 8.2% 专用设备制造业',
    ])
  })

  it('发电业 is an industry, not power generated; 发电量 still is', () => {
    const text = '1至9月份,全区非煤产业增加值同比增长4.9%。新产业中,高技术制造业增长15%。风光发电业增长2.7%。全区发电量增长6%。'
    expect(figures(text, '2023-10-20').map((f) => `${f.metric} ${f.value}`)).toEqual([
      'value_added 4.9',
      'value_added 15',
      'value_added 2.7',
      'power_generation 6',
    ])
  })

  it('增速均超过 is a growth (of the indicator named before it)', () => {
    const text = '前5个月,乳品等农畜产品加工企业完成产值4.1亿元。其中,加工企业回暖明显,产值和营收的环比增速均超过25%。'
    expect(figures(text, '2023-06-20').map(brief)).toEqual(['output_value level 410000000CNY', 'output_value growth 25%'])
  })
})

describe('funding phrasings', () => {
  it('中央、省级资金 is funding, and 资金拨付率 the share of the money paid out', () => {
    const text = '目前,该工程落实中央、省级资金390万元,应拨付工程款385.1万元,已拨付379.3万元,资金拨付率为98.5%。'
    expect(figures(text, '2014-10-01').map(brief)).toEqual([
      'funding level 3900000CNY',
      'funding level 3851000CNY',
      'funding level 3793000CNY',
      'funding share 98.5%',
    ])
  })

  it('每年 after a clause naming the fund, with years and 连续N年 in it, takes that fund', () => {
    const text = '2018—2024年,国家连续7年向我区下达森林生态效益补偿资金,每年12.5亿元。'
    expect(figures(text, '2024-06-01').map(brief)).toEqual(['funding level 1250000000CNY'])
  })

  it('安排X%的资金 is the share of a fund set aside, also in traditional script; a rate set aside for nothing named stays a rate', () => {
    expect(figures('今年,某县统筹安排20%衔接资金支持庭院经济。', '2024-06-01').map(brief)).toEqual(['funding share 20%'])
    expect(figures('今年,某縣統籌安排20%銜接資金支持庭院經濟。', '2024-06-01').map(brief)).toEqual(['funding share 20%'])
    expect(figures('今年,某县统筹安排20%的岗位给高校毕业生。', '2024-06-01').map(brief)).not.toContain('funding share 20%')
  })
})

describe('one figure said of several subjects', () => {
  it('甲业和乙业…均 gives the figure to each industry', () => {
    const text = '前5个月,乳品等农畜产品加工企业完成产值4.1亿元。其中,乳制品业和皮革业回暖明显,产值环比增速均超过25%。'
    const growths = figures(text, '2023-06-20').filter((f) => f.kind === 'growth')
    expect(growths.map((f) => `${brief(f)} ${f.breakdown?.sector ?? ''}`)).toEqual(['output_value growth 25% 乳制品业', 'output_value growth 25% 皮革业'])
    const direct = figures('全区规上工业增加值增长6%,其中食品制造业和造纸业均增长9.5%。', '2023-06-20').filter((f) => f.value === 9.5)
    expect(direct.map((f) => f.breakdown?.sector)).toEqual(['食品制造业', '造纸业'])
    expect(new Set(direct.map((f) => f.id)).size).toBe(2)
  })

  it('not for a list that is no pair of subjects, nor without 均', () => {
    const places = figures('全区规上工业增加值增长6%,甲市和乙市均增长9.5%。', '2023-06-20').filter((f) => f.value === 9.5)
    expect(places).toHaveLength(1)
    const one = figures('全区规上工业增加值增长6%,其中食品制造业和造纸业合计增长9.5%。', '2023-06-20').filter((f) => f.value === 9.5)
    expect(one).toHaveLength(1)
  })
})

describe('a group’s share of the output', () => {
  it('超亿元企业N家,占全部工业产值的X% is an output share; a share after a value-added level stays that level’s', () => {
    const text = '1-7月,全旗规上工业总产值完成86.2亿元。产值超亿元的企业有11家,占全部工业产值的86.4%。第三产业增加值340亿元,占地区生产总值的52%。'
    const shares = figures(text, '2023-08-20').filter((f) => f.kind === 'share')
    expect(shares.map(brief)).toEqual(['output_value share 86.4%', 'value_added share 52%'])
  })
})

describe('亿 without 元', () => {
  it('after a word of money (投资, GDP) is yuan, as headlines write it; after a count it stays a count', () => {
    expect(figures('某省投资48亿改造320万亩中低产田', '2024-06-01').map(brief)).toContain('investment level 4800000000CNY')
    expect(figures('某市GDP突破3000亿,常住人口120万。', '2024-06-01').map(brief)).toEqual(['gdp level 300000000000CNY', 'count level 1200000'])
  })
})

describe('what is left of a time is no indicator', () => {
  it('年增速均超过, 前5月平均增速: the growth of the figure before', () => {
    const years = figures('2004—2008年间,某省GDP由1500亿元增长到4100亿元,年增速都超过了15%。', '2008-03-01')
    expect(years.filter((f) => f.kind === 'growth').map(brief)).toEqual(['gdp growth 15%'])
    const months = figures('截至7月2日,某口岸过货量突破90万吨,2022年前4月平均增速达26.5%。', '2023-07-03')
    expect(months.filter((f) => f.kind === 'growth').map(brief)).toEqual(['cargo_volume growth 26.5%'])
  })

  it('a clause opening with its number names the rate after it (6.9%的规上工业增加值增速); a bare share stays a share', () => {
    expect(figures('总体看,某省经济运行良好,6.9%的规上工业增加值增速仅高于甲省。', '2023-10-20').map(brief)).toEqual(['value_added growth 6.9%'])
    expect(figures('全市工业投资占全部投资的38%,8%的投资流向农业。', '2023-10-20').map(brief)).not.toContain('investment growth 8%')
  })
})

describe('a list of goals', () => {
  it('gives targets for a share to reach and for a 累计 amount; the same share reported is a share', () => {
    const goals = '按照发展规划,某盟未来五年的主要目标为:规上工业增加值年均增长6.5%,工业项目投资累计完成1800亿元,装备制造业增加值在工业中的占比提高到12%上下。'
    expect(figures(goals, '2026-03-01').map(brief)).toEqual(['value_added target 6.5%', 'investment target 180000000000CNY', 'value_added target 12%'])
    const reported = '去年,某盟装备制造业增加值在工业中的占比提高到12%。'
    expect(figures(reported, '2026-03-01').map(brief)).toEqual(['value_added share 12%'])
  })
})

describe('力争 over a sentence', () => {
  it('a sentence opened by 力争 is a goal in every clause; a clause of growth after a 力争 clause is that goal’s', () => {
    expect(figures('全年力争工业投资增长12%,消费品零售额增长6%。', '2023-03-01').map(brief)).toEqual(['investment target 12%', 'retail_sales target 6%'])
    const after = figures('全力抓好项目建设,力争完成全年投资任务,增速增长35%。', '2023-03-01')
    expect(after.map(brief)).toEqual(['investment target 35%'])
  })

  it('not after 为争取 (a purpose), 争取到 (money obtained) nor a 争取 that reports what was obtained', () => {
    expect(figures('为争取客户,今年以来产值达到3亿元,增长5%。', '2023-03-01').map(brief)).toEqual(['output_value level 300000000CNY', 'output_value growth 5%'])
    expect(figures('争取到中央预算内投资2.3亿元,较上年增长7%。', '2023-03-01').map((f) => f.kind)).toEqual(['level', 'growth'])
    expect(figures('今年以来,某县争取上级各类资金2.6亿元,发放惠农补贴0.9亿元。', '2023-10-25').map((f) => f.kind)).toEqual(['level', 'level'])
  })
})

describe('a growth ranked, its number in brackets', () => {
  it('三产增加值增速最高(X%) is the growth of that industry’s value added', () => {
    const text = '从产业看,三产增加值增速居首(7.9%),二产增加值增速其次(6.2%),一产增加值增速最低(3.4%)。'
    expect(figures(text, '2023-10-20').map((f) => `${brief(f)} ${f.breakdown?.industry ?? ''}`)).toEqual([
      'value_added growth 7.9% 第三产业',
      'value_added growth 6.2% 第二产业',
      'value_added growth 3.4% 第一产业',
    ])
  })

  it('a bracketed number after no rank word is not read so', () => {
    expect(figures('从产业看,三产增加值(790亿元)增长较快。', '2023-10-20').map(brief)).not.toContain('value_added growth 790%')
  })
})

describe('递增 and 递减, older reports’ words for a yearly rate', () => {
  it('reads 年均递增 and 年递减 as growths, in simplified and in traditional script', () => {
    const text = '十年间全盟工业总产值由96亿元增至310亿元,年均递增12.4%;同期原煤外运量年递减2.1%。'
    expect(figures(text, '2006-03-10').filter((f) => f.kind === 'growth').map(brief)).toEqual(['output_value growth 12.4%', 'cargo_volume growth -2.1%'])
    const traditional = '全盟地區生產總值達到208億元,年均遞增15.6%。'
    expect(figures(traditional, '2006-03-10').map(brief)).toEqual(['gdp level 20800000000CNY', 'gdp growth 15.6%'])
  })

  it('leaves 递增 without a number alone (逐年递增 is a trend, not a figure)', () => {
    expect(figures('全盟工业总产值逐年递增,结构不断优化。', '2006-03-10')).toEqual([])
  })
})

describe('a capacity is not a volume', () => {
  it('reads 过货能力 as a capacity and 过货量 beside it as the cargo carried', () => {
    const found = figures('今年上半年,口岸铁路通道完成过货量420万吨,通道年过货能力达到1500万吨。', '2024-07-10')
    expect(found.filter((f) => f.metric === 'cargo_volume').map(brief)).toEqual(['cargo_volume level 4200000t'])
    expect(found.find((f) => f.value === 15_000_000)?.metric).toBe('production_capacity')
  })
})

describe('a growth a figure held (一直保持X%以上较快增长)', () => {
  it('is a growth of the indicator before it, at least that pace, and the growth after it keeps the indicator', () => {
    const found = extractPage('x.txt', '今年以来，某市规上工业的增加值一直保持8%以上较快增长，前三季度同比增长8.7%。', { date: '2024-10-25' }).figures
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value} ${f.qualifier} ${f.indicator}`)).toEqual([
      'value_added growth 8 >= industrial_value_added',
      'value_added growth 8.7 = industrial_value_added',
    ])
  })

  it('but a share held at a level stays a share', () => {
    const [share] = extractPage('x.txt', '居民收入占比保持在40%左右。', { date: '2024-10-25' }).figures
    expect(share.kind).toBe('share')
  })
})
