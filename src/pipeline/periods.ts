/**
 * When a page was published and what period each figure measures.
 *
 * Input is NFKC-normalized page text (ASCII digits, `,` `:` `(` `)`). Everything here is pure: the page date is
 * read from datelines and year cues on the page, an article's date from its own dateline, and a figure's period
 * from the phrases of its sentence. No year is ever guessed: without a cue the year stays null.
 */
import type { Period, PeriodBasis, SourceMeta } from '../model/index.ts'
import { AGENCY } from './lexicon/datelines.ts'
import { CN_DIGIT } from './lexicon/numerals.ts'

export interface PageDate {
  /** `YYYY-MM-DD`, or null when the month and day or the year are unknown. */
  date: string | null
  year: number | null
  /** How the date was found, for people checking the dataset. */
  evidence: string
}

export interface PeriodContext {
  /** Publication date of the article, `YYYY-MM-DD`. */
  articleDate: string | null
  /** The year the article's figures talk about (`yearCueOfArticle`); bare phrases like 全年, 前三季度 use it. */
  year: number | null
  /** Period carried from the previous sentence of the paragraph, or from the headline. */
  inherited: Period | null
  /** A stock (总投资, 累计, 存栏): without a phrase it is a point at the article date. */
  isStock?: boolean
  /** A target or plan: 今年/2024年 then mean the whole year, not the year to date. */
  isTarget?: boolean
  /**
   * A flow (cargo handled, investment completed, value added): 截至8月底 and 累计 then mean from 1 January of that
   * year to that date, not a stock at the date.
   */
  isFlow?: boolean
  /**
   * The date 目前 / 截至目前 stands at when the page's title names a cut-off (某县工程进度表(截止6月15日)): a report
   * compiled at that date and posted later is as of the date it states, not of its posting. Else the article date.
   */
  cutOff?: string | null
  /**
   * The two years of the last 由2010年的X增加到2015年的Y of the article's earlier sentences (a review of a span): a
   * later 由X演进为Y naming no years of its own spans them too.
   */
  reviewPair?: readonly [number, number] | null
}

/** How a phrase names its year. 今年/去年 count from the publication year, 上年/当年 from the year under report. */
export type YearRef =
  | { type: 'explicit'; year: number }
  | { type: 'publication'; offset: number }
  | { type: 'reported'; offset: number }
  | { type: 'none' }

export type PeriodPhraseKind =
  | 'year' // 全年, 今年, 去年, 2024年, 2023年度
  | 'ytd' // 前三季度, 上半年, 1—8月, 前11个月
  | 'quarter' // 一季度, 第二季度
  | 'months' // 7—9月, 下半年: consecutive months not from January
  | 'month' // 2025年7月, 8月份
  | 'year-end' // 2023年底
  | 'as-of' // 截至8月底, 截至2024年8月, 截至8月17日晚
  | 'now' // 目前, 截至目前, 至今
  | 'since' // 今年以来, 2024年以来, “十四五”以来, 自4月9日…以来
  | 'vague-since' // 近年来, 多年来, 5年来
  | 'plan' // “十四五”期间
  | 'range' // 2019年至2023年, 2019—2023年
  | 'same-period' // 去年同期
  | 'from-to' // 由X增长到Y
  | 'days' // 8月19日至25日, 9月27日至10月3日; one day a 单日 figure is of (3月21日…单日)

/**
 * `governs`: sets the period of the figures after it; `comparison`: the base of a comparison (比1—8月, 较上年度);
 * `event`: a year embedded as the time of an event (是2021年开始建设的); `two-figure`: 由X增长到Y.
 */
export type PeriodPhraseRole = 'governs' | 'comparison' | 'event' | 'two-figure' | 'aside'

export interface PeriodPhrase {
  start: number
  end: number
  phrase: string
  kind: PeriodPhraseKind
  role: PeriodPhraseRole
  year: YearRef
  /** Last year of a range or plan period. */
  endYear: number | null
  /** First and last month covered (前三季度 1..9, 截至8月底 ..8, 4月以来 4..). */
  fromMonth: number | null
  toMonth: number | null
  /** Day of the month of an as-of or since date (截至8月17日 -> 11), or the last of a run of days. */
  day: number | null
  /** First day of a run of days (8月19日至25日 -> 19). */
  fromDay?: number | null
  /** For 由X增长到Y: where the second figure's part begins (just past 到). */
  pivot: number | null
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar helpers

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
/** The last day of month m (1–12) of year y; by the calendar rule, as a Date per call was costly. */
function lastDay(y: number, m: number): number {
  // Two-digit years (Date.UTC reads them as 19xx) and months out of range keep Date's own reading.
  if (!(Number.isInteger(y) && y >= 100 && Number.isInteger(m) && m >= 1 && m <= 12)) return new Date(Date.UTC(y, m, 0)).getUTCDate()
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]
}
const yearOfIso = (date: string | null) => (date ? Number(date.slice(0, 4)) : null)
const monthOfIso = (date: string) => Number(date.slice(5, 7))
const validMonthDay = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(2000, m)
/** Day of a non-leap reference year, to compare month-days across years. */
const dayOfYear = (m: number, d: number) => (Date.UTC(2001, m - 1, Math.min(d, lastDay(2001, m))) - Date.UTC(2001, 0, 1)) / 864e5
const daysBetween = (a: [number, number, number], b: [number, number, number]) =>
  (Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 864e5
function dayBefore(date: string): string {
  const t = Date.UTC(Number(date.slice(0, 4)), monthOfIso(date) - 1, Number(date.slice(8, 10))) - 864e5
  return new Date(t).toISOString().slice(0, 10)
}

const CN_DIGITS = CN_DIGIT
/** 1..99 written in ASCII digits or Chinese numerals (八, 十一, 二十). */
function numeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s)
  const ten = s.indexOf('十')
  if (ten < 0) return CN_DIGITS[s] ?? NaN
  const tens = ten === 0 ? 1 : (CN_DIGITS[s.slice(0, ten)] ?? NaN)
  const units = ten === s.length - 1 ? 0 : (CN_DIGITS[s.slice(ten + 1)] ?? NaN)
  return tens * 10 + units
}

const NUM = '(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})'
/** The dashes a range is written with: em and en dashes, the horizontal bar and figure dash (1―5月, 1‒5月), tilde. */
const DASHES = '—\\-–~～―‒'
const YEAR4 = '(?<!\\d)((?:19|20)\\d{2})'

/** `,;。!?` and line breaks end a clause. Compared by code unit: this runs for every number of every sentence. */
function isClauseBreak(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x0a
}
function clauseStartBefore(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (isClauseBreak(text.charCodeAt(i))) return i + 1
  return 0
}
function clauseEndAfter(text: string, index: number): number {
  for (let i = index; i < text.length; i++) if (isClauseBreak(text.charCodeAt(i))) return i
  return text.length
}

// ---------------------------------------------------------------------------------------------------------------
// Phrases
//
// Every matcher runs for every sentence, so each one is a single hoisted global regex walked with exec, behind a
// cheap test for a character its phrases cannot do without.

/** comparisonOnly: a base compared with; clauseOnly: the period of its own clause, never of the clauses after it. */
type Candidate = Omit<PeriodPhrase, 'role'> & { comparisonOnly: boolean; clauseOnly?: boolean }

const NO_YEAR: YearRef = { type: 'none' }

// Built field by field rather than by spreading: this runs for every phrase of every sentence.
function candidate(start: number, phrase: string, kind: PeriodPhraseKind, fields: Partial<Candidate> = {}): Candidate {
  return {
    start,
    end: start + phrase.length,
    phrase,
    kind,
    year: fields.year ?? NO_YEAR,
    endYear: fields.endYear ?? null,
    fromMonth: fields.fromMonth ?? null,
    toMonth: fields.toMonth ?? null,
    day: fields.day ?? null,
    fromDay: fields.fromDay ?? null,
    pivot: fields.pivot ?? null,
    comparisonOnly: fields.comparisonOnly ?? false,
    clauseOnly: fields.clauseOnly ?? false,
  }
}

function withRole(c: Omit<PeriodPhrase, 'role'>, role: PeriodPhraseRole): PeriodPhrase {
  return {
    start: c.start,
    end: c.end,
    phrase: c.phrase,
    kind: c.kind,
    year: c.year,
    endYear: c.endYear,
    fromMonth: c.fromMonth,
    toMonth: c.toMonth,
    day: c.day,
    fromDay: c.fromDay ?? null,
    pivot: c.pivot,
    role,
  }
}

function yearRefOf(word: string | undefined): YearRef {
  if (!word) return NO_YEAR
  if (/^\d{4}$/.test(word)) return { type: 'explicit', year: Number(word) }
  switch (word) {
    case '今年':
    case '本年':
    case '年初':
      return { type: 'publication', offset: 0 }
    case '去年':
      return { type: 'publication', offset: -1 }
    case '前年':
      return { type: 'publication', offset: -2 }
    case '明年':
      return { type: 'publication', offset: 1 }
    case '上年':
      return { type: 'reported', offset: -1 }
    case '当年':
      return { type: 'reported', offset: 0 }
  }
  return NO_YEAR
}

/**
 * Adds a matcher's candidates to `out`, in text order. `cues` holds a bit for each cue character the sentence contains
 * (see cuesOf): one pass over the sentence tells every matcher whether it need run, instead of a search per matcher.
 */
type Matcher = (text: string, out: Candidate[], cues: number) => void

/** Characters some matcher's phrases cannot do without, each with its bit. */
const CUE_CHARS = '五年以自近长截目至当如现月季由从'
const CUE = Object.fromEntries([...CUE_CHARS].map((c, i) => [c, 1 << i])) as Record<string, number>
const CUE_BITS = new Uint16Array(0x10000)
for (const c of CUE_CHARS) CUE_BITS[c.charCodeAt(0)] = CUE[c]
/** NOW's phrases (目前, 至今, 当前, 如今, 现阶段, 现在) each hold one of these. */
const NOW_CUES = CUE.目 | CUE.至 | CUE.当 | CUE.如 | CUE.现

function cuesOf(text: string): number {
  let cues = 0
  for (let i = 0; i < text.length; i++) cues |= CUE_BITS[text.charCodeAt(i)]
  return cues
}

const FIVE_YEAR_PLAN = /[“"「『]?(?:十([一二三四五六七八九])|([六七八九十]))五[”"」』]?(?:\((?:19|20)\d{2}\s*[—\-–~至到]\s*(?:19|20)\d{2}年?\))?(以来|期间|时期|期末|末)/g
/** 到“十一五”末,某口岸累计进出口货物X万吨: a running total up to a plan's end is the whole plan's. */
const TOTAL_AFTER_PLAN_END = /^[^。;!?]{0,24}?(?:累计|共计|合计)/
/**
 * “十四五”以来 / 十四五期间: the n-th five-year plan starts in 1981 + 5(n-6) (the 6th began in 1981); the tenth is
 * written “十五”, the ninth “九五”. 十四五末 and “十三五”(2016—2020年)期末 are its last year, what a plan's targets are
 * set for, unless a running total follows (到“十一五”末,累计…).
 */
