/**
 * bench:quality — extraction precision, recall and F1 against a gold annotation.
 *
 *     npm run bench:quality -- <dir> <gold.jsonl> [--list]
 *
 * Prints one row per family (gdp, output, cargo, investment) and all, league-level region accuracy, exact-period
 * accuracy and indicator consistency, then the misses and extras (`--list` prints all of them, else the first 40).
 */
import { readFileSync } from 'node:fs'
import { readCorpusDir } from '../../src/build/corpus'
import { parseGold, scoreQuality, seriesKeyOf, type FamilyScore } from '../../src/build/quality'
import type { Figure } from '../../src/model'
import { extractCorpus } from '../../src/pipeline/dataset'
import { decodePage } from '../../src/pipeline/decode'
import { divisionTable } from '../../src/model/divisions'

const args = process.argv.slice(2)
const listAll = args.includes('--list')
const [dir, goldPath] = args.filter((a) => !a.startsWith('--'))
if (!dir || !goldPath) {
  console.error('usage: npm run bench:quality -- <dir> <gold.jsonl> [--list]')
  process.exit(1)
}

const corpus = await readCorpusDir(dir)
const gold = parseGold(readFileSync(goldPath, 'utf8'))
const t0 = performance.now()
const dataset = extractCorpus(corpus.files, { sources: corpus.sources })
const ms = performance.now() - t0

const texts = new Map<string, string>()
for (const f of corpus.files) {
  const d = decodePage(f.bytes)
  if (d.ok) texts.set(f.name, d.text)
}
const names = new Map(divisionTable().divisions.map((d) => [d.code, d.name]))
/** League level: a banner's or county's code cut to its league; the region and the country as they are. */
const leagueName = (f: Figure): string => {
  const code = f.region.code
  if (code === '100000' || code.endsWith('0000')) return names.get(code) ?? f.region.name
  return names.get(`${code.slice(0, 4)}00`) ?? f.region.name
}
const report = scoreQuality(gold, dataset.figures, texts, leagueName)

const limit = listAll ? Infinity : 40
const show = <T>(title: string, items: T[], line: (x: T) => string) => {
  console.log(`\n${title} (${items.length})`)
  for (const x of items.slice(0, limit)) console.log(line(x))
}
show('miss', report.misses, (g) => `miss  ${g.file} ${g.metric}/${g.kind} ${g.value}${g.unit} [${g.series}] «${g.quote}»`)
show('extra', report.extras, (f) => `extra ${f.source.file} ${f.metric}/${f.kind} ${f.value}${f.unit} «${f.label}» ${f.raw}`)
const wrong = report.matches.filter((m) => !m.leagueRight || !m.periodExact)
show('wrong region or period', wrong, (m) => {
  const f = m.figure
  const g = m.gold
  const region = m.leagueRight ? '' : ` region ${leagueName(f)}≠${g.region}`
  const period = m.periodExact ? '' : ` period ${f.period.start}..${f.period.end}≠${g.period_start}..${g.period_end}`
  return `wrong ${g.file} ${g.metric}/${g.kind} ${g.value}${g.unit}${region}${period} «${g.quote}»`
})
if (listAll) {
  show('series', report.matches, (m) => `series ${m.gold.series} → ${seriesKeyOf(m.figure)} «${m.gold.quote}»`)
}

// The summary last, so a reader (or a hook) taking the tail of the output sees the scores.
const pct = (x: number) => x.toFixed(2)
const row = (s: FamilyScore) =>
  `| ${s.family.padEnd(10)} | ${String(s.gold).padStart(4)} | ${String(s.extracted).padStart(9)} | ${String(s.matched).padStart(7)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`
console.log(`\n${gold.length} gold rows in ${new Set(gold.map((g) => g.file)).size} files; extracted in ${ms.toFixed(0)} ms`)
console.log('| family     | gold | extracted | matched | P    | R    | F1   |')
console.log('|------------|------|-----------|---------|------|------|------|')
for (const s of report.families) console.log(row(s))
console.log(row(report.all))
console.log(`league right: ${pct(report.leagueAccuracy)}   period exact: ${pct(report.periodAccuracy)}   (over ${report.matches.length} matches)`)
const ind = report.indicator
console.log(`indicator consistency: P ${pct(ind.precision)} R ${pct(ind.recall)} F1 ${pct(ind.f1)} (${ind.pairs} same-series gold pairs)`)

