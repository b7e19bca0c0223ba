/**
 * Golden tests: page → figures, one compact line per figure. When the extractor changes, rerun with
 * UPDATE_GOLDEN=1 and review the diff of tests/pipeline/golden/*.figures.txt by eye before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
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
  ].join(' | ')
}

const pages = [
  ...readdirSync(GOLDEN).filter((n) => n.endsWith('.txt') && !n.endsWith('.figures.txt')).map((n) => join(GOLDEN, n)),
  ...readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).map((n) => join(SEEDS, n)),
]

describe('golden pages', () => {
  for (const path of pages) {
    const name = path.split('/').pop()!
    it(name, () => {
      const figures = extractPage(name, readFileSync(path, 'utf8')).figures.map(line).join('\n') + '\n'
      const expected = join(GOLDEN, name.replace(/\.txt$/, '.figures.txt'))
      if (process.env.UPDATE_GOLDEN || !existsSync(expected)) writeFileSync(expected, figures)
      expect(figures).toBe(readFileSync(expected, 'utf8'))
    })
  }
})
