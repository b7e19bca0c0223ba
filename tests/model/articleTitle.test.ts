import { describe, expect, it } from 'vitest'
import { articleTitle } from '../../src/model'

const page = { file: 'p07.txt', paper: '某某日报', date: '2024-03-05' }

describe('articleTitle (what a source line or a card shows for an article)', () => {
  it('is the headline when the page has one', () => {
    expect(articleTitle({ ...page, headline: '全旗重点项目开复工率达九成' })).toBe('全旗重点项目开复工率达九成')
  })

  it('is the paper and date, never empty, when the splitter found no headline', () => {
    expect(articleTitle({ ...page, headline: '' })).toBe('某某日报 · 2024-03-05')
    expect(articleTitle({ ...page, headline: '  ', paper: null })).toBe('2024-03-05')
  })

  it('is the file when nothing else names the page', () => {
    expect(articleTitle({ headline: '', paper: null, date: null, file: 'p07.txt' })).toBe('p07.txt')
    expect(articleTitle({ headline: '', paper: ' ', date: null, file: 'p07.txt' })).toBe('p07.txt')
  })
})
