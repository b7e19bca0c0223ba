import { describe, expect, it } from 'vitest'
import { extractCorpus } from '../../src/pipeline/dataset'
import { encodeUtf8 } from './encoders'
import { seedFiles, seedTexts, unaccountedNumbers } from './helpers'

/**
 * Nothing silently dropped: every ASCII digit run of a page is either inside a figure's raw or a set-aside entry
 * of the file report (matched by offset), so `numbersSeen` accounts for every number a reader can see.
 *
 * Known gaps, left to dataset.ts (owned by the lead): split cuts datelines (本报6月8日讯) and page references
 * (下转第5版) out of the sentences, photo-credit lines become the byline, and with three title lines the
 * joined kicker is not found in the page again; numbers there are neither read nor set aside. The tests pin
 * exactly these gaps so any other loss fails at once; once dataset.ts sets them aside, the pinned lists go empty.
 */
const DATELINE_AT_LINE_START = /^\s*(?:本报|新华社|中新社|人民日报)[^\n。]{0,20}?[讯电](?:\s*[(（][^()（）\n]{1,40}[)）])?/
const PAGE_REFERENCE = /(?:上接|下转|紧接|转接|接|转|续)第\s*[0-9]+\s*版/g

function whereLost(text: string, offset: number): 'dateline' | 'page reference' | 'elsewhere' {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  const dateline = DATELINE_AT_LINE_START.exec(text.slice(lineStart, lineStart + 80))
  if (dateline && offset < lineStart + dateline[0].length) return 'dateline'
  const line = text.slice(lineStart, text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset))
  for (const m of line.matchAll(PAGE_REFERENCE)) if (offset >= lineStart + m.index && offset < lineStart + m.index + m[0].length) return 'page reference'
  return 'elsewhere'
}

describe('every number of a page is accounted for', () => {
  const texts = seedTexts()
  const dataset = extractCorpus(seedFiles())

  it.each([...texts.keys()])('%s: each digit run is a figure or set aside, except in datelines and page references', (name) => {
    const text = texts.get(name)!
    const lost = unaccountedNumbers(dataset, name, text).map((n) => ({ ...n, where: whereLost(text, n.offset) }))
    expect(lost.filter((n) => n.where === 'elsewhere')).toEqual([])
    const report = dataset.files.find((f) => f.file === name)!
    const digitRuns = text.match(/[0-9]+/g)?.length ?? 0
    // numbersSeen counts figures and set-aside numbers; one may span several digit runs (17875.5, 1—8月).
    expect(report.numbersSeen).toBe(report.figures + report.setAside.length)
    expect(report.numbersSeen).toBeGreaterThanOrEqual((digitRuns - lost.length) / 3)
  })

  it('loses no number over all seeds, not even in datelines and page references', () => {
    const lost = [...texts].flatMap(([name, text]) => unaccountedNumbers(dataset, name, text).map((n) => whereLost(text, n.offset)))
    const counts = { dateline: 0, 'page reference': 0, elsewhere: 0 }
    for (const where of lost) counts[where]++
    expect(counts).toEqual({ dateline: 0, 'page reference': 0, elsewhere: 0 })
  })

  const invented: Array<[string, string, string[]]> = [
    ['a byline after the headline', '全区粮食总产量再创新高\n\n□ 本报记者 张三 王五\n\n2024年,全区粮食总产量达到791.6亿斤,比上年增加3.6亿斤。\n', []],
    ['a ## heading with a figure', '## 1—8月全区工业增加值增长7.1%\n\n1—8月,全区规模以上工业增加值同比增长7.1%。\n', []],
    ['a closing author mark', '通辽市新增就业1.2万人\n\n今年以来,通辽市城镇新增就业1.2万人。(张三)\n', []],
    ['a source note', '数据来源：2024年统计公报\n\n全区常住人口2400万人。\n', []],
    ['a tab-separated table', '地区\t2023年\t2024年\n包头\t4000\t4200\n', []],
    ['a list of numbered items', '一、全年完成投资300亿元。\n1.新开工项目120个。\n2.竣工项目80个。\n', []],
    ['a dateline', '草原旅游迎来旺季\n\n本报6月8日讯 全市接待游客120万人次。\n', []],
    ['a photo caption with a date', '草原旅游迎来旺季\n\n全市接待游客120万人次,同比增长15%。\n\n6月8日 游客在响沙湾游玩 本报记者 李四 摄\n', []],
    ['three title lines', '2024年前三季度\n全区经济运行稳中有进\n地区生产总值增长5.8%\n\n前三季度,全区地区生产总值17875.5亿元。\n', []],
  ]

  it.each(invented)('on a page with %s, loses no number but the known ones', (_, text, known) => {
    const dataset = extractCorpus([{ name: 'page.txt', bytes: encodeUtf8(text) }])
    expect(unaccountedNumbers(dataset, 'page.txt', text).map((n) => n.raw)).toEqual(known)
  })
})
