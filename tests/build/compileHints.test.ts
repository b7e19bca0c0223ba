import { describe, expect, it } from 'vitest'
import { COMPILE_HINT, compileHints } from '../../src/build/compileHints'

type Bundle = Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string }>

function generate(bundle: Bundle): Bundle {
  const hook = compileHints().generateBundle as { order: string; handler: (options: unknown, bundle: Bundle) => void }
  hook.handler.call({}, {}, bundle)
  return bundle
}

describe('compile hints', () => {
  it('opens every script chunk with V8’s hint, above what Vite put first, and leaves other files alone', () => {
    const bundle = generate({
      'assets/index-a1.js': { type: 'chunk', code: 'const __vite__mapDeps=(i)=>i;import"./x.js";' },
      'assets/view-b2.js': { type: 'chunk', code: 'export const a=1;' },
      'assets/style-c3.css': { type: 'asset', source: 'body{margin:0}' },
    })
    expect(bundle['assets/index-a1.js']).toEqual({ type: 'chunk', code: '//# allFunctionsCalledOnLoad\nconst __vite__mapDeps=(i)=>i;import"./x.js";' })
    expect(bundle['assets/view-b2.js']).toEqual({ type: 'chunk', code: '//# allFunctionsCalledOnLoad\nexport const a=1;' })
    expect(bundle['assets/style-c3.css']).toEqual({ type: 'asset', source: 'body{margin:0}' })
  })

  it('runs after Vite’s own passes and adds the line once', () => {
    const plugin = compileHints()
    expect(plugin.apply).toBe('build')
    expect((plugin.generateBundle as { order: string }).order).toBe('post')
    const bundle = generate(generate({ 'a.js': { type: 'chunk', code: 'x()' } }))
    expect(bundle['a.js']).toEqual({ type: 'chunk', code: COMPILE_HINT + 'x()' })
  })
})
