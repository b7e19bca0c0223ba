/**
 * The indicator catalogue: the indicators a statistics office publishes, each with the wordings news uses for it.
 * Named after the national statistics indicator system (国家统计局指标体系). Ordered: the first entry whose `names`
 * match a figure's label (or, for a part, its total's label) wins, so specific names come first
 * (人均地区生产总值 before 地区生产总值, 规模以上工业增加值 before 增加值).
 *
 * `context`, when given, must also match the sentence or the article: 货运量 is a port's only where ports are
 * the subject. A figure whose metric is not the entry's `metric` never takes it.
 */
import type { IndicatorInfo } from '../../model/index.ts'

export interface IndicatorRule extends IndicatorInfo {
  names: RegExp
  /** Words the figure's sentence or its article must hold. */
  context?: RegExp
  /** Words the figure's own sentence must hold (a pronoun of one project is no cue for the rest of the article). */
  sentence?: RegExp
}

export const INDICATORS: readonly IndicatorRule[] = [
  { key: 'gdp_per_capita', zh: '人均地区生产总值', en: 'GDP per capita', metric: 'gdp_per_capita', unitKind: 'money', names: /人均/ },
  { key: 'gdp', zh: '地区生产总值', en: 'GDP', metric: 'gdp', unitKind: 'money', names: /生产总值|GDP|经济总量/i },
  {
    key: 'gdp_by_industry', zh: '三次产业增加值', en: 'Value added by industry (primary, secondary, tertiary)', metric: 'value_added',
    unitKind: 'money', names: /第[一二三]产业|三次产业|服务业增加值/,
  },
  // 全部工业增加值, and 工业增加值 written without 规模以上: all of industry, as the GDP accounts give it, a line apart
  // from the monthly figure of the enterprises above designated size.
  {
    key: 'industry_value_added', zh: '工业增加值', en: 'Value added of industry (all enterprises)', metric: 'value_added',
    unitKind: 'money', names: /全部工业|^(?:全[区市盟旗县])?工业增加值/,
  },
  {
    key: 'industrial_value_added', zh: '规模以上工业增加值', en: 'Value added of industry above designated size', metric: 'value_added',
    unitKind: 'money', names: /规模以上工业|规上工业|工业增加值|工业经济/,
  },
  // 农、林、牧、渔业增加值: the primary sector's own account, never industry's, even in a report on industry.
  {
    key: 'agricultural_value_added', zh: '农林牧渔业增加值', en: 'Value added of agriculture, forestry, animal husbandry and fishery',
    metric: 'value_added', unitKind: 'money', names: /农[、,]?林[、,]?牧[、,]?渔/,
  },
  // 采矿业增加值, 食品制造业增长9% in a report on industry: an industry's share of industrial value added, and so is
  // its 占比 or 贡献率 (the twin of its growth, one series).
  {
    key: 'industrial_value_added', zh: '规模以上工业增加值', en: 'Value added of industry above designated size', metric: 'value_added',
    unitKind: 'money', names: /业(?:增加值)?(?:的?(?:占比|比重|贡献率))?$/, context: /工业/,
  },
  { key: 'value_added', zh: '增加值', en: 'Value added', metric: 'value_added', unitKind: 'money', names: /增加值/ },
  { key: 'agricultural_output_value', zh: '农林牧渔业总产值', en: 'Gross output of agriculture, forestry, animal husbandry and fishery', metric: 'output_value', unitKind: 'money', names: /农[、,]?林[、,]?牧[、,]?渔/ },
  { key: 'industrial_output_value', zh: '工业总产值', en: 'Gross industrial output', metric: 'output_value', unitKind: 'money', names: /工业(?:总)?产值|(?:规模以上|规上)(?:工业)?企业.{0,4}总产值/ },
  { key: 'output_value', zh: '产值', en: 'Output value', metric: 'output_value', unitKind: 'money', names: /产值/ },
  // 日均货物发运量, 日均通关: cargo per day, apart from the cargo of the period it is the average of.
  { key: 'cargo_daily_average', zh: '日均货运量', en: 'Cargo per day (daily average)', metric: 'cargo_volume', unitKind: 'mass', names: /日均/ },
  // 机场货邮吞吐量, 货邮发运量: what an airport handles, cargo and mail together, in tonnes (before 发运 reads as rail).
  { key: 'airport_cargo', zh: '机场货邮吞吐量', en: 'Airport cargo and mail', metric: 'cargo_volume', unitKind: 'mass', names: /货邮/ },
  // 公路运输完成货运量, 综合运输货运量: freight by mode of transport, even in a report that names ports too.
  { key: 'freight_volume', zh: '货运量', en: 'Freight volume', metric: 'cargo_volume', unitKind: 'mass', names: /运输[^,;]*货运量|综合货运量/ },
  // 铁路口岸 is a kind of border port: its 进出口运量 is what passes the port, not what the railway dispatches.
  {
    key: 'rail_freight', zh: '铁路货物发送量', en: 'Rail freight dispatched', metric: 'cargo_volume', unitKind: 'mass',
    names: /铁路(?!口岸)|发送|发运|外运|发往/,
  },
  {
    key: 'port_cargo', zh: '口岸进出境货运量', en: 'Cargo through border ports', metric: 'cargo_volume', unitKind: 'mass',
    names: /口岸|进出口|进出境|过货|通关|验放|进口|出口|过境|货运量|吞吐量|货物量|(?<![客人])运量/, context: /口岸|进出口|进出境|过货|通关/,
  },
  { key: 'freight_volume', zh: '货运量', en: 'Freight volume', metric: 'cargo_volume', unitKind: 'mass', names: /货运|货物|运量|运输/ },
  { key: 'project_total_investment', zh: '项目总投资', en: 'Total investment of projects', metric: 'investment', unitKind: 'money', names: /^(?!.*固定资产).*(?:总投资|投资总额)/ },
  { key: 'planned_investment', zh: '年度计划投资', en: 'Planned investment for the year', metric: 'investment', unitKind: 'money', names: /计划(?:完成)?投资(?!的)|^(?:当年|年度|今年)投资$|(?:欲|拟)投(?!资)/ },
  { key: 'investment_attracted', zh: '招商引资到位资金', en: 'Investment attracted (funds in place)', metric: 'investment', unitKind: 'money', names: /到位资金|资金到位|招商引资|引资|引进.*资金/ },
  { key: 'new_investment', zh: '新增投资', en: 'New investment', metric: 'investment', unitKind: 'money', names: /新增投资/ },
  // 完成投资12亿元 in news of projects: what the projects completed, not the region's fixed-asset investment.
  // 第二产业投资额, 建筑安装工程投资额 and their 占比: a part of fixed-asset investment (by sector, by type of outlay);
  // so is a field's (电力投资, 交通投资, 水利投资 in a report of the period's investment), and what industries complete
  // (六大产业完成投资, 三个行业完成投资额) outside news of projects.
  { key: 'project_completed_investment', zh: '项目完成投资', en: 'Investment completed by projects', metric: 'investment', unitKind: 'money', names: /^投资$|完成.*投资/, context: /重点项目|项目建设|开工|复工|亿元以上项目/ },
  // 目前该项目已完成投资6.6亿元: one project named in the sentence makes what it completed a project's.
  { key: 'project_completed_investment', zh: '项目完成投资', en: 'Investment completed by projects', metric: 'investment', unitKind: 'money', names: /^投资$|完成.*投资/, sentence: /(?:该|此|本|这个|这一|整个)项目|项目(?:已|累计|目前|现已)/ },
  { key: 'fixed_asset_investment', zh: '固定资产投资', en: 'Fixed-asset investment', metric: 'investment', unitKind: 'money', names: /固定资产投资|固投|固定投资|(?:工业|房地产开发|民间|基础设施|社会领域|技改|业|领域|开工项目|建筑安装工程|设备工器具购置|其他费用|电力|能源|交通|水利|环保|民生|市政|城建|教育|卫生|文旅|物流)投资额?(?:占比)*$|业完成投资额?(?:占比)*$|^投资$/ },
  { key: 'project_completed_investment', zh: '项目完成投资', en: 'Investment completed by projects', metric: 'investment', unitKind: 'money', names: /完成投资|完成.*投资|项目/ },
  { key: 'investment', zh: '投资', en: 'Investment', metric: 'investment', unitKind: 'money', names: /投资|投入/ },
  { key: 'government_funding', zh: '财政资金', en: 'Government funding', metric: 'funding', unitKind: 'money', names: /./ },
]

