/**
 * bench:jobs — `npm run extract --no-cache` on generated corpora (BENCH_PAGES, default 1000 and 5000 pages, about
 * 20 and 100 MB) with --jobs 1 and --jobs 2 (BENCH_JOBS=1,2), alternating, ROUNDS times each; --jobs 1 is the
 * baseline. Prints MB/s and the speed-up; the target is near-linear in cores.
 *
 * Why two sizes: every worker warms up its own JIT (its first ~5 MB run at about two thirds of full speed, and
 * two workers warming up at once share the cores with their compiler threads), so on 20 MB the warm-up eats most
 * of the gain; on a corpus of an archive's size it does not.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../build/cli'
import { generateCorpus, writeCorpus } from './corpus'

const SIZES = (process.env.BENCH_PAGES ?? '1000,5000').split(',').map(Number)
const JOBS = (process.env.BENCH_JOBS ?? '1,2').split(',').map(Number)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)

const work = mkdtempSync(join(tmpdir(), 'nmg-bench-jobs-'))
try {
  for (const pages of SIZES) {
    const dir = join(work, `pages-${pages}`)
    const corpus = generateCorpus(pages, { seed: 11 })
    writeCorpus(dir, corpus)
    const mb = corpus.pages.reduce((s, p) => s + Buffer.byteLength(p.text), 0) / 1e6
    const times = new Map<number, number[]>(JOBS.map((j) => [j, []]))
    for (let round = 0; round < ROUNDS; round++) {
      for (const jobs of JOBS) {
        const t0 = performance.now()
        const run = await cli('extract', [dir, '--out', join(work, 'dataset.json'), '--no-cache', '--jobs', String(jobs)])
        if (run.status !== 0) throw new Error(`--jobs ${jobs} exited ${run.status}:\n${run.stderr}`)
        times.get(jobs)!.push((performance.now() - t0) / 1000)
      }
    }
    const best = (j: number) => Math.min(...times.get(j)!)
    console.log(`\nnpm run extract --no-cache on ${pages} pages (${mb.toFixed(1)} MB), ${availableParallelism()} cores, best of ${ROUNDS} alternating runs`)
    console.log('jobs  runs (s)              best (s)   MB/s  speed-up vs --jobs 1')
    for (const jobs of JOBS) {
      console.log([String(jobs).padStart(4), times.get(jobs)!.map((s) => s.toFixed(2)).join(' / ').padEnd(20), best(jobs).toFixed(2).padStart(8),
        (mb / best(jobs)).toFixed(2).padStart(6), (best(JOBS[0]) / best(jobs)).toFixed(2).padStart(8)].join('  '))
    }
    rmSync(dir, { recursive: true, force: true })
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
