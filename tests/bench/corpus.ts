/**
 * Invented newspaper pages in the seeds' layout (`## headline`, `本报…讯(记者 …)` datelines, paragraphs), for
 * benches and tests that need many pages. Every sentence is made up here from templates; the figures follow a
 * series per region and indicator (a level growing by its own yearly rate, with seasonality and noise), so the
 * charts of a generated corpus have shape. Dates spread over ten years; sources.json gives each page's date.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SourcesJson } from '../../src/model'

export interface GeneratedPage {
  name: string
  text: string
}

export interface GeneratedCorpus {
  pages: GeneratedPage[]
  sources: SourcesJson
}

export interface CorpusOptions {
  /** About this many UTF-8 bytes a page (the seeds' pages are about 20 KB). */
  pageBytes?: number
  seed?: number
  firstDate?: string
  years?: number
}

const REGIONS = [
  { name: '呼和浩特市', short: '呼和浩特', code: '150100', size: 1.0 },
  { name: '包头市', short: '包头', code: '150200', size: 1.1 },
  { name: '乌海市', short: '乌海', code: '150300', size: 0.2 },
  { name: '赤峰市', short: '赤峰', code: '150400', size: 0.7 },
  { name: '通辽市', short: '通辽', code: '150500', size: 0.5 },
  { name: '鄂尔多斯市', short: '鄂尔多斯', code: '150600', size: 1.6 },
  { name: '呼伦贝尔市', short: '呼伦贝尔', code: '150700', size: 0.5 },
  { name: '巴彦淖尔市', short: '巴彦淖尔', code: '150800', size: 0.35 },
  { name: '乌兰察布市', short: '乌兰察布', code: '150900', size: 0.35 },
  { name: '兴安盟', short: '兴安盟', code: '152200', size: 0.2 },
  { name: '锡林郭勒盟', short: '锡林郭勒', code: '152500', size: 0.4 },
  { name: '阿拉善盟', short: '阿拉善', code: '152900', size: 0.12 },
]

/** Indicators as a page writes them; `base` is a yearly level for a region of size 1 in the first year. */
const INDICATORS = [
  { label: '地区生产总值', unit: '亿元', base: 3200, growth: [0.04, 0.07], flow: true },
  { label: '社会消费品零售总额', unit: '亿元', base: 1400, growth: [0.03, 0.06], flow: true },
  { label: '固定资产投资', unit: '亿元', base: 900, growth: [-0.02, 0.09], flow: true },
  { label: '规模以上工业增加值', unit: '亿元', base: 1100, growth: [0.05, 0.09], flow: true },
  { label: '发电量', unit: '亿千瓦时', base: 600, growth: [0.04, 0.1], flow: true },
  { label: '煤炭产量', unit: '万吨', base: 9000, growth: [0.0, 0.05], flow: true },
  { label: '口岸进出口货运量', unit: '万吨', base: 450, growth: [0.02, 0.12], flow: true },
  { label: '城镇常住居民人均可支配收入', unit: '元', base: 42000, growth: [0.04, 0.06], flow: false },
] as const

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗'
const GIVEN = '晓海建丽志文春秋云雪明华军梅峰宇婷博涛静'
const FILLER = [
  '各地坚持稳中求进工作总基调,持续优化营商环境,推动经济运行整体回升向好。',
  '相关部门加强要素保障,帮助企业解决用工、用地和融资等实际困难。',
  '下一步,将继续抓好项目建设和产业升级,巩固经济回升向好的基础。',
  '记者在现场看到,生产线上机器轰鸣,工人们正在紧张有序地作业。',
  '当地还通过线上线下相结合的方式开展政策宣讲,让企业和群众应知尽知。',
  '业内人士表示,市场预期持续改善,消费和投资的带动作用进一步显现。',
  '据介绍,该项目建成后将带动上下游产业协同发展,增加就业岗位。',
  '今年以来,各旗县区结合自身实际,因地制宜谋划了一批重点工作。',
  '走进园区,一排排新建的厂房整齐排列,施工车辆往来穿梭。',
  '“现在办事方便多了,在家门口就能办好。”前来办理业务的居民说。',
  '会议要求,要压实各方责任,确保各项任务落地见效。',
  '围绕群众关心的就业、教育、医疗等问题,当地出台了一系列务实举措。',
  '为了让农牧民搭上发展快车,合作社统一组织生产和销售。',
  '入冬以来,供热企业提前检修管网设备,保障居民温暖过冬。',
  '这些变化,正是当地坚持以人民为中心发展思想的生动体现。',
  '接下来,还将持续完善基础设施,提升公共服务水平。',
]
const HEADLINES = ['经济运行稳中向好', '重点项目建设提速', '消费市场持续回暖', '工业生产保持增长', '口岸经济活力增强', '能源保供有力有序']

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

/** A number as a paper prints it: two decimals under 100, one under 10,000, none above. */
function printed(value: number): string {
  return value < 100 ? value.toFixed(2) : value < 10_000 ? value.toFixed(1) : String(Math.round(value))
}

