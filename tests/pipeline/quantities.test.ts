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
    const s = '2024年满都拉口岸进出口货运量突破300万吨,达302万吨,同比增加63%'
    const { quantities, setAside } = findQuantities(s)
    expect(figures(s)).toEqual([
      { raw: '300万吨', value: 3000000, unit: 't', form: 'amount', qualifier: '>=' },
      { raw: '302万吨', value: 3020000, unit: 't', form: 'amount', qualifier: '=' },
      { raw: '63%', value: 63, unit: '%', form: 'percent', qualifier: '=' },
    ])
    expect(quantities[0].qualifierStart).toBe(s.indexOf('突破'))
    expect(quantities[0].start).toBe(s.indexOf('300'))
    expect(quantities[0].end).toBe(s.indexOf(',达'))
    expect(quantities[1].qualifierStart).toBe(quantities[1].start)
    expect(quantities[0].measure).toBe('万吨')
    expect(setAside).toEqual([{ start: 0, end: 5, raw: '2024年', reason: 'year' }])
  })

  it('reads 亿吨, 亿元 and 万亿元 in base units, exactly', () => {
    expect(only('全区陆路口岸货运量突破1.2亿吨')).toMatchObject({ value: 120000000, unit: 't', qualifier: '>=' })
    expect(only('前三季度内蒙古生产总值17875.5亿元')).toMatchObject({ value: 1787550000000, unit: 'CNY', measure: '亿元' })
    expect(only('2024年全区地区生产总值突破2.6万亿元')).toMatchObject({ value: 2.6e12, unit: 'CNY', measure: '万亿元' })
    expect(only('总投资30亿元')).toMatchObject({ raw: '30亿元', value: 3e9, unit: 'CNY', form: 'amount' })
  })

  it('reads 度 as kWh when it counts electricity', () => {
    expect(figures('发电8277亿度,外送3377亿度')).toEqual([
      { raw: '8277亿度', value: 827700000000, unit: 'kWh', form: 'amount', qualifier: '=' },
      { raw: '3377亿度', value: 337700000000, unit: 'kWh', form: 'amount', qualifier: '=' },
    ])
    expect(only('发电量5990.7亿千瓦时')).toMatchObject({ value: 599070000000, unit: 'kWh' })
    expect(only('居民每月用电200度')).toMatchObject({ value: 200, unit: 'kWh' })
  })

  it('sets temperatures aside, whether 度 or 摄氏度', () => {
    expect(aside('零下35度,鏖战47天')).toEqual([
      ['35度', 'other'],
      ['47天', 'duration'],
    ])
    expect(aside('最高气温35摄氏度')).toEqual([['35摄氏度', 'other']])
    expect(aside('最高气温35℃')).toEqual([['35°', 'other']])
    expect(figures('零下二十几摄氏度是家常便饭')).toEqual([])
  })

  it('reads power, computing power, area, length and livestock', () => {
    expect(only('绿色算力规模达到9.4万P')).toMatchObject({ value: 94000, unit: 'PFLOPS', measure: '万P' })
    expect(only('新能源装机达到1.35亿千瓦')).toMatchObject({ value: 135000000, unit: 'kW' })
    expect(only('733.2万千瓦电力装机')).toMatchObject({ value: 7332000, unit: 'kW', measure: '万千瓦' })
    expect(only('锡林郭勒盟总面积20.3万平方公里')).toMatchObject({ value: 203000, unit: 'km2' })
    expect(only('边境线1103公里')).toMatchObject({ value: 1103, unit: 'km' })
    expect(only('占地面积400平方米的生产作坊')).toMatchObject({ value: 400, unit: 'm2' })
    expect(only('治沙1954万亩')).toMatchObject({ value: 19540000, unit: 'mu' })
    expect(only('肉牛存栏395.5万头')).toMatchObject({ value: 3955000, unit: 'head' })
    expect(only('出栏牛羊4000万头只')).toMatchObject({ value: 40000000, unit: 'head' })
    expect(only('粮食产量达到820.1亿斤')).toMatchObject({ value: 82010000000, unit: 'jin' })
    expect(only('港口吞吐量达120万标箱')).toMatchObject({ value: 1200000, unit: 'TEU' })
    expect(only('储氢罐重80公斤')).toMatchObject({ value: 0.08, unit: 't' })
  })

  it('reads counts of people, households, vehicles, firms and things', () => {
    expect(only('视频点击量累计达3528万人次')).toMatchObject({ value: 35280000, unit: 'person_time' })
    expect(only('民营经营主体净增16.4万户')).toMatchObject({ value: 164000, unit: 'household' })
    expect(only('累计投放1万辆氢能两轮车')).toMatchObject({ value: 10000, unit: 'vehicle' })
    expect(only('成功培育出32家科技领军企业')).toMatchObject({ value: 32, unit: 'enterprise' })
    expect(only('新增基础教育学位3.8万个')).toMatchObject({ value: 38000, unit: 'item', measure: '万个' })
    expect(only('30位两院院士')).toMatchObject({ value: 30, unit: 'person' })
    expect(only('2023年,4条乡村旅游精品线路接待游客')).toMatchObject({ raw: '4条', value: 4, unit: 'item' })
  })
})

