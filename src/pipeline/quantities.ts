/**
 * The quantities stage: every number of a normalized sentence, read as a quantity with its unit and
 * qualifier (`突破250万吨` → 3000000 t, `>=`), or set aside with the reason it is not a figure (a date,
 * a phone number, an ordinal, a slogan …).
 *
 * One scan finds where numbers start (Arabic digits, Chinese numerals); each is then read with a few
 * sticky regexes anchored at known positions, so the stage stays linear in the sentence length.
 */
import type { Qualifier, SetAsideReason, Unit } from '../model/index.ts'
import { CN_DIGIT } from './lexicon/numerals.ts'
import { arabicDecimal, decimalValue, multiplierExp, parseChineseDecimal, type Decimal } from './numerals.ts'

/** `ratio`: one part of a structure a:b:c (三次产业结构为8.5:39.2:52.3), read as a share in percent. */
export type QuantityForm = 'amount' | 'percent' | 'multiple' | 'points' | 'ratio'

export interface Quantity {
  /** Index of the first character of the number (after any qualifier word). */
  start: number
  /** Index just past the unit, or past the number when it has none. */
  end: number
  /** The number with its unit as written: `380万吨`, `63%`, `2至3倍`. */
  raw: string
  /** In base units (see Unit); percent forms in percent, multiples as the factor. */
  value: number
  unit: Unit
  form: QuantityForm
  qualifier: Qualifier
  /** Start of the qualifier word when one precedes the number, else `start`. */
  qualifierStart: number
  /** Low and high end of a range (`2至3倍`); `value` is the low end. */
  range?: [number, number]
  /** The unit word as written, multiplier included (`万吨`, `亿元`, `人次`), '' when unitless. */
  measure: string
}

export interface SetAsideNumber {
  start: number
  end: number
  raw: string
  reason: SetAsideReason
}

type UnitDef =
  | { kind: 'measure'; unit: Unit; exp: number; form: QuantityForm }
  | { kind: 'count'; unit: Unit; exp: 0; form: 'amount' }
  | { kind: 'aside'; reason: SetAsideReason }
  | { kind: 'year' | 'month' | 'day' | 'hao' | 'degree' | 'cheng' | 'events' | 'clock' | 'minute' }

type QuantityDef = Extract<UnitDef, { kind: 'measure' | 'count' }>

const measure = (unit: Unit, exp = 0, form: QuantityForm = 'amount'): UnitDef => ({ kind: 'measure', unit, exp, form })
const count = (unit: Unit): UnitDef => ({ kind: 'count', unit, exp: 0, form: 'amount' })
const aside = (reason: SetAsideReason): UnitDef => ({ kind: 'aside', reason })
const special = (kind: 'year' | 'month' | 'day' | 'hao' | 'degree' | 'cheng' | 'events' | 'clock' | 'minute'): UnitDef => ({ kind })

/**
 * Words that may follow a number, with what they make of it. The optional third field lists characters
 * that, right after the word, show it belongs to another word (`一元化`, `两轮车`, `一部分`).
 * Exponents convert to the base unit: 公斤 is 10^-3 t, 兆瓦 10^3 kW, 公顷 10^4 m2.
 */
const SUFFIXES: [string[], UnitDef, string?][] = [
  [['元', '人民币', '元人民币', '块钱'], measure('CNY'), '素旦首宵老帅化器件气'],
  [['美元'], measure('USD')],
  [['欧元'], measure('EUR')],
  [['港元', '港币'], measure('HKD')],
  [['日元'], measure('JPY')],
  [['英镑'], measure('GBP')],
  [['卢布'], measure('RUB')],
  [['图格里克'], measure('MNT')],
  [['吨'], measure('t')],
  [['吨标准煤', '吨标煤'], measure('tce')],
  // 货物周转量216.4亿吨公里: tonnes carried times kilometres, never a mass.
  [['吨公里', '吨千米'], measure('tkm')],
  [['人公里', '人千米'], measure('pkm')],
  [['公斤', '千克', 'kg'], measure('t', -3)],
  [['克'], measure('t', -6)],
  [['斤'], measure('jin')],
  // 14.8万个标准集装箱: twenty-foot containers counted one by one, still TEU (not items).
  [['标箱', '标准箱', '标准集装箱', '个标箱', '个标准箱', '个标准集装箱', 'TEU'], measure('TEU')],
  [['千瓦', 'kW', 'KW'], measure('kW')],
  [['兆瓦', 'MW'], measure('kW', 3)],
  [['吉瓦', 'GW'], measure('kW', 6)],
  [['瓦'], measure('kW', -3)],
  [['千瓦时', 'kWh', 'KWh'], measure('kWh')],
  [['兆瓦时', 'MWh'], measure('kWh', 3)],
  [['吉瓦时', 'GWh'], measure('kWh', 6)],
  [['千伏安'], measure('kVA')],
  [['兆伏安'], measure('kVA', 3)],
  [['亩'], measure('mu')],
  [['公顷'], measure('m2', 4)],
  [['平方米', '平米'], measure('m2')],
  [['平方公里', '平方千米'], measure('km2')],
  [['公里', '千米', 'km'], measure('km')],
  [['米', '延米'], measure('m'), '饭粒面粉酒'],
  [['立方米', '立方'], measure('m3')],
  [['升'], measure('L'), '级值高温至为格华'],
  [['毫升'], measure('L', -3)],
  [['P', 'PF', 'PFLOPS', 'PFlops', 'Pflops'], measure('PFLOPS')],
  [['EFLOPS', 'EFlops'], measure('PFLOPS', 3)],
  [['%'], measure('%', 0, 'percent')],
  [['‰'], measure('%', -1, 'percent')],
  [['个百分点', '百分点'], measure('pp', 0, 'points')],
  [['倍'], measure('times', 0, 'multiple'), '增'],
  [['成'], special('cheng')],
  [['度'], special('degree')],
  [['人', '名', '位', '人口', '个人'], count('person'), '民员士物才们性均工气格数次'],
  [['人次'], count('person_time')],
  [['户'], count('household'), '籍外口型'],
  [['辆'], count('vehicle')],
  [['列'], count('train'), '入为举出'],
  [['家'], count('enterprise'), '街庭乡属具电人长政园'],
  [['个', '项', '件', '座', '所', '台', '套', '条', '枚', '颗', '栋', '幢', '艘', '篇', '例', '宗', '部门'], count('item'), '性别案阶'],
  [['支'], count('item'), '持付出撑援部'],
  [['批'], count('item'), '准复评示发次'],
  [['处'], count('item'), '理置于长室'],
  [['种'], count('item'), '植子类'],
  [['类'], count('item'), '似型别'],
  [['期'], count('item'), '间望待限刊货'],
  [['场'], count('item'), '景所地馆合'],
  [['张'], count('item'), '家'],
  [['部'], count('item'), '分署长位门'],
  [['份'], count('item'), '额'],
  [['间'], count('item'), '隔接断'],
  [['架'], count('item'), '构子'],
  [['轮'], count('item'), '车椅胎船流换番回'],
  [['单'], count('item'), '位元独一个项品体据纯调'],
  [['株', '棵'], count('item')],
  [['头', '只', '羽', '匹', '头只'], count('head'), '条部脑号等版是有要能会'],
  [['班次', '车次', '架次', '航次', '趟'], count('trip')],
  [['次'], special('events'), '性要序级'],
  [['批次', '场次', '轮次'], aside('count-of-events')],
  [['年'], special('year')],
  [['月'], special('month')],
  [['日'], special('day')],
  [['号'], special('hao'), '楼线院码称召'],
  [['时', '点', '点钟', '点半'], special('clock')],
  [['分'], special('minute'), '之'],
  [['年度', '年代', '世纪', '年底', '年初', '年末'], aside('year')],
  [['月份', '月底', '月初', '月末', '月中', '月上旬', '月中旬', '月下旬', '季度'], aside('date')],
  [
    [
      '天', '小时', '个小时', '个多小时', '个半小时', '分钟', '秒', '秒钟', '个月', '个多月', '个半月', '周', '个周',
      '星期', '个星期', '个工作日', '工作日', '个季度', '年多', '年半', '载', '昼夜', '个年头', '年头',
    ],
    aside('duration'),
  ],
  [['岁', '周岁'], aside('age')],
  [['强', '等奖', '星级', '名次'], aside('rank')],
  [['届', '中全会', '次全会', '次全体会议', '次代表大会', '版', '周年'], aside('ordinal')],
  [['信箱', '房间', '室', '号楼', '单元', '号线', '号院', '国道', '省道', '县道'], aside('code')],
  [['微米', '毫米', '厘米', '纳米', '摄氏度', '°', '℃', '千伏', '伏', '马力', '英寸', '寸', '兆帕', '帕', '赫兹'], aside('other')],
  [['吨级', '千瓦级', '兆瓦级', '千伏级'], aside('other')],
  [['大'], aside('other'), '于约概幅量部多都家关台'],
  [['级'], aside('other')],
]

