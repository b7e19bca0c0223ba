import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync, readdirSync } from 'node:fs'
import { findQuantities } from '../../src/pipeline/quantities'

const norm = (s: string) => s.normalize('NFKC')
const figures = (s: string) =>
  findQuantities(norm(s)).quantities.map((q) => ({ raw: q.raw, value: q.value, unit: q.unit, form: q.form, qualifier: q.qualifier }))
const aside = (s: string) => findQuantities(norm(s)).setAside.map((a) => [a.raw, a.reason])
const only = (s: string) => {
  const { quantities } = findQuantities(norm(s))
  expect(quantities).toHaveLength(1)
  return quantities[0]
}

describe('amounts on the seed pages', () => {
  it('reads a port’s cargo with its qualifiers and sets the year aside', () => {
    const s = '2024年策克口岸进出口货运量突破450万吨,达468万吨,同比增加27%'
    const { quantities, setAside } = findQuantities(s)
    expect(figures(s)).toEqual([
      { raw: '450万吨', value: 4500000, unit: 't', form: 'amount', qualifier: '>=' },
      { raw: '468万吨', value: 4680000, unit: 't', form: 'amount', qualifier: '=' },
      { raw: '27%', value: 27, unit: '%', form: 'percent', qualifier: '=' },
    ])
    expect(quantities[0].qualifierStart).toBe(s.indexOf('突破'))
    expect(quantities[0].start).toBe(s.indexOf('450'))
    expect(quantities[0].end).toBe(s.indexOf(',达'))
    expect(quantities[1].qualifierStart).toBe(quantities[1].start)
    expect(quantities[0].measure).toBe('万吨')
    expect(setAside).toEqual([{ start: 0, end: 5, raw: '2024年', reason: 'year' }])
  })

  it('reads 亿吨, 亿元 and 万亿元 in base units, exactly', () => {
    expect(only('全盟公路货运量突破3.4亿吨')).toMatchObject({ value: 340000000, unit: 't', qualifier: '>=' })
    expect(only('前三季度鄂尔多斯市生产总值4312.6亿元')).toMatchObject({ value: 431260000000, unit: 'CNY', measure: '亿元' })
    expect(only('2023年全省地区生产总值突破3.1万亿元')).toMatchObject({ value: 3.1e12, unit: 'CNY', measure: '万亿元' })
    expect(only('总投资45亿元')).toMatchObject({ raw: '45亿元', value: 4.5e9, unit: 'CNY', form: 'amount' })
  })

  it('reads 度 as kWh when it counts electricity', () => {
    expect(figures('发电6512亿度,外送2846亿度')).toEqual([
      { raw: '6512亿度', value: 651200000000, unit: 'kWh', form: 'amount', qualifier: '=' },
      { raw: '2846亿度', value: 284600000000, unit: 'kWh', form: 'amount', qualifier: '=' },
    ])
    expect(only('全年发电量4186.3亿千瓦时')).toMatchObject({ value: 418630000000, unit: 'kWh' })
    expect(only('居民每月用电200度')).toMatchObject({ value: 200, unit: 'kWh' })
  })

  it('sets temperatures aside, whether 度 or 摄氏度', () => {
    expect(aside('零下32度,连续奋战56天')).toEqual([
      ['32度', 'other'],
      ['56天', 'duration'],
    ])
    expect(aside('最高气温35摄氏度')).toEqual([['35摄氏度', 'other']])
    expect(aside('最高气温35℃')).toEqual([['35°', 'other']])
    expect(figures('冬天零下三十几摄氏度是常有的事')).toEqual([])
  })

  it('reads power, computing power, area, length and livestock', () => {
    expect(only('智能算力规模达到6.8万P')).toMatchObject({ value: 68000, unit: 'PFLOPS', measure: '万P' })
    expect(only('风电装机达到1.72亿千瓦')).toMatchObject({ value: 172000000, unit: 'kW' })
    expect(only('518.6万千瓦光伏装机')).toMatchObject({ value: 5186000, unit: 'kW', measure: '万千瓦' })
    expect(only('兴安盟总面积5.98万平方公里')).toMatchObject({ value: 59800, unit: 'km2' })
    expect(only('边境线867公里')).toMatchObject({ value: 867, unit: 'km' })
    expect(only('建筑面积650平方米的加工车间')).toMatchObject({ value: 650, unit: 'm2' })
    expect(only('治沙1263万亩')).toMatchObject({ value: 12630000, unit: 'mu' })
    expect(only('肉牛存栏287.5万头')).toMatchObject({ value: 2875000, unit: 'head' })
    expect(only('出栏牛羊4000万头只')).toMatchObject({ value: 40000000, unit: 'head' })
    expect(only('粮食产量达到793.4亿斤')).toMatchObject({ value: 79340000000, unit: 'jin' })
    expect(only('港口吞吐量达120万标箱')).toMatchObject({ value: 1200000, unit: 'TEU' })
    expect(only('储氢罐重80公斤')).toMatchObject({ value: 0.08, unit: 't' })
  })

  it('reads counts of people, households, vehicles, firms and things', () => {
    expect(only('直播观看量累计达4176万人次')).toMatchObject({ value: 41760000, unit: 'person_time' })
    expect(only('新登记经营主体净增9.3万户')).toMatchObject({ value: 93000, unit: 'household' })
    expect(only('累计投放2万辆共享电单车')).toMatchObject({ value: 20000, unit: 'vehicle' })
    expect(only('成功培育出45家专精特新企业')).toMatchObject({ value: 45, unit: 'enterprise' })
    expect(only('新增普惠性托位2.6万个')).toMatchObject({ value: 26000, unit: 'item', measure: '万个' })
    expect(only('12位两院院士')).toMatchObject({ value: 12, unit: 'person' })
    expect(only('2022年,6条草原自驾精品线路接待游客')).toMatchObject({ raw: '6条', value: 6, unit: 'item' })
  })
})

