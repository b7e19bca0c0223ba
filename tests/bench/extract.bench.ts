/**
 * bench:extract — throughput of the whole pipeline (decode → normalize → split → quantities → metrics →
 * regions → periods) on synthetic corpora of 5, 20 and 50 MB assembled from the seeds' own paragraphs.
 * Prints MB/s and figures/s per size and the cost per MB relative to the smallest size (≈1.0 means linear).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractCorpus, type CorpusFile } from '../../src/pipeline/dataset'

const SEEDS = join(import.meta.dirname, '../../seeds')
const SIZES_MB = (process.env.BENCH_SIZES ?? '5,20,50').split(',').map(Number)
const PAGE_BYTES = 20_000

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

function seedParagraphs(): string[] {
  const out: string[] = []
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(SEEDS, name), 'utf8')
    out.push(...text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0))
  }
  return out
}

/** Pages of ~20 KB: a dateline'd article after another, paragraphs drawn at random from the seeds. */
function syntheticCorpus(totalBytes: number, paragraphs: string[], seed: number): CorpusFile[] {
  const next = rng(seed)
  const encoder = new TextEncoder()
  const files: CorpusFile[] = []
  let total = 0
  for (let page = 0; total < totalBytes; page++) {
    let text = ''
    let bytes = 0
    let article = 0
    while (bytes < PAGE_BYTES) {
      const month = 1 + Math.floor(next() * 12)
      const day = 1 + Math.floor(next() * 28)
      let block = `\n标题${page}之${article++}\n\n本报${month}月${day}日讯(记者 某某)`
      const n = 2 + Math.floor(next() * 5)
      for (let k = 0; k < n; k++) block += paragraphs[Math.floor(next() * paragraphs.length)] + '\n\n'
      text += block
      bytes += encoder.encode(block).length
    }
    const encoded = encoder.encode(text)
    files.push({ name: `page-${String(page).padStart(6, '0')}.txt`, bytes: encoded })
    total += encoded.length
  }
  return files
}

const paragraphs = seedParagraphs()
extractCorpus(syntheticCorpus(1_000_000, paragraphs, 7))

const rows: Array<{ mb: number; seconds: number; figures: number }> = []
for (const mb of SIZES_MB) {
  const files = syntheticCorpus(mb * 1_000_000, paragraphs, mb)
  const bytes = files.reduce((s, f) => s + f.bytes.length, 0)
  const t0 = performance.now()
  const dataset = extractCorpus(files)
  const seconds = (performance.now() - t0) / 1000
  rows.push({ mb: bytes / 1e6, seconds, figures: dataset.figures.length })
}
const base = rows[0].seconds / rows[0].mb
console.log('size (MB)  time (s)  MB/s    figures    figures/s  s per MB vs smallest')
for (const r of rows) {
  console.log(
    [r.mb.toFixed(1).padStart(9), r.seconds.toFixed(2).padStart(8), (r.mb / r.seconds).toFixed(2).padStart(6), String(r.figures).padStart(9),
      Math.round(r.figures / r.seconds).toString().padStart(10), ((r.seconds / r.mb) / base).toFixed(2).padStart(8)].join('  '),
  )
}
