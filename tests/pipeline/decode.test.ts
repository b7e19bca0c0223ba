import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodePage, type DecodeResult } from '../../src/pipeline/decode'
import { encodeGb18030, encodeUtf16, encodeUtf8, randomBytes } from '../robustness/encoders'

const SEEDS = join(import.meta.dirname, '../../seeds')
const seedTexts = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8') }))
const page = seedTexts[0].text

function decoded(result: DecodeResult): { text: string; encoding: string; note: string | null } {
  if (!result.ok) throw new Error(`expected text, got: ${result.reason}`)
  return { text: result.text, encoding: result.encoding, note: result.note }
}

function reason(result: DecodeResult): string {
  if (result.ok) throw new Error(`expected not text, got ${result.encoding}: ${result.text.slice(0, 40)}`)
  return result.reason
}

/** Everyday hanzi (GB2312 level 1, rows B0–D7) decoded from their GBK codes, for random Chinese strings. */
const COMMON_HANZI = (() => {
  const bytes: number[] = []
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let t = 0xa1; t <= 0xfe; t++) if (lead !== 0xd7 || t <= 0xf9) bytes.push(lead, t)
  return [...new TextDecoder('gb18030').decode(new Uint8Array(bytes))]
})()
const PAGE_CHARS = [...COMMON_HANZI, ...'0123456789.%,，。、：“”（）\n']
const chinese = fc.array(fc.constantFrom(...PAGE_CHARS), { minLength: 1, maxLength: 40 }).map((cs) => cs.join(''))

describe('decodePage: encodings', () => {
  it('reads every seed page as UTF-8, unchanged', () => {
    for (const { text } of seedTexts) expect(decoded(decodePage(encodeUtf8(text)))).toEqual({ text, encoding: 'utf-8', note: null })
  })

  it('reads every seed page encoded as GB18030 back to the same text', () => {
    for (const { text } of seedTexts) expect(decoded(decodePage(encodeGb18030(text)))).toEqual({ text, encoding: 'gb18030', note: null })
  })

  it('keeps CRLF line ends as they are (normalize drops the \\r), in UTF-8 and GBK', () => {
    const crlf = page.replace(/\n/g, '\r\n')
    expect(decoded(decodePage(encodeUtf8(crlf)))).toMatchObject({ text: crlf, encoding: 'utf-8' })
    expect(decoded(decodePage(encodeGb18030(crlf)))).toMatchObject({ text: crlf, encoding: 'gb18030' })
  })

  it('strips a UTF-8 byte order mark and says it was there', () => {
    expect(decoded(decodePage(encodeUtf8(page, true)))).toEqual({ text: page, encoding: 'utf-8-bom', note: null })
    expect(decoded(decodePage(encodeUtf8('2024年', true)))).toMatchObject({ text: '2024年', encoding: 'utf-8-bom' })
  })

  it('reads UTF-16 in either byte order, with a BOM or without one', () => {
    for (const order of ['le', 'be'] as const) {
      for (const bom of [true, false]) {
        for (const text of [page, '全区地区生产总值17875.5亿元,同比增长5.8%。', '内蒙古自治区']) {
          expect(decoded(decodePage(encodeUtf16(text, order, bom))), `${order} bom=${bom} ${text.slice(0, 8)}`).toEqual({
            text,
            encoding: `utf-16${order}`,
            note: null,
          })
        }
      }
    }
  })

  it('reads UTF-16 text that is mostly ASCII without a BOM', () => {
    const text = 'GDP 2024: 2.6 trillion yuan, up 5.8%\n'.repeat(20)
    expect(decoded(decodePage(encodeUtf16(text, 'le', false))).encoding).toBe('utf-16le')
    expect(decoded(decodePage(encodeUtf16(text, 'be', false))).encoding).toBe('utf-16be')
  })

  it('reads GBK words that happen to be valid UTF-8 as GBK', () => {
    // 学 is D1 A7 and 习 CF B0 in GBK: two well-formed two-byte UTF-8 sequences (ѧϰ).
    const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
    for (const word of ['学习', '实施', '要学习实施', '同学', '一', '学习 2024', '实施 GDP']) {
      const bytes = encodeGb18030(word)
      expect(() => strictUtf8.decode(bytes), word).not.toThrow()
      expect(decoded(decodePage(bytes)), word).toMatchObject({ text: word, encoding: 'gb18030' })
    }
  })

  it('never mistakes short Chinese text in one encoding for the other (property)', () => {
    fc.assert(
      fc.property(chinese, (text) => {
        const utf8 = decoded(decodePage(encodeUtf8(text)))
        expect(utf8.text).toBe(text)
        const gbk = decoded(decodePage(encodeGb18030(text)))
        expect(gbk.text).toBe(text)
        // Text with no byte above 0x7F is the same in both; only then may GBK bytes be named UTF-8.
        expect(gbk.encoding).toBe([...text].every((c) => c.charCodeAt(0) < 0x80) ? 'utf-8' : 'gb18030')
      }),
      { numRuns: 2000, seed: 6 },
    )
  })

  it('reads a short ASCII-only file as UTF-8', () => {
    expect(decoded(decodePage(encodeUtf8('GDP 5.8%\n')))).toEqual({ text: 'GDP 5.8%\n', encoding: 'utf-8', note: null })
    expect(decoded(decodePage(encodeUtf8('7')))).toMatchObject({ text: '7', encoding: 'utf-8' })
  })

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decoded(decodePage(new Uint8Array(0)))).toEqual({ text: '', encoding: 'utf-8', note: null })
  })

  it('reads UTF-8 text in a script that is not Chinese (Mongolian) as UTF-8', () => {
    const mongolian = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ᠌ 2024\n'
    expect(decoded(decodePage(encodeUtf8(mongolian)))).toMatchObject({ text: mongolian, encoding: 'utf-8' })
  })
})

