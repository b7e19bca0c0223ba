/**
 * Regions stage: which places a sentence names, which region a figure belongs to, and where a page and an
 * article are from. Pure: the division table comes in as an argument (see divisions.ts).
 *
 * Every division name comes from the table; the short forms are derived by rule (鄂尔多斯市 → 鄂尔多斯,
 * 达拉特旗 → 达拉特). Only what the standard does not list is curated here: usage abbreviations (达茂旗, 科右中旗),
 * nicknames (首府, 青城), land ports, and words that contain a place name without being one (大兴安岭).
 */
import type { Region } from '../model/index.ts'
import type { Division, DivisionLevel, DivisionTable } from '../model/divisions.ts'
import { CITY_NICKNAMES, COMMON_SHORT_FORMS } from '../model/regionAliases.ts'
import { AGENCY } from './lexicon/datelines.ts'

export type PlaceLevel = 'country' | 'province' | 'city' | 'county' | 'town' | 'port' | 'zone'

export interface PlaceMention {
  /** UTF-16 offsets in the sentence; `written` is `sentence.slice(start, end)`. */
  start: number
  end: number
  written: string
  /** Official name of the place itself: 达尔罕茂明安联合旗, 吉格斯太镇, 满都拉口岸. */
  name: string
  level: PlaceLevel
  /** The division the place is or lies in (a town or port gives its county), 6 digits. */
  code: string
  /** Parent of `code`. */
  parentCode: string | null
  /** 9-digit code when the place is a town or a zone listed among towns. */
  townCode: string | null
  /** Named as part of an organisation (某电力集团某供电公司): a weaker sign of where the text is about. */
  inOrganisation: boolean
  weight: number
}

/** What a scope word (全市, 全旗, 我国 …) covers; resolved against the page's home and the article's region. */
export type ScopeKind = 'country' | 'region' | 'league' | 'city' | 'county' | 'town'

export interface ScopeWordMention {
  start: number
  end: number
  written: string
  scope: ScopeKind
}

export interface RegionContext {
  home: Region
  articleRegion?: Region
  /** The region of the previous sentence of the same paragraph, carried by the caller. */
  inherited?: Region | null
}

export type RegionBasis = 'explicit' | 'scope-word' | 'inherited' | 'article' | 'home'

export interface ResolvedRegion {
  region: Region
  /** The finest place as written in the sentence (满都拉口岸, 吉格斯太镇), or null. */
  place: string | null
  scope: RegionBasis
}

export interface RegionMap {
  /** Places named in a sentence, left to right; `hints` (codes, most relevant first) settle names shared by several places. */
  findPlaces(sentence: string, hints?: readonly string[]): PlaceMention[]
  /** Scope words (全区, 全市, 全旗, 我国 …) not part of a place name or a comparison (居全国首位). */
  findScopeWords(sentence: string, places?: readonly PlaceMention[]): ScopeWordMention[]
  /** The region a page is from, read from its text: a city or banner paper, or the whole region; null when nothing says. */
  inferHomeRegion(pageText: string): Region | null
  /** The region the figure whose number starts at `numberIndex` belongs to. */
  resolveRegion(sentence: string, numberIndex: number, ctx: RegionContext): ResolvedRegion
  /** The region a sentence talks about, for the next sentence to inherit; null when it names none. */
  sentenceRegion(sentence: string, ctx: RegionContext): Region | null
  /** The dominant place of an article (headline and body), or `home` when it names none. */
  regionOfArticle(text: string, home: Region): Region
  /** `regionOfArticle(pageText.slice(start, end), home)`, reading the page's lines as inferHomeRegion split them. */
  regionOfSpan(pageText: string, start: number, end: number, home: Region): Region
  /** A region by code (6 digits) or by name, official or short (达拉特旗, 达拉特, 首府); null when unknown or ambiguous. */
  region(codeOrName: string): Region | null
  regionName(code: string): string | null
  levelOf(code: string): DivisionLevel | null
  parentOf(code: string): string | null
  /** The league or prefecture-level city a code lies in (150621 → 150600); null above that level. */
  leagueOf(code: string): string | null
  /** Whether `code` is `ancestor` or lies within it. */
  isWithin(code: string, ancestor: string): boolean
  /** The home province's leagues and cities, in code order. */
  listLeagues(): Region[]
  /** Banners, counties, districts and coded zones of a league, in code order. */
  listCounties(leagueCode: string): Division[]
}

/** Land ports, which the standard does not code: each with the banner or city it lies in. */
export const LAND_PORTS: { name: string; county: string; shortForms: string[] }[] = [
  { name: '满都拉口岸', county: '达尔罕茂明安联合旗', shortForms: ['满都拉'] },
  { name: '甘其毛都口岸', county: '乌拉特中旗', shortForms: [] },
  { name: '策克口岸', county: '额济纳旗', shortForms: [] },
  { name: '珠恩嘎达布其口岸', county: '东乌珠穆沁旗', shortForms: ['珠恩嘎达布其'] },
  { name: '室韦口岸', county: '额尔古纳市', shortForms: [] },
  { name: '黑山头口岸', county: '额尔古纳市', shortForms: [] },
  { name: '阿日哈沙特口岸', county: '新巴尔虎右旗', shortForms: [] },
  { name: '额布都格口岸', county: '新巴尔虎左旗', shortForms: ['额布都格'] },
  { name: '巴格毛都口岸', county: '乌拉特后旗', shortForms: ['巴格毛都'] },
  { name: '乌力吉口岸', county: '阿拉善左旗', shortForms: [] },
]

/**
 * Short forms a league's own news uses for its banners, which name another banner elsewhere or none at all (扎旗 is
 * 扎鲁特旗 in 通辽's news and 扎赉特旗 in 兴安盟's; 前旗 is whichever 前旗 the league has). Read only on a page or in a
 * sentence about that league; elsewhere a form keeps its common reading (COMMON_SHORT_FORMS) or names nothing.
 */
export const LEAGUE_SHORT_FORMS: { league: string; forms: Record<string, string> }[] = [
  { league: '兴安盟', forms: { 扎旗: '扎赉特旗', 前旗: '科尔沁右翼前旗', 中旗: '科尔沁右翼中旗', 乌市: '乌兰浩特市' } },
  { league: '通辽市', forms: { 后旗: '科尔沁左翼后旗' } },
  { league: '巴彦淖尔市', forms: { 前旗: '乌拉特前旗', 中旗: '乌拉特中旗', 后旗: '乌拉特后旗' } },
  { league: '乌兰察布市', forms: { 前旗: '察哈尔右翼前旗', 中旗: '察哈尔右翼中旗', 后旗: '察哈尔右翼后旗' } },
  { league: '鄂尔多斯市', forms: { 前旗: '鄂托克前旗' } },
  { league: '阿拉善盟', forms: { 左旗: '阿拉善左旗', 右旗: '阿拉善右旗' } },
]

/**
 * Land ports of other provinces that news lists beside the region's own (满洲里、某某、二连三大口岸): each named by its
 * town, which the division table (other provinces' counties are not in it) does not hold, with the prefecture it lies
 * in. Only names that are no ordinary word (黑河 is also a river here, 河口 a river mouth, 东兴 a shop name).
 */
export const OTHER_PROVINCE_PORTS: { name: string; city: string }[] = [
  { name: '绥芬河', city: '牡丹江市' },
  { name: '东宁', city: '牡丹江市' },
  { name: '抚远', city: '佳木斯市' },
  { name: '珲春', city: '延边朝鲜族自治州' },
  { name: '阿拉山口', city: '博尔塔拉蒙古自治州' },
  { name: '霍尔果斯', city: '伊犁哈萨克自治州' },
  { name: '红其拉甫', city: '喀什地区' },
  { name: '凭祥', city: '崇左市' },
  { name: '磨憨', city: '西双版纳傣族自治州' },
]

/**
 * Lakes, sands and sights that lie in one banner or league, which a report names instead of its own place (a banner's
 * work report on 岱海流域治理 never naming its banner): each with the division it lies in. Only ones wholly inside it
 * and not shared with a neighbouring province (贺兰山, 毛乌素 are not here), nor a symbol the whole region's news
 * cites (库布其, 巴丹吉林: 在库布其沙漠建起光伏长城 in an article about the region's new energy).
 */
export const LANDMARKS: { name: string; division: string }[] = [
  { name: '乌梁素海', division: '乌拉特前旗' },
  { name: '呼伦湖', division: '呼伦贝尔市' },
  { name: '达赉湖', division: '呼伦贝尔市' },
  { name: '岱海', division: '凉城县' },
  { name: '达里诺尔', division: '克什克腾旗' },
  { name: '达里湖', division: '克什克腾旗' },
  { name: '阿斯哈图', division: '克什克腾旗' },
  { name: '居延海', division: '额济纳旗' },
  { name: '响沙湾', division: '达拉特旗' },
  { name: '哈素海', division: '土默特左旗' },
  { name: '黄旗海', division: '察哈尔右翼前旗' },
  { name: '辉腾锡勒', division: '察哈尔右翼中旗' },
  { name: '葛根塔拉', division: '四子王旗' },
  { name: '成吉思汗陵', division: '伊金霍洛旗' },
  { name: '五当召', division: '石拐区' },
  { name: '莫尔格勒河', division: '陈巴尔虎旗' },
]