const fiveYearPlans: Matcher = (text, out, cues) => {
  if (!(cues & CUE.五)) return
  FIVE_YEAR_PLAN.lastIndex = 0
  for (let m; (m = FIVE_YEAR_PLAN.exec(text)); ) {
    const n = m[1] ? 10 + numeral(m[1]) : numeral(m[2])
    const first = 1981 + 5 * (n - 6)
    if (m[3].endsWith('末') && !TOTAL_AFTER_PLAN_END.test(text.slice(m.index + m[0].length))) {
      out.push(candidate(m.index, m[0], 'year', { year: { type: 'explicit', year: first + 4 } }))
      continue
    }
    const fields = { year: { type: 'explicit', year: first } as YearRef, endYear: first + 4, fromMonth: 1 }
    out.push(candidate(m.index, m[0], m[3] === '以来' ? 'since' : 'plan', fields))
  }
  PLAN_FIRST_YEARS.lastIndex = 0
  for (let m; (m = PLAN_FIRST_YEARS.exec(text)); ) {
    const first = 1981 + 5 * ((m[1] ? 10 + numeral(m[1]) : numeral(m[2])) - 6)
    out.push(candidate(m.index, m[0], 'plan', { year: { type: 'explicit', year: first }, endYear: first + numeral(m[3]) - 1, fromMonth: 1 }))
  }
  // 达到3200亿元,“十二五”年均增长9%: an average over the plan, quoted (十五年均 unquoted may be fifteen years').
  PLAN_AVERAGE.lastIndex = 0
  for (let m; (m = PLAN_AVERAGE.exec(text)); ) {
    const first = 1981 + 5 * ((m[1] ? 10 + numeral(m[1]) : numeral(m[2])) - 6)
    out.push(candidate(m.index, m[0], 'plan', { year: { type: 'explicit', year: first }, endYear: first + 4, fromMonth: 1, clauseOnly: true }))
  }
}
const PLAN_AVERAGE = /[“"「『](?:十([一二三四五六七八九])|([六七八九十]))五[”"」』](?=年均)/g
/** “十四五”前四年: the plan's first years, a span of them. */
const PLAN_FIRST_YEARS = /[“"「『]?(?:十([一二三四五六七八九])|([六七八九十]))五[”"」』]?前([二两三四])年/g

const YEAR_RANGE = new RegExp(`(?:从|自)?${YEAR4}年?\\s*[${DASHES}至到]\\s*((?:19|20)\\d{2})年(?:间|期间)?`, 'g')
const yearRanges: Matcher = (text, out, cues) => {
  if (!(cues & CUE.年)) return
  YEAR_RANGE.lastIndex = 0
  for (let m; (m = YEAR_RANGE.exec(text)); ) {
    if (!(Number(m[2]) > Number(m[1]))) continue
    out.push(
      candidate(m.index, m[0], 'range', {
        year: { type: 'explicit', year: Number(m[1]) },
        endYear: Number(m[2]),
        fromMonth: 1,
        toMonth: 12,
      }),
    )
  }
}

const SINCE_YEAR = `(?:${YEAR4}年|(今年|去年|本年|年初))`
const SINCE_NEAR = new RegExp(`(?:自|从)?${SINCE_YEAR}?(?:(\\d{1,2})月(?:份|(\\d{1,2})日)?)?以来`, 'g')
/** 自3月2日某口岸进出口货运量突破150万吨以来: a dated event, then since. */
const SINCE_EVENT = new RegExp(`自${SINCE_YEAR}?(\\d{1,2})月(\\d{1,2})日[^,;。!?]{1,30}?以来`, 'g')
/** 自2016年首列中亚班列开通以来…累计: since the year of an event (its day unknown). */
const SINCE_EVENT_YEAR = new RegExp(`自${SINCE_YEAR}[^,;。!?\\d]{1,30}?以来`, 'g')
const sinces: Matcher = (text, out, cues) => {
  if (!(cues & CUE.以) || !text.includes('以来')) return
  SINCE_NEAR.lastIndex = 0
  for (let m; (m = SINCE_NEAR.exec(text)); ) {
    if (!m[1] && !m[2] && !m[3]) continue
    const month = m[3] ? Number(m[3]) : 1
    out.push(
      candidate(m.index, m[0], 'since', {
        year: yearRefOf(m[1] ?? m[2]),
        fromMonth: month,
        day: m[4] ? Number(m[4]) : null,
      }),
    )
  }
  if (!(cues & CUE.自)) return
  SINCE_EVENT.lastIndex = 0
  for (let m; (m = SINCE_EVENT.exec(text)); ) {
    out.push(
      candidate(m.index, m[0], 'since', { year: yearRefOf(m[1] ?? m[2]), fromMonth: Number(m[3]), day: Number(m[4]) }),
    )
  }
  SINCE_EVENT_YEAR.lastIndex = 0
  // Only for a running total after it (累计): 这是自1992年…以来第一次超过500万吨 dates a record, not the figure.
  for (let m; (m = SINCE_EVENT_YEAR.exec(text)); ) {
    if (text.includes('累计', m.index + m[0].length)) out.push(candidate(m.index, m[0], 'since', { year: yearRefOf(m[1] ?? m[2]), fromMonth: 1 }))
  }
}

const VAGUE_SINCE = /近年来|近几年来?|近些年来?|近年|多年来|长期以来|过去的?(?:\d{1,2}|[一二两三四五六七八九十]{1,3})年(?:来|里|中|间)?|(?<![\d年])(?:\d{1,2}|[一二两三四五六七八九十]{1,3})年来/g
const vagueSinces: Matcher = (text, out, cues) => {
  if (!(cues & CUE.近) && !(cues & CUE.年 && (text.includes('年来') || text.includes('过去'))) && !(cues & CUE.长 && text.includes('长期以来'))) return
  VAGUE_SINCE.lastIndex = 0
  for (let m; (m = VAGUE_SINCE.exec(text)); ) out.push(candidate(m.index, m[0], 'vague-since'))
}

const AS_OF = /截至|截止(?:到|至)?/g
// Sticky: read at the position just past 截至, the date part has many optional pieces.
const AS_OF_NOW = /目前|记者发稿时|发稿时|发稿|当前|现在|今天|今日/y
const AS_OF_DATE =
  /(?:(?:((?:19|20)\d{2})年|(今年|去年|上年|本年|前年))?(?:(\d{1,2})月(?:(\d{1,2})日|(底|末|份))?|(底|末)))|((?:19|20)\d{2})年|(今年|去年|上年|本年)/y
/** Three or four digits and 日 (115日, 1028日): a month and a day whose 月 a copy lost. */
const GLUED_MONTH_DAY = /(\d{3,4})日/y
const AS_OF_TIME = /晚|早|上午|下午|中午|凌晨|\d{1,2}(?::\d{2})?时/y
/** 截至/截止 followed by a date, or by 目前. */
const asOfs: Matcher = (text, out, cues) => {
  if (!(cues & CUE.截)) return
  AS_OF.lastIndex = 0
  for (let m; (m = AS_OF.exec(text)); ) {
    const at = m.index + m[0].length
    AS_OF_NOW.lastIndex = at
    const now = AS_OF_NOW.exec(text)
    if (now) {
      out.push(candidate(m.index, m[0] + now[0], 'now'))
      continue
    }
    AS_OF_DATE.lastIndex = at
    const date = AS_OF_DATE.exec(text)
    if (!date || date[0] === '') {
      // 截至115日: a copy that lost the 月 of 11月5日; which month and day, the article's date decides (periodOfPhrase).
      GLUED_MONTH_DAY.lastIndex = at
      const glued = GLUED_MONTH_DAY.exec(text)
      if (glued) out.push(candidate(m.index, m[0] + glued[0], 'as-of', { day: Number(glued[1]) }))
      continue
    }
    AS_OF_TIME.lastIndex = at + date[0].length
    const time = AS_OF_TIME.exec(text)
    const phrase = m[0] + date[0] + (time ? time[0] : '')
    const yearWord = date[1] ?? date[2] ?? date[7] ?? date[8]
    const month = date[3] ? Number(date[3]) : null
    if (month === null && !date[6] && (date[8] === '今年' || date[8] === '本年')) {
      out.push(candidate(m.index, phrase, 'now'))
      continue
    }
    out.push(
      candidate(m.index, phrase, 'as-of', {
        year: yearRefOf(yearWord),
        toMonth: month ?? 12,
        day: date[4] ? Number(date[4]) : null,
      }),
    )
  }
}

// 您当前的位置 and 当前位置 are a web page's breadcrumb, not a date. 现时 is how pages converted to traditional
// script (and Hong Kong or Taiwan reposts) write 目前.
const NOW = /目前|至今|当前(?!的?位置)|如今|现阶段|(?<![实表体出发])现在|(?<![实表体出发])现时(?![代期])/g
const nows: Matcher = (text, out, cues) => {
  if (!(cues & NOW_CUES)) return
  NOW.lastIndex = 0
  for (let m; (m = NOW.exec(text)); ) out.push(candidate(m.index, m[0], 'now'))
}

const YEAR_PREFIX = `(?:${YEAR4}年|(今年|去年|上年|本年|明年|前年|当年))`
const SUB_PERIOD =
  `(全年)|前(${NUM})个?季度|(上半年)|(下半年)|第?([一二三四1-4])季度|(首季度?)` +
  `|(?<![\\d月日])(${NUM})\\s*月?\\s*(?:——|[${DASHES}至到])\\s*(${NUM})月份?` +
  `|前(${NUM})个?月|(\\d{1,2}|[一二三四五六七八九十]{1,2})月(份)?(?![\\d日号底末初中以]|[上下]旬)|(底|末)|(度)|(同期)`
const WITH_YEAR = new RegExp(`${YEAR_PREFIX}(?:${SUB_PERIOD})?(?!以来|\\d|[${DASHES}至到]\\s*\\d)`, 'g')
const BARE_SUB_PERIOD = new RegExp(`(?:${SUB_PERIOD})`, 'g')

/** A year word (2024年, 今年, 去年, 上年…) and/or a sub-period (全年, 前三季度, 1—8月…). */
const yearPeriods: Matcher = (text, out, cues) => {
  const hasYear = (cues & CUE.年) !== 0
  if (hasYear) {
    WITH_YEAR.lastIndex = 0
    for (let m; (m = WITH_YEAR.exec(text)); ) {
      const c = subPeriod(m.index, m[0], m, 3, yearRefOf(m[1] ?? m[2]), true)
      if (c) out.push(c)
    }
  }
  // Without a year before them, only phrases with 月 or 季 in them, or 全年 and 上/下半年, are candidates (8月份, 一季度);
  // the alternatives without (度, 底, 同期) need a year, so a sentence without those words need not be scanned again.
  if (!(cues & CUE.月) && !(cues & CUE.季) && !(hasYear && (text.includes('全年') || text.includes('半年')))) return
  BARE_SUB_PERIOD.lastIndex = 0
  for (let m; (m = BARE_SUB_PERIOD.exec(text)); ) {
    const c = subPeriod(m.index, m[0], m, 1, NO_YEAR, false)
    if (c) out.push(c)
    // 其中,10月增长1.8%: a bare month right before its growth is that month's (a bare 8月 is otherwise too often a date).
    else if (m[10] && MONTH_GROWTH_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) {
      const n = numeral(m[10])
      const alone = MONTH_ALONE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 2))
      if (n >= 1 && n <= 12) out.push(candidate(m.index, m[0] + (alone?.[0] ?? ''), 'month', { fromMonth: n, toMonth: n }))
    }
  }
}

