import { cellTables, isTableLine } from './tables.ts'
import type { TextView } from './text.ts'
import { AGENCY } from './lexicon/datelines.ts'
import { LOCATION_BAR, METADATA_LINE, PICTURE_NOTE, POSTING_TIME, SITE_LABELS, TITLE_FIELD } from './lexicon/chrome.ts'
import { BULLETIN_SECTIONS } from './lexicon/sections.ts'

/**
 * One article of a page. Offsets are positions in `page.text` (normalized coordinates).
 * `start..end` covers the headline block through the end of the body; `bodyStart..bodyEnd` is the body alone.
 * They differ when the layout printed the headline and byline after the body (see `splitArticles`).
 */
export interface ArticleSpan {
  headline: string
  /** A second headline line (kicker above or subtitle below the main line), or ''. */
  kicker: string
  byline: string
  /** `本报5月6日讯(记者 章奎)`, `新华社北京10月20日电` … or ''. */
  dateline: string
  start: number
  end: number
  bodyStart: number
  /** End of the body text (≤ end): headline lines printed after the body lie between bodyEnd and end. */
  bodyEnd: number
  /** `上接第1版`, `下转第5版` … as found in the article. */
  continuation: string[]
}

/** A paragraph of body text with column breaks joined; `start`/`end` are page.text positions. */
export interface Paragraph extends TextView {
  index: number
  start: number
  end: number
}

/** A sentence of body text; `paragraph` is the index of its paragraph among those of the same call. */
export interface Sentence extends TextView {
  paragraph: number
  start: number
  end: number
}

type LineKind = 'heading' | 'headline' | 'byline' | 'credit' | 'trailer' | 'marker' | 'table' | 'body'

interface Line {
  /** Trimmed bounds in page.text. */
  start: number
  end: number
  text: string
  /** A blank line (or the page start) precedes this line. */
  blankBefore: boolean
  kind: LineKind
}

const HAN = /[\u4e00-\u9fff]/
const PARAGRAPH_END = '。!?！？;；:：…'
const CLOSERS = '”’」』)）》"\''
const CONTINUATION = /(?:■\s*)?[(（]?(?:上接|下转|紧接|转接)第\s*[0-9一二三四五六七八九十]+\s*版[)）]?|(?:■\s*|[(（])(?:接|转|续)第\s*[0-9一二三四五六七八九十]+\s*版[)）]?/g
const DATELINE = new RegExp(`^${AGENCY}(?:[\\u4e00-\\u9fff]{0,8}?\\d{1,2}月\\d{1,2}日)?(?:讯|电)(?:\\s*[(（][^()（）]{1,40}[)）])?`)
const BULLET_BYLINE = /^[□●■◆◇▲△★☆○◎▪•]\s*\S/
/** `■ 综合`, `◆ 农业`: a bullet before a bulletin's section, which is no author's name. */
const BULLET_SECTION = new RegExp(`^[□●■◆◇▲△★☆○◎▪•]\\s*(?:${BULLETIN_SECTIONS.join('|')})$`)
const REPORTER_BYLINE = /^(?:(?:本报|新华社|特约|见习|实习|首席|融媒)*(?:记者|通讯员|评论员|撰稿人?)|(?:文|图|文\/图|图\/文|文图)\s*[/:|])\s*[\u4e00-\u9fff]/
const PHOTO_CREDIT = /(?:^|\s|\/)(?:摄|摄影)$/
const TRAILER_BODY =
  '(?:[\\u4e00-\\u9fff·]{2,8}(?:\\s+[\\u4e00-\\u9fff·]{2,8}){0,3}|完|(?:来源|稿源|据|摘自|转自|综合)[^()（）]{1,30}|(?:本报)?(?:记者|通讯员|作者)[^()（）]{1,20})'
