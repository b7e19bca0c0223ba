/**
 * Tables as statistics sites publish them and copies carry them: one indicator a line, cells parted by tabs or wide
 * blanks, a header that says what each column is. Invented example:
 *
 *     指标名称 单位 1-9月 同比增长(%)
 *     地区生产总值 亿元 812.4 5.9
 *      第二产业 亿元 401.2 6.8
 *     固定资产投资 — — -3.1
 *
 * Each row becomes a sentence the later stages read as they read prose (`地区生产总值812.4亿元,同比增长5.9%`), with
 * every character mapped back to the cell it comes from, so quotes and offsets stay those of the file. An indented
 * row (or one marked #) is a part of the row above it (`其中,第二产业增加值…`). A header with places down the side
 * and indicators across (`地区 规上工业增加值增速(%) 固定资产投资增速(%)`) gives each place its figures.
 */
import type { Sentence } from './split.ts'
import type { TextView } from './text.ts'

export interface TableReading {
  /** The rows as sentences, in page order; the period the table states comes first, as a sentence of its own. */
  sentences: Sentence[]
  /** View ranges [start, end) the tables cover: the prose reader skips them. */
  covered: Array<[number, number]>
}

interface Cell {
  text: string
  /** View index of the cell's first character. */
  at: number
}

interface Row {
  cells: Cell[]
  indent: number
  start: number
  end: number
}

type Column =
  | { role: 'label' }
  | { role: 'unit' }
  | { role: 'level'; indicator: string; unit: string }
  | { role: 'growth'; indicator: string }
  | { role: 'other' }

/** Cells part at tabs and blanks (NFKC has made wide blanks, U+3000, blanks). */
const CELL_BREAK = /[\t \u3000]+/g
const NUMBER = /^-?\d+(?:\.\d+)?$/
const EMPTY = /^(?:—+|-|–|…|\/)$/
/** What a table's label column is headed. */
const LABEL_HEADER_WORDS = '指标(?:名称)?|项目|名称|地区|地区名称|旗县区|旗县市区|盟市|单位名称|口岸'
const LABEL_HEADER = new RegExp(`^(?:${LABEL_HEADER_WORDS})$`)
const UNIT_HEADER = /^(?:计量)?单位$/
const GROWTH_HEADER = /^(.*?)(?:同比)?(?:增长|增速|增幅|增减|比上年(?:同期)?(?:增长)?|比去年同期(?:增长)?)(?:率)?(?:\s*[(（]\s*[%％]\s*[)）])?$/
const UNIT_IN_HEADER = /^(.*?)[(（]([^()（）]{1,6})[)）]$/
const PERIOD_WORDS = /\d{1,2}\s*[-—~至]\s*\d{1,2}月|\d{1,2}月(?:份)?|[一二三四1-4]季度|[上下]半年|前三季度|全年|\d{4}年/

/** The period a caption or header states (2024年1-6月, 1-9月). */
const PERIOD_PHRASE = /(?:\d{4}年)?(?:\d{1,2}\s*[-—~至]\s*\d{1,2}月|前三季度|[一二三四1-4]季度|[上下]半年|\d{1,2}月(?:份)?|全年)|\d{4}年/

export function readTables(view: TextView, from: number, to: number): TableReading {
  const cellTables = readCellPerLineTables(view, from, to)
  if (!mayHoldHeader(view.text.slice(from, to))) return cellTables
  const rows = linesOf(view, from, to)
  const sentences: Sentence[] = []
  const covered: Array<[number, number]> = []
  for (let i = 0; i < rows.length; i++) {
    const columns = headerColumns(rows[i])
    if (!columns) continue
    let j = i + 1
    while (j < rows.length && isDataRow(rows[j], columns)) j++
    if (j - i - 1 < 2) continue
    const paragraph = 1_000_000 + i
    const caption = captionPeriod(view, rows, i)
    if (caption) sentences.push(caption(paragraph))
    const parents: { indent: number; label: string }[] = []
    for (let k = i + 1; k < j; k++) {
      const s = rowSentence(view, rows[k], columns, parents, paragraph)
      if (s) sentences.push(s)
    }
    covered.push([rows[i].start, rows[j - 1].end])
    i = j - 1
  }
  if (cellTables.covered.length === 0) return { sentences, covered }
  return { sentences: [...sentences, ...cellTables.sentences], covered: [...covered, ...cellTables.covered] }
}

