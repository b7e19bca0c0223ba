import { describe, expect, it } from 'vitest'
import { interpolate, translate } from '../../../src/app/i18n/messages'

describe('interpolate', () => {
  it('picks the plural form Intl.PluralRules gives for the number', () => {
    expect(translate('en', 'explore.matching', { count: 1 })).toBe('1 figure')
    expect(translate('en', 'explore.matching', { count: 0 })).toBe('0 figures')
    expect(translate('en', 'explore.matching', { count: 12 })).toBe('12 figures')
    expect(translate('en', 'explore.undated', { count: 1 })).toMatch(/^1 figure has no date/)
    expect(translate('en', 'overview.intro', { figures: 1, articles: 2, pages: 1 })).toBe('1 figure extracted from 2 articles on 1 page.')
  })

  it('leaves Chinese, which has no plural, as written', () => {
    expect(translate('zh', 'explore.matching', { count: 1 })).toBe('1个数字')
  })

  it('keeps a placeholder it has no value for, so a missing parameter shows instead of vanishing', () => {
    expect(interpolate('{a} and {b|x|xs}', { a: 'A' }, 'en')).toBe('A and {b|x|xs}')
  })
})
