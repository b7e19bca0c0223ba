import { use } from 'echarts/core'
import { LineChart } from 'echarts/charts'
import { AriaComponent, GridSimpleComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

/** What every chart needs (the simple grid: no axis pointer); the explorer and the map register the rest lazily. */
use([LineChart, GridSimpleComponent, AriaComponent, CanvasRenderer])