const UNIT_DEFS = new Map<string, UnitDef>()
const UNIT_ALTS: { word: string; source: string }[] = []
for (const [words, def, notBefore] of SUFFIXES) {
  for (const word of words) {
    UNIT_DEFS.set(word, def)
    let source = word.replace(/[%‰°]/g, (c) => `\\${c}`)
    if (/[A-Za-z]$/.test(word)) source += '(?![A-Za-z])'
    if (notBefore) source += `(?![${notBefore}])`
    UNIT_ALTS.push({ word, source })
  }
}
UNIT_ALTS.sort((a, b) => b.word.length - a.word.length)
const UNIT = new RegExp(UNIT_ALTS.map((a) => a.source).join('|'), 'y')

/** Where numbers start; each hit is then read by the sticky regexes below. */
const HIT = /[0-9]|数(?=[十百千万亿])|[〇一二两三四五六七八九十百千万亿几]|半(?=个?(?:世纪|年|月|天|小时|钟头))/g
const HALF = /半个?(?:世纪|年|月|天|小时|钟头)/y
const ARABIC = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y
/** 千 and 百 stay out of a run when they begin a unit (千瓦, 千米, 百分点). */
const CN_RUN =
  /(?:数(?=[十百千万亿])|[〇一二两三四五六七八九十万亿几]|千(?![瓦米克伏])|百(?!分点))(?:[零〇一二两三四五六七八九十万亿几]|千(?![瓦米克伏])|百(?!分点))*(?:点[零〇一二三四五六七八九]+[万亿]*)?/y
const MULT = /([余多])?((?:千(?![瓦米克伏])|百(?!分))?(?:万亿|亿|万)?)([余多])?/y
/** 20%多: more than a percentage (多 after another unit starts a word: 3个多月, 5万吨多用于). */
const POST = /以上|以下|以内|之内|左右|(?<=%)多(?![家个种项年月次])/y
const POST_QUALIFIER: Record<string, Qualifier> = { 以上: '>=', 以下: '<=', 以内: '<=', 之内: '<=', 左右: '~', 多: '>' }
const CONNECTOR = /[至到—–~-]/y

const DATE_SUFFIX = '(?:份|初|底|末|中旬|上旬|下旬)?'
const DAY = '(\\d{1,2})[日号](?![楼线院码])'
const DATE_AT = new RegExp(
  `(?:(\\d{4})年(?:度|代|初|底|末)?(?:(\\d{1,2})月${DATE_SUFFIX}(?:${DAY})?)?|(\\d{1,2})月${DATE_SUFFIX}(?:${DAY})?|${DAY})` +
    '(?:\\d{1,2}[时点](?:\\d{1,2}分|半)?)?|(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)|(\\d{1,2})[时点](?:\\d{1,2}分|半)|(\\d{1,2})·(\\d{1,2})(?!\\d)' +
    // A dateline written day first, as some reposting sites print it (06.03.2019, 6/3/2019): a date, not 6.03.
    '|(\\d{1,2})([-/.])\\d{1,2}\\14(?:19|20)\\d{2}(?!\\d)',
  'y',
)
const PHONE_AT = /(?:0\d{2,3}-\d{7,8}|0\d{2,3}\)\d{7,8}|1[3-9]\d{9}|[48]00-?\d{3}-?\d{4})(?![\d-])/y
const CLOCK_AT = /(\d{1,2}):\d{2}(?::\d{2})?(?:\s*[-—–~至到]\s*\d{1,2}:\d{2}(?::\d{2})?)?(?!\d)/y
/** What a phone number starts with (010-…, 13…, 400-…, 800-…). */
const PHONE_FIRST = '0148'
const PHONE_CUE = /(?:电话|热线|拨打|致电|手机|传真|举报)[:]?\s*$/

