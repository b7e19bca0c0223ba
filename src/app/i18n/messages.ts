import type { Lang } from './lang.ts'

/**
 * The one message catalogue of the dashboard and its embeds, in Chinese and English, and the one `translate`.
 * Keys are namespaced by their first segment: `app`, `nav`, `share`, `about`, `lang`, `theme`, `state`, `kind`,
 * `overview`, `explore`, `region`, `table`, `chart`, `source`, `article` (the views), `search` (the search box
 * and its results), `notes` (route notes: a link the dashboard could not show) and `embed` (the embeds and the
 * embed dialog). Names of metrics and indicators are not here: they come from the dataset (see names.ts).
 * tests/app/i18n/catalogue.test.ts fails on a key no code uses or a message missing in one language.
 */

const zh = {
  'app.title': '内蒙古报刊数据看板',
  'app.short': '报刊数据',
  'app.skip': '跳到正文',
  'app.noScript': '本看板需要浏览器启用 JavaScript。',
  'nav.overview': '概览',
  'nav.explore': '探索',
  'nav.articles': '文章',
  'nav.main': '主导航',
  'nav.about': '关于数据',
  'share.button': '复制链接',
  'share.copied': '链接已复制',
  'share.failed': '无法自动复制，请手动复制：',
  'about.title': '关于数据',
  'about.intro': '看板中的每个数字都从报纸版面的文字中自动提取，并链接回它所在的句子。下面说明提取方法、各项含义及其局限。',
  'about.download': '下载',
  'about.downloadAll': '全部数字（CSV，{count}条）',
  'about.downloadDictionary': '数据字典（CSV）',
  'about.downloadNote': '数值为基本单位（元、吨、千瓦时）；字典列出每个字段、指标、时期类型、单位和地区代码。',
  'about.howTitle': '如何提取',
  'about.how': '程序逐页读取版面文字（自动识别 UTF-8、GB18030 等编码），切分出文章和句子，找出每个数字及其单位和限定词（约、突破、不到），再判断它描述的指标、地区（按 GB/T 2260 代码，细到旗县和口岸）和时期。不是数字的数（电话、日期、年龄、名次）被排除，并注明原因。',
  'about.periodsTitle': '时期类型',
  'about.periods': '只有同类时期的数字才连成一条线：全年与全年、前三季度与前三季度。无法确定年份的数字标为“时间不详”，不会被猜测年份，只出现在表格中。',
  'about.derivedTitle': '推算值',
  'about.derived': '勾选“显示推算的上年值”时，图中空心点由报道的总量和增速推算（总量 ÷ (1 + 增速)），不是报道数字。',
  'about.conflictsTitle': '相互矛盾的报道',
  'about.conflicts': '同一指标、地区、时期出现不同数值时，图中以 ⚠ 标出，来源面板列出各篇报道，由读者判断。',
  'about.coverageTitle': '覆盖范围',
  'about.coverage': '本数据集包含{pages}个版面、{articles}篇文章中的{figures}个数字，涉及{metrics}个指标、{regions}个地区。概览页的“数据覆盖”表按年份列出数量。',
  'about.limitsTitle': '可能遗漏或出错之处',
  'about.limits': '提取依靠规则，不是人工核对：表格和图片中的数字、跨版续接的句子、没有明确指标名称的数字可能被遗漏；指标或地区也可能判断错误。引用前请点击数字查看原文。',
  'lang.switch': 'English',
  'lang.switchLabel': '切换到英文界面',
  'theme.label': '配色',
  'theme.auto': '跟随系统',
  'theme.light': '浅色',
  'theme.dark': '深色',
  'state.loading': '正在加载数据…',
  'state.errorTitle': '数据无法加载',
  'state.errorBody': '看板需要的数据文件缺失或已损坏，因此无法显示图表。',
  'state.errorDetail': '详细信息：{detail}',
  'state.retry': '重试',
  'state.error.network': '无法获取 {path}（{cause}）',
  'state.error.http': '{path} 返回 {status}',
  'state.error.parse': '数据文件不是有效的 JSON（{cause}）',
  'state.error.shard': '数据文件 {path} 不完整或已损坏（{cause}）',
  'state.shardError': '这一视图需要的部分数据无法加载，下面的内容可能不完整。',
  'state.error.notObject': '数据文件不是 JSON 对象',
  'state.error.shape': '数据文件与数据集结构不符（{total}处问题）：{problems}',
  'state.error.shapeMore': '数据文件与数据集结构不符（{total}处问题）：{problems}；……另有{more}处',
  'state.emptyDataset': '数据文件已加载，但其中还没有任何数字。请检查 seeds/ 中的页面是否已经处理。',
  'kind.level': '总量',
  'kind.growth': '增速',
  'kind.share': '占比',
  'kind.target': '目标',
  'overview.title': '概览',
  'overview.intro': '{pages}个版面、{articles}篇文章中提取的{figures}个数字。',
  'overview.latest': '最新',
  'overview.yearEarlier': '上年同期',
  'overview.trend': '{indicator}：历年走势',
  'overview.growth': '同比',
  'overview.also': '另有报道',
  'overview.noFigures': '这些版面没有报道{metric}。',
  'overview.explore': '查看全部{count}个数字',
  'overview.source': '来源',
  'overview.trendNone': '只有一个可比数字，暂无趋势。',
  'overview.otherMetrics': '其他指标',
  'overview.otherNone': '没有其他指标。',
  'overview.metric': '指标',
  'overview.count': '数字',
  'overview.regions': '地区数',
  'overview.latestFigure': '代表数字',
  'overview.coverage': '数据覆盖',
  'overview.coverageIntro': '每格为该指标、地区、年份的数字个数（按时期截止年份）。点击可在探索页查看。',
  'overview.undated': '无日期',
  'overview.region': '地区',
  'overview.conflict': '存在相互矛盾的报道',
  'explore.title': '探索',
  'explore.metrics': '指标',
  'explore.regions': '地区',
  'explore.allRegions': '全部地区',
  'explore.period': '时期',
  'explore.allYears': '全部年份',
  'explore.from': '从',
  'explore.to': '至',
  'explore.basis': '时期类型',
  'explore.view': '视图',
  'explore.view.time': '时间趋势',
  'explore.view.region': '地区对比',
  'explore.view.table': '表格',
  'explore.derived': '显示推算的上年值',
  'explore.derivedNote': '空心点为推算值（总量 ÷ (1 + 增速)），不是报道数字。',
  'explore.reset': '清除筛选',
  'explore.noMetric': '请选择至少一个指标。',
  'explore.emptySelection': '所选{what}中没有数字。',
  'explore.emptyHint': '该指标共有{count}个数字，分布在：{where}。',
  'explore.emptyTryAll': '查看全部地区和年份',
  'explore.breakdown': '部分',
  'explore.breakdownWhole': '总量（不分项）',
  'explore.breakdownAll': '全部分项',
  'explore.undated': '{count}个数字没有日期，无法放在时间轴上，见表格。',
  'explore.narrowed': '{metric}的数字很多：图表按全部年份的线条绘制，列表、表格和地图只读取了{years}年的数字；选择更短的年份范围可查看其他年份的数字。',
  'explore.hiddenLines': '图中画出{shown}条线，另有{count}条未画出：选择地区可画出它们，表格列出全部数字。',
  'explore.figuresInChart': '图中的数字（{count}）',
  'explore.matching': '{count}个数字',
  'explore.selectMetric': '选择指标',
  'explore.selectRegion': '查找地区',
  'explore.skipToChart': '跳到图表',
  'explore.countyNote': '旗县级数字单独列在所属盟市之下，不计入盟市数值。',
  'explore.moreMetrics': '更多指标',
  'region.regionCount': '{count}个地区',
  'region.slice': '比较的数字',
  'region.noLeague': '所选时期没有盟市一级的{metric}数字。',
  'region.province': '全区',
  'region.reports': '（{count}处报道）',
  'region.counties': '旗县级数字',
  'region.outside': '区外地区',
  'region.mapCredit': '地图边界：Apache ECharts 4 内蒙古地图（Apache-2.0 许可，见 NOTICE）。',
  'region.loadingMap': '正在加载地图…',
  'region.mapFailed': '地图无法加载：{detail}',
  'region.otherSlices': '该指标另有{count}个数字属于其他时期或类型，可在上方切换。',
  'region.noData': '无数据',
  'region.tryMetrics': '有盟市一级数字的指标：',
  'table.sortBy': '按{column}排序',
  'table.metric': '指标',
  'table.kind': '类型',
  'table.value': '数值',
  'table.period': '时期',
  'table.region': '地区',
  'table.quote': '原文',
  'table.source': '来源',
  'chart.csv': 'CSV',
  'chart.png': 'PNG',
  'chart.svg': 'SVG',
  'chart.downloadCsv': '下载图中数字（CSV）',
  'chart.downloadPng': '下载图片（PNG）',
  'chart.downloadSvg': '下载矢量图（SVG）',
  'chart.derived': '推算上年值（非报道）',
  'chart.derivedTip': '推算值，非报道：{level} ÷ (1 + {rate})',
  'chart.conflict': '⚠ 与其他报道不一致',
  'chart.logScale': '对数刻度',
  'chart.describeTime': '{metric}的时间趋势图，{count}条序列。',
  'chart.describeSeries': '{name}：{points}。',
  'chart.hiddenLines': '另有{count}条线未画出，见表格。',
  'chart.describeMap': '{metric}（{period}）各盟市分布图：{points}。',
  'chart.describeBar': '{metric}（{period}）各盟市排序：{points}。',
  'chart.describeSpark': '{metric}趋势：{points}。',
  'chart.noDataRegions': '无数据：{regions}。',
  'chart.source': '来源',
  'chart.reports': '{count}条报道',
  'chart.sourceMore': '另有{count}篇报道',
  'chart.link': '看板：{url}',
  'source.title': '来源',
  'source.close': '关闭',
  'source.openArticle': '打开整篇文章',
  'source.figuresInArticle': '本文中的其他数字已标出，点击可切换。',
  'source.conflicts': '相互矛盾的报道',
  'source.conflictIntro': '同一指标、地区和时期，以下报道给出不同数值：',
  'source.notFound': '找不到编号为{id}的数字。',
  'article.notFound': '找不到这篇文章（{id}）。',
  'article.figures': '本文的数字（{count}）',
  'article.noFigures': '本文没有提取到数字。',
  'article.onPage': '同版文章',
  'article.toChart': '在图表中查看',
  'article.continuation': '续接：{markers}',
  'article.pick': '请选择一篇文章：',
  'article.listPages': '文章列表的页',
  'article.listPage': '第{page}页，共{pages}页',
  'article.listPrevious': '上一页',
  'article.listNext': '下一页',
  // The search box and its results.
  'search.label': '搜索',
  'search.placeholder': '搜索数字、地区、文章…（按 / 键）',
  'search.placeholderTouch': '搜索数字、地区、文章…',
  'search.loading': '正在加载搜索索引…',
  'search.error': '搜索暂不可用：{detail}',
  'search.none': '没有找到与“{q}”相关的数字或文章',
  'search.figures': '数字',
  'search.articles': '文章',
  'search.total': '共 {n} 条',
  'search.metric': '指标',
  'search.region': '地区',
  'search.year': '年份',
  'search.clear': '清除筛选',
  'search.keys': '↑ ↓ 选择 · Enter 打开 · Esc 关闭',
  'search.results': '搜索结果',
  'search.didYouMean': '您是不是要找',
  // Route notes: what a link asked for that the dashboard could not show (see url/routeNotes.ts).
  'notes.title': '这个链接中有看板无法识别的部分，已改用默认设置：',
  'notes.page': '没有“{path}”这个页面，已显示概览',
  'notes.param': '看板不使用参数“{written}”，已忽略',
  'notes.malformed': '{param}“{value}”无法识别，{instead}',
  'notes.tooMany': '{param}“{value}”超出数量上限，{instead}',
  'notes.notFound': '这些版面中没有{param}“{value}”的数字，{instead}',
  'notes.undecodable': '{param}“{value}”不是有效的网址编码，按原文使用',
  'notes.ignored': '已忽略',
  'notes.insteadMetric': '改为显示{name}',
  'notes.allRegions': '显示全部地区',
  'notes.allPeriods': '显示全部时期',
  'notes.useDefault': '改用默认值“{name}”',
  'notes.firstSlice': '显示第一组可比数字',
  'notes.descending': '从大到小',
  'notes.dismiss': '知道了',
  'notes.param.metric': '指标',
  'notes.param.breakdown': '部分',
  'notes.param.region': '地区',
  'notes.param.period': '时期',
  'notes.param.basis': '口径',
  'notes.param.view': '视图',
  'notes.param.sort': '排序',
  'notes.param.dir': '排序方向',
  'notes.param.derived': '推算值',
  'notes.param.slice': '比较组',
  'notes.param.fig': '数字',
  'notes.param.q': '搜索词',
  'notes.param.lang': '语言',
  // Embeds (src/embed) and the embed dialog.
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

export type MessageKey = keyof typeof zh


/**
 * The catalogue of each language loaded so far: Chinese always (the default, and every page's first words); English
 * once `messages.en.ts` has been imported, which registers it. A Chinese reader's first view then carries no
 * English strings (a few KB of its first chart's JavaScript); the language switch and a link with `lang=en` load
 * them first (loadMessages), the embeds and the build import them outright.
 */
export const MESSAGES: { zh: Record<MessageKey, string> } & Partial<Record<Lang, Record<MessageKey, string>>> = { zh }

export function registerMessages(lang: Lang, table: Record<MessageKey, string>): void {
  MESSAGES[lang] = table
}

export function hasMessages(lang: Lang): boolean {
  return MESSAGES[lang] !== undefined
}

/** Loads a language's catalogue (once); resolves at once for one already here. */
export function loadMessages(lang: Lang): Promise<void> {
  if (hasMessages(lang)) return Promise.resolve()
  return import('./messages.en.ts').then(() => undefined)
}


export type MessageParams = Record<string, string | number>

const pluralRules = new Map<Lang, Intl.PluralRules>()

function plural(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang)
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en')))
  return rules.select(n)
}