/** 10月增长, 10月同比下降; and 8月当月 (8月单月), that month alone whatever follows (当月全市工业增速5.2%). */
const MONTH_GROWTH_AFTER = /^(?:当月|单月|,?(?:同比|环比)?(?:增长|下降|增速))/
const MONTH_ALONE = /^(?:当月|单月)/

/**
 * 1-8月…。8月当月增速9.7%。采矿业增长3.7%: a month singled out (当月, 单月) in a report of the year so far is an
 * aside; the sentences after it go on with the year so far, so its period is not handed on.
 */
export function isMonthAside(period: Period): boolean {
  return period.basis === 'month' && /(?:当月|单月)$/.test(period.phrase)
}

/** A candidate of a part of a year (前三季度, 1—5月) written at `start`. Not a closure in subPeriod: one made per match cost more than its call. */
function subCandidate(start: number, phrase: string, year: YearRef, kind: PeriodPhraseKind, fromMonth: number | null, toMonth: number | null, comparisonOnly = false): Candidate {
  return candidate(start, phrase, kind, { year, fromMonth, toMonth, comparisonOnly })
}

/** `m[at…]` holds the SUB_PERIOD groups. */
function subPeriod(start: number, phrase: string, m: RegExpExecArray, at: number, year: YearRef, hasYear: boolean): Candidate | null {
  const full = m[at]
  const quarters = m[at + 1]
  const firstHalf = m[at + 2]
  const secondHalf = m[at + 3]
  const quarter = m[at + 4]
  const firstQuarter = m[at + 5]
  const from = m[at + 6]
  const to = m[at + 7]
  const months = m[at + 8]
  const month = m[at + 9]
  const monthSuffix = m[at + 10]
  const end = m[at + 11]
  const annual = m[at + 12]
  const same = m[at + 13]
  if (full) return subCandidate(start, phrase, year, 'year', 1, 12)
  if (quarters) {
    const n = numeral(quarters)
    return n >= 1 && n <= 4 ? subCandidate(start, phrase, year, 'ytd', 1, 3 * n) : null
  }
  if (firstHalf) return subCandidate(start, phrase, year, 'ytd', 1, 6)
  if (secondHalf) return subCandidate(start, phrase, year, 'months', 7, 12)
  if (quarter || firstQuarter) {
    const q = firstQuarter ? 1 : numeral(quarter!)
    return subCandidate(start, phrase, year, 'quarter', 3 * q - 2, 3 * q)
  }
  if (from && to) {
    const a = numeral(from)
    const b = numeral(to)
    if (!(a >= 1 && a < b && b <= 12)) return null
    return subCandidate(start, phrase, year, a === 1 ? 'ytd' : 'months', a, b)
  }
  if (months) {
    const n = numeral(months)
    return n >= 1 && n <= 12 ? subCandidate(start, phrase, year, 'ytd', 1, n) : null
  }
  if (month) {
    const n = numeral(month)
    // A bare 8月 is too often part of something else; 8月份 or 2025年7月 name a month.
    if (!(n >= 1 && n <= 12) || (!hasYear && !monthSuffix)) return null
    return subCandidate(start, phrase, year, 'month', n, n)
  }
  if (end) return hasYear ? subCandidate(start, phrase, year, 'year-end', 12, 12) : null
  if (annual) return hasYear ? subCandidate(start, phrase, year, 'year', 1, 12) : null
  if (same) return hasYear ? subCandidate(start, phrase, year, 'same-period', null, null, true) : null
  return hasYear ? subCandidate(start, phrase, year, 'year', 1, 12) : null
}

const FROM_TO =
  /(由|从)([^,;。!?]{1,40}?)(?:(?:增长|增加|提高|提升|上升|扩大|下降|减少|降低|缩小|跃升|攀升|增|升|降|减)?(?:到|至)|(?:调整|演进|演变|优化|转变|变动)(?:为|到|至))了?(?!(?:19|20)\d{2}年(?!的))(?=(?:(?:19|20)\d{2}年的)?[\d一二三四五六七八九十两])/g
/** Both parts must hold a figure: 从1915年建立到1931年 is a time span, not two figures. */
const fromTos: Matcher = (text, out, cues) => {
  if (!(cues & CUE.由) && !(cues & CUE.从)) return
  FROM_TO.lastIndex = 0
  for (let m; (m = FROM_TO.exec(text)); ) {
    if (/\d/.test(m[2].replace(/(?:19|20)\d{2}年的?/g, '')))
      out.push(candidate(m.index, m[0], 'from-to', { pivot: m.index + m[0].length }))
  }
}

