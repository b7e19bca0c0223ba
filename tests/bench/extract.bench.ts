/**
 * bench:extract — throughput of the whole pipeline (decode → normalize → split → quantities → metrics →
 * regions → periods) on synthetic corpora of 5, 20 and 50 MB assembled from the seeds' own paragraphs, in one thread.
 * Prints MB/s and figures/s per size and the cost per MB relative to the smallest size (≈1.0 means linear).
 *
 *     npm run bench:extract                       # this tree
 *     npm run bench:extract -- --baseline main    # and a git ref (its src/ unpacked to a temp folder), alternating
 *     npm run bench:extract -- --baseline ../old  # or a checkout folder (with node_modules)
 *
 * With a baseline, both pipelines run in this process on the same corpora, alternating (new, old, new, old …,
 * BENCH_ROUNDS times each); the best run of each counts, so a machine shared with other work compares like with
 * like. BENCH_SIZES (MB, default 5,20,50) and BENCH_ROUNDS (default 1, or 3 with a baseline) change the runs.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { extractCorpus, type CorpusFile } from '../../src/pipeline/dataset'

const ROOT = join(import.meta.dirname, '../..')
const SEEDS = join(ROOT, 'seeds')
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

type Extract = typeof extractCorpus

/** The baseline's pipeline: a folder holding src/ (and node_modules), or a git ref whose src/ is unpacked to a temp folder. */
async function loadBaseline(spec: string): Promise<{ label: string; extract: Extract; cleanup: () => void }> {
  let dir = resolve(spec)
  let cleanup = () => {}
  if (!existsSync(join(dir, 'src/pipeline/dataset.ts'))) {
    const temp = mkdtempSync(join(tmpdir(), 'nmg-bench-baseline-'))
    const archive = execFileSync('git', ['archive', spec, 'src', 'package.json'], { cwd: ROOT, maxBuffer: 1 << 30 })
    execFileSync('tar', ['-x', '-C', temp], { input: archive })
    symlinkSync(join(ROOT, 'node_modules'), join(temp, 'node_modules'))
    dir = temp
    cleanup = () => rmSync(temp, { recursive: true, force: true })
  }
  const mod = (await import(pathToFileURL(join(dir, 'src/pipeline/dataset.ts')).href)) as { extractCorpus: Extract }
  return { label: spec, extract: mod.extractCorpus, cleanup }
}

const argv = process.argv.slice(2)
const baselineAt = argv.indexOf('--baseline')
const baselineSpec = baselineAt >= 0 ? argv[baselineAt + 1] : (process.env.BENCH_BASELINE ?? '')
const baseline = baselineSpec ? await loadBaseline(baselineSpec) : null
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (baseline ? 3 : 1))

const contenders: Array<{ label: string; extract: Extract }> = [{ label: 'this tree', extract: extractCorpus }]
if (baseline) contenders.push(baseline)

const paragraphs = seedParagraphs()
// Warm-up: every contender compiles its code and builds its region table before the timed runs.
for (const c of contenders) c.extract(syntheticCorpus(1_000_000, paragraphs, 7))

const rows: Array<{ mb: number; figures: number[]; seconds: number[][] }> = []
try {
  for (const mb of SIZES_MB) {
    const files = syntheticCorpus(mb * 1_000_000, paragraphs, mb)
    const bytes = files.reduce((s, f) => s + f.bytes.length, 0)
    const row = { mb: bytes / 1e6, figures: contenders.map(() => 0), seconds: contenders.map(() => [] as number[]) }
    for (let round = 0; round < ROUNDS; round++) {
      contenders.forEach((c, k) => {
        const t0 = performance.now()
        const dataset = c.extract(files)
        row.seconds[k].push((performance.now() - t0) / 1000)
        row.figures[k] = dataset.figures.length
      })
    }
    rows.push(row)
  }
} finally {
  baseline?.cleanup()
}

const best = (s: number[]) => Math.min(...s)
contenders.forEach((c, k) => {
  const base = best(rows[0].seconds[k]) / rows[0].mb
  console.log(`${c.label}${ROUNDS > 1 ? ` (best of ${ROUNDS})` : ''}`)
  console.log('size (MB)  time (s)  MB/s    figures    figures/s  s per MB vs smallest')
  for (const r of rows) {
    const seconds = best(r.seconds[k])
    console.log(
      [r.mb.toFixed(1).padStart(9), seconds.toFixed(2).padStart(8), (r.mb / seconds).toFixed(2).padStart(6), String(r.figures[k]).padStart(9),
        Math.round(r.figures[k] / seconds).toString().padStart(10), ((seconds / r.mb) / base).toFixed(2).padStart(8)].join('  '),
    )
  }
})
if (baseline) {
  console.log(`\nalternating runs, MB/s: this tree vs ${baseline.label}`)
  console.log('size (MB)  this tree (each run)        baseline (each run)         speed-up (best)')
  for (const r of rows) {
    const runs = (k: number) => r.seconds[k].map((s) => (r.mb / s).toFixed(2)).join(' ').padEnd(26)
    console.log([r.mb.toFixed(1).padStart(9), runs(0), runs(1), (best(r.seconds[1]) / best(r.seconds[0])).toFixed(2).padStart(8)].join('  '))
  }
  const same = rows.every((r) => r.figures[0] === r.figures[1])
  console.log(same ? 'figures: same count in both' : 'figures: counts DIFFER between the two pipelines')
}
