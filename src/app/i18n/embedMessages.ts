import type { Lang } from './lang.ts'
import { interpolate } from './interpolate.ts'
import type { EmbedNote } from '../url/embed.ts'

/** Texts of the embeds and of the embed dialog; the chart texts themselves come from the app's messages. */
const zh = {
  'embed.loading': '正在加载数据…',
  'embed.error': '数据无法加载：{detail}',
  'embed.open': '在看板中查看',
  'embed.notes': '嵌入参数有误，已改用默认值：',
  'embed.note.unknownOption': '不支持的参数“{name}”',
  'embed.note.badValue': '参数“{name}”的值“{value}”无效',
  'embed.note.badPath': '未知页面“{value}”',
  'embed.note.unknownMetric': '没有指标“{value}”的数字，改为显示{fallback}',
  'embed.empty': '所选地区和时期没有{metric}数字。',
  'embed.noLeague': '所选范围内没有盟市一级的{metric}数字，无法按地区比较。',
  'embed.noData': '数据中还没有任何数字。',
  'embed.growth': '同比',
  'embed.allRegions': '全部地区',
  'embed.allYears': '全部年份',
  'embed.chart.time': '时间趋势',
  'embed.chart.map': '地区分布图',
  'embed.chart.bar': '地区排序',
  'embed.chart.card': '数字卡片',
  'embed.theme.auto': '跟随系统',
  'embed.theme.light': '浅色',
  'embed.theme.dark': '深色',
  'embed.action': '嵌入',
  'embed.actionLabel': '把这张图嵌入其他网页',
  'embed.standalone': '这是离线单文件版（standalone.html），无法生成可用的嵌入代码：嵌入需要放在网站上的副本。请把构建出的 dist/ 整个目录放到网站上，在那里的看板（index.html）中点“嵌入”复制代码。',
  'embed.title': '嵌入图表',
  'embed.close': '关闭',
  'embed.field.chart': '图表',
  'embed.field.metric': '指标',
  'embed.field.region': '地区',
  'embed.field.regionHint': '不选即全部地区；盟市包括其下旗县。',
  'embed.field.from': '起始年份',
  'embed.field.to': '截止年份',
  'embed.field.lang': '语言',
  'embed.field.theme': '配色',
  'embed.field.height': '图表高度（像素）',
  'embed.field.form': '嵌入方式',
  'embed.form.iframe': 'iframe（任何网页）',
  'embed.form.element': '自定义元素 <nmg-chart>',
  'embed.help.iframe': '粘贴到网页中。加载脚本可选：有它时 iframe 的高度随内容自动调整。',
  'embed.help.element': '粘贴到网页中。数据从看板所在网站读取，该网站需允许跨域访问（CORS）。',
  'embed.snippet': '代码',
  'embed.copy': '复制代码',
  'embed.copied': '已复制',
  'embed.preview': '预览',
} as const

export type EmbedMessageKey = keyof typeof zh

const en: Record<EmbedMessageKey, string> = {
  'embed.loading': 'Loading data…',
  'embed.error': 'The data could not be loaded: {detail}',
  'embed.open': 'Open in the dashboard',
  'embed.notes': 'Some embed options were not understood; defaults are used instead:',
  'embed.note.unknownOption': 'unknown option “{name}”',
  'embed.note.badValue': 'invalid value “{value}” for “{name}”',
  'embed.note.badPath': 'unknown page “{value}”',
  'embed.note.unknownMetric': 'no figures for metric “{value}”; showing {fallback}',
  'embed.empty': 'No {metric} figures for the selected regions and period.',
  'embed.noLeague': 'No league-level {metric} figures in this selection to compare by region.',
  'embed.noData': 'The dataset holds no figures yet.',
  'embed.growth': 'Year on year',
  'embed.allRegions': 'All regions',
  'embed.allYears': 'All years',
  'embed.chart.time': 'Over time',
  'embed.chart.map': 'Region map',
  'embed.chart.bar': 'Region ranking',
  'embed.chart.card': 'Figure card',
  'embed.theme.auto': 'Follow the system',
  'embed.theme.light': 'Light',
  'embed.theme.dark': 'Dark',
  'embed.action': 'Embed',
  'embed.actionLabel': 'Embed this chart in another page',
  'embed.standalone': 'This is the offline single-file copy (standalone.html): embedding needs a hosted copy. Put the whole built dist/ folder on a website, open the dashboard there (index.html) and use Embed to copy the code.',
  'embed.title': 'Embed a chart',
  'embed.close': 'Close',
  'embed.field.chart': 'Chart',
  'embed.field.metric': 'Metric',
  'embed.field.region': 'Regions',
  'embed.field.regionHint': 'None selected means all; a league includes its counties.',
  'embed.field.from': 'From year',
  'embed.field.to': 'To year',
  'embed.field.lang': 'Language',
  'embed.field.theme': 'Theme',
  'embed.field.height': 'Chart height (px)',
  'embed.field.form': 'Embed as',
  'embed.form.iframe': 'iframe (any page)',
  'embed.form.element': 'custom element <nmg-chart>',
  'embed.help.iframe': 'Paste into a page. The loader script is optional: with it the iframe’s height follows its content.',
  'embed.help.element': 'Paste into a page. The data is read from the dashboard’s site, which must allow cross-origin requests (CORS).',
  'embed.snippet': 'Code',
  'embed.copy': 'Copy code',
  'embed.copied': 'Copied',
  'embed.preview': 'Preview',
}

const MESSAGES: Record<Lang, Record<EmbedMessageKey, string>> = { zh, en }

export function embedText(lang: Lang, key: EmbedMessageKey, params: Record<string, string | number> = {}): string {
  return interpolate(MESSAGES[lang][key], params, lang)
}

export function noteText(lang: Lang, note: EmbedNote): string {
  switch (note.kind) {
    case 'unknownOption':
      return embedText(lang, 'embed.note.unknownOption', { name: note.name })
    case 'badValue':
      return embedText(lang, 'embed.note.badValue', { name: note.name, value: note.value })
    case 'badPath':
      return embedText(lang, 'embed.note.badPath', { value: note.value })
    case 'unknownMetric':
      return embedText(lang, 'embed.note.unknownMetric', { value: note.value, fallback: note.fallback })
  }
}
