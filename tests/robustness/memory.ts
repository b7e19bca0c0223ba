/**
 * bench:memory — does extracting a 100 MB corpus stay under 1 GB of heap? Two corpora are built from the seeds'
 * own paragraphs: many ~20 KB pages, and ONE 100 MB file. Each runs extractCorpus in a child Node process
 * started with --max-old-space-size=1024 (so going over the limit fails the run) and --trace-gc: the heap in
 * use before each collection is read from the GC trace, so the peak is measured while the synchronous
 * extraction runs, not only after it. Also printed: heap after a final GC (what the dataset itself holds),
 * peak resident set size (heap, typed arrays and the input bytes together) and time.
 *
 *   node --expose-gc --import tsx tests/robustness/memory.ts          both corpora, 100 MB each
 *   MEMORY_MB=20 node --expose-gc --import tsx tests/robustness/memory.ts
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractCorpus, type CorpusFile } from '../../src/pipeline/dataset'

const SEEDS = join(import.meta.dirname, '../../seeds')
const HEAP_LIMIT_MB = 1024
const TOTAL_BYTES = Number(process.env.MEMORY_MB ?? 100) * 1_000_000
const PAGE_BYTES = 20_000

type Scenario = 'many-files' | 'one-file'

interface ChildResult {
  scenario: Scenario
  files: number
  inputMB: number
  seconds: number
  figures: number
  articles: number
  /** Heap in use the moment extraction returns, garbage included: a lower bound of the peak. */
  heapAtEndMB: number
  /** Heap in use after a full GC: what the dataset itself holds. */
  heapAfterMB: number
  maxRssMB: number
}

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32
}

function seedParagraphs(): string[] {
  const out: string[] = []
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
    out.push(...readFileSync(join(SEEDS, name), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0))
  }
  return out
}

/**
 * Pages of articles (a headline, a dated dateline, 2–6 seed paragraphs each), encoded chunk by chunk so that
 * no 100 MB string is ever held: what the extraction is handed is bytes, as it is when reading files.
 */
function buildCorpus(scenario: Scenario): CorpusFile[] {
  const paragraphs = seedParagraphs()
  const next = rng(6)
  const encoder = new TextEncoder()
  const files: CorpusFile[] = []
  let chunks: Uint8Array[] = []
  let pageBytes = 0
  let total = 0
  const flush = () => {
    const bytes = new Uint8Array(pageBytes)
    let at = 0
    for (const c of chunks) {
      bytes.set(c, at)
      at += c.length
    }
    files.push({ name: `page-${String(files.length).padStart(6, '0')}.txt`, bytes })
    chunks = []
    pageBytes = 0
  }
  for (let article = 0; total < TOTAL_BYTES; article++) {
    let block = `标题${article}\n\n本报${1 + Math.floor(next() * 12)}月${1 + Math.floor(next() * 28)}日讯(记者 某某)`
    const n = 2 + Math.floor(next() * 5)
    for (let k = 0; k < n; k++) block += paragraphs[Math.floor(next() * paragraphs.length)] + '\n\n'
    const encoded = encoder.encode(block + '\n')
    chunks.push(encoded)
    pageBytes += encoded.length
    total += encoded.length
    if (scenario === 'many-files' && pageBytes >= PAGE_BYTES) flush()
  }
  if (pageBytes > 0) flush()
  return files
}

function child(scenario: Scenario): void {
  const files = buildCorpus(scenario)
  const inputMB = files.reduce((s, f) => s + f.bytes.length, 0) / 1e6
  globalThis.gc?.()
  console.log('START')
  const t0 = performance.now()
  const dataset = extractCorpus(files)
  const seconds = (performance.now() - t0) / 1000
  const heapAtEndMB = process.memoryUsage().heapUsed / 1e6
  console.log('END')
  globalThis.gc?.()
  const result: ChildResult = {
    scenario,
    files: files.length,
    inputMB,
    seconds,
    figures: dataset.figures.length,
    articles: dataset.articles.length,
    heapAtEndMB,
    heapAfterMB: process.memoryUsage().heapUsed / 1e6,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }
  console.log(`RESULT ${JSON.stringify(result)}`)
}

/** `… Mark-Compact 512.3 (530.1) -> 300.2 (520.0) MB …`: heap in use before a collection, in MB. */
const GC_LINE = /: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact)[^\d]*?([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/

function run(scenario: Scenario): void {
  const started = performance.now()
  const out = spawnSync(
    process.execPath,
    ['--expose-gc', '--trace-gc', `--max-old-space-size=${HEAP_LIMIT_MB}`, '--import', 'tsx', import.meta.filename, '--child', scenario],
    { encoding: 'utf8', maxBuffer: 1 << 30, env: process.env },
  )
  const lines = out.stdout.split('\n')
  const result = lines.find((l) => l.startsWith('RESULT '))
  if (out.status !== 0 || !result) {
    console.log(`${scenario}: FAILED (exit ${out.status}${out.signal ? `, ${out.signal}` : ''}) after ${((performance.now() - started) / 1000).toFixed(0)} s`)
    console.log(out.stderr.split('\n').slice(-15).join('\n'))
    process.exitCode = 1
    return
  }
  const r = JSON.parse(result.slice(7)) as ChildResult
  let during = false
  let peak = r.heapAtEndMB
  for (const line of lines) {
    if (line === 'START') during = true
    else if (line === 'END') during = false
    const m = during ? GC_LINE.exec(line) : null
    if (m) peak = Math.max(peak, Number(m[1]))
  }
  const verdict = peak < HEAP_LIMIT_MB ? 'under' : 'OVER'
  console.log(
    `${r.scenario.padEnd(10)}  ${String(r.files).padStart(5)} file(s)  ${r.inputMB.toFixed(1).padStart(6)} MB  ${r.seconds.toFixed(1).padStart(6)} s` +
      `  ${(r.inputMB / r.seconds).toFixed(2).padStart(5)} MB/s  peak heap ${peak.toFixed(0).padStart(4)} MB (${verdict} ${HEAP_LIMIT_MB})` +
      `  heap after ${r.heapAfterMB.toFixed(0).padStart(4)} MB  peak RSS ${r.maxRssMB.toFixed(0).padStart(5)} MB` +
      `  ${r.articles} articles, ${r.figures} figures`,
  )
  if (peak >= HEAP_LIMIT_MB) process.exitCode = 1
}

const at = process.argv.indexOf('--child')
if (at >= 0) child(process.argv[at + 1] as Scenario)
else for (const scenario of ['many-files', 'one-file'] as const) run(scenario)
