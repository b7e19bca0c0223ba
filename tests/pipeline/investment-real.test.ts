/**
 * Investment, projects and funding as real news reports them, each pattern on invented sentences (never copied
 * from a real page), with a negative example where a naive rule would go too far.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

const CORE = new Set(['gdp', 'gdp_per_capita', 'value_added', 'output_value', 'cargo_volume', 'investment', 'funding'])

function figures(text: string, date = '2024-06-20'): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

function core(text: string, date = '2024-06-20'): Figure[] {
  return figures(text, date).filter((f) => CORE.has(f.metric))
}

/** One line per figure: metric kind qualifier value unit region. */
function brief(f: Figure): string {
  return `${f.metric} ${f.kind} ${f.qualifier}${f.value}${f.unit} ${f.region.name}`
}

describe('whole pages in traditional script', () => {
  it('reads places, plans and shares written in traditional characters, quoting the file as it is', () => {
    const text = '統計顯示,1—7月錫林郭勒盟固定資產投資比上年增長9.8%。興安盟製造業投資佔全盟投資的比重為37.2%。'
    const found = core(text, '2022-08-16')
    expect(found.map(brief)).toEqual([
      'investment growth =9.8% 锡林郭勒盟',
      'investment share =37.2% 兴安盟',
    ])
    expect(text.slice(found[1].source.offset, found[1].source.offset + found[1].raw.length)).toBe('37.2%')
  })

  it('力爭, 預計 and 計畫 in traditional script make a target, 已完成 stays done', () => {
    const found = core('烏海市今年力爭全市項目投資完成155億元以上,預計全年招商引資到位資金42億元。1—6月已完成投資61億元。', '2021-07-12')
    expect(found.map((f) => `${f.kind} ${f.value}`)).toEqual(['target 15500000000', 'target 4200000000', 'level 6100000000'])
    expect(core('全盟本年度計畫投資6.4億元。', '2021-02-25').map((f) => f.kind)).toEqual(['target'])
  })

  it('內蒙古 in traditional script is the region, not the city a wire desk files from', () => {
    const found = core('新華社呼和浩特3月14日電 據內蒙古自治區財政廳消息,今年以來內蒙古已撥付專項資金27.8億元。', '2020-03-14')
    expect(found.map(brief)).toEqual(['funding level =2780000000CNY 内蒙古自治区'])
  })
})

describe('pinyin glosses a mirror inserts', () => {
  it('a gloss followed by a blank inside a word or before 元 is dropped with its blank', () => {
    const text = '本月上旬,自治区顺利发行专(zhuan) 项债(zhai) 券21.4亿(yi) 元。'
    const found = core(text, '2023-04-11')
    expect(found.map(brief)).toEqual(['funding level =2140000000CNY 内蒙古自治区'])
    expect(text.slice(found[0].source.offset, found[0].source.offset + found[0].raw.length)).toBe('21.4亿(yi) 元')
  })

  it('an upper-case abbreviation in brackets is no gloss, and its blank stays', () => {
    const found = figures('去年该盟地区生产总值(GDP) 876.3亿元,增长(zhǎng) 4.1%。', '2024-02-01')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual(['gdp level 87630000000', 'gdp growth 4.1'])
  })
})

describe('plans and what was done in news of projects', () => {
  it('计划总投资 is a project’s size, a stock; a plan for the year stays a target', () => {
    const found = core('在日前举办的产业合作推介会上,现场签下合作项目19个,计划总投资127亿元。全盟年内计划完成投资46亿元。', '2022-09-15')
    expect(found.map((f) => `${f.kind} ${f.value} ${f.period.start ?? '?'}..${f.period.end}`)).toEqual([
      'level 12700000000 ?..2022-09-15',
      'target 4600000000 2022-01-01..2022-12-31',
    ])
  })

  it('完成投资 after a plan that has its own figure is done, not planned', () => {
    const found = core('到8月底,全县共有文旅项目7个,年度计划投资2.5亿元,已开工6个,完成投资1.4亿元,完成年计划的56%。', '2023-09-06')
    expect(found.map((f) => `${f.kind} ${f.value}`)).toEqual(['target 250000000', 'level 140000000', 'share 56'])
    const total = core('在建项目计划总投资83亿元,今年完成投资9.7亿元。', '2023-04-12')
    expect(total.map((f) => f.kind)).toEqual(['level', 'level'])
  })

  it('a plan before a mere count, or a modal cue, still frames the figure after it', () => {
    expect(core('本年度计划推进基础设施项目23个,完成投资41亿元。', '2023-03-01').map((f) => f.kind)).toEqual(['target'])
    expect(core('预计固定资产投资全年增长9%,完成投资170亿元。', '2023-03-01').map((f) => f.kind)).toEqual(['target', 'target'])
  })
})

