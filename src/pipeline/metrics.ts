import type { FigureKind, MetricInfo, MetricKey, Unit } from '../model/index.ts'
import { DECLINE, GROWTH_VERB, GROWTH_VERB_LAST, REACH, REACH_LAST } from './lexicon/change.ts'
import { COMMODITIES, TRAINS } from './lexicon/indicators.ts'
import { INDUSTRY_NAMES, PARTS_CUE, THREE_INDUSTRIES } from './lexicon/parts.ts'

/** What the metric stage needs to know of a quantity found by the quantities stage. */
export interface QuantityLike {
  start: number
  end: number
  qualifierStart: number
  raw: string
  value: number
  unit: Unit
  form: 'amount' | 'percent' | 'multiple' | 'points' | 'ratio'
}

export interface MetricReading {
  metric: MetricKey
  kind: FigureKind
  /** The value the figure reports: a multiple (增长2.4倍) becomes a growth in percent, a decline is negative. */
  value: number
  unit: Unit
  /** The indicator as written in the sentence. */
  label: string
  /** A stock at a date (a project's 总投资, a 累计 count), not a flow over a period. */
  isStock: boolean
  /** Reported as a decline (下降, 减少): the value is negative. */
  declined: boolean
  /** A flow over time (cargo handled, investment completed): 截至 and 累计 then run from 1 January. */
  isFlow: boolean
  /**
   * For a part of a total (`其中,进口煤炭120万吨` after `货运量150万吨`): the total's label, whose indicator the
   * part shares; the part's own name is `label`. Null for a figure that is not a part.
   */
  base: string | null
  /**
   * What a growth compares with, when not the same period a year earlier: `环比` (the period before), `两年平均`
   * (a two-year average), `较2019年` (a named base year). Such growths are other lines than 同比 ones.
   */
  comparison: string | null
  /**
   * Where in the sentence the figure's own subject is written, when it is not the place nearest before the number:
   * the k-th place of `甲市、乙盟分别为5%、3%`, or the place before `乙盟(3%)`. Null otherwise.
   */
  subjectAt?: number | null
  /** An absolute change (比上年增加1亿元): no figure, only the indicator a growth after it belongs to. */
  increment?: boolean
  /**
   * `甲业和乙业…均增长30%`: the other subjects the one figure is written for; each is a figure of its own, of the same
   * indicator (`label` is the first subject's, `base` the indicator).
   */
  alsoFor?: string[]
  /**
   * `甲市、乙市和丙盟人均GDP均超过1万美元`: where the other places the one figure is written for stand (each the end of
   * a place name, like subjectAt); each is a figure of its own, of the same indicator, in that place.
   */
  alsoAt?: number[]
}

interface MetricRule extends MetricInfo {
  pattern: RegExp
  /** Units a figure of this metric may have besides %, pp (checked for levels and targets only). */
  units?: readonly Unit[]
  /** Only for amounts in these units: `出口增长9%` alone is a trade figure as often as a cargo one. */
  tonnageOnly?: boolean
}

const MONEY: readonly Unit[] = ['CNY', 'USD']
/** Goods a port handles (煤炭, 铁矿石 …): their imports and exports are counted in tonnes. */
const GOODS = new RegExp(COMMODITIES.map(([, re]) => re.source).join('|'))

/**
 * Ordered: the first rule whose pattern matches the label wins, so the specific ones come first
 * (人均生产总值 before 生产总值, 增加值 before 产值, 研发投入 before 投资 …).
 */
const RULES: readonly MetricRule[] = [
  // 日均货物发运量72万吨, 日均通关2.3万吨, 日均发运煤炭50万吨: cargo per day, a series of its own (indicator
  // cargo_daily_average), never the amount of the period.
  { key: 'cargo_volume', zh: '货运量', en: 'Cargo volume', pattern: /日均[^,;。\d]{0,4}?(?:货运|货物|发运|发送|过货|通关|运量|吞吐|装运|进口|出口)/, units: ['t', 'TEU'] },
  // 日均过货2.7万吨 (no unit of cargo), 月均发运量310万吨: an average per day or month, not the amount of the period.
  { key: 'average_rate', zh: '日均量', en: 'Average per day or month', pattern: /日均|月均/ },
  // 单位地区生产总值能耗下降3%, 万元工业增加值用水量: energy or water per unit of output, not the output itself.
  {
    key: 'resource_intensity',
    zh: '单位产出能耗水耗',
    en: 'Energy or water use per unit of output',
    pattern: /(?:单位|万元)(?:地区)?(?:生产总值|GDP|工业增加值|增加值)(?:综合)?(?:能耗|能源消耗|耗能|用水量?|水耗|耗水|电耗|用电量?|二氧化碳排放|碳排放)/i,
  },
  { key: 'gdp_per_capita', zh: '人均地区生产总值', en: 'GDP per capita', pattern: /人均(?:地区)?生产总值|人均GDP/i, units: MONEY },
  // 矿业生产总值, 工业生产总值: a sector's gross output, not the region's GDP (see output_value).
  { key: 'gdp', zh: '地区生产总值', en: 'GDP', pattern: /(?<!业)生产总值|(?<!工业)经济总量|GDP/i, units: MONEY },
  // 工业经济总量超过3000亿元: industry's output net of inputs, its value added.
  { key: 'value_added', zh: '增加值', en: 'Value added', pattern: /增加值|工业经济总量/, units: MONEY },
  // 货物周转量, 旅客周转量 (in 吨公里, 人公里): the work of transport, not the goods or passengers carried.
  { key: 'freight_turnover', zh: '货物周转量', en: 'Freight turnover', pattern: /周转量/, units: ['tkm', 'pkm'] },
  { key: 'cargo_volume', zh: '货运量', en: 'Cargo volume', pattern: /货运(?:总)?量|货运$|过货量|货重|载货量|吞吐量|发送(?:总)?量|发送货物|发运量|外运量|外运$|(?<![客人])运量|货物运输量|货物(?:进口|出口|进出口)量|(?<![客人])运输量|运[输送]的?货物|发运货物|(?<![客人])运送量|到达量|通关货物|验放货物|过货(?!能力)|货物量/, units: ['t', 'TEU'] },
  // 补助标准为每亩7.5元: a rate per unit, not an amount of money granted.
  { key: 'unit_standard', zh: '补助标准', en: 'Rate per unit', pattern: /(?<!高)标准(?!化)|亩均|每亩|户均|人均补|每(?:个|户|人|生|名|所|家|头|只|座|处)/, units: MONEY },
  // 兑现研发费用加计扣除1.4亿元, 减税降费12亿元: taxes not collected, not money granted.
  { key: 'tax_relief', zh: '减税降费', en: 'Tax relief', pattern: /加计扣除|减税|降费|减免|退税|留抵/, units: MONEY },
  { key: 'funding', zh: '财政资金', en: 'Government funding', pattern: /配套资金|(?:扶贫|衔接|救助|补偿|奖补|补助|补贴)[^,;。\d]{1,6}资金|^配套$|(?:中央|自治区|省|盟|市|旗|县|地方)(?:级|本级)?(?:财政)?配套(?!设施|项目|工程|企业|产业|服务|建设)|转移支付|扶贫资金|公益金|补奖资金|衔接资金|救助资金|补偿资金|兑现|(?<!研发)经费|专项资金|奖励资金|奖补资金|补贴资金|补助资金|扶持资金|财政资金|财政(?:投入|拨款|补助|补贴)|惠企政策|奖补|补贴|补助|奖励|贴息|专项债|拨付|下拨|下达|争取.*资金|资金.*(?:下达|拨付)|(?:统筹|筹集|安排)[^,;]*资金|政府.*投入|(?:中央|自治区|省|盟|市|旗|县)(?:级|本级)?(?:财政|项目)?资金/, units: MONEY },
  { key: 'rd_spending', zh: '研发经费', en: 'R&D spending', pattern: /研发(?:经费|费用)|R&D/i, units: MONEY },
  { key: 'retail_sales', zh: '社会消费品零售总额', en: 'Retail sales', pattern: /零售总额|零售额/, units: MONEY },
  { key: 'trade_value', zh: '进出口总额', en: 'Foreign trade', pattern: /进出口(?:总)?[额值]|外贸(?:进出口)?(?:总)?[额值]|出口[额值]|进口[额值]|货物贸易|贸易(?:总)?[额值]|货值/, units: MONEY },
  // 进口煤炭120万吨, 出口货物15万吨: goods through a port, counted in tonnes (never a trade value in yuan).
  { key: 'cargo_volume', zh: '货运量', en: 'Cargo volume', pattern: /进口|出口|进出境|过境|发往/, units: ['t', 'TEU'], tonnageOnly: true },
  { key: 'fiscal_revenue', zh: '财政收入', en: 'Fiscal revenue', pattern: /财政收入|一般公共预算收入|税收收入/, units: MONEY },
  { key: 'investment', zh: '投资', en: 'Investment', pattern: /投资|(?:欲|拟)投(?![产放])|到位资金|资金到位|招商引资|引资|签约(?:总)?(?:金)?额|投入/, units: MONEY },
  { key: 'output_value', zh: '产值', en: 'Output value', pattern: /总产值|产值|业生产总值/, units: MONEY },
  { key: 'profit', zh: '利润', en: 'Profit', pattern: /利润|利税/, units: MONEY },
  { key: 'disposable_income', zh: '人均可支配收入', en: 'Disposable income per capita', pattern: /可支配收入/, units: MONEY },
  { key: 'income', zh: '收入', en: 'Income', pattern: /收入|增收|收益/, units: MONEY },
  { key: 'sales', zh: '销售额', en: 'Sales', pattern: /销售额|营业收入|营收|销售收入|交易额|成交额/, units: MONEY },
  { key: 'power_generation', zh: '发电量', en: 'Power generation', pattern: /发电量|发电(?!机|厂|企业|业)/, units: ['kWh'] },
  { key: 'power_transmission', zh: '外送电量', en: 'Power sent out', pattern: /外送|送电/, units: ['kWh'] },
  { key: 'electricity_use', zh: '用电量', en: 'Electricity use', pattern: /用电量|售电量|全社会用电/, units: ['kWh'] },
  { key: 'installed_capacity', zh: '装机容量', en: 'Installed capacity', pattern: /装机/, units: ['kW'] },
  { key: 'coal_output', zh: '原煤产量', en: 'Coal output', pattern: /原煤|产煤|煤炭产量|煤产量/, units: ['t'] },
  { key: 'coal_supply', zh: '煤炭保供', en: 'Coal supplied', pattern: /保供/, units: ['t'] },
  { key: 'grain_output', zh: '粮食产量', en: 'Grain output', pattern: /粮食/, units: ['t', 'jin'] },
  { key: 'emissions', zh: '排放量', en: 'Emissions', pattern: /排放|碳减排|减排/ },
  { key: 'production_capacity', zh: '产能', en: 'Production capacity', pattern: /产能|能力|年产/ },
  // 农畜产品生产基地项目建设资金: money for a place of production is no output.
  { key: 'output', zh: '产量', en: 'Output', pattern: /产量|产出|生产(?![^,;。]*资金$)/ },
  { key: 'employment', zh: '就业', en: 'Employment', pattern: /就业/, units: ['person', 'person_time'] },
  { key: 'afforestation', zh: '造林种草治沙', en: 'Afforestation and desert control', pattern: /造林|种草|治沙|防沙|绿化|植树/, units: ['mu', 'm2', 'km2'] },
  { key: 'farmland', zh: '农田', en: 'Farmland', pattern: /农田|耕地|播种/, units: ['mu', 'm2', 'km2'] },
  { key: 'heating', zh: '供热面积', en: 'Heating area', pattern: /供热|供暖|热源/, units: ['m2', 'km', 'm'] },
  { key: 'tourism', zh: '游客', en: 'Tourists', pattern: /游客|旅游人次|接待/, units: ['person', 'person_time'] },
  { key: 'patents', zh: '专利', en: 'Patents', pattern: /专利/ },
  { key: 'computing_power', zh: '算力', en: 'Computing power', pattern: /算力/ },
  { key: 'cost_savings', zh: '节约成本', en: 'Cost savings', pattern: /节约|节省|降低.*成本|减负/, units: MONEY },
  { key: 'loans', zh: '贷款', en: 'Loans', pattern: /贷款|融资|授信/, units: MONEY },
  { key: 'enterprises', zh: '企业数', en: 'Enterprises', pattern: /企业|经营主体|市场主体/, units: ['enterprise', 'household', 'item'] },
  { key: 'population', zh: '人口', en: 'Population', pattern: /人口|常住/, units: ['person'] },
  { key: 'livestock', zh: '牲畜', en: 'Livestock', pattern: /牲畜|存栏|出栏|牛|羊/, units: ['head'] },
]

/** Whether any rule's pattern matches, in one pass instead of one per rule. */
const ANY_RULE = new RegExp(RULES.map((r) => `(?:${r.pattern.source})`).join('|'), 'i')

/** Metrics for figures whose label names no known indicator, by unit. */
const BY_UNIT: Record<string, MetricInfo> = {
  CNY: { key: 'money_amount', zh: '金额', en: 'Amount of money' },
  USD: { key: 'money_amount', zh: '金额', en: 'Amount of money' },
  t: { key: 'tonnage', zh: '重量', en: 'Tonnage' },
  TEU: { key: 'containers', zh: '集装箱', en: 'Containers' },
  kW: { key: 'power_capacity', zh: '功率', en: 'Power capacity' },
  kWh: { key: 'electricity', zh: '电量', en: 'Electricity' },
  mu: { key: 'land_area', zh: '面积', en: 'Area' },
  m2: { key: 'floor_area', zh: '面积', en: 'Area' },
  km2: { key: 'land_area', zh: '面积', en: 'Area' },
  km: { key: 'length', zh: '长度', en: 'Length' },
  m: { key: 'length', zh: '长度', en: 'Length' },
  person: { key: 'people', zh: '人数', en: 'People' },
  person_time: { key: 'person_times', zh: '人次', en: 'Person-times' },
  household: { key: 'households', zh: '户数', en: 'Households' },
  enterprise: { key: 'enterprises', zh: '企业数', en: 'Enterprises' },
  vehicle: { key: 'vehicles', zh: '车辆', en: 'Vehicles' },
  head: { key: 'livestock', zh: '牲畜', en: 'Livestock' },
  '%': { key: 'rate', zh: '比率', en: 'Rate' },
  pp: { key: 'rate_change', zh: '百分点变化', en: 'Change in percentage points' },
}
const FALLBACK: MetricInfo = { key: 'count', zh: '数量', en: 'Count' }
const FALLBACK_KEYS = new Set([...Object.values(BY_UNIT).map((m) => m.key), FALLBACK.key, 'rate_change'])

/** The metrics the rules name, with the units their levels take: the indicators of last resort (see indicators.ts). */
export const NAMED_METRICS: readonly (MetricInfo & { units?: readonly Unit[] })[] = RULES.map(({ key, zh, en, units }) => ({ key, zh, en, units }))

/** Every metric the stage can assign, for the dataset's metric list and the app's labels. */
export const METRICS: readonly MetricInfo[] = dedupeInfos([
  ...RULES.map(({ key, zh, en }) => ({ key, zh, en })),
  ...Object.values(BY_UNIT),
  FALLBACK,
])

function dedupeInfos(infos: MetricInfo[]): MetricInfo[] {
  const seen = new Map<string, MetricInfo>()
  for (const info of infos) if (!seen.has(info.key)) seen.set(info.key, info)
  return [...seen.values()]
}

