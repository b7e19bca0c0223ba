import type { Figure, FigureKind, Qualifier, Unit } from '../../model/index.ts'
import type { Lang } from '../i18n/lang.ts'

interface UnitName {
  zh: string
  en: string
}

/** How base units read to a Chinese and to an English reader. */
export const UNIT_NAMES: Record<string, UnitName> = {
  CNY: { zh: '元', en: 'yuan' },
  t: { zh: '吨', en: 't' },
  TEU: { zh: '标箱', en: 'TEU' },
  kW: { zh: '千瓦', en: 'kW' },
  kWh: { zh: '千瓦时', en: 'kWh' },
  mu: { zh: '亩', en: 'mu' },
  m2: { zh: '平方米', en: 'm²' },
  km: { zh: '公里', en: 'km' },
  m: { zh: '米', en: 'm' },
  person: { zh: '人', en: 'people' },
  person_time: { zh: '人次', en: 'person-times' },
  household: { zh: '户', en: 'households' },
  vehicle: { zh: '辆', en: 'vehicles' },
  train: { zh: '列', en: 'trains' },
  enterprise: { zh: '家', en: 'enterprises' },
  project: { zh: '个', en: 'projects' },
  item: { zh: '项', en: 'items' },
  head: { zh: '头', en: 'head' },
  jin: { zh: '斤', en: 'jin' },
  m3: { zh: '立方米', en: 'm³' },
  PFLOPS: { zh: 'P', en: 'PFLOPS' },
  km2: { zh: '平方公里', en: 'km²' },
  L: { zh: '升', en: 'L' },
  kVA: { zh: '千伏安', en: 'kVA' },
  tce: { zh: '吨标准煤', en: 'tce' },
  // 货物周转量, 旅客周转量: tonnes or people carried times kilometres.
  tkm: { zh: '吨公里', en: 't·km' },
  pkm: { zh: '人公里', en: 'passenger-km' },
  trip: { zh: '班次', en: 'trips' },
  times: { zh: '倍', en: 'times' },
  USD: { zh: '美元', en: 'US dollars' },
  EUR: { zh: '欧元', en: 'euros' },
  GBP: { zh: '英镑', en: 'pounds' },
  HKD: { zh: '港元', en: 'HK dollars' },
  JPY: { zh: '日元', en: 'yen' },
  RUB: { zh: '卢布', en: 'roubles' },
  MNT: { zh: '图格里克', en: 'tögrög' },
  '%': { zh: '%', en: '%' },
  pp: { zh: '个百分点', en: 'pp' },
}

export function unitName(unit: Unit, lang: Lang): string {
  return UNIT_NAMES[unit]?.[lang] ?? unit
}

export function isRateUnit(unit: Unit): boolean {
  return unit === '%' || unit === 'pp'
}

interface Scale {
  factor: number
  zh: string
  en: string
}

/** Chinese counts in 万 (10⁴) and 亿 (10⁸); English in thousands of millions. */
const ZH_SCALES: Scale[] = [
  { factor: 1e12, zh: '万亿', en: '' },
  { factor: 1e8, zh: '亿', en: '' },
  { factor: 1e4, zh: '万', en: '' },
  { factor: 1, zh: '', en: '' },
]
const EN_SCALES: Scale[] = [
  { factor: 1e12, zh: '', en: ' trillion' },
  { factor: 1e9, zh: '', en: ' billion' },
  { factor: 1e6, zh: '', en: ' million' },
  { factor: 1, zh: '', en: '' },
]

/** Decimals needed to write `x` exactly, or null when more than `max` are needed. */
export function decimalsNeeded(x: number, max: number): number | null {
  for (let d = 0; d <= max; d++) {
    const shifted = x * 10 ** d
    if (Math.abs(shifted - Math.round(shifted)) <= 1e-9 * Math.max(1, Math.abs(shifted))) return d
  }
  return null
}

const numberFormats = new Map<string, Intl.NumberFormat>()

function intlNumber(x: number, decimals: number, lang: Lang): string {
  const key = `${lang}|${decimals}`
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      minimumFractionDigits: 0,
      maximumFractionDigits: decimals,
      useGrouping: lang === 'en',
    })
    numberFormats.set(key, format)
  }
  return format.format(x)
}

/** Adds one to a string of decimal digits: '0999' → '1000', '99' → '100'. */
function incrementDigits(digits: string): string {
  let i = digits.length - 1
  while (i >= 0 && digits[i] === '9') i--
  if (i < 0) return '1' + '0'.repeat(digits.length)
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1)
}

