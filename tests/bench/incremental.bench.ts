/**
 * bench:incremental — `npm run extract` on a generated corpus (tests/bench/corpus.ts) of 1,000 and 10,000 pages
 * (BENCH_PAGES=1000,10000): cold (empty cache), then after a one-page edit, three times. The cold run in the
 * same process is the baseline; the target is a one-page change under 5% of it. Both use the default
 * --jobs (the core count). Prints seconds and the ratio; nothing here is a pass/fail test.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../build/cli'
import { editPage, generateCorpus, writeCorpus } from './corpus'

const SIZES = (process.env.BENCH_PAGES ?? '1000,10000').split(',').map(Number)
const EDITS = 3

async function timed(args: string[], env: Record<string, string>): Promise<{ seconds: number; stderr: string }> {
  const t0 = performance.now()
  const run = await cli('extract', args, env)
  const seconds = (performance.now() - t0) / 1000
  if (run.status !== 0) throw new Error(`extract ${args.join(' ')} exited ${run.status}:\n${run.stderr}`)
  return { seconds, stderr: run.stderr }
}

const rows: string[] = []
for (const pages of SIZES) {
  const work = mkdtempSync(join(tmpdir(), 'nmg-bench-incremental-'))
  try {
    const corpus = generateCorpus(pages, { seed: pages })
    writeCorpus(join(work, 'pages'), corpus)
    const mb = corpus.pages.reduce((s, p) => s + Buffer.byteLength(p.text), 0) / 1e6
    const env = { NMG_CACHE_DIR: join(work, 'cache') }
    const args = [join(work, 'pages'), '--out', join(work, 'dataset.json')]
    const cold = await timed(args, env)
    const outMb = statSync(join(work, 'dataset.json')).size / 1e6
    const edits: number[] = []
    for (let e = 0; e < EDITS; e++) {
      const page = corpus.pages[Math.floor(((e + 0.5) * pages) / EDITS)]
      const path = join(work, 'pages', page.name)
      writeFileSync(path, editPage(readFileSync(path, 'utf8'), e + 1))
      const run = await timed(args, env)
      if (!run.stderr.includes(`1 page(s) extracted`)) throw new Error(`expected one page extracted:\n${run.stderr}`)
      edits.push(run.seconds)
    }
    const median = [...edits].sort((a, b) => a - b)[Math.floor(edits.length / 2)]
    rows.push(
      [String(pages).padStart(6), mb.toFixed(1).padStart(8), outMb.toFixed(0).padStart(9), cold.seconds.toFixed(2).padStart(8),
        edits.map((s) => s.toFixed(2)).join(' / ').padStart(20), median.toFixed(2).padStart(7), `${((100 * median) / cold.seconds).toFixed(1)}%`.padStart(8)].join('  '),
    )
    console.error(`${pages} pages done`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
console.log(`npm run extract, default --jobs (${availableParallelism()} cores), cache in a fresh folder; times include starting Node and tsx`)
console.log(' pages  input MB  output MB  cold (s)  one-page edits (s)  median  vs cold')
for (const row of rows) console.log(row)
