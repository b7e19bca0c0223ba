/**
 * Which series a figure belongs to (indicator + breakdown), on invented sentences in the patterns of real pages:
 * a breakdown keeps whole words (有色金属, 自筹, 限额以上), a sector is the sector's own name, a fund keeps its name,
 * and a share is the twin of its level and growth. Each rule has a negative example.
 */
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

function figures(text: string, date = '2024-07-15'): Figure[] {
  return extractPage('x.txt', text, { date }).figures
}

/** value unit → indicator and breakdown. */
function series(f: Figure): string {
  const b = f.breakdown ? ' ' + Object.entries(f.breakdown).map(([k, v]) => `${k}=${v}`).join(',') : ''
  return `${f.value}${f.unit} ${f.indicator}${b}`
}

describe('a breakdown keeps whole words', () => {
  it('keeps the 有 of 有色金属 and the 自 of 自筹, and the 额 of 限额以上', () => {
    expect(figures('规上工业持续回暖,通辽市有色金属冶炼业增加值同比增长8.3%。').map(series)).toEqual([
      '8.3% industrial_value_added sector=有色金属冶炼业',
    ])
    expect(figures('该项目总投资3600万元,其中中央财政资金2100万元,自筹资金1500万元。').map(series)).toContain(
      '15000000CNY government_funding part=自筹',
    )
    expect(figures('扎兰屯市限额以上的固定资产投资为9.6亿元。').map(series)).toEqual([
      '960000000CNY fixed_asset_investment sector=限额以上',
    ])
  })

  it('still drops a framing 有 before a count, and reads 非公有 whole as private ownership', () => {
    // 有 as a verb before what is counted is framing, not a word of the indicator.
    expect(figures('全旗有规上工业企业增加值增长4.1%。').map(series)).toEqual(['4.1% industrial_value_added'])
    expect(figures('前三季度,非公有企业固定资产投资增长6.2%。').map(series)).toEqual([
      '6.2% fixed_asset_investment ownership=民营',
    ])
  })

  it('reads 农、林、牧、渔业总产值 as the agricultural output, with no sector', () => {
    expect(figures('年末农、林、牧、渔业总产值达到4.8亿元。').map(series)).toEqual(['480000000CNY agricultural_output_value'])
    // 农林牧渔业增加值 is no industry's value added, even in a paragraph on industry.
    expect(figures('全市工业运行平稳。农林牧渔业增加值增长3.2%。').map(series)).toContain('3.2% agricultural_value_added')
  })
})

describe('a sector is its own name', () => {
  it('starts after the scope word and the clause before it, and after a time or a plan verb', () => {
    expect(figures('装备制造业增势良好全盟规模以上化工业增加值增长7.7%。').map(series)).toEqual([
      '7.7% industrial_value_added sector=化工业',
    ])
    expect(figures('计划到年底建材产业产值达到60亿元。').map(series)).toEqual(['6000000000CNY output_value sector=建材产业'])
  })

  it('reads 全社会 and 全部 as the whole, and 二产 as 第二产业', () => {
    expect(figures('全社会固定资产投资增长11.4%。').map(series)).toEqual(['11.4% fixed_asset_investment'])
    expect(figures('固定资产投资提高5.5%;其中二产仅占固定资产投资的41%。').map(series)).toEqual([
      '5.5% fixed_asset_investment',
      '41% fixed_asset_investment sector=第二产业',
    ])
    // A plain sector stays.
    expect(figures('采矿业投资增长12.6%。').map(series)).toEqual(['12.6% fixed_asset_investment sector=采矿业'])
  })

  it('gives a share 占 the whole to its part (A占B: A), and a group named by N大 to the group', () => {
    expect(figures('全市冶金产业增加值占全市工业的比重为38.5%。').map(series)).toEqual([
      '38.5% industrial_value_added sector=冶金产业',
    ])
    expect(figures('工业经济稳中有进,煤炭、电力、化工和建材四大支柱产业增加值增长6.1%。').map(series)).toEqual([
      '6.1% industrial_value_added sector=四大支柱产业',
    ])
  })

  it('keeps 运输 in an industry’s name: it is a cargo word only for cargo', () => {
    expect(figures('交通运输业投资增长9.9%。').map(series)).toEqual(['9.9% fixed_asset_investment sector=交通运输业'])
  })
})