describe('decodePage: damaged text', () => {
  it('drops a UTF-8 character cut off at the end of the file and says so', () => {
    const text = '全区地区生产总值同比增长'
    const bytes = encodeUtf8(text)
    for (const cut of [1, 2]) {
      const result = decoded(decodePage(bytes.subarray(0, bytes.length - cut)))
      expect(result.encoding).toBe('utf-8')
      expect(result.text).toBe(text.slice(0, -1))
      expect(result.note).toMatch(/truncated/)
    }
    const long = encodeUtf8(page)
    const result = decoded(decodePage(long.subarray(0, long.lastIndexOf(0xe5) + 1)))
    expect(result).toMatchObject({ encoding: 'utf-8', note: expect.stringMatching(/truncated/) })
    expect(page.startsWith(result.text)).toBe(true)
  })

  it('drops a GBK character cut off at the end of the file', () => {
    const bytes = encodeGb18030(page.slice(0, 2000) + '增长')
    const result = decoded(decodePage(bytes.subarray(0, bytes.length - 1)))
    expect(result).toMatchObject({ text: page.slice(0, 2000) + '增', encoding: 'gb18030', note: expect.stringMatching(/truncated/) })
  })

  it('drops the odd last byte of a UTF-16 file', () => {
    const bytes = encodeUtf16(page, 'le', true)
    const result = decoded(decodePage(bytes.subarray(0, bytes.length - 1)))
    expect(result).toMatchObject({ text: page.slice(0, -1), encoding: 'utf-16le', note: expect.stringMatching(/truncated/) })
  })

  it('keeps a UTF-8 page with a corrupt byte in the middle, replacing only that byte', () => {
    const bytes = encodeUtf8(page)
    const at = bytes.indexOf(0xe5, 5000)
    const corrupt = bytes.slice()
    corrupt[at] = 0xff
    const result = decoded(decodePage(corrupt))
    expect(result.encoding).toBe('utf-8')
    // The lead byte of a three-byte character is gone: its two continuation bytes become two more U+FFFD.
    expect(result.note).toMatch(/^3 byte sequence\(s\) not valid utf-8/)
    expect(result.text.length).toBe(page.length + 2)
    expect(result.text.match(/\ufffd/g)).toHaveLength(3)
    expect(result.text.slice(0, 1000)).toBe(page.slice(0, 1000))
  })
})

describe('decodePage: not text', () => {
  const header = (bytes: number[]) => {
    const out = new Uint8Array(2048)
    out.set(bytes)
    out.set(randomBytes(2048 - bytes.length, 7), bytes.length)
    return out
  }

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /PNG image/],
    ['PDF', [...encodeUtf8('%PDF-1.7\n')], /PDF document/],
    ['ZIP/docx', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], /ZIP archive/],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], /JPEG image/],
    ['GIF', [...encodeUtf8('GIF89a')], /GIF image/],
    ['gzip', [0x1f, 0x8b, 0x08], /gzip/],
    ['old .doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /Word\/Excel/],
  ])('names a %s file by its header', (_, bytes, what) => {
    expect(reason(decodePage(header(bytes)))).toMatch(what)
  })

  // A few random bytes can spell a word by chance; from 64 bytes on, random content never reads as text.
  it('rejects random binary of 64 bytes and more', () => {
    for (const size of [64, 100, 1000, 70000]) {
      for (let seed = 1; seed <= 20; seed++) expect(reason(decodePage(randomBytes(size, seed * 31 + size))), `${size}/${seed}`).toMatch(/^not text/)
    }
  })

  it('rejects random bytes from the GBK byte range (valid GB18030, but not words)', () => {
    const bytes = randomBytes(20000, 3).map((b) => 0x81 + (b % 126))
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toThrow()
    expect(reason(decodePage(bytes))).toMatch(/^not text/)
  })

  it('skips a Big5 (traditional Chinese) page rather than reading it as garbled GBK', () => {
    const big5 = new Map<string, [number, number]>()
    const decoder = new TextDecoder('big5', { fatal: true })
    for (let lead = 0xa1; lead <= 0xf9; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]))
          if (!big5.has(ch)) big5.set(ch, [lead, trail])
        } catch {
          // not a Big5 code
        }
      }
    }
    const text = '內蒙古自治區前三季度地區生產總值增長5.8%，全區經濟運行穩中有進、進中向好。\n'.repeat(30)
    const bytes = new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : big5.get(ch)!)))
    expect(reason(decodePage(bytes))).toMatch(/^not text: .*Big5/)
  })

  it('rejects text full of NUL and control bytes that is not UTF-16', () => {
    const bytes = encodeUtf8('数据\u0000\u0001\u0002\u0003'.repeat(200))
    expect(reason(decodePage(bytes))).toMatch(/^not text/)
  })
})