describe('percentages, multiples and points', () => {
  it('reads a multiple and percentage points', () => {
    expect(figures('单晶硅和碳纤维产量分别增长3.1倍和1.6倍')).toEqual([
      { raw: '3.1倍', value: 3.1, unit: 'times', form: 'multiple', qualifier: '=' },
      { raw: '1.6倍', value: 1.6, unit: 'times', form: 'multiple', qualifier: '=' },
    ])
    expect(figures('比1—5月提高0.9个百分点')).toEqual([{ raw: '0.9个百分点', value: 0.9, unit: 'pp', form: 'points', qualifier: '=' }])
    expect(aside('比1—5月提高0.9个百分点')).toEqual([['1—5月', 'date']])
  })

  it('reads every item of a 分别 list', () => {
    const s = '网上零售额分别同比增长41.2%、56.7%和72.8%'
    expect(figures(s).map((q) => q.value)).toEqual([41.2, 56.7, 72.8])
    expect(figures('普及率分别达到81.6%和47.2%').map((q) => q.raw)).toEqual(['81.6%', '47.2%'])
  })

  it('reads percentages written in Chinese', () => {
    expect(only('同比增长百分之六十三')).toMatchObject({ raw: '百分之六十三', value: 63, unit: '%', form: 'percent' })
    expect(only('占比达到四分之一')).toMatchObject({ value: 25, unit: '%', form: 'percent' })
    expect(only('增长两成')).toMatchObject({ raw: '两成', value: 20, unit: '%', form: 'percent' })
    expect(only('其中三成以上来自民营企业')).toMatchObject({ value: 30, qualifier: '>=' })
    expect(only('千分之三')).toMatchObject({ value: 0.3, unit: '%' })
    expect(figures('改革不能一成不变')).toEqual([])
  })

  it('reads a negative change', () => {
    expect(only('工业增加值增长-3.5%')).toMatchObject({ raw: '-3.5%', value: -3.5 })
  })
})

describe('ranges', () => {
  it('reads a range as its low end with both bounds', () => {
    expect(only('产值较传统工艺提高3至4倍')).toMatchObject({ raw: '3至4倍', value: 3, range: [3, 4], form: 'multiple' })
    expect(only('增幅10—15%')).toMatchObject({ raw: '10—15%', value: 10, range: [10, 15], unit: '%' })
    expect(only('投资2至3万元')).toMatchObject({ value: 20000, range: [20000, 30000] })
    expect(only('每户补贴5000元至1万元')).toMatchObject({ value: 5000, range: [5000, 10000] })
    expect(only('我在这教课的学生有三四十人')).toMatchObject({ value: 30, range: [30, 40], qualifier: '~' })
  })

  it('sets physical specifications aside, ranges included', () => {
    const s = '将原本厚5.5至6.0毫米的铜板“瘦身”成10至20微米的电池铜箔'
    expect(aside(s)).toEqual([
      ['5.5至6.0毫米', 'other'],
      ['10至20微米', 'other'],
    ])
    expect(figures(s)).toEqual([])
    expect(aside('平均品位86.52克/吨')).toEqual([['86.52克/吨', 'other']])
    expect(aside('架设10千伏线路')).toEqual([['10千伏', 'other']])
  })
})