describe('absolute changes are no levels', () => {
  it('a change written straight after 增加, or listed after a count that increased, is no figure', () => {
    expect(core('今年盟财政对文化类投入增加1.7亿元,对交通类投入减少0.9亿元。', '2019-10-10')).toEqual([])
    const found = core('全盟文旅产业今年安排项目14个、计划投资26亿元,比上年增加3个、5亿元。', '2022-07-01')
    expect(found.map((f) => `${f.kind} ${f.value}`)).toEqual(['target 2600000000'])
  })

  it('money added (增加补助资金) and new investment (新增投资) are levels', () => {
    const found = core('县财政增加奖补资金0.6亿元,年内新增投资4亿元。', '2021-05-10')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual(['funding level 60000000', 'investment target 400000000'])
  })
})

describe('periods of project progress reports', () => {
  const span = (f: Figure) => `${f.kind} ${f.period.start ?? '?'}..${f.period.end ?? '?'}`

  it('截至 a month in the headline: later paragraphs’ completed investment runs from 1 January, their yearly plan is the year', () => {
    const text = '截至9月底全县项目建设进度通报\n\n2023年,全县共推进项目37个,截至9月底完成投资26亿元。\n\n——分领域看:\n\n农牧业项目11个,年度计划投资8亿元,已开工9个,完成投资5.5亿元,完成年计划的68.8%。'
    expect(core(text, '2023-10-09').map(span)).toEqual([
      'level 2023-01-01..2023-09-30',
      'target 2023-01-01..2023-12-31',
      'level 2023-01-01..2023-09-30',
      'share 2023-01-01..2023-09-30',
    ])
  })

  it('the year of a plan in the lead is not the period its flows report: the months are', () => {
    const text = '2024年,全盟计划新建项目42个,年度计划投资66亿元,1—4月已完成投资17亿元。\n\n其中,能源项目完成投资9亿元。'
    expect(core(text, '2024-05-15').map(span)).toEqual([
      'target 2024-01-01..2024-12-31',
      'level 2024-01-01..2024-04-30',
      'level 2024-01-01..2024-04-30',
    ])
  })

  it('您当前的位置 of a web page is no date: a flow without a period stays unknown', () => {
    const found = core('您当前的位置:网站首页 > 政务公开\n\n某县重点工程推进情况\n\n全县重点工程完成投资3.6亿元。', '2021-09-03')
    expect(found.map(span)).toEqual(['level ?..?'])
    // 截至目前 is still the article date.
    expect(core('截至目前,全县重点工程完成投资3.6亿元。', '2021-09-03').map(span)).toEqual(['level 2021-01-01..2021-09-03'])
  })
})

