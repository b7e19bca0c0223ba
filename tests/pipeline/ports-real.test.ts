/**
 * Patterns of real port, railway and logistics news, each on invented sentences (places are real, numbers and
 * wording made up, never copied from a real page): what the figure is, and negative examples of what it is not.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'
import { findQuantities } from '../../src/pipeline/quantities'

function figures(text: string, date = '2024-10-20'): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

/** One line per figure: metric kind value unit indicator breakdown. */
function brief(f: Figure): string {
  const b = f.breakdown ? ' ' + Object.entries(f.breakdown).map(([k, v]) => `${k}=${v}`).join(',') : ''
  return `${f.metric} ${f.kind} ${f.value}${f.unit} ${f.indicator ?? '-'}${b}`
}

const cargo = (found: Figure[]) => found.filter((f) => f.metric === 'cargo_volume').map(brief)

describe('containers carried by trains', () => {
  it('reads the TEU written after a count of trains as cargo, and pairs a 分别 list with the two levels', () => {
    const found = figures('1—8月,经满洲里铁路口岸进出的中欧班列共1634列、17.2万标箱,同比分别增长4.6%和6.3%。')
    expect(cargo(found)).toEqual(['cargo_volume level 172000TEU freight_volume', 'cargo_volume growth 6.3% freight_volume'])
    expect(found.find((f) => f.value === 4.6)?.metric).not.toBe('cargo_volume')
  })

  it('keeps the direction of the trains (进境, 出境) and reads 列 and 标箱 written without a separator', () => {
    expect(cargo(figures('上半年,二连浩特口岸出境班列472列,4.8万标箱;进境班列306列3.2万标箱。'))).toEqual([
      'cargo_volume level 48000TEU freight_volume direction=export',
      'cargo_volume level 32000TEU freight_volume direction=import',
    ])
  })

  it('gives a growth not split by 分别 to the trains, whose clause it is', () => {
    const found = figures('上半年,该站共开出中欧班列742列、7.5万标箱,同比增长9%。')
    expect(cargo(found)).toEqual(['cargo_volume level 75000TEU freight_volume'])
  })

  it('pairs a 分别 list with the levels of the clauses before it', () => {
    const found = figures('去年,二连浩特站接发中欧班列共3210列,所运送货物33万标箱,分别比上年增长7%和12%。')
    expect(cargo(found)).toEqual(['cargo_volume level 330000TEU freight_volume', 'cargo_volume growth 12% freight_volume'])
    expect(found.find((f) => f.value === 7)?.metric).not.toBe('cargo_volume')
  })

  it('does not pair when a percentage stands between the levels', () => {
    const found = figures('1—7月,甲口岸过货量180万吨,占全盟的35%,乙口岸过货量95万吨,同比分别增长6%和2%。')
    expect(found.filter((f) => f.kind === 'growth').map((f) => f.label)).not.toContain('甲口岸过货量')
  })

  it('reads a train’s load and a count of trains as no cargo figure', () => {
    expect(cargo(figures('当天清晨,满载48个标箱的一趟中欧班列从满洲里站发车。'))).toEqual([])
    expect(cargo(figures('到目前为止,该站今年已接发中欧班列1180列。'))).toEqual([])
  })
})

describe('words of railway freight', () => {
  it('reads 发运货物 and 货物运送量 as cargo, but not 旅客运送量', () => {
    expect(cargo(figures('1—5月,国铁呼和浩特局发运货物共计8600万吨。'))).toEqual(['cargo_volume level 86000000t rail_freight'])
    expect(cargo(figures('一季度,满洲里站中欧班列的开行量和货物运送量较上年同期分别增长3.8%、10.2%。'))).toEqual([
      'cargo_volume growth 10.2% freight_volume',
    ])
    expect(cargo(figures('暑运期间,该局旅客运送量比上年增加6.5%。'))).toEqual([])
  })
})