const TRAILER_LINE = new RegExp(`^[(（]${TRAILER_BODY}[)）]$`)
const TRAILER_AT_END = new RegExp(`(?<=[。!?！？”’])\\s*[(（]${TRAILER_BODY}[)）]$`)
const CONTINUATION_AT_END = new RegExp(`(?:${CONTINUATION.source})$`)
const NOTE = /^(?:备注|注|说明|资料来源|数据来源|来源|图为|图片|制图|编辑|责编|责任编辑|校对|审核)\s*[:：]/
/** A site's label after an article (相关阅读, 推荐文章, 网友评论, 版权所有): what follows is not the article's. */
const PAGE_CHROME =
  /^[[【(（]?\s*(?:相关|相關|推荐|推薦|延伸|热点|熱點|热门|熱門|猜你|更多|精彩|网友|網友|发表|發表|评论|評論|往期|上一篇|下一篇|版权|版權|免责|免責|声明|聲明|转载|轉載|责任编辑|責任編輯|责编|責編|编辑|編輯|返回|分享|打印|关闭|關閉|扫一扫|掃一掃)/
const COLON_SUBHEAD = /^[\u4e00-\u9fff]{2}[:：]/
const ORDINAL_SUBHEAD = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、](?!\d))/
const PERSON_NAME = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10})$/
const JOB_TITLE = /书记|主任|部长|主席|市长|县长|旗长|盟长|局长|厅长|院长|校长|教授|研究员|委员|经理|董事长|总裁|代表|专家|学者/

// Cheap tests that let most lines skip the marker and trailer regexes: every continuation marker holds 版,
// and a trailer or marker at the end of a line ends in 版 or a closing parenthesis.
const hasMarker = (text: string) => text.includes('版')
const endsInParen = (text: string) => {
  const c = text.charCodeAt(text.length - 1)
  return c === 0x29 || c === 0xff09
}
const endsInMarker = (text: string) => endsInParen(text) || text.charCodeAt(text.length - 1) === 0x7248

/**
 * Splits a page into articles. Every non-blank line belongs to exactly one article, in page order.
 *
 * A header block is a run of headline lines (`## ` headings or short lines without sentence punctuation)
 * and bylines; a byline closes a header group, so `headline / byline / headline / byline / body` holds two
 * groups. The last group of a run heads the body that follows. An earlier group has no body of its own:
 * newspapers sometimes print a headline and byline after their text, so such a group is taken as the
 * header of the article just before it when that article has no byline (its own headline, usually a
 * column label like `红旗在草原深处飘扬`, becomes the kicker unless the group brings one). Otherwise
 * it stands as an article with an empty body.
 *
 * Without a headline, a new article still starts at a dateline (`本报…讯`), at a `上接第N版` marker, and
 * after a photo credit (`本报记者 X 摄`), a closing author mark (`(侯丽媛)`) or a `下转第N版` marker,
 * so captions and short items never swallow what follows.
 */
