import { beforeAll, describe, expect, it } from 'vitest'
import type { Dataset, Figure } from '../../src/model'
import { extractCorpus, type CorpusFile } from '../../src/pipeline/dataset'
import { encodeGb18030, encodeUtf16, encodeUtf8, randomBytes } from './encoders'
import { provenanceProblems, seedFiles, seedParagraphs, seedTexts } from './helpers'

const utf8File = (name: string, text: string): CorpusFile => ({ name, bytes: encodeUtf8(text) })

/** What a figure says, without where it was found: equal across encodings and line-end styles of one page. */
function claims(figures: Figure[]): string[] {
  return figures.map((f) => `${f.metric}|${f.kind}|${f.value}|${f.unit}|${f.qualifier}|${f.region.code}|${f.period.start}|${f.period.end}|${f.period.basis}|${f.raw.replace(/\r/g, '')}`)
}

describe('one page in every encoding', () => {
  const seeds = seedFiles()
  const texts = seedTexts()
  let reference: Dataset
  beforeAll(() => {
    reference = extractCorpus(seeds)
  })

  it.each([
    ['gb18030', (t: string) => encodeGb18030(t)],
    ['utf-8-bom', (t: string) => encodeUtf8(t, true)],
    ['utf-16le', (t: string) => encodeUtf16(t, 'le', true)],
    ['utf-16be', (t: string) => encodeUtf16(t, 'be', false)],
  ])('reads the seeds encoded as %s into the same figures, at the same offsets', (encoding, encode) => {
    const dataset = extractCorpus(seeds.map((f) => ({ name: f.name, bytes: encode(texts.get(f.name)!) })))
    expect(dataset.files.map((f) => f.encoding)).toEqual(seeds.map(() => encoding))
    expect(dataset.figures.map((f) => [f.id, ...claims([f])])).toEqual(reference.figures.map((f) => [f.id, ...claims([f])]))
    expect(dataset.files.map((f) => f.numbersSeen)).toEqual(reference.files.map((f) => f.numbersSeen))
  })

  it('reads CRLF seeds into the same figures, with offsets into the CRLF text', () => {
    const crlf = new Map([...texts].map(([name, text]) => [name, text.replace(/\n/g, '\r\n')]))
    const dataset = extractCorpus([...crlf].map(([name, text]) => utf8File(name, text)))
    expect(claims(dataset.figures)).toEqual(claims(reference.figures))
    expect(provenanceProblems(dataset, crlf)).toEqual([])
    // Quotes are verbatim: a figure whose sentence spans a column break keeps the \r\n inside its quote.
    expect(dataset.figures.some((f) => f.source.quote.includes('\r\n'))).toBe(true)
  })

  it('reads GBK CRLF pages (the usual export of a Chinese Windows tool)', () => {
    const name = seeds[2].name
    const text = texts.get(name)!.replace(/\n/g, '\r\n')
    const dataset = extractCorpus([{ name, bytes: encodeGb18030(text) }])
    expect(dataset.files[0]).toMatchObject({ status: 'ok', encoding: 'gb18030' })
    expect(claims(dataset.figures)).toEqual(claims(reference.figures.filter((f) => f.source.file === name)))
    expect(provenanceProblems(dataset, new Map([[name, text]]))).toEqual([])
  })
})

