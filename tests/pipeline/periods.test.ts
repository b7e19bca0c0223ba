import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Period } from '../../src/model'
import {
  carriedPeriod,
  findPeriodPhrases,
  resolveArticleDate,
  resolvePageDate,
  resolvePeriod,
  yearCueOfArticle,
  type PageDate,
  type PeriodContext,
} from '../../src/pipeline/periods'

const seedDir = join(__dirname, '../../seeds')
const seed = (prefix: string) => {
  const file = readdirSync(seedDir).find((f) => f.startsWith(prefix))!
  return readFileSync(join(seedDir, file), 'utf8').normalize('NFKC')
}

/** The period of the first occurrence of `number` in `sentence`. */
function periodOf(sentence: string, number: string, ctx: Partial<PeriodContext> = {}): Period {
  const at = sentence.indexOf(number)
  if (at < 0) throw new Error(`${number} not in ${sentence}`)
  return resolvePeriod(sentence, at, { articleDate: null, year: null, inherited: null, ...ctx })
}

const oct2024: Partial<PeriodContext> = { articleDate: '2024-10-21', year: 2024 }
const span = (start: string | null, end: string | null, basis: Period['basis'], phrase: string): Period => ({
  start,
  end,
  basis,
  phrase,
})

describe('resolvePageDate on the seeds', () => {
  it('000: 6月8日 from three datelines, 2026 from the day’s 2026年…座谈会', () => {
    const page = resolvePageDate(seed('000'))
    expect(page.date).toBe('2026-06-08')
    expect(page.evidence).toContain('2026年正能量创作者座谈会')
  })

  it('001: 6月2日, 2024 from the 2024年…“奔跑吧·少年”…活动 launched that day', () => {
    const page = resolvePageDate(seed('001'))
    expect(page).toMatchObject({ date: '2024-06-02', year: 2024 })
    expect(page.evidence).toContain('奔跑吧·少年')
  })

  it('002: 10月21日, 2024 agreed by 2024年以来, 截至2024年8月 and 10月20日恰逢周日', () => {
    const page = resolvePageDate(seed('002'))
    expect(page).toMatchObject({ date: '2024-10-21', year: 2024 })
    expect(page.evidence).toContain('2024年以来')
    expect(page.evidence).toContain('10月20日恰逢周日 fits 2024')
  })

  it('003: no dated dateline; the latest past event 9月13日, not the deadline 9月30日 or 10月26日', () => {
    const page = resolvePageDate(seed('003'))
    expect(page).toMatchObject({ date: '2024-09-13', year: 2024 })
    expect(page.evidence).toContain('2024年中秋假期')
  })

  it('004: 3月4日 from the latest meeting, 2025 because it reviews 2024 and plans 2025', () => {
    const page = resolvePageDate(seed('004'))
    expect(page).toMatchObject({ date: '2025-03-04', year: 2025 })
    expect(page.evidence).toContain('总结2024年')
  })
})