export function splitArticles(page: TextView): ArticleSpan[] {
  const lines = classifyLines(page.text, 0, page.text.length, true)
  const articles: ArticleSpan[] = []
  let current: ArticleSpan | null = null
  let hasBody = false
  /** The open article's body holds a paragraph of prose, not only a site's navigation or a date line. */
  let hasProse = false
  let closed = false
  let run: Line[] = []

  const open = (header: Header | null, first: Line): ArticleSpan => {
    const article: ArticleSpan = {
      headline: header?.headline ?? '',
      kicker: header?.kicker ?? '',
      byline: header?.byline ?? '',
      dateline: '',
      start: header ? header.start : first.start,
      end: first.end,
      bodyStart: first.start,
      bodyEnd: first.start,
      continuation: [],
    }
    articles.push(article)
    current = article
    hasBody = false
    hasProse = false
    closed = false
    return article
  }

  const attachOrphan = (group: Line[]) => {
    const header = readHeader(group)
    const target = current as ArticleSpan | null
    if (target && target.byline === '' && (header.byline !== '' || target.headline === '' || header.headline === '')) {
      if (header.headline !== '') {
        target.kicker = header.kicker || target.headline
        target.headline = header.headline
      }
      if (header.byline !== '') target.byline = header.byline
      target.end = header.end
      closed = true
      return
    }
    const article = open(header, group[group.length - 1])
    article.bodyStart = article.bodyEnd = article.end = header.end
    closed = true
  }

  const flushRun = (firstBody: Line | null) => {
    if (run.length === 0) return
    const groups = headerGroups(run)
    run = []
    const last = firstBody ? groups.pop() : undefined
    for (const group of groups) attachOrphan(group)
    if (last && firstBody) open(readHeader(last, firstBody), firstBody)
  }

  const addBody = (line: Line) => {
    const article = current as ArticleSpan
    if (!hasBody) {
      article.bodyStart = line.start
      const dateline = DATELINE.exec(line.text)
      if (dateline) article.dateline = dateline[0]
    }
    hasBody = true
    if (!hasProse && isProse(line.text)) hasProse = true
    article.bodyEnd = article.end = line.end
    if (hasMarker(line.text)) for (const m of line.text.matchAll(CONTINUATION)) article.continuation.push(continuationLabel(m[0]))
    const trailer = endsInParen(line.text) ? TRAILER_AT_END.exec(line.text) : null
    if (trailer && article.byline === '') article.byline = trailer[0].trim()
    if (endsWithForwardMarker(line.text) || trailer || line.kind === 'trailer') closed = true
  }

  /**
   * On a page of one article (a web repost, a report, a feature: fewer than three datelines, bylines, credits and
   * closing author marks in all), a single title line after a paragraph of the open article's prose, before one
   * that is no dateline or `上接` marker, and no site label (相关阅读), is a sub-heading (分旗县推进情况,
   * 产业发展提速): the article keeps its headline, place and period. An e-paper page holds several articles, each
   * headed by a title line alone as often as not.
   */
  const onePiece = articleSignals(lines) < 3
  const isSubheading = (header: Line[], next: Line): boolean =>
    onePiece &&
    current !== null &&
    hasProse &&
    !closed &&
    header.length === 1 &&
    header[0].kind === 'headline' &&
    !PAGE_CHROME.test(header[0].text) &&
    !DATELINE.test(next.text) &&
    !startsWithBackwardMarker(next.text)

  for (const line of lines) {
    const kind = line.kind
    if (kind === 'credit' && run.length === 0 && current && hasBody && !closed) {
      const article = current as ArticleSpan
      article.byline = article.byline ? `${article.byline} ${line.text}` : line.text
      article.end = line.end
      closed = true
      continue
    }
    if (kind === 'heading' || kind === 'headline' || kind === 'byline' || kind === 'credit') {
      run.push(line)
      continue
    }
    if (kind === 'trailer' && run.length === 0 && current) {
      const article = current as ArticleSpan
      if (article.byline === '') article.byline = line.text
      article.end = line.end
      closed = true
      continue
    }
    if (run.length > 0 && isSubheading(run, line)) {
      addBody(run[0])
      run = []
    } else if (run.length > 0) {
      flushRun(line)
    } else if (
      !current ||
      closed ||
      (hasBody && (DATELINE.test(line.text) || startsWithBackwardMarker(line.text)))
    ) {
      open(null, line)
    }
    addBody(line)
  }
  flushRun(null)
  return articles
}

/** A paragraph of running text: sentences, not a menu, a date or a caption. */
function isProse(text: string): boolean {
  return text.length >= 20 && /[。！？]/.test(text)
}

/** Lines that mark where an article starts or ends: datelines, bylines, photo credits, closing author marks. */
function articleSignals(lines: Line[]): number {
  let n = 0
  for (const l of lines) {
    if (l.kind === 'byline' || l.kind === 'credit' || l.kind === 'trailer' || DATELINE.test(l.text)) n++
    else if (l.kind === 'body' && endsInParen(l.text) && TRAILER_AT_END.test(l.text)) n++
  }
  return n
}

interface Header {
  headline: string
  kicker: string
  byline: string
  start: number
  end: number
}

/** Splits a run of header lines into groups: a byline closes a group, a `##` heading opens one. */
function headerGroups(run: Line[]): Line[][] {
  const groups: Line[][] = []
  let group: Line[] = []
  for (const line of run) {
    const hasByline = group.some((l) => l.kind === 'byline' || l.kind === 'credit')
    const hasHeading = group.some((l) => l.kind === 'heading')
    const isTitle = line.kind === 'heading' || line.kind === 'headline'
    if (group.length > 0 && isTitle && (hasByline || (line.kind === 'heading' && hasHeading))) {
      groups.push(group)
      group = []
    }
    group.push(line)
  }
  if (group.length > 0) groups.push(group)
  // More than three title lines in one group: the leading extras are labels without a body.
  const out: Line[][] = []
  for (const g of groups) {
    let titles = g.filter((l) => l.kind === 'heading' || l.kind === 'headline').length
    let rest = g
    while (titles > 3) {
      out.push([rest[0]])
      rest = rest.slice(1)
      titles--
    }
    out.push(rest)
  }
  return out
}

/** A title line's words: a heading's without its numbering. */
function titleText(l: Line): string {
  const text = l.kind === 'heading' ? headingText(l.text) : l.text
  return TITLE_FIELD.exec(text)?.[1] ?? text
}

