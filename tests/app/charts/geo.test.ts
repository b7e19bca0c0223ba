import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { decodeGeoJson, type EncodedGeoJson } from '../../../src/app/charts/geo'
import { LEAGUES } from '../../../src/app/data/regions'

const require = createRequire(import.meta.url)
const path = require.resolve('echarts4/map/json/province/neimenggu.json')
const load = (): EncodedGeoJson => JSON.parse(readFileSync(path, 'utf8'))

interface Echarts4Region {
  name: string
  geometries: { exterior: [number, number][]; interiors: [number, number][][] }[]
}

describe('decodeGeoJson (ECharts 4 UTF8-encoded boundaries)', () => {
  it('decodes every ring exactly as ECharts 4 itself did', () => {
    const parseEcharts4: (json: unknown) => Echarts4Region[] = require('echarts4/lib/coord/geo/parseGeoJson.js')
    const reference = parseEcharts4(load())
    const decoded = decodeGeoJson(load())
    expect(decoded.features).toHaveLength(reference.length)
    decoded.features.forEach((feature, i) => {
      const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates
      expect(feature.properties.name).toBe(reference[i].name)
      expect(polygons.map((p) => p[0])).toEqual(reference[i].geometries.map((g) => g.exterior))
    })
  })

  it('lands inside Inner Mongolia’s bounding box and names features by code when asked', () => {
    const decoded = decodeGeoJson(load(), (f) => String(f.id))
    expect(decoded.features.map((f) => f.properties.name).sort()).toEqual(LEAGUES.map((l) => l.code).sort())
    const points = decoded.features.flatMap((f) =>
      (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()).flat(),
    )
    const lons = points.map((p) => p[0])
    const lats = points.map((p) => p[1])
    expect(Math.min(...lons)).toBeGreaterThan(97)
    expect(Math.max(...lons)).toBeLessThan(127)
    expect(Math.min(...lats)).toBeGreaterThan(37)
    expect(Math.max(...lats)).toBeLessThan(54)
  })

  it('leaves the input untouched (the JSON module is shared)', () => {
    const json = load()
    const before = JSON.stringify(json)
    decodeGeoJson(json)
    expect(JSON.stringify(json)).toBe(before)
  })
})
