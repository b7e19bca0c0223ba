import type { Period, PeriodBasis } from '../../model/index.ts'
import type { Lang } from '../i18n/lang.ts'

interface YMD {
  y: number
  m: number
  d: number
}

export function parseIsoDate(iso: string | null): YMD | null {
  if (!iso) return null
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return null
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) }
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function isMonthEnd(date: YMD): boolean {
  return date.d === daysInMonth(date.y, date.m)
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const ZH_QUARTERS = ['一', '二', '三', '四']

function ytdLabel(end: YMD, lang: Lang): string {
  const { y, m, d } = end
  if (!isMonthEnd(end)) {
    return lang === 'zh' ? `${y}年初至${m}月${d}日` : `1 Jan–${d} ${EN_MONTHS[m - 1]} ${y}`
  }
  if (lang === 'zh') {
    if (m === 3) return `${y}年一季度`
    if (m === 6) return `${y}年上半年`
    if (m === 9) return `${y}年前三季度`
    if (m === 1) return `${y}年1月`
    return `${y}年1—${m}月`
  }
  if (m === 3) return `Q1 ${y}`
  if (m === 6) return `H1 ${y}`
  if (m === 9) return `Q1–Q3 ${y}`
  if (m === 1) return `Jan ${y}`
  return `Jan–${EN_MONTHS[m - 1]} ${y}`
}

function pointLabel(end: YMD, lang: Lang): string {
  const { y, m, d } = end
  if (lang === 'zh') return isMonthEnd(end) ? `截至${y}年${m}月底` : `截至${y}年${m}月${d}日`
  return isMonthEnd(end) ? `as of end-${EN_MONTHS[m - 1]} ${y}` : `as of ${d} ${EN_MONTHS[m - 1]} ${y}`
}

function spanLabel(start: YMD, end: YMD, lang: Lang): string {
  // 8月19日至25日, 自2月6日以来: days within a year, which whole months would misstate.
  if (start.y === end.y && (start.d !== 1 || !isMonthEnd(end))) {
    if (lang === 'zh') return start.m === end.m && start.d === end.d ? `${start.y}年${start.m}月${start.d}日` : `${start.y}年${start.m}月${start.d}日—${end.m}月${end.d}日`
    return start.m === end.m && start.d === end.d ? `${start.d} ${EN_MONTHS[start.m - 1]} ${start.y}` : `${start.d} ${EN_MONTHS[start.m - 1]}–${end.d} ${EN_MONTHS[end.m - 1]} ${end.y}`
  }
  if (start.y === end.y) {
    return lang === 'zh' ? `${start.y}年${start.m}—${end.m}月` : `${EN_MONTHS[start.m - 1]}–${EN_MONTHS[end.m - 1]} ${end.y}`
  }
  return lang === 'zh' ? `${start.y}—${end.y}年` : `${start.y}–${end.y}`
}

/** A period as a reader writes it: `2024年前三季度`, `2024年1—8月`, `截至2024年8月底`; English `Q1–Q3 2024`. */
export function formatPeriod(period: Period, lang: Lang): string {
  const start = parseIsoDate(period.start)
  const end = parseIsoDate(period.end)
  const fallback = period.phrase || (lang === 'zh' ? '时间不详' : 'date not given')
  switch (period.basis) {
    case 'year':
      if (end) return lang === 'zh' ? `${end.y}年` : String(end.y)
      return start ? (lang === 'zh' ? `${start.y}年` : String(start.y)) : fallback
    case 'ytd':
      return end ? ytdLabel(end, lang) : fallback
    case 'quarter': {
      if (!end) return fallback
      const q = Math.ceil(end.m / 3)
      return lang === 'zh' ? `${end.y}年${ZH_QUARTERS[q - 1]}季度` : `Q${q} ${end.y}`
    }
    case 'month':
      if (!end) return fallback
      return lang === 'zh' ? `${end.y}年${end.m}月` : `${EN_MONTHS[end.m - 1]} ${end.y}`
    case 'point':
      return end ? pointLabel(end, lang) : fallback
    case 'span':
      return start && end ? spanLabel(start, end, lang) : fallback
    default:
      return fallback
  }
}

export const BASIS_NAMES: Record<PeriodBasis, { zh: string; en: string }> = {
  year: { zh: '全年', en: 'full year' },
  ytd: { zh: '年内累计', en: 'year to date' },
  quarter: { zh: '单季', en: 'quarter' },
  month: { zh: '单月', en: 'month' },
  point: { zh: '时点存量', en: 'stock at date' },
  span: { zh: '跨年度累计', en: 'multi-year' },
  unknown: { zh: '时间不详', en: 'undated' },
}

export function basisName(basis: PeriodBasis, lang: Lang): string {
  return BASIS_NAMES[basis]?.[lang] ?? basis
}

/** Identity of a period: two figures with the same key cover exactly the same time. */
export function periodKey(period: Period): string {
  return `${period.basis}|${period.start ?? ''}|${period.end ?? ''}`
}

/**
 * Which figures may share one line: full years with full years, January-to-September with
 * January-to-September, single months with single months. Different classes are never joined.
 * Returns null for periods that cannot be placed on a time axis.
 */
export function comparabilityClass(period: Period): string | null {
  const end = parseIsoDate(period.end)
  switch (period.basis) {
    case 'year':
    case 'quarter':
    case 'month':
    case 'point':
      return end ? period.basis : null
    case 'ytd':
      return end ? `ytd:${period.end!.slice(5)}` : null
    case 'span':
      return end && period.start ? `span:${period.start}:${period.end}` : null
    default:
      return null
  }
}

/** Name of a comparability class for legends: `前三季度累计`, `1—8月累计`, `全年`. */
export function comparabilityName(cls: string, lang: Lang): string {
  if (cls.startsWith('ytd:')) {
    const [mm, dd] = cls.slice(4).split('-').map(Number)
    const end = { y: 2001, m: mm, d: dd }
    if (!isMonthEnd(end)) return lang === 'zh' ? `年初至${mm}月${dd}日累计` : `1 Jan–${dd} ${EN_MONTHS[mm - 1]}, cumulative`
    if (lang === 'zh') {
      const name = mm === 3 ? '一季度' : mm === 6 ? '上半年' : mm === 9 ? '前三季度' : mm === 1 ? '1月' : `1—${mm}月`
      return `${name}累计`
    }
    const name = mm === 3 ? 'Q1' : mm === 6 ? 'H1' : mm === 9 ? 'Q1–Q3' : mm === 1 ? 'Jan' : `Jan–${EN_MONTHS[mm - 1]}`
    return `${name}, cumulative`
  }
  if (cls.startsWith('span:')) {
    const [, s, e] = cls.split(':')
    const start = parseIsoDate(s)
    const end = parseIsoDate(e)
    return start && end ? spanLabel(start, end, lang) : basisName('span', lang)
  }
  return basisName(cls as PeriodBasis, lang)
}

/** Calendar years a period touches, or null when undated. */
export function periodYears(period: Period): [number, number] | null {
  const start = parseIsoDate(period.start)
  const end = parseIsoDate(period.end)
  if (!start && !end) return null
  return [(start ?? end)!.y, (end ?? start)!.y]
}

/** The same period one year earlier (for the implied prior-year figure). */
export function shiftPeriodYears(period: Period, years: number): Period {
  const shift = (iso: string | null) => {
    const date = parseIsoDate(iso)
    if (!date) return iso
    const y = date.y + years
    const d = isMonthEnd(date) ? daysInMonth(y, date.m) : Math.min(date.d, daysInMonth(y, date.m))
    return `${String(y).padStart(4, '0')}-${String(date.m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  }
  return { ...period, start: shift(period.start), end: shift(period.end), phrase: '' }
}