const QUALIFIER_BEFORE = new Map<string, Qualifier>([
  ['突破', '>='], ['破', '>='], ['超过', '>='], ['超出', '>='], ['超', '>='], ['逾', '>='], ['高于', '>='], ['大于', '>='],
  ['多于', '>='], ['不少于', '>='], ['不低于', '>='], ['至少', '>='], ['最低', '>='], ['起码', '>='],
  ['约', '~'], ['大约', '~'], ['约为', '~'], ['近', '~'], ['将近', '~'], ['接近', '~'], ['约合', '~'], ['大概', '~'],
  ['不到', '<'], ['不足', '<'], ['跌破', '<'], ['低于', '<'], ['少于', '<'], ['小于', '<'], ['不满', '<'], ['未满', '<'],
  // 刚过万亿元门槛, 资金过百亿: passing a round number, strictly above it.
  ['过', '>'], ['刚过', '>'], ['跨过', '>'], ['迈过', '>'],
  ['最高', '<='], ['至多', '<='], ['最多', '<='], ['不超过', '<='], ['不高于', '<='], ['不多于', '<='],
])
/** The characters a qualifier word ends with: before most numbers stands none of them, and no word need be looked up. */
const QUALIFIER_LAST = new Set([...QUALIFIER_BEFORE.keys()].map((w) => w.charCodeAt(w.length - 1)))
/** Characters that, before a one-character qualifier, make it part of another word (节约, 最近, 赶超). */
const NOT_QUALIFIER_AFTER: Record<string, string> = {
  约: '节制签预契公条特邀相违履守集简隐婚合',
  近: '最附邻靠亲临贴就',
  超: '赶高',
  // 首破2000万吨, 单日过货量破7万吨 qualify; 打破纪录, 冲破, 跌破 (below) do not say "at least".
  破: '打攻冲击爆识点看说残撞跌',
  // 通过3项, 经过5年, 不过10%, 度过, 越过: other words, no bar passed.
  过: '通经不度越穿闯错路超跳',
}

const NAME_QUOTE = /“[^“”]{0,40}”|‘[^‘’]{0,40}’|「[^「」]{0,40}」|『[^『』]{0,40}』|《[^《》]{0,80}》|"[^"\n]{0,40}"/g
const QUOTE_CHARS = /[“‘「『《"]/
const CN_NUMERAL_CHAR = /[〇一二两三四五六七八九十百千万亿]/
const CLAUSE_BREAK = /[,;:。、!?()“”‘’\s■□●]/
const LIST_JOIN = '、和及与或'

interface Numeral {
  start: number
  end: number
  /** Null for estimates without a value (几十, 数万), which are `vague`. */
  dec: Decimal | null
  vague: boolean
  chinese: boolean
  /** Two neighbouring digits given as an estimate (七八, 三四十). */
  approx: [Decimal, Decimal] | null
  /** The trailing 万/亿 of a Chinese numeral, which belongs to the measure as written (二十八亿 → 亿). */
  multText: string
  /** A Chinese numeral of one digit 二..九 (一 is `one`), or `bare`: a multiplier without digit (万, 百亿). */
  small: boolean
  one: boolean
  bare: boolean
}

/** A numeral with no flag set yet. Written out, not spread from a template: spreading cost more than reading the number. */
function plainNumeral(start: number, end: number, dec: Decimal | null, chinese: boolean): Numeral {
  return { start, end, dec, vague: false, chinese, approx: null, multText: '', small: false, one: false, bare: false }
}

interface Suffix {
  about: boolean
  multText: string
  multExp: number
  word: string
  def: UnitDef | null
  /** Past the unit, or past the number and its multiplier when there is no unit. */
  end: number
  post: Qualifier | null
}

interface Found {
  quantity?: Quantity
  aside?: SetAsideNumber
  /** Powers of ten applied for the multiplier and the unit, so a list item can take them over. */
  exps?: { mult: number; unit: number }
  /** The number of a quantity without unit, which may take the unit of the next item of a list. */
  open?: Numeral
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
const isLatin = (c: string | undefined) => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
const isCodeChar = (c: string | undefined) => isDigit(c) || isLatin(c) || (c !== undefined && '._@+-/:%'.includes(c))

class Scan {
  readonly found: Found[] = []
  private nameQuotes: [number, number][] | null = null

  constructor(readonly s: string) {}

  inNameQuote(i: number): boolean {
    if (this.nameQuotes === null) {
      this.nameQuotes = []
      if (QUOTE_CHARS.test(this.s)) {
        NAME_QUOTE.lastIndex = 0
        let m: RegExpExecArray | null
        while ((m = NAME_QUOTE.exec(this.s))) {
          const inner = m[0].slice(1, -1)
          // A short quote without clause punctuation is a name or slogan (“1571”, “六个工程”), not speech.
          if (m[0][0] === '《' || (!/[,。;!?:]/.test(inner) && (inner.length <= 16 || inner.includes('+')))) {
            this.nameQuotes.push([m.index, m.index + m[0].length])
          }
        }
      }
    }
    const spans = this.nameQuotes
    let lo = 0
    let hi = spans.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (spans[mid][1] <= i) lo = mid + 1
      else if (spans[mid][0] >= i) hi = mid - 1
      else return true
    }
    return false
  }

  setAside(start: number, end: number, reason: SetAsideReason): number {
    this.found.push({ aside: { start, end, raw: this.s.slice(start, end), reason } })
    return end
  }
}

/** HIT read at one position, for the characters HIT_START says need it. */
const HIT_AT = new RegExp(HIT.source, 'y')
/**
 * The characters HIT's alternatives begin with: 1 where the character alone is a hit (a digit, a Chinese numeral),
 * 2 where a look-ahead decides (数, 半). A table lookup is far cheaper than searching a sentence with HIT.
 */
const HIT_START = new Uint8Array(0x10000)
for (const c of '0123456789〇一二两三四五六七八九十百千万亿几') HIT_START[c.charCodeAt(0)] = 1
for (const c of '数半') HIT_START[c.charCodeAt(0)] = 2

/** Where the next number starts at or after `from` (what `HIT.exec` finds with `lastIndex = from`), or -1. */
function nextHit(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const kind = HIT_START[s.charCodeAt(i)]
    if (kind === 0) continue
    if (kind === 1) return i
    HIT_AT.lastIndex = i
    if (HIT_AT.test(s)) return i
  }
  return -1
}

export function findQuantities(sentence: string): { quantities: Quantity[]; setAside: SetAsideNumber[] } {
  const sc = new Scan(sentence)
  for (let p = nextHit(sentence, 0); p >= 0; ) {
    const end = isDigit(sentence[p]) ? scanArabic(sc, p) : scanChinese(sc, p)
    p = nextHit(sentence, Math.max(end, p + 1))
  }
  closeLists(sc)
  const quantities: Quantity[] = []
  const setAside: SetAsideNumber[] = []
  for (const f of sc.found) {
    if (f.quantity) quantities.push(f.quantity)
    else if (f.aside) setAside.push(f.aside)
  }
  return { quantities, setAside }
}