describe('resolvePageDate rules', () => {
  it('takes sources.json over the text', () => {
    expect(resolvePageDate(seed('001'), { date: '2024-06-03' })).toMatchObject({ date: '2024-06-03', year: 2024 })
  })

  it('never guesses a year: a dateline alone gives no date', () => {
    const page = resolvePageDate('本报6月8日讯(记者 张三)6月8日,全市夏粮收购工作会议召开。会议要求抓好收购。')
    expect(page).toMatchObject({ date: null, year: null })
  })

  it('dates a page by its datelines and the year of that day’s event (the layout of seed 000)', () => {
    const text =
      '本报5月20日讯(记者 高娃)5月20日,2027年全盟网络文明建设座谈会在集宁召开。\n\n' +
      '本报5月20日讯(记者 王丽娜)据自治区卫生健康委消息,全区将推广中医药适宜技术。\n\n' +
      '本报5月20日讯(记者 陈晓东)座谈会邀请20余位网络创作者参加。'
    const page = resolvePageDate(text)
    expect(page).toMatchObject({ date: '2027-05-20', year: 2027 })
    expect(page.evidence).toContain('2027年全盟网络文明建设座谈会')
  })

  it('takes the most common dateline and an explicit year in a dateline', () => {
    const text = '新华社北京2024年10月20日电 一则消息。本报10月21日讯 甲。本报包头10月21日电 乙。'
    expect(resolvePageDate(text).date).toBe('2024-10-21')
  })

  it('reads a weekday fact against the other cues', () => {
    const base = '本报10月21日讯 10月20日恰逢周日,社区干部照常值班。'
    // Oct 20 was a Sunday in 2019 and 2024: “2023年以来” points at the nearer 2024.
    expect(resolvePageDate(base + '2023年以来,全市新建社区服务站12个。').year).toBe(2024)
    expect(resolvePageDate(base + '2019年以来,全市新建社区服务站12个。').year).toBe(2019)
    // With nothing else to go by, the weekday alone names several years: no year.
    expect(resolvePageDate(base).year).toBeNull()
  })

  it('without dated datelines, dates the page by the latest past event, never by a plan or deadline', () => {
    const text =
      '本报讯(记者 张三)工程于7月15日开工,截至8月26日晚,累计铺设排水管道1230米,计划9月10日前完工,预计9月25日全部完工。' +
      '受理投诉时间截止到2024年10月18日。2024年中秋假期,全市推出文旅活动40余项。'
    expect(resolvePageDate(text).date).toBe('2024-08-26')
  })

  it('takes a masthead line over datelines', () => {
    const text = '内蒙古日报\n2024年6月8日 星期六\n本报6月7日讯(记者 张三)全市夏粮收购工作会议召开。'
    expect(resolvePageDate(text)).toMatchObject({ date: '2024-06-08', year: 2024 })
  })

  it('reads a weekday in brackets', () => {
    const text = '本报6月9日讯 6月8日(星期六),2024年以来最大的一场招聘会举行。'
    expect(resolvePageDate(text).evidence).toContain('fits 2024')
  })

  it('puts an early-year issue after the year-end data it reports', () => {
    const text = '本报1月3日讯 截至2024年12月底,全市累计建成5G基站1.2万个。'
    expect(resolvePageDate(text).date).toBe('2025-01-03')
  })

  it('reads statistics of the year so far as this year’s, or last year’s when published early next year', () => {
    expect(resolvePageDate('本报10月21日讯 2024年前三季度,全市地区生产总值增长5.1%。').date).toBe('2024-10-21')
    expect(resolvePageDate('本报2月1日讯 2024年前三季度,全市地区生产总值增长5.1%。').date).toBe('2025-02-01')
  })

  it('finds the statistics of the year so far in any sentence of the page, the last one without its 。 too', () => {
    const text = '本报2月1日讯 全市经济平稳。工业增长较快。\n据统计,2024年前三季度,全市地区生产总值增长5.1%'
    expect(resolvePageDate(text).date).toBe('2025-02-01')
    // Inside a longer phrase (2019年至2024年) the year is a range, not statistics of the year so far.
    expect(resolvePageDate('本报2月1日讯 2019年至2024年前三季度,全市累计造林100万亩。').evidence).not.toContain('year so far')
  })

  it('ignores history: 1937年4月15日 is not a cue for the issue', () => {
    const page = resolvePageDate('本报6月8日讯 1937年4月15日,杨永和英勇就义。')
    expect(page.year).toBeNull()
  })
})

describe('resolveArticleDate', () => {
  const page: PageDate = { date: '2024-10-21', year: 2024, evidence: '' }

  it('uses the article’s own dateline with the page year', () => {
    expect(resolveArticleDate('本报包头10月20日电(记者 萨仁)2024年以来,…', page)).toBe('2024-10-20')
  })

  it('falls back to the page date', () => {
    expect(resolveArticleDate('本报讯(记者 陈晓东)2024年国庆假期,…', page)).toBe('2024-10-21')
  })

  it('puts a December dateline in a January issue in the previous year', () => {
    const january: PageDate = { date: '2025-01-02', year: 2025, evidence: '' }
    expect(resolveArticleDate('本报12月31日讯 全年…', january)).toBe('2024-12-31')
  })

  it('gives null when the year is unknown', () => {
    expect(resolveArticleDate('本报6月8日讯 …', { date: null, year: null, evidence: '' })).toBeNull()
  })
})