const DAY_RANGE = /(?:(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日|(年初))\s*(?:至|到|—|-|~)\s*(?:(\d{1,2})月)?(\d{1,2})日/g
const ONE_DAY = /(?<![\d年至到—~-])(\d{1,2})月(\d{1,2})日(?![至到—~-])/g
/** 6月下旬, 2023年3月上旬: a third of a month (days 1–10, 11–20, 21 to the end). */
const TEN_DAYS = /(?:((?:19|20)\d{2})年)?(\d{1,2})月(上|中|下)旬/g
/** A figure of one day: 单日过货量, 当日, 当天. */
const DAY_FIGURE = /单日|当日|当天/
/**
 * 1月1日至7月26日, 年初至5月18日: the year so far to that day (an as-of date). 8月19日至25日, 9月27日至10月3日: those
 * days. In a sentence about one day's figure (3月21日…单日过货量), the date it names is that day.
 */
const dayRanges: Matcher = (text, out, cues) => {
  if (!(cues & CUE.月)) return
  DAY_RANGE.lastIndex = 0
  for (let m; (m = DAY_RANGE.exec(text)); ) {
    const fromMonth = m[2] ? Number(m[2]) : 1
    const fromDay = m[3] ? Number(m[3]) : 1
    const toMonth = m[5] ? Number(m[5]) : fromMonth
    const toDay = Number(m[6])
    if (!validMonthDay(fromMonth, fromDay) || !validMonthDay(toMonth, toDay) || dayOfYear(toMonth, toDay) < dayOfYear(fromMonth, fromDay)) continue
    const year = yearRefOf(m[1])
    if (fromMonth === 1 && fromDay === 1) out.push(candidate(m.index, m[0], 'as-of', { year, toMonth, day: toDay }))
    else out.push(candidate(m.index, m[0], 'days', { year, fromMonth, fromDay, toMonth, day: toDay }))
  }
  TEN_DAYS.lastIndex = 0
  for (let m; (m = TEN_DAYS.exec(text)); ) {
    const month = Number(m[2])
    if (month < 1 || month > 12) continue
    const from = m[3] === '上' ? 1 : m[3] === '中' ? 11 : 21
    // The last third runs to the month's end; lastDay of a leap year's February is read when the year is known (31 caps it).
    const to = m[3] === '下' ? lastDay(m[1] ? Number(m[1]) : 2001, month) : from + 9
    out.push(candidate(m.index, m[0], 'days', { year: yearRefOf(m[1]), fromMonth: month, fromDay: from, toMonth: month, day: to }))
  }
  if (!DAY_FIGURE.test(text)) return
  ONE_DAY.lastIndex = 0
  for (let m; (m = ONE_DAY.exec(text)); ) {
    const month = Number(m[1])
    const day = Number(m[2])
    if (validMonthDay(month, day)) out.push(candidate(m.index, m[0], 'days', { fromMonth: month, fromDay: day, toMonth: month, day }))
  }
}

/**
 * 6月底, 到9月末, 2023年6月底 without 截至: the date a stock stands at, or where the year so far of a flow ends. Not a
 * deadline (6月底前建成, 计划9月底完成, 将于6月底投产).
 */
const DEADLINE_BEFORE = /(?:计划|预计|力争|争取|确保|将|要|于|在)$/
const MONTH_END = /(?:((?:19|20)\d{2})年|(今年|去年|上年|本年))?(?<![\d.])(\d{1,2})月(?:底|末)(?!前|以前|之前)/g
const monthEnds: Matcher = (text, out, cues) => {
  if (!(cues & CUE.月)) return
  MONTH_END.lastIndex = 0
  for (let m; (m = MONTH_END.exec(text)); ) {
    const month = Number(m[3])
    if (DEADLINE_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue
    if (month >= 1 && month <= 12) out.push(candidate(m.index, m[0], 'as-of', { year: yearRefOf(m[1] ?? m[2]), toMonth: month }))
  }
}

const MATCHERS: Matcher[] = [fiveYearPlans, yearRanges, sinces, vagueSinces, asOfs, nows, yearPeriods, fromTos, dayRanges, monthEnds]

const COMPARED_BEFORE = /(?:(?<!占)比|较|环比|同比|高于|低于|快于|慢于|好于|不及|相较于?|相比于?)\s*$/
const COMPARED_WITH = /(?:与|同|跟|和)\s*$/
/** 创, 创下, 创近 right before a span: the span of a record (创近6年来最高). */
const RECORD_BEFORE = /创(?:下|出)?了?近?$/
const RECORD_AFTER = /^(?:的)?(?:同期)?(?:最高|新高|最好|最大|最多|峰值|纪录|记录)/
const COMPARED_AFTER = /^[^,;。]{0,8}?(?:相比|相较|比较|持平)/
const ASIDE_AFTER = /^(?:为|是)(?:下降|增长|负增长|同比增长|同比下降)?\s*-?\d/
const TASK_OF_AFTER = /^[^,;。\d]{0,12}?(?:任务|目标|计划)(?:量|数)?的$|^[^,;。\d]{0,12}?(?:任务|目标|计划)(?:量|数)?的\s*\d/
const CLAUSE_OPENERS = /[,;:。!?、()“"「《【】\n]/

/** The end of a place's name (口岸, 市, 盟, 旗, 县, 区, 全国): a year right after it governs. */
const PLACE_BEFORE_YEAR = /(?:口岸|[市盟旗县区国])$/

/** A budget or treasury that grants money (中央预算, 自治区财政, 盟级预算内), right after a year. */
const FUNDER_AFTER_YEAR = /^(?:中央|国家|自治区|省|盟|市|旗|县)(?:级|本级)?(?:预算|财政)/

/**
 * A year between a grant's verb and the fund it names (下达2019年农村危房改造补助资金3亿元): the budget year of the
 * money handed out, the figure's whole year.
 */
const GRANT_BEFORE_YEAR = /(?:下达|下拨|拨付|安排|分配|落实|筹集)$/
/** 2023年度结转的资金: money left over from that year, handed out later; the year names the money, not the period. */
const CARRIED_OVER = /^度?(?:结转|结余)/
const FUND_AFTER_YEAR = /^[^,;。!?\d]{0,30}?(?:资金|经费|补助|补贴|奖补|投资)[^,;。!?\d]{0,4}\d/

/** 预计, 估计, 预期 right before a year (到 and 在 skipped): the year the estimate is of. */
const ESTIMATED_BEFORE_YEAR = /^(?:预计|估计|预期)$/

/** Whether the clause from `end` gives a figure, and no event's start (以来, 开始, 起, 时). */
function figureAfter(text: string, end: number): boolean {
  return /^[^,;。!?]*\d/.test(text.slice(end)) && !/^[^,;。!?]*(?:以来|开始|起|时)/.test(text.slice(end))
}

function roleOf(text: string, c: Candidate): PeriodPhraseRole {
  if (c.kind === 'from-to') return 'two-figure'
  if (c.comparisonOnly) return 'comparison'
  if (c.clauseOnly) return 'aside'
  const before = text.slice(Math.max(0, c.start - 4), c.start)
  if (COMPARED_BEFORE.test(before)) return 'comparison'
  if (COMPARED_WITH.test(before) && COMPARED_AFTER.test(text.slice(c.end))) return 'comparison'
  // 创近6年来最高位, 创2015年以来同期新高: the span a record is counted over, not the period of the figures near it.
  if ((c.kind === 'vague-since' || c.kind === 'since') && RECORD_BEFORE.test(before) && RECORD_AFTER.test(text.slice(c.end, c.end + 8))) return 'comparison'
  // 累计投资X亿元,是“十二五”时期的1.8倍: the plan period a multiple is measured against.
  if ((c.kind === 'plan' || c.kind === 'range') && /(?:是|为|相当于)$/.test(before) && /^(?:同期)?的(?:约|近)?[\d.]+倍/.test(text.slice(c.end))) return 'comparison'
  // 完成全年固定资产投资目标的93%: the year's task is the base of a share, not the period of the figure.
  if (/^(?:全年|年度|今年)$/.test(c.phrase) && TASK_OF_AFTER.test(text.slice(c.end, c.end + 16))) return 'comparison'
  // 制造业增长1.9%,上半年为下降0.7%;采矿业…: an earlier period's figure in passing, for its own clause only.
  if (c.start > 0 && /[,，]\s*$/.test(text.slice(0, c.start)) && ASIDE_AFTER.test(text.slice(c.end))) return 'aside'
  // A bare year only governs when it opens a clause; 是2021年开始建设的 dates an event, not the figures after it.
  if (c.kind === 'year' && c.year.type === 'explicit' && /^\d{4}年度?$/.test(c.phrase)) {
    let i = c.start - 1
    while (i >= 0 && text[i] === ' ') i--
    // 在2023年, 到2019年已超过…: the year the figure after it reaches.
    if (i >= 0 && (text[i] === '在' || text[i] === '到')) i--
    // 预计2024年全县GDP完成X亿元, 增长Y%;工业增加值…: an estimate for a year that has just ended (a work report's
    // review), and every figure of the sentence is that year's.
    if (i >= 1 && ESTIMATED_BEFORE_YEAR.test(text.slice(i - 1, i + 1))) return 'governs'
    // “十二五”期间共完成X亿元,其中2014年完成Y亿元: one year picked out of a span is the period of its own figures.
    if (i >= 1 && text.slice(i - 1, i + 1) === '其中') return 'governs'
    // 3.工业运行 2018年,全县…: a year closed by a comma opens its clause after an inline heading too; 始建于2015年, dates an event.
    const opensClause = /^[,，]/.test(text.slice(c.end)) && !/[于自从至到了比较是为年月日\d]/.test(text[i] ?? '')
    // 满都拉口岸2022年过货量达到620万吨: a year right after the place, in a clause that gives a figure, is the
    // figure's year (该口岸2009年开通以来 still dates an event).
    // 由2019年中央预算内投资安排X万元: a year right before the budget that granted a sum is that grant's year.
    const budgetYear =
      (FUNDER_AFTER_YEAR.test(text.slice(c.end, c.end + 8)) && figureAfter(text, c.end)) ||
      (i >= 1 && GRANT_BEFORE_YEAR.test(text.slice(i - 1, i + 1)) && FUND_AFTER_YEAR.test(text.slice(c.end)) && !CARRIED_OVER.test(text.slice(c.end, c.end + 4)) && !/截[至止]/.test(text.slice(0, c.start)))
    if (i >= 0 && !CLAUSE_OPENERS.test(text[i]) && !opensClause && !budgetYear && !(PLACE_BEFORE_YEAR.test(text.slice(Math.max(0, i - 1), i + 1)) && figureAfter(text, c.end))) return 'event'
  }
  return 'governs'
}

function phrasesIn(sentence: string): PeriodPhrase[] {
  const candidates: Candidate[] = []
  const cues = cuesOf(sentence)
  for (const m of MATCHERS) m(sentence, candidates, cues)
  const longestFirst = candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const chosen: Candidate[] = []
  for (const c of longestFirst) {
    // 由X增长到Y spans other phrases (由2019年的X…) without displacing them.
    const clashes = chosen.some(
      (k) => c.start < k.end && k.start < c.end && (c.kind === 'from-to') === (k.kind === 'from-to'),
    )
    if (!clashes) chosen.push(c)
  }
  return chosen.sort((a, b) => a.start - b.start).map((c) => withRole(c, roleOf(sentence, c)))
}

interface SentencePhrases {
  sentence: string
  all: readonly PeriodPhrase[]
  governing: readonly PeriodPhrase[]
}

let lastPhrases: SentencePhrases | null = null

/**
 * The phrases of the sentence last asked about, shared and never handed out: a sentence with several numbers asks
 * once per number (resolvePeriod, carriedPeriod), and finding phrases is the costly part.
 */
function phrasesOf(sentence: string): SentencePhrases {
  if (lastPhrases === null || lastPhrases.sentence !== sentence) {
    const all = phrasesIn(sentence)
    lastPhrases = { sentence, all, governing: all.filter((p) => p.role === 'governs') }
  }
  return lastPhrases
}

/** Every period phrase of a sentence, left to right; where phrases overlap the longest wins. */
export function findPeriodPhrases(sentence: string): PeriodPhrase[] {
  return phrasesOf(sentence).all.map((p) => {
    const copy = withRole(p, p.role)
    copy.year = { ...p.year }
    return copy
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Periods

const UNKNOWN: Period = { start: null, end: null, basis: 'unknown', phrase: '' }

function resolveYear(p: PeriodPhrase, ctx: PeriodContext): number | null {
  const published = yearOfIso(ctx.articleDate)
  switch (p.year.type) {
    case 'explicit':
      return p.year.year
    case 'publication': {
      const base = published ?? ctx.year
      return base === null ? null : base + p.year.offset
    }
    case 'reported': {
      const base = ctx.year ?? published
      return base === null ? null : base + p.year.offset
    }
    case 'none': {
      const base = ctx.year ?? published
      if (base === null || ctx.articleDate === null || base !== published || ctx.isTarget) return base
      // Data are reported after the fact: a bare 1—8月 in a March article is last year's. A bare 全年 is only
      // last year's early in the year; later it is this year's plan or outlook.
      const month = monthOfIso(ctx.articleDate)
      if (p.kind === 'year' && month > 3) return base
      const probe =
        p.kind === 'since' ? iso(base, p.fromMonth ?? 1, p.day ?? 1) : iso(base, p.toMonth ?? 12, p.day ?? lastDay(base, p.toMonth ?? 12))
      return probe > ctx.articleDate ? base - 1 : base
    }
  }
}

const PAST_YEARS = /^(?:过去的?)?(\d{1,2}|[一二两三四五六七八九十]{1,3})年(?:来|里|中|间)?$/

/** A period as `p` states it. (This and monthsBasis were closures in periodOfPhrase: made per phrase, they cost more than their calls.) */
function periodOf(p: PeriodPhrase, basis: PeriodBasis, start: string | null, end: string | null): Period {
  return { start, end, basis, phrase: p.phrase }
}

/** The basis of a run of months (3—5月): the year so far from January, a quarter, or a span. */
function monthsBasis(p: PeriodPhrase): PeriodBasis {
  const from = p.fromMonth ?? 1
  const to = p.toMonth ?? 12
  if (from === 1) return 'ytd'
  return to - from === 2 && from % 3 === 1 ? 'quarter' : 'span'
}

function periodOfPhrase(p: PeriodPhrase, ctx: PeriodContext): Period {
  const y = resolveYear(p, ctx)
  const published = yearOfIso(ctx.articleDate)
  switch (p.kind) {
    case 'year': {
      if (y === null) return periodOf(p, 'year', null, null)
      const yearEnd = iso(y, 12, 31)
      // 今年/2024年 in an article of that year cover the year so far, unless the figure is the year's target. 2024年
      // written out in a review of the year from its last fortnight gives the year's result, as estimated.
      const yearReview = p.year.type === 'explicit' && ctx.articleDate! >= iso(y, 12, 15)
      const toDate =
        p.year.type !== 'none' && !p.phrase.endsWith('度') && !ctx.isTarget && y === published && ctx.articleDate! < yearEnd && !yearReview
      return toDate ? periodOf(p, 'ytd', iso(y, 1, 1), ctx.articleDate) : periodOf(p, 'year', iso(y, 1, 1), yearEnd)
    }
    case 'ytd':
    case 'quarter':
    case 'months': {
      const basis = p.kind === 'months' ? monthsBasis(p) : p.kind
      if (y === null) return periodOf(p, basis, null, null)
      const to = p.toMonth ?? 12
      return periodOf(p, basis, iso(y, p.fromMonth ?? 1, 1), iso(y, to, lastDay(y, to)))
    }
    case 'month': {
      if (y === null) return periodOf(p, 'month', null, null)
      const m = p.fromMonth ?? 1
      return periodOf(p, 'month', iso(y, m, 1), iso(y, m, lastDay(y, m)))
    }
    case 'year-end':
      // 到2023年底,某县GDP达到X亿元: a flow by the year's end is the whole year's.
      if (ctx.isFlow && y !== null) return periodOf(p, 'year', iso(y, 1, 1), iso(y, 12, 31))
      return periodOf(p, 'point', null, y === null ? null : iso(y, 12, 31))
    case 'as-of': {
      if (p.day !== null && p.day > 31) return gluedAsOf(p, ctx)
      if (y === null) return periodOf(p, 'point', null, null)
      const m = p.toMonth ?? 12
      const end = iso(y, m, p.day ?? lastDay(y, m))
      return ctx.isFlow ? periodOf(p, 'ytd', iso(y, 1, 1), end) : periodOf(p, 'point', null, end)
    }
    case 'now': {
      const now = ctx.cutOff ?? ctx.articleDate
      if (ctx.isFlow && now) return periodOf(p, 'ytd', `${now.slice(0, 4)}-01-01`, now)
      return periodOf(p, 'point', null, now)
    }
    case 'since': {
      if (y === null) return periodOf(p, 'span', null, ctx.articleDate)
      const start = iso(y, p.fromMonth ?? 1, p.day ?? 1)
      const fromNewYear = (p.fromMonth ?? 1) === 1 && (p.day ?? 1) === 1
      // 今年以来…向着800万吨年度目标: a target is for the whole year, not the part already past.
      if (ctx.isTarget && fromNewYear && y === published) return periodOf(p, 'year', start, iso(y, 12, 31))
      // A since-date after publication contradicts the article date: keep the start the text gives, no end.
      const end = ctx.articleDate !== null && ctx.articleDate >= start ? ctx.articleDate : null
      return periodOf(p, fromNewYear && y === published ? 'ytd' : 'span', start, end)
    }
    case 'vague-since': {
      // 一年来 / 过去一年 in a review of a past year (a 2022年回顾 section; a bulletin) is that year.
      // 五年来 / 过去的五年 in it (2020年及“十三五”回顾) are the five years up to it.
      // So are they in the first quarter's reports on the years before (a government work report of January: 五年来,
      // 三次产业结构由A演进为B reviews the five full years up to last December).
      const reportSeason = published !== null && ctx.articleDate !== null && Number(ctx.articleDate.slice(5, 7)) <= 3
      const reviewed = ctx.year !== null && published !== null && ctx.year < published ? ctx.year : reportSeason ? published - 1 : null
      const past = reviewed === null ? null : PAST_YEARS.exec(p.phrase)
      if (reviewed !== null && past) {
        const n = numeral(past[1])
        if (n === 1) return periodOf(p, 'year', iso(reviewed, 1, 1), iso(reviewed, 12, 31))
        if (n >= 2 && n <= 10) return periodOf(p, 'span', iso(reviewed - n + 1, 1, 1), iso(reviewed, 12, 31))
      }
      return periodOf(p, 'span', null, ctx.articleDate)
    }
    case 'plan':
    case 'range':
      return periodOf(p, 'span', y === null ? null : iso(y, 1, 1), p.endYear === null ? null : iso(p.endYear, 12, 31))
    case 'days': {
      if (y === null) return periodOf(p, 'span', null, null)
      return periodOf(p, 'span', iso(y, p.fromMonth ?? 1, p.fromDay ?? 1), iso(y, p.toMonth ?? 12, p.day ?? 1))
    }
    case 'same-period':
    case 'from-to':
      return periodOf(p, 'unknown', null, null)
  }
}

/** How long before its article a date whose 月 was lost may be, to be read as one (截至115日 out on 6 November). */
const GLUED_DATE_LAG_DAYS = 45

/**
 * 截至115日 in an article of 6 November: 11月5日, the one way of splitting the digits into a month and a day that falls
 * in the weeks before the article; unknown when none or several do.
 */
function gluedAsOf(p: PeriodPhrase, ctx: PeriodContext): Period {
  const digits = String(p.day)
  const published = ctx.articleDate
  if (published === null) return periodOf(p, 'point', null, null)
  const y = Number(published.slice(0, 4))
  const fits: string[] = []
  for (let cut = 1; cut <= 2 && cut < digits.length; cut++) {
    const m = Number(digits.slice(0, cut))
    const d = Number(digits.slice(cut))
    if (digits[cut] === '0' && digits.length - cut > 1 && d < 10) continue
    if (!validMonthDay(m, d)) continue
    const date = iso(y, m, d)
    const lag = (Date.parse(published) - Date.parse(date)) / 864e5
    if (lag >= 0 && lag <= GLUED_DATE_LAG_DAYS) fits.push(date)
  }
  if (fits.length !== 1) return periodOf(p, 'point', null, null)
  return ctx.isFlow ? periodOf(p, 'ytd', iso(y, 1, 1), fits[0]) : periodOf(p, 'point', null, fits[0])
}

const STOCK_WORDS = /累计|总投资|保有量|存栏|现有|已有|拥有|总计|共计/
/** What stands between 较2008年 and the level it names: 的, and a qualifier (约, 近). */
const BASE_LEVEL = /^的(?:约|近|不到)?$/

/**
 * The period of the number at `numberIndex`: the nearest governing phrase before it in the sentence, else one after
 * it in the same clause, else the inherited period. Without any, a stock (总投资, 累计…) is a point at the article
 * date, and anything else is `unknown`: a flow figure with no phrase could be a day's, a month's or a year's.
 */
export function resolvePeriod(sentence: string, numberIndex: number, ctx: PeriodContext): Period {
  const listed = yearOfListedValue(sentence, numberIndex)
  if (listed !== null) return { start: iso(listed, 1, 1), end: iso(listed, 12, 31), basis: 'year', phrase: `${listed}年` }
  const based = BRACKETED_BASE_YEAR.exec(sentence.slice(Math.max(0, numberIndex - 12), numberIndex))
  if (based) return inYear(periodAt(sentence, numberIndex, ctx), Number(based[1]))
  const period = periodAt(sentence, numberIndex, ctx)
  const years = yearsTotalled(sentence, numberIndex, period)
  if (years) return years
  // 较2008年的47亿元增长3.6倍,年均增长11.2%: growths over the years since the base year. 由2015年的X增加到2020年的Y,
  // 年均增长Z: over the years after the first, up to the second, though the sentence governs no period.
  const over = OVER_BASE_YEAR.exec(sentence.slice(Math.max(0, numberIndex - 60), numberIndex))
  if (!over) return period
  const end = period.end ?? (over[3] ? iso(Number(over[3]), 12, 31) : null)
  if (end === null) return period
  const from = Number(over[1] ?? over[2]) + 1
  // The span is this growth's alone (phrase ''): the year it ends in is what the sentence hands on.
  return from < Number(end.slice(0, 4)) ? { start: iso(from, 1, 1), end, basis: 'span', phrase: '' } : period
}

/**
 * 超过历史纪录(2018年X万吨), 高于上年(2021年同期的Y万吨): the level a comparison names in brackets, after its
 * year, is of that year.
 */
const BRACKETED_BASE_YEAR = /\(((?:19|20)\d{2})年(?:同期)?的?(?:约|近)?$/

/** The same part of another year (a first quarter's record, compared with this first quarter); a whole year else. */
function inYear(p: Period, year: number): Period {
  const phrase = `${year}年`
  if (p.start === null || p.end === null || p.start.slice(0, 4) !== p.end.slice(0, 4)) return { start: iso(year, 1, 1), end: iso(year, 12, 31), basis: 'year', phrase }
  const m = monthOfIso(p.end)
  const end = iso(year, m, Math.min(Number(p.end.slice(8, 10)), lastDay(year, m)))
  return { start: `${year}${p.start.slice(4)}`, end, basis: p.basis, phrase }
}

/** 五年累计, 三年共, 5年合计 in the number's clause, right before its verb: a total over that many years. */
const YEARS_TOTAL = /(?<![\d年])(\d{1,2}|[两二三四五六七八九十])年(?:来|间)?(?:累计|共计?|合计|总计)[^,;。\d]{0,8}$/

/**
 * 预计2024年…,投资五年累计完成X亿元: a total of N years in a sentence about one year is over the N years ending
 * in it (a work report's review of a plan period), not that year's.
 */
function yearsTotalled(sentence: string, numberIndex: number, period: Period): Period | null {
  if (period.basis !== 'year' || period.start === null || period.end === null) return null
  const m = YEARS_TOTAL.exec(sentence.slice(clauseStartBefore(sentence, numberIndex), numberIndex))
  const n = m ? numeral(m[1]) : 0
  if (n < 2 || n > 10) return null
  const last = Number(period.end.slice(0, 4))
  return { start: iso(last - n + 1, 1, 1), end: period.end, basis: 'span', phrase: m![0].slice(0, m![0].indexOf('年') + 1) }
}

/** 2016年、2017年 (和/及 before the last), or 2018—2020年, with 分别 and its values after it in the same clause. */
const YEAR_LIST = new RegExp(
  `(?:${YEAR4}年(?:[、和及与]((?:19|20)\\d{2})年)+|${YEAR4}\\s*[${DASHES}至到]\\s*((?:19|20)\\d{2})年)([^;。]{0,40}?)分别`,
  'g',
)
const LISTED_VALUE = /-?\d+(?:\.\d+)?(?!\d|\.\d|年)/g

/**
 * 2016年、2017年,全市GDP分别增长4.6%、6.1%; 2018—2020年分别完成投资31亿元、35亿元、42亿元: the k-th value after
 * 分别 is the k-th year's, when the values and the years are as many.
 */
function yearOfListedValue(sentence: string, numberIndex: number): number | null {
  if (!sentence.includes('分别')) return null
  YEAR_LIST.lastIndex = 0
  for (let m; (m = YEAR_LIST.exec(sentence)); ) {
    const after = m.index + m[0].length
    if (after > numberIndex) break
    const years = m[3] ? range(Number(m[3]), Number(m[4])) : [...m[0].slice(0, m[0].length - m[5].length - 2).matchAll(/((?:19|20)\d{2})年/g)].map((y) => Number(y[1]))
    const clauseEnd = sentence.slice(after).search(/[;。]|,(?![^,;。]*[、和])/)
    const values = sentence.slice(after, clauseEnd < 0 ? sentence.length : after + clauseEnd).match(LISTED_VALUE) ?? []
    if (values.length !== years.length || numberIndex >= (clauseEnd < 0 ? sentence.length : after + clauseEnd)) continue
    const k = (sentence.slice(after, numberIndex).match(LISTED_VALUE) ?? []).length
    if (k < years.length) return years[k]
  }
  return null
}

function range(first: number, last: number): number[] {
  return last > first && last - first < 10 ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : []
}

/**
 * 较2008年的47亿元增长 (then 3.6倍), 比1990年增长 (then 12倍), and 年均增长 right after either; 从2015年的X增加到2020年的Y,
 * 年均增长 (then 6.1%) is over the years after the first one.
 */
const OVER_BASE_YEAR =
  /(?:(?<![同环])(?:比|较)((?:19|20)\d{2})年(?:末|底)?(?:的(?:约|近)?[\d.]+(?:万|亿|万亿)?[^\d,;。]{0,3})?(?:增长|增加|提高|上升|下降|减少)了?(?:[\d.]+(?:倍|%),年均(?:增长|增速为?|提高))?|(?:从|由)((?:19|20)\d{2})年的?[^;。]{0,30}?(?:到|至)((?:19|20)\d{2})年的?[^,;。]{1,20},年均(?:增长|增速为?|提高|下降))$/

function periodAt(sentence: string, numberIndex: number, ctx: PeriodContext): Period {
  const { all: phrases, governing } = phrasesOf(sentence)
  const twoFigure = phrases.find(
    (p) => p.kind === 'from-to' && p.start < numberIndex && numberIndex < clauseEndAfter(sentence, p.pivot!),
  )
  if (twoFigure) return periodOfTwoFigures(sentence, numberIndex, twoFigure, phrases, governing, ctx)

  const aside = phrases.find((p) => p.role === 'aside' && p.end <= numberIndex && numberIndex < clauseEndAfter(sentence, p.end))
  if (aside) return periodOfPhrase(aside, ctx)
  // 较2008年的47亿元增长3.6倍: the level a growth is measured from is that year's.
  const base = phrases.find((p) => p.role === 'comparison' && p.kind === 'year' && p.year.type === 'explicit' && BASE_LEVEL.test(sentence.slice(p.end, numberIndex)))
  if (base) return periodOfPhrase(base, { ...ctx, isTarget: true })
  const before = governingBefore(sentence, numberIndex, phrases, governing)
  // 截至9月30日,今年累计…: 今年 says which year, the as-of date where it ends.
  const asOf = lastOf(governing, (p) => p.kind === 'as-of' && p.end <= numberIndex)
  // 截至2019年末已投入X, 本年度安排计划投资Y: a year the as-of date is not in is a period of its own.
  if (before && asOf && before !== asOf && before.kind === 'year' && before.year.type !== 'explicit' && resolveYear(asOf, ctx) === resolveYear(before, ctx)) {
    return periodOfPhrase(asOf, ctx)
  }
  // 截至8月31日,…自2015年以来累计…, 自2月6日恢复通关以来,截至5月底…: from the since date to the as-of date.
  const sincePhrase = asOf ? lastOf(governing, (p) => p.kind === 'since' && p.end <= numberIndex) : undefined
  if (before && asOf && sincePhrase && (before === sincePhrase || before === asOf)) {
    const since = periodOfPhrase(sincePhrase, ctx)
    const until = periodOfPhrase(asOf, { ...ctx, isFlow: true })
    if (since.start && until.end && since.start <= until.end) {
      const ytd = since.start.slice(0, 4) === until.end.slice(0, 4) && since.start.endsWith('-01-01')
      return { start: since.start, end: until.end, basis: ytd ? 'ytd' : 'span', phrase: `${sincePhrase.phrase}…${asOf.phrase}` }
    }
  }
  if (before && ctx.year !== null && before.year.type === 'reported') return periodOfPhrase(before, { ...ctx, year: statedYear(governing, before, ctx) })
  // 2023年,市里将…,力争全年…达到X: 全年 (前三季度) in a sentence that named a year before it is that year's, also in
  // a review of the year before.
  const named = before && before.year.type === 'none' ? lastOf(governing, (p) => p.end <= before.start && p.kind === 'year' && p.year.type === 'explicit') : undefined
  if (before && named) return periodOfPhrase(before, { ...ctx, year: (named.year as { year: number }).year })
  if (before) return periodOfPhrase(before, ctx)
  const clauseEnd = clauseEndAfter(sentence, numberIndex)
  const after = governing.find((p) => p.start > numberIndex && p.start < clauseEnd)
  if (after) return periodOfPhrase(after, ctx)
  // 累计完成投资X亿元,是“十二五”时期的1.8倍,年均增长Y%: measured against one plan, the sentence reviews the next.
  const against = phrases.find((p) => p.role === 'comparison' && p.kind === 'plan' && p.year.type === 'explicit' && p.endYear !== null)
  if (against) return { start: iso((against.year as { year: number }).year + 5, 1, 1), end: iso(against.endYear! + 5, 12, 31), basis: 'span', phrase: '' }
  // 截至9月底 in a sentence of its own, then 完成投资…: a flow runs from 1 January to that date (flowUpTo); a plan
  // (年度计划投资) is not as of it, and falls through to the rules below.
  if (ctx.inherited && !(ctx.isTarget && isAsOf(ctx.inherited))) return ctx.isFlow ? flowUpTo(ctx.inherited) : ctx.inherited
  const clause = sentence.slice(clauseStartBefore(sentence, numberIndex), numberIndex)
  if (ctx.isFlow && ctx.articleDate && /累计/.test(clause)) return { start: `${ctx.articleDate.slice(0, 4)}-01-01`, end: ctx.articleDate, basis: 'ytd', phrase: '' }
  // 开行班列累计超过1万列、运送货物总量突破90万标箱: a mark the running total since the start has passed, as of the article.
  if (ctx.isFlow && ctx.articleDate && /(?:突破|超过|迈过)$/.test(clause) && /累计/.test(sentence.slice(0, numberIndex))) {
    return { start: null, end: ctx.articleDate, basis: 'point', phrase: '' }
  }
  if ((ctx.isStock ?? STOCK_WORDS.test(clause)) && ctx.articleDate) return { start: null, end: ctx.articleDate, basis: 'point', phrase: '' }
  return UNKNOWN
}

/**
 * The year 当年 / 上年 count from: a year the sentence named before them (2016年,某县新上项目30个,当年投资12亿元), or
 * the one a whole-year period carried from the paragraph stands for; else the year under report.
 */
function statedYear(governing: readonly PeriodPhrase[], relative: PeriodPhrase, ctx: PeriodContext): number | null {
  const named = lastOf(governing, (p) => p.end <= relative.start && p.kind === 'year' && p.year.type === 'explicit')
  if (named) return (named.year as { year: number }).year
  const carried = ctx.inherited
  if (carried?.basis === 'year' && carried.start && carried.end && carried.start.slice(0, 4) === carried.end.slice(0, 4)) return Number(carried.start.slice(0, 4))
  return ctx.year
}

/**
 * The governing phrase nearest before the number. The years inside a finished 由X增长到Y (从2015年的X增加到2020年的Y)
 * date its two figures only: 五年来,…从2015年的X增加到2020年的Y;累计完成投资Z keeps Z under 五年来.
 */
function governingBefore(sentence: string, numberIndex: number, phrases: readonly PeriodPhrase[], governing: readonly PeriodPhrase[]): PeriodPhrase | undefined {
  const before = lastOf(governing, (p) => p.end <= numberIndex)
  if (!before || before.kind !== 'year') return before
  const ft = phrases.find((p) => p.kind === 'from-to' && p.start <= before.start && before.end <= clauseEndAfter(sentence, p.pivot!))
  if (!ft || clauseEndAfter(sentence, ft.pivot!) > numberIndex) return before
  // 由上年的X调整为Y,人均…: the year of the first part dates X alone; what follows is the sentence's (or the paragraph's).
  const fromPartOnly = before.start < ft.pivot!
  return lastOf(governing, (p) => p.end <= ft.start) ?? (fromPartOnly ? undefined : before)
}

/**
 * 截至2018年,该旗总人口28.4万人。完成地区生产总值97亿元: a date a stock was counted at, handed on to a flow, is
 * where the flow's year so far ends, as when the flow's own sentence says 截至 (periodOfPhrase's as-of and now).
 */
function flowUpTo(inherited: Period): Period {
  if (!isAsOf(inherited)) return inherited
  return { start: `${inherited.end!.slice(0, 4)}-01-01`, end: inherited.end, basis: 'ytd', phrase: inherited.phrase }
}

/** A date something stood at, as a phrase stated it (截至8月底, 目前): a point with an end and no start. */
function isAsOf(p: Period): boolean {
  return p.basis === 'point' && p.start === null && p.end !== null && p.phrase !== ''
}

/** `list.filter(test).at(-1)` without the filtered copy: this runs for every figure. */
function lastOf<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return list[i]
  return undefined
}

/**
 * 由X增长到Y: X and Y are levels at the two ends of the governing period. Over 2019年至2023年 they are the figures
 * of 2019 and 2023; over a since-period, points at its start and at the article date. A part's own year
 * (由2019年的X) wins. Otherwise Y takes the governing period and X's period is unknown.
 */
function periodOfTwoFigures(
  sentence: string,
  numberIndex: number,
  ft: PeriodPhrase,
  phrases: readonly PeriodPhrase[],
  governing: readonly PeriodPhrase[],
  ctx: PeriodContext,
): Period {
  const isFrom = numberIndex < ft.pivot!
  const partStart = isFrom ? ft.start : ft.pivot!
  const own = phrases.filter((p) => p.kind === 'year' && p.start >= partStart && p.end <= numberIndex).at(-1)
  // 由上年的X: 上年 counts from the year the sentence or the paragraph names, as it does outside a 由X到Y.
  if (own) return periodOfPhrase(own, ctx.year !== null && own.year.type === 'reported' ? { ...ctx, year: statedYear(governing, own, ctx) } : ctx)
  // 由2015年的X增加到2020年的Y;人均GDP由A增加到B: a pair with no years of its own, after a dated pair of the same
  // sentence, spans the same two years.
  const dated = yearsOfEarlierPair(sentence, ft, phrases)
  if (dated) {
    const y = isFrom ? dated[0] : dated[1]
    return { start: iso(y, 1, 1), end: iso(y, 12, 31), basis: 'year', phrase: `${y}年` }
  }
  const over = governing.filter((p) => p.end <= ft.start).at(-1)
  if (over && over.kind === 'range') {
    const y = isFrom ? (over.year as { year: number }).year : over.endYear!
    return { start: iso(y, 1, 1), end: iso(y, 12, 31), basis: 'year', phrase: over.phrase }
  }
  if (over && over.kind === 'since') {
    const span = periodOfPhrase(over, ctx)
    if (isFrom) return { start: null, end: span.start ? dayBefore(span.start) : null, basis: 'point', phrase: over.phrase }
    return { start: null, end: span.end, basis: 'point', phrase: over.phrase }
  }
  // “十三五”期间 / 五年来 (in a review), 由X增长到Y: X is the year before the span's, Y its last year's.
  const span = over ? periodOfPhrase(over, ctx) : ctx.inherited
  if (span && span.basis === 'span' && span.start?.endsWith('-01-01') && span.end?.endsWith('-12-31') && span.start.slice(0, 4) < span.end.slice(0, 4)) {
    const y = isFrom ? Number(span.start.slice(0, 4)) - 1 : Number(span.end.slice(0, 4))
    return { start: iso(y, 1, 1), end: iso(y, 12, 31), basis: 'year', phrase: span.phrase }
  }
  if (!span && ctx.reviewPair) {
    const y = isFrom ? ctx.reviewPair[0] : ctx.reviewPair[1]
    return { start: iso(y, 1, 1), end: iso(y, 12, 31), basis: 'year', phrase: '' }
  }
  if (isFrom) return { ...UNKNOWN, phrase: ft.phrase }
  return span ?? UNKNOWN
}

/** The two explicit years of the last 由A年的X到B年的Y of a sentence (A before B), or null. */
export function datedPairIn(sentence: string): [number, number] | null {
  const { all: phrases } = phrasesOf(sentence)
  for (let i = phrases.length - 1; i >= 0; i--) {
    const ft = phrases[i]
    if (ft.kind !== 'from-to') continue
    const first = explicitYearIn(phrases, ft.start, ft.pivot!)
    const last = explicitYearIn(phrases, ft.pivot!, clauseEndAfter(sentence, ft.pivot!))
    if (first !== null && last !== null && first < last) return [first, last]
  }
  return null
}

/** The two explicit years of the nearest 由A年的X到B年的Y before `ft` in the sentence, when `ft` names no year itself. */
function yearsOfEarlierPair(sentence: string, ft: PeriodPhrase, phrases: readonly PeriodPhrase[]): [number, number] | null {
  const ownEnd = clauseEndAfter(sentence, ft.pivot!)
  if (phrases.some((p) => p.kind === 'year' && p.start >= ft.start && p.end <= ownEnd)) return null
  for (let i = phrases.indexOf(ft) - 1; i >= 0; i--) {
    const earlier = phrases[i]
    if (earlier.kind !== 'from-to') continue
    const first = explicitYearIn(phrases, earlier.start, earlier.pivot!)
    const last = explicitYearIn(phrases, earlier.pivot!, clauseEndAfter(sentence, earlier.pivot!))
    if (first !== null && last !== null && first < last) return [first, last]
  }
  return null
}

function explicitYearIn(phrases: readonly PeriodPhrase[], from: number, to: number): number | null {
  const p = lastOf(phrases, (q) => q.kind === 'year' && q.year.type === 'explicit' && q.start >= from && q.end <= to)
  return p ? (p.year as { year: number }).year : null
}

/** The period a sentence hands on to the next one of its paragraph: that of its last governing phrase. */
export function carriedPeriod(sentence: string, ctx: PeriodContext): Period | null {
  const last = phrasesOf(sentence).governing.at(-1)
  return last ? periodOfPhrase(last, ctx) : null
}

// ---------------------------------------------------------------------------------------------------------------
// Page and article dates

type MonthDay = [number, number]

const DATELINE = new RegExp(`${AGENCY}([\\u4e00-\\u9fa5·]{0,12}?)(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})日(?:讯|电)`, 'g')

interface Dateline {
  text: string
  year: number | null
  md: MonthDay
  index: number
}

/** Every match of a global regex, collected before the caller runs: page-level scans use shared regexes. */
function matches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m; (m = re.exec(text)); ) {
    out.push(m)
    if (m[0] === '') re.lastIndex++
  }
  return out
}

function datelines(text: string): Dateline[] {
  return matches(DATELINE, text)
    .map((m) => ({
      text: m[0],
      year: m[2] ? Number(m[2]) : null,
      md: [Number(m[3]), Number(m[4])] as MonthDay,
      index: m.index,
    }))
    .filter((d) => validMonthDay(...d.md))
}

/**
 * Where each year YYYY年 of 1900–2099 starts that no digit precedes: where YEAR4 followed by 年 matches. The page's
 * year cues all start so; they are read with sticky regexes at these few places (see yearMatches) instead of each
 * walking the whole page.
 */
function yearStarts(text: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf('年', 4); i >= 0; i = text.indexOf('年', i + 1)) {
    const p = i - 4
    const c0 = text.charCodeAt(p)
    const c1 = text.charCodeAt(p + 1)
    if (!((c0 === 0x31 && c1 === 0x39) || (c0 === 0x32 && c1 === 0x30))) continue
    if (!isDigitCode(text.charCodeAt(p + 2)) || !isDigitCode(text.charCodeAt(p + 3))) continue
    if (p > 0 && isDigitCode(text.charCodeAt(p - 1))) continue
    out.push(p)
  }
  return out
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/**
 * What `matches` finds with the global form of `sticky`, a regex that starts with a YYYY年 year (YEAR4): every match
 * starts at one of `years` (yearStarts), so it is tried there only, left to right, without overlapping.
 */
function yearMatches(sticky: RegExp, text: string, years: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let end = 0
  for (const p of years) {
    if (p < end) continue
    sticky.lastIndex = p
    const m = sticky.exec(text)
    if (!m) continue
    out.push(m)
    end = p + m[0].length
  }
  return out
}

const mdKey = ([m, d]: MonthDay) => `${m}月${d}日`

/**
 * The latest of some month-days, read on a circle: the one the others lie shortest behind, so that a page of
 * early January mentioning 12月28日 still ends in January.
 */
function latestOf(mds: MonthDay[]): MonthDay {
  const days = mds.map(([m, d]) => dayOfYear(m, d))
  let best = 0
  let bestSpread = Infinity
  days.forEach((c, i) => {
    const spread = Math.max(...days.map((o) => (c - o + 366) % 366))
    if (spread < bestSpread || (spread === bestSpread && c > days[best])) {
      best = i
      bestSpread = spread
    }
  })
  return mds[best]
}

const FUTURE_BEFORE = /计划|预计|将|拟|力争|定于|截止|有望|预定|届时|争取|部署|要|到$|(?<!截)至$/
const FUTURE_AFTER = /^(?:底|末)?(?:前|之前|以前)|^[^,;。]*?(?:目标|规划|计划|远景|展望|将|拟|力争|预计)/

interface EventDate {
  md: MonthDay
  year: number | null
  text: string
}

const EVENT_DATE = /(?<!\d)(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日/g

/** Dates of things that happened (9月13日,…召开; 截至8月17日晚), not plans or deadlines (计划8月25日前完工). */
function pastEventDates(text: string): EventDate[] {
  const out: EventDate[] = []
  for (const m of matches(EVENT_DATE, text)) {
    const md: MonthDay = [Number(m[2]), Number(m[3])]
    const year = m[1] ? Number(m[1]) : null
    if (!validMonthDay(...md) || (year !== null && year < 2000)) continue
    const end = m.index + m[0].length
    const clauseBefore = text.slice(clauseStartBefore(text, m.index), m.index)
    const clauseAfter = text.slice(end, clauseEndAfter(text, end))
    if (FUTURE_BEFORE.test(clauseBefore)) continue
    if (/^(?:\d{1,2}时)?(?:前|之前|以前|起|开始|后)/.test(clauseAfter) || /将|计划|拟|预计/.test(clauseAfter)) continue
    out.push({ md, year, text: m[0] })
  }
  return out
}

interface YearCue {
  year: number
  weight: number
  text: string
  why: string
}

const HAPPENING = /当日|当天|今天|今日|日前|近日|举行|召开|启动|开幕|举办|开展|开赛|闭幕|推出|拉开帷幕|落下帷幕/
const EVENT_NOUN =
  '活动|会议|大会|座谈会|论坛|博览会|展览会|展会|交易会|比赛|大赛|赛事|运动会|锦标赛|联赛|文化节|艺术节|旅游节|音乐节|电影节|美食节|那达慕|假期|长假|黄金周|评选|仪式|典礼|晚会|研讨会|推介会|发布会|招聘会|巡讲|宣讲|培训班|峰会|年会|开幕式'

/** `。!?` or a line break. */
function isSentenceBreak(c: number): boolean {
  return c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x0a
}

function sentenceAround(text: string, index: number): string {
  let s = index
  while (s > 0 && !isSentenceBreak(text.charCodeAt(s - 1))) s--
  let e = index
  while (e < text.length && !isSentenceBreak(text.charCodeAt(e))) e++
  return text.slice(s, e)
}

const short = (s: string) => (s.length > 32 ? `${s.slice(0, 30)}…` : s)

/**
 * YYYY年 followed by what can open a year-so-far or quarter sub-period (前三季度, 上半年, 第二季度, 首季, 1—8月,
 * 前8个月): every such phrase holds a match.
 */
const YEAR_SO_FAR_START = new RegExp(`${YEAR4}年[前上第首\\d一二两三四五六七八九十]`, 'y')

/**
 * The period phrases of the page's sentences that can hold a year-so-far or quarter phrase naming its year
 * (2024年前三季度), in page order. Those phrases are the same as findPeriodPhrases(page) finds, because no phrase
 * and no look-around of the matchers reaches across a 。; the other sentences need not be read.
 */
function phrasesOfYearSoFarSentences(text: string, years: readonly number[]): PeriodPhrase[] {
  const out: PeriodPhrase[] = []
  let windowEnd = 0
  for (const m of yearMatches(YEAR_SO_FAR_START, text, years)) {
    if (m.index < windowEnd) continue
    const start = text.lastIndexOf('。', m.index) + 1
    const stop = text.indexOf('。', m.index)
    windowEnd = stop < 0 ? text.length : stop + 1
    out.push(...phrasesOf(text.slice(start, windowEnd)).all)
  }
  return out
}

// Sticky, read at the page's years only (yearMatches): FULL_DATE, EVENT_TITLE, YEAR_SINCE, RELEASE, YEAR_WORD.
const FULL_DATE = new RegExp(`${YEAR4}年(\\d{1,2})月(\\d{1,2})日`, 'y')
const EVENT_TITLE = new RegExp(`${YEAR4}年(?![\\d,;]|度?以来|[月底末初前后至到—\\-])([^。;!?\\n]{1,50}?)(?:${EVENT_NOUN})`, 'y')
const REVIEW = new RegExp(`(?:回顾|总结)(?:了)?(?:过去的?)?${YEAR4}年`, 'g')
const AS_OF_MONTH = new RegExp(`(?:截至|截止)${YEAR4}年(\\d{1,2})月`, 'g')
const YEAR_SINCE = new RegExp(`${YEAR4}年以来`, 'y')
/** A release of a year's statistics: 2024年全区经济运行情况, 2023年国民经济和社会发展统计公报. */
const RELEASE = new RegExp(`${YEAR4}年(?:全年)?(?:全区|全市|全盟|全旗|全县)?(?:经济运行|国民经济和社会发展|经济社会发展|主要经济指标)`, 'y')
const YEAR_WORD = new RegExp(`${YEAR4}年`, 'y')

/** Cues that name the page's own year. `md` is the page's month-day when known. */
function yearCues(text: string, md: MonthDay | null, lines: Dateline[], years: readonly number[]): YearCue[] {
  const cues: YearCue[] = []
  const pageMonth = md ? md[0] : null
  /** A statistic of year y up to month m is published after m: in y, or early in y+1. */
  const publishedAfter = (y: number, m: number) => (pageMonth !== null && m > pageMonth ? y + 1 : y)

  for (const d of lines) if (d.year) cues.push({ year: d.year, weight: 10, text: d.text, why: 'dateline' })

  if (md) {
    for (const m of yearMatches(FULL_DATE, text, years)) {
      const date: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])]
      if (!validMonthDay(date[1], date[2])) continue
      const options = [-1, 0, 1].map((k) => date[0] + k)
      const nearest = options.reduce((a, b) =>
        Math.abs(daysBetween(date, [b, ...md])) < Math.abs(daysBetween(date, [a, ...md])) ? b : a,
      )
      if (Math.abs(daysBetween(date, [nearest, ...md])) <= 60)
        cues.push({ year: nearest, weight: 5, text: m[0], why: 'full date near the page date' })
    }
  }

  for (const m of yearMatches(EVENT_TITLE, text, years)) {
    if (HAPPENING.test(sentenceAround(text, m.index)))
      cues.push({ year: Number(m[1]), weight: 3, text: m[0], why: 'event of the day' })
  }

  for (const m of matches(REVIEW, text)) {
    const y = Number(m[1])
    // Annual work meetings review last year early in the year; late in the year they review the current one.
    cues.push({ year: pageMonth !== null && pageMonth > 6 ? y : y + 1, weight: 4, text: m[0], why: 'review of a past year' })
  }

  for (const m of yearMatches(RELEASE, text, years)) {
    const y = Number(m[1])
    // A year's figures come out from January to April of the next.
    cues.push({ year: pageMonth !== null && pageMonth <= 4 ? y + 1 : y, weight: 4, text: m[0], why: 'release of a year’s statistics' })
  }

  for (const m of matches(AS_OF_MONTH, text))
    cues.push({ year: publishedAfter(Number(m[1]), Number(m[2])), weight: 2, text: m[0], why: 'as-of date' })

  for (const p of phrasesOfYearSoFarSentences(text, years)) {
    if (p.year.type !== 'explicit' || !(p.kind === 'ytd' || p.kind === 'quarter')) continue
    cues.push({ year: publishedAfter(p.year.year, p.toMonth ?? 12), weight: 3, text: p.phrase, why: 'statistics of the year so far' })
  }

  for (const m of yearMatches(YEAR_SINCE, text, years))
    if (Number(m[1]) >= 2000) cues.push({ year: Number(m[1]), weight: 2, text: m[0], why: 'since' })

  return cues
}

/** The latest year the page states something happened in: a lower bound of the page's year. */
function latestPastYear(text: string, years: readonly number[]): { year: number; text: string } | null {
  let best: { year: number; text: string } | null = null
  for (const m of yearMatches(YEAR_WORD, text, years)) {
    const y = Number(m[1])
    if (y < 2000 || (best && y <= best.year)) continue
    const end = m.index + m[0].length
    const before = text.slice(Math.max(clauseStartBefore(text, m.index), m.index - 8), m.index)
    const after = text.slice(end, clauseEndAfter(text, end))
    if (FUTURE_BEFORE.test(before) || FUTURE_AFTER.test(after)) continue
    best = { year: y, text: short(text.slice(m.index, Math.min(end + 12, clauseEndAfter(text, end)))) }
  }
  return best
}

const WEEKDAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 }
const WEEKDAY_FACT =
  /(\d{1,2})月(\d{1,2})日(?:\s*,?\s*(?:恰逢|正逢|适逢|正值|恰好是|恰是|正是|是|为|逢)?(?:周|星期|礼拜)|\s*\((?:周|星期))([一二三四五六日天])/g

/** Years from 2000 to 2035 in which the page's weekday facts hold (11月3日恰逢周日). */
function weekdayYears(text: string, md: MonthDay | null): { years: number[]; text: string } | null {
  // Every weekday fact names 周, 星期 or 礼拜: a page naming none holds none (the regex need not walk it).
  if (!text.includes('周') && !text.includes('星期') && !text.includes('礼拜')) return null
  let years: number[] | null = null
  const texts: string[] = []
  for (const m of matches(WEEKDAY_FACT, text)) {
    const month = Number(m[1])
    const day = Number(m[2])
    if (!validMonthDay(month, day)) continue
    // A weekday fact well after the page's month-day is from the previous year.
    const lag = md && dayOfYear(month, day) - dayOfYear(...md) > 60 ? 1 : 0
    const fits: number[] = []
    for (let y = 2000; y <= 2035; y++)
      if (new Date(Date.UTC(y, month - 1, day)).getUTCDay() === WEEKDAY[m[3]]) fits.push(y + lag)
    years = years ? years.filter((y) => fits.includes(y)) : fits
    texts.push(m[0])
  }
  return years && years.length > 0 ? { years, text: texts.join(', ') } : null
}

function resolveYearOfPage(text: string, md: MonthDay | null, lines: Dateline[]): { year: number | null; evidence: string } {
  // Only years a current issue can have: history (1931年5月12日) says nothing about the page's year.
  const years = yearStarts(text)
  const cues = yearCues(text, md, lines, years).filter((c) => c.year >= 2000)
  const lower = latestPastYear(text, years)
  const weekday = weekdayYears(text, md)
  const totals = new Map<number, number>()
  for (const c of cues) totals.set(c.year, (totals.get(c.year) ?? 0) + c.weight)
  let best: number | null = null
  for (const [y, w] of totals) if (best === null || w > totals.get(best)! || (w === totals.get(best)! && y > best)) best = y
  const notes: string[] = []
  if (best !== null) {
    const support = cues.filter((c) => c.year === best)
    const described = [...new Set(support.map((c) => `${c.why}: ${short(c.text)}`))]
    notes.push(described.slice(0, 3).join('; '))
    const strongest = Math.max(...support.map((c) => c.weight))
    // Weak cues (2024年以来) yield to a later year the page states as past (2025年3月,…已…).
    if (lower && lower.year > best && strongest < 5) {
      notes.push(`raised to ${lower.year}: ${lower.text}`)
      best = lower.year
    } else if (lower) {
      notes.push(`latest past year mentioned: ${lower.text}`)
    }
  }
  if (weekday) {
    const reference = best ?? lower?.year ?? null
    if (reference === null) {
      notes.push(`weekday fact ${weekday.text} fits ${weekday.years.join('/')}; no other cue to choose`)
    } else {
      const pick = weekday.years.reduce((a, b) => (Math.abs(b - reference) < Math.abs(a - reference) ? b : a))
      notes.push(`weekday fact ${weekday.text} fits ${pick}`)
      best = pick
    }
  }
  if (best === null && lower && md) {
    // 12月29日,记者…获悉,2024年…: a dated report whose only year is the one it reports on is of that year.
    return { year: lower.year, evidence: `no other year cue; latest past year mentioned: ${lower.text}` }
  }
  if (best === null) {
    return { year: null, evidence: lower ? `no year cue (latest past year mentioned: ${lower.text})` : 'no year cue' }
  }
  return { year: best, evidence: `year ${best} from ${notes.join('; ')}` }
}

const PUBLISHED_STAMP =
  /(?:(?:发布|发表|更新)?(?:时间|日期)\s*[:]\s*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2}))|(?:^|\n)[^\n\d]{0,16}((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})[ T]\d{1,2}:\d{2}/