describe('lists of leagues and banners', () => {
  const byPlace = (f: Figure) => `${f.region.name} ${f.metric} ${f.kind} ${f.value}`

  it('a list with 呼和浩特 in it: its own 和 parts no items', () => {
    const found = core('1—7月,全区固定资产投资增长5.9%。赤峰市、呼和浩特市和乌海市增速分别为14.6%、10.3%和6.8%。', '2019-08-20')
    expect(found.map(byPlace)).toEqual([
      '内蒙古自治区 investment growth 5.9',
      '赤峰市 investment growth 14.6',
      '呼和浩特市 investment growth 10.3',
      '乌海市 investment growth 6.8',
    ])
  })

  it('分别是 and 依次为 with each place before its own number: growths, shares of the plan, levels', () => {
    const growths = core('前三季度全区制造业投资增长9.4%。按增速排,共4个盟市快于全区,分别是通辽市31.2%、乌兰察布市22.5%、包头市15.8%、鄂尔多斯市10.1%。', '2016-10-25')
    expect(growths.slice(1).map(byPlace)).toEqual(['通辽市 investment growth 31.2', '乌兰察布市 investment growth 22.5', '包头市 investment growth 15.8', '鄂尔多斯市 investment growth 10.1'])
    const shares = core('1—3月全区重点项目完成投资47亿元,完成年度计划的7.8%。投资完成率居前的盟市分别是巴彦淖尔市18.7%、锡林郭勒盟13.9%。', '2015-04-18')
    expect(shares.slice(2).map(byPlace)).toEqual(['巴彦淖尔市 investment share 18.7', '锡林郭勒盟 investment share 13.9'])
    const levels = core('前三季度,全市重点项目完成投资205亿元,各旗县区完成投资依次为松山区31亿元、宁城县24.5亿元、林西县12.2亿元。', '2018-10-12')
    expect(levels.slice(1).map((f) => `${f.place} ${f.kind} ${f.value}`)).toEqual(['松山区 level 3100000000', '宁城县 level 2450000000', '林西县 level 1220000000'])
  })

  it('a rate listed by place is no investment, and a list without a place before each number is left to the other readers', () => {
    const found = core('全市重点项目完成投资14亿元。开工率依次为东胜区97.2%、康巴什区88.5%。这两个项目总投资分别是6亿元、3.5亿元。', '2017-07-20')
    expect(found.map((f) => `${f.kind} ${f.value}`)).toEqual(['level 1400000000', 'level 600000000', 'level 350000000'])
  })
})

describe('money broken down by project', () => {
  it('after 其中, each named project is a part of the money before it, however long its name', () => {
    const found = core('年初至今,全县争取上级专项资金3280万元。其中,某某苏木小学教学楼加固项目540万元,某某村排水管网改造工程二期275万元,某某工业园区污水处理项目910万元。', '2019-04-02')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual([
      'funding level 32800000',
      'funding level 5400000',
      'funding level 2750000',
      'funding level 9100000',
    ])
  })

  it('a project named without 其中 is no part of anything, and a project’s area is no money', () => {
    expect(core('某某合作社饲草加工项目640万元。', '2019-04-02')).toEqual([])
    expect(core('全县争取各类资金1800万元。其中,某某草原修复项目1.6万亩。', '2019-04-02').map((f) => f.value)).toEqual([18000000])
  })
})

describe('the province in the names of projects and institutions', () => {
  it('内蒙古 heading a project’s name after 的, or a university’s, is no region of the figure', () => {
    const found = core('今年,奈曼旗推进重点项目21个,总投资39亿元。投资4.2亿元的内蒙古某某新能源装备制造项目,年内计划投资1.5亿元。', '2021-04-20')
    expect(new Set(found.map((f) => f.region.name))).toEqual(new Set(['奈曼旗']))
    const school = core('今年賽罕區推進重大項目19個。計畫8月份開工內蒙古某某大學實驗樓等項目3個,前三季度預計完成投資7億元。', '2021-05-29')
    expect(school.map((f) => f.region.name)).toEqual(['赛罕区'])
  })

  it('the province as a subject, or 的内蒙古自治区, is still the region', () => {
    expect(core('奈曼旗今年投资增长6%,内蒙古固定资产投资增长7.3%。', '2021-04-20').map((f) => f.region.name)).toEqual(['奈曼旗', '内蒙古自治区'])
    expect(core('增速居全国前列的内蒙古自治区,前两个月固定资产投资增长15.7%。', '2021-04-20').map((f) => f.region.name)).toEqual(['内蒙古自治区'])
  })
})

describe('targets in a government work report', () => {
  it('a meeting’s venue is not what the report is about; a growth joined by 、 to a target level is a target', () => {
    const text = '新华网呼和浩特1月27日电 内蒙古自治区经济工作会议27日在呼和浩特市召开,会议部署了自治区全年工作。\n\n会议明确,内蒙古今年会继续扩大投资。\n\n要力争工业投资达到2100亿元左右、增长6%以上,招商引资到位资金2600亿元以上。'
    const found = core(text, '2026-01-27')
    expect(found.map((f) => `${f.region.name} ${f.kind} ${f.qualifier}${f.value}${f.unit} ${f.indicator}`)).toEqual([
      '内蒙古自治区 target ~210000000000CNY fixed_asset_investment',
      '内蒙古自治区 target >=6% fixed_asset_investment',
      '内蒙古自治区 target >=260000000000CNY investment_attracted',
    ])
  })

  it('a growth after a level done stays a growth, and the label of a number does not begin with the last one’s 左右', () => {
    expect(core('上年完成投资230亿元左右、增长11%。', '2025-01-10').map((f) => `${f.kind} ${f.label}`)).toEqual(['level 投资', 'growth 投资'])
  })
})