describe('yearCueOfArticle', () => {
  it('reads the reviewed year at the top of a review published the next spring (as on seed 004)', () => {
    const review =
      '习近平总书记的重要指示为我们指明了方向。全区上下团结奋进、真抓实干,2024年经济社会发展取得了明显成效。\n\n' +
      '生态建设迈出新步伐。全区完成防沙治沙1263万亩,2025年将继续推进重点工程。'
    expect(yearCueOfArticle(review, { date: '2025-03-04', year: 2025, evidence: '' })).toBe(2024)
  })

  it('keeps the page year when the article speaks of its own year (as on seed 002)', () => {
    const article =
      '本报包头8月12日电(记者 萨仁)2024年以来,乌海市累计投入专项资金超2.6亿元,为民营企业发展注入动力。\n\n' +
      '2024年,新增认定自治区级专精特新中小企业47户,获得奖励资金1410万元。'
    expect(yearCueOfArticle(article, { date: '2024-10-21', year: 2024, evidence: '' })).toBe(2024)
  })

  it('gives the reviewed year even when the page year is unknown', () => {
    expect(yearCueOfArticle('会议回顾总结2023年工作。', { date: null, year: null, evidence: '' })).toBe(2023)
  })
})

describe('findPeriodPhrases', () => {
  const phrases = (s: string) => findPeriodPhrases(s).map((p) => [p.phrase, p.kind, p.role])

  it.each([
    ['前三季度,全市固定资产投资(不含农户)同比增长8.0%,比1—8月提高0.9个百分点。', [['前三季度', 'ytd', 'governs'], ['1—8月', 'ytd', 'comparison']]],
    ['2024年,全市会议文件、督查检查事项总数较上年度减少32.5%', [['2024年', 'year', 'governs'], ['上年度', 'year', 'comparison']]],
    ['与去年同期相比增长3%', [['去年同期', 'same-period', 'comparison']]],
    ['今年1-8月,全市进出口总额增长9%', [['今年1-8月', 'ytd', 'governs']]],
    ['1至8月,全市进出口总额增长9%', [['1至8月', 'ytd', 'governs']]],
    ['前11个月,全市新增市场主体3万户', [['前11个月', 'ytd', 'governs']]],
    ['第一季度和二季度', [['第一季度', 'quarter', 'governs'], ['二季度', 'quarter', 'governs']]],
    ['截至8月底,全旗通过“一卡通”累计发放惠民资金5236.7万元', [['截至8月底', 'as-of', 'governs']]],
    ['截至8月26日晚,累计铺设排水管道1230米', [['截至8月26日晚', 'as-of', 'governs']]],
    ['截至目前,赤峰市累计培育优质中小企业218户', [['截至目前', 'now', 'governs']]],
    ['“马上办”服务热线5月20日开通至今,总计受理诉求863件', [['至今', 'now', 'governs']]],
    ['“十四五”以来,全市累计完成投资500亿元', [['“十四五”以来', 'since', 'governs']]],
    ['十四五期间,全市计划投资800亿元', [['十四五期间', 'plan', 'governs']]],
    ['近年来,乌兰察布市持续开展便民服务站点改造提升行动', [['近年来', 'vague-since', 'governs']]],
    ['2019—2023年,全市累计造林100万亩', [['2019—2023年', 'range', 'governs']]],
    ['自3月16日策克口岸进出口货运量突破100万吨以来,额济纳海关…', [['自3月16日策克口岸进出口货运量突破100万吨以来', 'since', 'governs']]],
    ['下半年,全市将新开工项目50个', [['下半年', 'months', 'governs']]],
    ['现在累计开挖管沟980米', [['现在', 'now', 'governs']]],
    ['实现在线办理事项300项', []],
    ['2025年5月,“小绿骑”就已经在园区内部试点使用', [['2025年5月', 'month', 'governs']]],
  ])('%s', (sentence, expected) => {
    expect(phrases(sentence)).toEqual(expected)
  })

  it('tells a year that opens a statement from a year that dates an event', () => {
    expect(phrases('“高纯硅项目是2021年开始建设的,总投资45亿元,目前设备安装已全部完成')).toEqual([
      ['2021年', 'year', 'event'],
      ['目前', 'now', 'governs'],
    ])
    expect(phrases('本报讯(记者 陈晓东)2024年国庆假期,包头市推出40余项文旅活动')).toEqual([['2024年', 'year', 'governs']])
  })

  it('reports positions and the two-figure form', () => {
    const s = '2019年至2023年,全市规上工业增加值由120亿元增长到180亿元。'
    const found = findPeriodPhrases(s)
    expect(found.map((p) => [p.phrase, p.kind])).toEqual([
      ['2019年至2023年', 'range'],
      ['由120亿元增长到', 'from-to'],
    ])
    for (const p of found) expect(s.slice(p.start, p.end)).toBe(p.phrase)
    expect(s.slice(found[1].pivot!)).toMatch(/^180亿元/)
  })

  it('does not read a time span between years as two figures', () => {
    expect(findPeriodPhrases('从1931年创办到1948年停刊,这份报纸一共存在了17年。').some((p) => p.kind === 'from-to')).toBe(false)
  })

  it('hands out phrases the caller may change without affecting later answers', () => {
    const s = '前三季度,全市农业增加值同比增长3.7%。'
    const first = findPeriodPhrases(s)
    first[0].kind = 'year'
    first[0].year = { type: 'explicit', year: 1999 }
    first.length = 0
    expect(findPeriodPhrases(s).map((p) => [p.phrase, p.kind, p.year.type])).toEqual([['前三季度', 'ytd', 'none']])
    expect(periodOf(s, '3.7', oct2024)).toEqual(span('2024-01-01', '2024-09-30', 'ytd', '前三季度'))
  })

  it('answers sentences asked in any order as if each were asked alone', () => {
    const a = '前三季度,全市农业增加值同比增长3.7%。'
    const b = '截至8月底,全市累计发放惠民资金98万元'
    const alone = [a, b].map((s) => findPeriodPhrases(s))
    for (const s of [a, b, a, a, b, b, a]) expect(findPeriodPhrases(s)).toEqual(alone[s === a ? 0 : 1])
    expect(periodOf(b, '98', oct2024)).toEqual(span(null, '2024-08-31', 'point', '截至8月底'))
    expect(periodOf(a, '3.7', oct2024)).toEqual(span('2024-01-01', '2024-09-30', 'ytd', '前三季度'))
  })

  it('does not take dates or bare months for periods', () => {
    expect(findPeriodPhrases('6月8日下午,座谈会在呼和浩特举行')).toEqual([])
    expect(findPeriodPhrases('2024年6月1日,活动举行')).toEqual([])
  })
})

