/**
 * The indicators stage: which catalogue indicator a figure reports, and which part of it (its breakdown).
 * `口岸进出口货运量`, `过货量` and `货运量` in a report on ports are one indicator; `其中进口煤炭80万吨` is its part
 * `{direction: 'import', commodity: '煤炭'}`. Region and place stay apart: a port or a banner is never a breakdown.
 */
import type { Breakdown, IndicatorInfo, MetricKey, UnitKind } from '../model/index.ts'
import { AIRPORT_FLOWS, COMMODITIES, DIRECTIONS, FUNDS, INDICATORS, INDUSTRIES, OWNERSHIPS, PARTNERS, PORT_SCOPES, TRADE_KINDS, TRANSPORT_MODES, type IndicatorRule } from './lexicon/indicators.ts'
import { PROJECT_CLASS_END, PROJECT_CLASS_LEAD } from './lexicon/parts.ts'
import { NAMED_METRICS } from './metrics.ts'

export interface IndicatorInput {
  metric: MetricKey
  /** The indicator as written; for a part, the part's own name. */
  label: string
  /** For a part, its total's label (see MetricReading.base). */
  base: string | null
  /** The sentence and the article around the figure, for entries that depend on context (货运量 of ports). */
  sentence: string
  /** Whether the article's text matches a pattern: asked once per article and pattern (see articleTester). */
  articleHas: (re: RegExp) => boolean
  /** Where the figure's number stands in the sentence, when known: what the sentence names before it is its subject. */
  at?: number
  /** What the article's headline reports (its first figure's metric and label), for a split by region of it. */
  topic?: { metric: MetricKey; label: string; base: string | null } | null
}

export interface IndicatorReading {
  indicator: string | null
  breakdown: Breakdown | null
}

/**
 * A named metric the catalogue has no entry for (零售总额, 发电量, 财政收入) is its own indicator, so it still
 * gets a line and a place in the pickers; catch-alls by unit (rate, count, money_amount) never are.
 */
const METRIC_INDICATORS: readonly IndicatorInfo[] = NAMED_METRICS.filter((m) => !INDICATORS.some((r) => r.metric === m.key)).map((m) => ({
  key: m.key,
  zh: m.zh,
  en: m.en,
  metric: m.key,
  unitKind: unitKindOf(m.units?.[0]),
}))
const BY_METRIC = new Map(METRIC_INDICATORS.map((i) => [i.metric, i]))

function unitKindOf(unit: string | undefined): UnitKind {
  if (unit === 'CNY' || unit === 'USD') return 'money'
  if (unit === 't') return 'mass'
  if (unit === undefined) return 'other'
  return /^(?:person|household|enterprise|project|item|head|vehicle)$/.test(unit) ? 'count' : 'other'
}

/** Every indicator of the catalogue, once, for the dataset. */
export const INDICATOR_CATALOGUE: readonly IndicatorInfo[] = (() => {
  const seen = new Map<string, IndicatorInfo>()
  for (const { key, zh, en, metric, unitKind } of INDICATORS) if (!seen.has(key)) seen.set(key, { key, zh, en, metric, unitKind })
  for (const info of METRIC_INDICATORS) if (!seen.has(info.key)) seen.set(info.key, info)
  return [...seen.values()]
})()

const CARGO = new Set(['cargo_volume'])

/**
 * Words that name the indicator itself, not a part of it: what remains of a label without them is the part.
 * 额 alone is the end of 投资额 or 销售额, never the 额 of 限额以上 (a class of units, which is a part). 各类, 各项
 * and 各级 (其中去年拨付各类帮扶资金) say all of it, not a part.
 */
const INDICATOR_WORDS =
  /各类|各项|各种|各级|占比|比重|贡献率|规模以上|规上|地区生产总值|生产总值|GDP|经济总量|增加值|总产值|产值|固定资产|投资额|投资|完成|计划|年度|全年|总额|总量|累计|同比|实现|其中|合计|共计|当月|投入|引进|到位|发行|下达|拨付|下拨|安排|争取到?|资金|量|的|(?<!限)额/g
