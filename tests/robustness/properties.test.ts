import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodePage } from '../../src/pipeline/decode'
import { extractCorpus } from '../../src/pipeline/dataset'
import { encodeGb18030, encodeUtf8 } from './encoders'
import { provenanceProblems, seedParagraphs, seedSentencesWithNumbers } from './helpers'

const sentences = seedSentencesWithNumbers()
const headlines = seedParagraphs().filter((p) => p.length >= 6 && p.length <= 30 && !/[。,，]/.test(p))

/** Pieces a page is made of: real sentences and headlines, datelines, markers, breaks of every kind. */
const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...sentences) },
  { weight: 2, arbitrary: fc.constantFrom(...headlines).map((h) => `\n\n${h}\n\n`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `本报${m}月${d}日讯(记者 某某)`) },
  { weight: 1, arbitrary: fc.constantFrom('■下转第5版', '(上接第1版)', '本报记者 张三 摄', '(完)', '2024年10月21日 星期一', '□ 本报记者 李四') },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', ' ', '\u3000', '\t', '') },
)

/** A sentence cut by a column break at a random place, as the seeds' layout does. */
const brokenSentence = fc.tuple(fc.constantFrom(...sentences), fc.nat(), fc.constantFrom('\n', '\n\n', '\r\n')).map(([s, at, br]) => {
  const k = at % (s.length + 1)
  return s.slice(0, k) + br + s.slice(k)
})

const syntheticPage = fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: brokenSentence }), { minLength: 1, maxLength: 40 }).map((ps) => ps.join(''))

function extractText(name: string, text: string) {
  return extractCorpus([{ name, bytes: encodeUtf8(text) }])
}

describe('provenance on invented pages (property)', () => {
  it('quotes and numbers of every figure are verbatim at their offsets, for any splice of seed sentences', () => {
    fc.assert(
      fc.property(syntheticPage, (text) => {
        const dataset = extractText('page.txt', text)
        expect(provenanceProblems(dataset, new Map([['page.txt', text]]))).toEqual([])
        for (const f of dataset.figures) {
          expect(text.slice(f.source.quoteOffset, f.source.quoteOffset + f.source.quote.length)).toBe(f.source.quote)
          expect(text.slice(f.source.offset).startsWith(f.raw)).toBe(true)
        }
      }),
      { numRuns: 500, seed: 61 },
    )
  }, 120_000)

  it('reads the same figures from a page in GBK as in UTF-8', () => {
    fc.assert(
      fc.property(syntheticPage, (text) => {
        const utf8 = extractText('page.txt', text)
        const gbk = extractCorpus([{ name: 'page.txt', bytes: encodeGb18030(text) }])
        if (gbk.files[0].status === 'ok') expect(gbk.files[0].encoding).toMatch(/gb18030|utf-8/)
        expect(gbk.figures).toEqual(utf8.figures)
      }),
      { numRuns: 100, seed: 62 },
    )
  }, 120_000)
})

describe('no input makes the pipeline throw (property)', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.string({ unit: 'grapheme', maxLength: 400 }),
    fc.array(
      fc.oneof(
        fc.constantFrom(...'0123456789.%,，。、：;—-~万亿千百十零一二三四五六七八九两元吨年月日季度增长下降同比全区\n\r\t ()（）“”《》#■□①㎡％０１２３４５６７８９'),
        fc.string({ unit: 'binary', maxLength: 3 }),
      ),
      { maxLength: 600 },
    ).map((cs) => cs.join('')),
  )

  it('extracts any Unicode text without throwing, and keeps provenance verbatim', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        // Lone surrogates do not survive UTF-8: compare against what the file decodes to.
        const bytes = encodeUtf8(text)
        const dataset = extractCorpus([{ name: 'x.txt', bytes }])
        const decoded = decodePage(bytes)
        const fileText = decoded.ok ? decoded.text : ''
        expect(provenanceProblems(dataset, new Map([['x.txt', fileText]]))).toEqual([])
        expect(dataset.files).toHaveLength(1)
      }),
      { numRuns: 1000, seed: 63 },
    )
  }, 120_000)

  it('decodes and extracts any bytes without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const dataset = extractCorpus([{ name: 'x.bin.txt', bytes }])
        expect(['ok', 'empty', 'skipped']).toContain(dataset.files[0].status)
        if (dataset.files[0].status === 'skipped') expect(dataset.files[0].reason).toMatch(/^not text/)
      }),
      { numRuns: 1000, seed: 64 },
    )
  }, 120_000)

  it('survives random splices of seed sentences with random characters between them', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, brokenSentence, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 60 }), (parts) => {
        const bytes = encodeUtf8(parts.join(''))
        const dataset = extractCorpus([{ name: 'mix.txt', bytes }])
        const decoded = decodePage(bytes)
        expect(provenanceProblems(dataset, new Map([['mix.txt', decoded.ok ? decoded.text : '']]))).toEqual([])
      }),
      { numRuns: 1000, seed: 65 },
    )
  }, 120_000)
})