describe('qualifiers', () => {
  it.each([
    ['超过', '>='],
    ['突破', '>='],
    ['逾', '>='],
    ['至少', '>='],
    ['约', '~'],
    ['近', '~'],
    ['将近', '~'],
    ['接近', '~'],
    ['不到', '<'],
    ['不足', '<'],
    ['低于', '<'],
    ['最高', '<='],
    ['最多', '<='],
    ['不超过', '<='],
    ['达', '='],
    ['达到', '='],
  ] as const)('%s before the number gives %s', (word, q) => {
    const s = `资金${word}600万元`
    const quantity = only(s)
    expect(quantity.qualifier).toBe(q)
    expect(quantity.start).toBe(s.indexOf('600'))
    expect(quantity.qualifierStart).toBe(q === '=' ? quantity.start : s.indexOf(word))
  })

  it('reads qualifiers after the number', () => {
    expect(only('实现了85%以上的邻里纠纷就地化解')).toMatchObject({ raw: '85%', qualifier: '>=' })
    expect(only('主体工程完成60%左右')).toMatchObject({ qualifier: '~' })
    expect(only('单笔贷款30万元以下')).toMatchObject({ qualifier: '<=' })
    expect(only('景区接待游客9万余人')).toMatchObject({ raw: '9万余人', value: 90000, unit: 'person', qualifier: '~' })
    expect(only('全市30余所中学')).toMatchObject({ raw: '30余所', value: 30, qualifier: '~' })
    expect(only('累计收集群众建议2.3万余条')).toMatchObject({ value: 23000, qualifier: '~' })
    expect(only('首届那达慕参赛选手有巴图等60多人')).toMatchObject({ raw: '60多人', value: 60, qualifier: '~' })
    expect(only('接待游客2000多万人次')).toMatchObject({ value: 20000000, unit: 'person_time', qualifier: '~' })
  })

  it('does not take a word ending in a qualifier character for a qualifier', () => {
    expect(only('为群众节约3000元')).toMatchObject({ qualifier: '=' })
    expect(only('最近3个项目')).toMatchObject({ qualifier: '=' })
  })

  it('reads invented sentences with qualifiers', () => {
    expect(only('景区接待游客约3.5万人次')).toMatchObject({ value: 35000, unit: 'person_time', qualifier: '~' })
    expect(only('不良率不足5%')).toMatchObject({ value: 5, unit: '%', qualifier: '<' })
    expect(only('补助资金最高450万元')).toMatchObject({ value: 4500000, qualifier: '<=' })
    expect(figures('投入近150亿元的316个民生实事项目')[0]).toMatchObject({ value: 1.5e10, qualifier: '~' })
  })
})