describe('resolvePeriod', () => {
  it('lets the comparison base 1—8月 not govern: both figures are 前三季度', () => {
    const s = '前三季度,全市固定资产投资(不含农户)同比增长8.0%,比1—8月提高0.9个百分点。'
    const ytd = span('2024-01-01', '2024-09-30', 'ytd', '前三季度')
    expect(periodOf(s, '8.0', oct2024)).toEqual(ytd)
    expect(periodOf(s, '0.9', oct2024)).toEqual(ytd)
  })

  it('reads 截至 as a point at that date', () => {
    expect(periodOf('截至2024年8月,全市共兑现惠企资金26318.45万元', '26318.45', oct2024)).toEqual(
      span(null, '2024-08-31', 'point', '截至2024年8月'),
    )
    const sep = { articleDate: '2024-09-13', year: 2024 }
    expect(periodOf('截至8月底,全市累计发放惠民资金98215.37万元', '98215.37', sep)).toEqual(
      span(null, '2024-08-31', 'point', '截至8月底'),
    )
    expect(periodOf('工程于7月15日开工,截至8月26日晚,累计铺设排水管道1230米', '1230', sep)).toEqual(
      span(null, '2024-08-26', 'point', '截至8月26日晚'),
    )
    expect(periodOf('截至目前,赤峰市累计培育优质中小企业218户', '218', oct2024)).toEqual(
      span(null, '2024-10-21', 'point', '截至目前'),
    )
  })

  it('gives the two figures of 由X增长到Y the two ends of a year range', () => {
    const s = '2019年至2023年,全市规上工业增加值由120亿元增长到180亿元。'
    expect(periodOf(s, '120', oct2024)).toEqual(span('2019-01-01', '2019-12-31', 'year', '2019年至2023年'))
    expect(periodOf(s, '180', oct2024)).toEqual(span('2023-01-01', '2023-12-31', 'year', '2019年至2023年'))
  })

  it('gives 由X增长到Y over a since-period the levels at its start and now', () => {
    const s = '“十四五”以来,全市森林覆盖率由20.1%提高到23.5%。'
    expect(periodOf(s, '20.1', oct2024)).toEqual(span(null, '2020-12-31', 'point', '“十四五”以来'))
    expect(periodOf(s, '23.5', oct2024)).toEqual(span(null, '2024-10-21', 'point', '“十四五”以来'))
  })

  it('leaves the first figure of 由X增长到Y unknown when nothing dates it', () => {
    const s = '全市常住人口由100万人增加到120万人。'
    expect(periodOf(s, '100', oct2024).basis).toBe('unknown')
    expect(periodOf(s, '120', { ...oct2024, inherited: span('2024-01-01', '2024-09-30', 'ytd', '前三季度') }).phrase).toBe(
      '前三季度',
    )
  })

  it('reads 去年全年 as the whole of last year', () => {
    expect(periodOf('去年全年,全市接待游客1200万人次', '1200', oct2024)).toEqual(
      span('2023-01-01', '2023-12-31', 'year', '去年全年'),
    )
  })

  it('maps quarters, halves and month ranges', () => {
    expect(periodOf('一季度,全市地区生产总值增长5.2%', '5.2', oct2024)).toEqual(
      span('2024-01-01', '2024-03-31', 'quarter', '一季度'),
    )
    expect(periodOf('第二季度,全市地区生产总值增长5.0%', '5.0', oct2024)).toEqual(
      span('2024-04-01', '2024-06-30', 'quarter', '第二季度'),
    )
    expect(periodOf('上半年,全市地区生产总值增长5.4%', '5.4', oct2024)).toEqual(
      span('2024-01-01', '2024-06-30', 'ytd', '上半年'),
    )
    expect(periodOf('1-8月,全市进出口总额增长9%', '9%', oct2024)).toEqual(span('2024-01-01', '2024-08-31', 'ytd', '1-8月'))
    expect(periodOf('前11个月,全市新增市场主体3万户', '3万', { articleDate: '2024-12-20', year: 2024 })).toEqual(
      span('2024-01-01', '2024-11-30', 'ytd', '前11个月'),
    )
    expect(periodOf('7—9月,全市接待游客500万人次', '500', oct2024)).toEqual(
      span('2024-07-01', '2024-09-30', 'quarter', '7—9月'),
    )
  })

  it('reads 今年以来 and 2024年以来 as the year to date, earlier years as a span', () => {
    expect(periodOf('今年以来,全市累计接待游客800万人次', '800', oct2024)).toEqual(
      span('2024-01-01', '2024-10-21', 'ytd', '今年以来'),
    )
    const s = '2024年以来,乌海市累计投入专项资金超2.6亿元'
    expect(periodOf(s, '2.6', oct2024)).toEqual(span('2024-01-01', '2024-10-21', 'ytd', '2024年以来'))
    expect(periodOf(s, '2.6', { articleDate: '2025-03-04', year: 2025 })).toEqual(
      span('2024-01-01', '2025-03-04', 'span', '2024年以来'),
    )
    expect(periodOf('自3月16日口岸货运量突破100万吨以来,累计通关车辆2万辆次', '2万', { articleDate: '2024-06-02', year: 2024 })).toEqual(
      span('2024-03-16', '2024-06-02', 'span', '自3月16日口岸货运量突破100万吨以来'),
    )
  })

  it('reads plan periods, year ranges and vague spans', () => {
    expect(periodOf('“十四五”以来,全市累计完成投资500亿元', '500', oct2024)).toEqual(
      span('2021-01-01', '2024-10-21', 'span', '“十四五”以来'),
    )
    expect(periodOf('十四五期间,全市计划投资800亿元', '800', { ...oct2024, isTarget: true })).toEqual(
      span('2021-01-01', '2025-12-31', 'span', '十四五期间'),
    )
    expect(periodOf('2019—2023年,全市累计造林100万亩', '100', oct2024)).toEqual(
      span('2019-01-01', '2023-12-31', 'span', '2019—2023年'),
    )
    expect(periodOf('近年来,全市新增绿地300公顷', '300', oct2024)).toEqual(span(null, '2024-10-21', 'span', '近年来'))
  })

  it('reads a year of the article’s own year as the year to date, a past year as a whole year', () => {
    const june = { articleDate: '2024-06-02', year: 2024 }
    expect(periodOf('日前,2024年策克口岸进出口货运量突破450万吨,达468万吨,同比增加27%。', '468', june)).toEqual(
      span('2024-01-01', '2024-06-02', 'ytd', '2024年'),
    )
    expect(periodOf('2023年,该合作社黄花菜销售产值达到65万元。', '65', june)).toEqual(
      span('2023-01-01', '2023-12-31', 'year', '2023年'),
    )
    expect(periodOf('2024年,全市会议文件、督查检查事项总数较上年度减少32.5%', '32.5', june)).toEqual(
      span('2024-01-01', '2024-06-02', 'ytd', '2024年'),
    )
    expect(periodOf('2023年度,全市评选优秀企业30家', '30', june)).toEqual(
      span('2023-01-01', '2023-12-31', 'year', '2023年度'),
    )
  })

  it('reads 今年以来…年度目标 as the whole year for the target', () => {
    const s = '今年以来,策克口岸向着2000万吨年度目标冲刺'
    const june = { articleDate: '2024-06-02', year: 2024 }
    expect(periodOf(s, '2000', { ...june, isTarget: true })).toEqual(span('2024-01-01', '2024-12-31', 'year', '今年以来'))
  })

  it('reads 今年 in a target as the whole year', () => {
    const s = '按照计划,今年运营企业要在赤峰中心城区累计投放2万辆共享电单车'
    const june2026 = { articleDate: '2026-06-08', year: 2026 }
    expect(periodOf(s, '2万', { ...june2026, isTarget: true })).toEqual(span('2026-01-01', '2026-12-31', 'year', '今年'))
    expect(periodOf('今年新增高标准农田86.4万亩', '86.4', oct2024)).toEqual(
      span('2024-01-01', '2024-10-21', 'ytd', '今年'),
    )
  })

  it('uses the article’s reviewed year for bare phrases, the publication year for 今年/去年', () => {
    const review = { articleDate: '2025-03-04', year: 2024 }
    expect(periodOf('全年道路交通事故起数、受伤人数同比分别下降12.6%和19.8%', '19.8', review)).toEqual(
      span('2024-01-01', '2024-12-31', 'year', '全年'),
    )
    expect(periodOf('去年,全区招商到位资金1862亿元', '1862', review).start).toBe('2024-01-01')
    expect(periodOf('上年,全区地区生产总值2.31万亿元', '2.31', review).start).toBe('2023-01-01')
  })

  it('puts a bare period not yet over at publication in the previous year', () => {
    const march = { articleDate: '2025-03-04', year: 2025 }
    expect(periodOf('1—8月,全市进出口总额增长9%', '9%', march)).toEqual(span('2024-01-01', '2024-08-31', 'ytd', '1—8月'))
    expect(periodOf('全年,全市地区生产总值增长5.5%', '5.5', march).start).toBe('2024-01-01')
    expect(periodOf('全年,全市地区生产总值预计增长5.5%', '5.5', oct2024).start).toBe('2024-01-01')
  })

  it('takes a phrase after the number in the same clause, not one in the next clause', () => {
    expect(periodOf('全市原煤产量2.8亿吨(1—9月),同比增长3.7%', '2.8', oct2024).phrase).toBe('1—9月')
    expect(periodOf('全市居民人均可支配收入31856元,前三季度同比增长4.8%', '31856', oct2024).basis).toBe('unknown')
  })

  it('falls back to the inherited period, then to a point for stocks, then to unknown', () => {
    const inherited = span('2024-01-01', '2024-09-30', 'ytd', '前三季度')
    expect(periodOf('其中,住宿和餐饮业增加值同比增长6.3%', '6.3', { ...oct2024, inherited })).toEqual(inherited)
    expect(periodOf('“高纯硅项目是2021年开始建设的,总投资45亿元', '45', { articleDate: '2024-06-02', year: 2024 })).toEqual(
      span(null, '2024-06-02', 'point', ''),
    )
    expect(periodOf('全区有博物馆120家', '120', { ...oct2024, isStock: true })).toEqual(span(null, '2024-10-21', 'point', ''))
    expect(periodOf('全市居民人均可支配收入31856元', '31856', oct2024)).toEqual(span(null, null, 'unknown', ''))
  })

  it('keeps the basis but no dates when no year is known', () => {
    expect(periodOf('前三季度,全市居民人均可支配收入31856元', '31856')).toEqual(span(null, null, 'ytd', '前三季度'))
  })

  it('never invents a year: without an article date, a year cue or a year in the text, no date appears', () => {
    const phrasesWithoutYear = ['全年', '今年', '去年', '前三季度', '上半年', '一季度', '1—8月', '截至8月底', '今年以来', '目前', '近年来', '']
    fc.assert(
      fc.property(
        fc.constantFrom(...phrasesWithoutYear),
        fc.constantFrom('全市', '全区规上工业', '', '接待游客'),
        fc.integer({ min: 1, max: 99999 }),
        fc.boolean(),
        (phrase, subject, n, isStock) => {
          const s = `${phrase}${phrase ? ',' : ''}${subject}增加值${n}亿元`
          const p = resolvePeriod(s, s.indexOf(String(n)), { articleDate: null, year: null, inherited: null, isStock })
          return p.start === null && p.end === null
        },
      ),
    )
  })

  it('keeps start before end for every phrase and article date', () => {
    const phrases = ['全年', '今年', '去年', '前三季度', '上半年', '下半年', '二季度', '1—8月', '截至8月底', '今年以来', '2023年以来', '“十四五”以来', '2019年至2023年', '近年来']
    fc.assert(
      fc.property(fc.constantFrom(...phrases), fc.date({ min: new Date('2001-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), fc.boolean(), (phrase, date, isTarget) => {
        const articleDate = date.toISOString().slice(0, 10)
        const s = `${phrase},全市地区生产总值100亿元`
        const p = resolvePeriod(s, s.indexOf('100'), { articleDate, year: date.getUTCFullYear(), inherited: null, isTarget })
        return p.start === null || p.end === null || p.start <= p.end
      }),
    )
  })
})

describe('carriedPeriod', () => {
  it('hands a sentence’s period on to the next sentence of the paragraph', () => {
    const first = '前三季度,全市农业增加值同比增长3.7%。'
    const carried = carriedPeriod(first, oct2024 as PeriodContext)
    expect(carried).toEqual(span('2024-01-01', '2024-09-30', 'ytd', '前三季度'))
    expect(periodOf('其中,交通运输业增加值同比增长6.3%。', '6.3', { ...oct2024, inherited: carried })).toEqual(carried)
    expect(carriedPeriod('全区居民收入稳步增长。', oct2024 as PeriodContext)).toBeNull()
  })
})