/** Words of cargo indicators, which name the indicator only for cargo: 运输 of 交通运输业 is an industry's name. */
const CARGO_WORDS = /铁路|货物|货运|发送|发运|发往|外运|运输|运量|吞吐量|进出口|进出境|口岸|过货|通关|验放/g
/**
 * Where the sector's own name starts. A label may still carry the clause before it (制造业支撑有力全区采矿业) or the
 * time and verb of a plan (到年底化工产业, 确保基础设施): the sector starts after the last scope word (全区, 我旗)
 * and after a leading time or verb; 全社会 and 全部 name the whole, never a part.
 */
const SECTOR_START = /^.*(?:全区|全市|全盟|全旗|全县|全镇|全国|全省|我区|我市|我盟|我旗|我县|全社会|全部)/
const SECTOR_LEAD = /^(?:[::、]|份|到?(?:年末|年底|年初|年内)|力争|确保|争取|预计|推动|完成|当年|仅|按照|根据|确认|确定)+/
/** `高新技术工业中`, `装备制造业中`: the group a sector is picked out of, before the sector's own name. */
const GROUP_OF_SECTOR = /^[^,;、]{2,12}?(?:工业|产业|行业|业)中(?=[\u4e00-\u9fff]{2})/
/** 能源、化工…和装备制造六大优势产业: a list that names its group (N大…) is the group. */
const NAMED_GROUP = /[一二三四五六七八九十两]+大[^、,和及与]*$/

/** The catalogue's rules of each metric, in catalogue order: a figure tries only its own metric's. */
const RULES_BY_METRIC = new Map<MetricKey, IndicatorRule[]>()
for (const rule of INDICATORS) {
  const list = RULES_BY_METRIC.get(rule.metric)
  if (list) list.push(rule)
  else RULES_BY_METRIC.set(rule.metric, [rule])
}

export function indicatorOf(input: IndicatorInput): IndicatorReading {
  if (splitsHeadlineByRegion(input)) return indicatorOf({ ...input, label: input.topic!.label, base: input.topic!.base, topic: null })
  const named = input.base ?? input.label
  const rule = RULES_BY_METRIC.get(input.metric)?.find((r) => r.names.test(named) && contextFits(r, input))
  if (!rule) return { indicator: BY_METRIC.get(input.metric)?.key ?? null, breakdown: null }
  let breakdown = rememberedBreakdown(rule, input)
  if (PROJECT_INDICATORS.has(rule.key) && !breakdown?.part && !breakdown?.sector && input.at !== undefined) {
    const projects = projectClassBefore(input.sentence, input.at)
    if (projects) breakdown = { ...breakdown, part: projects }
  }
  // 全旗工业项目投资完成30亿元,为全旗固投的六成: all of a place's industrial projects are its industrial
  // fixed-asset investment; a narrower class (工业重点项目, 亿元以上工业项目) stays a class of projects.
  if (rule.key === 'project_completed_investment' && breakdown?.part && ALL_INDUSTRIAL_PROJECTS.test(breakdown.part)) {
    const { part: _, ...rest } = breakdown
    return { indicator: 'fixed_asset_investment', breakdown: { ...rest, sector: '工业' } }
  }
  // 某公司投资9.6亿元修建的大桥, 投资1.2亿元建设了电站: what is invested to build one thing is that project's total.
  if (BUILT_BY_IT.has(rule.key) && input.at !== undefined && !/完成/.test(named) && BUILT_WITH.test(input.sentence.slice(input.at, input.at + 20))) {
    return { indicator: 'project_total_investment', breakdown }
  }
  return { indicator: rule.key, breakdown }
}
const BUILT_BY_IT = new Set(['investment', 'fixed_asset_investment'])
/** The number, its unit and a verb of building right after it, no comma between: 9.6亿元修建的, 1.2亿元建设了. */
const BUILT_WITH = /^[\d.,]+\s*(?:万|亿)?元(?:人民币)?(?:用于|修建|建设|兴建|新建|建成|实施|打造)/
const ALL_INDUSTRIAL_PROJECTS = /^(?:[^项]{1,6}[市盟旗县])?工业项目$/