/** An indicator's acronym written right before its figure (GDP1.2万亿元) is not part of a code like A380. */
const INDICATOR_ACRONYM = /(?:^|[^A-Za-z])(?:GDP|CPI|PPI|PMI|GNI)$/

function scanArabic(sc: Scan, p: number): number {
  const s = sc.s
  // Only an ASCII character before the number matters below (a letter, @ . _ - or a bracket); reading a Chinese one as
  // a string would make a new string per number.
  const prev = p > 0 && s.charCodeAt(p - 1) < 0x80 ? s[p - 1] : undefined
  if ((isLatin(prev) && !INDICATOR_ACRONYM.test(s.slice(Math.max(0, p - 4), p))) || prev === '@' || ('._-'.includes(prev ?? ' ') && isLatin(s[p - 2]))) {
    return codeChunk(sc, p)
  }

  // The sticky regexes below are read only where their first characters allow a match: most numbers are neither.
  PHONE_AT.lastIndex = p
  const phone = PHONE_FIRST.includes(s[p]) ? PHONE_AT.exec(s) : null
  if (phone) return sc.setAside(prev === '(' && phone[0].includes(')') ? p - 1 : p, p + phone[0].length, 'phone')

  // Before the clock: 比例优化到12:38:50 is a structure, not a time of day.
  if (p > 0 && RATIO_CUE_LAST.includes(s.charAt(p - 1)) && RATIO_CUE.test(s.slice(Math.max(0, p - 64), p))) {
    RATIO_AT.lastIndex = p
    const ratio = RATIO_AT.exec(s)
    if (ratio) return ratioParts(sc, p, ratio[0])
  }

  CLOCK_AT.lastIndex = p
  const clock = s[p + 1] === ':' || s[p + 2] === ':' ? CLOCK_AT.exec(s) : null
  if (clock && Number(clock[1]) <= 24) return sc.setAside(p, p + clock[0].length, 'time')

  const date = readDate(s, p)
  if (date) {
    let end = date.end
    CONNECTOR.lastIndex = end
    if (CONNECTOR.exec(s)) {
      const next = readDate(s, end + 1)
      if (next) end = next.end
    }
    return sc.setAside(p, end, date.reason)
  }

  const digits = spacedThousands(s, p, prev) ?? arabicAt(s, p)
  const end = p + digits.length
  if (digits.length >= 5 && !digits.includes('.') && (PHONE_CUE.test(s.slice(Math.max(0, p - 5), p)) || s.startsWith('热线', end))) {
    return sc.setAside(p, end, 'phone')
  }
  if (digits.length >= 2 && digits[0] === '0' && digits[1] !== '.') return sc.setAside(p, end, 'code')
  if (s[end] === '@') return codeChunk(sc, p)

  let start = p
  const dec = arabicDecimal(digits)
  if (prev === '-' && !isCodeChar(s[p - 2])) {
    start = p - 1
    dec.mantissa = -dec.mantissa
  }
  const n = plainNumeral(start, end, dec, false)
  const before = sc.found.length
  const consumed = classify(sc, n)
  // Every Arabic number is accounted for: one no rule claimed is set aside rather than dropped.
  if (sc.found.length === before) return sc.setAside(start, end, 'other')
  return consumed
}

function arabicAt(s: string, p: number): string {
  ARABIC.lastIndex = p
  return ARABIC.exec(s)![0]
}

/** Groups of three digits parted by blanks, as yearbooks print large figures (`151 442万元`, `20 831元`). */
const SPACED_THOUSANDS = /\d{1,3}(?: \d{3})+(?:\.\d+)?(?!\d)/y

/**
 * `12 614万元` is one number when a unit (with or without 万/亿) follows the last group; a run of small numbers
 * (`3 4 5`), or groups with no unit after them, stay separate numbers. Null when `p` starts no such number.
 */
function spacedThousands(s: string, p: number, prev: string | undefined): string | null {
  if (s.charCodeAt(p + 1) !== 0x20 && s.charCodeAt(p + 2) !== 0x20 && s.charCodeAt(p + 3) !== 0x20) return null
  if (prev === ' ' && isDigit(s[p - 2])) return null
  SPACED_THOUSANDS.lastIndex = p
  const m = SPACED_THOUSANDS.exec(s)
  if (!m) return null
  const def = readSuffix(s, p + m[0].length).def
  return def && (def.kind === 'measure' || def.kind === 'count') ? m[0] : null
}

function scanChinese(sc: Scan, p: number): number {
  if (sc.s[p] === '半') {
    HALF.lastIndex = p
    const half = HALF.exec(sc.s)!
    // 上半年 and 下半年 are periods; 半个世纪, 半年 are spans of time.
    return sc.setAside(p, p + half[0].length, '上下'.includes(sc.s[p - 1] ?? ' ') ? 'date' : 'duration')
  }
  const n = readChinese(sc.s, p)
  if (!n) return p + 1
  if (!n.dec && !n.vague) {
    // Not a number (十四五, 一一): only a slogan in quotes is worth noting.
    return sc.inNameQuote(p) ? sc.setAside(p, n.end, 'other') : n.end
  }
  return classify(sc, n)
}

/**
 * Characters a CN_RUN match may start with unconditionally, and those that may continue one: a numeral of the first
 * kind followed by none of the second is a run of one character (统一, 进一步), read without the regex.
 */
const CN_ALONE = new Uint8Array(0x10000)
for (const c of '〇一二两三四五六七八九十万亿几') CN_ALONE[c.charCodeAt(0)] = 1
const CN_GOES_ON = new Uint8Array(0x10000)
for (const c of '零〇一二两三四五六七八九十万亿几千百点') CN_GOES_ON[c.charCodeAt(0)] = 1

function readChinese(s: string, p: number): Numeral | null {
  let text: string
  if (CN_ALONE[s.charCodeAt(p)] === 1 && (p + 1 >= s.length || CN_GOES_ON[s.charCodeAt(p + 1)] === 0)) {
    text = s[p]
  } else {
    CN_RUN.lastIndex = p
    const m = CN_RUN.exec(s)
    if (!m) return null
    text = m[0]
  }
  const shape = chineseShape(text)
  return {
    start: p,
    end: p + text.length,
    dec: shape.dec,
    vague: shape.vague,
    chinese: true,
    approx: shape.approx,
    multText: shape.multText,
    small: shape.small,
    one: shape.one,
    bare: shape.bare,
  }
}

/** What a run of Chinese numerals says wherever it stands; its Decimals are shared, and never changed. */
type ChineseShape = Pick<Numeral, 'dec' | 'vague' | 'approx' | 'multText' | 'small' | 'one' | 'bare'>

