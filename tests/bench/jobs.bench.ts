/**
 * bench:jobs — `npm run extract --no-cache` on a generated corpus (BENCH_PAGES, default 1000 pages, about
 * 20 MB) with --jobs 1 and --jobs 2 (BENCH_JOBS=1,2), alternating, ROUNDS times each; --jobs 1 is the baseline.
 * Prints MB/s and the speed-up; the target is near-linear in cores.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../build/cli'
import { generateCorpus, writeCorpus } from './corpus'

const PAGES = Number(process.env.BENCH_PAGES ?? 1000)
const JOBS = (process.env.BENCH_JOBS ?? '1,2').split(',').map(Number)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)

const work = mkdtempSync(join(tmpdir(), 'nmg-bench-jobs-'))
try {
  const corpus = generateCorpus(PAGES, { seed: 11 })
  writeCorpus(join(work, 'pages'), corpus)
  const mb = corpus.pages.reduce((s, p) => s + Buffer.byteLength(p.text), 0) / 1e6
  const times = new Map<number, number[]>(JOBS.map((j) => [j, []]))
  for (let round = 0; round < ROUNDS; round++) {
    for (const jobs of JOBS) {
      const t0 = performance.now()
      const run = await cli('extract', [join(work, 'pages'), '--out', join(work, 'dataset.json'), '--no-cache', '--jobs', String(jobs)])
      if (run.status !== 0) throw new Error(`--jobs ${jobs} exited ${run.status}:\n${run.stderr}`)
      times.get(jobs)!.push((performance.now() - t0) / 1000)
    }
  }
  const best = (j: number) => Math.min(...times.get(j)!)
  console.log(`npm run extract --no-cache on ${PAGES} pages (${mb.toFixed(1)} MB), ${availableParallelism()} cores, best of ${ROUNDS} alternating runs`)
  console.log('jobs  runs (s)              best (s)   MB/s  speed-up vs --jobs 1')
  for (const jobs of JOBS) {
    console.log([String(jobs).padStart(4), times.get(jobs)!.map((s) => s.toFixed(2)).join(' / ').padEnd(20), best(jobs).toFixed(2).padStart(8),
      (mb / best(jobs)).toFixed(2).padStart(6), (best(JOBS[0]) / best(jobs)).toFixed(2).padStart(8)].join('  '))
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