describe('percentages, multiples and points', () => {
  it('reads a multiple and percentage points', () => {
    expect(figures('稀土化合物和多晶硅产量分别增长2.4倍和1.2倍')).toEqual([
      { raw: '2.4倍', value: 2.4, unit: 'times', form: 'multiple', qualifier: '=' },
      { raw: '1.2倍', value: 1.2, unit: 'times', form: 'multiple', qualifier: '=' },
    ])
    expect(figures('比1—8月提高0.6个百分点')).toEqual([{ raw: '0.6个百分点', value: 0.6, unit: 'pp', form: 'points', qualifier: '=' }])
    expect(aside('比1—8月提高0.6个百分点')).toEqual([['1—8月', 'date']])
  })

  it('reads every item of a 分别 list', () => {
    const s = '商品零售额分别同比增长63.5%、79.3%和89.3%'
    expect(figures(s).map((q) => q.value)).toEqual([63.5, 79.3, 89.3])
    expect(figures('覆盖率分别达到73.3%和55.8%').map((q) => q.raw)).toEqual(['73.3%', '55.8%'])
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
    expect(only('附加值较普通铝箔增加2至3倍')).toMatchObject({ raw: '2至3倍', value: 2, range: [2, 3], form: 'multiple' })
    expect(only('增幅10—15%')).toMatchObject({ raw: '10—15%', value: 10, range: [10, 15], unit: '%' })
    expect(only('投资2至3万元')).toMatchObject({ value: 20000, range: [20000, 30000] })
    expect(only('每户补贴5000元至1万元')).toMatchObject({ value: 5000, range: [5000, 10000] })
    expect(only('我在这教课的学生有三四十人')).toMatchObject({ value: 30, range: [30, 40], qualifier: '~' })
  })

  it('sets physical specifications aside, ranges included', () => {
    const s = '将原本厚6.8至7.0毫米的铝卷“瘦身”成8至15微米的高端铝箔'
    expect(aside(s)).toEqual([
      ['6.8至7.0毫米', 'other'],
      ['8至15微米', 'other'],
    ])
    expect(figures(s)).toEqual([])
    expect(aside('平均品位123.47克/吨')).toEqual([['123.47克/吨', 'other']])
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
    expect(only('实现了70%以上的社级矛盾就地化解')).toMatchObject({ raw: '70%', qualifier: '>=' })
    expect(only('设备安装完成70%左右')).toMatchObject({ qualifier: '~' })
    expect(only('单笔贷款30万元以下')).toMatchObject({ qualifier: '<=' })
    expect(only('线路接待游客7万余人')).toMatchObject({ raw: '7万余人', value: 70000, unit: 'person', qualifier: '~' })
    expect(only('全区20余所高校')).toMatchObject({ raw: '20余所', value: 20, qualifier: '~' })
    expect(only('累计收集民情民意1.1万余条')).toMatchObject({ value: 11000, qualifier: '~' })
    expect(only('中共六大代表有瞿秋白等70多人')).toMatchObject({ raw: '70多人', value: 70, qualifier: '~' })
    expect(only('接待游客2000多万人次')).toMatchObject({ value: 20000000, unit: 'person_time', qualifier: '~' })
  })

  it('does not take a word ending in a qualifier character for a qualifier', () => {
    expect(only('为群众节约3000元')).toMatchObject({ qualifier: '=' })
    expect(only('最近3个项目')).toMatchObject({ qualifier: '=' })
  })

  it('reads invented sentences with qualifiers', () => {
    expect(only('景区接待游客约3.5万人次')).toMatchObject({ value: 35000, unit: 'person_time', qualifier: '~' })
    expect(only('不良率不足5%')).toMatchObject({ value: 5, unit: '%', qualifier: '<' })
    expect(only('奖励资金最高600万元')).toMatchObject({ value: 6000000, qualifier: '<=' })
    expect(figures('投入近200亿元的528个温暖工程项目')[0]).toMatchObject({ value: 2e10, qualifier: '~' })
  })
})

describe('Chinese numerals', () => {
  it('reads amounts written in Chinese numerals', () => {
    expect(only('实现营收二十八亿元')).toMatchObject({ value: 2.8e9, unit: 'CNY', measure: '亿元' })
    expect(only('投资两千三百万元')).toMatchObject({ value: 2.3e7, unit: 'CNY' })
    expect(only('产值三点五亿元')).toMatchObject({ value: 3.5e8 })
    expect(only('覆盖十万人')).toMatchObject({ value: 100000, unit: 'person', measure: '万人' })
    expect(only('产值突破百亿元')).toMatchObject({ value: 1e10, qualifier: '>=' })
    expect(only('新能源装机超过千万千瓦')).toMatchObject({ value: 1e7, unit: 'kW', qualifier: '>=' })
  })

  it('ignores Chinese numerals that are words', () => {
    for (const s of ['统一安排部署', '一些思考', '这十分重要', '万一出现问题', '十万火急', '一起参与', '百姓生活', '千方百计']) {
      expect(findQuantities(s)).toEqual({ quantities: [], setAside: [] })
    }
  })

  it('sets aside small numbers of named things, but not counts of 一', () => {
    expect(aside('紧扣办好两件大事,聚焦六个方面')).toEqual([
      ['两件', 'other'],
      ['六个', 'other'],
    ])
    expect(aside('他曾是一名省会城市的知青')).toEqual([])
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
    expect(aside('建设千万亩现代农业示范区')).toEqual([['千万亩', 'other']])
    expect(aside('才有了今天万辆规模的底气')).toEqual([['万辆', 'other']])
  })
})