/** Words that contain a place name without naming it: a match inside one is dropped. */
export const NOT_PLACES = [
  '大兴安岭', '小兴安岭', '兴安岭', '兴安全', '隆重庆', '青城山', '多伦多', '扎根河', '蒙古国',
  '森林西', '园林西', '树林西', '振兴和', '新兴和', '年大庆',
]

/** Divisions whose name is mostly used for something else: 大兴安岭地区 (Heilongjiang) for the mountain range. */
const EXCLUDED_DIVISIONS = new Set(['大兴安岭地区'])

/** Two-character stems of districts that are used on their own; the others (新城, 青山, 回民 …) are ordinary words. */
const DISTRICT_STEMS_IN_USE = new Set(['东胜', '九原', '石拐', '集宁', '临河'])

/** Stems that are ordinary words or name something wider than the division (科尔沁 is also a grassland and a sandy land). */
const UNUSABLE_STEMS = new Set(['兴和', '化德', '商都', '科尔沁', '和林'])

/** Two-character stems of cities outside the home province that papers use and that are not ordinary words. */
const OTHER_CITY_STEMS_IN_USE = new Set([
  '广州', '深圳', '南京', '杭州', '武汉', '成都', '西安', '沈阳', '长沙', '郑州', '济南', '青岛', '福州', '厦门',
  '南昌', '昆明', '贵阳', '南宁', '兰州', '西宁', '银川', '拉萨', '太原', '长春', '宁波', '苏州', '无锡', '常州',
  '佛山', '东莞', '温州', '徐州', '烟台', '潍坊', '洛阳', '唐山', '廊坊', '沧州', '邯郸', '榆林', '延安', '宝鸡',
  '咸阳', '忻州', '朔州', '吴忠', '酒泉', '张掖', '武威', '大庆', '白城', '松原', '锦州', '阜新', '营口',
])

const LEVEL_RANK: Record<PlaceLevel, number> = { country: 0, province: 1, city: 2, county: 3, zone: 4, town: 5, port: 5 }

/** Tiers of a name: when two places share a written form, the better tier wins; equal tiers make it ambiguous. */
const TIER = { fullName: 0, curated: 1, stem: 2, otherStem: 3, town: 4, townStem: 5 } as const

interface Candidate {
  name: string
  level: PlaceLevel
  code: string
  townCode: string | null
  tier: number
  /** A league's own short form (LEAGUE_SHORT_FORMS): chosen only where the league is settled, never by default. */
  local?: true
}

interface NameEntry {
  notPlace: boolean
  /** A derived short form, not a full name: subject to the checks for ordinary-word collisions. */
  short: boolean
  candidates: Candidate[]
}

interface TrieNode {
  next: Map<number, TrieNode>
  entry: NameEntry | null
}