/** 单位 alone on a line: the head of a table printed one cell per line. */
const CELL_TABLE_HEAD = /(?:^|\n)[^\S\n]*(?:计量)?单位[^\S\n]*\n/
/** Units a one-cell-per-line table gives its rows, besides those of ordinary tables. */
const CELL_TABLE_UNIT = /^(?:平方公里|平方千米|公顷|万人|万亩|个|%|‰)$/

/**
 * A table printed one cell per line, as copies of spreadsheets come out (invented example):
 *
 *     单位 / 甲县 / 乙县 / 丙县 / 一、经济 / 地区生产总值 / 万元 / 583120 / 491004 / 602318 / 人均地区生产总值 / 元 / …
 *
 * The N lines after 单位 head the columns; then each row is a label line, a unit line and N number lines, with a
 * short heading line (一、经济) now and then between rows. Each cell becomes a sentence of its own, column first
 * (`甲县地区生产总值583120万元`), so the value goes to its column's place; a row whose label names no indicator
 * yields nothing later, as in prose. Layouts that do not fit exactly are left to the prose reader.
 */
/** A one-cell-per-line table found among lines: the 单位 line, the column heads, and the first line of each row. */
export interface CellTable {
  head: number
  columns: number[]
  rows: number[]
  /** The last line of the table. */
  last: number
}

/**
 * Tables printed one cell per line among `lines` (each line's trimmed text, '' for a blank one, which is skipped),
 * as copies of spreadsheets come out (invented example):
 *
 *     单位 / 甲县 / 乙县 / 丙县 / 一、经济 / 地区生产总值 / 万元 / 583120 / 491004 / 602318 / 人均地区生产总值 / 元 / …
 *
 * The N lines after 单位 head the columns; then each row is a label line, a unit line and N number lines, with a
 * short heading line (一、经济) now and then between rows. Layouts that do not fit exactly are no such table.
 */
export function cellTables(lines: string[]): CellTable[] {
  const at: number[] = []
  for (let k = 0; k < lines.length; k++) if (lines[k] !== '') at.push(k)
  const text = (k: number) => (k < at.length ? lines[at[k]] : '')
  const isValue = (k: number) => k < at.length && (NUMBER.test(text(k)) || EMPTY.test(text(k)))
  const isUnitLine = (k: number) => k < at.length && (isUnit(text(k)) || CELL_TABLE_UNIT.test(text(k)))
  const isWord = (k: number) => k < at.length && !/[\d\s]/.test(text(k)) && text(k).length <= 16
  const valuesAt = (k: number) => {
    let n = 0
    while (isValue(k + n)) n++
    return n
  }
  const out: CellTable[] = []
  for (let i = 0; i < at.length; i++) {
    if (!UNIT_HEADER.test(text(i))) continue
    // The first row: a label and a unit after the column heads (and perhaps a heading), then as many numbers.
    let first = i + 1
    while (first < at.length && isWord(first) && !(isUnitLine(first + 1) && isValue(first + 2))) first++
    const n = valuesAt(first + 2)
    if (n < 2 || first - (i + 1) < n || !isUnitLine(first + 1)) continue
    const columns = Array.from({ length: n }, (_, c) => i + 1 + c)
    if (columns.some((c) => !isWord(c) || text(c).length > 12)) continue
    const rows: number[] = []
    let p = i + 1 + n
    let headings = 0
    while (p < at.length) {
      if (isWord(p) && isUnitLine(p + 1) && valuesAt(p + 2) === n) {
        rows.push(p)
        p += 2 + n
        headings = 0
      } else if (isWord(p) && headings < 2) {
        p++
        headings++
      } else break
    }
    if (rows.length < 2) continue
    const last = rows[rows.length - 1] + 1 + n
    out.push({ head: at[i], columns: columns.map((c) => at[c]), rows: rows.map((r) => at[r]), last: at[last] })
    i = last
  }
  return out
}

/**
 * Each cell of a one-cell-per-line table (see cellTables) as a sentence of its own, column first
 * (`甲县地区生产总值583120万元`), so the value goes to its column's place; a row whose label names no indicator
 * yields nothing later, as in prose.
 */
