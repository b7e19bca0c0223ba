import { beforeAll, describe, expect, it } from 'vitest'
import type { Dataset } from '../../src/model'
import { validateDataset } from '../../src/model/validate'
import { extractCorpus } from '../../src/pipeline/dataset'
import { seedFiles } from '../robustness/helpers'

let json: string
beforeAll(() => {
  json = JSON.stringify(extractCorpus(seedFiles()))
})

/** Parsed JSON that a test may corrupt in any way: typing it is the validator's job. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Parsed = Record<string, any>

/** A fresh parsed copy of the seeds dataset, as the app loads it, with `change` applied. */
function corrupted(change: (d: Parsed) => void): unknown {
  const d = JSON.parse(json)
  change(d)
  return d
}

function errorsOf(value: unknown): string[] {
  const result = validateDataset(value)
  return result.ok ? [] : result.errors
}

describe('validateDataset', () => {
  it('accepts the dataset of the seeds, as parsed JSON', () => {
    const parsed = JSON.parse(json)
    expect(validateDataset(parsed)).toEqual({ ok: true, dataset: parsed })
  })

  it('accepts fields it does not know (a newer file)', () => {
    expect(errorsOf(corrupted((d) => {
      d.generatedAt = '2024-10-21'
      d.figures[0].confidence = 0.9
    }))).toEqual([])
  })

  it.each([
    ['null', null, ['dataset: expected an object']],
    ['an array', [], ['dataset: expected an object']],
    ['a string', '{"figures": []}', ['dataset: expected an object']],
  ])('rejects %s in place of a dataset', (_, value, errors) => {
    expect(errorsOf(value)).toEqual(errors)
  })

  it('names every missing list and a wrong schema version', () => {
    const errors = errorsOf(corrupted((d) => {
      delete d.figures
      d.articles = {}
      d.metrics = null
      d.schemaVersion = 2
    }))
    expect(errors).toEqual(['schemaVersion: expected 1', 'figures: expected an array', 'articles: expected an array', 'metrics: expected an array'])
  })

  it.each<[string, (d: Parsed) => void, string]>([
    ['a value written as text', (d) => (d.figures[3].value = '5.8'), 'figures[3].value: expected a finite number'],
    ['a value that is not finite', (d) => (d.figures[3].value = null), 'figures[3].value: expected a finite number'],
    ['an unknown kind', (d) => (d.figures[0].kind = 'levels'), 'figures[0].kind: expected one of level | growth | share | target'],
    ['an unknown qualifier', (d) => (d.figures[0].qualifier = '≈'), 'figures[0].qualifier: expected one of = | >= | > | ~ | < | <='],
    ['a unit that is not a string', (d) => (d.figures[1].unit = 10000), 'figures[1].unit: expected a string'],
    ['a metric key in camel case', (d) => (d.figures[1].metric = 'cargoVolume'), 'figures[1].metric: expected a snake_case metric key'],
    ['a month 13', (d) => (d.figures[12].period.end = '2024-13-01'), 'figures[12].period.end: expected YYYY-MM-DD or null'],
    ['30 February', (d) => (d.figures[12].period.start = '2024-02-30'), 'figures[12].period.start: expected YYYY-MM-DD or null'],
    ['a date with a time', (d) => (d.figures[12].period.end = '2024-09-30T00:00:00Z'), 'figures[12].period.end: expected YYYY-MM-DD or null'],
    ['a period ending before it starts', (d) => ((d.figures[12].period.start = '2025-01-01'), (d.figures[12].period.end = '2024-03-01')), 'figures[12].period.end: expected a date on or after the start (2025-01-01)'],
    ['an unknown period basis', (d) => (d.figures[2].period.basis = 'annual'), 'figures[2].period.basis: expected one of year | ytd | quarter | month | point | span | unknown'],
    ['a 5-digit region code', (d) => (d.figures[4].region.code = '15000'), 'figures[4].region.code: expected a 6-digit division code'],
    ['a region code as a number', (d) => (d.figures[4].region.code = 150000), 'figures[4].region.code: expected a 6-digit division code'],
    ['a negative offset', (d) => (d.figures[5].source.offset = -1), 'figures[5].source.offset: expected an integer ≥ 0'],
    ['a fractional quote offset', (d) => (d.figures[5].source.quoteOffset = 10.5), 'figures[5].source.quoteOffset: expected an integer ≥ 0'],
    ['a missing source', (d) => delete d.figures[6].source, 'figures[6].source: expected an object'],
    ['an empty raw', (d) => (d.figures[6].raw = ''), 'figures[6].raw: expected a non-empty string'],
    ['an article ending before it starts', (d) => (d.articles[1].end = d.articles[1].start - 1), `articles[1].end: expected an offset ≥ start`],
    ['an article date as a number', (d) => (d.articles[0].date = 20241021), 'articles[0].date: expected YYYY-MM-DD or null'],
    ['continuation markers as text', (d) => (d.articles[0].continuation = '下转第5版'), 'articles[0].continuation: expected an array'],
    ['an unknown file status', (d) => (d.files[0].status = 'failed'), 'files[0].status: expected one of ok | empty | skipped'],
    ['an unknown encoding', (d) => (d.files[0].encoding = 'latin1'), 'files[0].encoding: expected one of utf-8 | utf-8-bom | gb18030 | utf-16le | utf-16be'],
    ['a count written as text', (d) => (d.files[0].numbersSeen = '42'), 'files[0].numbersSeen: expected an integer ≥ 0'],
    ['an unknown set-aside reason', (d) => (d.files[2].setAside[0].reason = 'phone-number'), 'files[2].setAside[0].reason: expected one of'],
    ['a figure of an article that does not exist', (d) => (d.figures[7].source.articleId = 'nowhere-a1'), 'figures[7].source.articleId: expected the id of an article (nowhere-a1)'],
    ['a figure filed under another file', (d) => (d.figures[7].source.file = d.files[4].file), 'figures[7].source.file: expected the file of article'],
    ['an article of an unreported file', (d) => (d.articles[0].file = 'gone.txt'), 'articles[0].file: expected a file listed in files (gone.txt)'],
    ['a repeated figure id', (d) => (d.figures[9].id = d.figures[8].id), 'figures[9].id: expected a unique id'],
  ])('rejects %s, naming the path', (_, change, message) => {
    const errors = errorsOf(corrupted(change))
    expect(errors).toHaveLength(1)
    expect(errors[0].startsWith(message), errors[0]).toBe(true)
  })

  it('accepts null where the model allows it', () => {
    expect(errorsOf(corrupted((parsed) => {
      const d = parsed as Dataset
      d.figures[0].period = { start: null, end: null, basis: 'unknown', phrase: '' }
      d.figures[0].place = null
      d.articles[0].date = null
      d.files[0].encoding = null
    }))).toEqual([])
  })

  it('stops listing after 50 errors and says how many more there are', () => {
    const errors = errorsOf(corrupted((d) => {
      for (const f of d.figures) f.value = 'x'
    }))
    const total = JSON.parse(json).figures.length
    expect(errors).toHaveLength(51)
    expect(errors[50]).toBe(`… and ${total - 50} more`)
  })
})