describe('files that hold no page', () => {
  it('reports an empty file as empty, with no articles and no figures, and goes on with the others', () => {
    const seed = seedFiles()[0]
    const dataset = extractCorpus([
      { name: 'a-empty.txt', bytes: new Uint8Array(0) },
      utf8File('b-blank.txt', ' \r\n\r\n\t\u3000\n'),
      { name: 'c-bom-only.txt', bytes: encodeUtf8('', true) },
      seed,
    ])
    expect(dataset.files.map((f) => [f.file, f.status, f.articles, f.figures > 0])).toEqual([
      [seed.name, 'ok', expect.any(Number), true],
      ['a-empty.txt', 'empty', 0, false],
      ['b-blank.txt', 'empty', 0, false],
      ['c-bom-only.txt', 'empty', 0, false],
    ])
    for (const f of dataset.files.slice(1)) expect(f.reason).toMatch(/empty/)
    expect(dataset.figures.every((f) => f.source.file === seed.name)).toBe(true)
  })

  it('skips a file that is not text, naming what it looks like, and reads the rest', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(4000, 1)])
    const logged: string[] = []
    const dataset = extractCorpus(
      [
        { name: 'photo.txt', bytes: png },
        { name: 'noise.txt', bytes: randomBytes(5000, 2) },
        { name: 'scan.txt', bytes: encodeUtf8('%PDF-1.4\n%âãÏÓ\n1 0 obj\n') },
        seedFiles()[1],
      ],
      { log: (m) => logged.push(m) },
    )
    const byName = new Map(dataset.files.map((f) => [f.file, f]))
    expect(byName.get('photo.txt')).toMatchObject({ status: 'skipped', encoding: null, reason: expect.stringMatching(/PNG image/), bytes: 4008 })
    expect(byName.get('noise.txt')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/not text/) })
    expect(byName.get('scan.txt')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/PDF/) })
    expect(logged.filter((m) => m.includes('skipped'))).toHaveLength(3)
    expect(dataset.articles.every((a) => a.file === seedFiles()[1].name)).toBe(true)
    expect(byName.get(seedFiles()[1].name)!.status).toBe('ok')
  })

  it('reads a page cut off inside a character, and says so by name', () => {
    const text = seedTexts().get(seedFiles()[0].name)!
    const bytes = encodeUtf8(text.trimEnd() + '增')
    const logged: string[] = []
    const dataset = extractCorpus([{ name: 'cut.txt', bytes: bytes.subarray(0, bytes.length - 1) }], { log: (m) => logged.push(m) })
    expect(dataset.files[0]).toMatchObject({ status: 'ok', encoding: 'utf-8' })
    expect(dataset.figures.length).toBe(extractCorpus([seedFiles()[0]]).figures.length)
    expect(logged).toEqual([expect.stringMatching(/^cut\.txt: truncated: the last 2 byte\(s\) are an incomplete utf-8 character, dropped$/)])
  })

  it('keeps a page without any figure, saying so', () => {
    const dataset = extractCorpus([utf8File('meeting.txt', '会议召开\n\n会议强调,要持续紧盯重点任务,推动工作落实落细。\n')])
    expect(dataset.files[0]).toMatchObject({ status: 'ok', encoding: 'utf-8', articles: 1, figures: 0, numbersSeen: 0, reason: 'no figures found' })
    expect(dataset.articles).toHaveLength(1)
    expect(dataset.figures).toEqual([])
  })
})