describe('Chinese numerals', () => {
  it('reads amounts written in Chinese numerals', () => {
    expect(only('实现营收二十八亿元')).toMatchObject({ value: 2.8e9, unit: 'CNY', measure: '亿元' })
    expect(only('投资两千三百万元')).toMatchObject({ value: 2.3e7, unit: 'CNY' })
    expect(only('产值三点五亿元')).toMatchObject({ value: 3.5e8 })
    expect(only('覆盖十万人')).toMatchObject({ value: 100000, unit: 'person', measure: '万人' })
    expect(only('产值突破百亿元')).toMatchObject({ value: 1e10, qualifier: '>=' })
    expect(only('光伏装机超过千万千瓦')).toMatchObject({ value: 1e7, unit: 'kW', qualifier: '>=' })
  })

  it('ignores Chinese numerals that are words', () => {
    for (const s of ['统一安排部署', '一些思考', '这十分重要', '万一出现问题', '十万火急', '一起参与', '百姓生活', '千方百计']) {
      expect(findQuantities(s)).toEqual({ quantities: [], setAside: [] })
    }
  })

  it('sets aside small numbers of named things, but not counts of 一', () => {
    expect(aside('围绕做好两件实事,突出五个重点')).toEqual([
      ['两件', 'other'],
      ['五个', 'other'],
    ])
    expect(aside('她曾是一名边境小镇的乡村教师')).toEqual([])
  })

  it('counts with a bare multiplier when 余, 近 or 上 make it an amount', () => {
    expect(only('百余家企业参加')).toMatchObject({ value: 100, unit: 'enterprise', qualifier: '~' })
    expect(only('近千人参加')).toMatchObject({ value: 1000, unit: 'person', qualifier: '~' })
    expect(only('上万人参加')).toMatchObject({ value: 10000, qualifier: '>=' })
    expect(only('收到十余个方案')).toMatchObject({ value: 10, unit: 'item', qualifier: '~' })
    expect(only('我区五六十人参加')).toMatchObject({ value: 50, range: [50, 60] })
  })

  it('sets aside a bare multiplier that names a scale', () => {
    expect(aside('推动亿元以上重点项目开工')).toEqual([['亿元', 'other']])
    expect(aside('打造千万亩高标准农田')).toEqual([['千万亩', 'other']])
    expect(aside('才换来了眼下万辆规模的订单')).toEqual([['万辆', 'other']])
  })
})

describe('numbers that are not figures', () => {
  it('sets aside phone numbers, times, codes and e-mail addresses of a table row', () => {
    expect(aside('咨询电话(9:00-17:30)')).toEqual([['9:00-17:30', 'time']])
    const row = '第三督导组\t张立新\t青城宾馆 A座3125房间\t0472-5512876\t包头市1047信箱\tbtdcz003@126.com'
    expect(aside(row)).toEqual([
      ['第三', 'ordinal'],
      ['3125房间', 'code'],
      ['0472-5512876', 'phone'],
      ['1047信箱', 'code'],
      ['btdcz003@126.com', 'code'],
    ])
    expect(figures(row)).toEqual([])
    expect(aside('本刊读者服务热线:0472-5128346或0472-5137720')).toEqual([
      ['0472-5128346', 'phone'],
      ['0472-5137720', 'phone'],
    ])
    expect(aside('拨打12345热线,或致电13812345678')).toEqual([
      ['12345', 'phone'],
      ['13812345678', 'phone'],
    ])
  })

  it.each([
    ['本报9月14日讯', '9月14日', 'date'],
    ['1947年5月各界代表齐聚王爷庙', '1947年5月', 'date'],
    ['受理举报时间截止到2023年9月15日17时', '2023年9月15日17时', 'date'],
    ['截至8月底', '8月底', 'date'],
    ['7月12日至14日,调研组成员走访各苏木', '7月12日至14日', 'date'],
    ['2019年至2023年', '2019年至2023年', 'year'],
    ['2024年以来', '2024年', 'year'],
    ['20世纪20年代', '20世纪', 'year'],
    ['前三季度', '三季度', 'date'],
    ['上午9点整', '9点', 'time'],
    ['会议18时30分开始', '18时30分', 'time'],
    ['78岁老人巴特尔', '78岁', 'age'],
    ['从23岁到68岁', '23岁到68岁', 'age'],
    ['在西部省份排名上升至第13位', '第13位', 'rank'],
    ['首次入选中国500强', '500强', 'rank'],
    ['今年6月是第23个全国安全生产月', '第23个', 'ordinal'],
    ['成功入选第三批国家级示范区名单', '第三批', 'ordinal'],
    ['十二届盟委第四轮督查', '十二届', 'ordinal'],
    ['党的二十届三中全会', '二十届', 'ordinal'],
    ['开展为期4个月的调研', '4个月', 'duration'],
    ['督查45天左右', '45天', 'duration'],
    ['一共经营了27年', '27年', 'duration'],
    ['坚守40多年', '40多年', 'duration'],
    ['经历了近一年的试运行', '一年', 'duration'],
    ['换氢几十秒', '几十秒', 'duration'],
    ['她守护了半个世纪的那片草场', '半个世纪', 'duration'],
    ['上半年,全区经济运行稳中有进', '半年', 'date'],
    ['我在这放牧七八年了', '七八年', 'duration'],
    ['村民议事会全年召开386次会议', '386次', 'count-of-events'],
    ['一是聚焦“三个提升”抓队伍建设', '一是', 'list-number'],
    ['1. 加强组织领导', '1.', 'list-number'],
    ['推动货运I1986基础设施建设', 'I1986', 'code'],
    ['建成5G基站', '5G', 'code'],
    ['为落实盟委“2365”发展思路提供有力支撑', '2365', 'other'],
    ['在“三江”流域生态修复一线打头阵', '三', 'other'],
    ['扎实推进“四大行动”', '四大', 'other'],
    ['实施“八个计划”', '八个', 'other'],
    ['积极推进“三清零全覆盖”行动', '三', 'other'],
    ['北纬41°', '41°', 'other'],
    ['三大攻坚行动取得明显成效', '三大', 'other'],
    ['纪念5·12地震', '5·12', 'date'],
    ['新建5000吨级码头', '5000吨级', 'other'],
    ['沿110国道', '110国道', 'code'],
    ['身份证号150102198001011234', '150102198001011234', 'code'],
    ['比例为1/100', '1/100', 'other'],
    ['比例为3:1', '3:1', 'other'],
  ])('%s: %s is %s', (s, raw, reason) => {
    const found = findQuantities(norm(s))
    expect(found.setAside.map((a) => [a.raw, a.reason])).toContainEqual([raw, reason])
    expect(found.quantities).toEqual([])
  })

  it('sets aside both numbers of a formula-like name', () => {
    expect(aside('全面推行旗委“2+3”人才引育机制')).toEqual([
      ['2', 'other'],
      ['3', 'other'],
    ])
    expect(aside('“一核四会”助力村级治理')).toEqual([['四', 'other']])
  })
})

