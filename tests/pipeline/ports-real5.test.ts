/**
 * Port and transport news: a record compared with in brackets, lists of ports, daily averages, foreign figures.
 * Every sentence is invented (never copied from a real page); each rule has a near sentence it must leave alone.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

function figures(text: string, date: string): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

/** One line per figure: metric kind value period. */
const brief = (f: Figure) => `${f.metric} ${f.kind} ${f.value} ${f.period.start}..${f.period.end}`

describe('a record compared with in brackets', () => {
  const text = [
    '某口岸货运量创新高',
    '今年前4个月,某某口岸过货量完成512.3万吨,超过历史最高纪录(2018年480.6万吨)6.6%,同比增长83.2%。',
  ].join('\n')

  it('dates the bracketed record in its own year, over the same months, and reads the two growths after it', () => {
    expect(figures(text, '2023-05-12').map(brief)).toEqual([
      'cargo_volume level 5123000 2023-01-01..2023-04-30',
      'cargo_volume level 4806000 2018-01-01..2018-04-30',
      'cargo_volume growth 6.6 2023-01-01..2023-04-30',
      'cargo_volume growth 83.2 2023-01-01..2023-04-30',
    ])
  })

  it('reads no growth from a percent after a bracket that follows no verb of exceeding', () => {
    const found = figures(['某口岸运量创新高', '1—4月,某口岸过货量完成512.3万吨,进口货物占比(按重量计)88.2%。'].join('\n'), '2023-05-12')
    expect(found.find((f) => f.value === 88.2)!.kind).not.toBe('growth')
  })
})

describe('a neighbouring country’s own figures', () => {
  const text = [
    '某口岸进口铜精矿持续增长',
    '据蒙古国海关数据,1—8月,蒙古国铜精矿出口量为98.2万吨,同比增长11.7%。同期,某某口岸进口蒙古国铜精矿45.6万吨,占蒙方出口量的46.4%。',
  ].join('\n')

  it('sets aside the country’s exports and their growth, and keeps what our port imports from it', () => {
    const page = extractPage('x.txt', text, { date: '2022-09-20' })
    expect(page.figures.map((f) => `${f.kind} ${f.value}`)).toEqual(['level 456000', 'share 46.4'])
    expect(page.report.setAside.filter((s) => s.reason === 'foreign-country').map((s) => s.raw)).toEqual(['98.2万吨', '11.7%'])
  })
})

describe('coal carried out of a region (外运)', () => {
  it('reads 煤炭外运 and 铁路外运 before a tonnage as cargo, and 只能外运 in a year to come as a target', () => {
    const text = ['某盟煤炭外运压力加大', '2015年某某盟煤炭外运5200万吨,铁路外运1800万吨,今年铁路运力挖潜后也只能外运2400万吨。'].join('\n')
    const found = figures(text, '2016-08-02')
    expect(found.map((f) => `${f.metric} ${f.kind} ${f.value} ${f.period.start}..${f.period.end}`)).toEqual([
      'cargo_volume level 52000000 2015-01-01..2015-12-31',
      'cargo_volume level 18000000 2015-01-01..2015-12-31',
      'cargo_volume target 24000000 2016-01-01..2016-12-31',
    ])
  })

  it('reads no cargo from 外运 that names no tonnage (外运能力, 外运通道)', () => {
    const text = ['某盟煤炭外运压力加大', '某某盟新建外运通道2条,煤炭外运能力提高到每年8000万吨。'].join('\n')
    expect(figures(text, '2016-08-02').filter((f) => f.metric === 'cargo_volume')).toEqual([])
  })
})

