import { describe, expect, it } from 'vitest'
import { englishPlaceName, leagueOf, regionLevel } from '../../../src/app/data/regions'

const fakePinyin = (han: string) => [...han].map((c) => ({ 满: 'man', 都: 'du', 拉: 'la', 昆: 'kun', 仑: 'lun', 锡: 'xi', 林: 'lin', 浩: 'hao', 特: 'te' })[c] ?? '?')

describe('regions', () => {
  it('knows levels and leagues from the code', () => {
    expect(regionLevel('150000')).toBe('province')
    expect(regionLevel('150200')).toBe('league')
    expect(regionLevel('150203')).toBe('county')
    expect(leagueOf('150203')).toBe('150200')
    expect(leagueOf('150000')).toBeNull()
  })

  it('uses official English names for the leagues and pinyin with the kind of place for others', () => {
    expect(englishPlaceName('锡林郭勒盟', null, '152500')).toBe('Xilingol League')
    expect(englishPlaceName('包头市', null)).toBe('Baotou')
    expect(englishPlaceName('满都拉口岸', fakePinyin)).toBe('Mandula Port')
    expect(englishPlaceName('锡林浩特市', fakePinyin)).toBe('Xilinhaote')
    expect(englishPlaceName('昆都仑区', fakePinyin)).toBe('Kundulun District')
    expect(englishPlaceName('林特省', fakePinyin)).toBe('Linte Province')
  })

  it('keeps the Chinese name until pinyin has loaded', () => {
    expect(englishPlaceName('昆都仑区', null)).toBe('昆都仑区')
  })
})