const SITE_LABEL_SET: ReadonlySet<string> = new Set(SITE_LABELS)

/**
 * A title-shaped line that is the site's, not the article's (lexicon/chrome.ts): its widgets and e-paper controls
 * (`往期回顾`, `当前版:03版 下一版`), metadata (`发布日期:…`, `[责任编辑 某某]`), a location bar or a posting time.
 * It names no article, so it is never taken for a headline or kicker.
 */
function isSiteChrome(text: string): boolean {
  const bare = text.replace(/^[[【(（]\s*|\s*[\]】)）]$/g, '').trim()
  const tokens = bare.split(/\s+/).filter(Boolean)
  if (tokens.length > 0 && tokens.every((t) => SITE_LABEL_SET.has(t) || /^当前版[:：]?\S{0,6}版$/.test(t))) return true
  return METADATA_LINE.test(text) || LOCATION_BAR.test(text) || POSTING_TIME.test(text)
}

/** The header of a group of title-like lines; `next` is the line after it (the body's first), when known. */
function readHeader(group: Line[], next?: Line): Header {
  const titles = group.filter((l) => (l.kind === 'heading' || l.kind === 'headline') && !isSiteChrome(titleText(l)))
  const bylines = group.filter((l) => l.kind === 'byline' || l.kind === 'credit').map((l) => l.text)
  let main = 0
  const heading = titles.findIndex((l) => l.kind === 'heading')
  const posted = titles.findIndex((l) => postedRightAfter(group, l, next) && !isSubtitle(l.text))
  if (heading >= 0) main = heading
  // A site's name or slogan above, the title then its posting line (`责任编辑:某某 2017-09-13`, `来源:…`): the line
  // the posting line follows is the title.
  else if (titles.length > 1 && posted >= 0) main = posted
  else if (titles.length === 2) main = secondIsMain(titles[0], titles[1]) ? 1 : 0
  else if (titles.length === 3) main = 1
  // Lines set apart above such a title are the site's (its name, its slogan), no kicker; one printed right above is.
  const kickers = titles.filter((l, i) => i !== main && (main !== posted || heading >= 0 || (i === main - 1 && !titles[main].blankBefore) || i > main))
  return {
    headline: titles.length ? titleText(titles[main]) : '',
    kicker: kickers.map(titleText).join(' '),
    byline: bylines.join(' '),
    start: group[0].start,
    end: group[group.length - 1].end,
  }
}

/** Whether the line after `title` (in its group, else the body's first) is a posting line (its time, source or editor). */
function postedRightAfter(group: Line[], title: Line, after?: Line): boolean {
  const next = group[group.indexOf(title) + 1] ?? after
  return next !== undefined && (METADATA_LINE.test(next.text) || POSTING_TIME.test(next.text))
}

/**
 * Two headline lines: a `——` line is a subtitle; a short first line (`截至8月底`, `志愿服务在身边`) or one
 * printed directly above the second (no blank line between) is a kicker; otherwise the second is a subtitle.
 */
function secondIsMain(first: Line, second: Line): boolean {
  if (isSubtitle(second.text)) return false
  if (visibleLength(first.text) <= 8 || /[:：]$/.test(first.text)) return true
  return !second.blankBefore
}

function isSubtitle(text: string): boolean {
  return /^[—─-]/.test(text)
}