describe('the indicator of a port’s tonnage', () => {
  it('reads 年运量 in a sentence about a port as the port’s cargo, like its 进出口运量', () => {
    const text = ['某某站口岸运量首次超过900万吨', '这是该站开通以来年运量第一次超过900万吨。截至11月20日,该口岸进出口运量完成902.4万吨。'].join('\n')
    const found = figures(text, '2019-11-21').filter((f) => f.metric === 'cargo_volume')
    expect(new Set(found.map((f) => f.indicator))).toEqual(new Set(['port_cargo']))
  })

  it('keeps the railway’s own 运量 apart when no port is the subject', () => {
    const found = figures(['某铁路局货运稳步增长', '今年前10个月,某铁路局铁路运量完成1.2亿吨。'].join('\n'), '2019-11-21')
    expect(found.map((f) => f.indicator)).toEqual(['rail_freight'])
  })

  it('names iron concentrate (铁精矿) as a commodity of a port’s imports, apart from iron ore', () => {
    const text = ['某口岸进口运量增长', '今年以来,某某口岸进口铁精矿86.2万吨,进口铁矿石40.1万吨。'].join('\n')
    const found = figures(text, '2020-06-08')
    expect(found.map((f) => f.breakdown?.commodity)).toEqual(['铁精矿', '铁矿石'])
  })
})

describe('a round mark written without its unit', () => {
  it('reads 突破千万大关 after a tonnage as the same cargo, at least ten million tonnes', () => {
    const found = figures(['某口岸货运量突破千万吨', '今年以来,某某口岸过货量累计1003万吨,一举突破千万大关。'].join('\n'), '2018-10-09')
    expect(found.map((f) => `${f.metric} ${f.value} ${f.unit} ${f.qualifier}`)).toEqual([
      'cargo_volume 10000000 t >=',
      'cargo_volume 10030000 t =',
      'cargo_volume 10000000 t >=',
    ])
  })

  it('reads 迈上千亿台阶 as money after a sum of money, not a count of machines (台)', () => {
    const found = figures(['某县工业产值创新高', '2018年全县工业产值达到1012亿元,迈上千亿台阶。'].join('\n'), '2019-01-09')
    expect(found.map((f) => `${f.metric} ${f.value} ${f.unit}`)).toEqual(['output_value 101200000000 CNY', 'output_value 100000000000 CNY'])
  })

  it('reads no figure from a mark that follows no level (千万大关 alone)', () => {
    expect(figures(['某口岸发展回顾', '口岸建设要冲刺千万大关。'].join('\n'), '2018-10-09')).toEqual([])
  })
})

describe('the goods of a figure labelled by its direction alone', () => {
  it('reads 进口X万吨 after 焦煤进口 in the sentence as coal imports, and the next bare 进口 too', () => {
    const text = [
      '某口岸焦煤进口创新高',
      '一季度,某某口岸进口煤炭310万吨;2月份焦煤进口创单月新高,其中2月6日至12日进口29万吨;单日最高出现在1月20日,进口5.2万吨。',
    ].join('\n')
    const found = figures(text, '2019-04-03')
    expect(found.map((f) => `${f.value} ${f.breakdown?.direction} ${f.breakdown?.commodity}`)).toEqual([
      '3100000 import 煤炭',
      '290000 import 煤炭',
      '52000 import 煤炭',
    ])
  })

  it('leaves a bare 出口 after coal imports without goods', () => {
    const found = figures(['某口岸进出口增长', '今年以来,某某口岸进口煤炭310万吨,出口42万吨。'].join('\n'), '2019-04-03')
    expect(found.map((f) => `${f.breakdown?.direction} ${f.breakdown?.commodity}`)).toEqual(['import 煤炭', 'export undefined'])
  })
})

describe('只能 as a cap', () => {
  it('reads a level after 只能 in another clause as no target', () => {
    const text = ['某盟煤炭外运压力加大', '2015年由于运力紧张只能依靠公路,全年完成货运量2000万吨。'].join('\n')
    expect(figures(text, '2016-08-02').map((f) => f.kind)).toEqual(['level'])
  })
})

describe('port news in traditional script', () => {
  it('reads 陸路口岸 as 陆路口岸, the class of ports a figure counts', () => {
    const text = ['某區口岸運行穩中向好', '今年前5月,全區陸路口岸貨運量完成2310萬噸。'].join('\n')
    const found = figures(text, '2021-06-10').filter((f) => f.metric === 'cargo_volume')
    expect(found.map((f) => `${f.value} ${f.breakdown?.scope}`)).toEqual(['23100000 陆路口岸'])
  })
})
