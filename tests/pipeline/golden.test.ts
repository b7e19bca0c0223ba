/**
 * Golden tests: page → figures, one compact line per figure. A missing expected file fails (it is never written
 * here, so CI cannot pass on a file it made itself). On a mismatch the output is written beside the expected file
 * as `*.figures-changed.txt`: review the diff by eye, then rename it over the expected file (or rerun with
 * UPDATE_GOLDEN=1) before committing.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Figure } from '../../src/model'
import { extractPage } from '../../src/pipeline/dataset'

const GOLDEN = join(import.meta.dirname, 'golden')
const SEEDS = join(import.meta.dirname, '../../seeds')

function line(f: Figure): string {
  const p = f.period
  return [
    f.raw, f.metric, f.kind, `${f.qualifier}${f.value} ${f.unit}`, `${f.region.code} ${f.region.name}${f.place ? ' @' + f.place : ''}`,
    `${p.start ?? '?'}..${p.end ?? '?'} ${p.basis}${p.phrase ? ' (' + p.phrase + ')' : ''}`, f.label,
    `${f.indicator ?? '-'}${f.breakdown ? ' ' + JSON.stringify(f.breakdown) : ''}`,
  ].join(' | ')
}

const pages = [
  ...readdirSync(GOLDEN).filter((n) => n.endsWith('.txt') && !/\.figures(?:-changed)?\.txt$/.test(n)).map((n) => join(GOLDEN, n)),
  ...readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).map((n) => join(SEEDS, n)),
]

describe('golden pages', () => {
  for (const path of pages) {
    const name = path.split('/').pop()!
    it(name, () => {
      const figures = extractPage(name, readFileSync(path, 'utf8')).figures.map(line).join('\n') + '\n'
      const expected = join(GOLDEN, name.replace(/\.txt$/, '.figures.txt'))
      const changed = expected.replace(/\.figures\.txt$/, '.figures-changed.txt')
      if (process.env.UPDATE_GOLDEN) writeFileSync(expected, figures)
      if (!existsSync(expected)) throw new Error(`${expected} is missing: run with UPDATE_GOLDEN=1, review it and commit it`)
      const want = readFileSync(expected, 'utf8')
      if (figures !== want) writeFileSync(changed, figures)
      else rmSync(changed, { force: true })
      expect(figures, `differs from ${expected}: see ${changed}`).toBe(want)
    })
  }
})