function readCellPerLineTables(view: TextView, from: number, to: number): TableReading {
  const empty: TableReading = { sentences: [], covered: [] }
  if (!CELL_TABLE_HEAD.test(view.text.slice(from, to))) return empty
  const lines = linesOf(view, from, to)
  const texts = lines.map((r) => (r.cells.length === 1 ? r.cells[0].text : r.cells.length === 0 ? '' : '\t'))
  const out: TableReading = { sentences: [], covered: [] }
  for (const table of cellTables(texts)) {
    const cell = (k: number) => lines[k].cells[0]
    // The lines of a row: label, unit, then the values (blank lines skipped).
    const rowLines = (r: number) => {
      const got: number[] = []
      for (let k = r; got.length < 2 + table.columns.length; k++) if (texts[k] !== '') got.push(k)
      return got
    }
    const paragraph = 2_000_000 + table.head * 64
    for (const r of table.rows) {
      const [labelLine, unitLine, ...valueLines] = rowLines(r)
      const label = cell(labelLine)
      const unit = cell(unitLine)
      table.columns.forEach((columnLine, c) => {
        const column = cell(columnLine)
        const value = cell(valueLines[c])
        if (!NUMBER.test(value.text)) return
        const w = new Writer(view)
        w.copy(column.at, column.text.length)
        w.copy(label.at, label.text.length)
        w.copy(value.at, value.text.length)
        w.copy(unit.at, unit.text.length)
        out.sentences.push(w.sentence(paragraph + c, lines[valueLines[c]].start, lines[valueLines[c]].end))
      })
    }
    out.covered.push([lines[table.head].start, lines[table.last].end])
  }
  return out
}

/**
 * A header's first cell is a LABEL_HEADER word and more cells follow it: the word, then blanks of the line holding a
 * tab or blank that parts cells. Prose rarely has that (地区生产总值 does not), so most articles' lines are not cut
 * into cells at all.
 */
const HEADER_START = new RegExp(`(?:${LABEL_HEADER_WORDS})[^\\S\\n]*[\\t \\u3000]`)

function mayHoldHeader(text: string): boolean {
  return HEADER_START.test(text)
}

function linesOf(view: TextView, from: number, to: number): Row[] {
  const out: Row[] = []
  let start = from
  while (start < to) {
    let end = view.text.indexOf('\n', start)
    if (end < 0 || end > to) end = to
    const line = view.text.slice(start, end)
    const lead = line.length - line.trimStart().length
    const cells: Cell[] = []
    let at = 0
    const body = line.trimEnd()
    CELL_BREAK.lastIndex = 0
    for (let m = CELL_BREAK.exec(body); ; m = CELL_BREAK.exec(body)) {
      const stop = m ? m.index : body.length
      const text = body.slice(at, stop).trim()
      if (text) cells.push({ text, at: start + at + (body.slice(at, stop).length - body.slice(at, stop).trimStart().length) })
      if (!m) break
      at = m.index + m[0].length
    }
    out.push({ cells, indent: lead, start, end })
    start = end + 1
  }
  return out
}

/**
 * Whether a line, on its own, is a row or the header of a table: `地区生产总值 亿元 812.4 5.9`,
 * `指标名称 单位 1-9月 同比增长(%)`. The page splitter keeps such lines in the article's body.
 */
export function isTableLine(text: string): boolean {
  const line = text.trim()
  if (line.length > 100 || line.indexOf(' ') < 0) return false
  const cells = line.split(CELL_BREAK).filter(Boolean)
  if (cells.length < 3) return false
  if (LABEL_HEADER.test(cells[0])) return headerColumns({ cells: cells.map((t) => ({ text: t, at: 0 })), indent: 0, start: 0, end: 0 }) !== null
  const rest = cells.slice(1)
  return rest.every((c) => NUMBER.test(c) || EMPTY.test(c) || isUnit(c)) && rest.filter((c) => NUMBER.test(c)).length >= 1
}

function headerColumns(row: Row): Column[] | null {
  if (row.cells.length < 3 || !LABEL_HEADER.test(row.cells[0].text)) return null
  const columns: Column[] = row.cells.map((c, i): Column => {
    if (i === 0) return { role: 'label' }
    if (UNIT_HEADER.test(c.text)) return { role: 'unit' }
    const growth = GROWTH_HEADER.exec(c.text)
    if (growth) return { role: 'growth', indicator: growth[1].trim() }
    const unit = UNIT_IN_HEADER.exec(c.text)
    if (unit && !/[%％]/.test(unit[2])) return { role: 'level', indicator: PERIOD_WORDS.test(unit[1]) ? '' : unit[1], unit: unit[2] }
    if (PERIOD_WORDS.test(c.text)) return { role: 'level', indicator: '', unit: '' }
    return { role: 'other' }
  })
  return columns.some((c) => c.role === 'growth' || c.role === 'level') ? columns : null
}

/** A row of the table: a label, then cells that are numbers or blanks (—), as many as the header has at most. */
function isDataRow(row: Row, columns: Column[]): boolean {
  if (row.cells.length === 0 || row.cells.length > columns.length) return false
  if (row.cells.length === 1) return !/\d/.test(row.cells[0].text) && row.cells[0].text.length <= 12
  return row.cells.slice(1).every((c) => NUMBER.test(c.text) || EMPTY.test(c.text) || isUnit(c.text))
}

