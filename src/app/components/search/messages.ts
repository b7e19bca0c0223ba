import { interpolate } from '../../i18n/interpolate.ts'
import type { Lang } from '../../i18n/lang.ts'

/** The search box's own strings, kept beside it so the box can change without touching the app's catalogue. */
const zh = {
  label: '搜索',
  placeholder: '搜索数字、地区、文章…（按 / 键）',
  placeholderTouch: '搜索数字、地区、文章…',
  loading: '正在加载搜索索引…',
  error: '搜索暂不可用：{detail}',
  none: '没有找到与“{q}”相关的数字或文章',
  figures: '数字',
  articles: '文章',
  total: '共 {n} 条',
  more: '另有 {n} 条，可用下方筛选缩小范围',
  metric: '指标',
  region: '地区',
  year: '年份',
  clear: '清除筛选',
  keys: '↑ ↓ 选择 · Enter 打开 · Esc 关闭',
  results: '搜索结果',
  didYouMean: '您是不是要找',
}
type SearchMessages = typeof zh

const en: SearchMessages = {
  label: 'Search',
  placeholder: 'Search figures, regions, articles… (press /)',
  placeholderTouch: 'Search figures, regions, articles…',
  loading: 'Loading the search index…',
  error: 'Search is unavailable: {detail}',
  none: 'No figures or articles match “{q}”',
  figures: 'Figures',
  articles: 'Articles',
  total: '{n} in all',
  more: '{n} more: narrow them down with the filters',
  metric: 'Indicator',
  region: 'Region',
  year: 'Year',
  clear: 'Clear filters',
  keys: '↑ ↓ select · Enter open · Esc close',
  results: 'Search results',
  didYouMean: 'Did you mean',
}

export type SearchMessageKey = keyof SearchMessages

export function searchText(lang: Lang, key: SearchMessageKey, params: Record<string, string | number> = {}): string {
  return interpolate((lang === 'en' ? en : zh)[key], params, lang)
}