describe('industries with their rates in brackets', () => {
  it('each bracketed industry is a part of the growth in hand', () => {
    const found = core('1—5月,全市制造业投资增长18.2%。其中,食品制造业(73.5%)、电气机械制造业(42.6%)、医药制造(19.9%)投资增速领先。', '2022-06-20')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value} ${f.breakdown?.sector ?? '-'}`)).toEqual([
      'investment growth 18.2 制造业',
      'investment growth 73.5 食品制造业',
      'investment growth 42.6 电气机械制造业',
      'investment growth 19.9 医药制造',
    ])
  })

  it('a bracket after no industry, or with no growth in hand, is left alone', () => {
    expect(core('全盟固定资产投资增长4.6%(上年同期为7.7%),某某集团(9.5%)排第一。', '2022-06-20').map((f) => f.value)).toEqual([4.6])
    expect(core('全市食品制造业(73.5%)、电气机械制造业(42.6%)增势较好。', '2022-06-20')).toEqual([])
  })
})

describe('a page about one league under section headings', () => {
  it('a later section naming no place is the league’s, when the page names no other league', () => {
    const text = '前5个月巴彦淖尔市项目建设进展\n\n截至5月底,全市重点项目完成投资34亿元。\n\n分旗县区情况\n\n临河区完成投资11亿元,五原县完成投资6亿元,磴口县完成投资4.5亿元。\n\n分领域情况\n\n——农牧业项目完成投资13亿元。'
    const found = core(text, '2019-07-15')
    expect(found.at(-1)!.region.name).toBe('巴彦淖尔市')
  })

  it('a page naming two leagues keeps the region for a section naming none', () => {
    const text = '前5个月项目建设进展\n\n截至5月底,巴彦淖尔市重点项目完成投资34亿元,阿拉善盟完成投资15亿元,乌兰察布市完成投资28亿元。\n\n分领域情况\n\n——农牧业项目完成投资20亿元。'
    const found = core(text, '2019-07-15')
    expect(found.at(-1)!.region.name).toBe('内蒙古自治区')
  })
})

describe('months and the year’s task', () => {
  const span = (f: Figure) => `${f.kind} ${f.period.start ?? '?'}..${f.period.end ?? '?'}`

  it('1——10月 with a doubled dash is January to October; 完成全年任务的 is a share of those months', () => {
    expect(core('1——10月份,全县招商引资到位资金27亿元,完成全年任务的79%。', '2016-11-20').map(span)).toEqual([
      'level 2016-01-01..2016-10-31',
      'share 2016-01-01..2016-10-31',
    ])
  })

  it('全年 still governs a figure of the year, and a task for the year stated as a figure is the year’s target', () => {
    expect(core('全年完成投资58亿元。', '2017-01-20').map(span)).toEqual(['level 2016-01-01..2016-12-31'])
    expect(core('今年全县招商引资到位资金全年目标任务定为65亿元。', '2017-03-20').map(span)).toEqual(['target 2017-01-01..2017-12-31'])
  })
})

describe('money raised or handed out, named after its number', () => {
  it('发行18亿元专项债券 in a headline is funding, and the breakdowns under it take it, shares as of the article date', () => {
    const text = '自治区发行18亿元专项债券\n\n本周,自治区财政部门顺利发行专项债券18亿元。分机构看,券商认购债券12.6亿元,占比70%。按投向分,用于交通基础设施项目建设资金5.4亿元,占比30%;用于绿色食品生产基地项目建设资金3.6亿元,占比20%。'
    const found = core(text, '2022-09-16')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value} ${f.period.start ?? '?'}..${f.period.end}`)).toEqual([
      'funding level 1800000000 ?..2022-09-16',
      'funding level 1800000000 ?..2022-09-16',
      'funding level 1260000000 ?..2022-09-16',
      'funding share 70 ?..2022-09-16',
      'funding level 540000000 ?..2022-09-16',
      'funding share 30 ?..2022-09-16',
      'funding level 360000000 ?..2022-09-16',
      'funding share 20 ?..2022-09-16',
    ])
  })

  it('下拨1.3亿元防汛资金 is funding; production in tonnes stays output', () => {
    expect(core('盟财政近日下拨1.3亿元防汛资金。', '2017-08-01').map((f) => `${f.metric} ${f.value}`)).toEqual(['funding 130000000'])
    expect(figures('全年生产饲料12万吨。', '2017-08-01').map((f) => f.metric)).toEqual(['output'])
  })
})

