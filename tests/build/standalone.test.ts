import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { composeStandalone, inlineJsonText, inlineScriptText, inlineStyleText } from '../../src/build/standalone'

const BUILT = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <link rel="preload" href="./data/dataset.json" as="fetch" type="application/json" crossorigin="anonymous" />
    <title>看板</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-ghi.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`

describe('standalone.html', () => {
  const html = composeStandalone({
    html: BUILT,
    script: 'console.log("</script><!--")',
    styles: ['body{color:red}'],
    datasetJson: '{"figures":[{"quote":"a</script>b"}]}',
    searchIndexJson: '{"v":1}',
    iconDataUrl: 'data:image/svg+xml,%3Csvg%2F%3E',
  })

  it('references no file: every script, stylesheet and preload is inlined or dropped', () => {
    expect(html).not.toMatch(/\bsrc=|rel="(stylesheet|modulepreload|preload)"/)
    expect(html).not.toContain('./assets/')
    expect(html).not.toContain('./data/')
    expect(html).toContain('<link rel="icon" href="data:image/svg+xml,%3Csvg%2F%3E"')
  })

  it('carries the data before the code, where the app and search look for it', () => {
    const dataAt = html.indexOf('<script type="application/json" id="nmg-dataset">')
    const searchAt = html.indexOf('<script type="application/json" id="nmg-search-index">')
    const codeAt = html.indexOf('<script type="module">')
    expect(dataAt).toBeGreaterThan(0)
    expect(searchAt).toBeGreaterThan(dataAt)
    expect(codeAt).toBeGreaterThan(searchAt)
    expect(html.indexOf('<style>body{color:red}</style>')).toBeLessThan(html.indexOf('</head>'))
  })

  it('keeps each inline element closed where it should be', () => {
    // One closing tag per inlined script: nothing inside ended one early.
    expect(html.match(/<\/script>/g)).toHaveLength(3)
  })

  it('escapes only in ways that leave the text meaning the same', () => {
    const code = 'const s = "</script><!-- </SCRIPT>"; const r = /<\\/script>/u; const t = `<!--`'
    const escaped = inlineScriptText(code)
    expect(escaped).not.toMatch(/<\/script|<!--/i)
    const run = (src: string) => JSON.stringify(runInNewContext(`${src}; [s, r.source, r.test('</script>'), t]`))
    expect(run(escaped)).toEqual(run(code))
    const json = '{"a":"</script><b>","c":[1,2]}'
    expect(JSON.parse(inlineJsonText(json))).toEqual(JSON.parse(json))
    expect(inlineJsonText(json)).not.toContain('<')
    expect(inlineStyleText('a::after{content:"</style>"}')).not.toContain('</style')
  })

  it('refuses a page it cannot place the data in', () => {
    expect(() => composeStandalone({ html: '<html></html>', script: '', styles: [], datasetJson: '{}', searchIndexJson: '{}', iconDataUrl: null })).toThrow()
  })
})
