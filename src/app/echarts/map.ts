import { registerMap, use } from 'echarts/core'
import { BarChart, MapChart } from 'echarts/charts'
import { TooltipComponent, VisualMapContinuousComponent } from 'echarts/components'
import geoJson from 'echarts4/map/json/province/neimenggu.json'
import { decodeGeoJson, type EncodedGeoJson } from '../charts/geo.ts'
import { NMG_MAP } from '../charts/regionMapOption.ts'

// The region view: the map and the sorted bar chart beside it.
use([MapChart, BarChart, VisualMapContinuousComponent, TooltipComponent])

// Boundaries of the twelve leagues from Apache ECharts 4 (Apache-2.0; NOTICE in public/licenses/).
// Features are named by their 6-digit code so data and labels stay independent of the interface language.
registerMap(NMG_MAP, decodeGeoJson(geoJson as unknown as EncodedGeoJson, (f) => String(f.id ?? f.properties.name)) as never)

export const mapReady = true
