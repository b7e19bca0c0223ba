/**
 * ECharts 4 ships its province maps as “UTF8-encoded” GeoJSON: each ring is a string of characters whose
 * codes hold zigzag-encoded deltas, quantised by `UTF8Scale` (1024 by default). ECharts 6 expects plain
 * GeoJSON, so the rings are decoded here exactly as echarts4/lib/coord/geo/parseGeoJson.js did.
 */

export interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon' | string
  coordinates: unknown
  encodeOffsets?: unknown
}

export interface EncodedFeature {
  id?: string
  type: 'Feature'
  properties: Record<string, unknown> & { name?: string }
  geometry: EncodedGeometry | null
}

export interface EncodedGeoJson {
  type: 'FeatureCollection'
  UTF8Encoding?: boolean
  UTF8Scale?: number
  features: EncodedFeature[]
}

export type Ring = [number, number][]

export interface PlainFeature {
  type: 'Feature'
  id?: string
  properties: Record<string, unknown> & { name: string }
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] }
}

export interface PlainGeoJson {
  type: 'FeatureCollection'
  features: PlainFeature[]
}

export function decodeRing(encoded: string, offsets: [number, number], scale: number): Ring {
  const ring: Ring = []
  let prevX = offsets[0]
  let prevY = offsets[1]
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64
    let y = encoded.charCodeAt(i + 1) - 64
    x = (x >> 1) ^ -(x & 1)
    y = (y >> 1) ^ -(y & 1)
    x += prevX
    y += prevY
    prevX = x
    prevY = y
    ring.push([x / scale, y / scale])
  }
  return ring
}

/**
 * Returns plain GeoJSON (the input is left untouched). `nameOf` chooses each feature's `name`, the key
 * ECharts matches data against: the app uses the 6-digit code so the map is independent of the language.
 */
export function decodeGeoJson(json: EncodedGeoJson, nameOf: (f: EncodedFeature) => string = (f) => String(f.properties.name ?? '')): PlainGeoJson {
  const scale = json.UTF8Scale ?? 1024
  const features: PlainFeature[] = []
  for (const f of json.features) {
    const g = f.geometry
    if (!g || !Array.isArray(g.coordinates) || g.coordinates.length === 0) continue
    const properties = { ...f.properties, name: nameOf(f) }
    if (!json.UTF8Encoding) {
      features.push({ type: 'Feature', id: f.id, properties, geometry: g as PlainFeature['geometry'] })
      continue
    }
    const offsets = g.encodeOffsets as unknown[]
    if (g.type === 'Polygon') {
      const rings = (g.coordinates as string[]).map((r, i) => decodeRing(r, offsets[i] as [number, number], scale))
      features.push({ type: 'Feature', id: f.id, properties, geometry: { type: 'Polygon', coordinates: rings } })
    } else if (g.type === 'MultiPolygon') {
      const polygons = (g.coordinates as string[][]).map((polygon, p) =>
        polygon.map((r, i) => decodeRing(r, (offsets[p] as [number, number][])[i], scale)),
      )
      features.push({ type: 'Feature', id: f.id, properties, geometry: { type: 'MultiPolygon', coordinates: polygons } })
    }
  }
  return { type: 'FeatureCollection', features }
}
