import type { Figure } from '../../model/index.ts'
import { formatFigureValue, qualifierWord } from '../format/number.ts'
import { breakdownKey, periodType } from '../../series/index.ts'
import { formatPeriod } from '../format/period.ts'
import type { Lang } from '../i18n/lang.ts'

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
export const BOM = '\uFEFF'

export type CsvCell = string | number | null | undefined

/** Text a spreadsheet reads as a plain number (`+63%`, `-2.4`): nothing to guard. */
const PLAIN_NUMBER = /^[+-]?\d[\d,]*(\.\d+)?%?$/

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * Numbers are written as numbers. Only text a spreadsheet would run as a formula (=, +, -, @ first, and not a
 * plain number) gets the guarding apostrophe, so plain values read as written.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  let text = value
  if (/^[=+\-@]/.test(text) && !PLAIN_NUMBER.test(text)) text = "'" + text
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','))
  return BOM + lines.join('\r\n') + '\r\n'
}

export interface FigureCsvNames {
  lang: Lang
  metric: (key: string) => string
  region: (code: string, name: string) => string
  headline: (articleId: string) => string
}

export const CSV_HEADERS: Record<Lang, string[]> = {
  zh: ['编号', '指标代码', '指标', '分项', '口径代码', '类型', '数值', '单位', '限定', '显示值', '时期', '时期类型', '序列时期类型', '起始日', '截止日', '地区代码', '地区', '具体地点', '原文指标', '原文数字', '原文句子', '文章标题', '文件'],
  en: ['id', 'indicator key', 'indicator', 'breakdown', 'family key', 'kind', 'value', 'unit', 'qualifier', 'as displayed', 'period', 'period basis', 'period type', 'start', 'end', 'region code', 'region', 'place', 'label as written', 'number as written', 'quote', 'headline', 'file'],
}

/**
 * The figures behind a chart or table, one row each, values in base units so they can be recomputed. Each row
 * carries its indicator (catalogue key and name, empty for figures of none), its breakdown (`direction=import`)
 * and the period type that decides which line it joins (`ytd:06-30`, empty when it joins none).
 */
export function figuresCsv(figures: readonly Figure[], names: FigureCsvNames): string {
  const { lang } = names
  const rows = figures.map((f) => [
    f.id,
    f.indicator ?? '',
    f.indicator ? names.metric(f.indicator) : '',
    breakdownKey(f.breakdown),
    f.metric,
    f.kind,
    f.value,
    f.unit,
    qualifierWord(f.qualifier, lang),
    formatFigureValue(f, lang),
    formatPeriod(f.period, lang),
    f.period.basis,
    periodType(f.period) ?? '',
    f.period.start,
    f.period.end,
    f.region.code,
    names.region(f.region.code, f.region.name),
    f.place,
    f.label,
    f.raw,
    f.source.quote,
    names.headline(f.source.articleId),
    f.source.file,
  ])
  return toCsv(CSV_HEADERS[lang], rows)
}
