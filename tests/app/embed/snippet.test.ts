import { describe, expect, it } from 'vitest'
import { DEFAULT_OPTIONS, parseEmbedHash, parseEmbedOptions, type EmbedOptions } from '../../../src/app/url/embed'
import { elementSnippet, frameUrl, iframeSnippet } from '../../../src/app/components/embed/snippet'

const SITE = 'https://data.example.cn/nmg/'
const OPTIONS: EmbedOptions = { ...DEFAULT_OPTIONS, chart: 'map', metric: 'gdp', region: ['150200'], period: [2024, 2024], id: 'nmg-map-gdp' }

function attributes(html: string, tag: string): Record<string, string> {
  const match = new RegExp(`<${tag}\\b([^>]*)>`).exec(html)
  const attrs: Record<string, string> = {}
  for (const m of (match?.[1] ?? '').matchAll(/([\w-]+)(?:="([^"]*)")?/g)) attrs[m[1]] = (m[2] ?? '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  return attrs
}

describe('snippets', () => {
  it('point an iframe at embed.html on the dashboard site, with the options in its hash', () => {
    const html = iframeSnippet(OPTIONS, SITE, '地区生产总值')
    const frame = attributes(html, 'iframe')
    expect(frame.src.startsWith('https://data.example.cn/nmg/embed.html#/chart?')).toBe(true)
    expect(parseEmbedHash(new URL(frame.src).hash)).toEqual({ options: OPTIONS, notes: [] })
    expect(frame['data-nmg-embed']).toBe('nmg-map-gdp')
    expect(frame.title).toBe('地区生产总值')
    expect(Number(frame.height)).toBeGreaterThan(420)
    expect(attributes(html, 'script').src).toBe('https://data.example.cn/nmg/embed/loader.js')
  })

  it('escape what goes into attributes', () => {
    const html = iframeSnippet(OPTIONS, SITE, '"><script>alert(1)</script>')
    expect(html).not.toContain('<script>alert')
    expect(attributes(html, 'iframe').title).toBe('"><script>alert(1)</script>')
  })

  it('give the custom element its options as attributes it reads back', () => {
    const html = elementSnippet(OPTIONS, SITE)
    expect(attributes(html, 'script')).toMatchObject({ type: 'module', src: 'https://data.example.cn/nmg/embed/nmg-chart.js' })
    const element = attributes(html, 'nmg-chart')
    expect(element).toEqual({ chart: 'map', metric: 'gdp', region: '150200', period: '2024', lang: 'zh', theme: 'auto' })
    expect(parseEmbedOptions(Object.entries(element)).options).toEqual({ ...OPTIONS, id: null })
  })

  it('resolve against a site under any sub-path', () => {
    expect(frameUrl(DEFAULT_OPTIONS, 'http://127.0.0.1:8080/some/sub/path/')).toMatch(/^http:\/\/127\.0\.0\.1:8080\/some\/sub\/path\/embed\.html#\/chart\?/)
  })
})