/** Where an organisation name certainly ends: punctuation or a number. A closing bracket does not: 明阳智慧能源(内蒙古)有限公司. */
const NAME_BREAK = /[，,。；;：:！？!?、\s“”"‘’'（(《》【】[\]—…·\d０-９]/
/** `，,；;。！？!?：:` and line breaks end a clause; compared by code unit, as this runs over every clause before every figure. */
function isClauseBreak(c: number): boolean {
  return (
    c === 0x2c || c === 0x3b || c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x0a ||
    c === 0xff0c || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0xff1a
  )
}
const CJK = /[\u3400-\u9fff]/

/** A place followed by one of these is a street or road named after it (呼伦贝尔北路, 乌兰察布街). */
const STREET_AFTER = /^(?:大街|[东南西北中]?街(?!道)|[东南西北中]?路(?![演径线子上网])|大道|道(?!路)|巷|胡同)/

/** Suffixes that make a zone or a port out of a division's name (达拉特经济开发区, 满洲里口岸). */
const ZONE_AFTER = /^(?:经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区|工业园区|产业园区|物流园区|工业园|产业园|新区|综合保税区|保税区)/
const PORT_AFTER = /^(?:铁路口岸|公路口岸|航空口岸|口岸)/
/** The characters a match of STREET_AFTER, PORT_AFTER and ZONE_AFTER can begin with (keep them in step). */
const STREET_FIRST = new Set([...'大东南西北中街路道巷胡'])
const PORT_FIRST = new Set([...'铁公航口'])
const ZONE_FIRST = new Set([...'经高开工产物新综保'])

/** An organisation name continuing after a place (…某供电公司, 内蒙古大学). Government bodies are the place itself. */
/** What a company does with the money a figure gives (某某集团投资, 实施了总投资, 出资): where it does it is the figure's. */
const INVESTS = /投资|出资|实施|建设|承建|兴建|新建/
const ORGANISATION = /公司|集团|银行|大学(?!生)|学院|学校|中学|小学|医院|协会|学会|研究院|研究所|报社|日报|电视台|合作社|有限|股份|科协|联合会|商会|基金会|出版社|酒店|宾馆|俱乐部/

/**
 * An end of a route (甲市至乙口岸运煤专用铁路, 甲旗—乙镇公路, 甲至乙高速): the places name the road or railway, which
 * runs across them, not where a figure of the sentence is. (甲市至乙市班列 stays: a train service is its origin's.)
 */
const ROUTE_JOIN = new Set(['至', '到', '—', '-', '－'])
const ROUTE_AFTER = /^[^,，;；。、]{0,14}?(?:铁路|公路|高速|专用线|专线|管道|输电线路)/

function isRouteEnd(sentence: string, start: number, end: number): boolean {
  if (!ROUTE_JOIN.has(sentence[end] ?? '') && !ROUTE_JOIN.has(sentence[start - 1] ?? '')) return false
  return ROUTE_AFTER.test(sentence.slice(end, end + 20))
}

/**
 * A railway bureau named after the city it sits in (中国铁路某某局, 某某铁路局) runs lines across several leagues or
 * provinces: its name says nothing of where a figure is. (某某市统计局, a government body, is the city itself.)
 */
const RAILWAY_BUREAU_BEFORE = /(?:中国铁路|中铁|国铁)$/
const RAILWAY_BUREAU_AFTER = /^(?:铁路)?局(?!长)/

/** What follows the place of a dateline (某地6月3日电, 某地5日讯). */
const DATELINE_AFTER = /^\s*(?:\d{1,2}月)?\d{1,2}日(?:电|讯)/

/**
 * The province's anniversary (庆祝自治区成立N周年), or a congress of it that a city's news looks forward to (喜迎
 * 自治区第N次党代会): an occasion, not what the figures are about. A session the article reports on (the opening of
 * the province's people's congress, with its work report) is the province's news and is not one of these.
 */
const PROVINCE_EVENT_AFTER = /^(?:成立(?:\d+|[一二三四五六七八九十]+)周年)/
const WELCOMED_EVENT_AFTER = /^(?:第[一二三四五六七八九十\d]+次)?(?:党代会|党员代表大会)/
const WELCOMING_BEFORE = /(?:迎接|喜迎|庆祝|献礼)$/

/** What follows the place of a meeting: 在赤峰(市)召开, 在乌海隆重举办. */
const VENUE_AFTER = /^[^,，。;；]{0,3}?(?:隆重)?(?:开幕|闭幕|举行|举办|召开)/

/** A place right after one of these is a partner or a destination (与北京签约, 销往上海), not what the figure is about. */
const PARTNER_BEFORE = new Set(['与', '同', '向', '赴', '往', '至'])
const LIST_JOINERS = new Set(['、', '和', '及', '与'])
/** The province as the body that grants money or titles (获得市级奖补资金, 获评自治区示范): not the figure's subject. */
const GRANTOR_BEFORE = /(?:获得|获评|评为|认定为|入选|纳入|列入|争取到|争取|申请|得到|获)$/
/**
 * The province as the list or the body a local project is counted under (自治区调度的重点项目, 自治区重大项目库, 自治区统筹的):
 * on a league's or banner's article the figure is still the league's own.
 */
const LISTING_AFTER = /^(?:调度|统筹|重大项目|重点项目|重大工程|重点工程|备案|审批|批复|立项)/
/**
 * The province measured against (比自治区高, 居自治区第一, 高于全区): a comparison, not the figure's subject. The scope
 * words have the same test (COMPARISON_BEFORE/AFTER); this is for the province written as a place.
 */
const COMPARED_BEFORE = /(?:占|居|列|高于|低于|优于|快于|慢于|超过|超出|高出|比|较|领先|位居|位列)$/
/** The province that sets a task or sends money (自治区下达的目标任务): the figure is the receiver's. */
const GRANTOR_AFTER = /^(?:下达|分解|安排|下拨|拨付|交办|明确|确定)的/
/**
 * The province as the payer of a local project's money (自治区财政配套资金120万元, 中央、自治区资金300万元,
 * 自治区预算投资下达80万元, 自治区下拨我旗…): on a league's or banner's article the figure is the project's, where the
 * article is. The region's own totals stay the region's: 自治区本级…, 自治区共下达…, 自治区累计安排… (and 全区…,
 * a scope word).
 */
const PAYER_AFTER = /^(?:各级)?(?:财政)?(?:(?:预算内?|配套|专项|补助|奖补|转移支付|衔接|补贴|以奖代补)+(?:资金|投资|经费|款)?|资金|投资(?!完成|增长|总额|规模)|经费|拨款|(?:下达|下拨|拨付|安排)(?!的))/
const COUNTRY_CODE = '100000'
/** The count closing a list of places that is one group: 三市, 等5个盟市, 四大口岸, 两地, 3个旗县. */
const GROUP_COUNT_AFTER = /^等?(?:[两二三四五六七八九十]|\d{1,2})(?:个|大|座)?(?:盟市|城市|地市|市|地区|地|口岸|旗县(?:市)?区?|旗|县)/

/** Function words: what may precede 区内 (在区内) or a bare province short form (在山西, 与河北). */
const FUNCTION_BEFORE = new Set([...'在由经的和与及、是为等对向同从自将把被让以其按受了也到赴个'])

/** Characters that make a word with the first character of a scope word (超市委托, 红旗, 联盟, 州县); 区内 needs a function word. */
const GLUED_BEFORE: Record<string, Set<string>> = {
  市: new Set([...'城超上都门股闹夜集早盟省县各诸两副地']),
  旗: new Set([...'红国党锦彩团队会升护扛战帅旌']),
  县: new Set([...'郡州市旗各']),
  盟: new Set([...'联加同结']),
}

/** Characters that may precede a province's short form (在山西, 、河北); others glue it to a word (黄河南岸, 阴山西部). */
const PROVINCE_STEM_GLUE_CHARS = new Set([...'山河湖江海'])

/** 到位资金 (funds in place) after 国内 / 区外: the funds' origin (某旗引资中的国内到位资金), not the figure's scope. */
const FUNDS_IN_PLACE = /^(?:实际)?(?:到位|到账)(?:资金|内资)/

const SCOPE_WORDS: Record<string, ScopeKind> = {
  全国: 'country', 我国: 'country', 国内: 'country',
  全区: 'region', 全自治区: 'region', 我区: 'region', 区内: 'region',
  全市: 'city', 我市: 'city', 本市: 'city', 市本级: 'city', 市级: 'city', 市直: 'city', 市委: 'city', 市政府: 'city',
  全盟: 'league', 我盟: 'league', 盟委: 'league', 盟行署: 'league',
  全旗: 'county', 我旗: 'county', 本旗: 'county', 旗委: 'county', 旗政府: 'county', 旗直: 'county',
  全县: 'county', 我县: 'county', 本县: 'county', 县委: 'county', 县政府: 'county',
  全镇: 'town', 全乡: 'town', 全苏木: 'town', 本镇: 'town',
}
/**
 * 西部七盟市, 东部五盟市, 12个盟市: a group of the region's leagues, a part of the region as a whole (its figures are
 * the region's, broken down), not the league named last.
 */
const LEAGUE_GROUP = '(?:东部|西部|中部|蒙东|蒙西)?(?:十[一二]|[二三四五六七八九十]|\\d{1,2})个?盟市'
const SCOPE_PATTERN = new RegExp(
  [
    ...Object.keys(SCOPE_WORDS).sort((a, b) => b.length - a.length),
    LEAGUE_GROUP,
  ].join('|'),
  'g',
)
/** 居全国首位, 占全区的, 高于全国平均, 成为全国首个…: a comparison or a rank with the scope, not the scope of the figure. */
const COMPARISON_BEFORE = /(?:占到?|居|列|成为|高于|低于|优于|快于|超过|超出|高出|比|较|领先|领跑|名列)$/
const COMPARISON_AFTER = /^(?:最|首|同类|人大|政协|两会|党代会|文明|劳动模范|劳模|模范|先进|优秀|重点|示范|首批|第一|首位|前列|前茅|一流|领先|平均|排名|之首|第)/
/** A local subject ending right before an indicator: 全旗, 我区, 本县, 县域, 旗域, 市域, 城区. */
const LOCAL_SUBJECT_END = /(?:[全我本][区市盟旗县镇乡]|[县旗市盟区镇]域|城区|苏木|地方)$/
/** 安全, 健全, 完全 …: 全 belongs to the word before. */
const NOT_SCOPE_BEFORE_QUAN = new Set([...'安健完齐保周成两'])

const DATELINE = new RegExp(`${AGENCY}(?:记者)?\\s*([\\u4e00-\\u9fff]{2,10}?)\\s*\\d{1,2}月\\d{1,2}日(?:电|讯)`, 'g')

export function createRegionMap(table: DivisionTable): RegionMap {
  const byCode = new Map<string, Division>()
  for (const d of table.divisions) if (!EXCLUDED_DIVISIONS.has(d.name)) byCode.set(d.code, d)
  const homeProvince = table.homeProvince
  const homePrefix = homeProvince.slice(0, 2)
  const homeByName = new Map<string, Division[]>()
  for (const d of byCode.values()) {
    if (!d.code.startsWith(homePrefix) || d.level === 'country') continue
    const list = homeByName.get(d.name) ?? []
    list.push(d)
    homeByName.set(d.name, list)
  }

  const names = new Map<string, NameEntry>()
  function addName(written: string, candidate: Candidate, short: boolean): void {
    if (written.length < 2) return
    const entry = names.get(written)
    if (!entry) {
      names.set(written, { notPlace: false, short, candidates: [candidate] })
      return
    }
    if (entry.notPlace) return
    const best = entry.candidates[0].tier
    if (candidate.tier < best) {
      entry.candidates = [candidate]
      entry.short = short
    } else if (candidate.tier === best && !entry.candidates.some((c) => c.code === candidate.code && c.name === candidate.name)) {
      entry.candidates.push(candidate)
    }
  }
  const divisionCandidate = (d: Division, tier: number): Candidate => ({
    name: d.name,
    level: d.level,
    code: d.code,
    townCode: null,
    tier,
  })

  for (const d of byCode.values()) {
    if (d.level === 'country') continue
    addName(d.name, divisionCandidate(d, TIER.fullName), false)
    const inHome = d.code.startsWith(homePrefix)
    const stem = stemOf(d, inHome)
    if (stem) addName(stem, divisionCandidate(d, inHome || d.level === 'province' ? TIER.stem : TIER.otherStem), true)
  }
  for (const t of table.towns) {
    const county = byCode.get(t.countyCode)
    if (!county) continue
    const candidate: Candidate = {
      name: t.name,
      level: t.kind === 'zone' ? 'zone' : 'town',
      code: county.code,
      townCode: t.code,
      tier: TIER.town,
    }
    addName(t.name, candidate, false)
    if (t.name.startsWith('内蒙古')) addName(t.name.slice(3), candidate, false)
    const stem = townStem(t.name)
    if (stem) addName(stem, { ...candidate, tier: TIER.townStem }, true)
  }
  const homeDivision = (name: string): Division | null => {
    const list = homeByName.get(name)
    return list && list.length === 1 ? list[0] : null
  }
  for (const [official, forms] of [...Object.entries(COMMON_SHORT_FORMS), ...Object.entries(CITY_NICKNAMES)]) {
    const d = homeDivision(official)
    if (d) for (const form of forms) addName(form, divisionCandidate(d, TIER.curated), true)
  }
  for (const port of LAND_PORTS) {
    const county = homeDivision(port.county)
    if (!county) continue
    const candidate: Candidate = { name: port.name, level: 'port', code: county.code, townCode: null, tier: TIER.curated }
    addName(port.name, candidate, false)
    for (const form of port.shortForms) addName(form, candidate, true)
  }
  for (const { league, forms } of LEAGUE_SHORT_FORMS) {
    const home = homeDivision(league)
    for (const [form, official] of Object.entries(forms)) {
      const d = homeByName.get(official)?.find((c) => home && c.parentCode === home.code)
      if (d) addName(form, { ...divisionCandidate(d, TIER.curated), local: true }, true)
    }
  }
  for (const port of OTHER_PROVINCE_PORTS) {
    const city = [...byCode.values()].find((d) => d.level === 'city' && d.name === port.city)
    if (!city) continue
    const candidate: Candidate = { name: port.name + '口岸', level: 'port', code: city.code, townCode: null, tier: TIER.curated }
    addName(port.name, candidate, true)
    addName(port.name + '口岸', candidate, false)
  }
  for (const landmark of LANDMARKS) {
    const d = homeDivision(landmark.division)
    if (d) addName(landmark.name, { name: landmark.name, level: 'zone', code: d.code, townCode: null, tier: TIER.curated }, false)
  }
  // Stems shared by different divisions name none of them.
  for (const [written, entry] of names) {
    const tier = entry.candidates[0].tier
    if (entry.candidates.length > 1 && (tier === TIER.stem || tier === TIER.otherStem || tier === TIER.townStem)) names.delete(written)
  }
  for (const word of NOT_PLACES) names.set(word, { notPlace: true, short: false, candidates: [] })

  const root: TrieNode = { next: new Map(), entry: null }
  for (const [written, entry] of names) {
    let node = root
    for (let i = 0; i < written.length; i++) {
      const c = written.charCodeAt(i)
      let child = node.next.get(c)
      if (!child) {
        child = { next: new Map(), entry: null }
        node.next.set(c, child)
      }
      node = child
    }
    node.entry = entry
  }
  // The root's children by code unit: the root is looked up wherever a name may begin in every text scanned.
  const rootNext: Array<TrieNode | undefined> = new Array(0x10000)
  for (const [c, child] of root.next) rootNext[c] = child
  // The first two code units of every name (each has two or more), hashed into a table: most positions of a text
  // begin no name, and one lookup says so without walking the trie (a collision only costs the walk).
  const pairStarts = new Uint8Array(PAIR_SLOTS)
  for (const written of names.keys()) pairStarts[pairSlot(written.charCodeAt(0), written.charCodeAt(1))] = 1

  function parentOf(code: string): string | null {
    return byCode.get(code)?.parentCode ?? null
  }
  function isWithin(code: string, ancestor: string): boolean {
    for (let c: string | null = code; c; c = parentOf(c)) if (c === ancestor) return true
    return false
  }
  function depth(code: string): number {
    let n = 0
    for (let c = parentOf(code); c; c = parentOf(c)) n++
    return n
  }
  function levelOf(code: string): DivisionLevel | null {
    return byCode.get(code)?.level ?? null
  }
  function leagueOf(code: string): string | null {
    for (let c: string | null = code; c; c = parentOf(c)) if (levelOf(c) === 'city') return c
    return null
  }
  function regionOf(code: string): Region | null {
    const d = byCode.get(code)
    return d ? { code: d.code, name: d.name } : null
  }
  function regionName(code: string): string | null {
    return byCode.get(code)?.name ?? null
  }

  /** The pipeline asks for the places of a sentence for its labels and again for each figure's region. */
  let lastFound: { sentence: string; hints: readonly string[]; places: PlaceMention[] } | null = null
  function findPlaces(sentence: string, hints: readonly string[] = []): PlaceMention[] {
    if (lastFound && lastFound.sentence === sentence && sameHints(lastFound.hints, hints)) return lastFound.places
    const places = scanPlaces(sentence, hints)
    lastFound = { sentence, hints: [...hints], places }
    return places
  }

  /**
   * Name matches of a text before candidates are chosen. A page's lines are scanned for its home region and again
   * for each article's region, so matches are remembered per text (a bounded cache, emptied when full).
   */
  type RawMatch = { start: number; end: number; entry: NameEntry; suffix: PlaceLevel | null }
  const rawCache = new Map<string, RawMatch[]>()
  function rawMatches(sentence: string): RawMatch[] {
    let raw = rawCache.get(sentence)
    if (!raw) {
      raw = scanNames(sentence)
      if (rawCache.size >= 4096) rawCache.clear()
      rawCache.set(sentence, raw)
    }
    return raw
  }

  // Scratch space for the names ending at each position of one trie walk (no allocation per character).
  const endAt: number[] = []
  const endEntry: NameEntry[] = []
  function scanNames(sentence: string): RawMatch[] {
    const raw: RawMatch[] = []
    const n = sentence.length
    let i = 0
    while (i + 1 < n) {
      // On to the next position where a name may begin, reading each code unit once.
      let c = sentence.charCodeAt(i)
      for (let d = sentence.charCodeAt(i + 1); pairStarts[pairSlot(c, d)] === 0; d = sentence.charCodeAt(i + 1)) {
        c = d
        if (++i + 1 >= n) return raw
      }
      let node = rootNext[c]
      if (!node) {
        i++
        continue
      }
      let count = 0
      let j = i + 1
      for (;;) {
        if (node.entry) {
          endAt[count] = j
          endEntry[count++] = node.entry
        }
        if (j >= n) break
        const next: TrieNode | undefined = node.next.get(sentence.charCodeAt(j))
        if (!next) break
        node = next
        j++
      }
      let advanced = false
      for (let k = count - 1; k >= 0 && !advanced; k--) {
        const end = endAt[k]
        const entry = endEntry[k]
        if (entry.notPlace) {
          i = end
          advanced = true
          break
        }
        const verdict = checkMatch(sentence, i, end, entry)
        if (verdict.kind === 'street') {
          i = verdict.end
          advanced = true
        } else if (verdict.kind === 'place') {
          raw.push({ start: i, end: verdict.end, entry, suffix: verdict.suffix })
          i = verdict.end
          advanced = true
        }
      }
      if (!advanced) i++
    }

    return raw
  }

  function scanPlaces(sentence: string, hints: readonly string[]): PlaceMention[] {
    const raw = rawMatches(sentence)
    const n = sentence.length
    const settled = raw.filter((r) => r.entry.candidates.length === 1).map((r) => r.entry.candidates[0].code)
    const out: PlaceMention[] = []
    for (let k = 0; k < raw.length; k++) {
      const r = raw[k]
      const candidate = pickCandidate(r.entry.candidates, settled, hints)
      if (!candidate) continue
      const written = sentence.slice(r.start, r.end)
      const after = sentence.slice(r.end, r.end + 4)
      if (RAILWAY_BUREAU_AFTER.test(after) && (after.startsWith('铁路局') || RAILWAY_BUREAU_BEFORE.test(sentence.slice(Math.max(0, r.start - 4), r.start)))) continue
      if (isRouteEnd(sentence, r.start, r.end)) continue
      const level = r.suffix ?? candidate.level
      const name = r.suffix ? written : candidate.name
      const stop = Math.min(r.end + 10, k + 1 < raw.length ? raw[k + 1].start : n)
      const inOrganisation = ORGANISATION.test(untilPunctuation(sentence.slice(r.end, stop)))
      // 座谈会在鄂尔多斯市召开: where a meeting sits says little of what the article is about.
      const venue = sentence[r.start - 1] === '在' && VENUE_AFTER.test(sentence.slice(r.end, r.end + 8))
      // An anniversary or a party congress of the province, welcomed by a city: says little of what the article is about.
      const event =
        level === 'province' &&
        (PROVINCE_EVENT_AFTER.test(sentence.slice(r.end, r.end + 10)) ||
          (WELCOMING_BEFORE.test(sentence.slice(Math.max(0, r.start - 2), r.start)) && WELCOMED_EVENT_AFTER.test(sentence.slice(r.end, r.end + 12))))
      // 比自治区高, 纳入自治区重点项目库, 自治区调度的: the province measured against, or the list a project is counted under.
      const aside =
        level === 'province' &&
        (COMPARED_BEFORE.test(sentence.slice(Math.max(0, r.start - 2), r.start)) ||
          GRANTOR_BEFORE.test(sentence.slice(Math.max(0, r.start - 3), r.start)) ||
          LISTING_AFTER.test(sentence.slice(r.end, r.end + 4)))
      // 内蒙古呼和浩特市: the province heading the name of a place within it is that place's address, not a mention of its own.
      const next = k + 1 < raw.length ? raw[k + 1] : null
      const address = level === 'province' && next !== null && next.start === r.end && next.entry.candidates.some((c) => c.code !== candidate.code && isWithin(c.code, candidate.code))
      out.push({
        start: r.start,
        end: r.end,
        written,
        name,
        level,
        code: candidate.code,
        parentCode: parentOf(candidate.code),
        townCode: candidate.townCode,
        inOrganisation,
        weight: address ? 0 : inOrganisation ? 0.5 : venue || event || aside ? 0.25 : 1,
      })
    }
    // 内蒙古某市某某材料有限公司: a place heading an organisation's name with another place is in that name too.
    for (let i = out.length - 2; i >= 0; i--) {
      if (!out[i].inOrganisation && out[i + 1].inOrganisation && out[i + 1].start === out[i].end) {
        out[i].inOrganisation = true
        out[i].weight = Math.min(out[i].weight, 0.5)
      }
    }
    return out
  }

  function pickCandidate(candidates: Candidate[], settled: string[], hints: readonly string[]): Candidate | null {
    if (candidates.length === 1) return candidates[0]
    // The finest place named around it first: 海拉尔区 settles 胜利街道 where 呼伦贝尔市 alone would not.
    const anchors = [...[...settled].sort((a, b) => depth(b) - depth(a)), ...hints]
    for (const anchor of anchors) {
      const inside = candidates.filter((c) => isWithin(c.code, anchor))
      if (inside.length === 1) return inside[0]
    }
    for (const hint of hints) {
      const league = leagueOf(hint)
      if (!league) continue
      const inside = candidates.filter((c) => isWithin(c.code, league))
      if (inside.length === 1) return inside[0]
    }
    // 扎旗 on a page about no league in particular: its common reading, not a league's own.
    const common = candidates.filter((c) => !c.local)
    return common.length === 1 && candidates.some((c) => c.local) ? common[0] : null
  }

  type Verdict = { kind: 'place'; end: number; suffix: PlaceLevel | null } | { kind: 'street'; end: number } | { kind: 'reject' }
  // Every name found is checked against what follows it; most are followed by nothing these regexes can match,
  // which the character after the name tells without slicing the text or running them.
  function checkMatch(s: string, start: number, end: number, entry: NameEntry): Verdict {
    const next = s[end] ?? ''
    if (STREET_FIRST.has(next)) {
      const street = STREET_AFTER.exec(s.slice(end, end + 6))
      if (street) return { kind: 'street', end: end + street[0].length }
    }
    const last = s[end - 1]
    if ((last === '市' && next === '场') || (last === '区' && next === '域')) return { kind: 'reject' }
    // 前旗, 中旗, 乌市 (a league's own forms only): a word of their own only after a break or a list's joiner, not in
    // 目前旗下, 其中旗县, 集中旗.
    if (entry.candidates.every((c) => c.local)) {
      const before = s[start - 1] ?? ''
      if ((CJK.test(before) && !LIST_JOINERS.has(before) && before !== '在') || next === '县' || next === '下') return { kind: 'reject' }
    }
    const candidate = entry.candidates[0]
    if (entry.short && candidate.level === 'province' && end - start === 2) {
      const before = s[start - 1] ?? ''
      if (PROVINCE_STEM_GLUE_CHARS.has(s[start]) && CJK.test(before) && !FUNCTION_BEFORE.has(before)) return { kind: 'reject' }
      if (/^[岸麓坡畔侧段沿缘]/.test(next)) return { kind: 'reject' }
    }
    if (candidate.level === 'city' || candidate.level === 'county') {
      const port = PORT_FIRST.has(next) ? PORT_AFTER.exec(s.slice(end, end + 6)) : null
      if (port) return { kind: 'place', end: end + port[0].length, suffix: 'port' }
      const zone = ZONE_FIRST.has(next) ? ZONE_AFTER.exec(s.slice(end, end + 10)) : null
      if (zone) return { kind: 'place', end: end + zone[0].length, suffix: 'zone' }
    }
    return { kind: 'place', end, suffix: null }
  }

  function findScopeWords(sentence: string, places?: readonly PlaceMention[]): ScopeWordMention[] {
    const spans = places ?? findPlaces(sentence)
    const out: ScopeWordMention[] = []
    SCOPE_PATTERN.lastIndex = 0
    for (let m = SCOPE_PATTERN.exec(sentence); m; m = SCOPE_PATTERN.exec(sentence)) {
      const start = m.index
      const end = start + m[0].length
      const word = m[0]
      const before = sentence[start - 1] ?? ''
      if (spans.some((p) => p.start < end && start < p.end)) continue
      if (word[0] === '全' && NOT_SCOPE_BEFORE_QUAN.has(before)) continue
      if (GLUED_BEFORE[word[0]]?.has(before)) continue
      if (word === '区内' && CJK.test(before) && !FUNCTION_BEFORE.has(before)) continue
      if (word === '国内' && before === '中') continue
      // 全旗国内生产总值, 县域国内生产总值, 某某旗国内生产总值: older local yearbooks name their own GDP so; 国内 is part of
      // the indicator's name, and 全国 only when no local subject stands before it.
      if (word === '国内' && sentence.startsWith('生产总值', end) && localSubjectBefore(sentence, start, spans)) continue
      // 引进国内到位资金: money from elsewhere in the country, reported by the place that attracted it.
      // 国内到位资金 (the investment statistics' own term), 区外到位资金: where the money came from, as above.
      if ((word === '国内' || word === '区外' || word === '区内') && (/(?:引进|引入|吸引|招引|争取|来自)$/.test(sentence.slice(Math.max(0, start - 2), start)) || FUNDS_IN_PLACE.test(sentence.slice(end, end + 6)))) continue
      const next = sentence[end] ?? ''
      if ((word.endsWith('区') && next === '域') || (word.endsWith('市') && next === '场')) continue
      if (COMPARISON_BEFORE.test(sentence.slice(Math.max(0, start - 2), start))) continue
      if (COMPARISON_AFTER.test(sentence.slice(end, end + 4))) continue
      out.push({ start, end, written: word, scope: SCOPE_WORDS[word] ?? 'region' })
    }
    return out
  }

  /** Whether a local place or scope (全旗, 我市, 县域, 乌拉特中旗) stands right before `at`: the subject of what follows. */
  function localSubjectBefore(sentence: string, at: number, places: readonly PlaceMention[]): boolean {
    if (places.some((p) => p.end === at && p.code !== COUNTRY_CODE)) return true
    return LOCAL_SUBJECT_END.test(sentence.slice(Math.max(0, at - 3), at))
  }

  /** The division a scope word stands for on this page, or null when the page does not say. */
  function resolveScope(scope: ScopeKind, ctx: RegionContext): Region | null {
    const contexts = [ctx.articleRegion, ctx.home].filter((r): r is Region => !!r && byCode.has(r.code))
    switch (scope) {
      case 'country':
        return regionOf('100000')
      case 'region': {
        const home = byCode.get(ctx.home.code)
        if (home && home.level === 'county' && home.name.endsWith('区')) return regionOf(home.code)
        const province = provinceOf(ctx.home.code) ?? homeProvince
        return regionOf(province)
      }
      case 'city':
        for (const r of contexts) {
          const d = byCode.get(r.code)!
          if ((d.level === 'county' || d.level === 'city') && d.name.endsWith('市')) return regionOf(d.code)
          const league = leagueOf(d.code)
          if (league && byCode.get(league)!.name.endsWith('市')) return regionOf(league)
        }
        return null
      case 'league':
        for (const r of contexts) {
          const league = leagueOf(r.code)
          if (league) return regionOf(league)
        }
        return null
      case 'county':
        for (const r of contexts) {
          const level = levelOf(r.code)
          if (level === 'county' || level === 'zone') return regionOf(r.code)
        }
        return null
      case 'town':
        return contexts.length ? regionOf(contexts[0].code) : null
    }
  }

  function provinceOf(code: string): string | null {
    for (let c: string | null = code; c; c = parentOf(c)) if (levelOf(c) === 'province') return c
    return null
  }

  interface Located {
    region: Region
    place: string | null
    scope: 'explicit' | 'scope-word'
  }

  /**
   * The nearest place or scope word among `places`/`scopes` lying in [from, to), refined to a finer place named before it.
   * Nearest is the one ending last; a place beats a scope word ending where it does. This runs for every figure, so it
   * walks the lists rather than building and sorting new ones (and tests the range inline: a closure made per call
   * cost more than the tests).
   */
  function locateIn(
    sentence: string,
    places: PlaceMention[],
    scopes: ScopeWordMention[],
    from: number,
    to: number,
    ctx: RegionContext,
    ownClause: boolean,
  ): Located | null {
    // A place inside an organisation's name only counts when the range names no other place.
    let outsideOrganisation = false
    for (const p of places) if (p.start >= from && p.end <= to && !p.inOrganisation) outsideOrganisation = true
    let place: PlaceMention | null = null
    for (const p of places) {
      if (!(p.start >= from && p.end <= to) || (outsideOrganisation && p.inOrganisation)) continue
      if (place === null || p.end > place.end) place = p
    }
    // 全国 beyond the figure's own clause is a comparison or a title (打造全国肉牛产业第一重镇), not its scope.
    // 全镇 names no division of its own: the town named earlier in the sentence, or the inherited region, is better.
    const usableScopes = scopes.filter((s) => s.start >= from && s.end <= to && s.scope !== 'town' && (ownClause || s.scope !== 'country'))
    // Scope words ending after the place come first, the nearest first (a stable sort keeps ties in text order).
    for (const scope of usableScopes.length > 1 ? usableScopes.sort((a, b) => b.end - a.end) : usableScopes) {
      if (place !== null && scope.end <= place.end) break
      const region = resolveScope(scope.scope, ctx)
      if (region) return { region, place: null, scope: 'scope-word' }
    }
    if (place === null) return null
    const group = groupOf(sentence, places, place, to)
    if (group) return group
    const chosen = finest(place, places, from, to)
    return { region: regionOf(chosen.code)!, place: chosen.written, scope: 'explicit' }
  }

  /**
   * 乌海、包头、巴彦淖尔三市…, 满洲里、二连浩特、某某三大口岸…: a list of places closed by their count is one subject,
   * the group. Places of several leagues make it the province's figure, places of several provinces the country's;
   * the group as written is the place. Null when `last` closes no such list, or its places lie in one league.
   */
  function groupOf(sentence: string, places: PlaceMention[], last: PlaceMention, to: number): Located | null {
    const after = GROUP_COUNT_AFTER.exec(sentence.slice(last.end, last.end + 8))
    // 两旗县GDP均增长8%: said of each place (metrics spreads it over them), not of the group.
    if (!after) return null
    let clauseEnd = Math.max(to, last.end)
    while (clauseEnd < sentence.length && !isClauseBreak(sentence.charCodeAt(clauseEnd))) clauseEnd++
    if (/均|都|各自/.test(sentence.slice(last.end, clauseEnd))) return null
    const members = [last]
    for (let k = places.indexOf(last) - 1; k >= 0; k--) {
      const p = places[k]
      const first = members[members.length - 1]
      if (p.end + 1 !== first.start || !LIST_JOINERS.has(sentence[p.end])) break
      members.push(p)
    }
    if (members.length < 2) return null
    const leagues = new Set(members.map((p) => leagueOf(p.code) ?? p.code))
    if (leagues.size < 2) return null
    const provinces = new Set(members.map((p) => provinceOf(p.code)))
    const region = provinces.size === 1 && provinces.has(homeProvince) ? regionOf(homeProvince)! : regionOf(COUNTRY_CODE)!
    const written = sentence.slice(members[members.length - 1].start, last.end + after[0].length)
    return { region, place: written, scope: 'explicit' }
  }

  /** The finest place named before `chosen` in [from, to) that lies within it: a town named before its banner. */
  function finest(chosen: PlaceMention, places: PlaceMention[], from: number, to: number): PlaceMention {
    let best = chosen
    for (const p of places) {
      if (p.start < from || p.end > to || p.start >= chosen.start) continue
      if (LEVEL_RANK[p.level] > LEVEL_RANK[best.level] && isWithin(p.code, chosen.code)) best = p
    }
    return best
  }

  /**
   * The places a figure can be about: not partners or destinations (与北京, 销往包头市、鄂尔多斯市); and not the
   * province when it heads an organisation's name (内蒙古XX有限公司 says nothing about where it is), qualifies a
   * rank (自治区级企业), grants money or titles (争取到自治区资金, 获评自治区示范) or heads a project's name after 的.
   */
  function subjectPlaces(sentence: string, all: PlaceMention[], localArticle: boolean): PlaceMention[] {
    const out: PlaceMention[] = []
    let partner: PlaceMention | null = null
    for (const p of all) {
      const before = sentence[p.start - 1] ?? ''
      const listed = partner !== null && partner.end === p.start - 1 && LIST_JOINERS.has(before)
      if (PARTNER_BEFORE.has(before) || listed) {
        partner = p
        continue
      }
      partner = null
      // 【headline】某社某地6月3日电 …: a dateline run into the first sentence names where the desk files from.
      if (DATELINE_AFTER.test(sentence.slice(p.end, p.end + 8))) continue
      if (LEVEL_RANK[p.level] <= LEVEL_RANK.province) {
        if (p.inOrganisation || sentence[p.end] === '级' || GRANTOR_BEFORE.test(sentence.slice(Math.max(0, p.start - 3), p.start))) continue
        if (GRANTOR_AFTER.test(sentence.slice(p.end, p.end + 4))) continue
        if (COMPARED_BEFORE.test(sentence.slice(Math.max(0, p.start - 2), p.start))) continue
        if (localArticle && LISTING_AFTER.test(sentence.slice(p.end, p.end + 4))) continue
        if (localArticle && PAYER_AFTER.test(sentence.slice(p.end, p.end + 10))) continue
        // 投资2.6亿元的内蒙古某某冷链物流项目: the province heading the name of what a figure describes, after a 的, is no
        // place of the figure (the project is wherever the article is); 的内蒙古自治区 still is.
        if (sentence[p.start - 1] === '的' && /^[\u4e00-\u9fff]/.test(sentence.slice(p.end, p.end + 1)) && !/^(?:自治区|省|地区|全区)/.test(sentence.slice(p.end, p.end + 3))) continue
      }
      out.push(p)
    }
    return out
  }

  /**
   * A place heading an item of a list of projects closed by 等 (…工程、包头某某材料基地、赤峰某某项目等120个项目开工;
   * 有鄂尔多斯某某项目、…等30个项目复工): it names where that project is, not what the sentence's other figures are
   * about. The end of its item, or -1 when the place is no such item's head. The first item counts only after a
   * list's opening (有, 有:, 如, 包括): 包头市推进甲项目、乙项目等 and 其中:某区依托甲项目、乙项目等 name their subject first.
   */
  function listedProjectEnd(sentence: string, p: PlaceMention): number {
    const before = sentence.slice(Math.max(0, p.start - 2), p.start)
    if (!/(?:、|有|如|包括|包含|有[:：])$/.test(before)) return -1
    let end = p.end
    while (end < sentence.length && !isClauseBreak(sentence.charCodeAt(end)) && sentence[end] !== '、' && sentence[end] !== '等') end++
    if (end - p.end < 2) return -1
    let closed = false
    for (let i = end; i < sentence.length && !isClauseBreak(sentence.charCodeAt(i)) && !closed; i++) closed = sentence[i] === '等'
    if (!closed) return -1
    // 有甲、乙等: the first item after 有 is a list's only when a 、 follows it.
    if (before.endsWith('、') || sentence[end] === '、') return end
    return -1
  }

  function hintsOf(ctx: RegionContext): string[] {
    return [ctx.articleRegion?.code, ctx.inherited?.code, ctx.home.code].filter((c): c is string => !!c)
  }

  function clauseBounds(sentence: string, index: number): [number, number] {
    let start = index
    while (start > 0 && !isClauseBreak(sentence.charCodeAt(start - 1))) start--
    let end = index
    while (end < sentence.length && !isClauseBreak(sentence.charCodeAt(end))) end++
    return [start, end]
  }

  /** Explicit places and scope words of a sentence, looked for in the figure's clause, then in the clauses before it. */
  let lastSentence: {
    sentence: string
    hints: readonly string[]
    local: boolean
    places: PlaceMention[]
    scopes: ScopeWordMention[]
    /** Places heading an item of a list of projects, with the item's end (listedProjectEnd). */
    listed: Map<PlaceMention, number> | null
  } | null = null
  /**
   * A sentence with several figures is resolved once per figure; its places are read once. `local`: the article is a
   * league's or a banner's (not the province's), where the province paying for something is not the figure's place.
   */
  function sentencePlaces(
    sentence: string,
    hints: string[],
    local: boolean,
  ): { places: PlaceMention[]; scopes: ScopeWordMention[]; listed: Map<PlaceMention, number> | null } {
    if (lastSentence === null || lastSentence.sentence !== sentence || lastSentence.local !== local || !sameHints(lastSentence.hints, hints)) {
      const all = findPlaces(sentence, hints)
      const places = subjectPlaces(sentence, all, local)
      let listed: Map<PlaceMention, number> | null = null
      for (const p of places) {
        const end = listedProjectEnd(sentence, p)
        if (end >= 0) (listed ??= new Map()).set(p, end)
      }
      let scopes = findScopeWords(sentence, all)
      // 人均国内生产总值 (per head) in a league's or banner's bulletin: older local bulletins name their own GDP so (the
      // total after 全盟 is read by localSubjectBefore; per head it stands alone), and only 全国 or 我国 written in the
      // sentence makes it the country's.
      if (local && !/全国|我国/.test(sentence)) {
        scopes = scopes.filter((w) => w.written !== '国内' || sentence.slice(w.start - 2, w.start) !== '人均' || !sentence.startsWith('生产总值', w.end))
      }
      lastSentence = { sentence, hints, local, places, scopes, listed }
    }
    return lastSentence
  }

  /**
   * Whether what was found in [from, to) is only a place heading the name of a company that invests (鄂尔多斯某某集团
   * 投资, 实施了总投资): it says where the company is from, not where its money goes. A branch named after its place
   * (某某锡林郭勒供电公司组建13支队伍) invests nothing, and its place stays.
   */
  function investorsPlace(sentence: string, places: readonly PlaceMention[], found: Located, from: number, to: number): boolean {
    if (found.scope !== 'explicit' || !INVESTS.test(sentence.slice(from, to))) return false
    let any = false
    for (const p of places) {
      if (p.start < from || p.end > to) continue
      if (!p.inOrganisation) return false
      any = true
    }
    return any
  }

  /**
   * The place the paragraph (or a local article) is about, when it is not the investor's: then the figure is that
   * place's. On the region's own pages with neither, the investor's place is all there is, and stays.
   */
  function elsewhere(ctx: RegionContext, investor: Located): boolean {
    const article = ctx.articleRegion
    const local = ctx.inherited ?? (article && article.code !== homeProvince && article.code.startsWith(homePrefix) ? article : null)
    return local !== null && local.code !== investor.region.code
  }

  function locate(sentence: string, numberIndex: number, ctx: RegionContext): Located | null {
    const article = (ctx.articleRegion ?? ctx.home).code
    const local = article !== homeProvince && article.startsWith(homePrefix)
    const found = sentencePlaces(sentence, hintsOf(ctx), local)
    const scopes = found.scopes
    let places = found.places
    // Most sentences name no place and no scope: nothing to look for, clause by clause.
    if (places.length === 0 && scopes.length === 0) return null
    const at = Math.max(0, Math.min(numberIndex, sentence.length))
    // A project's place in a list is its own figures' (包头某某项目年产20万吨), no other's.
    const listed = found.listed
    if (listed) places = places.filter((p) => !listed.has(p) || (at >= p.start && at <= listed.get(p)!))
    const [clauseStart, clauseEnd] = clauseBounds(sentence, at)
    // 完成投资4亿元、某市某某项目完成投资5亿元: the place of the next item of a list is not this one's.
    const nextItem = sentence.indexOf('、', at)
    const itemEnd = nextItem >= 0 && nextItem < clauseEnd ? nextItem : clauseEnd
    const after = places.filter((p) => p.start >= at && p.end <= itemEnd)
    const firstAfter = after.find((p) => !p.inOrganisation) ?? after[0]
    const before = locateIn(sentence, places, scopes, clauseStart, at, ctx, true)
    if (before && investorsPlace(sentence, places, before, clauseStart, at)) {
      // 鄂尔多斯某某集团投资2.7亿元建设了科右中旗电厂: where the project is built, named after the number, is the figure's.
      const site = after.find((p) => !p.inOrganisation)
      if (site) return { region: regionOf(site.code)!, place: site.written, scope: 'explicit' }
      if (elsewhere(ctx, before)) return null
    }
    if (before) return before
    if (firstAfter) return { region: regionOf(firstAfter.code)!, place: firstAfter.written, scope: 'explicit' }
    // 甲地区…增长19%,其中乙市、丙市增速居前;完成投资3700亿元: the places of a 其中 clause closed before the figure are
    // details of the subject; the subject named before 其中 takes over again.
    const [partsFrom, partsTo] = closedPartsClause(sentence, clauseStart)
    let end = clauseStart
    while (end > 0) {
      const [start] = clauseBounds(sentence, end - 1)
      const found = start >= partsFrom && end <= partsTo + 1 ? null : locateIn(sentence, places, scopes, start, end, ctx, false)
      // 赤峰某某集团实施了总投资X亿元的项目,目前已完成投资Y亿元: the investor's place in a clause before is not the figure's either.
      if (found && investorsPlace(sentence, places, found, start, end) && elsewhere(ctx, found)) return null
      if (found) return found
      end = start
    }
    return null
  }

  /**
   * The span [其中, ；) of the last 其中 clause that a semicolon closes before `at`, or [-1, -1]. Only a semicolon
   * closes it: after a comma the clause may still go on about the part (其中乙市增长12%,占全区的30%).
   */
  function closedPartsClause(sentence: string, at: number): [number, number] {
    let semi = -1
    for (let i = at - 1; i >= 0 && semi < 0; i--) if (sentence[i] === '；' || sentence[i] === ';') semi = i
    if (semi < 0) return [-1, -1]
    let from = semi
    while (from > 0 && sentence[from - 1] !== '；' && sentence[from - 1] !== ';') from--
    const parts = sentence.lastIndexOf('其中', semi)
    return parts >= from ? [parts, semi] : [-1, -1]
  }

  function resolveRegion(sentence: string, numberIndex: number, ctx: RegionContext): ResolvedRegion {
    const found = locate(sentence, numberIndex, ctx)
    if (found) return found
    if (ctx.inherited) return { region: ctx.inherited, place: null, scope: 'inherited' }
    if (ctx.articleRegion) return { region: ctx.articleRegion, place: null, scope: 'article' }
    return { region: ctx.home, place: null, scope: 'home' }
  }

  function sentenceRegion(sentence: string, ctx: RegionContext): Region | null {
    const found = locate(sentence, sentence.length, ctx)
    return found && found.region.code !== COUNTRY_CODE ? found.region : null
  }

  /** Places named in datelines (本报赤峰5月3日电, 新华社呼和浩特…电). */
  function datelinePlaces(text: string): PlaceMention[] {
    const out: PlaceMention[] = []
    DATELINE.lastIndex = 0
    for (let m = DATELINE.exec(text); m; m = DATELINE.exec(text)) {
      const place = findPlaces(m[1])[0]
      if (place) out.push(place)
    }
    return out
  }

  /**
   * Counts a weighted mention for its division and every division above it. Callers count mentions in text order
   * straight into the score (no list of mention objects first): the map's order is then that of first mention.
   */
  function tally(score: Map<string, number>, code: string, weight: number): void {
    for (let c: string | null = code; c && c !== '100000'; c = parentOf(c)) score.set(c, (score.get(c) ?? 0) + weight)
  }

  function best(score: Map<string, number>, accept: (code: string) => boolean): [string, number] | null {
    let top: [string, number] | null = null
    for (const [code, w] of score) if (accept(code) && (!top || w > top[1])) top = [code, w]
    return top
  }

  /** City-level codes: leagues and cities, and provinces other than the home one (a mention of 北京 competes with 包头). */
  function isCityLevel(code: string): boolean {
    const level = levelOf(code)
    return level === 'city' || (level === 'province' && code !== homeProvince)
  }

  /**
   * The places and scope words of a page line. The page's lines are read for its home region, then again for each
   * article's region with the home as a hint: a line whose names each have a single candidate reads the same
   * whatever the hints (pickCandidate does not look at them), so it is read once.
   */
  type LineReading = { hints: string; hintFree: boolean; places: PlaceMention[]; scopes: ScopeWordMention[] }
  const lineCache = new Map<string, LineReading>()
  /** `hintKey` is `hints.join(',')`, made once per page or article rather than once per line. */
  function readLine(line: string, hints: readonly string[], hintKey: string): LineReading {
    let reading = lineCache.get(line)
    if (reading && (reading.hintFree || reading.hints === hintKey)) return reading
    const places = findPlaces(line, hints)
    const hintFree = rawMatches(line).every((r) => r.entry.candidates.length === 1)
    reading = { hints: hintKey, hintFree, places, scopes: findScopeWords(line, places) }
    if (lineCache.size >= 4096) lineCache.clear()
    lineCache.set(line, reading)
    return reading
  }

  /**
   * The lines of the page last read, with where each starts, and each line's reading once made. An article's whole
   * lines are read from here by their index: looking each up again in the line cache hashed and compared its text.
   */
  let pageLines: { text: string; lines: { start: number; text: string }[]; readings: (LineReading | undefined)[] } | null = null
  function linesOfPage(pageText: string): { start: number; text: string }[] {
    if (pageLines === null || pageLines.text !== pageText) {
      const lines: { start: number; text: string }[] = []
      let start = 0
      for (const text of pageText.split('\n')) {
        lines.push({ start, text })
        start += text.length + 1
      }
      pageLines = { text: pageText, lines, readings: [] }
    }
    return pageLines.lines
  }

  /** readLine for line `k` of the page last read (linesOfPage), remembered by its index (same reading, same rule). */
  function readPageLine(k: number, hints: readonly string[], hintKey: string): LineReading {
    const page = pageLines!
    const known = page.readings[k]
    if (known && (known.hintFree || known.hints === hintKey)) return known
    return (page.readings[k] = readLine(page.lines[k].text, hints, hintKey))
  }

  function inferHomeRegion(pageText: string): Region | null {
    const score = new Map<string, number>()
    const signal = { region: 0, city: 0, league: 0, county: 0 }
    const lines = linesOfPage(pageText)
    for (let k = 0; k < lines.length; k++) {
      if (!lines[k].text.trim()) continue
      const { places, scopes } = readPageLine(k, NO_HINTS, '')
      for (const p of places) tally(score, p.code, p.weight)
      for (const p of places) if (p.written === '自治区') signal.region += 0.5
      for (const s of scopes) {
        if (s.scope === 'region' || s.scope === 'city' || s.scope === 'league' || s.scope === 'county') signal[s.scope] += 1
      }
    }
    const datelines = datelinePlaces(pageText)
    const datelineCities = new Set(datelines.map((p) => leagueOf(p.code) ?? p.code))
    if (datelineCities.size >= 2) signal.region += 3 * datelines.length
    for (const p of datelines) tally(score, p.code, 3)
    const inHome = (code: string) => code.startsWith(homePrefix)
    const local = Math.max(signal.city, signal.league, signal.county)
    if (local >= 3 && local >= signal.region) {
      if (signal.county === local) {
        const county = best(score, (c) => inHome(c) && (levelOf(c) === 'county' || levelOf(c) === 'zone'))
        if (county) return regionOf(county[0])
      }
      const city = best(score, (c) => inHome(c) && levelOf(c) === 'city')
      if (city) {
        const countyCity = best(score, (c) => parentOf(c) === city[0] && levelOf(c) === 'county' && regionName(c)!.endsWith('市'))
        if (signal.city === local && countyCity && countyCity[1] >= 0.7 * city[1]) return regionOf(countyCity[0])
        return regionOf(city[0])
      }
      return null
    }
    // 前三季度赤峰市重点项目…, then its banners and districts under headings of their own: a page about one league,
    // whose later sections name only places within it, is that league's page.
    if (signal.region === 0) {
      const league = best(score, (c) => inHome(c) && levelOf(c) === 'city')
      let others = 0
      for (const [c, w] of score) if (inHome(c) && levelOf(c) === 'city' && c !== league?.[0]) others += w
      if (league && league[1] >= 4 && others === 0) return regionOf(league[0])
    }
    if (signal.region > 0 || score.has(homeProvince)) return regionOf(homeProvince)
    const city = best(score, isCityLevel)
    return city ? regionOf(city[0]) : null
  }

  function regionOfArticle(text: string, home: Region): Region {
    const lines = text.split('\n')
    return regionOfLines(lines, null, text.slice(0, 400), home)
  }

  function regionOfSpan(pageText: string, start: number, end: number, home: Region): Region {
    // What pageText.slice(start, end).split('\n') gives: each page line's part in [start, end), the line itself when whole.
    const lines: string[] = []
    /** The page line each of `lines` is, or -1 for a part of one. */
    const index: number[] = []
    const all = linesOfPage(pageText)
    // The first line ending at or after `start` (lines are in page order), found by bisection: walking every line of
    // the page for each of its articles was quadratic in the articles of a page.
    let lo = 0
    let hi = all.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (all[mid].start + all[mid].text.length < start) lo = mid + 1
      else hi = mid
    }
    for (let k = lo; k < all.length; k++) {
      const line = all[k]
      const lineEnd = line.start + line.text.length
      if (line.start > end) break
      const a = Math.max(line.start, start)
      const b = Math.min(lineEnd, end)
      const whole = a === line.start && b === lineEnd
      lines.push(whole ? line.text : pageText.slice(a, b))
      index.push(whole ? k : -1)
    }
    return regionOfLines(lines, index, pageText.slice(start, Math.min(end, start + 400)), home)
  }

  /**
   * An article's region from its lines; `top` is its first 400 characters, where a dateline stands. `index` names the
   * page line (linesOfPage) each line is, or -1 for a part of one (null: none is). An index rather than a reading
   * callback: a closure made per article cost more than the calls it served.
   */
  function regionOfLines(
    lines: string[],
    index: readonly number[] | null,
    top: string,
    home: Region,
  ): Region {
    const hints = [home.code]
    const score = new Map<string, number>()
    const homeLevel = levelOf(home.code)
    let headline = true
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue
      const weight = headline ? 2 : 1
      headline = false
      const k = index === null ? -1 : index[i]
      const { places, scopes } = k >= 0 ? readPageLine(k, hints, home.code) : readLine(lines[i], hints, home.code)
      for (const p of places) tally(score, p.code, p.weight * weight)
      for (const s of scopes) {
        if (s.scope === 'country' || s.scope === 'town') continue
        if (homeLevel === 'province' && s.scope !== 'region') continue
        const r = resolveScope(s.scope, { home })
        if (r) tally(score, r.code, weight)
      }
    }
    // A dateline outside the home province (新华社北京…电) is where the news desk sits, not what the article is about.
    const dateline = datelinePlaces(top).find((p) => p.code.startsWith(homePrefix) && p.code !== homeProvince)
    // A wire desk (中新网呼和浩特…电) sits in a city; an article that speaks of the region far more is the region's,
    // and one that speaks of another league more (新华网呼和浩特…电 on 满洲里口岸) is that league's.
    const wireDesk = dateline !== undefined && !/本报/.test(top)
    const datelineCity = dateline ? (leagueOf(dateline.code) ?? dateline.code) : null
    const topCity = best(score, isCityLevel)
    const city =
      datelineCity === null || (wireDesk && topCity && topCity[0] !== datelineCity && topCity[1] > (score.get(datelineCity) ?? 0))
        ? topCity
        : ([datelineCity, score.get(datelineCity) ?? 0] as const)
    let leaguesTotal = 0
    let leaguesNamed = 0
    for (const [c, w] of score) {
      if (parentOf(c) !== homeProvince) continue
      leaguesTotal += w
      leaguesNamed++
    }
    const provinceOnly = (score.get(homeProvince) ?? 0) - leaguesTotal
    // 各盟市分别为,乌兰察布市12项、巴彦淖尔市9项、…: a round-up of many leagues, none of which dominates, is the region's.
    if (!dateline && city && leaguesNamed >= 4 && city[1] < 0.4 * leaguesTotal && provinceOnly > 0) return regionOf(homeProvince)!
    // 巴彦淖尔市完成投资34亿元,阿拉善盟完成15亿元,乌兰察布市完成28亿元: leagues named as often as each other, none the
    // article's; a figure naming none of them is the page's.
    if (!dateline && city && leaguesNamed >= 2 && tiedLeague(score, city)) return home
    if ((!dateline || wireDesk) && (!city || (provinceOnly >= 2 && provinceOnly >= 2 * city[1]))) {
      return provinceOnly > 0 ? regionOf(homeProvince)! : home
    }
    if (!city) return home
    const county = best(score, (c) => parentOf(c) === city[0])
    if (county && county[1] >= 1 && county[1] >= 0.6 * Math.max(city[1], 1)) return regionOf(county[0])!
    return regionOf(city[0]) ?? home
  }

  /** Whether another league or city scores as much as `top` (a province's own leagues only). */
  function tiedLeague(score: Map<string, number>, top: readonly [string, number]): boolean {
    for (const [c, w] of score) if (c !== top[0] && parentOf(c) === homeProvince && levelOf(c) === 'city' && w >= top[1]) return true
    return false
  }

  function region(codeOrName: string): Region | null {
    const key = codeOrName.trim()
    if (/^\d{6}$/.test(key)) return regionOf(key)
    const entry = names.get(key)
    if (!entry || entry.notPlace || entry.candidates.length !== 1) return null
    return regionOf(entry.candidates[0].code)
  }

  const leagues = [...byCode.values()]
    .filter((d) => d.level === 'city' && d.parentCode === homeProvince)
    .sort((a, b) => a.code.localeCompare(b.code))

  return {
    findPlaces,
    findScopeWords,
    inferHomeRegion,
    resolveRegion,
    sentenceRegion,
    regionOfArticle,
    regionOfSpan,
    region,
    regionName,
    levelOf,
    parentOf,
    leagueOf,
    isWithin,
    listLeagues: () => leagues.map((d) => ({ code: d.code, name: d.name })),
    listCounties: (leagueCode) =>
      [...byCode.values()].filter((d) => d.parentCode === leagueCode && d.level !== 'city').sort((a, b) => a.code.localeCompare(b.code)),
  }
}

