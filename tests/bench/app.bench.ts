/**
 * `npm run bench:app`: the explorer's first chart against a bare one-chart page (tests/bench/bare: the same
 * ECharts modules, one line series, nothing fetched), measured in the same run, alternating page by page, each
 * load in a new browser context with an empty cache and the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate),
 * for the seeds' build and for builds of generated corpora (tests/bench/corpus.ts; BENCH_PAGES=10000 by default,
 * e.g. BENCH_PAGES=1000,10000). Prints per build: first chart (median, p95) for each page, the explorer ÷ bare
 * ratio (target ≤ 1.5×) and the bytes fetched before the first chart (data files and everything), then the
 * JavaScript the overview loads by its first chart. Numbers, not a pass/fail test.
 *
 * Each load also records its first contentful paint (the explorer's median is printed beside its first chart).
 * BENCH_NETWORK=<latency ms>/<Mbit/s> (e.g. 150/1.6) emulates a slow connection for every load, where the first paint
 * of index.html's boot shell comes long before the scripts have arrived.
 *
 * BENCH_RUNS (default 10) loads per page; BENCH_THROTTLE (default 4); BENCH_DIST_<pages>=<dir> (or BENCH_DIST_seeds)
 * reuses a build; a generated corpus's build runs in a child process with a large heap (the 10k-page dataset does
 * not fit in Node's default one).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { FIRST_CHART_MARK } from '../../src/app/composables/perf'
import { compileHints } from '../../src/build/compileHints'
import { generateCorpus, writeCorpus } from './corpus'
import { buildApp, launchChromium, ROOT, serveStatic, type StaticServer } from '../e2e/helpers'

const RUNS = Number(process.env.BENCH_RUNS ?? 10)
const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 4)
const SIZES = (process.env.BENCH_PAGES ?? '10000').split(',').filter(Boolean).map(Number)
const EXPLORER_HASH = '#/explore?metric=gdp'
const TARGET_RATIO = 1.5
const TARGET_BYTES = 1.5e6
/** `150/1.6`: 150 ms latency and 1.6 Mbit/s down (upload half of it), or null for the loopback's own speed. */
const NETWORK = (() => {
  const spec = process.env.BENCH_NETWORK
  if (!spec) return null
  const [latency, mbit] = spec.split('/').map(Number)
  if (!(latency >= 0) || !(mbit > 0)) throw new Error(`BENCH_NETWORK=${spec}: expected <latency ms>/<Mbit/s>, e.g. 150/1.6`)
  return { offline: false, latency, downloadThroughput: (mbit * 1e6) / 8, uploadThroughput: (mbit * 1e6) / 16 }
})()

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const lo = Math.floor(at)
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (at - lo)
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', reject)
    child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${status}`))))
  })
}

/** The bare page, built with the app's Vite (same ECharts, same minifier, same compile hints) into its own folder. */
async function buildBare(outDir: string): Promise<void> {
  const { build } = await import('vite')
  await build({ configFile: false, root: join(ROOT, 'tests/bench/bare'), base: './', logLevel: 'warn', plugins: [compileHints()], build: { outDir, emptyOutDir: true } })
}

/** The dashboard built from a generated corpus of `pages` pages (cached extraction under the temp folder). */
async function buildCorpus(pages: number, work: string): Promise<string> {
  const dir = join(work, `pages-${pages}`)
  writeCorpus(dir, generateCorpus(pages, { seed: pages }))
  const outDir = join(work, `dist-${pages}`)
  console.log(`building the dashboard of ${pages} generated pages…`)
  await run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    NMG_SEEDS_DIR: dir,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=14000`.trim(),
    NODE_ENV: 'production',
  })
  return outDir
}

interface Load {
  chart: number | null
  /** First contentful paint, ms. */
  paint: number | null
  /** Bytes of data files (data/…) and of every response that ended before the first chart. */
  dataBytes: number
  allBytes: number
  dataFiles: string[]
}

/** One cold load in a new context at the given throttle: first chart time and what was fetched before it. */
async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    if (THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE })
    if (NETWORK) await cdp.send('Network.emulateNetworkConditions', NETWORK)
    // The first chart is awaited without running anything in the page until it is drawn: polling with
    // waitForFunction injects Playwright's helper script (≈100 ms of main thread at 4×) at the load event, which
    // the explorer reaches before its chart and the bare page after it. A mark observer set before the page's
    // own scripts logs the mark instead.
    await context.addInitScript((name) => {
      new PerformanceObserver((list) => {
        if (list.getEntriesByName(name).length) console.debug(`bench:${name}`)
      }).observe({ type: 'mark' })
    }, FIRST_CHART_MARK)
    const charted = page
      .waitForEvent('console', { predicate: (m) => m.text() === `bench:${FIRST_CHART_MARK}`, timeout: 30_000 * THROTTLE })
      .catch(() => undefined)
    // Bytes on the wire per request, from the network layer (the page's resource timings hide some sizes).
    const sizes = new Map<string, { url: string; bytes: number }>()
    const urls = new Map<string, string>()
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => urls.set(e.requestId, e.request.url))
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
      sizes.set(e.requestId, { url: urls.get(e.requestId) ?? '', bytes: e.encodedDataLength })
    })
    await page.goto(url, { waitUntil: 'commit' })
    await charted
    const marks = await page.evaluate((name) => ({
      chart: performance.getEntriesByName(name)[0]?.startTime ?? null,
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }), FIRST_CHART_MARK)
    // Resource timings end-times on the page clock decide what came before the chart; the CDP sizes count it.
    const before = await page.evaluate(
      (chart) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => chart !== null && (e as PerformanceResourceTiming).responseEnd <= chart)
          .map((e) => e.name),
      marks.chart,
    )
    const byUrl = new Map<string, number>()
    for (const s of sizes.values()) byUrl.set(s.url, (byUrl.get(s.url) ?? 0) + s.bytes)
    const html = [...sizes.values()].find((s) => s.url === url.split('#')[0])?.bytes ?? 0
    const counted = before.map((u) => ({ url: u, bytes: byUrl.get(u) ?? 0 }))
    const data = counted.filter((c) => new URL(c.url).pathname.includes('/data/'))
    return {
      chart: marks.chart,
      paint: marks.paint,
      dataBytes: data.reduce((n, c) => n + c.bytes, 0),
      allBytes: html + counted.reduce((n, c) => n + c.bytes, 0),
      dataFiles: data.map((c) => new URL(c.url).pathname.split('/data/')[1]),
    }
  } finally {
    await context.close()
  }
}