/** A line holding nothing but the date, as page headers print it: `2024年6月8日 星期六`. */
const MASTHEAD = /^[ \t]*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日[ \t]*(?:(?:星期|周)[一二三四五六日天])?[ \t]*$/m

/**
 * The page's publication date: sources.json wins, then a masthead line; else the most common dateline month-day (a page is one issue),
 * or without dated datelines the latest event the page reports as past or today; the year from the page's cues.
 */
export function resolvePageDate(pageText: string, meta?: SourceMeta): PageDate {
  // A date sources.json gets wrong (2024-13-45) is not taken: the page's own cues decide instead.
  if (meta?.date && /^\d{4}-\d{2}-\d{2}$/.test(meta.date) && validMonthDay(Number(meta.date.slice(5, 7)), Number(meta.date.slice(8, 10))))
    return { date: meta.date, year: Number(meta.date.slice(0, 4)), evidence: `sources.json: ${meta.date}` }

  const masthead = MASTHEAD.exec(pageText)
  if (masthead) {
    const [y, m, d] = [Number(masthead[1]), Number(masthead[2]), Number(masthead[3])]
    if (validMonthDay(m, d)) return { date: iso(y, m, d), year: y, evidence: `masthead: ${masthead[0].trim()}` }
  }

  // A web page's publication stamp near its top: `2023-04-21 16:35:12 来源:…`, `发布时间:2017-4-26`.
  const stamp = PUBLISHED_STAMP.exec(pageText.slice(0, 800))
  if (stamp) {
    const [y, m, d] = stamp[1] ? [Number(stamp[1]), Number(stamp[2]), Number(stamp[3])] : [Number(stamp[4]), Number(stamp[5]), Number(stamp[6])]
    if (validMonthDay(m, d)) return { date: iso(y, m, d), year: y, evidence: `publication stamp: ${stamp[0].trim()}` }
  }

  const lines = datelines(pageText)
  let md: MonthDay | null = null
  let mdEvidence = ''
  let events: EventDate[] = []
  if (lines.length > 0) {
    const counts = new Map<string, { md: MonthDay; n: number; text: string }>()
    for (const d of lines) {
      const k = mdKey(d.md)
      const entry = counts.get(k) ?? { md: d.md, n: 0, text: d.text }
      entry.n++
      counts.set(k, entry)
    }
    const top = Math.max(...[...counts.values()].map((e) => e.n))
    const tied = [...counts.values()].filter((e) => e.n === top)
    md = latestOf(tied.map((e) => e.md))
    const chosen = counts.get(mdKey(md))!
    mdEvidence = `${mdKey(md)} from ${chosen.n} of ${lines.length} dateline(s) (${chosen.text})`
  } else {
    events = pastEventDates(pageText)
    if (events.length > 0) md = latestOf(events.map((e) => e.md))
  }

  const resolved = resolveYearOfPage(pageText, md, lines)
  if (events.length > 0) {
    // Dates stamped with another year are not this news.
    const current = events.filter((e) => e.year === null || resolved.year === null || e.year === resolved.year)
    if (current.length > 0) md = latestOf(current.map((e) => e.md))
    const listed = [...new Set(current.map((e) => mdKey(e.md)))].slice(0, 6).join(', ')
    mdEvidence = `${mdKey(md!)} as the latest event reported as past or today (no dated dateline; ${listed})`
  }
  if (!md) mdEvidence = 'no dateline or dated event'
  const year = resolved.year
  return {
    date: md && year !== null ? iso(year, ...md) : null,
    year,
    evidence: `${mdEvidence}; ${resolved.evidence}`,
  }
}