function isUnit(text: string): boolean {
  return /^(?:万|亿|千)?(?:元|吨|标箱|千瓦时|千瓦|人次|人|户|个|家|辆|列|亩|平方米|公里|美元)$|^亿千瓦时$|^万千瓦$/.test(text)
}

/** The period in the header, else in the caption above it (分区主要指标(1-6月)), as a sentence of its own. */
function captionPeriod(view: TextView, rows: Row[], header: number): ((paragraph: number) => Sentence) | null {
  const candidates = [...rows[header].cells, ...[header - 1, header - 2].flatMap((k) => (k >= 0 ? rows[k].cells : []))]
  for (const c of candidates) {
    const m = PERIOD_PHRASE.exec(c.text)
    if (!m) continue
    const at = c.at + m.index
    return (paragraph) => slice(view, at, at + m[0].length, paragraph)
  }
  return null
}

function slice(view: TextView, a: number, b: number, paragraph: number): Sentence {
  return { text: view.text.slice(a, b), origin: view.origin.slice(a, b), paragraph, start: a, end: b }
}

/** Builds a sentence piece by piece, each piece's characters mapped to a place in the file. */
class Writer {
  text = ''
  private origins: number[] = []
  constructor(private view: TextView) {}
  /** Characters copied from the view, each at its own origin. */
  copy(at: number, length: number): void {
    this.text += this.view.text.slice(at, at + length)
    for (let k = 0; k < length; k++) this.origins.push(this.view.origin[at + k])
  }
  /** Words the table implies (同比增长, 亿元), placed at the origin of view index `at`. */
  add(words: string, at: number): void {
    this.text += words
    for (let k = 0; k < words.length; k++) this.origins.push(this.view.origin[at])
  }
  sentence(paragraph: number, start: number, end: number): Sentence {
    return { text: this.text, origin: Int32Array.from(this.origins), paragraph, start, end }
  }
}

function rowSentence(view: TextView, row: Row, columns: Column[], parents: { indent: number; label: string }[], paragraph: number): Sentence | null {
  const [first, ...rest] = row.cells
  const marked = first.text.startsWith('#')
  const labelAt = first.at + (marked ? 1 : 0)
  const label = marked ? first.text.slice(1) : first.text
  while (parents.length && parents.at(-1)!.indent >= row.indent && !marked) parents.pop()
  const parent = marked || row.indent > 0 ? (parents.at(-1) ?? null) : null
  if (!marked) parents.push({ indent: row.indent, label })
  if (rest.length === 0) return null

  const w = new Writer(view)
  if (parent) w.add('其中,', labelAt)
  w.copy(labelAt, label.length)
  // 第二产业 under 地区生产总值 is its value added; 工业 under 固定资产投资 its investment.
  if (parent && !/增加值|产值|投资|额|量|收入|产量/.test(label)) {
    const noun = parents.map((p) => partNoun(p.label)).findLast((n) => n !== '') ?? ''
    w.add(noun, labelAt + label.length - 1)
  }
  const unitCell = columns.findIndex((c) => c.role === 'unit')
  const rowUnit = unitCell > 0 && row.cells[unitCell] && isUnit(row.cells[unitCell].text) ? row.cells[unitCell].text : ''
  let wrote = false
  rest.forEach((cell, k) => {
    const column = columns[k + 1]
    if (!column || !NUMBER.test(cell.text)) return
    if (column.role === 'level') {
      const unit = column.unit || rowUnit
      if (!unit) return
      if (wrote || column.indicator) w.add(',' + column.indicator, cell.at)
      w.copy(cell.at, cell.text.length)
      w.add(unit, cell.at + cell.text.length - 1)
      wrote = true
    } else if (column.role === 'growth') {
      const negative = cell.text.startsWith('-')
      w.add((wrote || column.indicator ? ',' : '') + column.indicator + (negative ? '同比下降' : '同比增长'), cell.at)
      const digits = negative ? cell.at + 1 : cell.at
      w.copy(digits, cell.text.length - (negative ? 1 : 0))
      w.add('%', cell.at + cell.text.length - 1)
      wrote = true
    }
  })
  return wrote ? w.sentence(paragraph, row.start, row.end) : null
}

function partNoun(parentLabel: string): string {
  if (/生产总值|增加值/.test(parentLabel)) return '增加值'
  if (/投资/.test(parentLabel)) return '投资'
  if (/产值/.test(parentLabel)) return '产值'
  return ''
}
