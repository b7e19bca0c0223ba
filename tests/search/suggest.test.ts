import { describe, expect, it } from 'vitest'
import { suggest } from '../../src/search/suggest'

const names = [
  { text: '货运量', weight: 5 },
  { text: '进出口货运量', weight: 3 },
  { text: '达尔罕茂明安联合旗', weight: 2 },
  { text: '满都拉口岸', weight: 4 },
]

describe('suggest', () => {
  it('offers the indicator or place one character away', () => {
    expect(suggest('货运亮', names)).toBe('货运量')
    expect(suggest('满都啦口岸', names)).toBe('满都拉口岸')
    expect(suggest('满都口岸', names)).toBe('满都拉口岸')
  })

  it('finds a typo inside a longer name, and prefers the commoner name', () => {
    expect(suggest('出口货运亮', names)).toBe('出口货运量')
    expect(suggest('运量x', [{ text: '运量y', weight: 1 }, { text: '运量z', weight: 9 }])).toBe('运量z')
  })

  it('stays quiet for exact matches, short queries and words two edits away', () => {
    expect(suggest('货运量', names)).toBeNull()
    expect(suggest('货亮', names)).toBeNull()
    expect(suggest('贷运亮', names)).toBeNull()
  })
})