describe('rates and lists', () => {
  it('gives a price per unit a compound unit', () => {
    expect(only('收购价为500元/吨')).toMatchObject({ raw: '500元/吨', value: 500, unit: 'CNY/t' })
    expect(only('储氢密度达到每立方米65公斤')).toMatchObject({ value: 0.065, unit: 't/m3' })
  })

  it('lets earlier list items take the unit written after the last one', () => {
    expect(figures('分别为3、5和7个').map((q) => [q.value, q.unit])).toEqual([
      [3, 'item'],
      [5, 'item'],
      [7, 'item'],
    ])
    expect(figures('产量分别为1.2、3.4万吨').map((q) => [q.value, q.unit])).toEqual([
      [12000, 't'],
      [34000, 't'],
    ])
    expect(aside('3、4月份的销量')).toEqual([
      ['3', 'date'],
      ['4月份', 'date'],
    ])
  })

  it('reads a small fraction written with a slash as a share', () => {
    expect(only('约有2/3的企业')).toMatchObject({ raw: '2/3', value: 66.6666666667, unit: '%', form: 'percent' })
  })

  it('keeps a plain number without unit as a unitless amount', () => {
    expect(only('节目关注人数1.44万,')).toMatchObject({ raw: '1.44万', value: 14400, unit: '', measure: '万' })
    expect(only('营收1,234.56万元')).toMatchObject({ value: 12345600, unit: 'CNY' })
  })
})

function seedSentences(): string[] {
  const dir = 'seeds/'
  const out: string[] = []
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
    const text = norm(readFileSync(dir + f, 'utf8'))
    for (const line of text.split(/[\n。!?]/)) if (line.trim()) out.push(line)
  }
  return out
}