/**
 * Shapes remembered per run (a bounded cache, emptied when full): a few runs (一, 两, 十, 三四) make most of the
 * hits, 一 in ordinary words above all (统一, 进一步), and reading one took several regexes.
 */
const chineseShapes = new Map<string, ChineseShape>()

function chineseShape(text: string): ChineseShape {
  let shape = chineseShapes.get(text)
  if (shape === undefined) {
    shape = readChineseShape(text)
    if (chineseShapes.size >= 4096) chineseShapes.clear()
    chineseShapes.set(text, shape)
  }
  return shape
}

function readChineseShape(text: string): ChineseShape {
  const n: ChineseShape = { dec: null, vague: false, approx: null, multText: '', small: false, one: false, bare: false }
  if (/[几数]/.test(text)) {
    n.vague = true
    return n
  }
  const pair = /^([一二两三四五六七八九])([一二三四五六七八九])(.*)$/.exec(text)
  if (pair && CN_DIGIT_VALUE[pair[2]] === CN_DIGIT_VALUE[pair[1]] + 1 && !pair[3].startsWith('点')) {
    const low = parseChineseDecimal(pair[1] + pair[3])
    const high = parseChineseDecimal(pair[2] + pair[3])
    if (low && high) {
      n.approx = [low, high]
      n.dec = low
      n.small = !/[十百千万亿]/.test(text)
      n.multText = trailingMultiplier(text)
      return n
    }
  }
  n.dec = parseChineseDecimal(text)
  if (!n.dec) return n
  n.multText = trailingMultiplier(text)
  n.one = text === '一'
  n.bare = !/[〇一二两三四五六七八九十]/.test(text)
  n.small = n.bare || /^[二两三四五六七八九]$/.test(text)
  return n
}

const CN_DIGIT_VALUE = CN_DIGIT

function trailingMultiplier(text: string): string {
  if (/^[百千万亿]+$/.test(text)) return text
  const m = /[万亿]+$/.exec(text)
  return m && m.index > 0 ? m[0] : ''
}

/** A qualifier or a verb of reaching right before the number: 超过千万千瓦, 突破百亿元, 达到万亩. */
/** 大关, 关口, 台阶 after a round number: a mark the figure passed. */
const MARK_AFTER = /^(?:大关|关口|大台阶|台阶)/

function amountCue(s: string, start: number): boolean {
  return qualifierOf(s, start, null, false).start !== start || /(?:达|达到|为|是)$/.test(s.slice(Math.max(0, start - 2), start))
}

/**
 * What follows the digits of every DATE_AT match (1, 2 or 4 digits, then 年 月 日 号 - / . 时 点 or ·): a number
 * followed by anything else (a unit, a multiplier, %) is no date, and DATE_AT, a large alternation, is not run for it.
 */
const DATE_NEXT = new Set([...'年月日号-/.时点·'].map((c) => c.charCodeAt(0)))

function readDate(s: string, p: number): { end: number; reason: SetAsideReason } | null {
  let q = p
  while (q < s.length && isDigitCode(s.charCodeAt(q))) q++
  if (!DATE_NEXT.has(s.charCodeAt(q))) return null
  DATE_AT.lastIndex = p
  const d = DATE_AT.exec(s)
  if (!d) return null
  const year = d[1] ?? d[7]
  const month = d[2] ?? d[4] ?? d[8] ?? d[11]
  const day = d[3] ?? d[5] ?? d[6] ?? d[9] ?? d[12] ?? d[13]
  if (d[10] !== undefined) return Number(d[10]) <= 24 ? { end: p + d[0].length, reason: 'time' } : null
  if (year !== undefined && (Number(year) < 1000 || Number(year) > 2199)) return null
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return null
  if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return null
  return { end: p + d[0].length, reason: month !== undefined || day !== undefined ? 'date' : 'year' }
}

/** An identifier of letters and digits (I1986, 5G, an e-mail address): one set-aside for all of it. */
function codeChunk(sc: Scan, p: number): number {
  const s = sc.s
  const last = sc.found[sc.found.length - 1]
  const floor = last ? (last.quantity ?? last.aside!).end : 0
  let a = p
  while (a > floor && isCodeChar(s[a - 1])) a--
  let b = p
  while (b < s.length && isCodeChar(s[b])) b++
  while (b > p + 1 && '.-_/:'.includes(s[b - 1])) b--
  while (a < p && '.-_/:+'.includes(s[a])) a++
  return sc.setAside(a, b, 'code')
}

/**
 * First characters of what MULT, UNIT and POST can match (1, 2 and 4 set, as bits): the sticky regexes run only where
 * one may match. Most numbers are words (一些, 进一步) followed by none of them, and a call of a big alternation costs.
 */
const SUFFIX_START = new Uint8Array(0x10000)
for (const c of '余多千百万亿') SUFFIX_START[c.charCodeAt(0)] |= 1
for (const { word } of UNIT_ALTS) SUFFIX_START[word.charCodeAt(0)] |= 2
for (const c of '以之左多') SUFFIX_START[c.charCodeAt(0)] |= 4

/** UNIT at `pos`, or null; `pos` may be the end of the text. */
function unitAt(s: string, pos: number): RegExpExecArray | null {
  if (pos >= s.length || (SUFFIX_START[s.charCodeAt(pos)] & 2) === 0) return null
  UNIT.lastIndex = pos
  return UNIT.exec(s)
}

function readSuffix(s: string, pos: number): Suffix {
  let end = pos
  const sfx: Suffix = { about: false, multText: '', multExp: 0, word: '', def: null, end, post: null }
  if (pos < s.length && (SUFFIX_START[s.charCodeAt(pos)] & 1) !== 0) {
    MULT.lastIndex = pos
    const m = MULT.exec(s)!
    end = pos + m[0].length
    sfx.about = !!(m[1] || m[3])
    sfx.multText = m[2]
    sfx.multExp = m[2] ? multiplierExp(m[2]) : 0
  }
  const u = unitAt(s, end)
  if (u) {
    sfx.word = u[0]
    sfx.def = UNIT_DEFS.get(u[0]) ?? null
    end += u[0].length
  }
  sfx.end = end
  if (end < s.length && (SUFFIX_START[s.charCodeAt(end)] & 4) !== 0) {
    POST.lastIndex = end
    const post = POST.exec(s)
    if (post) sfx.post = POST_QUALIFIER[post[0]]
  }
  return sfx
}

function readNumeralAt(s: string, p: number): Numeral | null {
  if (isDigit(s[p])) {
    ARABIC.lastIndex = p
    const digits = ARABIC.exec(s)![0]
    return plainNumeral(p, p + digits.length, arabicDecimal(digits), false)
  }
  const n = readChinese(s, p)
  return n && n.dec ? n : null
}

