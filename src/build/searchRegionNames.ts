import { pinyin } from 'pinyin-pro'
import { officialEnglishName } from '../model/englishNames.ts'
import { divisionTable } from '../model/divisions.ts'
import { CITY_NICKNAMES, COMMON_SHORT_FORMS } from '../model/regionAliases.ts'

/**
 * Names a region goes by, for the search: the official name, its short forms and usual aliases (达茂旗 for
 * 达尔罕茂明安联合旗, 首府 for 呼和浩特市), plus Latin forms (pinyin, English exonyms) for Latin queries.
 * Build-time only (pinyin-pro's dictionary stays out of the browser): the groups travel inside the search index.
 *
 * Official names come from the model's division table (GB/T 2260), curated short forms and nicknames from the
 * model's alias lists (which the extractor reads too), so search and extraction agree on what a name means; the
 * suffix rule is the search's own; English names come from the model's table.
 */
export interface RegionNameGroup {
  code: string
  name: string
  /** Han forms, the official name first. */
  forms: string[]
  /** Lower-case Latin forms: pinyin of the name and of its short form, English names. */
  latin: string[]
}

/** Other Latin names readers type, beside the official English ones from the model's table. */
const OTHER_LATIN: Record<string, string[]> = {
  '150000': ['nei mongol'],
  '152200': ['hinggan'],
  '152500': ['xilingol'],
  '152900': ['alxa', 'alashan'],
}

/** Short forms and nicknames by official name: the regions stage's curated lists, which the extractor uses too. */
const CURATED: Record<string, string[]> = (() => {
  const byName: Record<string, string[]> = {}
  for (const [official, forms] of [...Object.entries(COMMON_SHORT_FORMS), ...Object.entries(CITY_NICKNAMES)]) {
    byName[official] = [...(byName[official] ?? []), ...forms]
  }
  return byName
})()

/**
 * Short forms by suffix: 包头市 → 包头, 锡林郭勒盟 → 锡林郭勒, 鄂伦春自治旗 → 鄂伦春旗 and 鄂伦春.
 * Districts (区) keep their suffix: 新城, 青山 or 海南 alone would name something else.
 * Banners named by position (乌拉特前旗, 巴林左旗) keep theirs: 乌拉特前 is no name.
 */
export function shortForms(name: string): string[] {
  const forms: string[] = []
  const autonomous = /^(.{2,}?)(?:族)?自治(旗|县)$/.exec(name)
  if (autonomous) forms.push(autonomous[1] + autonomous[2], autonomous[1])
  else if (/^.{2,}[市盟县]$/.test(name) && !name.endsWith('自治区')) forms.push(name.slice(0, -1))
  else if (/^.{2,}旗$/.test(name) && !/[前中后左右]旗$/.test(name) && !name.endsWith('联合旗')) forms.push(name.slice(0, -1))
  else if (name.endsWith('自治区')) forms.push(name.replace(/(?:维吾尔|壮族|回族)?自治区$/, ''))
  return forms.filter((f) => f.length >= 2 && f !== name)
}

function pinyinOf(han: string): string {
  return pinyin(han, { toneType: 'none', type: 'array' }).join('').toLowerCase()
}

export function regionNameGroup(code: string, name: string): RegionNameGroup {
  const forms = [...new Set([name, ...shortForms(name), ...(CURATED[name] ?? [])])]
  const official = officialEnglishName(name, code)?.toLowerCase()
  const latin = [...new Set([...forms.map(pinyinOf), ...(official ? [official] : []), ...(OTHER_LATIN[code] ?? [])])]
  return { code, name, forms, latin }
}

/** Name groups for Inner Mongolia's divisions (leagues, cities, banners, counties, zones) and any other region the dataset names. */
export function regionNameGroups(extra: { code: string; name: string }[] = []): RegionNameGroup[] {
  const byCode = new Map<string, RegionNameGroup>()
  for (const d of divisionTable().divisions) {
    if (d.code.startsWith('15')) byCode.set(d.code, regionNameGroup(d.code, d.name))
  }
  for (const r of extra) if (!byCode.has(r.code)) byCode.set(r.code, regionNameGroup(r.code, r.name))
  return [...byCode.values()]
}