const CORE_KEYS = new Set(['gdp', 'gdp_per_capita', 'value_added', 'output_value', 'cargo_volume', 'investment', 'funding'])

/** A share: of a whole (占比, 比重), of growth (贡献率), or of a plan done (完成年度计划的, 任务量的). */
const SHARE = /占比|比重|占全[国区市盟旗县]|占|承担|贡献率|贡献[也还]?(?:由|从)[^,;。]{0,8}$|(?:资金|经费|预算|投资)的$|份额|覆盖率|渗透率|达标率|转化率|(?:拨付|支付|支出|执行|资金)进度|兑现率|拨付率|支付率|完成率|完成投资率|执行率|到位率|(?:计划|目标|任务)(?:投资|任务)?(?:量)?的$/
const TARGET = /目标|计划|预计|力争|欲(?=投)|(?<!为了?)确保|规划(?!容量|装机|面积|用地|总投资)|谋划|设计能力|可达|可实现|(?:投产|建成|达产|达效)后,?(?:每?年|预计|可|将)|有望|将(?:新增|达到|实现|完成|建成|投放|形成|带动|突破|超过|开工|开复工|实施|拨付|下拨|下达|安排|投入)|拟|预期|(?<![去今明当上全])年内(?![已蒙])/
/** The core indicator (GDP, value added, output, investment, cargo) named in the clause before `at`, if it holds no number. */
function coreIndicatorBefore(sentence: string, at: number): { label: string; growth: boolean } {
  const none = { label: '', growth: false }
  const end = Math.max(sentence.lastIndexOf(',', at - 1), sentence.lastIndexOf(';', at - 1))
  if (end <= 0) return none
  const start = Math.max(sentence.lastIndexOf(',', end - 1), sentence.lastIndexOf(';', end - 1), sentence.lastIndexOf('。', end - 1)) + 1
  const clause = withoutDates(sentence.slice(start, end))
  if (/\d/.test(clause)) return none
  for (const rule of RULES) {
    if (!CORE_KEYS.has(rule.key)) continue
    const m = rule.pattern.exec(clause)
    if (!m) continue
    // The whole name up to the indicator word (规上工业增加值), from after any 的 (某旗的人均GDP).
    const from = clause.lastIndexOf('的', m.index) + 1
    return { label: clause.slice(from, m.index + m[0].length), growth: /^(?:增速|增幅|增长)/.test(clause.slice(m.index + m[0].length)) }
  }
  return none
}

/** 1-5月, 2017—2022年, 连续6年: numbers that say when, not how much. */
function withoutDates(text: string): string {
  if (!/\d/.test(text)) return text
  return (PERIOD_WORD_CHAR.test(text) ? text.replace(PERIOD_WORDS, '') : text).replace(/(?:19|20)\d{2}\s*[—–\-~至到]|(?:连续|近|过去)\d{1,2}个?(?:年|月|季度)/g, '')
}