describe('a round-up of many leagues', () => {
  it('is the region’s, though one league is named twice', () => {
    const text = '1—5月,全区新开工亿元以上项目共完成投资133亿元。\n\n某光伏项目已完成投资14亿元,包头某铝业项目已完成投资3亿元。\n\n各盟市新开工项目分别为,包头市22项、乌兰察布市17项、呼伦贝尔市12项、锡林郭勒盟9项、乌海市4项。'
    const found = core(text, '2012-06-18')
    expect(found.slice(0, 2).map((f) => f.region.name)).toEqual(['内蒙古自治区', '内蒙古自治区'])
  })

  it('an article on one league that names two others stays that league’s', () => {
    const text = '今年,呼伦贝尔市重点项目完成投资64亿元,呼伦贝尔市工业投资增长9%。签约企业多来自包头市、兴安盟。'
    expect(core(text, '2012-06-18').map((f) => f.region.name)).toEqual(['呼伦贝尔市', '呼伦贝尔市'])
  })
})

describe('shares of parts and of the plan', () => {
  it('二产所占比重 and 仓储业占第三产业比重 are parts’ shares of the investment in hand', () => {
    const found = core('1—9月,全县固定资产投资比上年增长11.6%。一产占全县投资的比重6.8%;二产所占比重45.1%;仓储业占第三产业比重33.4%。', '2021-10-20')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value}`)).toEqual([
      'investment growth 11.6',
      'investment share 6.8',
      'investment share 45.1',
      'investment share 33.4',
    ])
  })

  it('完成投资率 is a share of the plan; a share of people is no investment', () => {
    expect(core('截至4月底已完成投资12亿元,完成投资率27.3%。', '2022-05-10').map((f) => `${f.kind} ${f.value} ${f.label}`)).toEqual(['level 1200000000 投资', 'share 27.3 投资率'])
    expect(core('全县固定资产投资增长5%。返乡创业人员所占比重18%。', '2021-07-20').map((f) => f.value)).toEqual([5])
  })
})

describe('plans written with 将 and 年度 after a quarter', () => {
  const span = (f: Figure) => `${f.kind} ${f.period.start ?? '?'}..${f.period.end ?? '?'}`

  it('年度计划完成投资 after 一季度 is the whole year’s plan', () => {
    const found = core('今年一季度,全盟重点项目推进有序。全盟计划实施项目412个,年度计划完成投资930亿元。', '2024-04-20')
    expect(found.map(span)).toEqual(['target 2024-01-01..2024-12-31'])
  })

  it('将开复工 … 完成投资 is a plan; 已开复工 … 完成投资 is done', () => {
    expect(core('进入三季度,全旗还将开复工项目17个,完成投资48亿元。', '2024-07-03').map((f) => f.kind)).toEqual(['target'])
    expect(core('截至6月底,全旗已开复工项目17个,完成投资26亿元。', '2024-07-03').map((f) => f.kind)).toEqual(['level'])
  })
})

describe('classes of projects by size after 其中', () => {
  it('其中,20亿元以上产业项目21个 is a class of projects, not a part of the plan', () => {
    const found = core('全盟今年安排亿元以上产业项目58个,总投资2140亿元,年内计划完成投资385亿元。其中,20亿元以上产业项目21个。', '2022-03-18')
    expect(found.map((f) => `${f.kind} ${f.value}`)).toEqual(['level 214000000000', 'target 38500000000'])
  })

  it('an amount reached (完成投资10亿元以上) is still a figure', () => {
    expect(core('上半年全盟产业项目完成投资96亿元。其中,新能源项目完成投资30亿元以上。', '2022-07-18').map((f) => `${f.qualifier}${f.value}`)).toEqual(['=9600000000', '>=3000000000'])
  })
})