function headingText(text: string): string {
  return text.replace(/^#+\s*/, '').trim()
}

function visibleLength(text: string): number {
  return text.replace(/\s/g, '').length
}

function continuationLabel(marker: string): string {
  return marker.replace(/[■()（）\s]/g, '')
}

function endsWithForwardMarker(text: string): boolean {
  // The regex is tried at every position of the line; every marker holds 版, which most lines lack.
  if (!hasMarker(text)) return false
  const m = /(?:(?:■\s*)?[(（]?(?:下转|转接)|(?:■\s*|[(（])转)第\s*[0-9一二三四五六七八九十]+\s*版[)）]?\s*$/.exec(text)
  return m !== null
}

function startsWithBackwardMarker(text: string): boolean {
  return /^(?:■\s*)?[(（]?(?:上接|紧接)第|^(?:■\s*|[(（])(?:接|续)第/.test(text)
}

/** Splits [from, to) into trimmed non-blank lines and classifies them; `pageContext` adds the page-level rules. */
function classifyLines(text: string, from: number, to: number, pageContext: boolean): Line[] {
  const lines: Line[] = []
  let blank = true
  let i = from
  while (i < to) {
    let lineEnd = text.indexOf('\n', i)
    if (lineEnd < 0 || lineEnd > to) lineEnd = to
    let s = i
    let e = lineEnd
    while (s < e && isSpace(text.charCodeAt(s))) s++
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--
    if (e > s) {
      const lineText = text.slice(s, e)
      lines.push({ start: s, end: e, text: lineText, blankBefore: blank, kind: shapeOfLine(text, s, e, lineText) })
      blank = false
    } else {
      blank = true
    }
    i = lineEnd + 1
  }
  // A table printed one cell per line (单位 / 甲县 / 乙县 / 地区生产总值 / 万元 / 583120 / …): its column heads and labels
  // are cells, not headlines that would start articles.
  if (text.includes('单位', from) && lines.some((l) => l.text === '单位' || l.text === '计量单位')) {
    for (const t of cellTables(lines.map((l) => l.text))) for (let k = t.head; k <= t.last; k++) lines[k].kind = 'table'
  }
  // A short label between rows of a table (主要工业产品产量) is a row of it, not a headline.
  for (let k = 1; k + 1 < lines.length; k++) {
    if (lines[k].kind === 'headline' && lines[k - 1].kind === 'table' && lines[k + 1].kind === 'table' && !/\d/.test(lines[k].text)) lines[k].kind = 'table'
  }
  if (pageContext) applyPageContext(lines)
  return lines
}

/**
 * The shapes of the lines of the text last split, by where each starts: a page is split into articles, then each
 * article's body into paragraphs, and both passes read the same lines with the same regexes.
 */
let knownShapes: { text: string; starts: Map<number, { end: number; kind: LineKind }> } | null = null

function shapeOfLine(text: string, start: number, end: number, lineText: string): LineKind {
  if (knownShapes === null || knownShapes.text !== text) knownShapes = { text, starts: new Map() }
  const known = knownShapes.starts.get(start)
  if (known !== undefined && known.end === end) return known.kind
  const kind = shapeKind(lineText)
  knownShapes.starts.set(start, { end, kind })
  return kind
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0x200b || c === 0xfeff
}

/** What a line looks like on its own. */
function shapeKind(text: string): LineKind {
  if (/^#{1,6}\s+\S/.test(text)) return 'heading'
  if (text.includes('\t') || isTableLine(text)) return 'table'
  if ((hasMarker(text) ? text.replace(CONTINUATION, '') : text).trim() === '') return 'marker'
  if (PICTURE_NOTE.test(text.trim())) return 'marker'
  if (TRAILER_LINE.test(text)) return 'trailer'
  const short = text.length <= 40 && !/[。,，;；!?！？…]/.test(text)
  if (short && PHOTO_CREDIT.test(text) && (/记者|通讯员|摄影/.test(text) || /\s/.test(text))) return 'credit'
  if (short && BULLET_SECTION.test(text)) return 'body'
  if (short && (BULLET_BYLINE.test(text) || REPORTER_BYLINE.test(text)) && !text.startsWith('■上接') && !text.startsWith('■下转')) return 'byline'
  if (isHeadlineShaped(text)) return 'headline'
  return 'body'
}

/** A short line with no sentence punctuation that could be printed as a headline or label. */
function isHeadlineShaped(text: string): boolean {
  if (text.length < 2 || text.length > 64) return false
  if (!hasTwoHan(text)) return false
  const core = text.replace(/[!?！？]$/, '')
  if (/[。,，;；!?！？…]/.test(core)) return false
  if (/[:：、(（“‘《—-]$/.test(text)) return false
  if (startsAsFragment(text)) return false
  if (/\d{7,}|\d{3,4}-\d{7,8}/.test(text)) return false
  if (NOTE.test(text) || DATELINE.test(text)) return false
  return true
}

function hasTwoHan(text: string): boolean {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x4e00 && c <= 0x9fff && ++n === 2) return true
  }
  return false
}

/** Text that can only be the continuation of something before it (`帜,积极…`, `的监督…`, `其中,…`). */
function startsAsFragment(text: string): boolean {
  const c = text[0]
  if (',、。;:!?)]}》」』”’%.，；：！？）'.includes(c)) return true
  if (HAN.test(c) && text.length > 1 && ',、。;:!?”’)，；：！？）'.includes(text[1])) return true
  if (/^(?:的|其中)/.test(text)) return true
  // A lead paragraph never opens on a bare rate or magnitude (`7.3%,高于…`, `万元,同比增长…`).
  return /^\d+(?:\.\d+)?\s*(?:%|‰|个百分点|倍)|^(?:万|亿)(?:元|吨|人|户|亩|千瓦|辆|平方米|标准煤)/.test(text)
}

/** Whether a line ends in the middle of a sentence (column break, hard wrap). */
function endsMidSentence(text: string): boolean {
  const cleaned = cleanTail(text)
  if (cleaned === '') return false
  let k = cleaned.length - 1
  while (k > 0 && CLOSERS.includes(cleaned[k])) k--
  return !PARAGRAPH_END.includes(cleaned[k])
}

/** A line without trailing continuation markers, closing author marks and spaces. */
function cleanTail(text: string): string {
  let t = text
  for (;;) {
    const before = t
    // trimEnd removes exactly what \s matches.
    t = t.trimEnd()
    if (endsInMarker(t)) t = t.replace(CONTINUATION_AT_END, '')
    if (endsInParen(t)) t = t.replace(TRAILER_AT_END, '')
    if (t === before) return t
  }
}

/** Rules that need the neighbouring lines: fragments, column-break tails, subheads, author names. */
function applyPageContext(lines: Line[]): void {
  const colonSubheads = lines.filter((l) => l.kind === 'headline' && COLON_SUBHEAD.test(l.text)).length
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]
    if (line.kind !== 'headline') continue
    const prev = lines[k - 1]
    const next = lines[k + 1]
    const nextIsPlainBody = next !== undefined && next.kind === 'body' && !DATELINE.test(next.text)
    const prevCut = prev !== undefined && prev.kind === 'body' && endsMidSentence(prev.text) && !endsWithForwardMarker(prev.text)
    if (next && next.kind === 'body' && startsAsFragment(next.text)) line.kind = 'body'
    // A label printed inside a sentence broken by the column end: `…举措推动` / label / `高质量发展,…`.
    else if (prevCut && nextIsPlainBody) line.kind = 'body'
    else if (prev && !line.blankBefore && (prev.kind === 'body' || prev.kind === 'table') && endsMidSentence(prev.text)) line.kind = 'body'
    // A `##` page marks its headlines; a long plain line just above one is a paragraph cut by the column end.
    else if (next && next.kind === 'heading' && next.blankBefore && visibleLength(line.text) > 16) line.kind = 'body'
    else if (nextIsPlainBody && colonSubheads >= 2 && COLON_SUBHEAD.test(line.text)) line.kind = 'body'
    else if (nextIsPlainBody && ORDINAL_SUBHEAD.test(line.text)) line.kind = 'body'
  }
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]
    const prev = lines[k - 1]
    if (line.kind !== 'headline') continue
    const afterTitle = (prev.kind === 'headline' || prev.kind === 'heading') && visibleLength(prev.text) > 8
    if (afterTitle && PERSON_NAME.test(line.text)) line.kind = 'byline'
    else if (prev.kind === 'byline' && PERSON_NAME.test(prev.text) && JOB_TITLE.test(line.text)) line.kind = 'byline'
  }
}