describe('a share is the twin of its growth', () => {
  it('puts an industry’s 占比 in the same series as its growth', () => {
    const found = figures('今年1至4月,乌海市规上工业增加值增长6%,其中风电装备产业增加值增长21.3%,占比达到27.4%。').map(series)
    expect(found).toContain('21.3% industrial_value_added sector=风电装备产业')
    expect(found).toContain('27.4% industrial_value_added sector=风电装备产业')
  })

  it('reads 规上工业企业总产值 as gross industrial output, with no sector', () => {
    expect(figures('该县规上工业企业总产值为86亿元。').map(series)).toEqual(['8600000000CNY industrial_output_value'])
    expect(figures('规上企业工业总产值为52亿元。').map(series)).toEqual(['5200000000CNY industrial_output_value'])
  })

  it('reads 固定资产投资总额 as fixed-asset investment, and 总投资 of a project as the project’s', () => {
    expect(figures('去年全旗固定资产投资总额达64亿元。').map(series)).toEqual(['6400000000CNY fixed_asset_investment'])
    expect(figures('该项目总投资12亿元。').map(series)).toEqual(['1200000000CNY project_total_investment'])
  })
})

describe('a fund keeps its name', () => {
  it('gives two funds of one article two series, and a part the fund of its total', () => {
    expect(figures('镇里拿到化债奖励资金3200万元;扶贫资金用了2650万元。').map(series)).toEqual([
      '32000000CNY government_funding fund=化债',
      '26500000CNY government_funding fund=扶贫',
    ])
    const parts = figures('全年发放补贴资金5.2亿元。其中,种粮补贴资金3.1亿元,护林补助类资金0.4亿元。').map(series)
    expect(parts).toContain('310000000CNY government_funding fund=补贴,part=种粮')
    expect(parts).toContain('40000000CNY government_funding fund=补贴,part=护林类')
  })

  it('names no fund where the wording names none, and no sector of a fund', () => {
    expect(figures('市级安排配套资金4300万元。').map(series)).toEqual(['43000000CNY government_funding'])
    expect(figures('争取到自治区现代服务业奖励资金2600万元。').map(series)).toEqual(['26000000CNY government_funding fund=奖补'])
  })
})

describe('a field’s investment in a report of the period’s investment', () => {
  it('is fixed-asset investment in that field (电力投资, 交通投资), like 工业投资', () => {
    const found = figures('1-5月，达拉特旗的固定资产投资增长26.5%。其中，工业投资同比增长31.2%，电力投资同比增长88.6%，交通投资下降12.4%。')
    expect(found.map(series)).toEqual([
      '26.5% fixed_asset_investment',
      '31.2% fixed_asset_investment sector=工业',
      '88.6% fixed_asset_investment sector=电力',
      '-12.4% fixed_asset_investment sector=交通',
    ])
  })

  it('and a place whose name opens like a verb (达拉特旗, 达茂旗) is the subject, never a sector', () => {
    expect(figures('一季度，达茂旗规上工业的增加值增长9.1%。').map(series)).toEqual(['9.1% industrial_value_added'])
  })

  it('but a company named for a field is no sector (交通投资集团)', () => {
    const found = figures('某市交通投资集团完成项目投资5.2亿元。')
    expect(found.map((f) => f.breakdown?.sector)).not.toContain('交通')
  })
})

describe('a sector picked out of a group (高新技术工业中…业)', () => {
  it('is named by itself, without the group before 中', () => {
    const found = figures('1-6月，全市高新技术工业中电子计算机通信业增加值增长18.2%，医药制造业增长9.1%。')
    expect(found.map((f) => f.breakdown?.sector)).toEqual(['电子计算机通信业', '医药制造业'])
  })

  it('but 其中 or a place before a sector is not such a group', () => {
    const found = figures('1-6月，全市规上工业增加值增长8.2%，其中制造业增长9.1%。')
    expect(found.map((f) => f.breakdown?.sector ?? '')).toEqual(['', '制造业'])
  })
})