/**
 * `x` with at most `decimals` decimals, trailing zeros dropped, grouped by thousands in English (1,234.5) and not
 * in Chinese (1234.5): what `Intl.NumberFormat` writes for these options, without it. Its first use in a page costs
 * the locale's data, and a chart's labels and tooltips call it thousands of times: measured at 4× CPU throttle,
 * a tenth of the explorer's work before its first chart. Like Intl, it rounds the number as JavaScript writes it
 * (the shortest decimal that reads back as x), half away from zero: 1.005 → 1.01, where `toFixed` gives 1.00.
 * A property test holds the two equal; Intl keeps what is written with an exponent (5e-7, 1e21).
 */
export function writeNumber(x: number, decimals: number, lang: Lang): string {
  const shortest = String(Math.abs(x))
  if (!Number.isFinite(x) || shortest.includes('e')) return intlNumber(x, decimals, lang)
  const dot = shortest.indexOf('.')
  let int = dot < 0 ? shortest : shortest.slice(0, dot)
  let frac = dot < 0 ? '' : shortest.slice(dot + 1)
  if (frac.length > decimals) {
    const up = frac.charCodeAt(decimals) >= 53 // '5'
    frac = frac.slice(0, decimals)
    if (up) {
      const digits = incrementDigits(int + frac)
      int = digits.slice(0, digits.length - decimals)
      frac = digits.slice(digits.length - decimals)
    }
  }
  frac = frac.replace(/0+$/, '')
  if (lang === 'en' && int.length > 3) {
    let grouped = int.slice(0, int.length % 3 || 3)
    for (let i = int.length % 3 || 3; i < int.length; i += 3) grouped += ',' + int.slice(i, i + 3)
    int = grouped
  }
  return (x < 0 || Object.is(x, -0) ? '-' : '') + int + (frac ? '.' + frac : '')
}

/**
 * Picks the largest scale the number is written with cleanly (at most two decimals), as a newspaper would:
 * 3.1e12 → 3.1万亿, 1.2345e11 → 1234.5亿, 250012300 → 25001.23万.
 * `preferred` (a factor, e.g. read from the figure as written) wins when it also writes the number cleanly.
 */
function pickScale(value: number, lang: Lang, preferred?: number): { scale: Scale; decimals: number } {
  const scales = lang === 'zh' ? ZH_SCALES : EN_SCALES
  const abs = Math.abs(value)
  if (preferred && lang === 'zh') {
    const scale = scales.find((s) => s.factor === preferred)
    const decimals = scale ? decimalsNeeded(value / scale.factor, 4) : null
    if (scale && decimals !== null && abs >= scale.factor / 10) return { scale, decimals }
  }
  const candidates = scales.filter((s) => abs >= s.factor)
  for (const scale of candidates) {
    const decimals = decimalsNeeded(value / scale.factor, 2)
    if (decimals !== null) return { scale, decimals }
  }
  const scale = candidates[0] ?? scales[scales.length - 1]
  return { scale, decimals: 2 }
}

export interface AmountOptions {
  /** Scale factor to prefer (1e8 for 亿), e.g. the one the article used. */
  preferredScale?: number
  /** Prefix growth rates with + when positive. */
  signed?: boolean
  /** The unit's name as it should read, in place of the base unit's (台 for a count the data calls `item`). */
  unitText?: string
}

/** A value in base units as a reader expects it: 123450000000 CNY → 1234.5亿元, 4500000 t → 450万吨. */
export function formatAmount(value: number, unit: Unit, lang: Lang, options: AmountOptions = {}): string {
  const sign = options.signed && value > 0 ? '+' : ''
  if (!Number.isFinite(value)) return '—'
  if (isRateUnit(unit)) {
    const decimals = decimalsNeeded(value, 2) ?? 2
    const number = sign + writeNumber(value, decimals, lang)
    if (unit === '%') return number + '%'
    return lang === 'zh' ? number + '个百分点' : `${number} pp`
  }
  const { scale, decimals } = pickScale(value, lang, options.preferredScale)
  const number = sign + writeNumber(value / scale.factor, decimals, lang)
  const name = options.unitText ?? unitName(unit, lang)
  if (lang === 'zh') return number + scale.zh + name
  return name ? `${number}${scale.en} ${name}` : number + scale.en
}