/**
 * The body paragraphs of [from, to): lines that a column break or hard wrap split mid-sentence are joined
 * (the view's text has no line break there, its origin still points at the file), headings, bylines,
 * photo credits and continuation markers are left out, and a paragraph's leading dateline and closing
 * author mark are cut off. A short label printed inside a broken sentence (`…以有力有效` / label /
 * `的监督…`) is dropped so the sentence reads through.
 */
export function paragraphs(page: TextView, from = 0, to = page.text.length): Paragraph[] {
  return buildParagraphs(page, from, to).map((p, index) => toParagraph(page, p, index))
}

/**
 * The sentences of the body range [from, to). Sentences end at `。！？!?` (with any closing quotes) and at
 * paragraph ends; `;` stays inside a sentence. `origin` maps into the original file (through page.origin).
 */
export function splitSentences(page: TextView, from = 0, to = page.text.length): Sentence[] {
  const out: Sentence[] = []
  const paras = buildParagraphs(page, from, to)
  // The paragraphs' file offsets, copied once into one array: each sentence's origin is a view of its part (a copy
  // per sentence, of a few ranges each, cost a quarter of the splitting, and an array per paragraph a tenth).
  let total = 0
  for (const para of paras) total += para.text.length
  const origins = originSpace(total)
  let base = 0
  for (let index = 0; index < paras.length; index++) {
    const para = paras[index]
    const text = para.text
    const origin = origins.subarray(base, base + text.length)
    base += text.length
    copyOrigin(page, para.ranges, 0, text.length, origin)
    let s = 0
    SENTENCE_END.lastIndex = 0
    for (let m; (m = SENTENCE_END.exec(text)); ) {
      const e = m.index + m[0].length
      pushSentence(out, para, origin, index, s, e)
      s = e
    }
    pushSentence(out, para, origin, index, s, text.length)
  }
  return out
}

