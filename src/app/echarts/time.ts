import { use } from 'echarts/core'
import { LineChart, ScatterChart } from 'echarts/charts'
import { AriaComponent, GridSimpleComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

// What the explorer's time charts need to be drawn. Legends are drawn as HTML by ChartPanel, so no legend
// component; the bar chart comes with the region view (map.ts); tooltips come after the first drawing
// (tooltip.ts, loaded by ChartPanel), and their axis pointer with them: every tooltip is of one item, so the
// grid needs no pointer of its own.
use([LineChart, ScatterChart, GridSimpleComponent, AriaComponent, CanvasRenderer])