/** The parts news breaks a total into, by dimension. Each maps wordings to one canonical name. */
export const COMMODITIES: readonly [string, RegExp][] = [
  ['非金属矿石', /非金属矿/],
  ['金属矿石', /金属矿/],
  ['铁精矿', /铁精矿|铁精粉/],
  ['铁矿石', /铁矿/],
  ['铜精粉', /铜精粉|铜精矿|铜矿/],
  ['煤炭', /煤炭|原煤|蒙煤|焦煤|动力煤|煤/],
  ['原油', /原油|石油/],
  ['木材', /木材|原木|板材/],
  ['粮食', /粮食/],
  ['化肥', /化肥/],
  ['钢铁', /钢铁|钢材/],
  ['矿建', /矿建/],
  ['集装箱', /集装箱/],
  ['天然气', /天然气/],
]

/** What part of an airport's cargo and mail a figure is: sent out (货邮发运量, 出港) or come in (到达, 进港). */
export const AIRPORT_FLOWS: readonly [string, RegExp][] = [
  ['发运', /发运|发送|出港/],
  ['到达', /到达|进港/],
]

export const DIRECTIONS: readonly [string, RegExp][] = [
  ['import', /(?<!出)进口|(?<!出)入境|进境/],
  ['export', /(?<!进)出口|(?<![进入])出境/],
]