/**
 * 分盟市看,甲市(12.1%)、乙盟(-3.0%)…: a split by region that names no indicator of its own reports the headline's
 * indicator by place, not the part (a sector) the sentence before it ended on. A label written in the sentence
 * (分盟市看,甲市工业增加值增长9%) is the figure's own.
 */
function splitsHeadlineByRegion(input: IndicatorInput): boolean {
  const { topic, at } = input
  if (!topic || topic.metric !== input.metric || at === undefined || topic.label === input.label) return false
  if (!BY_REGION.test(input.sentence.slice(0, at))) return false
  if (BARE_LABEL.test(input.label)) return true
  // A label carried from the sentence before: its own words (its first two) are nowhere in this sentence.
  const own = input.label.replace(INDICATOR_WORDS, '').slice(0, 2)
  return own.length === 2 && !input.sentence.includes(own)
}
/** 分盟市看, 从各旗县区来看, 有5个盟市增速高于全区,分别是…: what follows is by place. */
const BY_REGION = /(?:^|[,;:])[^,;:。]{0,6}?(?:(?:分|从|按)各?(?:盟市|地区|旗县(?:市)?区?|区域|地域)[^,;:。]{0,12}?看|(?:\d+个|各)(?:盟市|旗县(?:市)?区?)[^。]*分别(?:是|为))/
/** A label that names the indicator's own words only (投资额, 完成投资), so it says nothing of which. */
const BARE_LABEL = /^(?:完成|累计|实现)*(?:投资额?|增加值|产值|总产值|货运量)(?:占比)*$/

/** Indicators of projects: their figures are a class of projects' (重点项目, 续建项目) when the sentence names one. */
const PROJECT_INDICATORS = new Set(['project_completed_investment', 'project_total_investment', 'planned_investment'])

/**
 * 全市120个重点项目开复工98个,完成投资60亿元; 其中23个续建项目…完成投资21亿元; 水利项目8个,年度计划投资3亿元:
 * the last class of projects the sentence names before a project figure is whose figure it is, so the classes of
 * one report are apart. A class ends in a class word (重点, 续建, 工业) or is counted (N个); one project's name
 * (年产5万吨甲醇项目,总投资9亿元), a list of projects (…等项目) and 该项目 are no class.
 */