/** Gzip bytes of the scripts the page has fetched by its first chart (the overview draws one). */
async function scriptsByFirstChart(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const bodies: Promise<number>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body().then((b) => gzipSync(b).length, () => 0))
  })
  await page.goto(url)
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FIRST_CHART_MARK, { timeout: 60_000 })
  // Read every body before the context closes: a body asked for after it reads as nothing.
  const total = (await Promise.all(bodies)).reduce((a, b) => a + b, 0)
  await context.close()
  return total
}

/** The median first contentful paint of some loads, or – when none painted. */
function paintOf(loads: Load[]): string {
  const paints = loads.map((l) => l.paint).filter((v): v is number => v !== null)
  return paints.length ? ms(quantile(paints, 0.5)) : '     –'
}

const kb = (n: number) => (n / 1024).toFixed(0).padStart(6) + ' KB'
const ms = (n: number) => n.toFixed(0).padStart(6)

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'nmg-bench-app-'))
  const servers: StaticServer[] = []
  const browser = await launchChromium()
  const rows: string[] = []
  try {
    const bareDir = join(work, 'bare')
    await buildBare(bareDir)
    const bare = await serveStatic(bareDir)
    servers.push(bare)
    const builds: Array<{ name: string; dir: string }> = []
    const seedsDist = process.env.BENCH_DIST_seeds
    if (seedsDist && existsSync(seedsDist)) builds.push({ name: 'seeds', dir: seedsDist })
    else {
      console.log('building the dashboard of the seeds…')
      builds.push({ name: 'seeds', dir: await buildApp(join(work, 'dist-seeds')) })
    }
    for (const pages of SIZES) {
      const reuse = process.env[`BENCH_DIST_${pages}`]
      builds.push({ name: `${pages} pages`, dir: reuse && existsSync(reuse) ? reuse : await buildCorpus(pages, work) })
    }

    for (const build of builds) {
      const server = await serveStatic(build.dir)
      servers.push(server)
      const explorerUrl = server.url + EXPLORER_HASH
      // Alternating, so a slow spell of a shared machine falls on both pages alike.
      const bareLoads: Load[] = []
      const explorerLoads: Load[] = []
      for (let i = 0; i < RUNS; i++) {
        bareLoads.push(await load(browser, bare.url))
        explorerLoads.push(await load(browser, explorerUrl))
      }
      const times = (loads: Load[]) => loads.map((l) => l.chart).filter((v): v is number => v !== null)
      const b = times(bareLoads)
      const e = times(explorerLoads)
      const last = explorerLoads[explorerLoads.length - 1]
      const ratio = b.length && e.length ? quantile(e, 0.5) / quantile(b, 0.5) : NaN
      const bytes = quantile(explorerLoads.map((l) => l.dataBytes), 0.5)
      rows.push(
        `| ${build.name.padEnd(12)} | ${b.length ? `${ms(quantile(b, 0.5))} | ${ms(quantile(b, 0.95))}` : '     – |      –'} | ` +
          `${e.length ? `${ms(quantile(e, 0.5))} | ${ms(quantile(e, 0.95))}` : '     – |      –'} | ${paintOf(explorerLoads)} | ${ratio.toFixed(2).padStart(5)}× ${ratio <= TARGET_RATIO ? 'ok' : 'OVER'} | ` +
          `${kb(bytes)} ${bytes <= TARGET_BYTES ? 'ok' : 'OVER'} | ${kb(quantile(explorerLoads.map((l) => l.allBytes), 0.5))} | ${e.length}/${RUNS} |`,
      )
      console.log(`\n${build.name}: data fetched before the explorer's first chart: ${last.dataFiles.join(', ') || '(none)'}`)
      const js = await scriptsByFirstChart(browser, server.url + '#/')
      console.log(`${build.name}: JavaScript the overview loads by its first chart, gzip: ${kb(js)}`)
    }
  } finally {
    await browser.close()
    for (const s of servers) await s.close()
    rmSync(work, { recursive: true, force: true })
  }
  console.log(`\nFirst chart at ${THROTTLE}× CPU throttle, a new browser context and an empty cache per load, ${RUNS} loads each, alternating;`)
  console.log(`explorer = ${EXPLORER_HASH}; ratio = explorer median ÷ bare median (target ≤ ${TARGET_RATIO}×); data = bytes of data/… files fetched before`)
  console.log(`the explorer's first chart (target ≤ ${TARGET_BYTES / 1e6} MB at 10k pages); all = every byte before it (HTML, JS, CSS, data).\n`)
  if (NETWORK) console.log(`Network emulated for every load: ${process.env.BENCH_NETWORK} (latency ms / Mbit/s).`)
  console.log('| build        | bare median ms | bare p95 | explorer median ms | explorer p95 | explorer first paint | ratio | data before chart | all before chart | charts |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |')
  for (const row of rows) console.log(row)
}

await main()