/** Units of the shared block of origins; a body longer than this gets an array of its own. */
const ORIGIN_BLOCK = 1 << 16
let originBlock = new Int32Array(ORIGIN_BLOCK)
let originBlockUsed = 0

/**
 * Room for n file offsets: a view into a shared block, which is only ever appended to (views never overlap; a full
 * block is left to the sentences that still use it). A new typed array costs microseconds, a view a fraction of that.
 */
function originSpace(n: number): Int32Array {
  if (n > ORIGIN_BLOCK) return new Int32Array(n)
  if (originBlockUsed + n > ORIGIN_BLOCK) {
    originBlock = new Int32Array(ORIGIN_BLOCK)
    originBlockUsed = 0
  }
  const space = originBlock.subarray(originBlockUsed, originBlockUsed + n)
  originBlockUsed += n
  return space
}

/** Adds para.text[a, b) as a sentence unless it is blank or punctuation only; `origin` is the paragraph's. */
function pushSentence(out: Sentence[], para: RawParagraph, origin: Int32Array, index: number, a: number, b: number): void {
  const text = para.text
  while (a < b && isSpace(text.charCodeAt(a))) a++
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--
  if (b <= a || !hasLetterOrDigit(text, a, b)) return
  out.push({ text: text.slice(a, b), origin: origin.subarray(a, b), paragraph: index, start: pagePosition(para.ranges, a), end: pagePosition(para.ranges, b - 1) + 1 })
}

/** A sentence end `。!?！？` with the enders and CLOSERS that follow it. */
const SENTENCE_END = /[。!?！？][。!?！？”’」』)）》"']*/g

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** Whether text[a, b) holds a letter or digit: ASCII and common ideographs are decided without a regex. */
function hasLetterOrDigit(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true
      continue
    }
    if (c >= 0x4e00 && c <= 0x9fa5) return true
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < b && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    if (LETTER_OR_DIGIT.test(text.slice(i, pair ? i + 2 : i + 1))) return true
    if (pair) i++
  }
  return false
}

interface RawParagraph {
  text: string
  /** The page ranges [a, b) whose texts, joined, make `text`. */
  ranges: Array<[number, number]>
}

/** The page position of unit `at` of a paragraph's text. */
function pagePosition(ranges: Array<[number, number]>, at: number): number {
  let offset = 0
  for (let r = 0; r < ranges.length; r++) {
    const [a, b] = ranges[r]
    if (at < offset + b - a) return a + at - offset
    offset += b - a
  }
  return -1
}

/** Writes the file offsets of units [from, to) of a paragraph's text into `into`. */
function copyOrigin(page: TextView, ranges: Array<[number, number]>, from: number, to: number, into: Int32Array): void {
  let offset = 0
  let k = 0
  for (let r = 0; r < ranges.length && offset < to; r++) {
    const [a, b] = ranges[r]
    const lo = Math.max(from, offset)
    const hi = Math.min(to, offset + b - a)
    if (hi > lo) {
      into.set(page.origin.subarray(a + lo - offset, a + hi - offset), k)
      k += hi - lo
    }
    offset += b - a
  }
}

function toParagraph(page: TextView, p: RawParagraph, index: number): Paragraph {
  const n = p.text.length
  const origin = new Int32Array(n)
  copyOrigin(page, p.ranges, 0, n, origin)
  const start = n ? pagePosition(p.ranges, 0) : 0
  const end = n ? pagePosition(p.ranges, n - 1) + 1 : 0
  return { text: p.text, origin, index, start, end }
}