/** The article's own dateline date in the page's year, or the page date. */
export function resolveArticleDate(articleText: string, page: PageDate): string | null {
  // A dateline opens the body, after the headline and byline; a date-and-电 deep in the text is a quotation.
  const own = datelines(articleText.slice(0, 300))[0]
  if (!own) return page.date
  let year = own.year ?? page.year
  if (year === null) return null
  if (own.year === null && page.date) {
    // A December dateline in a January issue is last year's.
    const ahead = dayOfYear(...own.md) - dayOfYear(monthOfIso(page.date), Number(page.date.slice(8, 10)))
    if (ahead > 31) year--
  }
  return iso(year, ...own.md)
}

/**
 * The date what stands "now" in a story is cited as of: the issue's, which appears a day or two after its datelines
 * (本报3月21日讯 in the issue of 22 March), within the same year (今年 of a 31 December dateline is that year).
 */
export function citedDate(articleDate: string | null, page: PageDate): string | null {
  if (!articleDate || !page.date || page.date <= articleDate || page.date.slice(0, 4) !== articleDate.slice(0, 4)) return articleDate
  return Date.parse(page.date) - Date.parse(articleDate) <= 3 * 86_400_000 ? page.date : articleDate
}

const REVIEW_CUES = [
  // A statistical bulletin or a year's review opens its body with the year it reports: `2023年,全市…`.
  new RegExp(`(?:^|\n)[ \t]*${YEAR4}年(?:[,:]|是|全年|以来|全[市区盟旗县])`),
  // …or a clause of its lead: `回头看,2023年,全市…` (a year standing alone between commas).
  new RegExp(`[,;:—][ \t]*${YEAR4}年,`),
  new RegExp(`${YEAR4}年[^\n。]{0,24}统计公报`),
  new RegExp(`(?:回顾|总结)(?:了)?(?:过去的?)?${YEAR4}年`),
  new RegExp(`${YEAR4}年[^。;]{0,30}?(?:取得|实现|完成)了?[^。;]{0,20}?(?:成效|成绩|成果|进展|突破)`),
]

