import { describe, expect, it } from 'vitest'
import { readMetrics, type MetricReading } from '../../src/pipeline/metrics'
import { findQuantities } from '../../src/pipeline/quantities'

/** Runs the quantities and metric stages on one sentence: [metric, kind, value, unit, label] per figure. */
function read(sentence: string, placeNames: string[] = []): Array<[string, string, number, string, string] | null> {
  const { quantities } = findQuantities(sentence)
  return readMetrics(sentence, quantities, { placeNames }).map((r: MetricReading | null) =>
    r ? [r.metric, r.kind, r.value, r.unit, r.label] : null,
  )
}

describe('metric stage on seed sentences', () => {
  it('reads a port cargo volume, the level it reached and its growth', () => {
    expect(read('2024年满都拉口岸进出口货运量突破300万吨,达302万吨,同比增加63%', ['满都拉口岸'])).toEqual([
      ['cargo_volume', 'level', 3000000, 't', '进出口货运量'],
      ['cargo_volume', 'level', 3020000, 't', '进出口货运量'],
      ['cargo_volume', 'growth', 63, '%', '进出口货运量'],
    ])
  })

  it('reads value added implied by a list of sectors', () => {
    expect(read('非煤工业增加值增长8.2%,战略性新兴产业增长11.3%,高技术制造业增长29.4%')).toEqual([
      ['value_added', 'growth', 8.2, '%', '非煤工业增加值'],
      ['value_added', 'growth', 11.3, '%', '战略性新兴产业'],
      ['value_added', 'growth', 29.4, '%', '高技术制造业'],
    ])
  })

  it('turns 倍 into a growth in percent and shares the kind across a 分别 list', () => {
    expect(read('稀土化合物和多晶硅产量分别增长2.4倍和1.2倍')).toEqual([
      ['output', 'growth', 240, '%', '稀土化合物产量'],
      ['output', 'growth', 120, '%', '多晶硅产量'],
    ])
    expect(read('全年生产安全事故起数、死亡人数同比分别下降18.3%和25.4%').map((r) => r && r.slice(1, 3))).toEqual([
      ['growth', -18.3],
      ['growth', -25.4],
    ])
  })

  it('keeps a change of a rate in percentage points apart from growth rates', () => {
    const [fai, points] = read('前三季度,全区固定资产投资(不含农户)同比增长11.0%,比1—8月提高0.6个百分点')
    expect(fai).toEqual(['investment', 'growth', 11, '%', '固定资产投资(不含农户)'])
    expect(points).toEqual(['rate_change', 'growth', 0.6, 'pp', '固定资产投资(不含农户)增速'])
  })

  it('does not file coal output or power generation as cargo', () => {
    const rows = read('全区原煤产量9.5亿吨,同比增长4.6%;发电量5990.7亿千瓦时,同比增长9.6%')
    expect(rows.map((r) => r && r[0])).toEqual(['coal_output', 'coal_output', 'power_generation', 'power_generation'])
  })

  it('reads funding, its shares, and a parallel subject after a semicolon', () => {
    const rows = read('其中,社会保障类补贴资金82661.02万元,占56.47%;卫生健康类3623.15万元,占2.48%')
    expect(rows).toEqual([
      ['funding', 'level', 826610200, 'CNY', '社会保障类补贴资金'],
      ['funding', 'share', 56.47, '%', '社会保障类补贴资金占比'],
      ['funding', 'level', 36231500, 'CNY', '卫生健康类'],
      ['funding', 'share', 2.48, '%', '卫生健康类占比'],
    ])
  })

  it('tells a target from a result', () => {
    expect(read('建成投产后预计实现产值超70亿元')[0]).toEqual(['output_value', 'target', 7e9, 'CNY', '建成投产后预计实现产值'])
    expect(read('全年引进到位资金5573亿元')[0]).toEqual(['investment', 'level', 557300000000, 'CNY', '引进到位资金'])
  })
})

describe('metric stage on invented sentences', () => {
  it('reads GDP and GDP per capita apart', () => {
    expect(read('上半年,全市实现地区生产总值1234.5亿元,同比增长5.2%')).toEqual([
      ['gdp', 'level', 123450000000, 'CNY', '地区生产总值'],
      ['gdp', 'growth', 5.2, '%', '地区生产总值'],
    ])
    expect(read('人均地区生产总值达到9.8万元')[0]?.[0]).toBe('gdp_per_capita')
    expect(read('经济总量突破三千亿元')[0]).toEqual(['gdp', 'level', 3e11, 'CNY', '经济总量'])
  })

  it('reads container throughput in TEU and a decline as a negative growth', () => {
    expect(read('集装箱吞吐量12.5万标箱,同比下降3.1%')).toEqual([
      ['cargo_volume', 'level', 125000, 'TEU', '集装箱吞吐量'],
      ['cargo_volume', 'growth', -3.1, '%', '集装箱吞吐量'],
    ])
  })

  it('reads sector investment and government money', () => {
    expect(read('工业投资同比增长15.6%')[0]).toEqual(['investment', 'growth', 15.6, '%', '工业投资'])
    expect(read('自治区财政下达专项资金2.3亿元')[0]?.slice(0, 3)).toEqual(['funding', 'level', 2.3e8])
    expect(read('该项目总投资二十八亿元')[0]).toEqual(['investment', 'level', 2.8e9, 'CNY', '总投资'])
  })

  it('files other indicators under their own keys, never a core key', () => {
    expect(read('减少二氧化碳排放480万吨')[0]?.[0]).toBe('emissions')
    expect(read('社会消费品零售总额达到860亿元')[0]?.[0]).toBe('retail_sales')
    expect(read('粮食产量达到78.5亿斤')[0]?.[0]).toBe('grain_output')
    expect(read('全市新能源装机达到3500万千瓦')[0]?.[0]).toBe('installed_capacity')
  })

  it('makes the share of investment a share, not a level of investment', () => {
    expect(read('民间投资占全部投资的比重为41.2%')[0]?.slice(0, 3)).toEqual(['investment', 'share', 41.2])
  })
})