/**
 * Fills a message template: `{name}` with a parameter, and `{name|one|other}` with the form Intl.PluralRules
 * picks for that number (`{count} {count|figure|figures}` → "1 figure", "3 figures"). No template compiler, so
 * nothing to eval under a strict CSP.
 */
export function interpolate(template: string, params: MessageParams, lang: Lang): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
      name in params ? (plural(lang, Number(params[name])) === 'one' ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}

/** Looks a message up and fills its placeholders and plural forms. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = MESSAGES[lang]?.[key] ?? MESSAGES.zh[key] ?? key
  return interpolate(template, params, lang)
}

/** The keys of one namespace, without it: `KeyIn<'search'>` is `'label' | 'placeholder' | …`. */
export type KeyIn<NS extends string> = MessageKey extends infer K ? (K extends `${NS}.${infer Rest}` ? Rest : never) : never

/** `translate` within a namespace, for a component that speaks only its own (the search box: `s('loading')`). */
export function inNamespace<NS extends string>(ns: NS) {
  return (lang: Lang, key: KeyIn<NS>, params: MessageParams = {}): string => translate(lang, `${ns}.${key}` as MessageKey, params)
}

/** Joins list items the way each language does: 、 in Chinese, commas in English. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ')
}

export function listSeparator(lang: Lang): string {
  return lang === 'zh' ? '；' : '; '
}

/** The search box's and results' messages (namespace `search`). */
export const searchText = inNamespace('search')
export type SearchMessageKey = KeyIn<'search'>