/**
 * A page that is one year's report: its title names that year's statistical bulletin or economic and social
 * development (2022年某县…统计公报, 2022年…国民经济和社会发展…; the title may wrap onto a second line), or a work report has a
 * section reviewing it (二、2022年回顾, 一、2020年及“十三五”回顾). Such pages are published the next spring or later (and reposted years
 * after), and a table or heading in them splits them into several articles: every part reports that year.
 */
const REPORT_TITLE = new RegExp(`${YEAR4}年[^。;!?]{0,30}?(?:统计公报|国民经济和社会发展(?!规划|计划|第))`)
const REVIEW_SECTION = new RegExp(`(?:^|\n)[ \t]*(?:[一二三四五六七八九十]+[、.]\\s*)?[^\n,;。]{0,12}?${YEAR4}年[^\n,;。\\d]{0,6}?回顾`)
const TITLE_SPAN = 1000

/** A yearbook volume's name alone on the page's first line: `2017卷`, `2009年卷`. */
const YEARBOOK_VOLUME = new RegExp(`^\\s*${YEAR4}年?卷\\s*(?:\n|$)`)

/** The year a page reporting on one past year reports (see REPORT_TITLE), or null. */
export function reportYearOfPage(pageText: string, page: PageDate): number | null {
  // A yearbook's volume (2017卷, its entries' first line) reports the year before it.
  const volume = YEARBOOK_VOLUME.exec(pageText.slice(0, TITLE_SPAN))
  if (volume) return page.year === null || Number(volume[1]) - 1 < page.year ? Number(volume[1]) - 1 : null
  const title = REPORT_TITLE.exec(pageText.slice(0, TITLE_SPAN))
  const section = title ? null : REVIEW_SECTION.exec(pageText)
  const m = title ?? section
  if (!m) return null
  const y = Number(m[1])
  return page.year === null || y < page.year ? y : null
}

/**
 * The year an article's figures talk about. A review published early in 2025 opens with
 * `2023年各项工作取得了新的进展`; its 全年 and 前三季度 are then 2024's. Otherwise the page's year.
 */
export function yearCueOfArticle(articleText: string, page: PageDate): number | null {
  const top = articleText.slice(0, 300)
  // Each cue names a year YYYY年: an opening that names none is read no further.
  if (yearStarts(top).length === 0) return page.year
  for (const re of REVIEW_CUES) {
    const m = re.exec(top)
    if (!m) continue
    const y = Number(m[1])
    if (page.year === null || y < page.year) return y
  }
  return page.year
}
