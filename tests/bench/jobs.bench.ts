/**
 * bench:jobs — `npm run extract --no-cache` on generated corpora (BENCH_PAGES, default 1000 and 5000 pages, about
 * 20 and 100 MB) with --jobs 1 and --jobs 2 (BENCH_JOBS=1,2), alternating, ROUNDS times each; --jobs 1 is the
 * baseline. Prints MB/s and the speed-up; the target is near-linear in cores.
 *
 * The last row is the machine's own ceiling: two separate `--jobs 1` processes, each on half the pages (`--shard i/2
 * --out-dir`), run at once. Where even they are well short of 2x (cores that share caches and memory, a noisy
 * neighbour), worker threads cannot do better, and the --jobs rows are to be read against that row.
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
/** The row of two separate processes, each on half the pages (see above). */
const PAIR = 0

const work = mkdtempSync(join(tmpdir(), 'nmg-bench-jobs-'))
try {
  for (const pages of SIZES) {
    const dir = join(work, `pages-${pages}`)
    const corpus = generateCorpus(pages, { seed: 11 })
    writeCorpus(dir, corpus)
    const mb = corpus.pages.reduce((s, p) => s + Buffer.byteLength(p.text), 0) / 1e6
    const times = new Map<number, number[]>([...JOBS, PAIR].map((j) => [j, []]))
    for (let round = 0; round < ROUNDS; round++) {
      for (const jobs of JOBS) {
        const t0 = performance.now()
        const run = await cli('extract', [dir, '--out', join(work, 'dataset.json'), '--no-cache', '--jobs', String(jobs)])
        if (run.status !== 0) throw new Error(`--jobs ${jobs} exited ${run.status}:\n${run.stderr}`)
        times.get(jobs)!.push((performance.now() - t0) / 1000)
      }
      const t0 = performance.now()
      const halves = await Promise.all([1, 2].map((i) => cli('extract', [dir, '--shard', `${i}/2`, '--out-dir', join(work, `half-${i}`), '--no-cache', '--jobs', '1'])))
      for (const run of halves) if (run.status !== 0) throw new Error(`a half exited ${run.status}:\n${run.stderr}`)
      times.get(PAIR)!.push((performance.now() - t0) / 1000)
      for (const i of [1, 2]) rmSync(join(work, `half-${i}`), { recursive: true, force: true })
    }
    const best = (j: number) => Math.min(...times.get(j)!)
    console.log(`\nnpm run extract --no-cache on ${pages} pages (${mb.toFixed(1)} MB), ${availableParallelism()} cores, best of ${ROUNDS} alternating runs`)
    console.log('jobs  runs (s)              best (s)   MB/s  speed-up vs --jobs 1')
    for (const jobs of [...JOBS, PAIR]) {
      console.log([(jobs === PAIR ? '2×1*' : String(jobs)).padStart(4), times.get(jobs)!.map((s) => s.toFixed(2)).join(' / ').padEnd(20), best(jobs).toFixed(2).padStart(8),
        (mb / best(jobs)).toFixed(2).padStart(6), (best(JOBS[0]) / best(jobs)).toFixed(2).padStart(8)].join('  '))
    }
    console.log('*2×1: two --jobs 1 processes, each on half the pages, at once: what this machine gives two of anything')
    rmSync(dir, { recursive: true, force: true })
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