/** Page ranges of a body line that carry text: markers, the leading dateline and a closing author mark removed. */
function keptRanges(line: Line): Array<[number, number]> {
  const cuts: Array<[number, number]> = []
  const dateline = DATELINE.exec(line.text)
  if (dateline) cuts.push([0, dateline[0].length])
  if (hasMarker(line.text)) for (const m of line.text.matchAll(CONTINUATION)) cuts.push([m.index, m.index + m[0].length])
  const trailer = endsInParen(line.text) ? TRAILER_AT_END.exec(line.text) : null
  if (trailer) cuts.push([trailer.index, line.text.length])
  cuts.sort((a, b) => a[0] - b[0])
  const ranges: Array<[number, number]> = []
  let at = 0
  for (const [a, b] of [...cuts, [line.text.length, line.text.length] as [number, number]]) {
    let s = at
    let e = a
    while (s < e && isSpace(line.text.charCodeAt(s))) s++
    while (e > s && isSpace(line.text.charCodeAt(e - 1))) e--
    if (e > s) ranges.push([line.start + s, line.start + e])
    at = Math.max(at, b)
  }
  return ranges
}

/** Lines no paragraph reads: headings, bylines, credits, trailers and page markers. */
function skipped(l: Line): boolean {
  return l.kind === 'heading' || l.kind === 'byline' || l.kind === 'credit' || l.kind === 'trailer' || l.kind === 'marker'
}

/** Ends the paragraph read so far, if any. (Not a closure in buildParagraphs: one made per article cost more than its calls.) */
function flush(out: RawParagraph[], text: string, ranges: Array<[number, number]>): void {
  if (ranges.length > 0) out.push(assemble(text, ranges))
}

function buildParagraphs(page: TextView, from: number, to: number): RawParagraph[] {
  const lines = classifyLines(page.text, Math.max(0, from), Math.min(page.text.length, to), false)
  const out: RawParagraph[] = []
  let ranges: Array<[number, number]> = []
  let last: Line | null = null
  let labelOnly = false

  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]
    if (skipped(line)) {
      flush(out, page.text, ranges)
      ranges = []
      last = null
      continue
    }
    const prev = last as Line | null
    if (prev && canContinue(prev) && !gluesNumbers(prev, line)) {
      const next = lines[k + 1]
      if (line.kind === 'headline') {
        // A label printed inside a sentence broken across columns is dropped so the sentence reads through;
        // a short line with a number in it is kept, since it may be a figure.
        if (!labelOnly && !/\d/.test(line.text) && next && next.kind === 'body' && !DATELINE.test(next.text)) continue
      } else if (line.kind !== 'table' && (!labelOnly || startsAsFragment(line.text))) {
        const kept = keptRanges(line)
        if (kept.length > 0) {
          ranges.push(...kept)
          last = line
          labelOnly = false
          continue
        }
      }
    }
    flush(out, page.text, ranges)
    ranges = []
    last = null
    const kept = keptRanges(line)
    if (kept.length === 0) continue
    ranges = kept
    last = line
    labelOnly = line.kind === 'headline'
  }
  flush(out, page.text, ranges)
  return out
}

/** A line may run on into the next one; a posting time on a line of its own (2018-09-20 15:45:06) never does. */
function canContinue(line: Line): boolean {
  return line.kind !== 'table' && endsMidSentence(line.text) && !POSTING_TIME.test(line.text.trim())
}

/** A line that is one number and nothing else (`58213`, `7.4`, `12.5%`): a cell of a table printed one cell per line. */
const BARE_NUMBER_LINE = /^-?\d[\d,.]*%?$/

/**
 * A number never runs across a line break: a line ending in a digit is not joined to a line starting with one when
 * either is a bare number, since that is a table printed one cell per line (label / unit / 58213 / 49027 …), and
 * joining would glue the cells into one absurd figure. A hard wrap inside prose (`…产值12` / `3.5亿元`) still joins.
 */
function gluesNumbers(prev: Line, line: Line): boolean {
  const a = prev.text.charCodeAt(prev.text.length - 1)
  const b = line.text.charCodeAt(0)
  if (!(a >= 0x30 && a <= 0x39 && b >= 0x30 && b <= 0x39)) return false
  return BARE_NUMBER_LINE.test(line.text) || BARE_NUMBER_LINE.test(prev.text)
}

function assemble(text: string, ranges: Array<[number, number]>): RawParagraph {
  if (ranges.length === 1) return { text: text.slice(ranges[0][0], ranges[0][1]), ranges }
  return { text: ranges.map(([a, b]) => text.slice(a, b)).join(''), ranges }
}
