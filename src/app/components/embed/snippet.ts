import { ELEMENT_SCRIPT_PATH, FRAME_PAGE_PATH, LOADER_SCRIPT_PATH } from './paths.ts'
import { DEFAULT_HEIGHTS, embedHash, optionPairs, type EmbedOptions } from '../../url/embed.ts'

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' }

function attr(value: string): string {
  return value.replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c])
}

/** Room for the title, legend, source line and link around the chart: the iframe's height before the loader adjusts it. */
export function estimatedFrameHeight(options: EmbedOptions): number {
  const chart = options.height ?? (options.chart === 'bar' ? 320 : DEFAULT_HEIGHTS[options.chart])
  return chart + (options.chart === 'card' ? 170 : 150)
}

/** The chrome-less page's URL for these options, on the site at `siteUrl` (the folder of index.html). */
export function frameUrl(options: EmbedOptions, siteUrl: string): string {
  return new URL(FRAME_PAGE_PATH, siteUrl).href + embedHash(options)
}

/** An iframe and the optional loader that sizes it to its content. */
export function iframeSnippet(options: EmbedOptions, siteUrl: string, title: string): string {
  const id = options.id ?? ''
  const frame =
    `<iframe src="${attr(frameUrl(options, siteUrl))}" title="${attr(title)}" width="100%" height="${estimatedFrameHeight(options)}"` +
    ` style="border:0;max-width:100%" loading="lazy" data-nmg-embed="${attr(id)}"></iframe>`
  const loader = `<script src="${attr(new URL(LOADER_SCRIPT_PATH, siteUrl).href)}" async></script>`
  return `${frame}\n${loader}`
}

/** The custom element's script (once per page) and the element, its options as attributes. */
export function elementSnippet(options: EmbedOptions, siteUrl: string): string {
  const script = `<script type="module" src="${attr(new URL(ELEMENT_SCRIPT_PATH, siteUrl).href)}"></script>`
  const attributes = optionPairs(options)
    .filter(([name]) => name !== 'id')
    .map(([name, value]) => ` ${name}="${attr(value)}"`)
    .join('')
  return `${script}\n<nmg-chart${attributes}></nmg-chart>`
}