describe('numbers that are not figures', () => {
  it('sets aside phone numbers, times, codes and e-mail addresses of a table row', () => {
    expect(aside('值班电话(8:00-18:00)')).toEqual([['8:00-18:00', 'time']])
    const row = '第一巡察组\t王雁麟\t乌澜大酒店 B座7016房间\t0471-3289003\t呼和浩特市2581信箱\tssjswdllxc001@163.com'
    expect(aside(row)).toEqual([
      ['第一', 'ordinal'],
      ['7016房间', 'code'],
      ['0471-3289003', 'phone'],
      ['2581信箱', 'code'],
      ['ssjswdllxc001@163.com', 'code'],
    ])
    expect(figures(row)).toEqual([])
    expect(aside('本报职业道德监督热线:0471-6635350或0471-6659749')).toEqual([
      ['0471-6635350', 'phone'],
      ['0471-6659749', 'phone'],
    ])
    expect(aside('拨打12345热线,或致电13812345678')).toEqual([
      ['12345', 'phone'],
      ['13812345678', 'phone'],
    ])
  })

  it.each([
    ['本报6月8日讯', '6月8日', 'date'],
    ['1923年8月国共两党组成代表团', '1923年8月', 'date'],
    ['受理信访时间截止到2024年10月26日18时', '2024年10月26日18时', 'date'],
    ['截至8月底', '8月底', 'date'],
    ['5月27日至29日,宣讲团成员来到各高校', '5月27日至29日', 'date'],
    ['2019年至2023年', '2019年至2023年', 'year'],
    ['2024年以来', '2024年', 'year'],
    ['20世纪20年代', '20世纪', 'year'],
    ['前三季度', '三季度', 'date'],
    ['上午9点整', '9点', 'time'],
    ['会议18时30分开始', '18时30分', 'time'],
    ['85岁老人刘玉兰', '85岁', 'age'],
    ['从19岁到71岁', '19岁到71岁', 'age'],
    ['在全国排名上升至第20位', '第20位', 'rank'],
    ['首次入选中国500强', '500强', 'rank'],
    ['今年6月是第23个全国安全生产月', '第23个', 'ordinal'],
    ['成功创建第二批市域治理现代化合格城市', '第二批', 'ordinal'],
    ['十三届市委第六轮巡察', '十三届', 'ordinal'],
    ['党的二十届三中全会', '二十届', 'ordinal'],
    ['进行为期3个月的考察', '3个月', 'duration'],
    ['巡察60天左右', '60天', 'duration'],
    ['一共存在了18年', '18年', 'duration'],
    ['扎根50多年', '50多年', 'duration'],
    ['进行了近一年的测试', '一年', 'duration'],
    ['换氢几十秒', '几十秒', 'duration'],
    ['他为之奋斗了半个世纪的地方', '半个世纪', 'duration'],
    ['上半年,全区经济运行稳中有进', '半年', 'date'],
    ['我在这教课七八年了', '七八年', 'duration'],
    ['协商议事会全年召开1164次会议', '1164次', 'count-of-events'],
    ['一是突出“四个以学”抓凝心铸魂', '一是', 'list-number'],
    ['1. 加强组织领导', '1.', 'list-number'],
    ['推动货运I1986基础设施建设', 'I1986', 'code'],
    ['建成5G基站', '5G', 'code'],
    ['为落实自治区党委“1571”工作部署提供坚强保障', '1571', 'other'],
    ['在“三北”工程攻坚主战场打主攻', '三', 'other'],
    ['持续落实“五大任务”', '五大', 'other'],
    ['聚焦“六个工程”', '六个', 'other'],
    ['积极推进“三清零全覆盖”行动', '三', 'other'],
    ['北纬41°', '41°', 'other'],
    ['三大标志性战役取得重大战果', '三大', 'other'],
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
    expect(aside('深入落实市委“1+5”干部工作机制')).toEqual([
      ['1', 'other'],
      ['5', 'other'],
    ])
    expect(aside('“一组三会”赋能社级治理')).toEqual([['三', 'other']])
  })
})

describe('rates and lists', () => {
  it('gives a price per unit a compound unit', () => {
    expect(only('收购价为500元/吨')).toMatchObject({ raw: '500元/吨', value: 500, unit: 'CNY/t' })
    expect(only('储氢密度达到每立方米80公斤')).toMatchObject({ value: 0.08, unit: 't/m3' })
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