/** 零下20度, 北纬45度, 东经110度: a temperature or a position on the globe (the two characters right before the number). */
const BELOW_ZERO_OR_ON_THE_GLOBE = new Set(['零下', '北纬', '南纬', '东经', '西经'])

/** A move in a ranking: 跃升3位, 上升2位, 前移1位, 后退4名. */
const RANK_MOVE = /(?:跃升|上升|提升|前移|前进|晋升|下降|后退|下滑|后移|跃居|提高)$/

function atClauseStart(s: string, i: number): boolean {
  return i === 0 || CLAUSE_BREAK.test(s[i - 1])
}

function classify(sc: Scan, n: Numeral): number {
  const s = sc.s
  // Not s[-1] for a number that opens the sentence: a negative index is looked up as a property name, slowly.
  const before = n.start > 0 ? s[n.start - 1] : undefined

  if (before === '第') {
    const sfx = readSuffix(s, n.end)
    const reason = sfx.word === '位' || sfx.word === '名' ? 'rank' : 'ordinal'
    return sc.setAside(n.start - 1, sfx.def ? sfx.end : n.end, reason)
  }
  // Read once: indexing a string makes a new one-character string each time.
  const after = s[n.end]
  const rankWord = after === '位' || after === '名'
  if (before === '前' && rankWord) return sc.setAside(n.start - 1, n.end + 1, 'rank')
  // 跃升3位, 前移2位: places in a ranking, not people.
  if (rankWord && RANK_MOVE.test(s.slice(Math.max(0, n.start - 3), n.start))) return sc.setAside(n.start, n.end + 1, 'rank')
  const listMarker = listMarkerEnd(s, n)
  if (listMarker > 0) return sc.setAside(n.start, listMarker, 'list-number')

  if (s.startsWith('分之', n.end) && n.dec) return fraction(sc, n)

  if ('+×*/'.includes(before ?? ' ') || '+×*'.includes(after ?? ' ')) return sc.setAside(n.start, n.end, 'other')
  if (after === '/' && isDigit(s[n.end + 1])) return slashFraction(sc, n)
  if (after === ':' && isDigit(s[n.end + 1])) {
    const other = readNumeralAt(s, n.end + 1)
    return sc.setAside(n.start, other ? other.end : n.end, 'other')
  }
  if (sc.inNameQuote(n.start)) {
    const sfx = readSuffix(s, n.end)
    // A lone 一 in a slogan is mostly the word “one/a” (“一带一路”, “一股劲儿”); with a unit it is a number.
    if (n.one && !sfx.def) return n.end
    return sc.setAside(n.start, sfx.def ? sfx.end : n.end, 'other')
  }
  if ((before === '下' || before === '纬' || before === '经') && BELOW_ZERO_OR_ON_THE_GLOBE.has(s.slice(Math.max(0, n.start - 2), n.start))) {
    const sfx = readSuffix(s, n.end)
    return sc.setAside(n.start, sfx.def ? sfx.end : n.end, 'other')
  }

  const sfx = readSuffix(s, n.end)
  CONNECTOR.lastIndex = sfx.end
  if (CONNECTOR.exec(s) && !sfx.post) {
    const other = readNumeralAt(s, CONNECTOR.lastIndex)
    if (other) {
      const otherSfx = readSuffix(s, other.end)
      if ((!sfx.def && (otherSfx.def || otherSfx.multText)) || (sfx.def && otherSfx.word === sfx.word)) {
        // 2至3万吨: the low end takes the multiplier written once at the high end; 5000元至1万元 keeps its own.
        const lowMultExp = sfx.def || sfx.multText ? sfx.multExp : otherSfx.multExp
        return decide(sc, n, otherSfx, { high: other, lowMultExp })
      }
    }
  }
  return decide(sc, n, sfx, null)
}

interface Range {
  high: Numeral
  lowMultExp: number
}

function listMarkerEnd(s: string, n: Numeral): number {
  const after = s[n.end]
  const before = n.start > 0 ? s[n.start - 1] : undefined
  if (n.chinese && after === '是' && atClauseStart(s, n.start) && (n.small || n.one || s.slice(n.start, n.end) === '十')) return n.end + 1
  if (n.chinese && before === '其' && (n.small || n.one)) return n.end
  const lineStart = n.start === 0 || /\s/.test(before ?? '')
  const next = s[n.end + 1]
  if (lineStart && (after === '、' || after === '.') && !isDigit(next) && !CN_NUMERAL_CHAR.test(next ?? '')) return n.end + 1
  if (before === '(' && after === ')' && (n.start === 1 || CLAUSE_BREAK.test(s[n.start - 2]))) return n.end + 1
  return 0
}

function fraction(sc: Scan, n: Numeral): number {
  const s = sc.s
  const num = readNumeralAt(s, n.end + 2)
  if (!num || !num.dec || !n.dec) return sc.setAside(n.start, n.end + 2, 'other')
  const den = decimalValue(n.dec.mantissa, n.dec.exp)
  if (den === 0) return sc.setAside(n.start, num.end, 'other')
  const value = round12((decimalValue(num.dec.mantissa, num.dec.exp) / den) * 100)
  POST.lastIndex = num.end
  const post = POST.exec(s)
  const q = qualifierOf(s, n.start, post ? POST_QUALIFIER[post[0]] : null, false)
  sc.found.push({
    quantity: {
      start: n.start, end: num.end, raw: s.slice(n.start, num.end), value, unit: '%', form: 'percent',
      qualifier: q.qualifier, qualifierStart: q.start, measure: '分之',
    },
  })
  return num.end
}

/**
 * What introduces a structure of parts: 结构为, 比例为, 比重为, 之比为; and a structure that changed, whose first ratio is
 * the earlier one (结构由上年的8:41:51调整为7:42:51, 比例由2015年的…演进为2020年的…, 比例优化到10:40:50).
 */
const RATIO_CUE =
  /(?:结构|比例|比重|之比|构成)(?:比例|比)?(?:为|是|达到?|由(?:上年|去年|\d{4}年)?的?|(?:由[^,;。]{0,40}?)?(?:调整|优化|演进|演变|转变|变化|变动|改善|提升)(?:为|到|至)(?:\d{4}年的?)?)?\s*$/