/** The value of an indicator for a region at a date: yearly level × months elapsed (for flows), with noise. */
function seriesValue(region: number, indicator: number, year: number, months: number, noise: number): { level: number; growth: number } {
  const ind = INDICATORS[indicator]
  const r = rng(region * 97 + indicator * 13 + 1)
  const rate = ind.growth[0] + (ind.growth[1] - ind.growth[0]) * r()
  // A bad year every few years gives the series a dip, not just a straight line.
  const dip = (year + region) % 5 === 0 ? -0.06 : 0
  const yearly = (y: number) => ind.base * REGIONS[region].size * Math.pow(1 + rate, y) * (1 + ((y + region) % 5 === 0 ? -0.06 : 0))
  const share = ind.flow ? (months / 12) * (1 + 0.08 * Math.sin((months / 12) * Math.PI)) : 1
  const level = yearly(year) * share * (1 + noise)
  const growth = ((1 + rate) * (1 + dip)) / (1 + ((year - 1 + region) % 5 === 0 ? -0.06 : 0)) - 1 + noise
  return { level, growth: growth * 100 }
}

function isoDate(first: Date, days: number): string {
  return new Date(first.getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

/** `pages` pages named page-000000.txt…, in date order, with their sources.json. Deterministic for a seed. */
export function generateCorpus(pages: number, options: CorpusOptions = {}): GeneratedCorpus {
  const pageBytes = options.pageBytes ?? 20_000
  const next = rng(options.seed ?? 1)
  const first = new Date(`${options.firstDate ?? '2015-01-01'}T00:00:00Z`)
  const span = Math.round((options.years ?? 10) * 365)
  const encoder = new TextEncoder()
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const reporter = () => `${pick([...SURNAMES])}${pick([...GIVEN])}${next() < 0.5 ? pick([...GIVEN]) : ''}`
  const out: GeneratedPage[] = []
  const sources: SourcesJson = {}
  const width = Math.max(6, String(pages - 1).length)

  for (let p = 0; p < pages; p++) {
    const date = isoDate(first, Math.floor((p * span) / Math.max(1, pages)))
    const [year, month, day] = date.split('-').map(Number)
    const yearIndex = year - first.getUTCFullYear()
    const figureSentence = (region: number): string => {
      const indicator = Math.floor(next() * INDICATORS.length)
      const ind = INDICATORS[indicator]
      const noise = (next() - 0.5) * 0.04
      // Early in the year papers report last year's total; later, the months so far.
      if (month <= 2 || !ind.flow) {
        const { level, growth } = seriesValue(region, indicator, yearIndex - 1, 12, noise)
        return `去年,${REGIONS[region].name}${ind.label}达到${printed(level)}${ind.unit},比上年增长${printed(Math.abs(growth))}%。`
      }
      const months = month - 1
      const { level, growth } = seriesValue(region, indicator, yearIndex, months, noise)
      const period = months === 1 ? '1月份' : `1—${months}月`
      const verb = growth >= 0 ? '同比增长' : '同比下降'
      return `${period},${REGIONS[region].name}完成${ind.label}${printed(level)}${ind.unit},${verb}${printed(Math.abs(growth))}%。`
    }
    const projectSentence = (region: number): string =>
      `在${REGIONS[region].name},一个总投资${printed(5 + next() * 120)}亿元的项目正在加紧建设,预计年产值可达${printed(3 + next() * 60)}亿元。`

    let text = '\n\n'
    while (encoder.encode(text).length < pageBytes) {
      const region = Math.floor(next() * REGIONS.length)
      const r = REGIONS[region]
      text += `## ${r.name}${pick(HEADLINES)}\n\n`
      const opening = [figureSentence(region), pick(FILLER), pick(FILLER)].join('')
      text += `本报${r.short}${month}月${day}日讯(记者 ${reporter()})${opening}\n\n`
      // About fifty figures a page, as in the estimate: most sentences of a paper carry none.
      const paragraphs = 2 + Math.floor(next() * 3)
      for (let k = 0; k < paragraphs; k++) {
        const sentences = Array.from({ length: 3 + Math.floor(next() * 3) }, () => pick(FILLER))
        if (next() < 0.5) sentences.splice(1, 0, figureSentence(region))
        if (next() < 0.15) sentences.push(projectSentence(region))
        text += sentences.join('') + '\n\n'
      }
    }
    const name = `page-${String(p).padStart(width, '0')}.txt`
    out.push({ name, text })
    sources[name] = { date, paper: '内蒙古日报' }
  }
  return { pages: out, sources }
}

export function writeCorpus(dir: string, corpus: GeneratedCorpus): void {
  mkdirSync(dir, { recursive: true })
  for (const page of corpus.pages) writeFileSync(join(dir, page.name), page.text)
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(corpus.sources, null, 1) + '\n')
}

/** A reporter's correction to one page: a sentence with a new figure at the end. */
export function editPage(text: string, n: number): string {
  return `${text}\n\n本报讯 更正:经核实,全区第${n}季度新增市场主体${1000 + n}户。\n`
}
