import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize } from '../../src/pipeline/normalize'

const seedDir = fileURLToPath(new URL('../../seeds/', import.meta.url))
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(seedDir + f, 'utf8'))

/** Every output unit must come from the file unit its origin names (itself, what NFKC makes of it, or a lone \r's line break). */
function expectOriginsHonest(original: string, text: string, origin: Int32Array) {
  expect(origin.length).toBe(text.length)
  for (let i = 0; i < text.length; i++) {
    const at = origin[i]
    expect(at).toBeGreaterThanOrEqual(0)
    expect(at).toBeLessThan(original.length)
    if (i > 0) expect(at).toBeGreaterThanOrEqual(origin[i - 1])
    const end = at + (original.codePointAt(at)! > 0xffff ? 2 : 1)
    const source = original.slice(at, end)
    if (source === '\r') expect(text[i]).toBe('\n')
    else if (source !== text[i]) expect(source.normalize('NFKC')).toContain(text[i])
  }
}

describe('normalize', () => {
  it('turns full-width digits, letters and punctuation into ASCII', () => {
    expect(normalize('总投资１８６亿元，占比８２％；其中：（一）ＡＢ类').text).toBe('总投资186亿元,占比82%;其中:(一)AB类')
  })

  it('keeps the CJK punctuation NFKC keeps, and … and circled list numbers', () => {
    const text = '会议指出:“要抓好落实。”农业、牧业——全面发展……①新建项目⑵'
    expect(normalize(text).text).toBe('会议指出:“要抓好落实。”农业、牧业——全面发展……①新建项目⑵')
  })

  it('drops the \\r of CRLF line ends and maps the rest to their file offsets', () => {
    const original = '第一行\r\n第二行\r\n'
    const view = normalize(original)
    expect(view.text).toBe('第一行\n第二行\n')
    expect(Array.from(view.origin)).toEqual([0, 1, 2, 4, 5, 6, 7, 9])
  })

  it('treats a lone \\r as a line break', () => {
    expect(normalize('甲\r乙').text).toBe('甲\n乙')
  })

  it('removes the BOM and zero-width characters', () => {
    const original = '\ufeff同比\u200b增长\u200d5%\u2060'
    const view = normalize(original)
    expect(view.text).toBe('同比增长5%')
    expect(Array.from(view.origin)).toEqual([1, 2, 4, 5, 7, 8])
  })

  it('turns the ideographic space and no-break space into plain spaces', () => {
    expect(normalize('\u3000\u3000本报讯\u00a0记者').text).toBe('  本报讯 记者')
  })

  it('maps expansions and compositions to the character they came from', () => {
    const view = normalize('面积5㎡,cafe\u0301')
    expect(view.text).toBe('面积5m2,café')
    expect(Array.from(view.origin)).toEqual([0, 1, 2, 3, 3, 4, 5, 6, 7, 8])
  })

  it('handles surrogate pairs: keeps what NFKC keeps, folds what it folds', () => {
    const view = normalize('𠀀年产𝟏𝟐万吨😀')
    expect(view.text).toBe('𠀀年产12万吨😀')
    expect(Array.from(view.origin)).toEqual([0, 1, 2, 3, 4, 6, 8, 9, 10, 11])
  })

  it('agrees with NFKC on random mixes of the characters pages contain', () => {
    const pieces = ['本', '报', '讯', '1', 'a', ' ', '\n', '\r\n', '\r', '，', '。', '、', '“', '”', '１', '％', '（', '）', '\u3000', '\u200b', '\ufeff', '𝟏', '😀', '—', '…', '㎡', '\t']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const original = parts.join('')
        const view = normalize(original)
        const expected = original
          .replace(/\r\n?/g, '\n')
          .replace(/[\u200b\ufeff]/g, '')
          .split('…')
          .map((s) => s.normalize('NFKC'))
          .join('…')
        expect(view.text).toBe(expected)
        expectOriginsHonest(original, view.text, view.origin)
      }),
      { numRuns: 300 },
    )
  })

  it('composes a combining mark with the character before it wherever it stands', () => {
    const pieces = ['e', 'a', '本', '1', ' ', '\n', ',', '，', '１', '。', '㎡', '\u0301', '\u0308', '\u0327']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const original = parts.join('')
        const view = normalize(original)
        expect(view.text).toBe(original.normalize('NFKC'))
        expect(view.origin.length).toBe(view.text.length)
        for (let i = 1; i < view.origin.length; i++) expect(view.origin[i]).toBeGreaterThanOrEqual(view.origin[i - 1])
      }),
      { numRuns: 300 },
    )
    const view = normalize('本报讯 cafe\u0301和ec\u0327')
    expect(view.text).toBe('本报讯 café和eç')
    expect(Array.from(view.origin)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11])
  })

  it('maps every unit of the seeds back to the file and is deterministic', () => {
    for (const seed of seeds) {
      const view = normalize(seed)
      expectOriginsHonest(seed, view.text, view.origin)
      const again = normalize(seed)
      expect(again.text).toBe(view.text)
      expect(again.origin.length).toBe(view.origin.length)
      expect(again.origin.every((o, i) => o === view.origin[i])).toBe(true)
    }
    // Checks every unit of every seed: slow on a loaded machine, so more time than the default 5 s.
  }, 60_000)
})