describe('freight turnover', () => {
  it('reads 亿吨公里 as tonne-kilometres of freight turnover, never tonnes of cargo, and its growth with it', () => {
    const found = figures('上半年,呼伦贝尔市道路运输实现货运量1.4亿吨、货物周转量216.4亿吨公里,同比分别增长4.8%和下降0.6%。')
    expect(cargo(found).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual(['cargo_volume level 140000000t', 'cargo_volume growth 4.8%'])
    expect(found.filter((f) => f.metric === 'freight_turnover').map(brief)).toEqual([
      'freight_turnover level 21640000000tkm freight_turnover',
      'freight_turnover growth -0.6% freight_turnover',
    ])
  })

  it('reads a growth of 货物周转量 alone as no cargo figure', () => {
    expect(cargo(figures('前4个月,全盟铁路货物周转量增长5.1%。'))).toEqual([])
  })
})

describe('averages per day', () => {
  it('reads 日均 amounts of cargo and their growth as cargo per day, a series apart from the cargo of the period', () => {
    const found = figures('1—10月,满都拉口岸日均通关2.3万吨,较上年同期增长18%。')
    expect(found.map((f) => `${f.metric} ${f.indicator}`)).toEqual(['cargo_volume cargo_daily_average', 'cargo_volume cargo_daily_average'])
  })

  it('keeps a 日均 count of wagons an average, not cargo', () => {
    expect(figures('前11个月,某铁路局日均完成货物装车9800车。').map((f) => f.metric)).toEqual(['average_rate'])
  })

  it('keeps the total of the period beside its average per day', () => {
    expect(cargo(figures('前5个月,珠恩嘎达布其口岸过货量210万吨,日均1.4万吨。'))).toEqual(['cargo_volume level 2100000t port_cargo'])
  })
})

describe('破 as a threshold crossed', () => {
  it('reads 破 and 首破 before an amount as at least, and 首次 as no part of the indicator', () => {
    expect(cargo(figures('截至10月25日,今年甘其毛都口岸过货量首破2000万吨。')).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
      'cargo_volume level 20000000t',
    ])
    const found = figures('去年,二连浩特站铁路年运量首次破950万吨,刷新了纪录。')
    expect(found.filter((f) => f.metric === 'cargo_volume').map((f) => `${f.qualifier}${f.value}${f.unit}`)).toEqual(['>=9500000t'])
  })

  it('reads 跌破 as below, and 打破 as no qualifier', () => {
    const only = (s: string) => findQuantities(s).quantities[0]
    expect(only('煤价跌破650元')).toMatchObject({ value: 650, qualifier: '<' })
    expect(only('该站打破2万吨的单日纪录')).toMatchObject({ value: 20000, qualifier: '=' })
  })
})

describe('periods of days', () => {
  const period = (f: Figure | undefined) => (f ? `${f.period.start}..${f.period.end} ${f.period.basis}` : 'none')

  it('reads 1月1日至 and 年初至 a day as the year so far to that day', () => {
    const found = figures('据口岸管理部门统计,1月1日至7月26日,二连浩特口岸过货量共计1035.4万吨,同比增长14.2%。', '2024-07-29')
    expect(found.map(period)).toEqual(['2024-01-01..2024-07-26 ytd', '2024-01-01..2024-07-26 ytd'])
    expect(period(figures('年初至5月18日,策克口岸进口煤炭540万吨。', '2024-05-22')[0])).toBe('2024-01-01..2024-05-18 ytd')
  })

  it('reads a run of days (8月19日至25日, 9月27日至10月3日) as those days, and keeps them out of the label', () => {
    const found = figures('8月19日至25日,满都拉口岸进口煤炭31万吨。', '2024-08-28')
    expect(found.map((f) => `${f.label} ${period(f)}`)).toEqual(['进口煤炭 2024-08-19..2024-08-25 span'])
    expect(period(figures('9月27日至10月3日,阿日哈沙特口岸过货量12.4万吨。', '2024-10-08')[0])).toBe('2024-09-27..2024-10-03 span')
  })

  it('reads the date of a 单日 figure as its day, but a date alone does not make a figure one day’s', () => {
    expect(period(figures('3月21日,策克口岸单日通关货物约6.1万吨,刷新纪录。', '2024-03-23')[0])).toBe('2024-03-21..2024-03-21 span')
    expect(period(figures('3月21日,记者从策克口岸了解到,1—2月该口岸进出口货运量386万吨。', '2024-03-23')[0])).toBe('2024-01-01..2024-02-29 ytd')
  })

  it('reads the day of a 单日 figure when a time of day follows the date', () => {
    expect(period(figures('11月14日18时,满洲里口岸最后一批货车验放结束,单日过货量达3.3万吨。', '2024-11-16')[0])).toBe('2024-11-14..2024-11-14 span')
  })

  it('reads a year right after the port, in a clause with the figure, as the figure’s year, but not a year of an event', () => {
    const found = figures('12月5日上午,随着一列货车驶出国门,满都拉口岸2022年过货量达到620万吨。', '2022-12-07')
    expect(period(found[0])).toBe('2022-01-01..2022-12-07 ytd')
    expect(period(figures('这也是满都拉口岸2009年开通以来,年过货量第一次超过600万吨。', '2022-12-07')[0])).not.toContain('2009')
  })
})

