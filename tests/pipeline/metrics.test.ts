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

describe('metric stage on sentences in the pattern of the seeds', () => {
  it('reads a port cargo volume, the level it reached and its growth', () => {
    expect(read('2024年策克口岸进出口货运量突破450万吨,达468万吨,同比增加27%', ['策克口岸'])).toEqual([
      ['cargo_volume', 'level', 4500000, 't', '进出口货运量'],
      ['cargo_volume', 'level', 4680000, 't', '进出口货运量'],
      ['cargo_volume', 'growth', 27, '%', '进出口货运量'],
    ])
  })

  it('reads value added implied by a list of sectors', () => {
    expect(read('轻工业增加值增长6.7%,装备制造业增长14.2%,新材料产业增长21.5%')).toEqual([
      ['value_added', 'growth', 6.7, '%', '轻工业增加值'],
      ['value_added', 'growth', 14.2, '%', '装备制造业'],
      ['value_added', 'growth', 21.5, '%', '新材料产业'],
    ])
  })

  it('turns 倍 into a growth in percent and shares the kind across a 分别 list', () => {
    expect(read('单晶硅和碳纤维产量分别增长3.1倍和1.6倍')).toEqual([
      ['output', 'growth', 310, '%', '单晶硅产量'],
      ['output', 'growth', 160, '%', '碳纤维产量'],
    ])
    expect(read('全年道路交通事故起数、受伤人数同比分别下降12.6%和19.8%').map((r) => r && r.slice(1, 3))).toEqual([
      ['growth', -12.6],
      ['growth', -19.8],
    ])
  })

  it('keeps a change of a rate in percentage points apart from growth rates', () => {
    const [fai, points] = read('上半年,全市民间投资(不含房地产)同比增长8.0%,比1—5月提高0.9个百分点')
    expect(fai).toEqual(['investment', 'growth', 8, '%', '民间投资(不含房地产)'])
    expect(points).toEqual(['rate_change', 'growth', 0.9, 'pp', '民间投资(不含房地产)增速'])
  })

  it('does not file coal output or power generation as cargo', () => {
    const rows = read('全市原煤产量2.8亿吨,同比增长3.7%;发电量1264.3亿千瓦时,同比增长7.2%')
    expect(rows.map((r) => r && r[0])).toEqual(['coal_output', 'coal_output', 'power_generation', 'power_generation'])
  })

  it('reads funding, its shares, and a parallel subject after a semicolon', () => {
    const rows = read('其中,农业生产类补贴资金41235.6万元,占38.12%;教育助学类2718.4万元,占3.05%')
    expect(rows).toEqual([
      ['funding', 'level', 412356000, 'CNY', '农业生产类补贴资金'],
      ['funding', 'share', 38.12, '%', '农业生产类补贴资金占比'],
      ['funding', 'level', 27184000, 'CNY', '教育助学类'],
      ['funding', 'share', 3.05, '%', '教育助学类占比'],
    ])
  })

  it('tells a target from a result', () => {
    expect(read('项目达产后预计实现产值超45亿元')[0]).toEqual(['output_value', 'target', 4.5e9, 'CNY', '项目达产后预计实现产值'])
    expect(read('全年招商到位资金1862亿元')[0]).toEqual(['investment', 'level', 186200000000, 'CNY', '招商到位资金'])
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
