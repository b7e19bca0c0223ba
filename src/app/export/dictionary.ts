import type { Dataset, FigureKind, MetricInfo } from '../../model/index.ts'
import { BASIS_NAMES } from '../format/period.ts'
import { QUALIFIER_WORDS, UNIT_NAMES } from '../format/number.ts'
import type { Lang } from '../i18n/lang.ts'
import { translate } from '../i18n/messages.ts'
import { CSV_HEADERS, toCsv, type CsvCell } from './csv.ts'

/** What each column of the figures CSV holds, in both languages (the column order of CSV_HEADERS). */
const FIELD_NOTES: [zh: string, en: string][] = [
  ['数字的编号：文件名:位置，同一输入不变', 'figure id: <file>:<offset>, stable for the same input'],
  ['指标代码（见下方指标表；不属于任何指标的数字为空）', 'indicator key (see the indicators below; empty for figures of none)'],
  ['指标名称', 'indicator name'],
  ['分项（如 direction=import；空白为总数）', 'breakdown (e.g. direction=import; empty for the whole)'],
  ['口径代码（指标所属的大类，见下方口径表）', 'family key (the metric family of the figure, see the metrics below)'],
  ['类型：总量、增速、占比、目标', 'kind: level, growth, share, target'],
  ['数值，基本单位（元、吨、千瓦时……；百分数 63 表示 63%）', 'value in base units (yuan, tonnes, kWh…; 63 means 63%)'],
  ['基本单位代码（见下方单位表）', 'base unit code (see the units below)'],
  ['限定：不低于、超过、约、不到、最高；空白为确切值', 'qualifier: at least, more than, about, less than, at most; empty when exact'],
  ['看板显示的数值', 'the value as the dashboard shows it'],
  ['时期（按看板的写法）', 'period, as the dashboard writes it'],
  ['时期类型代码（见下方时期类型表）', 'period basis code (see the period types below)'],
  ['序列时期类型（决定数字连成哪条线，如 ytd:06-30；不连线时为空）', 'period type deciding which line the figure joins (e.g. ytd:06-30; empty when it joins none)'],
  ['时期起始日（ISO 日期，可为空）', 'first day of the period (ISO date, may be empty)'],
  ['时期截止日（ISO 日期，可为空）', 'last day of the period (ISO date, may be empty)'],
  ['地区代码（GB/T 2260 六位代码；150000 为全区，100000 为全国）', 'region code (GB/T 2260; 150000 Inner Mongolia, 100000 China)'],
  ['地区名称', 'region name'],
  ['原文中更具体的地点（口岸、园区、镇）', 'a finer place the text names (port, park, town)'],
  ['原文中的指标写法', 'the indicator as written'],
  ['原文中的数字及单位', 'the number as written, with its unit'],
  ['数字所在的原文句子', 'the sentence the number comes from'],
  ['文章标题', 'headline of the article'],
  ['来源文件', 'source file'],
]

const KINDS: FigureKind[] = ['level', 'growth', 'share', 'target']

/**
 * The data dictionary beside the whole-dataset CSV: one row per field, metric, kind, period type, unit,
 * qualifier and region, with its code, Chinese and English names and a note. A CSV too, so it opens where the
 * data does.
 */
export function dataDictionaryCsv(dataset: Dataset, lang: Lang, regionEnglish: (code: string, name: string) => string): string {
  const rows: CsvCell[][] = []
  const section = (zh: string, en: string) => (lang === 'zh' ? zh : en)
  CSV_HEADERS.zh.forEach((zh, i) => rows.push([section('字段', 'field'), CSV_HEADERS.en[i], zh, CSV_HEADERS.en[i], FIELD_NOTES[i][lang === 'zh' ? 0 : 1]]))
  const counts = new Map<string, number>()
  for (const f of dataset.figures) counts.set(f.metric, (counts.get(f.metric) ?? 0) + 1)
  for (const m of dataset.metrics as MetricInfo[]) {
    rows.push([section('口径', 'metric'), m.key, m.zh, m.en, translate(lang, 'explore.matching', { count: counts.get(m.key) ?? 0 })])
  }
  const byIndicator = new Map<string, number>()
  for (const f of dataset.figures) if (f.indicator) byIndicator.set(f.indicator, (byIndicator.get(f.indicator) ?? 0) + 1)
  for (const i of dataset.indicators ?? []) {
    rows.push([section('指标', 'indicator'), i.key, i.zh, i.en, translate(lang, 'explore.matching', { count: byIndicator.get(i.key) ?? 0 })])
  }
  for (const k of KINDS) rows.push([section('类型', 'kind'), k, translate('zh', `kind.${k}`), translate('en', `kind.${k}`), ''])
  for (const [code, names] of Object.entries(BASIS_NAMES)) rows.push([section('时期类型', 'period basis'), code, names.zh, names.en, ''])
  for (const [code, names] of Object.entries(UNIT_NAMES)) rows.push([section('单位', 'unit'), code, names.zh, names.en, ''])
  // The CSV writes qualifiers as words (never a bare `=` a spreadsheet would take for a formula).
  for (const names of Object.values(QUALIFIER_WORDS)) {
    rows.push([section('限定', 'qualifier'), names.en || 'exact', names.zh || '确切值', names.en || 'exact', ''])
  }
  const regions = new Map<string, string>()
  for (const f of dataset.figures) regions.set(f.region.code, f.region.name)
  for (const [code, name] of [...regions].sort(([a], [b]) => a.localeCompare(b))) {
    rows.push([section('地区', 'region'), code, name, regionEnglish(code, name), ''])
  }
  const header = lang === 'zh' ? ['类别', '代码', '中文', 'English', '说明'] : ['section', 'code', 'Chinese', 'English', 'note']
  return toCsv(header, rows)
}
