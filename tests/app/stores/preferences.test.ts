import { describe, expect, it } from 'vitest'
import { openingLangs } from '../../../src/app/stores/preferences'

// Which languages' messages main.ts loads before the first render (the English catalogue is loaded on demand).
describe('the languages a page opens in', () => {
  it('is the one the address asks for, when it is a language', () => {
    expect(openingLangs('#/explore?metric=gdp&lang=en')).toEqual(['en'])
    expect(openingLangs('#/explore?lang=zh')).toEqual(['zh'])
  })

  it('is none to load for a plain address or a value that is no language (Chinese is always there)', () => {
    expect(openingLangs('#/')).toEqual([])
    expect(openingLangs('#/explore?lang=fr')).toEqual([])
  })
})
