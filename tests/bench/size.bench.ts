/**
 * `npm run bench:size`: builds the app (BENCH_SKIP_BUILD=1 reuses dist/) and prints what it weighs: dist/ as a
 * whole, the single-file standalone.html, the embed script with what it imports (gzip; budget 250 KB) and the
 * chunks it loads only on demand, the iframe loader, and the iframe page's own code.
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { precacheManifest } from '../../src/sw/build'
import { buildApp, DIST } from '../e2e/helpers'
import { EMBED_BUDGET_GZIP, LOADER_BUDGET_GZIP, measureDist } from './sizes'

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const row = (label: string, bytes: number, gzip?: number) => console.log(`${label.padEnd(44)} ${kb(bytes).padStart(11)}${gzip === undefined ? '' : `   gzip ${kb(gzip).padStart(10)}`}`)

if (process.env.BENCH_SKIP_BUILD !== '1') await buildApp(DIST)
const report = measureDist(DIST)

console.log(`sizes of ${DIST}\n`)
row(`dist/ (${report.dist.files} files)`, report.dist.bytes)
row('  hosted site without standalone.html', report.dist.bytes - report.standalone.bytes)
const precached = (await precacheManifest(DIST)).urls.filter((u) => u !== './')
row(`  precached by the service worker (${precached.length} files)`, precached.reduce((sum, u) => sum + statSync(join(DIST, u)).size, 0))
row('standalone.html', report.standalone.bytes, report.standalone.gzip)
row('embed/nmg-chart.js with its static imports', report.element.bytes, report.element.gzip)
for (const f of report.elementLazy) row(`  on demand: ${f.file}`, f.bytes, f.gzip)
row('embed/loader.js', report.loader.bytes, report.loader.gzip)
row('embed.html code and styles', report.frame.bytes, report.frame.gzip)

const over: string[] = []
if (report.element.gzip > EMBED_BUDGET_GZIP) over.push(`embed script ${kb(report.element.gzip)} gzip > ${kb(EMBED_BUDGET_GZIP)}`)
if (report.loader.gzip > LOADER_BUDGET_GZIP) over.push(`loader ${kb(report.loader.gzip)} gzip > ${kb(LOADER_BUDGET_GZIP)}`)
console.log(over.length ? `\nOVER BUDGET: ${over.join('; ')}` : `\nwithin budget (embed script ≤ ${kb(EMBED_BUDGET_GZIP)} gzip, loader ≤ ${kb(LOADER_BUDGET_GZIP)} gzip)`)
if (over.length) process.exitCode = 1