describe('on every seed sentence', () => {
  const sentences = seedSentences()

  it('accounts for every Arabic digit, with spans that match the text and do not overlap', () => {
    let numbers = 0
    for (const s of sentences) {
      const { quantities, setAside } = findQuantities(s)
      const spans = [...quantities, ...setAside].sort((a, b) => a.start - b.start)
      const covered = new Uint8Array(s.length)
      let lastEnd = 0
      for (const span of spans) {
        expect(span.raw).toBe(s.slice(span.start, span.end))
        expect(span.start).toBeGreaterThanOrEqual(lastEnd)
        lastEnd = span.end
        covered.fill(1, span.start, span.end)
        numbers++
      }
      for (const q of quantities) {
        expect(q.qualifierStart).toBeLessThanOrEqual(q.start)
        expect(Number.isFinite(q.value)).toBe(true)
      }
      for (let i = 0; i < s.length; i++) {
        if (s[i] >= '0' && s[i] <= '9' && !covered[i]) throw new Error(`digit ${i} of «${s}» is neither a quantity nor set aside`)
      }
    }
    expect(numbers).toBeGreaterThan(600)
  })

  it('reads every Chinese numeral written with a money or mass unit', () => {
    const unitAfter = /[〇一二两三四五六七八九十百千万亿]+(?:万|亿)?(?:元|吨|亩|千瓦)/g
    for (const s of sentences) {
      const { quantities, setAside } = findQuantities(s)
      for (const m of s.matchAll(unitAfter)) {
        const at = m.index + m[0].length - 1
        const covered = [...quantities, ...setAside].some((x) => x.start <= at && at < x.end)
        expect(covered, `${m[0]} in «${s}»`).toBe(true)
      }
    }
  })
})

describe('generality and speed', () => {
  const units = [
    ['万吨', 1e4, 't'],
    ['亿元', 1e8, 'CNY'],
    ['万千瓦', 1e4, 'kW'],
    ['亿千瓦时', 1e8, 'kWh'],
    ['万亩', 1e4, 'mu'],
    ['万人次', 1e4, 'person_time'],
    ['万平方米', 1e4, 'm2'],
    ['公里', 1, 'km'],
    ['户', 1, 'household'],
    ['元', 1, 'CNY'],
  ] as const

  it('reads any decimal amount with any unit of the table', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999999 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom(...units),
        fc.constantFrom('产量达', '全年完成', '累计', '同比减少'),
        (int, decimals, [word, factor, unit], lead) => {
          const written = decimals === 0 ? String(int) : (int / 10 ** decimals).toFixed(decimals)
          const s = `${lead}${written}${word},同比增长5.2%`
          const { quantities } = findQuantities(s)
          expect(quantities.map((q) => q.unit)).toEqual([unit, '%'])
          expect(quantities[0].value).toBe((int * factor) / 10 ** decimals)
          expect(quantities[0].raw).toBe(`${written}${word}`)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('accounts for every Arabic digit of any jumble of numbers, units and punctuation', () => {
    const pieces = [
      '1', '23', '0', '4.5', '1,234', ',', '.', '-', '—', '至', '、', '和', '万', '亿', '千', '百', '十', '余', '多', '元', '吨',
      '年', '月', '日', '时', '点', ':', '/', '+', '%', '个', '人', '次', '第', '前', '零下', '度', '电', '“', '”', '《', '》',
      '(', ')', '是', '一', '三', '两', '几', '〇', 'A', 'x', '@', ' ', '成', '倍', '分之', '百分点', '每', '公斤', '以上', '约',
      '超过', '上', '号', '岁', '°', '·', '级', '大', '家', '0471-1234567', '8:00', 'kW', 'P',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const s = parts.join('')
        const { quantities, setAside } = findQuantities(s)
        const spans = [...quantities, ...setAside].sort((a, b) => a.start - b.start)
        const covered = new Uint8Array(s.length)
        let lastEnd = 0
        for (const span of spans) {
          expect(span.raw).toBe(s.slice(span.start, span.end))
          expect(span.start).toBeGreaterThanOrEqual(lastEnd)
          expect(span.end).toBeGreaterThan(span.start)
          lastEnd = span.end
          covered.fill(1, span.start, span.end)
        }
        for (const q of quantities) expect(Number.isFinite(q.value) && q.qualifierStart <= q.start).toBe(true)
        for (let i = 0; i < s.length; i++) if (s[i] >= '0' && s[i] <= '9') expect(covered[i], `digit ${i} of «${s}»`).toBe(1)
      }),
      { numRuns: 3000 },
    )
  })

  // Catastrophic backtracking would take minutes on these; the test's timeout is the guard, not a speed claim.
  it('reads long and adversarial input to the end', { timeout: 60_000 }, () => {
    const adversarial = ['1,'.repeat(20000), '一二三四五六七八九'.repeat(5000), '“1'.repeat(20000), 'a1-'.repeat(20000)]
    for (const s of adversarial) {
      const { quantities } = findQuantities(s)
      for (const q of quantities) expect(q.end).toBeLessThanOrEqual(s.length)
    }
  })
})
