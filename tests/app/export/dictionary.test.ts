import { describe, expect, it } from 'vitest'
import { CSV_HEADERS } from '../../../src/app/export/csv'
import { dataDictionaryCsv } from '../../../src/app/export/dictionary'
import { DATASET } from '../fixtures/dataset'

describe('data dictionary', () => {
  const csv = dataDictionaryCsv(DATASET, 'en', (_code, name) => `EN(${name})`)
  const lines = csv.slice(1).split('\r\n').filter(Boolean)

  it('describes every column of the figures CSV', () => {
    for (const name of CSV_HEADERS.en) expect(lines.some((l) => l.startsWith(`field,${name},`))).toBe(true)
    expect(lines.filter((l) => l.startsWith('field,'))).toHaveLength(CSV_HEADERS.en.length)
  })

  it('lists the dataset’s metrics, period types and regions with Chinese and English names', () => {
    for (const m of DATASET.metrics) expect(csv).toContain(`metric,${m.key},${m.zh},${m.en}`)
    expect(csv).toContain('period basis,ytd,年内累计,year to date')
    const region = DATASET.figures[0].region
    expect(csv).toContain(`region,${region.code},${region.name},EN(${region.name})`)
  })

  it('has no cell a spreadsheet would run or mark with a guard', () => {
    expect(csv).not.toMatch(/(^|,)'/m)
  })
})
