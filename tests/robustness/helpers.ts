import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Dataset } from '../../src/model'
import type { CorpusFile } from '../../src/pipeline/dataset'

export const SEEDS = join(import.meta.dirname, '../../seeds')

export function seedFiles(): CorpusFile[] {
  return readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(SEEDS, name))) }))
}

export function seedTexts(): Map<string, string> {
  return new Map(seedFiles().map((f) => [f.name, new TextDecoder().decode(f.bytes)]))
}

/** The seeds' paragraphs (blank-line separated blocks), in file order. */
export function seedParagraphs(): string[] {
  const out: string[] = []
  for (const text of seedTexts().values()) out.push(...text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0))
  return out
}

/** The seeds' sentences that contain a digit, ending in 。, for splicing into invented pages. */
export function seedSentencesWithNumbers(): string[] {
  const out = new Set<string>()
  for (const p of seedParagraphs()) for (const s of p.match(/[^。\n]+。/g) ?? []) if (/\d/.test(s) && s.length < 200) out.add(s.trim())
  return [...out]
}

/**
 * Every way a dataset's provenance can be wrong: a quote or raw number not verbatim at its offset, an article
 * text not the file slice it claims, a figure outside its article. `texts` maps file name to decoded text.
 */
export function provenanceProblems(dataset: Dataset, texts: Map<string, string>): string[] {
  const problems: string[] = []
  const articles = new Map(dataset.articles.map((a) => [a.id, a]))
  for (const a of dataset.articles) {
    const text = texts.get(a.file) ?? ''
    if (text.slice(a.start, a.end) !== a.text) problems.push(`${a.id}: article text is not file[${a.start}, ${a.end})`)
  }
  for (const f of dataset.figures) {
    const text = texts.get(f.source.file) ?? ''
    const { quote, quoteOffset, offset, articleId } = f.source
    if (text.slice(quoteOffset, quoteOffset + quote.length) !== quote) problems.push(`${f.id}: quote not at quoteOffset ${quoteOffset}`)
    if (!text.startsWith(f.raw, offset)) problems.push(`${f.id}: raw ${f.raw} not at offset ${offset}`)
    if (offset < quoteOffset || offset + f.raw.length > quoteOffset + quote.length) problems.push(`${f.id}: number outside its quote`)
    const article = articles.get(articleId)
    if (!article) problems.push(`${f.id}: no article ${articleId}`)
    else if (offset < article.start || offset >= article.end) problems.push(`${f.id}: outside article ${articleId}`)
  }
  for (const r of dataset.files) {
    const text = texts.get(r.file) ?? ''
    for (const s of r.setAside) if (!text.startsWith(s.raw, s.offset) && !normalizedStartsWith(text, s.raw, s.offset)) problems.push(`${r.file}: set-aside ${s.raw} not at ${s.offset}`)
  }
  return problems
}

/**
 * Set-aside numbers are quoted from the normalized sentence, not the file: full-width digits are ASCII
 * (２０２４ → 2024), a column break inside the number is gone (2\n000年 → 2000年) and an expansion such as
 * ㈠ → (一) maps to where it starts. So compare them normalized, in a window starting at the offset.
 */
function normalizedStartsWith(text: string, raw: string, offset: number): boolean {
  const squeeze = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')
  return squeeze(text.slice(offset, offset + raw.length * 3 + 4)).includes(squeeze(raw))
}

/**
 * ASCII digit runs of `text` that no figure's raw and no set-aside entry of the file covers (by offset),
 * each with the text around it.
 */
export function unaccountedNumbers(dataset: Dataset, file: string, text: string): Array<{ raw: string; offset: number; context: string }> {
  const covered = new Uint8Array(text.length + 1)
  const mark = (from: number, length: number) => covered.fill(1, from, Math.min(text.length, from + length))
  for (const f of dataset.figures) if (f.source.file === file) mark(f.source.offset, f.raw.length)
  for (const s of dataset.files.find((r) => r.file === file)?.setAside ?? []) mark(s.offset, s.raw.length)
  const lost: Array<{ raw: string; offset: number; context: string }> = []
  for (const m of text.matchAll(/[0-9]+/g)) {
    const at = m.index
    if (covered.subarray(at, at + m[0].length).some((c) => c === 1)) continue
    lost.push({ raw: m[0], offset: at, context: text.slice(Math.max(0, at - 12), at + m[0].length + 8).replace(/\s+/g, ' ') })
  }
  return lost
}