/** The characters RATIO_CUE can end with (结构, 比例, 比重, 之比, 构成, then 为, 是, 达, 到, 至, 由, 的, 年, a blank). */
const RATIO_CUE_LAST = '构例重比成为是达到至由的年 '
/** Two to six parts: `8.5:39.2:52.3` (NFKC leaves the ratio sign ∶ as it is). */
const RATIO_AT = /\d+(?:\.\d+)?(?:[:\u2236]\d+(?:\.\d+)?){1,5}(?![\d.:\u2236])/y

/** Each part of a structure is a share of the whole, in percent, with its own offset. */
function ratioParts(sc: Scan, p: number, text: string): number {
  const parts = text.split(/[:\u2236]/)
  // Shares add up to a hundred (rounding aside); 3:1 is a proportion, not percentages.
  const sum = parts.reduce((a, x) => a + Number(x), 0)
  if (Math.abs(sum - 100) > 1.5) return sc.setAside(p, p + text.length, 'other')
  let at = p
  for (const part of parts) {
    sc.found.push({
      quantity: {
        start: at, end: at + part.length, raw: part, value: Number(part), unit: '%', form: 'ratio',
        qualifier: '=', qualifierStart: at, measure: '',
      },
    })
    at += part.length + 1
  }
  return p + text.length
}

/** `2/3的企业` is a share; any other a/b (a ratio, a part number) is set aside. */
function slashFraction(sc: Scan, n: Numeral): number {
  const s = sc.s
  const den = readNumeralAt(s, n.end + 1)!
  const a = n.dec && n.dec.exp === 0 ? n.dec.mantissa : NaN
  const b = den.dec && den.dec.exp === 0 ? den.dec.mantissa : NaN
  if (!(a > 0 && a < b && b <= 10) || isDigit(s[den.end]) || s[den.end] === '/') return sc.setAside(n.start, den.end, 'other')
  const q = qualifierOf(s, n.start, null, false)
  sc.found.push({
    quantity: {
      start: n.start, end: den.end, raw: s.slice(n.start, den.end), value: round12((a / b) * 100), unit: '%', form: 'percent',
      qualifier: q.qualifier, qualifierStart: q.start, measure: '/',
    },
  })
  return den.end
}

/** A ratio of two numbers has float noise (2/3); twelve digits are more than any paper prints. */
const round12 = (v: number) => Number(v.toPrecision(12))

function decide(sc: Scan, n: Numeral, sfx: Suffix, range: Range | null): number {
  const s = sc.s
  const def = sfx.def
  const end = sfx.end
  const vague = n.vague
  const last = range ? range.high : n

  if (!def) {
    // 产值突破千亿, 资金过百亿: a bare round number of 亿 that a verb gives as an amount (the metric stage reads the
    // money word before it as yuan); not a scale (千亿级产业).
    if (n.bare && /亿$/.test(s.slice(n.start, end)) && !/^[级元]/.test(s.slice(end, end + 1)) && amountCue(s, n.start)) return quantity(sc, n, sfx, null, end, range)
    // 突破千万大关, 迈上百万关口: a round mark passed, in the unit of the figure before it (the metric stage reads it).
    if (n.bare && /[万亿]$/.test(s.slice(n.start, end)) && MARK_AFTER.test(s.slice(end, end + 3)) && amountCue(s, n.start)) return quantity(sc, n, sfx, null, end, range)
    // Chinese numerals without a unit are words far more often than figures (一些, 十分, 万一, 十万火急).
    if (n.chinese) return n.end
    if (isLatin(s[end])) return codeChunk(sc, n.start)
    // Twelve digits and more without a unit are an identifier, not an amount a paper would print so.
    if (!sfx.multText && n.dec && n.dec.exp === 0 && n.end - n.start >= 12) return sc.setAside(n.start, n.end, 'code')
    return quantity(sc, n, sfx, null, end, range, true)
  }

  switch (def.kind) {
    case 'aside':
      if (n.one && def.reason === 'other') return n.end
      return sc.setAside(n.start, end, def.reason)
    case 'year': {
      const digits = s.slice(n.start, n.end)
      const positional = n.chinese ? /^[〇零一二三四五六七八九]{4}$/.test(digits) : /^\d{4}$/.test(digits)
      const year = wholeValue(last)
      return sc.setAside(n.start, end, positional && year >= 1000 && year <= 2199 ? 'year' : 'duration')
    }
    case 'month':
      return sc.setAside(n.start, end, wholeValue(last) >= 1 && wholeValue(last) <= 12 ? 'date' : 'duration')
    case 'day':
      return sc.setAside(n.start, end, wholeValue(last) >= 1 && wholeValue(last) <= 31 ? 'date' : 'duration')
    case 'hao':
      if (s[n.start - 1] === '月' && wholeValue(last) <= 31) return sc.setAside(n.start, end, 'date')
      return n.chinese ? n.end : sc.setAside(n.start, end, 'code')
    case 'clock':
      if (n.chinese && !/^[钟整半]/.test(s.slice(end, end + 1)) && sfx.word !== '点钟' && sfx.word !== '点半') return n.end
      return sc.setAside(n.start, end, 'time')
    case 'minute':
      return n.chinese ? n.end : sc.setAside(n.start, end, 'other')
    case 'events':
      if (n.one || vague) return n.end
      return sc.setAside(n.start, end, 'count-of-events')
    case 'degree': {
      const nearPower = s.slice(Math.max(0, n.start - 12), Math.min(s.length, end + 2)).includes('电')
      if (!vague && (sfx.multText || n.multText || nearPower)) return quantity(sc, n, sfx, KWH, end, range)
      return n.chinese ? n.end : sc.setAside(n.start, end, 'other')
    }
    case 'cheng':
      // 成 starting another word (一成不变, 3成为, 5成年人) is not a tenth.
      if (vague || /^[为立员果功绩本效长就交型熟色品不家都的了年套片批]/.test(s.slice(end, end + 1))) {
        return n.chinese ? n.end : quantity(sc, n, { ...sfx, word: '', def: null, post: null }, null, end - 1, range, true)
      }
      return quantity(sc, n, sfx, CHENG, end, range)
    case 'count':
      if (vague) return n.end
      if (n.one && !range) return n.end
      // 两件大事, 六个工程, 百家宴 name things; 百余家, 近千人, 上万人 count them.
      if (n.chinese && n.small && !range && !(n.bare && (sfx.about || amountCue(s, n.start)))) return sc.setAside(n.start, end, 'other')
      return quantity(sc, n, sfx, def, end, range)
    case 'measure':
      if (vague) return n.chinese ? sc.setAside(n.start, end, 'other') : n.end
      // 万元GDP, 亿元以上项目, 千万亩示范区: a bare multiplier names a scale unless a verb gives it as an amount.
      if (n.bare && !range && !sfx.about && !amountCue(s, n.start)) return sc.setAside(n.start, end, 'other')
      if (s[end] === '/') return rate(sc, n, sfx, def, end, range)
      return quantity(sc, n, sfx, def, end, range)
  }
}

