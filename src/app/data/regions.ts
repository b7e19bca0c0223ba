import type { Region } from '../../model/index.ts'
import { officialEnglishName, PLACE_NAMES } from '../../model/englishNames.ts'
import { compareText } from './compare.ts'

export const COUNTRY_CODE = '100000'
export const PROVINCE_CODE = '150000'

export interface NamedRegion {
  code: string
  zh: string
  en: string
}

function named(code: string): NamedRegion {
  const [zh, en] = PLACE_NAMES[code]
  return { code, zh, en }
}

export const PROVINCE: NamedRegion = named(PROVINCE_CODE)

/** The twelve leagues and cities (盟市), which the map draws; their official English names come from the model. */
export const LEAGUES: readonly NamedRegion[] = [
  '150100', '150200', '150300', '150400', '150500', '150600', '150700', '150800', '150900', '152200', '152500', '152900',
].map(named)

const KNOWN: ReadonlyMap<string, NamedRegion> = new Map(
  [PROVINCE, named(COUNTRY_CODE), ...LEAGUES].map((r) => [r.code, r]),
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

/**
 * English name of a place: the official one when the model's table has it (Darhan Muminggan United Banner,
 * Mandula Port), else pinyin of the stem plus its kind (吉格斯太镇 → Jigesitai Town). Until pinyin has loaded
 * an unlisted name stays Chinese.
 */
export function englishPlaceName(name: string, romanize: Romanizer | null, code?: string): string {
  const official = officialEnglishName(name, code)
  if (official) return official
  if (!romanize || !/[\u4e00-\u9fff]/.test(name)) return name
  const suffix = EN_SUFFIXES.find(([zh]) => name.endsWith(zh) && name.length > zh.length)
  const stem = suffix ? name.slice(0, -suffix[0].length) : name
  const syllables = romanize(stem).join('')
  const word = syllables.charAt(0).toUpperCase() + syllables.slice(1)
  return word + (suffix ? suffix[1] : '')
}