/** A growth verb alone, with at most its base: 同比增长, 比上年下降. */
const BARE_GROWTH = /^(?:同比|比上年|较上年|比去年|较去年|年均)?(?:增长|增加|提高|下降|减少)$/
/** What opens a list of goals: 主要预期目标是:, 目标为, 规划…的核心指标是. */
const TARGET_FRAME = /目标(?:任务)?(?:是|为|:)|(?:规划|目标)[^。;]*?核心指标(?:是|为)/
/** What opens a list of things to be reached: 将达到, 力争, 争取, 预计 (but 为争取… states a purpose). */
const PLAN_GOES_ON = /将(?:达到|突破|超过|实现)|(?<!为了?)(?:力争|争取(?![到了])|预计)|按(?:照)?预期|规划(?:显示|提出|明确)/
/** 也只能外运, 最多能完成 right before the number: the most a year to come can reach, a target. */
const CAPPED_LEAD = /(?:只能|最多(?:能|可))[^,;。\d]{0,6}$/
/** What follows a figure that makes it a target: `…212亿元、增长15%的目标任务`, `保持10%的增长`. */
const TARGET_AFTER = /^[^,;。]{0,16}?[”"]?的?(?:目标|任务)/
const GOVERNMENT = /统筹|财政|政府|市级|盟级|旗级|县级|本级|自治区级|中央|省级/
const STOCK = /总投资|累计|截至|截止|共计|总计|保有量|储量|存量|余额/

/**
 * Words that frame a figure but are not its indicator. Stripped from the ends of a label; at its start also the
 * qualifier the number before left (62亿元左右、增长7%以上: 左右 is the first number's).
 */
/**
 * Words that start with a framing character but are one word, never framing plus a rest: 有色金属 keeps its 有, 自筹资金
 * its 自, 其他 its 其, 在建项目 its 在, 超长期国债 its 超.
 */
// Places whose names open with such a word (达拉特旗 and its 达旗, 达尔罕茂明安联合旗 and its 达茂旗, 和林格尔县) are whole too.
const WHOLE_WORDS = '有色|有机|有效|自筹|自有|自主|自营|自来水|其他|其它|其余|在建|在库|超长期|超高压|可再生|共享|均衡|近海|和林|达拉特|达尔罕|达茂|达旗'
const FRAME_PREFIX = new RegExp(`^(?:(?!${WHOLE_WORDS})(?:左右|以上|以下|上下|其中|同时|此外|另外|并且|并|而|以及|及|和|与|其|分别|全年|当年|今年|去年|上年|共|累计|共计|总计|合计|实现|完成|达到|达|为|是|有|约|近|超|超过|突破|新增|年均|平均|同比|已经|已|均|将|可|在|、|自(?!治)))+`)
const FRAME_SUFFIX_WORDS = [
  '同比', '环比', '比上年', '较上年', '比去年', '较去年', '分别', '均', '累计', '共计', '总计', '合计', '实现', '完成', '达到', '为', '是', '有',
  '约', '近', '超', '超过', '突破', '已', '已经', '增长', '增加', '提高', '上升', '下降', '减少', '降低', '名义', '实际', '一共', '共', '全年',
  '到', '至', '了', '的', '首次', '再次', '首',
  // 一直保持9%以上, 始终保持在: how long a level held, no part of what the figure is.
  '一直', '始终', '保持', '保持在', '持续', '继续',
]
/** 达 alone only where it is not the end of 下达, 到达, 送达, 抵达. */
const FRAME_SUFFIX = new RegExp(`(?:${FRAME_SUFFIX_WORDS.join('|')}|(?<![下到送抵])达)+$`)
const FRAME_SUFFIX_LAST = lastCharsOf([...FRAME_SUFFIX_WORDS, '达'])
const PERIOD_WORDS = /(?:(?:年初|\d{1,2}月\d{1,2}日)(?:至|到)(?:\d{1,2}月)?\d{1,2}日)|(?:截至|截止|自|从)?(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日(?:以来)?|\d{1,2}(?:—|-|~|至)\d{1,2}月|前?[一二三四1-4]季度|[上下]半年|前\d{1,2}个月|\d{1,2}月(?:底|末|份)?)|\d{4}年(?:度|以来|底|末)?|今年以来|全年|近年来|目前|当前|至今|当月|单月|“十[一二三四五六七八九]五”(?:以来|期间)?/g
const SCOPE_WORDS = /^(?:全区|全市|全盟|全旗|全县|全国|我国|我区|全省|本市|全镇|全乡|全苏木|该(?:市|盟|旗|县|区|镇|村|公司|企业|集团|项目|园区|口岸))+/

/**
 * The characters words can end with. A regex anchored at the end (`(?:达到|为…)+$`) is tried from every position of
 * the text; most labels and leads end in another character, which one lookup tells.
 */
function lastCharsOf(words: readonly string[]): Set<number> {
  return new Set(words.map((w) => w.charCodeAt(w.length - 1)))
}

/** Whether `text` ends in one of `lastChars` (by code unit: indexing a string makes a new one-character string). */
function endsInOneOf(text: string, lastChars: Set<number>): boolean {
  return text.length > 0 && lastChars.has(text.charCodeAt(text.length - 1))
}

/** Characters every match of PERIOD_WORDS holds (a digit, or 年 季 目 当 至 十): a label without any holds no period. */
const PERIOD_WORD_CHAR = /[0-9年季目当至十]/
/** Verbs after which a label's indicator starts (为A公司争取到奖励资金). */
const ACTION_VERB = /争取到|获得|兑现|发放|拨付|下达|引进|投入/

/** The text between the clause start and the number: where Chinese news puts the indicator. */
export function clauseBefore(sentence: string, index: number, floor = 0): { text: string; start: number } {
  let i = index
  while (i > floor) {
    const ch = sentence[i - 1]
    if (ch === ',' || ch === ';' || ch === ':' || ch === '。' || ch === '!' || ch === '?' || ch === '“' || ch === '”') break
    i--
  }
  return { text: sentence.slice(i, index), start: i }
}

/** 按可比价计算, 按现价计算(下同), 按可比价格计: the prices a figure is computed at. */
const PRICE_BASIS = /按(?:可比|现行|现|不变|当年)价(?:格)?(?:计算|计)?(?:\(下同\))?/

/** A section heading in square brackets, or a bracketed gloss of the scope word, opening a label. */
const HEADING_PREFIX = /^(?:【[^】]{1,8}】|\([^()]{1,8}\))/

function cleanLabel(raw: string, placeNames: readonly string[] = []): string {
  let label = (PERIOD_WORD_CHAR.test(raw) ? raw.replace(PERIOD_WORDS, '') : raw).replace(/\s+/g, '')
  // 按现价计算(下同),较上年增长4%: how a growth is computed, said in passing, names nothing.
  if (label.includes('价')) label = label.replace(PRICE_BASIS, '')
  for (let pass = 0; pass < 4; pass++) {
    const before = label
    // 【农业】农业增加值, 全旗(县、区)地区生产总值: a yearbook's section heading, or its template's bracket after the scope.
    label = label.replace(FRAME_PREFIX, '').replace(HEADING_PREFIX, '')
    if (endsInOneOf(label, FRAME_SUFFIX_LAST)) label = label.replace(FRAME_SUFFIX, '')
    label = label.replace(SCOPE_WORDS, '')
    for (const place of placeNames) {
      // 自治区级企业: a rank, which keeps its place.
      if (label.startsWith(place) && label.length > place.length && label[place.length] !== '级') label = label.slice(place.length).replace(/^(?:的|境内|地区|区域)/, '')
    }
    if (label === before) break
  }
  // 为A公司和B公司争取到奖励资金: the indicator starts at the verb.
  const verb = ACTION_VERB.test(label) ? label.match(/.*(争取到|获得|兑现|发放|拨付|下达|引进|投入)/) : null
  if (verb && verb[0].length < label.length) label = label.slice(verb[0].length - verb[1].length)
  return label
}

function unitFits(rule: MetricRule, unit: Unit, kind: FigureKind, label: string): boolean {
  // 铜精矿进口增长7%, 蒙古国煤炭进口增长近四成, 焦煤进口量占对方同类出口的25%: goods named, so tonnes, not a trade value.
  if (rule.tonnageOnly) return rule.units!.includes(unit) || (unit === '%' && kind !== 'level' && GOODS.test(label))
  if (unit === '%' || unit === 'pp') return kind !== 'level' || !CORE_KEYS.has(rule.key) || rule.key === 'gdp'
  return !rule.units || rule.units.includes(unit)
}

/**
 * The rules whose pattern matches a label, in order. Remembered per label (a bounded cache, emptied when full): the
 * same few labels (货运量, 增加值) are read for many figures, and testing forty patterns each time was costly.
 */
const rulesByLabel = new Map<string, readonly MetricRule[]>()
function rulesMatching(label: string): readonly MetricRule[] {
  let rules = rulesByLabel.get(label)
  if (rules === undefined) {
    // ANY_RULE is the union of the patterns (case-insensitive, which only widens it): when it fails, every rule does.
    rules = ANY_RULE.test(label) ? RULES.filter((r) => r.pattern.test(label)) : []
    if (rulesByLabel.size >= 4096) rulesByLabel.clear()
    rulesByLabel.set(label, rules)
  }
  return rules
}

/** The metric of a label for a figure of this unit and kind, or null when no rule fits. */
export function metricOfLabel(label: string, unit: Unit, kind: FigureKind): MetricKey | null {
  for (const rule of rulesMatching(label)) {
    if (unitFits(rule, unit, kind, label)) return rule.key
  }
  return null
}

function fallbackMetric(unit: Unit): MetricKey {
  return (BY_UNIT[unit] ?? FALLBACK).key
}

/** A class of enterprises by ownership or size (国有控股企业, 股份制企业, 外商投资企业, 小微企业). */
const ENTERPRISE_CLASS = /^[\u4e00-\u9fff]{1,14}企业$/

/** Whether a label names an indicator (产量, 投资, 增加值 …) rather than only a subject (第二产业, 多晶硅). */
export function namesIndicator(label: string): boolean {
  // 电力、热力生产和供应业 names an industry, though 生产 is in it: the industry is a part, not an indicator.
  if (isIndustryName(label)) return false
  // 股份制企业, 外商投资企业 after 分经济类型看: a class of enterprises is a part too, not their number.
  if (ENTERPRISE_CLASS.test(label)) return false
  return rulesMatching(label).length > 0 || (label.length >= 2 && /[额量值数率比]$|收入|规模|面积|人次|人数|户数|个数/.test(label))
}

export type PreviousReading = Pick<MetricReading, 'metric' | 'label' | 'unit' | 'kind' | 'declined' | 'base'>
type Previous = PreviousReading

export interface ReadContext {
  /** Places named in the sentence as written, so a label does not start with one (策克口岸进出口货运量). */
  placeNames?: readonly string[]
  /** The last figure of the previous sentence in the paragraph (a change in points never counts as one). */
  carried?: Previous | null
  /** The last level in each unit earlier in the paragraph: a part names only its item (`其中煤炭80万吨`). */
  carriedByUnit?: ReadonlyMap<Unit, Previous>
  /** The last named figure of each kind earlier in the paragraph. */
  carriedByKind?: ReadonlyMap<FigureKind, Previous>
  /** The parts read earlier in the paragraph, in order, for a structure of them (`结构比例为75:25`). */
  carriedParts?: readonly Previous[]
  /** The last figure of the article before this paragraph, for lists that open a paragraph (`分行业看,…`). */
  recent?: Previous | null
  /** The article's headline figure, for numbers that name no indicator at all. */
  topic?: Previous | null
}

/**
 * Reads the metric, kind and label of every quantity of one sentence.
 * `carried` is the last figure of the previous sentence in the paragraph, for sentences that
 * continue it (`同比增长7.4%` after `发电量4810.2亿千瓦时`).
 * Returns null where a quantity has no indicator at all.
 */
export function readMetrics(
  sentence: string,
  quantities: readonly QuantityLike[],
  ctx: ReadContext = {},
): (MetricReading | null)[] {
  const out: (MetricReading | null)[] = []
  let previous: Previous | null = ctx.carried ?? null
  // The last named figure of each kind: `其中,采矿业增长9%` after a share or a rate still continues the growth of the total.
  const lastByKind = copyOf(ctx.carriedByKind)
  const lastByUnit = copyOf(ctx.carriedByUnit)
  const plannedByUnit = new Map<Unit, Previous>()
  if (previous && previous.kind === 'level' && !lastByUnit.has(previous.unit)) lastByUnit.set(previous.unit, previous)
  let floor = 0
  const distributed = distributeLabels(sentence, quantities, ctx.placeNames ?? [])
  const paired = pairedWithLevels(sentence, quantities, distributed)
  const ratios = industryShares(sentence, quantities)
  // Once per sentence: testing the text before each number would be quadratic in a sentence of many figures.
  const partsCueAt = sentence.search(PARTS_CUE)
  const parts: Previous[] = (ctx.carriedParts ?? []).slice(-MAX_PARTS)
  let trains: Previous | null = null
  for (let qi = 0; qi < quantities.length; qi++) {
    const q = quantities[qi]
    if (q.form === 'ratio' && !ratios[qi] && (qi === 0 || quantities[qi - 1].form !== 'ratio')) partsOfStructure(quantities, qi, parts, ratios)
    const clause = clauseBefore(sentence, q.qualifierStart, floor)
    floor = q.end
    const lead = clause.text
    // 将拨付2亿元资金…其中:甲医院3000万元: after a parts cue, with no level in the unit, the parts are of a plan.
    const plannedParts = partsCueAt >= 0 && partsCueAt < q.start ? (plannedByUnit.get(q.unit) ?? null) : null
    const sameUnitBefore = q.form === 'amount' ? (lastByUnit.get(q.unit) ?? plannedParts) : null
    let given = ratios[qi] ?? distributed[qi]
    const level = paired[qi] >= 0 ? out[paired[qi]] : null
    if (!given && level) given = { label: level.label, metric: level.metric, base: level.base, kind: 'growth' }
    // 超过历史同期最高(2018年X万吨)5%: a percent right after a bracketed level, the bracket after a verb of exceeding,
    // is how much the level before the bracket is over the one in it, a growth of the same indicator.
    if (!given && q.form === 'percent' && lead.trim() === ')') {
      const over = exceededLevel(sentence, quantities, out, qi)
      if (over) given = { label: over.label, metric: over.metric, base: over.base, kind: 'growth' }
    }
    // 中欧班列655列、6.8万标箱,同比增长7%: a growth not split by 分别 is the trains', whose clause it is.
    // Read only within the array: quantities[-1] is a property lookup by the name "-1", slow for every sentence's first number.
    const boxes = qi >= 1 ? quantities[qi - 1] : undefined
    const counted = qi >= 2 ? quantities[qi - 2] : undefined
    const boxesOfTrains = boxes?.unit === 'TEU' && counted?.unit === 'train' && /^[、和及与]?$/.test(sentence.slice(counted.end, boxes.qualifierStart))
    const named = !given && q.form !== 'amount' && boxesOfTrains && previous?.unit === 'TEU' && trains ? trains : previous
    // 运量完成1012万吨,迈过千万大关: a round mark written without its unit is passed in the unit of the level before it,
    // by the same indicator.
    const mark = !given && q.form === 'amount' && q.unit === '' && previous?.kind === 'level' && previous.unit !== '%' && UNITLESS_MARK_AFTER.test(sentence.slice(q.end, q.end + 3))
    if (mark) given = { label: previous!.label, metric: previous!.metric, base: previous!.base }
    const reading = readOne(sentence, mark ? { ...q, unit: previous!.unit } : q, lead, clause.start, given, named, sameUnitBefore, lastByKind, ctx, partsCueAt)
    if (reading?.increment) {
      out.push(null)
      previous = reading
      continue
    }
    if (reading?.unit === 'train') trains = reading
    if (reading && reading.unit !== 'pp') spreadOverSubjects(reading, sentence, lead, clause.start)
    if (reading && reading.unit !== 'pp' && reading.subjectAt == null && !given) spreadOverPlaces(reading, sentence, lead, clause.start, ctx.placeNames ?? [])
    // A round mark the exact figure follows is no figure, though what comes after it may go on from its reading.
    out.push(isRoundMarkToldAfter(sentence, quantities, qi) ? null : reading)
    // A change in points (拉动…增长0.4个百分点) is an aside: the list it interrupts goes on with the figure before it.
    if (reading && (reading.unit !== 'pp' || previous === null)) previous = reading
    if (reading && reading.kind === 'level' && q.form === 'amount') lastByUnit.set(reading.unit, reading)
    if (reading && reading.kind === 'target' && q.form === 'amount' && isNamed(reading.metric)) plannedByUnit.set(reading.unit, reading)
    if (reading && reading.kind === 'level' && reading.base !== null) {
      parts.push(reading)
      if (parts.length > 2 * MAX_PARTS) parts.splice(0, MAX_PARTS)
    }
    if (reading && isNamed(reading.metric)) lastByKind.set(reading.kind, reading)
  }
  return out
}

/**
 * 跨过千亿元,达到1032亿元: a round mark named without a digit, a figure in its unit told after it in the sentence, is the
 * threshold passed, not a figure. (破亿吨 told alone is the figure as the page gives it.)
 */
function isRoundMarkToldAfter(sentence: string, quantities: readonly QuantityLike[], qi: number): boolean {
  const q = quantities[qi]
  if (q.form !== 'amount' || /\d/.test(q.raw) || !/亿/.test(q.raw)) return false
  const passed = ROUND_MARK_BEFORE.test(sentence.slice(Math.max(0, q.qualifierStart - 4), q.qualifierStart)) || q.qualifierStart < q.start || UNITLESS_MARK_AFTER.test(sentence.slice(q.end, q.end + 3)) || /^门槛/.test(sentence.slice(q.end, q.end + 2))
  // (由刚过千亿元门槛攀升至2100亿元: the level a change started from is a figure of its own, above the mark)
  return passed && quantities.slice(qi + 1).some((later) => later.form === 'amount' && later.unit === q.unit && /\d/.test(later.raw) && !/(?<!达)[到至]/.test(sentence.slice(q.end, later.qualifierStart)))
}

/** A verb of passing a mark (突破, 跨过, 刚过) right before a round amount written without digits. */
const ROUND_MARK_BEFORE = /(?:突破|超过|越过|迈过|跨过|跨越|迈上|站上|跃上|跨入|过|破)了?$/

/** 大关, 关口, 台阶 right after a round number without a unit (突破千万大关). */
const UNITLESS_MARK_AFTER = /^(?:大关|关口|大台阶|台阶)/

/** 超出历史最高值(, 超过上年全年(, 高出去年同期(: a verb of exceeding and what is exceeded, right before a bracket. */
const EXCEEDS_BEFORE_BRACKET = /(?:超出|超过|高出|多出|高于)[^,;。\d()]{0,8}$/

/** The level before the bracket that closes right before quantity `qi`, when the bracket follows a verb of exceeding. */
function exceededLevel(sentence: string, quantities: readonly QuantityLike[], out: readonly (MetricReading | null)[], qi: number): MetricReading | null {
  const open = sentence.lastIndexOf('(', quantities[qi].start)
  if (open <= 0 || !EXCEEDS_BEFORE_BRACKET.test(sentence.slice(Math.max(0, open - 12), open))) return null
  for (let j = qi - 1; j >= 0; j--) {
    const r = out[j]
    if (quantities[j].start < open && r && r.kind === 'level' && r.unit !== '%') return r
  }
  return null
}

/** 均, 都 right before the number or its verb (均增长, 均超过): one figure said of several subjects. */
const SHARED_BY_ALL = /[均都][^均都,;。]{0,4}$/

/**
 * `乳品业和毛纺业恢复较好,产值增速均超过30%`, `甲制造业、乙制造业均增长8%`: the subjects (industries, products) listed
 * before 均 in the clause, or in the clause before it when that clause holds no number, each get the figure.
 */
function spreadOverSubjects(reading: MetricReading, sentence: string, lead: string, leadStart: number): void {
  const at = lead.search(SHARED_BY_ALL)
  if (at < 0) return
  let text = lead.slice(0, at)
  let subjects = subjectsIn(text)
  if (subjects.length < 2 && leadStart > 0) {
    const before = clauseBefore(sentence, leadStart - 1)
    if (!/\d/.test(before.text)) subjects = subjectsIn((text = before.text))
  }
  if (subjects.length < 2) return
  reading.base = reading.base ?? reading.label
  reading.label = subjects[0]
  reading.alsoFor = subjects.slice(1)
}

/** What may open a clause before its list of places: a joining word or a time. */
const BEFORE_PLACES = /^(?:其中|另外|此外|同时|今年以来|上半年|前三季度|一季度|全年|去年|目前|[,、\s])*$/
/** 三盟市, 两个旗县, 四大口岸, 等5个盟市: a count of the places just listed. */
const COUNT_OF_PLACES = /^等?(?:[两二三四五六七八九十]|\d{1,2})(?:个|大|座)?(?:盟市|旗县区?|旗县市区|市|盟|旗|县|地区|城市|口岸)/
/** 均, 都, 各自: the figure is said of each place of a counted list (两旗县GDP均增长8%), not of the group. */
const EACH_OF_PLACES = /均|都|各自/
/** 合计, 之间, 分别, 占: the places' sum, a link between them, a list of their own figures, or their joint share. */
const NOT_SHARED = /合计|共计|总计|累计|之间|[至到]|分别|占|间|连接|联合|共同/

/**
 * `甲市、乙市和丙盟人均生产总值超过1万美元`, `甲旗、乙旗两旗县GDP均增长8%`: a list of places as the subject of one figure,
 * said of each of them. The figure keeps the first place; the others are put in alsoAt. Not for a sum (三市合计), a link
 * (甲市至乙市), or a list with its own figures (分别).
 */
function spreadOverPlaces(reading: MetricReading, sentence: string, lead: string, leadStart: number, placeNames: readonly string[]): void {
  if (placeNames.length < 2 || NOT_SHARED.test(lead) || !isNamed(reading.metric)) return
  const ends: number[] = []
  let i = -1
  for (const p of placeNames) {
    const at = lead.indexOf(p)
    if (at >= 0 && (i < 0 || at < i)) i = at
  }
  if (i < 0 || !BEFORE_PLACES.test(lead.slice(0, i))) return
  for (;;) {
    const place = [...placeNames].sort((a, b) => b.length - a.length).find((p) => lead.startsWith(p, i))
    if (!place) break
    ends.push(i + place.length)
    i += place.length
    const joiner = /^(?:、|和|及|与|以及)/.exec(lead.slice(i))
    if (!joiner) break
    i += joiner[0].length
  }
  if (ends.length < 2) return
  // 三盟市, 两个旗县: a count of the places listed may follow them.
  const afterList = lead.slice(ends[ends.length - 1])
  const rest = afterList.replace(COUNT_OF_PLACES, '')
  if (placeNames.some((p) => rest.includes(p))) return
  // 甲市、乙市两市货运量达900万吨: a counted list is one group, whose total the figure is, unless 均 says each.
  if (rest !== afterList && !EACH_OF_PLACES.test(rest)) return
  reading.label = reading.label.replace(COUNT_OF_PLACES, '') || reading.label
  reading.subjectAt = leadStart + ends[0]
  reading.alsoAt = ends.slice(1).map((e) => leadStart + e)
}

/** `甲业和乙业恢复较好` → 甲业, 乙业: a list of at least two subjects joined by 和, 、, 与, 及, each a short industry or product name. */
function subjectsIn(text: string): string[] {
  const list = text.replace(/^(?:其中|另外|此外|同时)/, '')
  const items = list.split(/、|和|与|及|以及/)
  if (items.length < 2) return []
  const names = items.map((item, k) => {
    // The last item may run on into a comment (恢复较好) or the indicator (产值增速): the name ends at its 业, 品 or 类.
    const m = k === items.length - 1 ? /^[\u4e00-\u9fff]{1,14}?(?:业|产品|品|类)/.exec(item) : null
    return m ? m[0] : item
  })
  return names.every((n) => n.length >= 2 && n.length <= 16 && isSubject(n)) ? names : []
}

/** A copy of a small map: `new Map(map)` goes through the iterator protocol and cost three times as much. */
function copyOf<K, V>(map: ReadonlyMap<K, V> | undefined): Map<K, V> {
  const copy = new Map<K, V>()
  if (map) for (const [k, v] of map) copy.set(k, v)
  return copy
}

/** A structure has at most six parts (RATIO_AT): older parts than that are never named by one. */
export const MAX_PARTS = 6

/** `结构比例为75:25` after the parts it measures: each share takes the name of its part, when the counts agree. */
function partsOfStructure(quantities: readonly QuantityLike[], first: number, parts: readonly Previous[], out: (GivenLabel | null)[]): void {
  let n = 0
  while (first + n < quantities.length && quantities[first + n].form === 'ratio') n++
  const last = parts.at(-1)
  if (!last) return
  const same = parts.filter((p) => p.base === last.base && p.metric === last.metric && p.unit === last.unit)
  if (same.length < n) return
  const named = same.slice(-n)
  for (let k = 0; k < n; k++) out[first + k] = { label: named[k].label, metric: last.metric, base: last.base }
}

/** A label given from outside the clause: a member of a `分别` list or a part of an a:b:c structure. */
interface GivenLabel {
  label: string
  /** A list under 增速分别为 is of growths (投资完成率…分别是 of shares), though no verb stands before each number. */
  kind?: 'growth' | 'share'
  /** Where the item's place is written (see MetricReading.subjectAt). */
  subjectAt?: number
  /** The metric the parts share, when the structure names it (三次产业 → value added). */
  metric?: MetricKey
  base?: string | null
}

function readOne(
  sentence: string,
  q: QuantityLike,
  lead: string,
  leadStart: number,
  given: GivenLabel | null,
  previous: Previous | null,
  sameUnitBefore: Previous | null,
  lastByKind: ReadonlyMap<FigureKind, Previous>,
  ctx: ReadContext,
  /** Where the sentence first says 其中 or 分行业看 (-1: nowhere). */
  partsCueAt: number,
): MetricReading | null {
  // `58.1%、71.2%和84.6%` and `3.1倍和1.6倍`: a number after a bare list connector shares the kind of the one before.
  const listed = previous !== null && /^[、和及与或]?$/.test(lead.trim()) && q.form !== 'amount'
  const growthVerb = listed || !endsInOneOf(lead, GROWTH_VERB_LAST) ? null : lead.match(GROWTH_VERB)
  const reaches = endsInOneOf(lead, REACH_LAST) && REACH.test(lead)
  let kind: FigureKind = 'level'
  let value = q.value
  // 投资59亿建设, GDP突破3000亿: a headline's 亿 without 元 after a word of money is yuan.
  // 甲市是11万元,乙市10万: a place alone before a bare 万 in a list of sums of money is another such sum.
  const bareWan = q.form === 'amount' && q.unit === '' && /[万亿]$/.test(q.raw)
  const listedSum = bareWan && previous?.unit === 'CNY' && (ctx.placeNames ?? []).includes(lead.trim())
  let unit: Unit = bareWan && (listedSum || BARE_MONEY.test(sentence.slice(Math.max(0, q.start - 12), q.start))) ? 'CNY' : q.unit
  // 是上年同期的2.6倍: the level is 2.6 times last year's, a growth of 160%.
  const timesLastYear = q.form === 'multiple' && TIMES_LAST_YEAR.test(lead)
  // 专项安排20%衔接资金用于到户项目: the share of a fund set aside for a use.
  const setAside = q.form === 'percent' && /(?:安排|拿出|提取|划出|统筹)$/.test(lead) ? MONEY_NAMED_AFTER.exec(sentence.slice(q.end, q.end + 16)) : null
  // 三产增加值增速最高(7.9%), 二产增速其次(6.2%): a growth ranked, its number in brackets.
  const rankedRate = q.form === 'percent' && sentence[q.end] === ')' ? RANKED_RATE.exec(lead) : null
  // 以7.9%的经济增速领跑, 实现6.4%的较快增长, (opening a clause) 6.9%的规上工业增加值增速: a growth written as a noun
  // after its number.
  const rateAfter =
    q.form !== 'percent' ? null
    : /(?:以|实现了?)$/.test(lead) || !lead.trim() ? RATE_AFTER.exec(sentence.slice(q.end, q.end + 16))
    // 一直保持9%以上较快增长: the pace a growth held, its number before the word.
    : /保持(?:在)?$/.test(lead) ? HELD_RATE_AFTER.exec(sentence.slice(q.end, q.end + 12))
    : null
  const pacedAgainst = q.form === 'percent' && previous?.kind === 'growth' && PACED_AGAINST.test(lead) && /^的(?:年均|平均)?(?:增速|增幅|增长速度)/.test(sentence.slice(q.end, q.end + 8))
  // 比重由22.6%上升到38.9%: the share it came to, not a growth of the share.
  const fromShare = q.form === 'percent' && previous?.kind === 'share' && SHARE_MOVED.test(lead) && /由(?:(?:19|20)\d{2}年|去年同期|上年同期|上年|去年)?的?[\d.]+%$/.test(sentence.slice(Math.max(0, leadStart - 20), leadStart))
  // 创造了全国2.6%的经济总量, 占全区30%的投资: a share of a wider whole, the indicator named after the number.
  const ofWider = q.form === 'percent' && !growthVerb ? shareOfWider(sentence, q, lead, leadStart, previous) : null
  if (q.form === 'ratio') {
    kind = 'share'
    unit = '%'
  } else if (timesLastYear) {
    kind = 'growth'
    value = Math.round((q.value - 1) * 100 * 1e6) / 1e6
    unit = '%'
  } else if (fromShare) {
    kind = 'share'
    unit = '%'
  } else if (given?.kind === 'growth' && q.form === 'percent') {
    kind = 'growth'
    unit = '%'
  } else if (given?.kind === 'share' && q.form === 'percent') {
    kind = 'share'
    unit = '%'
  } else if (q.form === 'points') {
    kind = 'growth'
    unit = 'pp'
    if ((growthVerb !== null && DECLINE.test(growthVerb[0])) || (listed && previous!.declined)) value = -value
  } else if (q.form === 'multiple') {
    if (!(growthVerb || (listed && previous!.kind === 'growth')) || reaches) return null
    kind = 'growth'
    value = Math.round(q.value * 100 * 1e6) / 1e6
    unit = '%'
    if ((growthVerb !== null && DECLINE.test(growthVerb[0])) || (listed && previous!.declined)) value = -value
  } else if (q.form === 'percent' && listed) {
    kind = previous!.kind
    unit = '%'
    if (previous!.declined) value = -value
  } else if (setAside) {
    kind = 'share'
    unit = '%'
  } else if (rankedRate) {
    kind = 'growth'
    unit = '%'
  } else if (pacedAgainst) {
    kind = 'growth'
    unit = '%'
  } else if (rateAfter) {
    kind = 'growth'
    unit = '%'
  } else if (q.form === 'percent' && growthVerb && !reaches) {
    kind = 'growth'
    unit = '%'
    if (growthVerb !== null && DECLINE.test(growthVerb[0])) value = -value
  } else if (ofWider) {
    kind = 'share'
    unit = '%'
  } else if (q.form === 'percent' && SHARE.test(lead)) {
    kind = 'share'
    unit = '%'
  }
  const declined = value < 0
  // 奖励资金最高600万元, 每户不超过5万元: a cap on what one may get, not money paid.
  if (q.form === 'amount' && /(?:最高|最多|不超过|不高于|上限为?)$/.test(sentence.slice(Math.max(0, leadStart), q.start)) && /资金|奖励|补助|补贴|奖补|扶持/.test(lead)) return null
  // 比上年增加800万元: an absolute change, which the two levels already say.
  if (q.form === 'amount' && growthVerb && /(?:比|较)(?:上年|去年|上月|同期|上年同期|去年同期)?(?:增加|减少|增长|下降)$/.test(lead)) return increment(lead, growthVerb[0], q.unit, ctx)
  // 超额完成年度任务1.6亿元, 新增产值5亿元, 新增种植业总产值300万元: what was done beyond a plan, or output added by a
  // project, is a change, not a level (新增投资 and 新增资金 are levels: money spent or granted).
  if (q.form === 'amount' && (OVERFULFILLED.test(lead) || ADDED_OUTPUT.test(lead))) return increment(lead, undefined, q.unit, ctx)
  // 3000万元以上的项目, 其中10亿元以上重点工业项目100项: a class of projects by size, not a figure (also after 其中,
  // where a part would otherwise take the total's indicator).
  if (SIZE_CLASS.test(sentence.slice(q.end, q.end + 16))) return null
  // 7个旗县区增速均高于了15%, 增速在20%以上的3个旗县中: a bar that a count of places or firms clears, or that
  // picks them out, not a figure of one of them.
  // Amounts too: 4个旗县项目投资均在20亿元以上 is a floor each of four clears, no figure of any one of them.
  if (COUNTED_SUBJECT.test(sentence.slice(Math.max(0, q.start - 30), q.start)) && EACH_CLEARS.test(sentence.slice(Math.max(0, q.qualifierStart - 6), q.start))) return null
  if (q.form === 'percent' && BAR_OF_COUNTED.test(sentence.slice(q.end, q.end + 16))) return null
  // 产值先后迈过五百亿元、一千亿元两个关口: marks passed over the years, not a level of one period.
  if (STEPS_PASSED.test(sentence.slice(q.end, q.end + 16))) return null
  // 文旅类支出减少0.8亿元, 比上年增加4项、9亿元: a change written straight after its verb, or listed after one, is no level
  // either (增加奖补资金2.4亿元 names what was added, and 新增投资 is new investment: both are levels).
  if (q.form === 'amount' && /(?<!新)(?:增加|减少)了?$/.test(lead)) return increment(lead, growthVerb?.[0], q.unit, ctx)
  if (q.form === 'amount' && /^、$/.test(lead) && /(?<!新)(?:增加|减少)了?[\d.]+[个项家座台辆条万亿元吨]{0,3}$/.test(sentence.slice(Math.max(0, leadStart - 16), leadStart))) return null

  const sentenceBefore = sentence.slice(Math.max(0, leadStart - 30), q.start)
  const after = sentence.slice(q.end, q.end + 8)
  const afterClause = sentence.slice(q.end, q.end + 24)
  // A project's 总投资 is its size, even in a plan to build it (计划实施项目12个,总投资24亿元).
  // 续建项目642个,投资1.21万亿元: the projects' size, like 总投资, even in a sentence about plans.
  // 投资约12亿元的甲乙段公路改扩建工程: money before 的 and a project's name is the project's size too (also as the
  // next item of a list of them, 、投资8亿元的…项目), and so is 该项目投资30亿元 (one project's investment, not a year's).
  const sized =
    lead.includes('总投资') ||
    (sentenceBefore.endsWith('投资') && PROJECTS_SIZE.test(sentenceBefore)) ||
    (q.form === 'amount' && /(?:^|、)(?:计划)?投资$/.test(lead.trim()) && SIZE_OF_PROJECT_AFTER.test(sentence.slice(q.end, q.end + 40))) ||
    (q.form === 'amount' && ONE_PROJECT_INVESTS.test(lead))
  // 现场签下17个项目,计划总投资95亿元: 计划总投资 (规划总投资额) is how a project's size is written, not a plan.
  const planned = sized
    ? TARGET.test(lead.replace(/(?:计划|规划|设计)总投资/g, '总投资'))
    : TARGET.test(sentenceBefore) && !planSpent(sentenceBefore, lead) && !obtained(lead) && !doneSoFar(lead) && !plannedProjectsDone(sentenceBefore, lead)
  // 羊存栏将突破90万只,…,产值达到40亿元: the clauses after a 将 (力争, 争取, 预计) go on listing what is to be
  // reached; not after a purpose (为争取客户,今年以来产值达到3亿元) nor in a clause of what is done (已, 以来).
  const clause = sentence.slice(Math.max(sentence.lastIndexOf(',', q.start), sentence.lastIndexOf(';', q.start)) + 1, q.start)
  const goesOnPlanning =
    /(?:达到|突破|超过|(?<![下到送抵])达)$/.test(sentence.slice(leadStart, q.start)) && PLAN_GOES_ON.test(sentence.slice(0, leadStart)) && !/以来|已|累计|实现了|完成了/.test(clause)
  // 主要预期目标是:固定资产投资增长7%,地区生产总值增长5%左右: every figure the list of goals names.
  const framed = TARGET_FRAME.test(sentence.slice(0, leadStart)) && !/已|实现了|完成了|以来/.test(clause)
  // 预计今年全市经济总量可达140亿元,为2016年的1.4倍;投资完成52亿元: a sentence a 预计 opens is an
  // estimate in every clause, up to its full stop.
  const estimated = estimateOpens(sentence, leadStart) && !/已|以来/.test(clause)
  // 该项目总投资50亿元,当年投资12亿元: what a project is to invest in its first year, told with its size, is its plan.
  const projectYear = q.form === 'amount' && /^(?:当年|年度|今年)投资$/.test(lead.trim()) && previous !== null && /总投资/.test(previous.label)
  if (kind === 'level' && (planned || goesOnPlanning || framed || estimated || projectYear || CAPPED_LEAD.test(lead) || TARGET_AFTER.test(afterClause)) && !/已|实现了|完成了/.test(lead)) kind = 'target'
  const growthTarget = kind === 'growth' || (q.form === 'percent' && /保持(?:在)?$/.test(lead))
  if (kind === 'growth' && unit === '%' && (framed || estimated || /将|力争|预计|目标|确保|计划(?=增|实现|达到|完成)/.test(lead) || TARGET_AFTER.test(afterClause))) kind = 'target'
  // 力争完成全年投资目标,增速增长35%: the growth of the goal the clause before names.
  if (kind === 'growth' && unit === '%' && /^(?:增速|增幅)?(?:同比)?(?:增长|提高)$/.test(lead) && /(?:力争|确保)[^,;。\d]*,$/.test(sentence.slice(0, leadStart))) kind = 'target'
  // 奶业产值预计达到95亿元,同比增长21%: the growth of a level still to be reached is part of the same estimate.
  // Not a plan's size (计划安排资金36亿元,比上年增长7%), which is known and grows like any figure. So is a multiple of
  // an earlier year's (预计完成增加值700亿元左右,是2010年的1.8倍).
  if (kind === 'growth' && unit === '%' && previous?.kind === 'target' && previous.unit !== '%' && (BARE_GROWTH.test(lead) || (q.form === 'multiple' && TIMES_YEAR.test(lead)))) {
    const before = sentence.slice(0, leadStart)
    if (/\d(?:万|亿|万亿)?[^\d,;。]{0,3},$/.test(before) && /预计|有望|可望|力争|(?<!为了?)确保|将(?:达到|实现|突破)/.test(before) && !/计划/.test(before)) kind = 'target'
  }
  // 力争制造业投资达到210亿元左右、增长9%以上: a growth joined by 、 to a target level is the target's growth.
  if (kind === 'growth' && unit === '%' && previous?.kind === 'target' && MONEY.includes(previous.unit) && /^(?:左右|以上|以下)?、(?:同比)?增长$/.test(lead)) kind = 'target'
  // 保持10%的增长, 保持8%以上的增速: a growth to keep is a target, though no growth verb comes before the number.
  if ((kind === 'growth' || kind === 'level') && q.form === 'percent' && /保持(?:在)?$/.test(lead) && /^(?:以上|左右)?的?(?:增长|增速|增幅)/.test(after)) kind = 'target'
  // “…到位资金212亿元,同比增长15%”的目标任务: a task quoted whole is a target, commas and all.
  if ((kind === 'level' || kind === 'growth') && insideQuotedTask(sentence, q)) kind = 'target'

  let label = cleanLabel(stripVerbs(lead, growthVerb?.[0]), ctx.placeNames ?? [])
  // (its label keeps the year word that makes it the year's plan: 当年投资, not a bare 投资)
  if (projectYear) label = lead.trim()
  // 比重由22.6%…, 生产总值由1500亿元增加到4100亿元: 由 opens the figure's change, it is no part of the indicator.
  if (label.length > 2 && (label.endsWith('由') || label.endsWith('从'))) label = label.slice(0, -1)
  if (TARGET_ONLY.test(label)) label = ''
  if (rankedRate) label = cleanLabel(rankedRate[1], ctx.placeNames ?? []).replace(/^第?[一二三]产(?:业)?/, sectorName)
  if (setAside) label = setAside[1]
  // 以7.9%的经济增速: the indicator is named after the number (经济 is the economy's output, its GDP).
  if (rateAfter?.[1] && !namesIndicator(label)) label = rateAfter[1] === '经济' ? '地区生产总值' : rateAfter[1]
  // 其2861.5亿元的GDP总量: the total named after the number it is.
  const ownTotal = !label && q.form === 'amount' ? OWN_TOTAL_AFTER.exec(sentence.slice(q.end, q.end + 12)) : null
  if (ownTotal) label = ownTotal[1]
  // 较2008年的47亿元增长3.6倍: the level a growth is measured from, of the indicator in hand.
  if (/^(?:比|较|相比|相较)$/.test(label)) label = ''
  // 由一季度下滑1.1%转为增长0.5%, 同去年同期相比增长19%: the words of a comparison or a turn name no indicator; the
  // figure before does.
  if (kind === 'growth' && TURN_OR_COMPARISON.test(label)) label = ''
  // 明显快于上年4.1%的增速: the growth of the indicator in hand in another period, compared with.
  if (pacedAgainst) label = ''
  // 某市经济增长了3.1倍: the economy's growth is its GDP's.
  if (kind === 'growth' && label === '经济') label = '地区生产总值'
  // 是去年同期的2.6倍: the comparison names no indicator; the figure before it does.
  if (timesLastYear) label = ''
  if (sized && /(?:^|、)(?:該|這一?)?(?:项目|工程)?投资$/.test(label)) label = '总投资'
  // 规上工业增长8%, 规上企业的增长速度为16%: the growth of industry above the size threshold is that of its value added.
  const aboveSize = kind !== 'level' ? /^(规上|规模以上)(?:工业(?:企业)?|企业)$/.exec(label) : null
  if (aboveSize) label = aboveSize[1] + '工业增加值'
  if (given) label = given.label
  const subjectAt = given?.subjectAt ?? null
  const draft: Draft = { sentence, q, value, unit, lead, sentenceBefore, declined, growthTarget, subjectAt, framed, estimated }
  if (given?.metric) return settle(draft, kind, given.metric, label, given.base ?? null)
  // 投入资金3000万元;甲旗、乙旗和丙县各1000万元: each place's share of the money just told of, the same indicator's.
  if (label.endsWith('各') && !namesIndicator(label.slice(0, -1)) && kind === 'level' && sameUnitBefore && isNamed(sameUnitBefore.metric)) return settle(draft, kind, sameUnitBefore.metric, sameUnitBefore.label, sameUnitBefore.base)
  // 将下拨5亿元…。这5亿元主要用于: the money just told of, told again: its indicator, kind and name.
  if (RE_MENTION.test(label)) {
    const told = sameUnitBefore ?? (ctx.recent && sameUnit(ctx.recent.unit, unit) ? ctx.recent : null)
    if (told && isNamed(told.metric)) return settle(draft, told.kind, told.metric, told.label, told.base)
  }
  if (fromShare) return settle(draft, kind, previous!.metric, previous!.label, previous!.base)
  // 比例从2017年的31%升至2022年的40%: the share a change reached, of the same whole.
  if (q.form === 'percent' && kind !== 'growth' && previous?.kind === 'share' && previous.unit === '%' && isNamed(previous.metric) && FROM_TO_LEAD.test(lead.replace(/(?:19|20)\d{2}年(?:底|末)?/g, '')) && FROM_BEFORE.test(sentence.slice(Math.max(0, leadStart - 24), leadStart))) {
    return settle(draft, 'share', previous.metric, previous.label, previous.base)
  }
  // 规模以上工业高新技术业增长19%: an industry of those above the size threshold, a part of their value added.
  const industryAboveSize = !given && kind === 'growth' ? /(规上|规模以上)工业(?:企业)?中?的?([\u4e00-\u9fff、]{2,20}业)$/.exec(label) : null
  if (industryAboveSize) return settle(draft, kind, 'value_added', industryAboveSize[2], industryAboveSize[1] + '工业增加值')
  // 乌兰察布市、通辽市投资增速分别为31%、20%, in a paragraph on 固定资产投资: each place's figure of that indicator.
  const total = lastByKind.get(kind)
  const listedMetric = given?.subjectAt !== undefined ? metricOfLabel(label, unit, kind) : null
  if (given?.subjectAt !== undefined && total && total.base === null && isNamed(total.metric) && (listedMetric ?? total.metric) === total.metric && sameUnit(total.unit, unit)) {
    return settle(draft, kind, total.metric, total.label, total.base)
  }
  // 包头市(14.6%)、乌海市(-5.6%) or 高于全国平均水平(6.3%): a place's figure of the indicator in hand.
  const bracketed = bracketedAfterPlace(sentence, q, ctx.placeNames ?? [])
  if (bracketed !== null && unit === '%' && kind !== 'share') {
    // 包头市(14.6%)、乌海市(9.1%)2个盟市规上工业增加值增速高于…: the indicator named after the list, else the one in hand.
    const namedAfter = indicatorAfterBrackets(sentence, q.end)
    const afterMetric = namedAfter ? metricOfLabel(namedAfter, '%', 'growth') : null
    if (namedAfter && afterMetric && isNamed(afterMetric)) {
      kind = 'growth'
      return finish(afterMetric, 'growth', value, '%', namedAfter, lead, sentenceBefore, value < 0, null, false, bracketed)
    }
    const inHand = lastByKind.get('growth') ?? (previous && previous.kind === 'growth' ? previous : null) ?? (ctx.recent?.kind === 'growth' ? ctx.recent : null)
    if (inHand && isNamed(inHand.metric)) {
      kind = 'growth'
      return finish(inHand.metric, 'growth', value, '%', inHand.label, lead, sentenceBefore, value < 0, inHand.base, false, bracketed)
    }
  }
  // 工业投资增长21%,食品制造业(64.2%)、医药制造业(38.9%)增势较好: an industry's growth of the indicator
  // in hand, the industry its part.
  const industry = bracketedIndustry(sentence, q)
  if (industry && unit === '%' && kind !== 'share' && !/[+-]?\d/.test(industry.slice(0, 1))) {
    const inHand = lastByKind.get('growth') ?? (previous && previous.kind === 'growth' ? previous : null)
    if (inHand && isNamed(inHand.metric)) {
      kind = 'growth'
      return finish(inHand.metric, 'growth', value, '%', industry, lead, sentenceBefore, value < 0, baseOf(inHand), false, null)
    }
  }
  const partCue = partsCueAt >= 0 && partsCueAt < q.start
  // 原木进口51.2万立方米(40.9万吨), 高于以往最高(2018年1730.5万吨): the level before, in another unit or of
  // another period, so its indicator.
  if (kind === 'level' && q.form === 'amount' && previous && previous.kind === 'level' && inBracketsAfterFigure(sentence, q, previous)) {
    const metric = metricOfLabel(previous.label, unit, kind)
    if (metric && isNamed(metric)) return settle(draft, kind, metric, previous.label, previous.base)
  }

  if (unit === 'pp' && previous && !namesIndicator(label)) return settle(draft, kind, 'rate_change', previous.label + (previous.kind === 'growth' ? '增速' : ''))
  // The whole (全国, 中俄) is the denominator, not the figure's place: its subject stands before the whole.
  if (ofWider) return finish(ofWider.metric, kind, value, unit, ofWider.label, lead, sentenceBefore, declined, null, false, ofWider.wholeAt)
  if (kind === 'share') {
    // 承担着中俄之间四成的过货量, 承担着中蒙贸易过货量的35%: a port's share of a wider whole (trade between two
    // countries), which is the part the share measures; the indicator is named before or after the number.
    const borne = BORNE.exec(lead)
    if (borne) {
      const whole = borne[1]
      const named = namesIndicator(whole) ? whole : labelAfter(sentence, q.end)
      const metric = named ? metricOfLabel(named, unit, kind) : null
      if (metric && isNamed(metric)) return settle(draft, kind, metric, whole, named)
    }
    // 农民补贴资金8621万元,占全区的21%; 第三产业增加值340亿元,占地区生产总值的52%; 贡献率为43%; 拨付进度为75%:
    // the share of the figure just reported.
    // 超亿元企业9家,占全部工业产值的88%: a group counted, whose share is of the output named after 占.
    const ofWhole = previous && !MONEY.includes(previous.unit) && !CORE_KEYS.has(previous.metric) ? /^占(?:全部|全[区市盟旗县])?([^,;。占]{2,12}?)的?(?:比重|比例)?$/.exec(label) : null
    const wholeMetric = ofWhole ? metricOfLabel(ofWhole[1], '%', kind) : null
    if (ofWhole && wholeMetric && CORE_KEYS.has(wholeMetric)) return settle(draft, kind, wholeMetric, ofWhole[1])
    if (previous && SHARE_OF_PREVIOUS.test(label)) return settle(draft, kind, previous.metric, previous.label + '占比', previous.base)
    // 完成投资45亿元,完成年度计划的38%: the share of the plan that figure is, so its indicator.
    const planned = previous && previous.kind !== 'growth' ? previous : (lastByKind.get('level') ?? null)
    if (planned && /(?:计划|目标|任务)[^,;。]*的$/.test(lead)) return settle(draft, kind, planned.metric, planned.label, planned.base)
    // 能源工业对规上工业增长的贡献率达79%: a part's contribution to the growth of the total's value added.
    const contribution = CONTRIBUTION.exec(label.replace(/贡献[也还]?(?:由|从)(?:(?:19|20)\d{2}年|去年同期|上年同期|上年|去年)?的?$/, '贡献率'))
    if (contribution && !/消费|投资|出口|需求/.test(contribution[1])) return settle(draft, kind, 'value_added', contribution[1] + '增加值', contribution[2] === '工业' ? '规模以上工业增加值' : null)
    // 三个行业增速均快于全区,对工业增长的贡献由20.1%提高到31.4%: the parts named before the clause, their value added's
    // share in the growth of industry.
    if (/^对(?:全[区市盟旗县])?(?:规上|规模以上)?工业增长的?贡献(?:率)?[也还]?(?:由|从)?(?:(?:19|20)\d{2}年|去年同期|上年同期|上年|去年)?的?$/.test(label)) return settle(draft, kind, 'value_added', '贡献率', '规模以上工业增加值')
    // 第三产业增加值占地区生产总值的比重为52%: the indicator is the part's, written before 占.
    const whole = label.indexOf('占')
    const partMetric = whole > 0 ? metricOfLabel(label.slice(0, whole), '%', kind) : null
    if (partMetric) return settle(draft, kind, partMetric, label)
    // 第一产业占全县投资的比重5.4%;二产所占比重48.2%, 仓储业占第三产业比重22.7%: a part's share of the indicator in hand,
    // the part named before 占.
    const part = /^(.{1,14}?)所?占(?:[^,;。]{0,12}?)的?(?:比重|比例)$/.exec(label)
    const inHand = lastByKind.get('share') ?? lastByKind.get('growth') ?? lastByKind.get('level') ?? (ctx.recent && ctx.recent.kind !== 'target' ? ctx.recent : null)
    if (part && (isSubject(part[1]) || /^第?[一二三]产业?$/.test(part[1])) && inHand && isNamed(inHand.metric) && CORE_KEYS.has(inHand.metric)) return settle(draft, kind, inHand.metric, part[1], baseOf(inHand))
    // 产值72亿元,…,其中,精深加工产品占到37%: a part's share of the level just reported.
    const level = lastByKind.get('level')
    if (partCue && level && whole > 0 && isSubject(label.slice(0, whole)) && CORE_KEYS.has(level.metric)) return settle(draft, kind, level.metric, label.slice(0, whole), baseOf(level))
  }
  // 工资补助类1280.4万元,占3.78%;卫生健康类960.2万元: a parallel subject takes the indicator of the last level in its unit.
  // After 其中 or 分行业看 any item does: 其中煤炭80万吨, 发往华北40万吨.
  // 落实上级资金4210万元。其中,某某嘎查肉牛养殖基地建设项目960万元: after 其中 a named project, however long its name and
  // though 项目 is an indicator word, is a part of the money before it.
  const projectItem = partCue && MONEY.includes(unit) && label.length <= 40 && !/[,;。]/.test(label) && PROJECT_NAME.test(label) && !/投资|资金/.test(label)
  // 上述资金的用途为:…;购置村卫生室设备投入800万元: what an item is spent on, a bare 投入 its only money word.
  const spentOn = partCue && MONEY.includes(unit) && label.length <= 20 && /投入$/.test(label) && sameUnitBefore?.metric === 'funding'
  if (kind === 'level' && sameUnitBefore && label && (projectItem || spentOn || (!namesIndicator(label) && (isSubject(label) || (partCue && isItem(label)))))) {
    return settle(draft, sameUnitBefore.kind === 'target' ? 'target' : kind, sameUnitBefore.metric, label, baseOf(sameUnitBefore))
  }
  // 按年平均汇率计算为5791美元 after 人均地区生产总值39102元: the same figure in another currency.
  if (kind === 'level' && previous && previous.kind === 'level' && MONEY.includes(unit) && MONEY.includes(previous.unit) && IN_OTHER_CURRENCY.test(sentence.slice(leadStart, q.start))) {
    return settle(draft, kind, previous.metric, previous.label, previous.base)
  }
  // 产值从80亿元增加到去年的150亿元, 总量从刚过千亿元跃升至3000亿元: the level a change from the one before reached,
  // of the same indicator (the words between name none).
  if (kind === 'level' && q.form === 'amount' && previous?.kind === 'level' && previous.unit === unit && isNamed(previous.metric) && !namesIndicator(label) && FROM_TO_LEAD.test(lead) && FROM_BEFORE.test(sentence.slice(Math.max(0, leadStart - 16), leadStart))) {
    return settle(draft, kind, previous.metric, previous.label, previous.base)
  }
  // 工业投资占比持续回落,由2017年的41%降至2022年的35%: the share the clause before names, from its first value.
  if (q.form === 'percent' && kind !== 'growth' && /^(?:由|从)$/.test(label)) {
    const named = clauseBefore(sentence, Math.max(0, leadStart - 1))
    const share = SHARE_NAMED.exec(named.text)
    const metric = share ? metricOfLabel(share[1], '%', 'share') : null
    if (share && metric && isNamed(metric)) return settle(draft, 'share', metric, share[1])
  }
  // 下达补偿资金,每年12.5亿元; 年增速均超过15%; 前5月平均增速: how often or when is said, not what.
  // 比“十五”期间增长326%: what is left of the base a growth is measured against (期间, 同期) names nothing either.
  if (/^(?:每年|每年度|平均每年|年均|年|前|月|历年|各年|期间|时期|同期)$/.test(label)) label = ''
  // 力争完成全年固定资产投资目标,增速增长35%: a rate alone names no indicator; the clause before does.
  if (/^(?:增速|增幅|增长率|增长速度)$/.test(label) && kind !== 'level') label = ''
  // 1-5月,某区投资增长势头强劲,同比增长10.4%: a date before is no figure.
  if (!label && !/\d/.test(withoutDates(sentence.slice(0, leadStart)))) {
    // 人均GDP位居前列,2021年为172340元: the indicator the clause before names, when that clause holds no number;
    // GDP增幅居首的是阿拉善盟,为6.7%: its rate of growth, when that clause speaks of one.
    const named = coreIndicatorBefore(sentence, leadStart)
    if (named.label) label = cleanLabel(named.label, ctx.placeNames ?? [])
    if (named.label && named.growth && q.form === 'percent' && kind === 'level') kind = 'growth'
  }
  // 中欧班列达612列、6.3万标箱, 班列运输集装箱7.4万标箱, 验放班列205列,总重11.7万吨: the containers (or the tonnes)
  // the trains carried, cargo, though only the trains or the boxes are named. 满载48标箱的班列 is one train's load.
  if (q.form === 'amount' && (kind === 'level' || kind === 'target') && !namesIndicator(label) && !ONE_LOAD.test(label)) {
    const afterTrains = previous?.unit === 'train' && (/^[、和及与]?$/.test(lead.trim()) || label.length <= 3)
    const trainsLabel = (TRAINS.exec(label)?.[0] ?? (afterTrains ? TRAINS.exec(previous!.label)?.[0] : null) ?? '班列') + TRAINS_CARGO_WORD
    if ((unit === 'TEU' && (afterTrains || label)) || (unit === 't' && afterTrains)) return settle(draft, kind, 'cargo_volume', trainsLabel)
  }
  // 甲市人均GDP是18万元,乙市是11万元: a place alone, in the unit of a named figure before it in the sentence, names
  // whose figure it is, not what: the same indicator as that one's.
  if (previous && previous.unit === unit && kind === previous.kind && isNamed(previous.metric) && label && (ctx.placeNames ?? []).includes(label)) {
    return settle(draft, kind, previous.metric, previous.label, previous.base)
  }
  const growthOfTopic = kind === 'growth' && unit === '%' && !label && previous === null && ctx.topic?.kind === 'level'
  if (!label || !namesIndicator(label)) {
    const written = labelAfter(sentence, q.end)
    // 承担了中蒙之间45%的货运量: a share names what it is a share of after the number.
    if (written && (!label || kind === 'share')) label = written
    // 发行12亿元一般债券, 下拨800万元防汛资金: a verb of handing out money before the number, the money named after it.
    // 另行追加80万元办公经费,用于…: the money's own name, up to its noun, rather than the rest of the clause.
    else if (MONEY.includes(unit) && MONEY_VERB_ONLY.test(label)) label += MONEY_NAMED_AFTER.exec(sentence.slice(q.end, q.end + 16))?.[1] ?? written ?? ''
    // 统筹某局管理的2亿元衔接资金: a lead naming no indicator, the money's own name after the number (not bare 资金,
    // which anyone's money is) is what the figure is.
    else if (MONEY.includes(unit) && kind === 'level' && FUND_NAMED_AFTER.test(sentence.slice(q.end, q.end + 16))) label = MONEY_NAMED_AFTER.exec(sentence.slice(q.end, q.end + 16))![1]
    else if (previous && sameUnit(previous.unit, unit) && !label) {
      // 同比增长41% after 货运量380万吨
      return settle(draft, kind, previous.metric, previous.label, previous.base)
    } else if (!label && sameUnitBefore && isNamed(sameUnitBefore.metric)) {
      // 完成全年700亿元目标任务的21% after 到位资金150亿元,同比增长20%: the last level in that unit names it.
      return settle(draft, kind, sameUnitBefore.metric, sameUnitBefore.label, sameUnitBefore.base)
    } else if (label && isSubject(label) && subjectTotal(lastByKind.get(kind) ?? (partCue ? previous : null), unit)) {
      // 战略性新兴产业增长9.7% after 非煤工业增加值增长6.4%
      const total = (lastByKind.get(kind) ?? previous)!
      return settle(draft, kind, total.metric, label, baseOf(total))
    } else if (ctx.recent && label && isSubject(label) && subjectTotal(ctx.recent, unit) && ctx.recent.kind === kind) {
      // 分行业看,采矿业增长9.1% opening a paragraph after one on 规模以上工业增加值.
      return settle(draft, kind, ctx.recent.metric, label, baseOf(ctx.recent))
    } else if (ctx.topic && (ctx.topic.unit === unit || (unit === '%' && kind !== 'level')) && (kind === ctx.topic.kind || kind === 'target' || growthOfTopic) && !isSubject(label)) {
      // A number with no indicator in an article about one figure: 向着800万吨年度目标冲刺 under a cargo headline.
      // 一季度,某区,同比增长9.8% as the body's first figure under a title that gives the level: the level's growth (a
      // copy lost the level, which the title still has).
      return settle(draft, kind, ctx.topic.metric, ctx.topic.label, ctx.topic.base)
    }
  }
  if (!label) return null
  // 投资价格上涨5.2%, 居民消费价格指数为102.1: a price index, not the investment's or the spending's growth (the
  // dataset has no price metric). A price in yuan (每吨售价500元) stays.
  if (!MONEY.includes(unit) && PRICE_INDEX.test(label)) return null
  // 3个盟市增速超过10%: a bar a count of places or firms clears, not a figure.
  if (q.form === 'percent' && COUNTED_SUBJECT.test(sentence.slice(Math.max(0, q.start - 30), q.start)) && (/(?:超过|高于|低于|突破)$/.test(lead) || /^以上/.test(after))) return null
  // 原油、铜精矿、粮食等各类进口商品均增长10%以上: a bar several things clear, no figure of one of them.
  if (q.form === 'percent' && /^以上/.test(after) && /(?:等|多种|各类)[^,;。]*均[^,;。]*$/.test(lead)) return null
  // 连续6天单日过货量破7万吨, 连续4年货运量破千万吨: a bar cleared again and again, no figure of one period.
  if (q.qualifierStart < q.start && REPEATED.test(sentence.slice(Math.max(0, q.qualifierStart - 24), q.qualifierStart))) return null
  let metric = metricOfLabel(label, unit === 'pp' ? '%' : unit, kind) ?? fallbackMetric(unit)
  // Money a government puts in is funding, whoever spends it: 市级财政投入, 统筹投入各类资金.
  if (metric === 'investment' && !/投资|引资|到位资金/.test(label) && GOVERNMENT.test(sentence.slice(Math.max(0, leadStart - 12), q.start))) metric = 'funding'
  // 其中:发往华北40万吨 names its own indicator word, and is still a part of the total before it.
  if (partCue && kind === 'level' && sameUnitBefore && sameUnitBefore.metric === metric && sameUnitBefore.label !== label) {
    return settle(draft, kind, metric, label, baseOf(sameUnitBefore))
  }
  return settle(draft, kind, metric, label)
}

/** What readOne has read of a figure before it names the indicator: what settle needs to finish the reading. */
interface Draft {
  sentence: string
  q: QuantityLike
  value: number
  unit: Unit
  lead: string
  sentenceBefore: string
  declined: boolean
  growthTarget: boolean
  subjectAt: number | null
  framed: boolean
  estimated: boolean
}

/**
 * The reading of a draft as `metric` in `kind`, labelled `l`. Not a closure in readOne: one made for every figure
 * cost more than what it does.
 */
function settle(d: Draft, kind: FigureKind, metric: MetricKey, l: string, base: string | null = null): MetricReading {
  const { sentence, q } = d
  // 地区生产总值88亿元,其中第一产业5亿元: an industry's part of a GDP is its value added, not a GDP of its own.
  const industry = metric === 'gdp' && kind !== 'target' ? SECTOR_OF_GDP.exec(l) : null
  if (industry) [metric, l, base] = ['value_added', sectorName(industry[1]) + '增加值', null]
  // 主要目标为:…,装备制造业在工业中的占比提高到12%上下: a share to be reached is a target.
  // 到2027年,三次产业比例优化到11:36:53; 力争结构调整为9:41:50: a structure a plan is to reach.
  const shareToReach = kind === 'share' && (d.framed || d.estimated || (SHARE_REACHED.test(sentence.slice(Math.max(0, q.qualifierStart - 40), q.qualifierStart)) && PLAN_CUE.test(sentence.slice(0, q.qualifierStart))))
  return finish(metric, shareToReach ? 'target' : kind, d.value, d.unit, l, d.lead, d.sentenceBefore, d.declined, base, shareToReach || (kind === 'target' && d.growthTarget), d.subjectAt)
}

/** A label that only points back (这2亿元资金, 上述资金, 该笔投资): the figure is one told before. */
const RE_MENTION = /^(?:这|该|此|上述|前述)(?:笔|项|部分|些)?$/

/** What the containers trains carried are called (see TRAINS). */
const TRAINS_CARGO_WORD = '运送货物'
/** 满载62标箱的回程班列, 每列装载: the load of one train, not the containers carried in a period. */
const ONE_LOAD = /满载|载有|装载|每列|单列|一列/

/** A lead ending in a verb of raising or handing out money (财政紧急下拨): what the money is stands after the number. */
const MONEY_VERB_ONLY = /(?:发行|下达|下拨|拨付|安排|追加|争取到?|落实|筹措|筹集|投入|发放|兑现|引进|引入|吸引|招引)$/

/** What money is, named right after its number: 救灾资金, 专项债券, 工作经费. */
const MONEY_NAMED_AFTER = /^(?:的)?([\u4e00-\u9fff“”"]{0,12}?(?:资金|经费|债券|专项债|补助|补贴|奖补))/

/** A fund named after its number by more than its noun (衔接资金, 防汛经费, 一般债券), or a grant (补助, 奖补). */
const FUND_NAMED_AFTER = /^(?:的)?(?:[\u4e00-\u9fff“”"]{2,12}?(?:资金|经费|债券)|[\u4e00-\u9fff“”"]{0,12}?(?:专项债|补助|补贴|奖补))/

/** 3000万元以上的项目, 500万元以上固定资产投资项目, 5亿元至10亿元项目14个: a class of projects by size. */
const SIZE_CLASS = /^(?:(?:以上|以下|以内|及以上)[^,;。]{0,10}?(?:项目|企业|单位)|(?:以上|及以上)(?:的)?固定资产投资|(?:至|到|-|—|~)[\d.]+(?:万|亿)?元(?:以上|以下)?的?(?:重点|新建|续建)?项目|的?(?:重点|新建|续建)?项目\d+[个项])/
/** 连续11天, 连续两个月, 连续3年: a run of periods each of which clears the bar after it. */
const REPEATED = /连续(?:\d+|[两二三四五六七八九十]+)个?(?:天|日|周|个?月|季度|年)[^,;。]*$/
/** 价格, 价格指数, 价格总水平 ending a label: what a price index measures. */
const PRICE_INDEX = /价格(?:总水平|总指数|指数)?$/
/** 以上的4个盟市, 的3家企业 right after a rate: the rate is the bar the counted places or firms clear. */
const BAR_OF_COUNTED = /^(?:以上|以下)?的\s*(?:\d+|[两二三四五六七八九十]{1,3})\s*[个家户](?:盟市|旗县|旗县市区|旗县区|地区|行业|企业|园区|项目)/
/** …和三千亿元两个台阶, 、三个台阶 after a number: several marks passed, each a threshold. */
const STEPS_PASSED = /^[^,;。]{0,12}?(?:[两二三四五六七八九十]|\d)个(?:台阶|关口|大关)/
/** 5个盟市, 12个旗县区, 6个市, 30家企业: a count as the subject of a clause. */
const COUNTED_SUBJECT = /(?:\d+|[两二三四五六七八九十]{1,3})\s*[个家户](?:盟市|旗县|旗县市区|旗县区|地区|行业|企业|园区|项目|市(?!场)|旗|县|口岸)/
/** 均超过, 均高于了, 均在 (…以上): what each of a counted group clears. */
const EACH_CLEARS = /均(?:超过|高于|低于|突破|在|达到?)了?$/
/** 是上年同期的2.6倍, 为去年同期的1.5倍. */
const TIMES_LAST_YEAR = /(?:是|为|相当于)(?:上年|去年|(?:19|20)\d{2}年)(?:同期)?的$/
/** 为2020年的2.5倍: a multiple of a named year's level, a growth against that year. */
const TIMES_YEAR = /(?:是|为|相当于)((?:19|20)\d{2})年(?:同期)?的$/
/** What a bracketed figure may follow besides a place: the region or country's average. */
const BRACKET_SUBJECT = /(?:全国|全区|全市|全盟|全省)(?:平均)?(?:水平|增速|增幅|增长)?$|平均(?:水平|增速|增幅)$/

/**
 * Where the place stands that a bracketed figure belongs to (`包头市(14.6%)`, `全国平均水平(6.3%)`), or null when
 * the number is not in brackets right after one.
 */
function bracketedAfterPlace(sentence: string, q: QuantityLike, placeNames: readonly string[]): number | null {
  const open = q.qualifierStart - 1
  if (sentence[open] !== '(' || sentence[q.end] !== ')') return null
  const before = sentence.slice(Math.max(0, open - 16), open)
  if (BRACKET_SUBJECT.test(before) || placeNames.some((p) => before.endsWith(p))) return open
  return null
}

/** Whether the number alone fills a bracket, after at most a year (`(40.9万吨)`, `(2018年1730.5万吨)`), behind a named level. */
function inBracketsAfterFigure(sentence: string, q: QuantityLike, previous: Previous): boolean {
  if (sentence[q.end] !== ')' || previous.label.length === 0) return false
  const open = sentence.lastIndexOf('(', q.qualifierStart)
  return open >= 0 && /^(?:(?:19|20)\d{2}年(?:同期)?)?$/.test(sentence.slice(open + 1, q.qualifierStart))
}

/** The industry named right before a bracketed rate (…、汽车制造业(115.6%)), or null: a name ending in 业 or 制造. */
function bracketedIndustry(sentence: string, q: QuantityLike): string | null {
  const open = q.qualifierStart - 1
  if (sentence[open] !== '(' || sentence[q.end] !== ')') return null
  let start = open
  while (start > 0 && !/[、,;:。()\d%]/.test(sentence[start - 1])) start--
  const name = sentence.slice(start, open).replace(/^(?:其中|如|包括)/, '')
  return name.length >= 3 && name.length <= 24 && /(?:业|制造)$/.test(name) && /^[\u4e00-\u9fff]+$/.test(name) ? name : null
}

/** The indicator a list of bracketed figures names after its last bracket, in the same clause: `…(9.1%)2个盟市规上工业增加值增速`. */
function indicatorAfterBrackets(sentence: string, from: number): string {
  let end = from
  while (end < sentence.length && !/[;。,]/.test(sentence[end])) end++
  const clause = sentence.slice(from, end)
  const tail = clause.slice(clause.lastIndexOf(')') + 1).replace(/^[\d]+个(?:盟市|旗县(?:市)?区?|地区|城市)/, '')
  const m = /^([\u4e00-\u9fff]{2,16}?)(?:增速|增幅|增长率|同比增长|增长)/.exec(tail)
  return m && namesIndicator(m[1]) ? m[1] : ''
}

/**
 * 创造了全国, 占全区, (…和)中蒙: a verb of making up a part, or a wider whole, or both, right before a percentage.
 * Group 1 is the verb, group 2 the whole.
 */
const WIDER_BEFORE = /(创造了?|贡献了?|占(?:据|有)?了?)?((?:全国|全区|全省|全市|全盟|全旗|全球|全世界|中俄|中蒙|中欧)(?:之间)?)?\s*$/
/** 的经济总量和…, 货物运输任务: the indicator named after a share of a wider whole, up to a joiner or the end of the phrase. */
const NOUN_AFTER_SHARE = /^的?([\u4e00-\u9fff]{2,8}?)(?=[和与及、,;。]|任务|创造|贡献|$)/

/** A share of a wider whole written as 全国X%的<indicator> (see readOne), or null. */
function shareOfWider(sentence: string, q: QuantityLike, lead: string, leadStart: number, previous: Previous | null): { metric: MetricKey; label: string; wholeAt: number | null } | null {
  // 承担着中俄之间55%的过货量: a port's share, read with the whole as its part (see BORNE).
  if (BORNE.test(lead)) return null
  let m = WIDER_BEFORE.exec(lead)
  let wholeAt = m?.[2] ? leadStart + m.index + (m[1]?.length ?? 0) : null
  // …全国1.7%的经济总量和2.4%的经济增量: the next share of a list, of the same whole.
  if (!m?.[1] && !m?.[2] && previous?.kind === 'share' && /^的[\u4e00-\u9fff]{2,8}[和与及、]$/.test(lead)) {
    const before = sentence.slice(0, leadStart)
    const whole = [...before.matchAll(/全国|全区|全省|全市|全盟|全旗|全球|全世界|中俄|中蒙|中欧/g)].at(-1)
    if (!whole) return null
    m = null
    wholeAt = whole.index
  } else if (!m || (!m[1] && !m[2])) return null
  // 以占全国0.9%的人口…: a whole alone must stand right before the number; a verb alone names no whole of its own.
  const noun = NOUN_AFTER_SHARE.exec(sentence.slice(q.end, q.end + 14))?.[1]
  if (!noun) return null
  // 经济总量, 经济增量: the economy is its GDP (运输任务 names no cargo: a share of tasks is no share of tonnes).
  const metric = /^经济/.test(noun) ? 'gdp' : metricOfLabel(noun, '%', 'share')
  if (!metric || !isNamed(metric)) return null
  return { metric, label: noun, wholeAt }
}

/** 承担着中蒙之间, 承担了约: what a port bears a share of (see readOne). */
const BORNE = /承担(?:着|了)?约?([^,;。]{2,16}?)的?$/

/** Labels of a share that measure the figure just before it: 占全区的, 占地区生产总值的, 贡献率, 拨付进度. */
const SHARE_OF_PREVIOUS = /^(?:(?:[两二三四五六]项|[二三四]者|以上|上述)?(?:合计|共|总共)?占.*|占比|比重|(?:对[^,;。]{0,14}?增长的?)?贡献率|(?:计划|拨付|支付|支出|执行|资金)?(?:进度|兑现率|拨付率|支付率|完成率|完成投资率|执行率|到位率))$/
/** 能源工业对规上工业增长的贡献率, 第二产业对经济增长的贡献率: the part is the subject before 对. */
const CONTRIBUTION = /^([^,;。对]{2,16}?)对(?:全[区市盟旗县])?[^,;。]{0,6}?(工业|经济|GDP|生产总值)增长的?贡献率$/
/** 按年平均汇率计算为, 折合, 折算, 约合: a conversion of the level before it. */
const IN_OTHER_CURRENCY = /折合|折算|约合|汇率/
/** What stands between the two levels of 从A增加到B: a verb of reaching, with at most a short word before and a time after. */
const FROM_TO_LEAD = /^[^,;。\d]{0,6}?(?:增加|增长|提高|提升|上升|跃升|攀升|扩大|跃居|发展|壮大|下降|减少|降低|回落)?(?:到|至)[^,;。\d]{0,6}$/
/** 工业投资占比持续回落: a share named, the words of its change after it. */
const SHARE_NAMED = /^(.{2,16}?(?:占比|比重|比例))(?:[^,;。\d]{0,8})$/
/** 从1940亿元, 由刚过千亿元: the first level of a change, right before the lead. */
const FROM_BEFORE = /(?:从|由)[^,;。从由]{0,14}$/
/** 项目642个,投资1.21万亿元: the investment after a count of projects is their size. */
/** 该项目投资, 此项工程计划投资: the investment of the one project just named. */
const ONE_PROJECT_INVESTS = /(?:该|該|此|这一?|這一?)(?:项目|工程|项工程)(?:计划)?投资$/
/**
 * 的 and a project's name after an amount (元)的某某段铁路复线工程, 的光伏项目, 的某某30万吨乙二醇项目 (a capacity may be in
 * the name): what the amount is the size of. Not past another sum or share (的60%用于…项目) or the next item of a list.
 */
const SIZE_OF_PROJECT_AFTER = /^(?:人民币)?的(?:[^,;。、\d%元]|\d+(?:\.\d+)?(?![\d.]*(?:%|[万亿]?元)))+?(?:项目|工程)/
const PROJECTS_SIZE = /项目[\d.]+[个项]?[,、]?(?:总)?投资$/

/**
 * 本年计划投资3.8亿元、已开工9项、已完成2.2亿元 and 计划总投资41亿元,当年完成投资7亿元: the 计划 of an earlier clause named a
 * figure of its own, so a figure done after it (完成, 已) is no plan. A modal cue (预计, 力争, 确保, 将) goes on over
 * the sentence, and 计划 before a mere count (计划新上工程16项,完成投资…) still frames what follows.
 */
function planSpent(sentenceBefore: string, lead: string): boolean {
  if (TARGET.test(lead) || !/完成|已/.test(lead)) return false
  const before = sentenceBefore.slice(0, sentenceBefore.length - lead.length)
  const at = before.lastIndexOf('计划')
  if (at < 0) return false
  const rest = before.slice(at)
  if (TARGET.test(rest.slice(2))) return false
  return /\d(?:万亿|亿|万)?元|\d%/.test(rest)
}

/**
 * The sectors a GDP is split into (第一产业, 二产, 工业, 建筑业, 服务业), as the whole of a part's label: their part
 * of a GDP is value added. `工业占GDP的比重` is a share of industry's value added, with GDP its denominator.
 */
const SECTOR_OF_GDP = /^(第?[一二三]产(?:业)?|工业|建筑业|服务业)(?:所?占(?:地区生产总值|生产总值|GDP|经济总量)?的?(?:比重|比例|占比)?|对(?:地区生产总值|生产总值|GDP|经济)(?:增长)?的?贡献率|占比|比重|贡献率)?$/i

/** 二产 → 第二产业: the full name of one of the three industries; other sectors as written. */
function sectorName(name: string): string {
  const k = /^第?([一二三])产/.exec(name)
  return k ? `第${k[1]}产业` : name
}

/**
 * 争取到中央补助资金3100万元, 获得奖补资金, 下达某工程投资计划18亿元: money obtained or allocated, a level, though the
 * clauses before it speak of planning (积极谋划) or the allocation is called a 投资计划. A modal word in the clause
 * itself (将, 拟, 力争, 预计, 计划下达) still makes it a plan.
 */
function obtained(lead: string): boolean {
  return OBTAINED.test(lead) && !TARGET.test(lead.replace(/(?:投资|资金|建设)计划/g, ''))
}
const OBTAINED = /争取到|争取了|获得|获批|下达|拨付|下拨/

/**
 * 计划实施的45个产业类项目已完成投资120亿元: 计划 describes which projects; what they have done is no plan. (计划实施的项目
 * 计划完成投资 is still a plan: the lead says so itself.)
 */
function plannedProjectsDone(sentenceBefore: string, lead: string): boolean {
  return /完成/.test(lead) && !TARGET.test(lead) && PLANNED_PROJECTS.test(sentenceBefore)
}
const PLANNED_PROJECTS = /计划(?:实施|建设|安排|推进|新开工|开工|续建)的[^,;。]{0,30}?(?:项目|工程)[^,;。]{0,8}$/

/** 规划面积30平方公里,累计完成基础设施投资2.8亿元: what is done so far is no plan, whatever an earlier clause says. */
function doneSoFar(lead: string): boolean {
  return /累计完成|已完成|已累计/.test(lead) && !TARGET.test(lead)
}

/** A word of money right before a number (after a verb of reaching), so that 亿 alone there means 亿元. */
const BARE_MONEY = /(?:投资|(?:欲|拟)投|资金|投入|补贴|补助|奖补|融资|产值|增加值|生产总值|GDP|经济总量|营收|营业收入|销售额|交易额|贷款)(?:总额|总量|规模)?(?:达到?|超过?|突破|近|约|为|是|完成|实现|共|累计|逾|过)*$/i

/** 三产增加值增速最高(: a growth ranked among others, the indicator before 增速, the number in brackets after. */
const RANKED_RATE = /^([^()]{2,16}?)(?:增速|增幅|增长率?)(?:最高|最低|其次|最快|最慢|较快|较慢|居首|居末|第一|第二|第三)\($/

/** 快于上年, 高于前三年(2018-2020年): a growth compared with the same indicator's in another period. */
const PACED_AGAINST = /(?:快于|慢于|高于|低于|好于|超过|超出)[^,;。]{0,24}$/
/** 优化到, 调整为11:36:, 提高到: a share moved to a level, the numbers of the structure before it included. */
const SHARE_REACHED = /(?:优化|调整|提升|提高|升|达)(?:到|为|至)[\d.:\u2236\ufe30]*$/
/** What makes a share moved to a level a goal: 到2027年 opening the sentence (not 到…年底, which reports), 力争, 预计 … */
const PLAN_CUE = /^[^。;]{0,8}?到(?:19|20)\d{2}年(?![底末])|力争|预计|目标|规划|今后|未来|将(?:优化|调整|提升|提高)/

/** 由, 转为, 与去年同期相比: a growth's label that holds only the words of a turn or a comparison. */
const TURN_OR_COMPARISON = /^(?:由|从|转为?|实现|(?:与|和|同)?(?:去年|上年)?同期(?:相比|比较)?|(?:与|和|同)(?:去年|上年)(?:相比|比较)|相比)$/

/** What a growth written as a noun follows: 的经济增速, 的较快增长, 的GDP增速 (the indicator in group 1, if any). */
const RATE_AFTER = /^的((?:经济|GDP|[\u4e00-\u9fff]{0,8}?(?:增加值|产值|生产总值|投资|收入))?)(?:较高|较快|高速|快速|平稳|稳定)?(?:增速|增幅|增长)/i
/** 以上较快增长, 左右的稳定增长 after a 保持 and its number: the growth held (no indicator named after it). */
const HELD_RATE_AFTER = /^()(?:以上|左右|上下)?的?(?:较高|较快|高速|快速|平稳|稳定|稳步)?(?:增速|增幅|增长)/
/** 的GDP总量, 的地区生产总值, 的经济总量. */
const OWN_TOTAL_AFTER = /^的((?:GDP|地区生产总值|经济)总量|GDP|地区生产总值)/i

/** 超额完成年度任务, 超计划完成: the amount done beyond a plan. */
const OVERFULFILLED = /超额完成(?:了)?(?:年度|全年)?(?:任务|计划|目标)?$|超(?:计划|目标|任务)完成$/
/** 新增产值, 新增工业总产值, 可新增种植业总产值: output a project adds. */
const ADDED_OUTPUT = /新增[^,;。\d]{0,8}?(?:总产值|产值|增加值|生产总值|GDP)$/i

/**
 * An absolute change (比上年增加1.3亿元, 超额完成任务2亿元), which is no figure of its own; its reading is kept only so
 * that a growth after it (…,增长15%) goes to the indicator of its clause. Null when the clause names none.
 */
function increment(lead: string, growthVerb: string | undefined, unit: Unit, ctx: ReadContext): MetricReading | null {
  const stripped = stripVerbs(lead, growthVerb).replace(/超额完成(?:了)?(?:年度|全年)?(?:任务|计划|目标)?$|超(?:计划|目标|任务)完成$/, '')
  const label = cleanLabel(stripped, ctx.placeNames ?? []).replace(/(?:比|较|相比|与|同)$/, '')
  const metric = label ? metricOfLabel(label, unit, 'level') : null
  if (!metric) return null
  return { metric, kind: 'level', value: 0, unit, label, isStock: false, isFlow: false, declined: false, base: null, comparison: null, increment: true }
}

/**
 * 预计 or 力争 at the head of a sentence, after at most a time (到2022年底,预计 / 全年力争), not 较预计 or 为了力争. Not
 * 争取 either: 今年以来,某旗争取资金3.5亿元 and 积极争取上级支持,… report what was obtained as often as what is sought.
 */
const ESTIMATE_OPENS = /^[^。;!?\d]{0,12}?(?:(?:19|20)\d{2}年(?:底|末|度)?[^。;!?\d]{0,8}?)?(?:(?<![为较比超])预计|(?<!为了?)力争)/

/** Whether a 预计 opening the sentence stands before `at`, with no figure between them. */
function estimateOpens(sentence: string, at: number): boolean {
  const m = ESTIMATE_OPENS.exec(sentence)
  return m !== null && m[0].length <= at
}

/** 由30.5%提高到47.2%, 由12%下降至9%: what a share moved to, the second of two shares. */
const SHARE_MOVED = /^(?:提高|提升|上升|增加|增长|扩大|下降|降低|减少|回落|调整|变为)(?:到|至|为)?$/

/** 力争, 预计 …: what a target says before its number, which is no indicator. */
const TARGET_ONLY = /^(?:力争|争取|预计|确保|有望|目标(?:为|是)?|计划)$/

/** Whether the number sits inside quotes that a task word follows: “…212亿元,同比增长15%”的目标任务. */
function insideQuotedTask(sentence: string, q: QuantityLike): boolean {
  const open = sentence.lastIndexOf('“', q.start)
  if (open < 0 || sentence.lastIndexOf('”', q.start) > open) return false
  return /^[^“”。;]{0,40}”的?(?:目标|任务)/.test(sentence.slice(q.end))
}

/** A total a subject may take the indicator of: a named one, in the same unit (项目 counted in 个 is not 投资). */
function subjectTotal(total: Previous | null, unit: Unit): boolean {
  return total !== null && isNamed(total.metric) && (total.unit === unit || (unit === '%' && total.kind !== 'level'))
}

/** A metric the rules named, not a catch-all by unit (rate, count, money_amount). */
export function isNamed(metric: MetricKey): boolean {
  return !FALLBACK_KEYS.has(metric)
}

/** The total a part of `p` belongs to: p's own total when p is itself a part, else p. */
function baseOf(p: Previous): string {
  return p.base ?? p.label
}

/** A growth or a share (in percent) may follow a level of any unit; a level takes another's metric only in the same unit. */
function sameUnit(previous: Unit, unit: Unit): boolean {
  return previous === unit || unit === '%'
}

/** The base of a growth other than 同比, read in the clause before the number. */
const COMPARISON = /(?:比|较)((?:19|20)\d{2})年同期|环比|(?:两|2)年(?:平均|均)/
/** 较2008年的47亿元增长: a growth verb right after the level of a named base year. */
const GROWTH_OVER_BASE = /(?:比|较)((?:19|20)\d{2})年的(?:约|近)?[\d.]+(?:万|亿|万亿)?[^\d,;。]{0,3}(?:增长|增加|提高|上升|翻了|下降|减少)了?$/

const FLOW_METRICS = new Set(['gdp', 'gdp_per_capita', 'value_added', 'output_value', 'cargo_volume', 'investment'])

function finish(
  metric: MetricKey,
  kind: FigureKind,
  value: number,
  unit: Unit,
  label: string,
  lead: string,
  sentenceBefore: string,
  declined: boolean,
  base: string | null,
  growthTarget: boolean,
  subjectAt: number | null,
): MetricReading {
  if (unit === 'pp') metric = 'rate_change'
  // 可达百亿元 under a headline on 人均GDP: no one person's share of output is ten million yuan.
  if (metric === 'gdp_per_capita' && MONEY.includes(unit) && kind !== 'growth' && kind !== 'share' && value >= 1e7) metric = fallbackMetric(unit)
  // A level in percent of a core indicator is some rate of it; a target growth (力争增长10%) is that indicator's.
  if ((kind === 'level' || (kind === 'target' && !growthTarget)) && (unit === '%' || unit === 'pp') && CORE_KEYS.has(metric) && metric !== 'gdp') metric = 'rate'
  // Cargo handled and investment completed accumulate over the year; a project's 总投资 or a plan does not.
  const isFlow = FLOW_METRICS.has(metric) && kind !== 'target' && !/总投资|计划|规划|储量|存量|余额/.test(kind === 'share' ? label : label + lead)
  const isStock = !isFlow && (STOCK.test(label) || STOCK.test(lead) || /截至|截止/.test(sentenceBefore))
  return { metric, kind, value, unit, label, isStock, isFlow, declined, base, comparison: kind === 'growth' ? comparisonOf(lead, sentenceBefore) : null, subjectAt }
}

function comparisonOf(lead: string, sentenceBefore: string): string | null {
  const times = TIMES_YEAR.exec(lead)
  if (times) return `较${times[1]}年`
  // 较2008年的47亿元增长3.6倍: a growth over the level of a named year, written just before it.
  const base = GROWTH_OVER_BASE.exec(sentenceBefore)
  if (base && !COMPARISON.test(lead)) return `较${base[1]}年`
  const m = COMPARISON.exec(lead)
  if (!m) return null
  return m[1] ? `较${m[1]}年` : /环比/.test(m[0]) ? '环比' : '两年平均'
}

/** 增长到, 提升至, 保持在: a verb of reaching a level. */
const REACHED = /(?:增长|增加|提高|提升|上升|下降|减少|降低|降|升|扩大)(?:到|至)$|保持(?:在)?$/
const REACHED_LAST = lastCharsOf(['到', '至', '保持', '保持在'])
/** Verbs before a level (达到, 突破, 累计 …) and verbs of handing out money (投入, 拨付 …), at the end of a lead. */
const LEVEL_VERBS = [
  '达到', '达', '为', '是', '实现', '完成', '突破', '超过', '超', '逾', '约', '近', '接近', '将近', '不到', '不足', '高达', '最高', '最低', '至少',
  '累计', '共计', '总计', '合计', '新增', '增加', '减少', '投入', '引进', '争取到', '争取', '获得', '兑现', '发放', '拨付', '下达', '安排', '落实',
]
const LEVEL_VERBS_AT_END = new RegExp(`(?:${LEVEL_VERBS.join('|')})+$`)
const LEVEL_VERBS_LAST = lastCharsOf(LEVEL_VERBS)

function stripVerbs(lead: string, growthVerb: string | undefined): string {
  let text = growthVerb ? lead.slice(0, lead.length - growthVerb.length) : lead
  if (endsInOneOf(text, REACHED_LAST)) text = text.replace(REACHED, '')
  const verbs = endsInOneOf(text, LEVEL_VERBS_LAST) ? LEVEL_VERBS_AT_END.exec(text) : null
  if (!verbs) return text
  // A run holding 投入, 拨付 … keeps them, as they say what the money is (累计投入达 → 累计投入); the verbs after them go.
  const run = verbs[0]
  const kept = /投入|引进|争取|获得|兑现|发放|拨付|下达|安排|落实|新增/.test(run) ? run.replace(/(?:达到|(?<![下到送抵])达|为|是|实现|完成|突破|超过|超|逾|约|近|接近|将近|不到|不足|高达|最高|最低|至少|累计|共计|总计|合计)+$/, '') : ''
  return text.slice(0, verbs.index) + kept
}

/**
 * A label written after the number: `24.5万元专项补贴`, `800万吨年度目标`, and in a headline that opens with its
 * figure, after a blank or `!` (`近7万吨 某口岸单日过货量再刷纪录`).
 */
function labelAfter(sentence: string, end: number): string {
  const m = sentence.slice(end, end + 16).match(/^[ !]?(?:的)?([\u4e00-\u9fff]{2,12})/)
  if (!m) return ''
  const words = m[1]
  return namesIndicator(words) ? words : ''
}

const INDUSTRY_NAME = /(?:产业|工业|行业|制造业|采矿业|开采业|加工业|供应业|服务业|建筑业|农业|牧业|渔业|林业|发电业|技术业)$/

/** Every industry name ends in 业: the end-anchored regex (tried from every position) only runs when the label does. */
function isIndustryName(label: string): boolean {
  return label.endsWith('业') && INDUSTRY_NAME.test(label)
}

const SUBJECT_END = /(?:产业|工业|制造业|行业|业|类|企业|产品|项目|品)$/
const SUBJECT_LAST = lastCharsOf(['业', '类', '品', '项目'])

/** A bare subject (a sector, a product, a place) that takes the indicator of the figure before it. */
function isSubject(label: string): boolean {
  if (isIndustryName(label) && label.length <= 24) return true
  return label.length <= 14 && endsInOneOf(label, SUBJECT_LAST) && SUBJECT_END.test(label)
}

/** A project named as an item: 某某产业园建设项目, 某路改扩建工程一期. */
const PROJECT_NAME = /(?:项目|工程)(?:[一二三四]期)?$/

/** An item of a list after 其中: a short name (煤炭, 发往华北方向), not a clause. */
function isItem(label: string): boolean {
  return label.length <= 12 && !/[,;。]/.test(label)
}

/**
 * Three shares of the three industries of a GDP: `三次产业结构为8:40:52`, or `第一、二、三产业占…的比重分别为8%、40%和52%`
 * and their contributions to growth: value added of each industry.
 */
function industryShares(sentence: string, quantities: readonly QuantityLike[]): (GivenLabel | null)[] {
  const out: (GivenLabel | null)[] = quantities.map(() => null)
  let investmentBefore = -1
  for (const group of shareGroups(sentence, quantities)) {
    if (group.length !== 3) continue
    const before = sentence.slice(0, quantities[group[0]].start)
    // 投资结构比例从8:47:45优化为2021年的6:38:56: the three industries' shares of investment, not of value
    // added, in both structures of the change.
    const changedTo = investmentBefore >= 0 && STRUCTURE_CHANGED_TO.test(sentence.slice(investmentBefore, quantities[group[0]].start))
    if (changedTo || INVESTMENT_STRUCTURE.test(before.replace(/(?:19|20)\d{2}年/g, ''))) {
      group.forEach((qi, k) => (out[qi] = { label: INDUSTRY_NAMES[k] + '投资', metric: 'investment', base: null }))
      investmentBefore = quantities[group[2]].end
    } else if (THREE_INDUSTRIES.test(before)) group.forEach((qi, k) => (out[qi] = { label: INDUSTRY_NAMES[k], metric: 'value_added', base: '三次产业增加值' }))
  }
  return out
}

/** What joins a structure to the one it changed into: 调整为2020年的, 优化到. */
const STRUCTURE_CHANGED_TO = /^(?:调整|演进|演变|优化|转变|变化|变动)(?:为|到|至)(?:(?:19|20)\d{2}年(?:底|末)?的?)?$/

/** 投资结构比例, 三次产业投资结构: a structure of investment by industry, named before its a:b:c. */
const INVESTMENT_STRUCTURE = /投资[^,;。:\d]{0,6}(?:结构|比例)[^,;。\d]{0,12}$/

/** Consecutive shares (an a:b:c structure, or `分别为` a list of percentages) that form one group. */
function shareGroups(sentence: string, quantities: readonly QuantityLike[]): number[][] {
  const groups: number[][] = []
  let current: number[] = []
  quantities.forEach((q, i) => {
    const prev = current.length ? quantities[current[current.length - 1]] : null
    const joined = prev && /^(?:[、和及与:\u2236]|%、|%和)?$/.test(sentence.slice(prev.end, q.start))
    const isShare = q.form === 'ratio' || (q.form === 'percent' && /分别(?:为|是|达到?)?$|[、和]$/.test(sentence.slice(Math.max(0, q.start - 4), q.start)))
    if (isShare && (joined || current.length === 0)) current.push(i)
    else {
      if (current.length > 1) groups.push(current)
      current = isShare ? [i] : []
    }
  })
  if (current.length > 1) groups.push(current)
  return groups
}

/** 一、二、三产业 and 第一、二、三次产业: the three industries named once, their numbers shortened. */
const ABBREVIATED_INDUSTRIES = /(?:第)?一[、,](?:第)?二[、,和及](?:第)?三次?产业/

/**
 * `A、B和C分别增长x、y和z`: pairs each quantity with its own subject and the shared indicator noun.
 * Returns null for quantities outside such a list.
 */
function distributeLabels(sentence: string, quantities: readonly QuantityLike[], placeNames: readonly string[]): (GivenLabel | null)[] {
  const out: (GivenLabel | null)[] = quantities.map(() => null)
  const re = /分别/g
  let m: RegExpExecArray | null
  while ((m = re.exec(sentence))) {
    const at = m.index
    const following = quantities.map((q, i) => [q, i] as const).filter(([q]) => q.start > at)
    if (following.length < 2) continue
    let head = clauseBefore(sentence, at)
    // 甲旗、乙旗获得资金较多,分别为…: the items stand in the clause before.
    if (!head.text.replace(/同比|环比|比上年|较上年|均/g, '').trim() && head.start > 0) head = clauseBefore(sentence, head.start - 1)
    let subjects = head.text.replace(PERIOD_WORDS, '')
    subjects = subjects
      .replace(/[与和同跟较比](?:去年|上年|上月)同期(?:相比|比较)?$/, '')
      .replace(/(?:同比|环比|比上年|较上年)$/, '')
      .replace(/(?:较多|较快|最多|最快|居前|领先)$/, '')
    // 一、二、三产业的增加值分别…: the three industries written as one, each its own item.
    subjects = subjects.replace(ABBREVIATED_INDUSTRIES, INDUSTRY_NAMES.join('、'))
    // 班列达2387列、运送货物25.9万标箱,同比分别增长6.5%、8.3%: each item is named by what stands before its number.
    const items = splitItems(subjects, placeNames).map((s) => s.trim().replace(/(?:达到?|为|完成|共)?\d[\d.]*.*$/, '')).filter(Boolean)
    // 甲市、乙盟投资增速分别为: growths, and each item is a place whose figure it is.
    const growths = /(?:增速|增幅|增长率)$/.test(subjects) || /^(?:增速|增幅)/.test(sentence.slice(at + 2))
    const group: number[] = []
    for (const [q, i] of following) {
      const between = sentence.slice(group.length ? quantities[group[group.length - 1]].end : at, q.start)
      if (/[,;。]/.test(between)) break
      group.push(i)
    }
    if (items.length !== group.length || items.length < 2) continue
    const last = items[items.length - 1].replace(/(?:增速|增幅|增长率)$/, '')
    const noun = indicatorNoun(last)
    let cursor = head.start
    group.forEach((qi, k) => {
      const written = sentence.indexOf(items[k], cursor)
      if (written >= 0) cursor = written + items[k].length
      const place = placeNames.find((p) => items[k].startsWith(p))
      const rest = cleanLabel(items[k].replace(SCOPE_WORDS, '').replace(/(?:增速|增幅|增长率)$/, ''), placeNames)
      const label = place ? noun || rest : noun && !namesIndicator(rest) ? rest + noun : rest
      const given: GivenLabel = { label }
      if (growths) given.kind = 'growth'
      if (place && written >= 0) given.subjectAt = written + place.length
      out[qi] = given
    })
  }
  interleavedPlaces(sentence, quantities, placeNames, out)
  coordinatedLabels(sentence, quantities, placeNames, out)
  return out
}

/**
 * 运输货物量和周转量分别为9亿吨、1500亿吨公里 without 分别 (货物量和周转量9亿吨和1500亿吨公里): names joined by 和 (、, 及) right before as many amounts joined the same way,
 * without 分别, pair in order. Each name must name an indicator (甲旗和乙旗8亿元 is a sum, not a list).
 */
function coordinatedLabels(sentence: string, quantities: readonly QuantityLike[], placeNames: readonly string[], out: (GivenLabel | null)[]): void {
  for (let i = 0; i < quantities.length; i++) {
    if (quantities[i].form !== 'amount' || out[i] !== null) continue
    const run = [i]
    while (run.at(-1)! + 1 < quantities.length) {
      const [a, b] = [quantities[run.at(-1)!], quantities[run.at(-1)! + 1]]
      if (b.form !== 'amount' || out[run.at(-1)! + 1] !== null || !/^[、和及与]$/.test(sentence.slice(a.end, b.qualifierStart))) break
      run.push(run.at(-1)! + 1)
    }
    if (run.length < 2) continue
    const head = clauseBefore(sentence, quantities[i].qualifierStart)
    const items = splitItems(head.text, placeNames)
    const names = items.slice(-run.length).map((item, k) => (k === 0 ? item : item.trim()))
    if (items.length < run.length || names.some((n) => !n || !namesIndicator(cleanLabel(n, placeNames)))) {
      i = run.at(-1)!
      continue
    }
    run.forEach((qi, k) => (out[qi] = { label: cleanLabel(names[k], placeNames) }))
    i = run.at(-1)!
  }
}

/**
 * `班列共3210列,所运送货物33万标箱,分别比上年增长7%和12%`: where the list after 分别 names nothing, its k-th growth is that
 * of the k-th of the levels written last before it (with no other percentage among them). -1 for other quantities.
 */
function pairedWithLevels(sentence: string, quantities: readonly QuantityLike[], distributed: readonly (GivenLabel | null)[]): number[] {
  const out = quantities.map(() => -1)
  // 发送量23亿吨、周转量5500亿吨公里,分别增长 without 分别 (…公里,增长12%、6%): a list of growths right after a growth verb pairs as 分别 does.
  const starts = [...sentence.matchAll(/分别/g)].map((m) => m.index)
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [a, b] = [quantities[i], quantities[i + 1]]
    if (a.form !== 'percent' || b.form !== 'percent' || !/^[、和及]$/.test(sentence.slice(a.end, b.start))) continue
    if (!GROWTH_VERB.test(sentence.slice(Math.max(0, a.start - 12), a.start)) || /分别/.test(sentence.slice(Math.max(0, a.start - 12), a.start))) continue
    if (i > 0 && quantities[i - 1].form === 'percent' && /^[、和及]$/.test(sentence.slice(quantities[i - 1].end, a.start))) continue
    starts.push(a.start - 1)
  }
  for (const at of starts.sort((x, y) => x - y)) {
    const group: number[] = []
    for (let i = 0; i < quantities.length; i++) {
      const q = quantities[i]
      if (q.start <= at) continue
      if (q.form !== 'percent') break
      // 分别增长7.3%,12.8%,15.4%: commas may part the items of the list, but nothing else.
      const between = sentence.slice(group.length ? quantities[group[group.length - 1]].end : at, q.start)
      if (/[,;。]/.test(between) && !(group.length > 0 && between === ',')) break
      group.push(i)
    }
    if (group.length < 2 || group.some((i) => distributed[i] !== null)) continue
    const before: number[] = []
    for (let i = 0; i < quantities.length && quantities[i].end <= at; i++) before.push(i)
    const levels = before.slice(-group.length)
    const first = levels[0]
    // …增长9%和4%,比2019年增长20%和10%: a second list of growths of the same levels as the list before it.
    if (levels.length === group.length && levels.every((i) => out[i] >= 0)) {
      group.forEach((qi, k) => (out[qi] = out[levels[k]]))
      continue
    }
    if (levels.length !== group.length || before.slice(before.indexOf(first)).some((i) => quantities[i].form !== 'amount')) continue
    group.forEach((qi, k) => (out[qi] = levels[k]))
  }
  return out
}

/**
 * 快于全区平均的盟市共4个,分别是甲盟22.1%、乙市17.6%、丙市13% and 另外几个旗县完成投资依次为甲旗8.3亿元、乙县6.7亿元: each
 * number after 分别是/依次为 stands right after its own place, and takes the clause before the list as its label (a
 * growth under 增速, a share under 完成率). Numbers with anything else before them end the list.
 */
function interleavedPlaces(sentence: string, quantities: readonly QuantityLike[], placeNames: readonly string[], out: (GivenLabel | null)[]): void {
  if (placeNames.length === 0) return
  const re = /(?:分别|依次)(?:是|为)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(sentence))) {
    const at = m.index
    let cursor = at + m[0].length
    const group: { qi: number; subjectAt: number }[] = []
    for (let qi = 0; qi < quantities.length; qi++) {
      const q = quantities[qi]
      if (q.start < cursor) continue
      const between = sentence.slice(cursor, q.qualifierStart).replace(/^[、和及与]/, '')
      const place = placeNames.find((p) => between === p || between === p + '为')
      if (!place || out[qi]) break
      group.push({ qi, subjectAt: cursor + sentence.slice(cursor, q.qualifierStart).indexOf(place) + place.length })
      cursor = q.end
    }
    if (group.length < 2) continue
    let head = clauseBefore(sentence, at)
    if (!head.text.trim() && head.start > 0) head = clauseBefore(sentence, head.start - 1)
    // 论增速,共4个盟市快于全区,分别是…: the clause before the head may say what the numbers are.
    const framing = sentence.slice(clauseBefore(sentence, Math.max(0, head.start - 1)).start, at)
    const kind = /增速|增幅|增长率/.test(framing) ? 'growth' : /完成率|占比|比重/.test(framing) ? 'share' : undefined
    const named = cleanLabel(head.text.replace(PERIOD_WORDS, '').replace(SCOPE_WORDS, '').replace(/^(?:其余|其他|其它)?(?:地区|旗县区?|盟市|旗区|县区)/, ''), placeNames)
    const label = namesIndicator(named) ? named : ''
    for (const { qi, subjectAt } of group) out[qi] = { label, subjectAt, ...(kind ? { kind } : {}) }
  }
}

/** Items of a list parted by 、 和 及 与, where a place's own 和 (呼和浩特, 和林格尔) parts nothing. */
function splitItems(list: string, placeNames: readonly string[]): string[] {
  // Each joiner inside a place name stands in for a private-use character while the list is split.
  const JOINERS = ['和', '及', '与']
  const MASKS = ['\ue001', '\ue002', '\ue003']
  let masked = list
  for (const p of placeNames) {
    if (!/[和及与]/.test(p)) continue
    let hidden = p
    JOINERS.forEach((j, k) => (hidden = hidden.replaceAll(j, MASKS[k])))
    masked = masked.replaceAll(p, hidden)
  }
  return masked.split(/、|和|及|与|以及/).map((s) => {
    let shown = s
    MASKS.forEach((m, k) => (shown = shown.replaceAll(m, JOINERS[k])))
    return shown
  })
}

function indicatorNoun(label: string): string {
  const m = label.match(/(产量|零售额|增加值|产值|投资|货运量|发送量|运量|进口量|出口量|吞吐量|运输量|销售额|收入|储量|资源储量|比率|覆盖率|人数|起数|资金)$/)
  return m ? m[1] : ''
}
