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
  it('reads 日均 amounts and their growth as averages, not the cargo of the period', () => {
    const found = figures('1—10月,满都拉口岸日均通关2.3万吨,较上年同期增长18%。')
    expect(cargo(found)).toEqual([])
    expect(found.map((f) => f.metric)).toEqual(['average_rate', 'average_rate'])
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

describe('是去年同期的N倍', () => {
  it('gives the multiple the indicator of the level before it, whatever the article is about', () => {
    const found = figures('1—4月,锡林郭勒盟跨境公路运输货运量完成326.5万吨,是去年同期的3.5倍;出入境车辆4.1万辆次。')
    expect(cargo(found).map((s) => s.split(' ').slice(0, 3).join(' '))).toEqual(['cargo_volume level 3265000t', 'cargo_volume growth 250%'])
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