describe('是去年同期的N倍', () => {
  it('gives the multiple the indicator of the level before it, whatever the article is about', () => {
    const found = figures('1—4月,锡林郭勒盟跨境公路运输货运量完成326.5万吨,是去年同期的3.5倍;出入境车辆4.1万辆次。')
    expect(cargo(found).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual(['cargo_volume level 3265000t', 'cargo_volume growth 250%'])
  })
})

describe('N月份 before 上述, 上年 …', () => {
  it('reads 4月份 followed by 上 (上述口岸) as the month, but 6月上旬 still as no month', () => {
    const period = (f: Figure) => `${f.period.start}..${f.period.end}`
    expect(figures('4月份上述两个口岸过货量分别为64.3万吨和51.8万吨。', '2024-05-10').map(period)).toEqual([
      '2024-04-01..2024-04-30', '2024-04-01..2024-04-30',
    ])
    expect(figures('6月上旬,该口岸出口焦炭8万吨。', '2024-06-20')[0].period.basis).not.toBe('month')
  })
})

describe('more words of cargo', () => {
  it('reads 运送的货物总量 as cargo', () => {
    expect(cargo(figures('开通五年来,这条通道累计运送的货物总量达到41万标箱。')).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
      'cargo_volume level 410000TEU',
    ])
  })

  it('reads a headline that opens with its figure, before a blank, by the words after it', () => {
    const page = '近7万吨 满都拉口岸单日过货量再刷纪录\n\n5月17日,满都拉口岸出入境车辆1300余辆次。\n'
    expect(cargo(figures(page, '2024-05-19')).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual(['cargo_volume level 70000t'])
    expect(cargo(figures('近12万吨 储煤棚下月投用\n\n据介绍,储煤棚建在口岸监管区东侧。\n', '2024-05-19'))).toEqual([])
  })
})

describe('a level alone in brackets', () => {
  it('takes the indicator of the level before it: the same goods in another unit, or a base year’s figure', () => {
    const timber = figures('2016年,室韦口岸进口原木42.6万立方米(34.1万吨),同比下降2.8%。')
    expect(cargo(timber).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual(['cargo_volume level 341000t', 'cargo_volume growth -2.8%'])
    const base = figures('上半年,呼伦贝尔市各口岸进出境货运量1460.7万吨,高于此前同期最好水平(2021年1392.5万吨)。', '2023-07-15')
    expect(cargo(base).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual(['cargo_volume level 14607000t', 'cargo_volume level 13925000t'])
  })

  it('leaves a bracket that says more than a number and a year alone', () => {
    const found = figures('上半年,各口岸进出境货运量1460.7万吨(其中原油620万吨)。', '2023-07-15')
    const total = found.find((f) => f.value === 14607000)?.label
    expect(total).toBeTruthy()
    expect(found.find((f) => f.value === 6200000)?.label).not.toBe(total)
  })
})

describe('customs reports of China-Europe trains', () => {
  const short = (found: Figure[]) => cargo(found).map((s) => s.split(' ').slice(0, 3).join(' '))

  it('reads containers named without an indicator (运输集装箱, 搭载) and 货重 as cargo', () => {
    expect(short(figures('1—7月,二连浩特海关监管进出境中欧班列1290列,运输集装箱13.7万标箱,同比增长6.4%,货重151.2万吨,同比增长9.9%。', '2023-08-10'))).toEqual([
      'cargo_volume level 137000TEU', 'cargo_volume growth 6.4%', 'cargo_volume level 1512000t', 'cargo_volume growth 9.9%',
    ])
    expect(short(figures('前三季度,满洲里海关累计监管中欧班列3870列,搭载412360标箱。', '2022-10-08'))).toEqual(['cargo_volume level 412360TEU'])
  })

  it('reads the tonnes right after a count of trains as their cargo (总重)', () => {
    expect(short(figures('2018年,满洲里海关验放中欧班列合计540列,总重27.3万吨,同比分别增长64.1%、58.6%。', '2019-01-15'))).toEqual([
      'cargo_volume level 273000t', 'cargo_volume growth 58.6%',
    ])
  })

  it('pairs a 分别 list whose items are parted by commas with the levels before it', () => {
    const found = figures('1—9月,口岸海关共监管中欧班列2470列,承运集装箱26.5万标箱,货重284万吨,同比分别增长7.3%,12.8%,15.4%。', '2024-10-12')
    expect(short(found)).toEqual([
      'cargo_volume level 265000TEU', 'cargo_volume level 2840000t', 'cargo_volume growth 12.8%', 'cargo_volume growth 15.4%',
    ])
  })

  it('reads 通关货运总量, 载货量 and a headline’s bare 货运 as cargo', () => {
    expect(short(figures('截至9月30日,二连浩特口岸通关货运总量1264.9万吨,同比增长7.6%。', '2024-10-03'))).toEqual([
      'cargo_volume level 12649000t', 'cargo_volume growth 7.6%',
    ])
    expect(short(figures('一季度,满洲里站中欧班列载货量增长5.7%。', '2024-04-08'))).toEqual(['cargo_volume growth 5.7%'])
    expect(short(figures('中欧班列东通道货运超过800万吨\n\n本报讯 记者日前从口岸管理部门了解到这一情况。\n', '2024-10-10'))).toEqual(['cargo_volume level 8000000t'])
  })

  it('reads one train’s load and a yard’s capacity as no cargo figure', () => {
    expect(cargo(figures('满载62标箱的回程中欧班列当晚抵达满洲里站。'))).toEqual([])
    expect(cargo(figures('改造后的集装箱场站容量3万标箱。'))).toEqual([])
  })
})

describe('到 before a year', () => {
  it('reads 到2019年已超过… as that year, as 在2019年 is', () => {
    const found = figures('2015年,该站进出口运量首次超过600万吨,到2019年已超过1100万吨。', '2020-03-01')
    expect(found.map((f) => `${f.value} ${f.period.start}..${f.period.end}`)).toEqual([
      '6000000 2015-01-01..2015-12-31', '11000000 2019-01-01..2019-12-31',
    ])
  })
})

describe('a wire desk in the capital writing on a port elsewhere', () => {
  const page = (body: string) => `满洲里口岸上半年货运量稳步增长\n\n${body}\n`
  it('gives figures without a place of their own the league the article is about, not the desk’s city', () => {
    const found = figures(page('新华网呼和浩特7月4日电 记者从满洲里市口岸管理部门了解到,1—6月,满洲里口岸进出境货运量842.3万吨,同比增长6.5%。\n其中,铁路口岸货运量701.2万吨,增长5.4%;公路口岸货运量141.1万吨,增长12.1%。'), '2024-07-04')
    expect(new Set(found.map((f) => f.region.name))).toEqual(new Set(['满洲里市']))
  })

  it('keeps the desk’s city for an article about that city', () => {
    const found = figures('呼和浩特国际陆港货运量攀升\n\n新华社呼和浩特8月12日电 记者从呼和浩特市有关部门了解到,1—7月,该市国际陆港发送货物31.8万吨,同比增长9.4%。\n', '2024-08-12')
    expect(new Set(found.map((f) => f.region.name))).toEqual(new Set(['呼和浩特市']))
  })
})

describe('a port’s share of the trade between two countries (承担)', () => {
  it('reads 承担着…X%的过货量 and 承担着…过货量的X% as cargo shares, each of its own whole', () => {
    const found = figures('去年,呼伦贝尔的几个口岸承担着中俄之间55%的进出境过货量,还承担着中蒙之间八成以上的过货量。', '2021-03-18')
    expect(cargo(found)).toEqual(['cargo_volume share 55% port_cargo part=中俄之间', 'cargo_volume share 80% port_cargo part=中蒙之间'])
    expect(cargo(figures('近几年,策克口岸承担着中蒙贸易过货量的35%上下。', '2021-03-18'))).toEqual(['cargo_volume share 35% port_cargo part=中蒙贸易'])
  })

  it('reads a share of transport tasks, which names no cargo, as no cargo figure', () => {
    expect(cargo(figures('这些口岸承担了约85%的对蒙公路运输任务。', '2021-03-18'))).toEqual([])
  })
})

describe('是YYYY年的N倍', () => {
  it('reads a multiple of a named year as a growth against that year', () => {
    const found = figures('2023年,满都拉口岸过货量超过700万吨,为2020年的2.5倍。', '2024-01-20')
    const growth = found.find((f) => f.kind === 'growth')
    expect(growth && `${growth.metric} ${growth.value} ${growth.comparison}`).toBe('cargo_volume 150 较2020年')
  })
})

describe('a bar cleared again and again', () => {
  it('reads 连续N天/月/年…破X as no figure, but keeps a figure after the run in its own clause', () => {
    expect(cargo(figures('7月中旬,甘其毛都口岸连续6天单日过货量破7万吨,当旬过货量共63.5万吨。', '2024-07-22')).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
      'cargo_volume level 635000t',
    ])
    expect(cargo(figures('二连浩特口岸货运量已连续4年破千万吨,今年前10个月货运量超过1300万吨。', '2024-11-20')).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
      'cargo_volume level 13000000t',
    ])
  })
})

describe('a running total since a year, as of a day', () => {
  const period = (f: Figure | undefined) => (f ? `${f.period.start}..${f.period.end} ${f.period.basis}` : 'none')

  it('runs from the since date to the as-of date, whichever is written first', () => {
    expect(period(figures('截至8月31日,二连浩特口岸自2015年以来累计出入境中欧班列运输货物超过1200万吨。', '2024-09-03')[0])).toBe(
      '2015-01-01..2024-08-31 span',
    )
    expect(period(figures('自2016年首列中亚班列开通以来,截至今年3月10日,经该口岸累计运送货物已达380万吨。', '2024-03-15')[0])).toBe(
      '2016-01-01..2024-03-10 span',
    )
  })

  it('does not date a figure by the start of a record it breaks', () => {
    expect(period(figures('截至12月18日,这是自1992年口岸开放以来,该口岸年过货量第一次超过500万吨。', '2019-12-20')[0])).not.toContain('1992')
  })
})

describe('growth of goods imported or exported', () => {
  it('reads a growth or share of named goods through a port as cargo (铜精矿进口增长, 煤炭进口增长近四成, 占…的)', () => {
    expect(cargo(figures('1—8月,满洲里口岸铜精矿进口增长7.2%。', '2024-09-12')).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
      'cargo_volume growth 7.2%',
    ])
    expect(cargo(figures('上半年,甘其毛都口岸蒙古国煤炭进口同比增长近四成。', '2024-07-12')).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
      'cargo_volume growth 40%',
    ])
    expect(cargo(figures('满都拉口岸的焦煤进口量占蒙古国同类商品出口量的25%以上。', '2024-07-12')).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
      'cargo_volume share 25%',
    ])
  })

  it('keeps a growth of exports alone, of a trade value (贸易总值, 货值) and a bar several goods clear out of cargo', () => {
    expect(cargo(figures('前7个月,全盟出口增长6%。'))).toEqual([])
    expect(cargo(figures('1—9月,策克口岸的进出口货运量、进出口贸易总值和去年同期相比分别增长9.3%和5%。', '2024-10-10')).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual([
      'cargo_volume growth 9.3%',
    ])
    expect(cargo(figures('该口岸进口铁矿石货值同比增长7%。'))).toEqual([])
    expect(cargo(figures('原油、铜精矿、粮食等各类进口商品均增长10%以上。'))).toEqual([])
  })
})