/** A numeral's value when it is a whole number (a year, a month, a day), else NaN. Only dates need it, so it is not computed for every number. */
function wholeValue(n: Numeral): number {
  return n.dec && n.dec.exp >= 0 ? n.dec.mantissa * 10 ** n.dec.exp : NaN
}

const KWH: QuantityDef = { kind: 'measure', unit: 'kWh', exp: 0, form: 'amount' }
const CHENG: QuantityDef = { kind: 'measure', unit: '%', exp: 1, form: 'percent' }

/** `500元/吨`, `98.65克/吨`: a price becomes a compound unit; a grade or concentration is set aside. */
function rate(sc: Scan, n: Numeral, sfx: Suffix, def: QuantityDef, end: number, range: Range | null): number {
  const s = sc.s
  const u = unitAt(s, end + 1)
  const per = u ? UNIT_DEFS.get(u[0]) : undefined
  if (!u || !per || (per.kind !== 'measure' && per.kind !== 'count')) return sc.setAside(n.start, end, 'other')
  const perEnd = end + 1 + u[0].length
  if (/克$/.test(sfx.word)) return sc.setAside(n.start, perEnd, 'other')
  const perSfx = { ...sfx, word: s.slice(sfx.end - sfx.word.length, perEnd) }
  return quantity(sc, n, perSfx, { kind: 'measure', unit: `${def.unit}/${per.unit}`, exp: def.exp - per.exp, form: def.form }, perEnd, range)
}

/** A decimal point right before the number with no digit before it (`是.5亿元`): what is left of a longer number. */
function lostIntegerPart(s: string, start: number): boolean {
  const before = s[start - 1]
  return (before === '.' || before === '．') && !/[0-9０-９]/.test(s[start - 2] ?? '')
}

function quantity(sc: Scan, n: Numeral, sfx: Suffix, def: QuantityDef | null, end: number, range: Range | null, open = false): number {
  const s = sc.s
  let unit: Unit = def ? def.unit : ''
  let unitExp = def ? def.exp : 0
  const per = def ? perBefore(s, n.start) : null
  if (per) {
    unit = `${unit}/${per.unit}`
    unitExp -= per.exp
  }
  const lowMultExp = range ? range.lowMultExp : sfx.multExp
  const value = valueOf(n.dec!, lowMultExp + unitExp)
  if (!Number.isFinite(value) || n.end - n.start > 40) return sc.setAside(n.start, end, 'too-long')
  // `GDP是.5亿元` on a copy whose digits were stripped: the number lost all before its point, 5 is not its value.
  if (lostIntegerPart(s, n.start)) return sc.setAside(n.start, end, 'other')
  const q = qualifierOf(s, n.start, sfx.post, sfx.about || !!n.approx)
  const quantity: Quantity = {
    start: n.start,
    end,
    raw: s.slice(n.start, end),
    value,
    unit,
    form: def ? def.form : 'amount',
    qualifier: q.qualifier,
    qualifierStart: q.start,
    measure: (range ? range.high.multText : n.multText) + sfx.multText + sfx.word,
  }
  if (range && range.high.dec) quantity.range = [value, valueOf(range.high.dec, sfx.multExp + unitExp)]
  else if (n.approx) quantity.range = [value, valueOf(n.approx[1], sfx.multExp + unitExp)]
  sc.found.push({ quantity, exps: { mult: sfx.multExp, unit: unitExp }, open: open && !range ? n : undefined })
  return end
}

const valueOf = (d: Decimal, exp: number) => decimalValue(d.mantissa, d.exp + exp)

/** `每立方米65公斤`: the unit a rate is given per, when 每 and a unit come right before the number. */
function perBefore(s: string, start: number): QuantityDef | null {
  const from = s.lastIndexOf('每', start - 1)
  if (from < 0 || start - from > 5) return null
  const u = unitAt(s, from + 1)
  if (!u || from + 1 + u[0].length !== start) return null
  const def = UNIT_DEFS.get(u[0])
  return def && (def.kind === 'measure' || def.kind === 'count') ? def : null
}

function qualifierOf(s: string, start: number, post: Qualifier | null, about: boolean): { qualifier: Qualifier; start: number } {
  // 上千, 上万: reaching a round number.
  if (s[start - 1] === '上' && '百千万亿'.includes(s[start] ?? ' ')) return { qualifier: '>=', start: start - 1 }
  let at = start
  if (s[at - 1] === '了') at--
  const longest = QUALIFIER_LAST.has(s.charCodeAt(at - 1)) ? 3 : 0
  for (let len = longest; len >= 1; len--) {
    if (at - len < 0) continue
    const word = s.slice(at - len, at)
    const q = QUALIFIER_BEFORE.get(word)
    if (!q) continue
    if (len === 1 && NOT_QUALIFIER_AFTER[word]?.includes(s[at - 2])) continue
    return { qualifier: q, start: at - len }
  }
  if (post) return { qualifier: post, start }
  return { qualifier: about ? '~' : '=', start }
}

const LEADING_MULTIPLIER = /^[千百]?(?:万亿|亿|万)?/

/**
 * A list `分别为3、5和7个` writes the unit once, after the last item: earlier items without a unit of their
 * own take it (and its multiplier when they have none); before a date (`3、4月`) they are dates too.
 */
function closeLists(sc: Scan): void {
  const found = sc.found
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i]
    const next = found[i + 1]
    if (!f.open || !f.quantity || !f.exps) continue
    const own = f.quantity
    const nextStart = next.quantity ? next.quantity.start : next.aside!.start
    const gap = sc.s.slice(own.end, nextStart)
    if (gap.length !== 1 || !LIST_JOIN.includes(gap)) continue
    if (next.aside) {
      if (['date', 'year', 'duration', 'age', 'time'].includes(next.aside.reason)) {
        found[i] = { aside: { start: own.start, end: own.end, raw: own.raw, reason: next.aside.reason } }
      }
      continue
    }
    const nq = next.quantity!
    if (nq.unit === '' || !next.exps) continue
    const multExp = own.measure !== '' ? f.exps.mult : next.exps.mult
    own.value = valueOf(f.open.dec!, multExp + next.exps.unit)
    own.unit = nq.unit
    own.form = nq.form
    own.measure += own.measure === '' ? nq.measure : nq.measure.replace(LEADING_MULTIPLIER, '')
    f.exps = { mult: multExp, unit: next.exps.unit }
    f.open = undefined
  }
}