describe('pages that do not say when', () => {
  it('keeps the figures of an undated page with period unknown and no dates, never a guessed year', () => {
    const dataset = extractCorpus([utf8File('undated.txt', '包头市工业经济稳步回升\n\n全市规模以上工业增加值同比增长8.2%,完成固定资产投资120亿元。\n')])
    expect(dataset.files[0]).toMatchObject({ status: 'ok', date: null, figures: 2 })
    expect(dataset.articles[0].date).toBeNull()
    expect(dataset.figures.map((f) => [f.raw, f.period])).toEqual([
      ['8.2%', { start: null, end: null, basis: 'unknown', phrase: '' }],
      ['120亿元', { start: null, end: null, basis: 'unknown', phrase: '' }],
    ])
  })

  it('keeps the basis of a period phrase without a year cue, with no dates', () => {
    const text = '鄂尔多斯煤炭外运提速\n\n本报6月8日讯(记者 张三)1—5月,鄂尔多斯市铁路煤炭发运量达到1.2亿吨,同比增长6%。\n'
    const dataset = extractCorpus([utf8File('no-year.txt', text)])
    expect(dataset.articles[0].date).toBeNull()
    expect(dataset.figures.map((f) => f.raw)).toEqual(['1.2亿吨', '6%'])
    for (const f of dataset.figures) expect(f.period).toEqual({ start: null, end: null, basis: 'ytd', phrase: '1—5月' })
  })

  it('takes the year from a year cue when the page has no dateline', () => {
    const dataset = extractCorpus([utf8File('year-only.txt', '2023年全区经济回顾\n\n2023年,全区地区生产总值达到24627亿元,增长7.3%。\n')])
    expect(dataset.articles[0].date).toBeNull()
    expect(dataset.figures.map((f) => [f.raw, f.period.start, f.period.end, f.period.basis])).toEqual([
      ['24627亿元', '2023-01-01', '2023-12-31', 'year'],
      ['7.3%', '2023-01-01', '2023-12-31', 'year'],
    ])
  })

  it('takes years only from the page itself when mastheads and datelines are cut away', () => {
    const texts = seedTexts()
    // Drop the first lines (masthead, edition date) and every 本报…讯 dateline.
    const stripped = new Map(
      [...texts].map(([name, text]) => [name, text.split('\n').slice(3).join('\n').replace(/本报[^讯电\n]{0,12}[讯电](?:\([^)\n]{0,30}\))?/g, '')]),
    )
    const dataset = extractCorpus([...stripped].map(([name, text]) => utf8File(name, text)))
    expect(dataset.figures.length).toBeGreaterThan(100)
    expect(provenanceProblems(dataset, stripped)).toEqual([])
    for (const f of dataset.figures) {
      // A year can only come from the page: every year in a figure's dates is one the page writes (or the one before or after it).
      const page = stripped.get(f.source.file)!
      for (const date of [f.period.start, f.period.end]) {
        if (date === null) continue
        const year = Number(date.slice(0, 4))
        expect([year - 1, year, year + 1].some((y) => page.includes(`${y}年`)), `${f.id} ${date}`).toBe(true)
      }
    }
  })
})

describe('large inputs', () => {
  const paragraphs = seedParagraphs().filter((p) => p.length > 40 && p.includes('。'))

  it('reads a 5 MB page written on one single line', () => {
    let line = ''
    for (let i = 0; line.length < 5_000_000 / 3; i++) line += paragraphs[i % paragraphs.length]
    const bytes = encodeUtf8(line)
    expect(bytes.length).toBeGreaterThan(4_500_000)
    const dataset = extractCorpus([{ name: 'one-line.txt', bytes }])
    expect(dataset.files[0]).toMatchObject({ status: 'ok', encoding: 'utf-8', bytes: bytes.length })
    expect(dataset.figures.length).toBeGreaterThan(5000)
    expect(provenanceProblems(dataset, new Map([['one-line.txt', line]]))).toEqual([])
  }, 120_000)

  it('reads a page with 150,000 figures in one article (more than a call can take as arguments)', () => {
    const text = '工业经济\n\n' + '全市工业产值增长1%,投资增长2%。\n'.repeat(75_000)
    const dataset = extractCorpus([utf8File('many.txt', text)])
    expect(dataset.articles).toHaveLength(1)
    expect(dataset.figures).toHaveLength(150_000)
    expect(dataset.files[0]).toMatchObject({ status: 'ok', figures: 150_000 })
  }, 120_000)

  it('reads a 3 MB page of many articles, the figures of each repeated article the same', () => {
    const block = paragraphs.slice(0, 40).join('\n\n')
    const text = Array.from({ length: 12 }, (_, i) => `第${i + 1}版 要闻\n\n${block}`).join('\n\n')
    const dataset = extractCorpus([utf8File('big.txt', text)])
    expect(dataset.files[0].status).toBe('ok')
    expect(provenanceProblems(dataset, new Map([['big.txt', text]]))).toEqual([])
    const perCopy = dataset.figures.length / 12
    expect(Number.isInteger(perCopy)).toBe(true)
    expect(new Set(dataset.figures.map((f) => f.id)).size).toBe(dataset.figures.length)
  }, 120_000)
})
