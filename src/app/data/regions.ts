import type { Region } from '../../model'
import { compareText } from './compare'

export const COUNTRY_CODE = '100000'
export const PROVINCE_CODE = '150000'

export interface NamedRegion {
  code: string
  zh: string
  en: string
}

export const PROVINCE: NamedRegion = { code: PROVINCE_CODE, zh: '内蒙古自治区', en: 'Inner Mongolia' }

/** The twelve leagues and cities (盟市) with their official English names; the map draws these. */
export const LEAGUES: readonly NamedRegion[] = [
  { code: '150100', zh: '呼和浩特市', en: 'Hohhot' },
  { code: '150200', zh: '包头市', en: 'Baotou' },
  { code: '150300', zh: '乌海市', en: 'Wuhai' },
  { code: '150400', zh: '赤峰市', en: 'Chifeng' },
  { code: '150500', zh: '通辽市', en: 'Tongliao' },
  { code: '150600', zh: '鄂尔多斯市', en: 'Ordos' },
  { code: '150700', zh: '呼伦贝尔市', en: 'Hulunbuir' },
  { code: '150800', zh: '巴彦淖尔市', en: 'Bayannur' },
  { code: '150900', zh: '乌兰察布市', en: 'Ulanqab' },
  { code: '152200', zh: '兴安盟', en: 'Hinggan League' },
  { code: '152500', zh: '锡林郭勒盟', en: 'Xilingol League' },
  { code: '152900', zh: '阿拉善盟', en: 'Alxa League' },
]

const KNOWN: ReadonlyMap<string, NamedRegion> = new Map(
  [PROVINCE, { code: COUNTRY_CODE, zh: '全国', en: 'China' }, ...LEAGUES].map((r) => [r.code, r]),
)

export function knownRegion(code: string): NamedRegion | undefined {
  return KNOWN.get(code)
}

export type RegionLevel = 'country' | 'province' | 'league' | 'county'

export function regionLevel(code: string): RegionLevel {
  if (code === COUNTRY_CODE) return 'country'
  if (code.endsWith('0000')) return 'province'
  if (code.endsWith('00')) return 'league'
  return 'county'
}

/** The league (盟市) a county-level code belongs to: 150203 → 150200. */
export function leagueOf(code: string): string | null {
  const level = regionLevel(code)
  if (level === 'league') return code
  if (level === 'county') return code.slice(0, 4) + '00'
  return null
}

export function isInnerMongoliaLeague(code: string): boolean {
  return KNOWN.has(code) && regionLevel(code) === 'league'
}

/** Broader regions first (province, then leagues in code order, then counties), for stable listings. */
export function compareRegions(a: Region, b: Region): number {
  const rank = (code: string) => ['country', 'province', 'league', 'county'].indexOf(regionLevel(code))
  return rank(a.code) - rank(b.code) || compareText(a.code, b.code)
}

const EN_SUFFIXES: [string, string][] = [
  ['联合旗', ' United Banner'],
  ['自治旗', ' Autonomous Banner'],
  ['自治区', ' Autonomous Region'],
  ['省', ' Province'],
  ['前旗', ' Front Banner'],
  ['中旗', ' Middle Banner'],
  ['后旗', ' Rear Banner'],
  ['旗', ' Banner'],
  ['盟', ' League'],
  ['县', ' County'],
  ['区', ' District'],
  ['市', ''],
  ['口岸', ' Port'],
  ['镇', ' Town'],
  ['苏木', ' Sumu'],
  ['乡', ' Township'],
  ['嘎查', ' Gacha'],
  ['村', ' Village'],
]

export type Romanizer = (han: string) => string[]

/** English name of a place: the official one when known, else pinyin of the stem plus its kind (旗 → Banner). */
export function englishPlaceName(name: string, romanize: Romanizer | null, code?: string): string {
  const known = code ? KNOWN.get(code) : undefined
  if (known) return known.en
  const byName = [...KNOWN.values()].find((r) => r.zh === name)
  if (byName) return byName.en
  if (!romanize || !/[\u4e00-\u9fff]/.test(name)) return name
  const suffix = EN_SUFFIXES.find(([zh]) => name.endsWith(zh) && name.length > zh.length)
  const stem = suffix ? name.slice(0, -suffix[0].length) : name
  const syllables = romanize(stem).join('')
  const word = syllables.charAt(0).toUpperCase() + syllables.slice(1)
  return word + (suffix ? suffix[1] : '')
}
