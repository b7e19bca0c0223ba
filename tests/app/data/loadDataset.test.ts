import { describe, expect, it } from 'vitest'
import { DatasetError, loadDataset, parseDataset } from '../../../src/app/data/loadDataset'
import { DATASET } from '../fixtures/dataset'

function fakeDocument(inline: string | null, baseURI = 'https://example.org/app/index.html'): Document {
  return {
    baseURI,
    getElementById: (id: string) => (id === 'nmg-dataset' && inline !== null ? { textContent: inline } : null),
  } as unknown as Document
}

describe('parseDataset', () => {
  it('accepts a dataset', () => {
    expect(parseDataset(JSON.stringify(DATASET)).figures).toHaveLength(DATASET.figures.length)
  })

  it('explains corrupt or incomplete files', () => {
    expect(() => parseDataset('{"figures": [')).toThrow(/not valid JSON/)
    expect(() => parseDataset('[]')).toThrow(/not a JSON object/)
    expect(() => parseDataset('{"figures": []}')).toThrow(/articles/)
    expect(() => parseDataset('{"articles": []}')).toThrow(/figures/)
    expect(() => parseDataset('{"figures": [{"id": 1}], "articles": []}')).toThrow(/figures\[0\]\.id: expected a non-empty string/)
  })

  it('names the first problems by path and says how many more there are', () => {
    const broken = structuredClone(DATASET) as unknown as { figures: Record<string, unknown>[] }
    broken.figures.forEach((f) => (f.value = 'lots'))
    const message = (() => {
      try {
        parseDataset(JSON.stringify(broken))
        return ''
      } catch (e) {
        return (e as Error).message
      }
    })()
    expect(message).toContain(`(${broken.figures.length} problems)`)
    expect(message).toContain('figures[0].value: expected a finite number')
    expect(message).toContain('figures[4].value')
    expect(message).not.toContain('figures[5].value')
    expect(message).toContain(`… and ${broken.figures.length - 5} more`)
  })

  it('counts problems beyond the checker’s own limit', () => {
    const many = { ...DATASET, figures: Array.from({ length: 120 }, () => ({ ...DATASET.figures[0], value: 'x' })) }
    expect(() => parseDataset(JSON.stringify(many))).toThrow(/\(120 problems\)[\s\S]*; … and 115 more$/)
  })
})

describe('loadDataset', () => {
  it('reads the inlined dataset of the offline build without fetching', async () => {
    const fetchNever = (() => Promise.reject(new Error('should not fetch'))) as unknown as typeof fetch
    const dataset = await loadDataset(fakeDocument(JSON.stringify(DATASET)), fetchNever)
    expect(dataset.articles).toHaveLength(DATASET.articles.length)
  })

  it('fetches data/dataset.json next to the page', async () => {
    let asked = ''
    const fetchStub = (async (url: URL) => {
      asked = String(url)
      return new Response(JSON.stringify(DATASET), { status: 200 })
    }) as unknown as typeof fetch
    await loadDataset(fakeDocument(null), fetchStub)
    expect(asked).toBe('https://example.org/app/data/dataset.json')
  })

  it('turns a 404 into a readable error', async () => {
    const fetch404 = (async () => new Response('nope', { status: 404, statusText: 'Not Found' })) as unknown as typeof fetch
    await expect(loadDataset(fakeDocument(null), fetch404)).rejects.toThrow(DatasetError)
    await expect(loadDataset(fakeDocument(null), fetch404)).rejects.toThrow(/404/)
  })
})