/** Axis tick labels: short, no unit (the axis name carries it). */
export function formatAxisValue(value: number, unit: Unit, lang: Lang): string {
  if (isRateUnit(unit)) return writeNumber(value, 1, lang)
  const scales = lang === 'zh' ? ZH_SCALES : EN_SCALES
  const abs = Math.abs(value)
  const scale = scales.find((s) => abs >= s.factor) ?? scales[scales.length - 1]
  const suffix = lang === 'zh' ? scale.zh : { 1e12: 'T', 1e9: 'B', 1e6: 'M', 1: '' }[scale.factor] ?? ''
  return writeNumber(value / scale.factor, 2, lang) + suffix
}

/**
 * The scale an article wrote a number in: `1234.5亿元` → 1e8, `450万吨` → 1e4, `31250元` → 1; in traditional
 * script too (`2.1萬億元`, `86.4億元`, `120萬噸`: reposts on traditional-script sites), else a value read in 億
 * showed as 8640000000元.
 */
export function scaleOfRaw(raw: string): number | undefined {
  const match = /^[\d.,，]+\s*([万萬][亿億]|[亿億]|[万萬])?/.exec(raw.trim())
  if (!match) return undefined
  const word = match[1]
  if (!word) return 1
  return word.length === 2 ? 1e12 : /[亿億]/.test(word) ? 1e8 : 1e4
}

const QUALIFIER_SYMBOLS: Record<Qualifier, string> = { '=': '', '>=': '≥', '>': '>', '~': '≈', '<': '<', '<=': '≤' }
export const QUALIFIER_WORDS: Record<Qualifier, UnitName> = {
  '=': { zh: '', en: '' },
  '>=': { zh: '不低于', en: 'at least' },
  '>': { zh: '超过', en: 'more than' },
  '~': { zh: '约', en: 'about' },
  '<': { zh: '不到', en: 'less than' },
  '<=': { zh: '最高', en: 'at most' },
}

export function qualifierSymbol(q: Qualifier): string {
  return QUALIFIER_SYMBOLS[q] ?? ''
}

export function qualifierWord(q: Qualifier, lang: Lang): string {
  return QUALIFIER_WORDS[q]?.[lang] ?? ''
}

/**
 * Counts the data keeps in a few base units (台, 个, 种, 所 are all `item`; 户 is `household`): shown with the
 * measure word the article used, so 300台 does not become 300项.
 */
const COUNT_UNITS: ReadonlySet<string> = new Set(['item', 'project', 'enterprise', 'household', 'vehicle', 'train', 'head', 'person'])

/** English for the measure words that say more than the base unit; any other reads as the base unit. */
const MEASURES_EN: Record<string, string> = { 台: 'units', 套: 'sets', 辆: 'vehicles', 家: 'enterprises', 件: 'items', 种: 'kinds', 场: 'events', 所: 'institutions' }

/** Indicators whose 户 are businesses, not households: 中小企业1.2万户. */
const BUSINESS_LABEL = /企业|公司|商户|主体|合作社|工商户/

/** The measure word after the number as written: `300台` → 台, `1.2万余户` → 户; null when none. */
export function measureWord(raw: string): string | null {
  const match = /^[\d.,，]+\s*(?:万亿|亿|万)?(?:余|多)?([\u4e00-\u9fff])/.exec(raw.trim())
  return match ? match[1] : null
}

function countUnitText(figure: Pick<Figure, 'unit' | 'raw'> & { label?: string }, lang: Lang): string | undefined {
  if (!COUNT_UNITS.has(figure.unit)) return undefined
  const written = measureWord(figure.raw)
  if (lang === 'zh') return written ?? undefined
  if (figure.unit === 'household' && figure.label && BUSINESS_LABEL.test(figure.label)) return 'enterprises'
  return written ? MEASURES_EN[written] : undefined
}

function isSigned(kind: FigureKind): boolean {
  return kind === 'growth'
}

/** A figure's value with its qualifier, in the scale the article used when that reads cleanly: `≥3.1万亿元`. */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'kind' | 'raw'> & { label?: string }, lang: Lang): string {
  const amount = formatAmount(figure.value, figure.unit, lang, {
    preferredScale: scaleOfRaw(figure.raw),
    signed: isSigned(figure.kind),
    unitText: countUnitText(figure, lang),
  })
  const symbol = qualifierSymbol(figure.qualifier)
  return symbol ? `${symbol}${lang === 'en' ? ' ' : ''}${amount}` : amount
}
