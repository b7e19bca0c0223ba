import { describe, expect, it } from 'vitest'
import { fetchDataset } from '../../src/embed/elementContext'
import { DATASET } from '../app/fixtures/dataset'

describe('the custom element’s dataset', () => {
  it('is fetched once per URL for every element that shows it', async () => {
    let calls = 0
    const fake = (async () => {
      calls++
      return new Response(JSON.stringify(DATASET))
    }) as typeof fetch
    const [a, b] = await Promise.all([fetchDataset('https://x.example/a.json', fake), fetchDataset('https://x.example/a.json', fake)])
    expect(a).toBe(b)
    expect(a.figures).toHaveLength(DATASET.figures.length)
    expect(calls).toBe(1)
  })

  it('names the URL when the server refuses or the request fails, and may be tried again', async () => {
    const refused = (async () => new Response('no', { status: 404, statusText: 'Not Found' })) as typeof fetch
    await expect(fetchDataset('https://x.example/b.json', refused)).rejects.toThrow('https://x.example/b.json answered 404 Not Found')
    const offline = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof fetch
    await expect(fetchDataset('https://x.example/c.json', offline)).rejects.toThrow('could not fetch https://x.example/c.json (Failed to fetch)')
    const ok = (async () => new Response(JSON.stringify(DATASET))) as typeof fetch
    await expect(fetchDataset('https://x.example/c.json', ok)).resolves.toMatchObject({ schemaVersion: 1 })
  })

  it('rejects a file that is not a dataset', async () => {
    const garbage = (async () => new Response('{"figures": 3}')) as typeof fetch
    await expect(fetchDataset('https://x.example/d.json', garbage)).rejects.toThrow('figures')
  })
})
