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

  it('uses the official English names of leagues, banners, counties, ports and zones, not pinyin', () => {
    expect(englishPlaceName('锡林郭勒盟', fakePinyin, '152500')).toBe('Xilingol League')
    expect(englishPlaceName('包头市', fakePinyin)).toBe('Baotou')
    expect(englishPlaceName('达尔罕茂明安联合旗', fakePinyin, '150223')).toBe('Darhan Muminggan United Banner')
    expect(englishPlaceName('包头稀土高新技术产业开发区', fakePinyin, '150271')).toBe('Baotou Rare Earth High-tech Zone')
    expect(englishPlaceName('霍林郭勒市', fakePinyin, '150581')).toBe('Holingol')
    expect(englishPlaceName('莫力达瓦达斡尔族自治旗', fakePinyin, '150722')).toBe('Morin Dawa Daur Autonomous Banner')
    expect(englishPlaceName('满都拉口岸', fakePinyin)).toBe('Mandula Port')
    expect(englishPlaceName('甘其毛都口岸', fakePinyin)).toBe('Ganqimaodu Port')
    expect(englishPlaceName('二连浩特市', fakePinyin, '152501')).toBe('Erenhot')
    expect(englishPlaceName('锡林浩特市', fakePinyin)).toBe('Xilinhot')
  })

  it('knows a place by the short name the papers use', () => {
    expect(englishPlaceName('达茂', fakePinyin)).toBe('Darhan Muminggan United Banner')
    expect(englishPlaceName('稀土高新区', fakePinyin)).toBe('Baotou Rare Earth High-tech Zone')
    expect(englishPlaceName('锡林郭勒', fakePinyin)).toBe('Xilingol League')
    expect(englishPlaceName('满洲里', fakePinyin)).toBe('Manzhouli')
  })

  it('falls back to pinyin with the kind of place for a name not in the table', () => {
    expect(englishPlaceName('昆林区', fakePinyin)).toBe('Kunlin District')
    expect(englishPlaceName('林特省', fakePinyin)).toBe('Linte Province')
    expect(englishPlaceName('满都镇', fakePinyin)).toBe('Mandu Town')
  })

  it('keeps an unlisted Chinese name until pinyin has loaded, but names listed places at once', () => {
    expect(englishPlaceName('昆林区', null)).toBe('昆林区')
    expect(englishPlaceName('昆都仑区', null, '150203')).toBe('Kundulun District')
  })
})