/**
 * Which ports a port figure counts, when its label opens with them: all ports, or only those by land, rail or
 * road (陆路口岸货运量). `中蒙最大陆路口岸…货运量` describes one port, not a class of ports.
 */
export const PORT_SCOPES: readonly [string, RegExp][] = [
  ['陆路口岸', /^陆路口岸/],
  ['铁路口岸', /^铁路口岸/],
  ['公路口岸', /^公路口岸/],
  ['航空口岸', /^(?:航空口岸|空港)/],
]

/** Which country's trade a port figure counts, when its label opens with it (对俄口岸货运量, 对蒙进口). */
export const PARTNERS: readonly [string, RegExp][] = [
  ['俄罗斯', /^对俄(?:罗斯)?/],
  ['蒙古国', /^对蒙(?:古国?)?/],
]

/** What kind of trade a port figure counts beyond imports and exports: goods passing through (转口, 过境货物). */
export const TRADE_KINDS: readonly [string, RegExp][] = [['转口', /转口|过境/]]

/** The mode of a transport figure (公路运输完成货运量): each mode is its own line; 综合运输 is all of them. */
export const TRANSPORT_MODES: readonly [string, RegExp][] = [
  ['国际道路', /国际道路/],
  ['国际', /国际/],
  ['公路', /公路|道路/],
  ['铁路', /铁路/],
  ['水路', /水路|水运/],
  ['航空', /航空|民航/],
]

export const OWNERSHIPS: readonly [string, RegExp][] = [
  // 非公有企业: 非公有 whole, so no 有企业 is left behind.
  ['民营', /民营|民间|非公有制?|非公/],
  ['国有', /国有|国企/],
  ['外资', /外资|外商/],
]

/**
 * Which fund a funding figure reports, by the word that names it: two funds of one article are two series
 * (扶贫资金 and 化债奖励资金), and one fund named alike in two articles is one. More specific words come first.
 */
export const FUNDS: readonly [string, RegExp][] = [
  ['化债', /化债|化解.{0,4}债务/],
  ['专项债券', /专项债/],
  ['一般债券', /一般债/],
  ['衔接', /衔接/],
  ['奖补', /奖补|补奖|以奖代补|奖励/],
  // 彩票公益金: the state lottery's share for public works, granted like any fund (用公益金120万元修建的…);
  // spent on poverty relief, it is still that fund.
  ['彩票公益金', /公益金/],
  ['扶贫', /扶贫|脱贫/],
  ['专项转移支付', /专项转移支付/],
  ['财力性转移支付', /财力性转移支付/],
  ['一般性转移支付', /一般性转移支付/],
  ['转移支付', /转移支付/],
  ['贴息', /贴息/],
  ['补贴', /补[贴貼]/],
  ['补助', /补助/],
  ['专项资金', /专项资金/],
]

export const INDUSTRIES: readonly [string, RegExp][] = [
  ['第一产业', /第一产业|一产/],
  ['第二产业', /第二产业|二产/],
  ['第三产业', /第三产业|三产|服务业/],
  // The statistics' third group of industry, written out or shortened (电力燃气及水的生产和供应业, 电力热力燃气水业).
  ['电力、热力、燃气及水生产和供应业', /电力[、,]?(?:热力[、,]?)?燃气(?:及|和|、)?水(?:的)?(?:生产(?:和|与)?供应)?业/],
]

/**
 * Trains named before the containers they carry (`出境班列472列、4.8万标箱`): the trains' kind, which the containers'
 * figure keeps (its direction), and what such a figure is (`班列运送货物`).
 */
export const TRAINS = /(?:出入境|出境|入境|进境|去程|回程|返程)?(?:中欧|中亚|跨境|国际)?(?:货运)?班列$/