const NO_HINTS: readonly string[] = []

const PAIR_SLOTS = 1 << 16
/** The slot of a pair of code units in a table of PAIR_SLOTS. */
function pairSlot(a: number, b: number): number {
  return ((a << 7) ^ b) & (PAIR_SLOTS - 1)
}

/** Hints compared item by item (joining them into a key string cost more than the lookup it saved). */
function sameHints(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function untilPunctuation(s: string): string {
  const m = NAME_BREAK.exec(s)
  return m ? s.slice(0, m.index) : s
}

/**
 * The short form of a division's name by the usual rule: 鄂尔多斯市 → 鄂尔多斯, 达拉特旗 → 达拉特,
 * 鄂温克族自治旗 → 鄂温克, 北京市 → 北京, 广西壮族自治区 → 广西. Null when the short form is not in use
 * or is an ordinary word (新城 of 新城区, 杭锦后 of 杭锦后旗).
 */
function stemOf(d: Division, inHome: boolean): string | null {
  if (EXCLUDED_DIVISIONS.has(d.name)) return null
  let stem: string | null = null
  if (d.level === 'province') {
    stem = d.name.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '')
  } else if (d.level === 'city') {
    const m = /^(.{2,}?)(?:(?:[^族]{1,4}族)+|蒙古|柯尔克孜|哈萨克)自治州$/.exec(d.name) ?? /^(.+?)(?:市|盟|地区)$/.exec(d.name)
    stem = m ? m[1] : null
    if (stem && !inHome && stem.length === 2 && !OTHER_CITY_STEMS_IN_USE.has(stem)) return null
  } else if (d.level === 'county') {
    const m =
      /^(.+?)(?:达斡尔族|族)?自治旗$/.exec(d.name) ??
      /^(.+)矿区$/.exec(d.name) ??
      /^(.+?)联合旗$/.exec(d.name) ??
      /^(.+)[旗县市区]$/.exec(d.name)
    stem = m ? m[1] : null
    if (stem && /[左右前中后]$/.test(stem)) return null
    if (stem && d.name.endsWith('区') && !d.name.endsWith('矿区') && stem.length === 2 && !DISTRICT_STEMS_IN_USE.has(stem)) return null
  }
  if (!stem || stem.length < 2 || stem === d.name || UNUSABLE_STEMS.has(stem)) return null
  return stem
}

/** 吉格斯太镇 → 吉格斯太: only long (mostly Mongolian) town names, whose short form is not a word of its own. */
function townStem(name: string): string | null {
  const m = /^(.+?)(?:街道办事处|街道|办事处|镇|乡|苏木)$/.exec(name)
  if (!m) return null
  const stem = m[1]
  if (stem.length < 4 || /[路街道巷]$/.test(stem) || /民族|族$|团结|幸福|成吉思汗|城区|大街|胡同|\d/.test(stem)) return null
  return stem
}