function projectClassBefore(sentence: string, at: number): string | null {
  const before = sentence.slice(0, at)
  const end = before.lastIndexOf('项目')
  if (end < 0) return countedOpener(before)
  const run = /[^\s\d.,;:、()—\-–"“”《》·/]*$/.exec(before.slice(0, end))?.[0] ?? ''
  if (run === '' || /[等该此这那个]$/.test(run)) return null
  const counted = (/^(?:多|余)?个/.test(run) && /\d$/.test(before.slice(0, end - run.length))) || /^\d+(?:多|余)?个/.test(sentence.slice(end + 2))
  if (!counted && !PROJECT_CLASS_END.test(run)) return null
  // 50亿元以上重大项目 and 10亿元以上重大项目: classes of size, apart by their threshold, which the number before states.
  const threshold = /^(?:亿元|万元)以上/.test(run) ? /\d+(?:\.\d+)?$/.exec(before.slice(0, end - run.length)) : null
  if (threshold) return `${threshold[0]}${run}项目`
  const name = run.replace(PROJECT_CLASS_LEAD, '')
  return name.length >= 2 ? `${name}项目` : null
}

/**
 * A line of a list by class that opens with the class and its count (农牧水利12个,年度计划投资…) names the class
 * of the figures after it; a line by place (某某旗9个,…) names a place, which is never a breakdown.
 */
function countedOpener(before: string): string | null {
  const name = /^[-—\s()一二三四五六七八九十、.]*([^\s\d.,;:、()]{2,12}?)\d+(?:多|余)?个[,(]/.exec(before)?.[1]
  if (!name || PLACE_END.test(name) || name.replace(PROJECT_CLASS_LEAD, '') !== name) return null
  return `${name}项目`
}
const PLACE_END = /(?:旗|县|市|区|盟|镇|乡|苏木|嘎查|村|园|口岸|企业|单位)$/

/**
 * Breakdowns remembered per rule and label (a bounded cache, emptied when full): a report gives the same few labels
 * (出口焦炭, 第二产业增加值) to many figures, and reading one tests a dozen patterns. Each figure gets its own copy.
 */
const breakdowns = new Map<IndicatorRule, [Map<string, Breakdown | null>, Map<string, Breakdown | null>]>()
function rememberedBreakdown(rule: IndicatorRule, input: IndicatorInput): Breakdown | null {
  let byLabel = breakdowns.get(rule)
  if (byLabel === undefined) breakdowns.set(rule, (byLabel = [new Map(), new Map()]))
  // Only whether a base is given matters to breakdownOf, not which: one map for each (no key string per figure).
  const labels = byLabel[input.base === null ? 0 : 1]
  let breakdown = labels.get(input.label)
  if (breakdown === undefined) {
    breakdown = breakdownOf(rule, input)
    if (labels.size >= 4096) labels.clear()
    labels.set(input.label, breakdown)
  }
  return breakdown && { ...breakdown }
}

function contextFits(rule: IndicatorRule, input: IndicatorInput): boolean {
  if (rule.sentence && !rule.sentence.test(input.sentence)) return false
  return !rule.context || rule.context.test(input.sentence) || input.articleHas(rule.context)
}

/** Tests an article's text against each pattern once: testing it per figure is quadratic in a long article. */
export function articleTester(text: string): (re: RegExp) => boolean {
  const known = new Map<RegExp, boolean>()
  return (re) => {
    let hit = known.get(re)
    if (hit === undefined) known.set(re, (hit = re.test(text)))
    return hit
  }
}

/**
 * Notes in `out` the first part of `table` that `rest` names, under `dim`, and gives `rest` without it. (Not a closure
 * in breakdownOf: one made per figure cost more than its calls.)
 */
function take(out: Breakdown, rest: string, dim: string, table: readonly [string, RegExp][]): string {
  for (const [name, re] of table) {
    if (!re.test(rest)) continue
    out[dim] = name
    return rest.replace(re, '')
  }
  return rest
}

/** Funds named only by what kind of grant they are: 工资补助类 under 补贴资金 is a part named by its use (工资类). */
const GENERIC_FUNDS = new Set(['补贴', '补助', '奖补', '专项资金'])

function breakdownOf(rule: IndicatorRule, input: IndicatorInput): Breakdown | null {
  const out: Breakdown = {}
  // A total's own label may name a part too (民营规模以上工业增加值, 第一产业增加值); a part's label names only the part.
  let rest = input.label
  if (rule.key === 'port_cargo') {
    rest = take(out, rest, 'partner', PARTNERS)
    rest = take(out, rest, 'scope', PORT_SCOPES)
  }
  if (rule.key === 'freight_volume' && /运输/.test(rest)) rest = take(out, rest, 'mode', TRANSPORT_MODES)
  if (rule.key === 'airport_cargo') rest = take(out, rest, 'part', AIRPORT_FLOWS)
  if (CARGO.has(rule.metric)) {
    rest = take(out, rest, 'direction', DIRECTIONS)
    if (rule.key === 'port_cargo' && !out.direction) rest = take(out, rest, 'part', TRADE_KINDS)
    rest = take(out, rest, 'commodity', COMMODITIES)
  }
  if (rule.key === 'gdp_by_industry') rest = take(out, rest, 'industry', INDUSTRIES)
  if (rule.metric === 'funding') {
    rest = take(out, rest, 'fund', FUNDS)
    // 工资补助类 under 补贴资金: a part is of its total's fund. 专项转移支付资金 under 各类补助资金: a part that names a
    // fund of its own is that part of its total's (else it would read as the total itself).
    const totals = input.base === null ? undefined : FUNDS.find(([, re]) => re.test(input.base!))
    const own = out.fund
    if (totals) out.fund = totals[0]
    if (totals && own && own !== totals[0] && !GENERIC_FUNDS.has(own)) out.part = own
  }
  rest = take(out, rest, 'ownership', OWNERSHIPS)
  if (CARGO.has(rule.metric)) rest = rest.replace(CARGO_WORDS, '')
  rest = rest
    .replace(INDICATOR_WORDS, '')
    .replace(/^(?:各?盟市|各?旗县(?:市)?区?|占到?|对)+/, '')
    // 固定资产投资(不含农户): a note on the definition, not a part.
    .replace(/\([^)]*\)/g, '')
    .replace(/[,()]/g, '')
  rest = sectorName(rest)
  // What the indicator's own name says (工业 of 工业总产值 or 规模以上工业增加值, 企业 of 规上工业企业总产值) is no part of it.
  if (rule.zh.includes(rest.replace(/企业|、/g, '')) || rest.length < 2) rest = ''
  // 二产投资 and 第二产业投资 are one sector.
  const industry = INDUSTRIES.find(([, re]) => re.test(rest) && rest.replace(re, '').length === 0)
  if (industry) rest = industry[0]
  // A total names its industry (采矿业增加值); any other rest of a total's label is wording, not a part.
  // 基础设施投资, 社会领域投资: what a fixed-asset investment is in is its sector, as is an industry's value added.
  // A fund has parts, never sectors; 企业 that invest are whom money comes from, never an industry.
  const namesIndustry = /业$/.test(rest) && !(rule.metric === 'investment' && /企业$/.test(rest))
  const sector = rule.metric !== 'funding' && (namesIndustry || (rule.key === 'fixed_asset_investment' && !/项目$/.test(rest)))
  if (rest && sector) out.sector = rest
  else if (rest && (input.base !== null || /项目$/.test(rest)) && Object.keys(out).every((dim) => dim === 'fund')) out.part = rest
  return Object.keys(out).length ? out : null
}

/** The sector's own name in what is left of a label: after the scope and lead words, before 占 (A占B: A's). */
function sectorName(rest: string): string {
  let name = rest
  const share = name.indexOf('占')
  // 县域工业增加值已占全区的六成: the adverb before 占 is no part of the name either.
  if (share > 0) name = name.slice(0, share).replace(/(?:仅|只|已|均|所)$/, '')
  // 确定的固定资产投资目标: the plan's words around the indicator (按照, 确认, 目标) are no sector.
  name = name.replace(SECTOR_START, '').replace(SECTOR_LEAD, '').replace(/(?:目标|任务)$/, '')
  // 工业增速: how the sector's figure is said (its rate) is no part of its name.
  name = name.replace(/(?:增速|增幅|增长率)$/, '')
  // 高新技术工业中电子通信设备制造业: the group the sector is picked out of (…业中) is no part of its name.
  name = name.replace(GROUP_OF_SECTOR, '')
  return NAMED_GROUP.exec(name)?.[0] ?? name
}

/**
 * 全盟县域工业增加值增长30%,甲旗、乙旗分别增长…: 县域 (the leagues' banners and counties taken together) is a scope, not
 * a part, for one banner's own figure: the banner's whole industry. Other dimensions stay.
 */
export function withoutCountyScope(breakdown: Breakdown | null): Breakdown | null {
  if (!breakdown?.sector?.startsWith('县域')) return breakdown
  const { sector, ...rest } = breakdown
  const own = sector.slice(2)
  if (own && own !== '工业') rest.sector = own
  return Object.keys(rest).length ? rest : null
}
