/**
 * bench:incremental — `npm run extract` on a generated corpus (tests/bench/corpus.ts) of 1,000 and 10,000 pages
 * (BENCH_PAGES=1000,10000), into a dataset file and into a folder of per-page results (FORMS): cold (empty
 * cache), then after a one-page edit, three times. The cold run in the
 * same process is the baseline; the target is a one-page change under 5% of it. Both use the default
 * --jobs (the core count). Prints seconds and the ratio; nothing here is a pass/fail test.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { editPage, generateCorpus, writeCorpus } from './corpus'

const SIZES = (process.env.BENCH_PAGES ?? '1000,10000').split(',').map(Number)
const EDITS = 3

const ROOT = join(import.meta.dirname, '../..')
const GNU_TIME = '/usr/bin/time'

/**
 * `npm run extract` as a process: its wall time, and its CPU time (user + system, worker threads included) from
 * GNU time when installed. On a shared machine the wall time of the same run varies 2-3x, the CPU time less.
 */
function timed(args: string[], env: Record<string, string>): Promise<{ seconds: number; cpu: number | null; stderr: string }> {
  const timeFile = join(tmpdir(), `nmg-bench-time-${process.pid}`)
  const command = [join(ROOT, 'node_modules/.bin/tsx'), 'src/cli/extract.ts', ...args]
  const argv = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%U %S', '-o', timeFile, ...command] : command
  const t0 = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')))
    child.on('error', reject)
    child.on('close', (status) => {
      const seconds = (performance.now() - t0) / 1000
      if (status !== 0) return reject(new Error(`extract ${args.join(' ')} exited ${status}:\n${stderr}`))
      const cpu = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).map(Number).reduce((a, b) => a + b, 0) : null
      rmSync(timeFile, { force: true })
      resolve({ seconds, cpu, stderr })
    })
  })
}

const rows: string[] = []
/**
 * The two outputs: one dataset file, which a one-page change rewrites whole (copying the unchanged pages' bytes
 * from the file before), and a folder of per-page results (`--out-dir`, what `merge` and the many-machine form
 * take), where it writes one page and the manifest.
 */
const FORMS = [
  { name: '--out file', args: (work: string) => ['--out', join(work, 'dataset.json')], size: (work: string) => statSync(join(work, 'dataset.json')).size },
  { name: '--out-dir', args: (work: string) => ['--out-dir', join(work, 'parts')], size: (work: string) => folderBytes(join(work, 'parts')) },
]

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0)
}

for (const pages of SIZES) {
  const work = mkdtempSync(join(tmpdir(), 'nmg-bench-incremental-'))
  try {
    const corpus = generateCorpus(pages, { seed: pages })
    writeCorpus(join(work, 'pages'), corpus)
    const mb = corpus.pages.reduce((s, p) => s + Buffer.byteLength(p.text), 0) / 1e6
    for (const [f, form] of FORMS.entries()) {
      const env = { NMG_CACHE_DIR: join(work, `cache-${f}`) }
      const args = [join(work, 'pages'), ...form.args(work)]
      const cold = await timed(args, env)
      const outMb = form.size(work) / 1e6
      const edits: Array<{ seconds: number; cpu: number | null }> = []
      for (let e = 0; e < EDITS; e++) {
        const page = corpus.pages[Math.floor(((e + 0.5) * pages) / EDITS)]
        const path = join(work, 'pages', page.name)
        writeFileSync(path, editPage(readFileSync(path, 'utf8'), 10 * f + e + 1))
        const run = await timed(args, env)
        if (!run.stderr.includes(`1 page(s) extracted`)) throw new Error(`expected one page extracted:\n${run.stderr}`)
        edits.push(run)
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
      const wall = median(edits.map((e) => e.seconds))
      const cpu = cold.cpu === null ? null : median(edits.map((e) => e.cpu ?? 0))
      const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`
      rows.push(
        [String(pages).padStart(6), form.name.padEnd(10), mb.toFixed(1).padStart(8), outMb.toFixed(0).padStart(9), cold.seconds.toFixed(1).padStart(8),
          edits.map((e) => e.seconds.toFixed(1)).join(' / ').padStart(18), wall.toFixed(1).padStart(7), pct(wall, cold.seconds).padStart(8),
          (cold.cpu === null ? '-' : cold.cpu.toFixed(1)).padStart(9), (cpu === null ? '-' : cpu.toFixed(1)).padStart(9),
          (cpu === null || cold.cpu === null ? '-' : pct(cpu, cold.cpu)).padStart(8)].join('  '),
      )
      console.error(`${pages} pages, ${form.name} done`)
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
console.log(`npm run extract, default --jobs (${availableParallelism()} cores), cache in a fresh folder; times include starting Node and tsx`)
console.log('                                           wall time                                        CPU time (user + system)')
console.log(' pages  output      input MB  output MB  cold (s)  one-page edits (s)   median   vs cold   cold (s)  edit (s)  vs cold')
for (const row of rows) console.log(row)
