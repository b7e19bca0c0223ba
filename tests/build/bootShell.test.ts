import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bootShell, bootShellHtml } from '../../src/build/bootShell'
import { translate } from '../../src/app/i18n/messages'
const ROOT = join(import.meta.dirname, '../..')

type Transform = { order: string; handler: (html: string, ctx: { filename: string }) => string }
const transform = () => bootShell().transformIndexHtml as unknown as Transform

describe('boot shell', () => {
  it('puts the name, the loading line (both languages) and a no-script note inside the mount point of index.html', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8')
    const out = transform().handler(html, { filename: join(ROOT, 'index.html') })
    const app = /<div id="app">([\s\S]*?)<\/div><\/div>/.exec(out)?.[1] ?? ''
    expect(app).toContain(`<p class="boot-title">${translate('zh', 'app.title')}</p>`)
    expect(app).toContain(translate('zh', 'state.loading'))
    expect(app).toContain(`<span lang="en">${translate('en', 'state.loading')}</span>`)
    expect(app).toMatch(new RegExp(`<noscript>.*${translate('zh', 'app.noScript')}.*</noscript>`))
    // Everything else of the page is as written.
    expect(out.replace(bootShellHtml(), '<div id="app"></div>')).toBe(html)
  })

  it('runs before the other index.html transforms, on index.html only', () => {
    expect(transform().order).toBe('pre')
    expect(transform().handler('<div id="app"></div>', { filename: '/x/embed.html' })).toBe('<div id="app"></div>')
  })

  it('fails the build, naming what it looked for, when index.html has no empty mount point', () => {
    expect(() => transform().handler('<body><main id="app">x</main></body>', { filename: '/x/index.html' })).toThrow(/index\.html: no <div id="app"><\/div>/)
  })
})
